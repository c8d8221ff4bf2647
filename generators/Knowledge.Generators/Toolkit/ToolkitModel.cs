using Knowledge.Core.Search;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Requests;

namespace Knowledge.Generators.Toolkit;

/// <summary>
/// An advocacy tracker for a national plan: sheets a member fills in during the plan's life, with
/// rows pre-filled from the plan's evidence. Renderer-neutral (see the XLSX renderer).
/// </summary>
public sealed record AdvocacyTracker
{
    public required string Language { get; init; }

    public required string Title { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required IndexState IndexState { get; init; }

    public required GenerationRequest Request { get; init; }

    public required IReadOnlyList<TrackerSheet> Sheets { get; init; }

    /// <summary>Findings left out for safeguarding review (as in the plan).</summary>
    public int SetAsideForReview { get; init; }

    /// <summary>Every quote in the workbook, sheet by sheet, row by row.</summary>
    public IEnumerable<(TrackerSheet Sheet, QuotedEvidence Quote)> Quotes() =>
        Sheets.SelectMany(s => s.Rows.SelectMany(r => r).OfType<QuoteCell>().Select(c => (s, c.Quote)));
}

/// <summary>
/// One sheet: a header row (frozen), pre-filled rows, then <see cref="InputRows"/> empty rows that
/// carry the columns' validation; <see cref="Notes"/> are lines printed below the table.
/// </summary>
public sealed record TrackerSheet(string Name, IReadOnlyList<TrackerColumn> Columns, IReadOnlyList<IReadOnlyList<TrackerCell?>> Rows, int InputRows, IReadOnlyList<string> Notes)
{
    /// <summary>An identifier pattern for the input rows' first column ("A-{0:000}"), or null for none.</summary>
    public string? InputIdFormat { get; init; }
}

/// <summary>What a column holds, which decides its cell style and its validation.</summary>
public enum TrackerColumnKind
{
    /// <summary>Short text.</summary>
    Text,

    /// <summary>Text that wraps (statements, quotes, citations).</summary>
    LongText,

    /// <summary>A real date (a date cell style, dates only).</summary>
    Date,

    /// <summary>One of <see cref="TrackerColumn.Choices"/> (a drop-down list).</summary>
    Choice,

    /// <summary>A whole number.</summary>
    Number,
}

/// <summary>
/// A column: header, width in characters, kind and, for a choice, its values or a range of
/// another sheet (<see cref="ChoicesFrom"/>, e.g. the objectives).
/// </summary>
public sealed record TrackerColumn(string Header, double Width, TrackerColumnKind Kind = TrackerColumnKind.Text)
{
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>A sheet, a column (1-based) and a number of rows below its header holding the choices (e.g. objectives for activities).</summary>
    public (string Sheet, int Column, int Rows)? ChoicesFrom { get; init; }
}

/// <summary>A cell of a tracker sheet.</summary>
public abstract record TrackerCell;

/// <summary>Template text, or a value the evidence gives (a count, a label).</summary>
public sealed record TextCell(string Text, bool Gap = false) : TrackerCell;

public sealed record DateCell(DateOnly Date) : TrackerCell;

public sealed record NumberCell(long Value) : TrackerCell;

/// <summary>A verbatim quote of a finding.</summary>
public sealed record QuoteCell(QuotedEvidence Quote) : TrackerCell;

/// <summary>A finding's full, page-exact citation.</summary>
public sealed record CitationCell(EvidenceSource Source) : TrackerCell;

/// <summary>A link to the finding (an absolute URL when the renderer is given one).</summary>
public sealed record LinkCell(EvidenceSource Source) : TrackerCell;

/// <summary>
/// A synthesis deck: slides in the field's usual order, each titled with a full-sentence message,
/// quotes verbatim with their citations, the citations also in the speaker notes.
/// </summary>
public sealed record SlideDeck
{
    public required string Language { get; init; }

    public required string Title { get; init; }

    public required string Subject { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required IndexState IndexState { get; init; }

    public required GenerationRequest Request { get; init; }

    public required IReadOnlyList<Slide> Slides { get; init; }

    public int SetAsideForReview { get; init; }

    /// <summary>Every quote with the slide it stands on.</summary>
    public IEnumerable<(Slide Slide, QuotedEvidence Quote)> Quotes() =>
        Slides.SelectMany(s => s.Items.SelectMany(Quoted).Select(q => (s, q)));

    private static IEnumerable<QuotedEvidence> Quoted(SlideItem item) => item switch
    {
        SlideQuote q => [q.Quote],
        _ => [],
    };
}

/// <summary>What a slide is for; the renderer lays each kind out.</summary>
public enum SlideKind
{
    Title,
    KeyMessages,
    Problem,
    Evidence,
    GapGrid,
    Asks,
    Recommendations,
    Timeline,
    Sources,
}

/// <summary>A slide: its message title, its content and its speaker notes.</summary>
public sealed record Slide(SlideKind Kind, string Title, IReadOnlyList<SlideItem> Items, IReadOnlyList<string> Notes);

/// <summary>A piece of slide content.</summary>
public abstract record SlideItem;

/// <summary>A line of template prose; <paramref name="Lead"/> is a bold lead-in ("Le problème : ").</summary>
public sealed record SlideText(string Text, string? Lead = null) : SlideItem;

/// <summary>A verbatim quote, cited under it; <paramref name="Lead"/> says what it stands for.</summary>
public sealed record SlideQuote(QuotedEvidence Quote, string? Lead = null) : SlideItem;

/// <summary>A line about how the deck was made (method, safeguarding), set in smaller type.</summary>
public sealed record SlideNote(string Text) : SlideItem;

/// <summary>A stated gap in the evidence.</summary>
public sealed record SlideGap(string Text) : SlideItem;

/// <summary>A real table; the cells in <see cref="Empty"/> are highlighted as gaps.</summary>
public sealed record SlideTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<double> ColumnWeights) : SlideItem
{
    /// <summary>(row, column) of the cells to highlight as evidence gaps.</summary>
    public IReadOnlySet<(int Row, int Column)> Empty { get; init; } = new HashSet<(int, int)>();
}
