using System.Globalization;
using Knowledge.Core.Evidence;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Evidence;
using Knowledge.Generators.Objectives;
using Knowledge.Generators.Requests;
using Knowledge.Generators.Strategy;
using Knowledge.Generators.Toolkit;
using static Knowledge.Generators.Documents.BlockList;

namespace Knowledge.Generators.NationalPlan;

/// <summary>
/// A national advocacy plan template: context pre-filled from the country's evidence, then the
/// tables the member completes, with rows pre-filled where the evidence supports it.
/// </summary>
internal static class NationalPlanGenerator
{
    private const int MaxContextThemes = 5;

    public static async Task<DocumentDraft> GenerateAsync(GenerationContext cx, NationalPlanRequest request, CancellationToken ct)
    {
        var country = request.Country.ToUpperInvariant();
        var countryLabel = cx.Label(country);
        IReadOnlyList<string> countries = [country];
        var place = new[] { ("in", cx.In(country)), ("the", cx.The(country)), ("of", cx.Of(country)) };
        var period = RequestText.Period(request.PeriodStart, request.PeriodEnd);
        var end = request.PeriodEnd.ToString(CultureInfo.InvariantCulture);
        var covered = await cx.BestCoveredThemesAsync(countries, request.Themes.Count > 0 ? request.Themes : null, ct);
        IReadOnlyList<string> themes = request.Themes.Count > 0 ? request.Themes : [.. covered.Take(MaxContextThemes).Select(c => c.Theme)];
        var total = themes.Count == 0 ? 0 : await cx.CountAsync(new EvidenceFilter(themes, countries, []), ct);

        var doc = new BlockList();
        doc.Add(new TableOfContents(cx.T("common.contents")));
        doc.H1(cx.T("plan.context.heading"));
        doc.Text(cx.N("plan.context.intro", total, place));
        if (total == 0)
        {
            doc.Gap(cx.T("plan.context.none", place));
            doc.P(new FieldToComplete(cx.T("plan.context.field")));
        }

        var evidence = new List<OutlineTheme>();
        foreach (var theme in themes)
        {
            doc.H2(cx.Label(theme));
            var mark = doc.Count;
            await cx.QuoteOrGapAsync(doc, EvidenceFilter.ForRoles([theme], countries, ContextRoles(cx, theme)), 2,
                cx.T("plan.context.theme.none", [.. place, ("theme", cx.Phrase(theme))]), ct);
            evidence.Add(new OutlineTheme(theme, await cx.CountAsync(new EvidenceFilter([theme], countries, []), ct), doc.QuotesFrom(mark)));
        }

        // Objectives come after the context: the context states each theme's key figure, and a
        // baseline quotes another figure only when it names its objective's subject.
        var objectives = await StrategicObjective.PrioritiseAsync(cx, themes, countries, ct);
        var objectiveRows = new List<IReadOnlyList<IReadOnlyList<Inline>>>();
        var baselines = new Dictionary<string, QuotedEvidence>(StringComparer.Ordinal);
        foreach (var (objective, _) in objectives)
        {
            var statistic = themes.Count == 0 ? [] : await cx.QuotesAsync(
                EvidenceFilter.ForRoles(themes, countries, FindingRole.Statistic) with { Text = objective.Terms, MustMention = objective.Keywords }, 1, ct);
            IReadOnlyList<Inline> baseline = statistic.Count > 0
                ? [statistic[0]]
                : [new FieldToComplete(cx.T("plan.objectives.baseline.field"))];
            if (statistic.Count > 0)
            {
                baselines[objective.Code] = statistic[0];
            }

            objectiveRows.Add(
            [
                Cell(new TextRun(objective.Statement(cx))),
                Cell(new FieldToComplete("S M A R T")),
                baseline,
                Cell(new FieldToComplete(cx.T("plan.target.field"))),
                Cell(new FieldToComplete(cx.T("plan.deadline.field", ("end", end)))),
            ]);
        }

        doc.H1(cx.T("plan.problem.heading"));
        var causes = await cx.QuotesAsync(EvidenceFilter.ForRoles(themes, countries, FindingRole.Cause, FindingRole.Consequence), 2, ct);
        if (causes.Count > 0)
        {
            doc.Text(cx.T("plan.problem.causes"));
            foreach (var q in causes)
            {
                doc.Quote(q);
            }
        }

        doc.Text(cx.T("plan.problem.gaps"));
        var gapsFrom = doc.Count;
        await cx.QuoteOrGapAsync(doc, EvidenceFilter.ForRoles(themes, countries, FindingRole.Gap), 3, cx.T("plan.problem.gaps.none", place), ct);

        var gaps = doc.QuotesFrom(gapsFrom);
        doc.Table(
            cx.T("plan.problemTree.caption"),
            cx.List("plan.problemTree.header"),
            [[.. cx.List("plan.problemTree.fields").Select(f => Cell(new FieldToComplete(f)))]]);

        doc.H1(cx.T("plan.goal.heading"));
        doc.P(new TextRun(cx.T("plan.goal", ("end", end))), new FieldToComplete(cx.T("plan.goal.field", place)));

        doc.H1(cx.T("plan.objectives.heading"));
        doc.Text(cx.T("plan.objectives.smart"));
        doc.Table(cx.T("plan.objectives.caption"), cx.List("plan.objectives.header"), objectiveRows);

        doc.H1(cx.T("plan.power.heading"));
        var targets = cx.Audiences.All.SelectMany(a => a.TargetsFor(cx.Taxonomy, countries, cx.Today)).Select(t => t.Get(cx.Language)).ToList();
        doc.Table(
            cx.T("plan.power.caption"),
            cx.List("plan.power.header"),
            targets.Select(t => (IReadOnlyList<IReadOnlyList<Inline>>)
            [
                Cell(t),
                .. cx.List("plan.power.fields").Select(f => Cell(new FieldToComplete(f))),
            ]));

        doc.H1(cx.T("plan.messages.heading"));
        var lead = themes.Count > 0 ? cx.Phrase(themes[0]) : cx.T("plan.messages.defaultTheme");
        doc.Table(
            cx.T("plan.messages.caption"),
            cx.List("plan.messages.header"),
            cx.Audiences.All.Select(a => (IReadOnlyList<IReadOnlyList<Inline>>)
            [
                Cell(a.Label.Get(cx.Language)),
                Cell(new TextRun(a.AskFor(lead, cx.Language) + " "), new FieldToComplete(cx.T("plan.messages.adapt.field"))),
                Cell(string.Join(cx.T("common.listSeparator"), a.Messengers.Select(m => m.Get(cx.Language)))),
                Cell(string.Join(cx.T("common.listSeparator"), a.Channels.Select(c => c.Get(cx.Language)))),
            ]));

        doc.H1(cx.T("plan.timeline.heading"));
        var quarterHeader = new List<string> { cx.T("plan.timeline.activity") };
        for (var year = request.PeriodStart; year <= request.PeriodEnd; year++)
        {
            quarterHeader.Add(year.ToString(CultureInfo.InvariantCulture));
        }

        quarterHeader.Add(cx.T("plan.timeline.responsible"));
        var quarters = new FieldToComplete(cx.T("plan.timeline.quarters.field"));
        doc.Text(cx.T("plan.timeline.intro"));
        doc.Table(
            cx.T("plan.timeline.caption"),
            quarterHeader,
            objectives.Select(o => (IReadOnlyList<IReadOnlyList<Inline>>)
            [
                Cell(new TextRun(o.Objective.Label(cx) + cx.T("common.colon")), new FieldToComplete(cx.T("plan.timeline.activity.field"))),
                .. Enumerable.Range(0, request.PeriodEnd - request.PeriodStart + 1).Select(_ => Cell(quarters)),
                Cell(new FieldToComplete(cx.T("plan.timeline.responsible.field"))),
            ]));

        doc.H1(cx.T("plan.budget.heading"));
        doc.Table(
            cx.T("plan.budget.caption"),
            cx.List("plan.budget.header"),
            objectives.Select(o => (IReadOnlyList<IReadOnlyList<Inline>>)
            [
                Cell(o.Objective.Label(cx)),
                .. cx.List("plan.budget.fields").Select(f => Cell(new FieldToComplete(f))),
            ]));

        doc.H1(cx.T("plan.risks.heading"));
        doc.Table(cx.T("plan.risks.caption"), cx.List("risks.header"), RegionalStrategyGenerator.Risks(cx));
        doc.H2(cx.T("plan.security.heading"));
        doc.Text(cx.T("plan.security.intro"));
        doc.Table(
            cx.T("plan.security.caption"),
            cx.List("plan.security.header"),
            [[.. cx.List("plan.security.fields").Select(f => Cell(new FieldToComplete(f)))]]);

        doc.H1(cx.T("plan.logframe.heading"));
        doc.Table(
            cx.T("plan.logframe.caption"),
            cx.List("plan.logframe.header"),
            objectives.Select(o => (IReadOnlyList<IReadOnlyList<Inline>>)
            [
                Cell(o.Objective.Indicator(cx)),
                baselines.TryGetValue(o.Objective.Code, out var b)
                    ? Cell(new TextRun(cx.T("plan.logframe.baseline.seeTable", ("citation", b.Source.Citation.Format(cx.Language)))))
                    : Cell(new FieldToComplete(cx.T("plan.logframe.baseline.field"))),
                Cell(new FieldToComplete(cx.T("plan.target.field"))),
                Cell(cx.T("plan.logframe.verification")),
                Cell(cx.T("plan.logframe.frequency")),
                Cell(new FieldToComplete(cx.T("plan.timeline.responsible.field"))),
            ]));

        var title = cx.T("plan.title", ("country", countryLabel), ("period", period));
        return new DocumentDraft(GeneratedKind.NationalPlan, title, cx.T("plan.subject"), [countryLabel, period, .. themes.Select(cx.Label)], doc)
        {
            Outline = new Outline
            {
                Scope = country,
                Countries = countries,
                PeriodStart = request.PeriodStart,
                PeriodEnd = request.PeriodEnd,
                Themes = themes,
                Evidence = evidence,
                Objectives = [.. objectives.Select(o => new OutlineObjective(o.Objective, baselines.GetValueOrDefault(o.Objective.Code)))],
                Causes = causes,
                Gaps = gaps,
                Targets = targets,
            },
        };
    }

    /// <summary>
    /// What a theme's context paragraph quotes: for a harm, its figures and facts; for a response
    /// area, the laws, programmes and gaps that describe it.
    /// </summary>
    internal static FindingRole[] ContextRoles(GenerationContext cx, string theme) =>
        cx.Taxonomy.FindTheme(theme)?.Group == "response"
            ? [FindingRole.Legal, FindingRole.Response, FindingRole.Gap, FindingRole.Statistic]
            : [FindingRole.Statistic, FindingRole.Problem, FindingRole.Cause, FindingRole.Consequence];
}
