using System.Globalization;
using Knowledge.Core.Evidence;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Evidence;

namespace Knowledge.Generators.Toolkit;

/// <summary>
/// The synthesis deck of a national plan or a regional strategy, in the field's usual order: title
/// and ask, three key messages, the problem in figures, the evidence by theme, the evidence-gap
/// grid, asks and recommendations per audience, timeline, sources. It shows the document's own
/// quotes (never twice) and adds only recommendations, from findings the document does not quote.
/// Every slide title is a full sentence; where the evidence is missing, the slide says so.
/// </summary>
internal static class DeckGenerator
{
    private const int MaxEvidenceSlides = 5;
    private const int MinEvidenceSlides = 3;
    private const int QuotesPerEvidenceSlide = 2;
    private const int ProblemFigures = 3;
    private const int MaxRecommendations = 3;
    private const int SourcesPerSlide = 10;

    public static async Task<SlideDeck> BuildAsync(GenerationContext cx, GeneratedDocument basis, CancellationToken ct)
    {
        var o = basis.Outline ?? throw new InvalidOperationException("A deck is built from a national plan or a regional strategy.");
        var plan = basis.Kind == GeneratedKind.NationalPlan;
        var scopeIn = cx.In(o.Scope);
        var place = new[] { ("in", scopeIn), ("In", GenerationContext.Capitalize(scopeIn)) };
        var start = o.PeriodStart.ToString(CultureInfo.InvariantCulture);
        var end = o.PeriodEnd.ToString(CultureInfo.InvariantCulture);
        // The ask and the title name a harm children are protected from, never a response area
        // ("protected from the legal framework"): the first manifestation theme, else the default.
        var harm = o.Themes.FirstOrDefault(t => cx.Taxonomy.FindTheme(t)?.Group == "manifestation");
        var lead = harm is null ? cx.T("plan.messages.defaultTheme") : cx.Phrase(harm);
        var pool = basis.Quotes().ToList();
        var sections = basis.QuotePlacements().GroupBy(p => p.Quote.Source.FindingId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Section, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var slides = new List<Slide>();

        QuotedEvidence? Take(IEnumerable<QuotedEvidence> candidates, params FindingRole[] roles)
        {
            var pick = candidates.Where(q => !used.Contains(q.Source.FindingId))
                .OrderBy(q => roles.Length == 0 ? 0 : Array.IndexOf(roles, q.Role) is var i && i >= 0 ? i : int.MaxValue)
                .FirstOrDefault(q => roles.Length == 0 || roles.Contains(q.Role));
            if (pick is not null)
            {
                used.Add(pick.Source.FindingId);
            }

            return pick;
        }

        // 1. Title and the one-line ask (to decision-makers, the audience every plan addresses first).
        var ask = cx.Audiences.Find("policy-makers") is { } policy ? policy.AskFor(lead, cx.Language) : cx.T("deck.title.askMissing");
        slides.Add(Slide(cx, SlideKind.Title, cx.T("deck.title", [.. place, ("theme", lead), ("end", end)]),
            [new SlideText(ask, cx.T("deck.title.ask")), new SlideText(basis.Title)],
            [cx.T("deck.notes.title", ("title", basis.Title))]));

        // 3. The problem in figures (chosen before the key messages, which must not take its only figure):
        // the plan's baselines first (each names its objective), then the document's other figures.
        var figures = new List<SlideItem>();
        var baselines = o.Objectives.Where(x => x.Baseline is not null).Select(x => (x.Objective, Quote: x.Baseline!)).ToList();
        foreach (var (objective, quote) in baselines)
        {
            if (figures.Count < ProblemFigures && Take([quote]) is { } q)
            {
                figures.Add(new SlideQuote(q, objective.Label(cx)));
            }
        }

        while (figures.Count < ProblemFigures && Take(pool, FindingRole.Statistic) is { } more)
        {
            figures.Add(new SlideQuote(more));
        }

        // The document may state fewer figures than a problem slide needs: other findings of the
        // scope give them (never a figure already quoted).
        if (figures.Count < ProblemFigures && o.Themes.Count > 0)
        {
            foreach (var q in await cx.QuotesAsync(EvidenceFilter.ForRoles(o.Themes, o.Countries, FindingRole.Statistic), ProblemFigures - figures.Count, ct))
            {
                used.Add(q.Source.FindingId);
                figures.Add(new SlideQuote(q));
            }
        }

        var problemSlide = figures.Count > 0
            ? Slide(cx, SlideKind.Problem, cx.N("deck.problem.title", figures.Count, place), figures)
            : Slide(cx, SlideKind.Problem, cx.T("deck.problem.title.none", place), [new SlideGap(cx.T("deck.problem.none", place))]);

        // 2. Three key messages: the problem, the gap, the solution, each a verbatim quote.
        var problem = Take(pool, FindingRole.Statistic, FindingRole.Problem, FindingRole.Consequence, FindingRole.Cause);
        if (problem is null && o.Themes.Count > 0)
        {
            var found = await cx.QuotesAsync(EvidenceFilter.ForRoles(o.Themes, o.Countries, FindingRole.Problem, FindingRole.Statistic, FindingRole.Consequence), 1, ct);
            problem = found.Count > 0 ? Take(found) : null;
        }

        var gap = Take(o.Gaps) ?? Take(pool, FindingRole.Gap);
        var recommended = await cx.QuotesAsync(EvidenceFilter.ForRoles(o.Themes, o.Countries, FindingRole.Recommendation), 1, ct);
        var solution = Take(recommended);
        slides.Add(Slide(cx, SlideKind.KeyMessages, cx.T("deck.key.title", place),
        [
            problem is null ? new SlideGap(cx.T("deck.key.problem.none", place)) : new SlideQuote(problem, cx.T("deck.key.problem")),
            gap is null ? new SlideGap(cx.T("deck.key.gap.none", place)) : new SlideQuote(gap, cx.T("deck.key.gap")),
            solution is null ? new SlideGap(cx.T("deck.key.solution.none", place)) : new SlideQuote(solution, cx.T("deck.key.solution")),
        ]));

        slides.Add(problemSlide);

        // 4. The evidence by theme, three to five slides.
        var evidenceSlides = 0;
        foreach (var theme in o.Evidence.Take(MaxEvidenceSlides))
        {
            var phrase = cx.Phrase(theme.Theme);
            var quotes = new List<SlideItem>();
            while (quotes.Count < QuotesPerEvidenceSlide && Take(theme.Quotes) is { } q)
            {
                quotes.Add(new SlideQuote(q, plan ? null : CountryOf(sections, q)));
            }

            (string, string)[] args = [("theme", phrase), ("Theme", cx.Label(theme.Theme)), .. place];
            if (theme.Findings == 0)
            {
                slides.Add(Slide(cx, SlideKind.Evidence, cx.T("deck.evidence.title.none", args), [new SlideGap(cx.T("deck.evidence.none", args))]));
            }
            else
            {
                if (quotes.Count == 0)
                {
                    quotes.Add(new SlideText(cx.T("deck.evidence.shown", args)));
                }

                slides.Add(Slide(cx, SlideKind.Evidence, cx.N("deck.evidence.title", theme.Findings, args), quotes));
            }

            evidenceSlides++;
        }

        if (evidenceSlides < MinEvidenceSlides && o.Causes.Count > 0)
        {
            var causes = new List<SlideItem>();
            while (causes.Count < QuotesPerEvidenceSlide && Take(o.Causes) is { } q)
            {
                causes.Add(new SlideQuote(q));
            }

            if (causes.Count > 0)
            {
                slides.Add(Slide(cx, SlideKind.Evidence, cx.T("deck.evidence.causes.title", place), causes));
                evidenceSlides++;
            }
        }

        if (evidenceSlides < MinEvidenceSlides)
        {
            var legal = await cx.QuotesAsync(EvidenceFilter.ForRoles(o.Themes, o.Countries, FindingRole.Legal), QuotesPerEvidenceSlide, ct);
            slides.Add(legal.Count > 0
                ? Slide(cx, SlideKind.Evidence, cx.T("deck.evidence.legal.title", place), [.. legal.Select(q => { used.Add(q.Source.FindingId); return (SlideItem)new SlideQuote(q); })])
                : Slide(cx, SlideKind.Evidence, cx.T("deck.evidence.legal.title.none", place), [new SlideGap(cx.T("deck.evidence.legal.none", place))]));
        }

        // 5. The evidence-gap grid, a real table.
        slides.Add(await GridAsync(cx, o, plan, place, ct));

        // 6. Asks and recommendations per audience.
        slides.Add(Slide(cx, SlideKind.Asks, cx.T("deck.asks.title", place),
        [
            new SlideTable(
                cx.List("deck.asks.header"),
                [.. cx.Audiences.All.Select(a => (IReadOnlyList<string>)[a.Label.Get(cx.Language), a.AskFor(lead, cx.Language)])],
                [0.28, 0.72]),
        ],
        [cx.T("deck.notes.asks")]));

        var recommendations = new List<SlideItem>();
        foreach (var audience in cx.Audiences.All)
        {
            if (recommendations.Count >= MaxRecommendations)
            {
                break;
            }

            var themes = audience.Evidence.Themes.Count > 0 ? audience.Evidence.Themes : o.Themes;
            var found = await cx.QuotesAsync(EvidenceFilter.ForRoles(themes, o.Countries, FindingRole.Recommendation) with { PreferThemes = audience.Evidence.Themes }, 1, ct);
            if (found.Count > 0)
            {
                used.Add(found[0].Source.FindingId);
                recommendations.Add(new SlideQuote(found[0], audience.Label.Get(cx.Language)));
            }
        }

        slides.Add(recommendations.Count > 0
            ? Slide(cx, SlideKind.Recommendations, cx.N("deck.recommendations.title", recommendations.Count, place), recommendations)
            : Slide(cx, SlideKind.Recommendations, cx.T("deck.recommendations.title.none", place), [new SlideGap(cx.T("deck.recommendations.none", place))]));

        // 7. Timeline and next steps.
        var mid = ((o.PeriodStart + o.PeriodEnd + 1) / 2).ToString(CultureInfo.InvariantCulture);
        string Years(string s) => s.Replace("{start}", start, StringComparison.Ordinal).Replace("{end}", end, StringComparison.Ordinal).Replace("{mid}", mid, StringComparison.Ordinal);
        var dates = cx.Rows("strategy.opportunities.rows").Where(r => !r[1].StartsWith('[')).Select(r => r[1] + cx.T("common.colon") + r[0]).ToList();
        slides.Add(Slide(cx, SlideKind.Timeline, cx.T(plan ? "deck.timeline.title.plan" : "deck.timeline.title.strategy", ("start", start), ("end", end)),
        [
            new SlideTable(cx.List("deck.timeline.header"), [.. cx.Rows("deck.timeline.rows").Select(r => (IReadOnlyList<string>)[Years(r[0]), Years(r[1])])], [0.22, 0.78]),
            new SlideNote(cx.T("deck.timeline.dates") + " " + string.Join(cx.T("common.listSeparator"), dates)),
        ],
        [cx.T("deck.notes.timeline")]));

        // 8. Sources: the documents behind the deck's quotes, how it was made, what safeguarding set aside.
        var quoted = slides.SelectMany(s => s.Items).OfType<SlideQuote>().Select(q => q.Quote).ToList();
        var sources = AboutSection.SourceLines(cx, quoted);
        var chunks = sources.Chunk(SourcesPerSlide).ToList();
        var method = new SlideItem[] { new SlideNote(cx.T("deck.sources.method")), new SlideNote(AboutSection.SetAside(cx)) };
        if (chunks.Count == 0)
        {
            slides.Add(Slide(cx, SlideKind.Sources, cx.T("deck.sources.title.none"), [new SlideGap(cx.T("about.noSources")), .. method]));
        }

        for (var i = 0; i < chunks.Count; i++)
        {
            var title = i == 0 ? cx.N("deck.sources.title", sources.Count) : cx.T("deck.sources.title.more");
            IReadOnlyList<SlideItem> items = [.. chunks[i].Select(s => new SlideText(s)), .. i == chunks.Count - 1 ? method : []];
            slides.Add(Slide(cx, SlideKind.Sources, title, items, [cx.T("deck.notes.sources")]));
        }

        return new SlideDeck
        {
            Language = cx.Language,
            Title = basis.Title,
            Subject = cx.T("deck.subject"),
            CreatedAt = basis.CreatedAt,
            IndexState = basis.IndexState,
            Request = basis.Request,
            Slides = slides,
            SetAsideForReview = cx.SetAsideForReview,
        };
    }

    /// <summary>
    /// Theme × kind of evidence (plan) or country × theme (strategy), counted in the index: an
    /// empty cell is a gap the member can name and fill.
    /// </summary>
    private static async Task<Slide> GridAsync(GenerationContext cx, Outline o, bool plan, (string, string)[] place, CancellationToken ct)
    {
        var rows = new List<IReadOnlyList<string>>();
        var empty = new HashSet<(int, int)>();
        IReadOnlyList<string> header;
        if (plan)
        {
            FindingKind[] kinds = [FindingKind.Statistic, FindingKind.Legal, FindingKind.Recommendation, FindingKind.Gap];
            header = [cx.T("deck.grid.theme"), .. cx.List("deck.grid.kinds")];
            foreach (var theme in o.Themes)
            {
                var row = new List<string> { cx.Label(theme) };
                foreach (var kind in kinds)
                {
                    var n = await cx.CountAsync(new EvidenceFilter([theme], o.Countries, [kind]), ct);
                    if (n == 0)
                    {
                        empty.Add((rows.Count, row.Count));
                    }

                    row.Add(n.ToString(CultureInfo.InvariantCulture));
                }

                rows.Add(row);
            }
        }
        else
        {
            header = [cx.T("strategy.matrix.country"), .. o.Themes.Select(cx.Short)];
            foreach (var country in o.Countries)
            {
                var row = new List<string> { cx.Label(country) };
                foreach (var theme in o.Themes)
                {
                    var n = await cx.CountAsync(new EvidenceFilter([theme], [country], []), ct);
                    if (n == 0)
                    {
                        empty.Add((rows.Count, row.Count));
                    }

                    row.Add(n.ToString(CultureInfo.InvariantCulture));
                }

                rows.Add(row);
            }
        }

        var cells = rows.Sum(r => r.Count - 1);
        (string, string)[] args = [("cells", cells.ToString(CultureInfo.InvariantCulture)), .. place];
        var title = empty.Count == 0
            ? cx.T(plan ? "deck.grid.title.full.plan" : "deck.grid.title.full.strategy", args)
            : cx.N(plan ? "deck.grid.title.plan" : "deck.grid.title.strategy", empty.Count, args);
        var first = plan ? 0.34 : 0.22;
        var weights = (IReadOnlyList<double>)[first, .. Enumerable.Repeat((1 - first) / Math.Max(1, header.Count - 1), header.Count - 1)];
        IReadOnlyList<SlideItem> items = rows.Count == 0
            ? [new SlideGap(cx.T("deck.grid.none", place))]
            : [new SlideTable(header, rows, weights) { Empty = empty }, new SlideNote(cx.T(plan ? "deck.grid.legend.plan" : "deck.grid.legend.strategy"))];
        var notes = plan ? [] : o.Themes.Select(t => cx.Short(t) + cx.T("common.colon") + cx.Label(t)).ToList();
        return Slide(cx, SlideKind.GapGrid, title, items, [cx.T("deck.notes.grid"), .. notes]);
    }

    /// <summary>A strategy quotes each country under its own heading: that heading names the quote's country.</summary>
    private static string? CountryOf(Dictionary<string, IReadOnlyList<string>> sections, QuotedEvidence quote) =>
        sections.TryGetValue(quote.Source.FindingId, out var path) && path.Count >= 3 ? path[^1] : null;

    /// <summary>A slide whose notes list, after <paramref name="notes"/>, the citation of each quote on it.</summary>
    private static Slide Slide(GenerationContext cx, SlideKind kind, string title, IReadOnlyList<SlideItem> items, IReadOnlyList<string>? notes = null)
    {
        var citations = items.OfType<SlideQuote>().Select((q, i) => cx.T("deck.notes.citation",
            ("number", (i + 1).ToString(CultureInfo.InvariantCulture)), ("citation", q.Quote.Source.Citation.Format(cx.Language)))).ToList();
        IReadOnlyList<string> all = citations.Count > 0 ? [.. notes ?? [], cx.T("deck.notes.citations"), .. citations] : [.. notes ?? []];
        return new Slide(kind, title, items, all);
    }
}
