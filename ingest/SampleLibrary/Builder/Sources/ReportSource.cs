namespace Knowledge.SampleLibrary.Builder.Sources;

/// <summary>One sample document as written in Markdown: its front matter and its body blocks.</summary>
internal sealed record ReportSource
{
    public required string SourceFile { get; init; }
    public required string Title { get; init; }
    public required string ShortTitle { get; init; }
    public string? Subtitle { get; init; }
    public required string Publisher { get; init; }
    public required int Year { get; init; }
    public required string Language { get; init; }
    public required string Kind { get; init; }
    public required IReadOnlyList<string> Countries { get; init; }
    public required string OutputName { get; init; }
    public required OutputFormat Format { get; init; }
    public required int Columns { get; init; }
    public required IReadOnlyList<Block> Blocks { get; init; }

    /// <summary>Note texts in the order their markers first appear (marker n is <c>Notes[n - 1]</c>).</summary>
    public required IReadOnlyList<IReadOnlyList<Run>> Notes { get; init; }

    public string OutputFile => OutputName + (Format == OutputFormat.Docx ? ".docx" : ".pdf");

    public bool IsFrench => Language == "fr";
}

internal enum OutputFormat
{
    Pdf,
    Docx,
}

internal enum RunStyle
{
    Regular,
    Bold,
    Italic,

    /// <summary>A note marker: its text is the note number.</summary>
    NoteMarker,
}

internal sealed record Run(string Text, RunStyle Style);

internal abstract record Block;

/// <summary>Level 1 is a section (<c>##</c>), level 2 a subsection (<c>###</c>).</summary>
internal sealed record Heading(int Level, string Text) : Block;

internal sealed record Paragraph(IReadOnlyList<Run> Runs) : Block;

internal sealed record BulletItem(IReadOnlyList<Run> Runs) : Block;

/// <summary>A framed box (a Markdown block quote): key points or a definition.</summary>
internal sealed record Callout(IReadOnlyList<Run> Runs) : Block;

/// <summary>First row is the header row. An optional caption comes from a line <c>Tableau : …</c> above it.</summary>
internal sealed record Table(IReadOnlyList<IReadOnlyList<IReadOnlyList<Run>>> Rows, string? Caption) : Block;
