using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Generators.Requests;

namespace Knowledge.Generators.Documents;

/// <summary>The five kinds of document the generators make.</summary>
public enum GeneratedKind
{
    Messages,
    RegionalStrategy,
    NationalPlan,
    PositionNote,
    DonorBrief,
}

/// <summary>
/// A generated document: renderer-neutral blocks plus what is needed to reproduce it
/// (the request, the index state and the date it was made).
/// </summary>
public sealed record GeneratedDocument
{
    public required GeneratedKind Kind { get; init; }

    /// <summary><c>fr</c> or <c>en</c>: the language of the template prose (quotes keep their own).</summary>
    public required string Language { get; init; }

    public required string Title { get; init; }

    public required string Subject { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    public required IndexState IndexState { get; init; }

    public required GenerationRequest Request { get; init; }

    public required IReadOnlyList<Block> Blocks { get; init; }

    /// <summary>
    /// Findings left out because the passage to quote holds a span that could identify a child
    /// (unreviewed or confirmed): "Sources et méthode" gives the number.
    /// </summary>
    public int SetAsideForReview { get; init; }

    /// <summary>The plan's or strategy's content as data (for the tracker and the deck).</summary>
    internal Toolkit.Outline? Outline { get; init; }

    /// <summary>Every evidence quote in document order, wherever it sits (paragraph, table cell…).</summary>
    public IEnumerable<QuotedEvidence> Quotes() => Blocks.SelectMany(b => b.Inlines()).OfType<QuotedEvidence>();

    /// <summary>Every quote in document order with the headings above it, outermost first.</summary>
    public IEnumerable<QuotePlacement> QuotePlacements()
    {
        var path = new List<string>();
        foreach (var block in Blocks)
        {
            if (block is Heading h)
            {
                while (path.Count >= h.Level)
                {
                    path.RemoveAt(path.Count - 1);
                }

                path.Add(h.Text);
                continue;
            }

            foreach (var quote in block.Inlines().OfType<QuotedEvidence>())
            {
                yield return new QuotePlacement(quote, [.. path]);
            }
        }
    }
}

/// <summary>Where a quote comes from: enough to cite it and to find it again.</summary>
public sealed record EvidenceSource(string FindingId, string DocumentId, Citation Citation)
{
    public static EvidenceSource Of(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(finding.Id, finding.DocumentId, finding.Citation);
    }
}

/// <summary>A piece of a paragraph or table cell.</summary>
public abstract record Inline;

/// <summary>Template prose.</summary>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false) : Inline;

/// <summary>A field the member organisation completes, shown highlighted as "[À compléter : prompt]".</summary>
public sealed record FieldToComplete(string Prompt) : Inline;

/// <summary>
/// A verbatim quote of a finding (whole sentences of it), cited by footnote, with the role it fills
/// in its section (a statistic under "Le problème", a recommendation under "Recommandations"…).
/// </summary>
public sealed record QuotedEvidence(string Text, EvidenceSource Source, FindingRole Role = FindingRole.Context) : Inline;

/// <summary>A quote and the heading path where it stands.</summary>
public sealed record QuotePlacement(QuotedEvidence Quote, IReadOnlyList<string> Section);

/// <summary>A block of the document body.</summary>
public abstract record Block
{
    /// <summary>The inline content of the block, for walking quotes and fields.</summary>
    public abstract IEnumerable<Inline> Inlines();
}

public sealed record Heading(int Level, string Text) : Block
{
    public override IEnumerable<Inline> Inlines() => [new TextRun(Text)];
}

/// <summary>The table of contents (a field that Word and LibreOffice refresh on opening).</summary>
public sealed record TableOfContents(string Title) : Block
{
    public override IEnumerable<Inline> Inlines() => [];
}

public sealed record Paragraph(IReadOnlyList<Inline> Content) : Block
{
    public Paragraph(params Inline[] content)
        : this((IReadOnlyList<Inline>)content)
    {
    }

    public override IEnumerable<Inline> Inlines() => Content;
}

/// <summary>A quote set apart as its own paragraph.</summary>
public sealed record EvidenceBlock(QuotedEvidence Quote) : Block
{
    public override IEnumerable<Inline> Inlines() => [Quote];
}

/// <summary>A bulleted list; each item is a run of inlines.</summary>
public sealed record BulletList(IReadOnlyList<IReadOnlyList<Inline>> Items) : Block
{
    public override IEnumerable<Inline> Inlines() => Items.SelectMany(i => i);
}

/// <summary>A visible notice that the evidence base holds nothing for part of the request.</summary>
public sealed record GapNotice(string Text) : Block
{
    public override IEnumerable<Inline> Inlines() => [new TextRun(Text)];
}

/// <summary>A table with one header row; cells are runs of inlines.</summary>
public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<IReadOnlyList<Inline>>> Rows, string? Caption = null) : Block
{
    public override IEnumerable<Inline> Inlines() => Rows.SelectMany(r => r).SelectMany(c => c);
}
