using Knowledge.Core.Evidence;
using Knowledge.Generators.Audiences;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Evidence;
using Knowledge.Generators.Requests;

namespace Knowledge.Generators.Messages;

/// <summary>
/// Advocacy messages for one audience: per theme a key statement, the problem in context (figures
/// and problems), why it matters to the audience, what the sources recommend, one ask, messenger
/// and channel. Without themes in the request, the audience's own themes that the evidence covers
/// for the place come first.
/// </summary>
internal static class MessagesGenerator
{
    private const int MaxDefaultThemes = 3;

    public static async Task<DocumentDraft> GenerateAsync(GenerationContext cx, MessagesRequest request, CancellationToken ct)
    {
        var audience = cx.Audiences.Find(request.Audience) ?? throw new ArgumentException($"Unknown audience '{request.Audience}'.", nameof(request));
        var place = request.Country ?? request.Region!;
        var placeLabel = cx.Label(place);
        IReadOnlyList<string> countries = request.Country is not null
            ? [request.Country.ToUpperInvariant()]
            : cx.Taxonomy.FindRegion(request.Region!)!.Countries;

        var doc = new BlockList();
        doc.Add(new TableOfContents(cx.T("common.contents")));
        doc.H1(cx.T("messages.introduction.heading"));
        doc.Text(cx.T("messages.introduction", ("audience", audience.Label.Get(cx.Language)), ("in", cx.In(place))));

        IReadOnlyList<string> themes = request.Themes;
        if (themes.Count == 0)
        {
            var covered = await cx.BestCoveredThemesAsync(countries, null, ct);
            var own = audience.Evidence.Themes.Where(t => covered.Any(c => string.Equals(c.Theme, t, StringComparison.OrdinalIgnoreCase))).ToList();
            if (own.Count == 0 && audience.Evidence.Themes.Count > 0)
            {
                doc.Gap(cx.T("messages.audienceThemes.none", ("themes", cx.Join([.. audience.Evidence.Themes.Select(cx.Phrase)])), ("in", cx.In(place))));
            }

            themes = [.. own.Concat(covered.Select(c => c.Theme).Where(t => !own.Contains(t))).Take(MaxDefaultThemes)];
        }

        if (themes.Count == 0)
        {
            doc.Gap(cx.T("messages.noEvidence", ("in", cx.In(place))));
        }

        foreach (var theme in themes)
        {
            await ThemeMessageAsync(cx, doc, audience, theme, countries, place, ct);
        }

        var title = cx.T("messages.title", ("place", placeLabel));
        var subject = cx.T("messages.subject", ("audience", audience.Label.Get(cx.Language)), ("themes", cx.Labels(themes)));
        return new DocumentDraft(GeneratedKind.Messages, title, subject, [.. themes.Select(cx.Label), placeLabel, audience.Label.Get(cx.Language)], doc);
    }

    private static async Task ThemeMessageAsync(GenerationContext cx, BlockList doc, Audience audience, string theme, IReadOnlyList<string> countries, string place, CancellationToken ct)
    {
        doc.H1(cx.Label(theme));
        var args = new[] { ("theme", cx.Phrase(theme)), ("in", cx.In(place)), ("In", GenerationContext.Capitalize(cx.In(place))) };
        var total = await cx.CountAsync(new EvidenceFilter([theme], countries, []), ct);
        if (total == 0)
        {
            doc.Gap(cx.T("messages.theme.none", args));
            doc.P(new FieldToComplete(cx.T("messages.theme.none.field")));
            return;
        }

        var prefer = audience.Evidence.Themes;
        doc.H2(cx.T("messages.key.heading"));
        // A manifestation is something children are protected from; a response area is something to strengthen.
        var manifestation = cx.Taxonomy.FindTheme(theme)?.Group == "manifestation";
        doc.P(new TextRun(cx.T(manifestation ? "messages.key" : "messages.key.response", args), Bold: true));

        doc.H2(cx.T("messages.problem.heading"));
        doc.Text(cx.N("messages.problem.count", total, args));
        var problem = EvidenceFilter.ForRoles([theme], countries, FindingRole.Statistic, FindingRole.Problem) with { PreferThemes = prefer };
        var quotes = await cx.QuotesAsync(problem, 2, ct);
        if (quotes.Count == 0 && countries.Count == 1 && cx.Taxonomy.Regions.FirstOrDefault(r => r.Countries.Contains(countries[0], StringComparer.OrdinalIgnoreCase)) is { } region)
        {
            // Nothing on the country itself: the region's evidence, said to be regional.
            quotes = await cx.QuotesAsync(problem with { Countries = region.Countries, PreferRegional = true }, 2, ct);
            if (quotes.Count > 0)
            {
                doc.Text(cx.T("messages.problem.regional", [.. args, ("region", cx.In(region.Code))]));
            }
        }
        else if (quotes.Count > 0)
        {
            doc.Text(cx.T("messages.problem.intro"));
        }

        foreach (var q in quotes)
        {
            doc.Quote(q);
        }

        if (quotes.Count == 0)
        {
            doc.Gap(cx.T("messages.problem.none", args));
        }

        doc.H2(cx.T("messages.why.heading"));
        doc.Text(audience.WhyItMatters.Get(cx.Language));

        doc.H2(cx.T("messages.solution.heading"));
        // The audience's kind of ask first ("The Code", reporting…), then any recommendation on the theme.
        var recommendation = EvidenceFilter.ForRoles([theme], countries, FindingRole.Recommendation) with { PreferThemes = prefer };
        quotes = audience.Evidence.AskTerms is { } terms
            ? await cx.QuotesAsync(recommendation with { Text = terms }, 1, ct)
            : [];
        if (quotes.Count == 0)
        {
            quotes = await cx.QuotesAsync(recommendation, 1, ct);
        }

        if (quotes.Count > 0)
        {
            doc.Text(cx.T("messages.solution.intro"));
            foreach (var q in quotes)
            {
                doc.Quote(q);
            }
        }
        else
        {
            doc.Gap(cx.T("messages.solution.none", args));
            doc.P(new FieldToComplete(cx.T("messages.solution.field")));
        }

        doc.H2(cx.T("messages.ask.heading"));
        doc.P(new TextRun(audience.AskFor(cx.Phrase(theme), cx.Language), Bold: true));

        doc.H2(cx.T("messages.messenger.heading"));
        doc.Bullets(
        [
            [new TextRun(cx.T("messages.messengers"), Bold: true), new TextRun(string.Join(cx.T("common.listSeparator"), audience.Messengers.Select(m => m.Get(cx.Language))))],
            [new TextRun(cx.T("messages.channels"), Bold: true), new TextRun(string.Join(cx.T("common.listSeparator"), audience.Channels.Select(c => c.Get(cx.Language))))],
            [new TextRun(cx.T("messages.contact"), Bold: true), new FieldToComplete(cx.T("messages.contact.field"))],
        ]);
    }
}
