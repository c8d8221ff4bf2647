namespace Knowledge.Ingest.Extraction;

/// <summary>What a block of text is, as recovered from the layout.</summary>
internal enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Table,
}

/// <summary>
/// A paragraph-sized unit in reading order, after running headers/footers were removed and the
/// text was cleaned. Endnote markers were taken out of <see cref="Text"/> and listed in
/// <see cref="NoteRefs"/>.
/// </summary>
internal sealed record TextBlock
{
    public required BlockKind Kind { get; init; }

    public required string Text { get; init; }

    public required int Page { get; init; }

    public int PageEnd { get; init; }

    /// <summary>1 for the largest heading size; only meaningful for headings.</summary>
    public int HeadingLevel { get; init; }

    public IReadOnlyList<string> NoteRefs { get; init; } = [];

    /// <summary>Section number ("3.2") for files without fixed pages; null before the first heading or for PDFs.</summary>
    public string? Section { get; init; }

    /// <summary>Paragraph within <see cref="Section"/> (1-based) for files without fixed pages; 0 for PDFs.</summary>
    public int Paragraph { get; init; }
    /// <summary>For a table: its caption, header and body rows (the text reads the rows one per line).</summary>
    public Knowledge.Core.Evidence.FindingTable? Table { get; init; }

    /// <summary>For a table: the page each body row is printed on.</summary>
    public IReadOnlyList<int>? TableRowPages { get; init; }
}

/// <summary>A whole document's recovered structure, before it is cut into passages.</summary>
internal sealed record ExtractedDocument
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    /// <summary>Year written in the file's metadata or first pages, when one was found.</summary>
    public int? Year { get; init; }

    public int Pages { get; init; }

    public required IReadOnlyList<TextBlock> Blocks { get; init; }

    /// <summary>Resolved note texts by label ("12" → "UNICEF (2018)…").</summary>
    public IReadOnlyDictionary<string, string> Notes { get; init; } = new Dictionary<string, string>();

    /// <summary>Mean word confidence (0–100) of the pages read by OCR, by page number.</summary>
    public IReadOnlyDictionary<int, double> OcrPages { get; init; } = new Dictionary<int, double>();

    /// <summary>Things a person should know: pages that needed a fallback segmenter, pages without text…</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>
/// A file could not be read. <see cref="Exception.Message"/> is a French sentence a person
/// understands ("chiffré : mot de passe requis"); <see cref="Code"/> is stable for programs.
/// </summary>
internal sealed class ExtractionException : Exception
{
    public ExtractionException(string code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    public ExtractionException()
    {
        Code = "unknown";
    }

    public ExtractionException(string message)
        : base(message)
    {
        Code = "unknown";
    }

    public ExtractionException(string message, Exception inner)
        : base(message, inner)
    {
        Code = "unknown";
    }

    public string Code { get; }
}
