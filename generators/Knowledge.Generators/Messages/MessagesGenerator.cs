using System.Globalization;
using Knowledge.Core.Evidence;
using Knowledge.Generators.Audiences;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Evidence;
using Knowledge.Generators.Requests;

namespace Knowledge.Generators.Messages;

/// <summary>
/// Advocacy messages for one audience: per theme a key statement, the problem in context, two or
/// three cited quotes, why it matters to the audience, the solution, one ask, messenger and channel.
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
        var themes = request.Themes.Count > 0
            ? request.Themes
            : [.. (await cx.BestCoveredThemesAsync(countries, null, ct)).Take(MaxDefaultThemes).Select(t => t.Theme)];

        var doc = new BlockList();
        doc.Add(new TableOfContents(cx.T("Sommaire", "Contents")));
        doc.H1(cx.T("Introduction", "Introduction"));
        doc.Text(cx.T(
            $"Ces messages de plaidoyer s'adressent au public suivant : {audience.Label.Fr}. Ils portent sur {placeLabel}. Les citations sont extraites mot pour mot de la base de connaissances ; le texte qui les entoure est un modèle à adapter au contexte.",
            $"These advocacy messages are addressed to: {audience.Label.En}. They cover {placeLabel}. Quotations are taken word for word from the evidence base; the text around them is a template to adapt to the context."));
        if (themes.Count == 0)
        {
            doc.Gap(cx.T(
                $"La base de connaissances ne contient aucun constat pour {placeLabel} : aucun message étayé ne peut être proposé. Ajoutez des études ou des rapports portant sur ce périmètre.",
                $"The evidence base holds no finding for {placeLabel}: no evidence-based message can be offered. Add studies or reports covering this scope."));
        }

        foreach (var theme in themes)
        {
            await ThemeMessageAsync(cx, doc, audience, theme, countries, placeLabel, ct);
        }

        var title = cx.T($"Messages de plaidoyer : {placeLabel}", $"Advocacy messages: {placeLabel}");
        var subject = cx.T($"{audience.Label.Fr} — {cx.Labels(themes)}", $"{audience.Label.En} — {cx.Labels(themes)}");
        return new DocumentDraft(GeneratedKind.Messages, title, subject, [.. themes.Select(cx.Label), placeLabel, audience.Label.Get(cx.Language)], doc);
    }

    private static async Task ThemeMessageAsync(GenerationContext cx, BlockList doc, Audience audience, string theme, IReadOnlyList<string> countries, string placeLabel, CancellationToken ct)
    {
        var themeLabel = cx.Label(theme);
        doc.H1(themeLabel);
        var all = new EvidenceFilter([theme], countries, []);
        var total = await cx.CountAsync(all, ct);
        if (total == 0)
        {
            doc.Gap(cx.T(
                $"Lacune : la base de connaissances ne contient aucun constat sur « {themeLabel} » pour {placeLabel}. Aucun message étayé ne peut être formulé sur ce thème tant que des données ne sont pas collectées.",
                $"Gap: the evidence base holds no finding on \"{themeLabel}\" for {placeLabel}. No evidence-based message can be made on this theme until data are collected."));
            doc.P(new FieldToComplete(cx.T("sources nationales disponibles sur ce thème", "national sources available on this theme")));
            return;
        }

        var statistics = await cx.CountAsync(all with { Kinds = [FindingKind.Statistic] }, ct);
        var gaps = await cx.CountAsync(all with { Kinds = [FindingKind.Gap] }, ct);

        doc.H2(cx.T("Message clé", "Key statement"));
        doc.P(new TextRun(cx.T(
            $"{placeLabel} : les enfants ont droit à une protection effective contre ce phénomène ({themeLabel}). Les données disponibles montrent que la réponse actuelle ne suffit pas.",
            $"{placeLabel}: children have a right to effective protection from this issue ({themeLabel}). The available evidence shows that the current response falls short."), Bold: true));

        doc.H2(cx.T("Le problème dans ce contexte", "The problem in this context"));
        doc.Text(cx.T(
            string.Create(CultureInfo.InvariantCulture, $"La base de connaissances contient {total} constat(s) sur ce thème pour {placeLabel}, dont {statistics} donnée(s) chiffrée(s) et {gaps} lacune(s) signalée(s). Extraits :"),
            string.Create(CultureInfo.InvariantCulture, $"The evidence base holds {total} finding(s) on this theme for {placeLabel}, including {statistics} statistic(s) and {gaps} reported gap(s). Excerpts:")));
        foreach (var f in await cx.TopAsync(all with { Kinds = [FindingKind.Statistic, FindingKind.Gap, FindingKind.Context] }, 3, ct))
        {
            doc.Quote(cx.Quote(f));
        }

        doc.H2(cx.T("Pourquoi c'est important pour ce public", "Why it matters to this audience"));
        doc.Text(audience.WhyItMatters.Get(cx.Language));

        doc.H2(cx.T("La solution", "The solution"));
        doc.Text(cx.T("Ce que recommandent les sources :", "What the sources recommend:"));
        if (await cx.QuoteOrGapAsync(doc, all with { Kinds = [FindingKind.Recommendation] }, 1,
            cx.T(
                $"Aucune recommandation sur « {themeLabel} » pour {placeLabel} ne figure dans la base de connaissances.",
                $"The evidence base holds no recommendation on \"{themeLabel}\" for {placeLabel}."),
            ct) == 0)
        {
            doc.P(new FieldToComplete(cx.T("solution proposée par l'organisation", "solution put forward by the organisation")));
        }

        doc.H2(cx.T("Ce que nous demandons", "Our ask"));
        doc.P(new TextRun(audience.AskFor(themeLabel, cx.Language), Bold: true));

        doc.H2(cx.T("Messager et canal", "Messenger and channel"));
        doc.Bullets(
        [
            [new TextRun(cx.T("Messagers : ", "Messengers: "), Bold: true), new TextRun(string.Join(" ; ", audience.Messengers.Select(m => m.Get(cx.Language))))],
            [new TextRun(cx.T("Canaux : ", "Channels: "), Bold: true), new TextRun(string.Join(" ; ", audience.Channels.Select(c => c.Get(cx.Language))))],
            [new TextRun(cx.T("Personne à contacter : ", "Contact person: "), Bold: true), new FieldToComplete(cx.T("nom, fonction", "name, role"))],
        ]);
    }
}
