namespace Knowledge.Ingest.Extraction;

/// <summary>
/// One line of text on a page, in reading order, with what the later stages need to tell
/// headings, paragraphs, tables, notes and running headers apart.
/// </summary>
internal sealed record PageLine
{
    /// <summary>
    /// The words joined by spaces. Superscript note markers are kept inline as
    /// <c>\u0001label\u0002</c> right after the word they follow.
    /// </summary>
    public required string Text { get; init; }

    public required int Page { get; init; }

    public double Left { get; init; }

    public double Right { get; init; }

    /// <summary>Baseline height from the page bottom (PDF user space).</summary>
    public double Baseline { get; init; }

    public double Top { get; init; }

    public double FontSize { get; init; }

    public bool Bold { get; init; }

    /// <summary>Lines of one region (a column piece, a table, a title) share an id; ids grow in reading order.</summary>
    public int Region { get; init; }

    /// <summary>Left and right edges of the region the line belongs to.</summary>
    public double RegionLeft { get; init; }

    public double RegionRight { get; init; }

    /// <summary>Cells of a table row, or of a header/footer line parted at wide gaps; otherwise null.</summary>
    public IReadOnlyList<string>? Cells { get; init; }

    /// <summary>The line is a row of a detected table.</summary>
    public bool InTable { get; init; }

    public double PageHeight { get; init; }

    /// <summary>Marker sentinel characters.</summary>
    public const char MarkerStart = '\u0001';

    public const char MarkerEnd = '\u0002';
}
