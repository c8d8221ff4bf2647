using System.Globalization;
using Knowledge.Core.Evidence;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Evidence;
using Knowledge.Generators.Requests;

namespace Knowledge.Generators.PositionNote;

/// <summary>
/// A position note (policy brief, 2–4 pages) on one theme in one country. Quote counts are capped
/// so the note stays within four pages.
/// </summary>
internal static class PositionNoteGenerator
{
    public static async Task<DocumentDraft> GenerateAsync(GenerationContext cx, PositionNoteRequest request, CancellationToken ct)
    {
        var country = request.Country.ToUpperInvariant();
        var theme = request.Themes[0];
        var countryLabel = cx.Label(country);
        var themeLabel = cx.Label(theme);
        var all = new EvidenceFilter([theme], [country], []);
        var total = await cx.CountAsync(all, ct);

        var doc = new BlockList();
        doc.H1(cx.T("Message clé", "Key message"));
        doc.P(new TextRun(cx.T(
            $"{countryLabel} : la protection des enfants contre ce phénomène ({themeLabel}) exige une action publique résolue. Cette note rassemble les données disponibles et propose des mesures.",
            $"{countryLabel}: protecting children from this issue ({themeLabel}) requires decisive public action. This note brings together the available evidence and proposes measures."), Bold: true));
        doc.P(new FieldToComplete(cx.T("message clé en une phrase, validé par l'organisation", "one-sentence key message approved by the organisation")));
        if (total == 0)
        {
            doc.Gap(cx.T(
                $"La base de connaissances ne contient aucun constat sur « {themeLabel} » pour {countryLabel}. Cette note ne peut pas être étayée en l'état : collecter des données est la première recommandation.",
                $"The evidence base holds no finding on \"{themeLabel}\" for {countryLabel}. This note cannot be substantiated as it stands: collecting data is the first recommendation."));
        }

        doc.H1(cx.T("Le problème", "The problem"));
        doc.Text(cx.T(
            string.Create(CultureInfo.InvariantCulture, $"La base de connaissances compte {total} constat(s) sur ce thème pour {countryLabel}."),
            string.Create(CultureInfo.InvariantCulture, $"The evidence base holds {total} finding(s) on this theme for {countryLabel}.")));
        foreach (var f in await cx.TopAsync(all with { Kinds = [FindingKind.Statistic, FindingKind.Context] }, 3, ct))
        {
            doc.Quote(cx.Quote(f));
        }

        await SectionAsync(cx, doc, cx.T("Cadre juridique", "Legal framework"), all with { Kinds = [FindingKind.Legal] }, 2,
            cx.T($"Aucune disposition juridique sur ce thème n'est documentée pour {countryLabel} dans la base.", $"No legal provision on this theme is documented for {countryLabel} in the evidence base."), ct);
        await SectionAsync(cx, doc, cx.T("Lacunes de la réponse", "Gaps in the response"), all with { Kinds = [FindingKind.Gap] }, 2,
            cx.T($"Aucune lacune sur ce thème n'est documentée pour {countryLabel} dans la base.", $"No gap on this theme is documented for {countryLabel} in the evidence base."), ct);

        doc.H1(cx.T("Recommandations", "Recommendations"));
        var recommendations = await cx.TopAsync(all with { Kinds = [FindingKind.Recommendation] }, 2, ct);
        if (recommendations.Count > 0)
        {
            doc.Text(cx.T("Les sources recommandent :", "The sources recommend:"));
            foreach (var f in recommendations)
            {
                doc.Quote(cx.Quote(f));
            }
        }

        doc.Text(cx.T("Nous demandons :", "We call on:"));
        var asks = new List<IReadOnlyList<Inline>>();
        foreach (var code in new[] { "policy-makers", "donors" })
        {
            if (cx.Audiences.Find(code) is { } audience)
            {
                asks.Add([new TextRun(audience.Label.Get(cx.Language) + " : ", Bold: true), new TextRun(audience.AskFor(themeLabel, cx.Language))]);
            }
        }

        asks.Add([new FieldToComplete(cx.T("autre recommandation nationale", "other national recommendation"))]);
        doc.Bullets(asks);

        doc.H1(cx.T("Contact", "Contact"));
        doc.P(new FieldToComplete(cx.T("organisation, personne de contact, courriel", "organisation, contact person, email")));

        var title = cx.T($"Note de position : {themeLabel} — {countryLabel}", $"Position note: {themeLabel} — {countryLabel}");
        var subject = cx.T("Note de position fondée sur la base de connaissances", "Position note built on the evidence base");
        return new DocumentDraft(GeneratedKind.PositionNote, title, subject, [themeLabel, countryLabel], doc);
    }

    private static async Task SectionAsync(GenerationContext cx, BlockList doc, string heading, EvidenceFilter filter, int take, string gap, CancellationToken ct)
    {
        doc.H1(heading);
        await cx.QuoteOrGapAsync(doc, filter, take, gap, ct);
    }
}
