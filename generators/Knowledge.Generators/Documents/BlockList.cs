namespace Knowledge.Generators.Documents;

/// <summary>Accumulates the blocks of a document with short, readable calls.</summary>
internal sealed class BlockList : List<Block>
{
    public void H1(string text) => Add(new Heading(1, text));

    public void H2(string text) => Add(new Heading(2, text));

    public void H3(string text) => Add(new Heading(3, text));

    public void P(params Inline[] content) => Add(new Paragraph(content));

    public void Text(string text) => Add(new Paragraph(new TextRun(text)));

    public void Quote(QuotedEvidence quote) => Add(new EvidenceBlock(quote));

    public void Gap(string text) => Add(new GapNotice(text));

    public void Bullets(IEnumerable<IReadOnlyList<Inline>> items) => Add(new BulletList([.. items]));

    public void Bullets(IEnumerable<string> items) => Add(new BulletList([.. items.Select(i => (IReadOnlyList<Inline>)[new TextRun(i)])]));

    public void Table(string? caption, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<IReadOnlyList<Inline>>> rows) =>
        Add(new Table(header, [.. rows], caption));

    /// <summary>The quotes set apart as blocks from position <paramref name="from"/> on (what a section just quoted).</summary>
    public IReadOnlyList<QuotedEvidence> QuotesFrom(int from) => [.. this.Skip(from).OfType<EvidenceBlock>().Select(b => b.Quote)];

    /// <summary>A table cell.</summary>
    public static IReadOnlyList<Inline> Cell(params Inline[] content) => content;

    public static IReadOnlyList<Inline> Cell(string text) => [new TextRun(text)];
}
