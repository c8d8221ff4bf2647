namespace Knowledge.Generators.Documents;

/// <summary>What a generator produces before the service stamps request, index state and date on it.</summary>
internal sealed record DocumentDraft(GeneratedKind Kind, string Title, string Subject, IReadOnlyList<string> Keywords, IReadOnlyList<Block> Blocks)
{
    /// <summary>The plan's or strategy's content as data, for the tracker and the deck; null for other kinds.</summary>
    public Toolkit.Outline? Outline { get; init; }
}
