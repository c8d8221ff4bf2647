using System.Globalization;
using Knowledge.Core.Evidence;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Evidence;
using Knowledge.Generators.Objectives;
using Knowledge.Generators.Requests;
using Knowledge.Generators.Toolkit;
using static Knowledge.Generators.Documents.BlockList;

namespace Knowledge.Generators.Strategy;

/// <summary>A regional advocacy strategy draft for a region and a period, built on the region's evidence.</summary>
internal static class RegionalStrategyGenerator
{
    private const int MaxGaps = 4;

    public static async Task<DocumentDraft> GenerateAsync(GenerationContext cx, RegionalStrategyRequest request, CancellationToken ct)
    {
        var region = cx.Taxonomy.FindRegion(request.Region) ?? throw new ArgumentException($"Unknown region '{request.Region}'.", nameof(request));
        var regionLabel = region.Label.Get(cx.Language);
        var countries = region.Countries;
        var period = RequestText.Period(request.PeriodStart, request.PeriodEnd);
        // Without a choice, the situation is described by manifestation (all themes if none is marked so).
        var manifestations = cx.Taxonomy.Themes.Where(t => t.Group == "manifestation").Select(t => t.Code).ToList();
        IReadOnlyList<string> themes = request.Themes.Count > 0 ? request.Themes
            : manifestations.Count > 0 ? manifestations
            : [.. cx.Taxonomy.Themes.Select(t => t.Code)];

        // Matrix first: every later section reads its counts.
        var matrix = new Dictionary<(string Theme, string Country), long>();
        foreach (var theme in themes)
        {
            foreach (var country in countries)
            {
                matrix[(theme, country)] = await cx.CountAsync(new EvidenceFilter([theme], [country], []), ct);
            }
        }

        var regionTotal = await cx.CountAsync(new EvidenceFilter(themes, countries, []), ct);
        var emptyCells = matrix.Count(c => c.Value == 0);
        var objectives = await StrategicObjective.PrioritiseAsync(cx, themes, countries, ct);
        var place = new[] { ("in", cx.In(region.Code)), ("In", GenerationContext.Capitalize(cx.In(region.Code))), ("period", period) };

        var doc = new BlockList();
        doc.Add(new TableOfContents(cx.T("common.contents")));

        doc.H1(cx.T("strategy.summary.heading"));
        doc.Text(cx.T("strategy.summary", place) + " "
            + cx.N("strategy.summary.findings", regionTotal, ("themes", cx.N("strategy.summary.themes", themes.Count)), ("countries", cx.N("strategy.summary.countries", countries.Count))) + " "
            + cx.N("strategy.summary.emptyCells", emptyCells, ("cells", matrix.Count.ToString(CultureInfo.InvariantCulture))));
        doc.Text(cx.T("strategy.summary.objectives"));
        doc.Bullets(objectives.Select(o => o.Objective.Label(cx)));
        doc.P(new FieldToComplete(cx.T("strategy.summary.field")));
        if (regionTotal == 0)
        {
            doc.Gap(cx.T("strategy.summary.none", place));
        }

        doc.H1(cx.T("strategy.situation.heading"));
        var evidence = new List<OutlineTheme>();
        foreach (var theme in themes)
        {
            doc.H2(cx.Label(theme));
            var mark = doc.Count;
            var covered = countries.Where(c => matrix[(theme, c)] > 0).OrderByDescending(c => matrix[(theme, c)]).ThenBy(c => c, StringComparer.Ordinal).ToList();
            foreach (var country in covered)
            {
                doc.H3(cx.Label(country));
                doc.Text(cx.N("strategy.situation.count", matrix[(theme, country)]));
                await cx.QuoteOrGapAsync(doc, EvidenceFilter.ForRoles([theme], [country], [.. NationalPlan.NationalPlanGenerator.ContextRoles(cx, theme), FindingRole.Gap, FindingRole.Context]), 1,
                    cx.T("strategy.situation.noFigure", ("in", cx.In(country))), ct);
            }

            evidence.Add(new OutlineTheme(theme, countries.Sum(c => matrix[(theme, c)]), doc.QuotesFrom(mark)));
            var missing = countries.Where(c => matrix[(theme, c)] == 0).ToList();
            if (missing.Count > 0)
            {
                doc.Gap(cx.T("strategy.situation.missing", ("theme", cx.Phrase(theme)), ("countries", cx.Join([.. missing.Select(cx.The)]))));
            }
        }

        Matrix(cx, doc, themes, countries, matrix);
        var gaps = await LegalFrameworkAsync(cx, doc, themes, countries, region.Code, ct);

        doc.H1(cx.T("strategy.objectives.heading"));
        var n = 1;
        var outlineObjectives = new List<OutlineObjective>();
        foreach (var (objective, _) in objectives)
        {
            doc.H2(cx.T("strategy.objective.heading", ("number", (n++).ToString(CultureInfo.InvariantCulture)), ("label", objective.Label(cx))));
            doc.Text(objective.Statement(cx));
            var mark = doc.Count;
            await cx.QuoteOrGapAsync(doc, EvidenceFilter.ForRoles(themes, countries, FindingRole.Gap, FindingRole.Recommendation) with { Text = objective.Terms, MustMention = objective.Keywords }, 1,
                cx.T("strategy.objective.none", place), ct);
            var quoted = doc.QuotesFrom(mark);
            outlineObjectives.Add(new OutlineObjective(objective, null, quoted.Count > 0 ? quoted[0] : null));
        }

        doc.H1(cx.T("strategy.targets.heading"));
        doc.Text(cx.T("strategy.targets.memberships"));
        var targets = cx.Audiences.All.SelectMany(a => a.TargetsFor(cx.Taxonomy, countries, cx.Today).Select(t => (Audience: a, Target: TargetWithMembers(cx, t, countries)))).ToList();
        doc.Table(
            cx.T("strategy.targets.caption"),
            cx.List("strategy.targets.header"),
            targets.Select(t => (IReadOnlyList<IReadOnlyList<Inline>>)
            [
                Cell(t.Target), Cell(t.Audience.Label.Get(cx.Language)),
                Cell(new FieldToComplete(cx.T("strategy.targets.power.field"))),
                Cell(new FieldToComplete(cx.T("strategy.targets.position.field"))),
                Cell(t.Audience.Channels.Count > 0 ? t.Audience.Channels[0].Get(cx.Language) : ""),
            ]));

        doc.H1(cx.T("strategy.allies.heading"));
        doc.Bullets([.. cx.List("strategy.allies").Select(a => (IReadOnlyList<Inline>)[new TextRun(a)]), [new FieldToComplete(cx.T("strategy.allies.field"))]]);

        await CoreMessagesAsync(cx, doc, themes, countries, region.Code, ct);

        doc.H1(cx.T("strategy.opportunities.heading"));
        doc.Table(cx.T("strategy.opportunities.caption"), cx.List("strategy.opportunities.header"), Opportunities(cx, countries));

        doc.H1(cx.T("strategy.national.heading"));
        doc.Text(cx.T("strategy.national.intro"));
        var countryRows = new List<IReadOnlyList<IReadOnlyList<Inline>>>();
        foreach (var country in countries)
        {
            var count = await cx.CountAsync(new EvidenceFilter(themes, [country], []), ct);
            var best = themes.Where(t => matrix[(t, country)] > 0).OrderByDescending(t => matrix[(t, country)]).ThenBy(t => t, StringComparer.Ordinal).Take(2).ToList();
            countryRows.Add(
            [
                Cell(cx.Label(country)),
                Cell(count.ToString(CultureInfo.InvariantCulture)),
                Cell(best.Count > 0 ? cx.Labels(best) : cx.T("strategy.national.noTheme")),
                Cell(new FieldToComplete(cx.T("strategy.national.plan.field"))),
            ]);
        }

        doc.Table(cx.T("strategy.national.caption"), cx.List("strategy.national.header"), countryRows);

        doc.H1(cx.T("strategy.risks.heading"));
        doc.Table(cx.T("strategy.risks.caption"), cx.List("risks.header"), Risks(cx));

        doc.H1(cx.T("strategy.me.heading"));
        doc.Table(
            cx.T("strategy.me.caption"),
            [.. cx.List("strategy.me.header").Select(h => h.Replace("{end}", request.PeriodEnd.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))],
            objectives.Select(o => (IReadOnlyList<IReadOnlyList<Inline>>)
            [
                Cell(o.Objective.Label(cx)), Cell(o.Objective.Indicator(cx)),
                Cell(new FieldToComplete(cx.T("plan.logframe.baseline.field"))), Cell(new FieldToComplete(cx.T("plan.target.field"))),
                Cell(cx.T("strategy.me.source")),
                Cell(cx.T("strategy.me.frequency")),
            ]));

        var title = cx.T("strategy.title", ("region", regionLabel), ("period", period));
        return new DocumentDraft(GeneratedKind.RegionalStrategy, title, cx.T("strategy.subject"), [regionLabel, period, .. themes.Select(cx.Label)], doc)
        {
            Outline = new Outline
            {
                Scope = region.Code,
                Countries = countries,
                PeriodStart = request.PeriodStart,
                PeriodEnd = request.PeriodEnd,
                Themes = themes,
                Evidence = evidence,
                Objectives = outlineObjectives,
                Gaps = gaps,
                Targets = [.. targets.Select(t => t.Target)],
            },
        };
    }

    /// <summary>
    /// Countries as rows and themes as columns under short labels, with a key: a handful of
    /// columns stays readable on a portrait page, where sixteen country columns did not.
    /// </summary>
    private static void Matrix(GenerationContext cx, BlockList doc, IReadOnlyList<string> themes, IReadOnlyList<string> countries, Dictionary<(string Theme, string Country), long> matrix)
    {
        doc.H1(cx.T("strategy.matrix.heading"));
        doc.Text(cx.T("strategy.matrix.intro"));
        doc.Table(
            cx.T("strategy.matrix.caption"),
            [cx.T("strategy.matrix.country"), .. themes.Select(cx.Short)],
            countries.Select(c => (IReadOnlyList<IReadOnlyList<Inline>>)[Cell(cx.Label(c)), .. themes.Select(t => Cell(matrix[(t, c)].ToString(CultureInfo.InvariantCulture)))]));
        doc.Bullets(themes.Select(t => (IReadOnlyList<Inline>)[new TextRun(cx.Short(t) + cx.T("common.colon"), Bold: true), new TextRun(cx.Label(t))]));
    }

    /// <summary>Writes the legal framework section; returns the gaps it quotes.</summary>
    private static async Task<IReadOnlyList<QuotedEvidence>> LegalFrameworkAsync(GenerationContext cx, BlockList doc, IReadOnlyList<string> themes, IReadOnlyList<string> countries, string region, CancellationToken ct)
    {
        doc.H1(cx.T("strategy.legal.heading"));
        doc.H2(cx.T("strategy.legal.provisions.heading"));
        var withoutLaw = new List<string>();
        foreach (var country in countries)
        {
            var legal = await cx.QuotesAsync(EvidenceFilter.ForRoles(themes, [country], FindingRole.Legal), 1, ct);
            if (legal.Count == 0)
            {
                withoutLaw.Add(country);
                continue;
            }

            doc.P(new TextRun(cx.Label(country) + " — ", Bold: true), legal[0]);
        }

        if (withoutLaw.Count > 0)
        {
            doc.Gap(cx.T("strategy.legal.missing", ("countries", cx.Join([.. withoutLaw.Select(cx.The)]))));
        }

        doc.H2(cx.T("strategy.legal.gaps.heading"));
        var mark = doc.Count;
        await cx.QuoteOrGapAsync(doc, EvidenceFilter.ForRoles(themes, countries, FindingRole.Gap), MaxGaps,
            cx.T("strategy.legal.gaps.none", ("in", cx.In(region))), ct);
        return doc.QuotesFrom(mark);
    }

    private static async Task CoreMessagesAsync(GenerationContext cx, BlockList doc, IReadOnlyList<string> themes, IReadOnlyList<string> countries, string region, CancellationToken ct)
    {
        doc.H1(cx.T("strategy.messages.heading"));
        var best = await cx.BestCoveredThemesAsync(countries, themes, ct);
        foreach (var audience in cx.Audiences.All)
        {
            doc.H2(audience.Label.Get(cx.Language));
            doc.P(new TextRun(cx.T("strategy.messages.why"), Bold: true), new TextRun(audience.WhyItMatters.Get(cx.Language)));

            // Each audience is shown the evidence on its own themes, in the roles it acts on.
            var own = audience.Evidence.Themes.Count > 0 ? audience.Evidence.Themes : themes;
            var roles = audience.Evidence.Roles.Select(r => FindingRoles.TryParse(r, out var role) ? role : (FindingRole?)null).OfType<FindingRole>().ToArray();
            var evidence = await cx.QuotesAsync(EvidenceFilter.ForRoles(own, countries, roles.Length > 0 ? roles : [FindingRole.Statistic, FindingRole.Gap]), 1, ct);
            if (evidence.Count > 0)
            {
                doc.Quote(evidence[0]);
            }
            else
            {
                doc.Gap(cx.T("strategy.messages.none", ("themes", cx.Join([.. own.Select(cx.Phrase)])), ("in", cx.In(region))));
            }

            var lead = own.FirstOrDefault(t => best.Any(b => string.Equals(b.Theme, t, StringComparison.OrdinalIgnoreCase)))
                ?? (best.Count > 0 ? best[0].Theme : themes.Count > 0 ? themes[0] : null);
            doc.P(new TextRun(cx.T("strategy.messages.ask"), Bold: true), new TextRun(audience.AskFor(lead is null ? cx.T("plan.messages.defaultTheme") : cx.Phrase(lead), cx.Language)));
            doc.Bullets(
            [
                [new TextRun(cx.T("messages.messengers"), Bold: true), new TextRun(string.Join(cx.T("common.listSeparator"), audience.Messengers.Select(m => m.Get(cx.Language))))],
                [new TextRun(cx.T("messages.channels"), Bold: true), new TextRun(string.Join(cx.T("common.listSeparator"), audience.Channels.Select(c => c.Get(cx.Language))))],
            ]);
        }
    }

    /// <summary>A target tied to an organisation that not every country of the scope belongs to names the members it applies to.</summary>
    private static string TargetWithMembers(GenerationContext cx, Audiences.AudienceTarget target, IReadOnlyList<string> countries)
    {
        if (target.Organisation is null || cx.Taxonomy.FindRegion(target.Organisation) is not { } organisation)
        {
            return target.Get(cx.Language);
        }

        var members = countries.Where(c => organisation.IsMemberOn(c, cx.Today)).ToList();
        return members.Count == countries.Count
            ? target.Get(cx.Language)
            : cx.T("strategy.targets.forMembers", ("target", target.Get(cx.Language)), ("countries", cx.Join([.. members.Select(cx.The)])));
    }

    /// <summary>Platforms of the organisations the scope's countries belong to today, then the fixed calendar.</summary>
    private static IEnumerable<IReadOnlyList<IReadOnlyList<Inline>>> Opportunities(GenerationContext cx, IReadOnlyList<string> countries)
    {
        var dates = new FieldToComplete(cx.T("strategy.opportunities.dates.field"));
        foreach (var (organisation, key) in new[] { ("african-union", "au"), ("ecowas", "ecowas"), ("aes", "aes") })
        {
            if (cx.Taxonomy.FindRegion(organisation) is { } region && countries.Any(c => region.IsMemberOn(c, cx.Today)))
            {
                var row = cx.List($"strategy.opportunities.summit.{key}");
                yield return [Cell(row[0]), Cell(dates), Cell(row[1])];
            }
        }

        foreach (var row in cx.Rows("strategy.opportunities.rows"))
        {
            // A "when" in square brackets is for the member to complete.
            IReadOnlyList<Inline> when = row[1].StartsWith('[') && row[1].EndsWith(']') ? Cell(new FieldToComplete(row[1][1..^1])) : Cell(row[1]);
            yield return [Cell(row[0]), when, Cell(row[2])];
        }
    }

    internal static IEnumerable<IReadOnlyList<IReadOnlyList<Inline>>> Risks(GenerationContext cx)
    {
        var likelihood = new FieldToComplete(cx.T("risks.likelihood.field"));
        var impact = new FieldToComplete(cx.T("risks.impact.field"));
        return cx.Rows("risks.rows").Select(r => (IReadOnlyList<IReadOnlyList<Inline>>)[Cell(r[0]), Cell(likelihood), Cell(impact), Cell(r[1])]);
    }
}
