using Knowledge.Core.Safeguarding;

namespace Knowledge.Core.Evidence;

/// <summary>
/// A citable passage: one paragraph-sized piece of a source document with everything needed to
/// quote and cite it. Ids are stable: the same file ingested twice yields the same ids.
/// </summary>
public sealed record Finding
{
    /// <summary>Stable id, <c>{documentId}-{ordinal:D4}</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The source document's id.</summary>
    public required string DocumentId { get; init; }

    /// <summary>The source document's title.</summary>
    public required string DocumentTitle { get; init; }

    /// <summary>The source document's kind.</summary>
    public DocumentKind DocumentKind { get; init; }

    /// <summary>The source document's publisher, when known.</summary>
    public string? Publisher { get; init; }

    /// <summary>Publication year of the source document, when known.</summary>
    public int? Year { get; init; }

    /// <summary>Language of the passage: <c>fr</c> or <c>en</c>.</summary>
    public string Language { get; init; } = "fr";

    /// <summary>Page (1-based) where the passage starts; 0 when the file records no pages (see <see cref="Paragraph"/>).</summary>
    public int Page { get; init; }

    /// <summary>Page where the passage ends (equal to <see cref="Page"/> unless it crosses a page break).</summary>
    public int PageEnd { get; init; }

    /// <summary>
    /// Number of the section holding the passage ("3.2"), for files without fixed pages (Word);
    /// null when the passage sits before any heading or the file is a PDF.
    /// </summary>
    public string? Section { get; init; }

    /// <summary>
    /// Paragraph (1-based, counted within <see cref="Section"/>) where the passage starts, for files
    /// without fixed pages; 0 when the file has pages. With <see cref="Page"/> 0 it is the locator.
    /// </summary>
    public int Paragraph { get; init; }

    /// <summary>Paragraph where the passage ends (equal to <see cref="Paragraph"/> for one paragraph).</summary>
    public int ParagraphEnd { get; init; }

    /// <summary>Mean word confidence (0–100) of the OCR that read the passage; null when the file had a text layer.</summary>
    public double? OcrConfidence { get; init; }

    /// <summary>The headings above the passage, outermost first.</summary>
    public IReadOnlyList<string> SectionPath { get; init; } = [];

    /// <summary>The clean passage text.</summary>
    public required string Text { get; init; }

    /// <summary>Theme codes (see the taxonomy).</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Countries named or implied, ISO 3166 alpha-2.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>What the passage says: statistic, recommendation, legal provision, gap or context.</summary>
    public FindingKind Kind { get; init; }

    /// <summary>
    /// The rhetorical roles of the passage's sentences (problem, statistic, cause, recommendation…),
    /// distinct, in order of first sentence. Empty for findings indexed before roles existed.
    /// </summary>
    public IReadOnlyList<FindingRole> Roles { get; init; } = [];

    /// <summary>Each sentence or list item of <see cref="Text"/> with its role; labels such as "À retenir." have none.</summary>
    public IReadOnlyList<RoleSpan> RoleSpans { get; init; } = [];

    /// <summary>
    /// Spans that may identify a child, with their review status. Readers and generated documents
    /// never see a span that is pending or confirmed (see <see cref="Redaction"/>).
    /// </summary>
    public IReadOnlyList<SafeguardingFlag> Safeguarding { get; init; } = [];

    /// <summary>Texts of the endnotes/footnotes the passage refers to, resolved from the notes section.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The table the finding reads, when it comes from one: caption, columns and its rows.</summary>
    public FindingTable? Table { get; init; }

    /// <summary>Position of the finding in its document (0-based), for stable ordering.</summary>
    public int Ordinal { get; init; }

    /// <summary>
    /// The words of the passage's machine translation into the other language (English for a French passage, French
    /// for an English one) that the glossary does not already link across languages, so that a question in that
    /// language reaches the passage through them. Rough, word for word: searched at the weight of the passage's
    /// headings, never shown nor quoted (readers and generated documents get <see cref="Text"/>). Null when no
    /// translator was installed at ingest, or nothing was left.
    /// </summary>
    public string? Translation { get; init; }

    /// <summary>The citation for this finding.</summary>
    public Citation Citation => new(DocumentTitle, Year, Page, PageEnd, Publisher, Section, Paragraph, ParagraphEnd);

    /// <summary>Builds the stable id of the finding at <paramref name="ordinal"/> in a document.</summary>
    public static string MakeId(string documentId, int ordinal) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{documentId}-{ordinal:D4}");
}
