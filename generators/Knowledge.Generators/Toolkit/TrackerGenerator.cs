using System.Globalization;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Evidence;

namespace Knowledge.Generators.Toolkit;

/// <summary>
/// The advocacy tracker of a national plan. Its pre-filled rows are the plan's own: the same
/// objectives and baselines (quoted verbatim, with their citations), the plan's indicators and
/// risks, and every finding the plan cites. The rest is input rows with drop-down lists and dates.
/// </summary>
internal static class TrackerGenerator
{
    /// <summary>Empty rows offered for activities and outcomes (validation and styles cover them).</summary>
    private const int ActivityRows = 40;

    private const int OutcomeRows = 30;

    private const int ExtraRows = 10;

    public static AdvocacyTracker Build(GenerationContext cx, GeneratedDocument plan)
    {
        var outline = plan.Outline ?? throw new InvalidOperationException("A tracker is built from a national plan.");
        var end = new DateOnly(outline.PeriodEnd, 12, 31);
        var objectives = outline.Objectives;
        var names = cx.List("tracker.sheets");
        string Id(int i) => cx.T("tracker.objective.id", ("number", (i + 1).ToString(CultureInfo.InvariantCulture)));
        TextCell NoBaseline() => new(cx.T("tracker.baseline.none"), Gap: true);

        var h = cx.List("tracker.objectives.header");
        var objectiveSheet = new TrackerSheet(
            names[0],
            [
                new(h[0], 5), new(h[1], 22, TrackerColumnKind.LongText), new(h[2], 38, TrackerColumnKind.LongText),
                new(h[3], 13, TrackerColumnKind.Choice) { Choices = cx.List("tracker.choices.smart") },
                new(h[4], 50, TrackerColumnKind.LongText), new(h[5], 32, TrackerColumnKind.LongText),
                new(h[6], 18, TrackerColumnKind.LongText), new(h[7], 12, TrackerColumnKind.Date),
            ],
            [.. objectives.Select((o, i) => (IReadOnlyList<TrackerCell?>)
            [
                new TextCell(Id(i)), new TextCell(o.Objective.Label(cx)), new TextCell(o.Objective.Statement(cx)),
                new TextCell(cx.List("tracker.choices.smart")[0]),
                o.Baseline is { } b ? new QuoteCell(b) : NoBaseline(),
                o.Baseline is { } c ? new CitationCell(c.Source) : null,
                null, new DateCell(end),
            ])],
            ExtraRows,
            [cx.T("tracker.objectives.note")]);

        h = cx.List("tracker.activities.header");
        var activitySheet = new TrackerSheet(
            names[1],
            [
                new(h[0], 8), new(h[1], 12, TrackerColumnKind.Date),
                new(h[2], 26, TrackerColumnKind.Choice) { ChoicesFrom = (names[0], 2, objectives.Count + ExtraRows) },
                new(h[3], 28, TrackerColumnKind.LongText),
                new(h[4], 14, TrackerColumnKind.Choice) { Choices = cx.List("tracker.choices.activityType") },
                new(h[5], 36, TrackerColumnKind.LongText), new(h[6], 30, TrackerColumnKind.LongText),
                new(h[7], 7, TrackerColumnKind.Number), new(h[8], 40, TrackerColumnKind.LongText),
                new(h[9], 16), new(h[10], 12, TrackerColumnKind.Choice) { Choices = cx.List("tracker.choices.status") },
            ],
            [],
            ActivityRows,
            [cx.T("tracker.activities.note")]) { InputIdFormat = cx.T("tracker.activities.id") };

        h = cx.List("tracker.outcomes.header");
        var outcomeSheet = new TrackerSheet(
            names[2],
            [
                new(h[0], 8), new(h[1], 12, TrackerColumnKind.Date), new(h[2], 24, TrackerColumnKind.LongText),
                new(h[3], 36, TrackerColumnKind.LongText),
                new(h[4], 16, TrackerColumnKind.Choice) { Choices = cx.List("tracker.choices.changeType") },
                new(h[5], 13, TrackerColumnKind.Choice) { Choices = cx.List("tracker.choices.significance") },
                new(h[6], 36, TrackerColumnKind.LongText),
                new(h[7], 12, TrackerColumnKind.Choice) { Choices = cx.List("tracker.choices.anticipated") },
                new(h[8], 30, TrackerColumnKind.LongText),
            ],
            [],
            OutcomeRows,
            [cx.T("tracker.outcomes.note")]) { InputIdFormat = cx.T("tracker.outcomes.id") };

        h = cx.List("tracker.indicators.header");
        var indicatorSheet = new TrackerSheet(
            names[3],
            [
                new(h[0], 24, TrackerColumnKind.LongText), new(h[1], 34, TrackerColumnKind.LongText),
                new(h[2], 50, TrackerColumnKind.LongText), new(h[3], 32, TrackerColumnKind.LongText),
                new(h[4], 16, TrackerColumnKind.LongText), new(h[5], 26, TrackerColumnKind.LongText),
                new(h[6], 14, TrackerColumnKind.Choice) { Choices = cx.List("tracker.choices.frequency") },
                new(h[7], 16),
            ],
            [.. objectives.Select((o, i) => (IReadOnlyList<TrackerCell?>)
            [
                new TextCell(Id(i) + " — " + o.Objective.Label(cx)), new TextCell(o.Objective.Indicator(cx)),
                o.Baseline is { } b ? new QuoteCell(b) : NoBaseline(),
                o.Baseline is { } c ? new CitationCell(c.Source) : null,
                null, new TextCell(cx.T("plan.logframe.verification")), new TextCell(cx.T("plan.logframe.frequency")), null,
            ])],
            ExtraRows,
            [cx.T("tracker.indicators.note")]);

        h = cx.List("tracker.risks.header");
        var riskSheet = new TrackerSheet(
            names[4],
            [
                new(h[0], 44, TrackerColumnKind.LongText),
                new(h[1], 14, TrackerColumnKind.Choice) { Choices = cx.List("tracker.choices.likelihood") },
                new(h[2], 14, TrackerColumnKind.Choice) { Choices = cx.List("tracker.choices.impact") },
                new(h[3], 56, TrackerColumnKind.LongText), new(h[4], 16), new(h[5], 13, TrackerColumnKind.Date),
            ],
            [.. cx.Rows("risks.rows").Select(r => (IReadOnlyList<TrackerCell?>)[new TextCell(r[0]), null, null, new TextCell(r[1]), null, null])],
            ExtraRows,
            [cx.T("tracker.risks.note")]);

        h = cx.List("tracker.sources.header");
        var placements = plan.QuotePlacements().ToList();
        var sourceRows = placements.Select((p, i) => (IReadOnlyList<TrackerCell?>)
        [
            new NumberCell(i + 1), new QuoteCell(p.Quote), new CitationCell(p.Quote.Source),
            new TextCell(p.Quote.Source.Citation.DocumentTitle), new TextCell(p.Quote.Source.Citation.Publisher ?? ""),
            p.Quote.Source.Citation.Year is { } y ? new NumberCell(y) : new TextCell(cx.T("about.noDate")),
            new TextCell(Locator(p.Quote.Source, cx.Language)),
            new TextCell(string.Join(" › ", p.Section)), new LinkCell(p.Quote.Source),
        ]).ToList();
        var sourceNotes = new List<string> { cx.T("tracker.sources.method"), AboutSection.SetAside(cx) };
        if (sourceRows.Count == 0)
        {
            sourceNotes.Insert(0, cx.T("about.noSources"));
        }

        var sourceSheet = new TrackerSheet(
            names[5],
            [
                new(h[0], 5, TrackerColumnKind.Number), new(h[1], 56, TrackerColumnKind.LongText), new(h[2], 36, TrackerColumnKind.LongText),
                new(h[3], 26, TrackerColumnKind.LongText), new(h[4], 18, TrackerColumnKind.LongText), new(h[5], 7, TrackerColumnKind.Number),
                new(h[6], 9), new(h[7], 26, TrackerColumnKind.LongText), new(h[8], 30, TrackerColumnKind.LongText),
            ],
            sourceRows,
            0,
            sourceNotes);

        return new AdvocacyTracker
        {
            Language = plan.Language,
            Title = cx.T("tracker.title", ("country", cx.Label(outline.Scope)), ("period", RequestText.Period(outline.PeriodStart, outline.PeriodEnd))),
            CreatedAt = plan.CreatedAt,
            IndexState = plan.IndexState,
            Request = plan.Request,
            Sheets = [objectiveSheet, activitySheet, outcomeSheet, indicatorSheet, riskSheet, sourceSheet],
            SetAsideForReview = cx.SetAsideForReview,
        };
    }

    /// <summary>"p. 12", "pp. 12-13", or "§ 3.2, al. 4" for a file without pages: the citation's own locator.</summary>
    private static string Locator(EvidenceSource source, string language)
    {
        var c = source.Citation;
        var full = c.Format(language);
        var without = (c with { Page = 0, PageEnd = 0, Paragraph = 0, ParagraphEnd = 0 }).Format(language);
        return full.Length > without.Length ? full[(without.Length + 2)..] : "";
    }
}
