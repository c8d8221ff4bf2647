using Knowledge.Core.Evidence;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Evidence;
using Knowledge.Generators.Objectives;
using Knowledge.Generators.Requests;
using static Knowledge.Generators.Documents.BlockList;

namespace Knowledge.Generators.DonorBrief;

/// <summary>
/// A two-page brief for funders: the problem in figures, what works, what the money buys and the
/// gaps to fill, for a country or a region. Quote counts are capped so the brief fits two pages;
/// every claim about the situation is a quote, the rest is template prose and fields to complete.
/// </summary>
internal static class DonorBriefGenerator
{
    private const int MaxThemes = 3;

    public static async Task<DocumentDraft> GenerateAsync(GenerationContext cx, DonorBriefRequest request, CancellationToken ct)
    {
        var scope = request.Country ?? request.Region!;
        IReadOnlyList<string> countries = request.Country is { } c ? [c] : cx.Taxonomy.FindRegion(scope)!.Countries;
        var covered = await cx.BestCoveredThemesAsync(countries, request.Themes.Count > 0 ? request.Themes : null, ct);
        IReadOnlyList<string> themes = request.Themes.Count > 0 ? request.Themes : [.. covered.Take(MaxThemes).Select(t => t.Theme)];
        var lead = themes.Count > 0 ? cx.Phrase(themes[0]) : cx.T("plan.messages.defaultTheme");
        var args = new[] { ("in", cx.In(scope)), ("In", GenerationContext.Capitalize(cx.In(scope))), ("theme", lead), ("themes", cx.Join([.. themes.Select(cx.Phrase)])) };
        var total = themes.Count == 0 ? 0 : await cx.CountAsync(new EvidenceFilter(themes, countries, []), ct);

        var doc = new BlockList();
        doc.H1(cx.T("donor.key.heading"));
        doc.P(new TextRun(cx.T("donor.key", args), Bold: true));
        doc.P(new TextRun(cx.T("donor.key.amount")), new FieldToComplete(cx.T("donor.key.amount.field")));
        if (total == 0)
        {
            doc.Gap(cx.T("donor.none", args));
        }

        doc.H1(cx.T("donor.problem.heading"));
        doc.Text(cx.N("donor.problem.count", total, args));
        await cx.QuoteOrGapAsync(doc, EvidenceFilter.ForRoles(themes, countries, FindingRole.Statistic, FindingRole.Problem), 3, cx.T("donor.problem.none", args), ct);

        doc.H1(cx.T("donor.works.heading"));
        doc.Text(cx.T("donor.works.intro"));
        await cx.QuoteOrGapAsync(doc, EvidenceFilter.ForRoles(themes, countries, FindingRole.Response, FindingRole.Recommendation), 2, cx.T("donor.works.none", args), ct);

        doc.H1(cx.T("donor.buys.heading"));
        doc.Text(cx.T("donor.buys.intro"));
        var objectives = await StrategicObjective.PrioritiseAsync(cx, themes, countries, ct);
        doc.Table(
            cx.T("donor.buys.caption"),
            cx.List("donor.buys.header"),
            objectives.Select(o => (IReadOnlyList<IReadOnlyList<Inline>>)
            [
                Cell(new TextRun(o.Objective.Label(cx), Bold: true)),
                Cell(new FieldToComplete(cx.T("donor.buys.activities.field"))),
                Cell(o.Objective.Indicator(cx)),
                Cell(new FieldToComplete(cx.T("donor.buys.cost.field"))),
            ]));

        doc.H1(cx.T("donor.gaps.heading"));
        doc.Text(cx.T("donor.gaps.intro"));
        await cx.QuoteOrGapAsync(doc, EvidenceFilter.ForRoles(themes, countries, FindingRole.Gap), 2, cx.T("donor.gaps.none", args), ct);

        doc.H1(cx.T("donor.contact.heading"));
        doc.P(new FieldToComplete(cx.T("donor.contact.field")));

        var label = cx.Label(scope);
        var title = cx.T("donor.title", ("place", label));
        return new DocumentDraft(GeneratedKind.DonorBrief, title, cx.T("donor.subject"), [label, .. themes.Select(cx.Label)], doc);
    }
}
