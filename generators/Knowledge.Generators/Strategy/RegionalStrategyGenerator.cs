using System.Globalization;
using Knowledge.Core.Evidence;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Evidence;
using Knowledge.Generators.Objectives;
using Knowledge.Generators.Requests;
using static Knowledge.Generators.Documents.BlockList;

namespace Knowledge.Generators.Strategy;

/// <summary>A regional advocacy strategy draft for a region and a period, built on the region's evidence.</summary>
internal static class RegionalStrategyGenerator
{
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

        var doc = new BlockList();
        doc.Add(new TableOfContents(cx.T("Sommaire", "Contents")));

        doc.H1(cx.T("Résumé exécutif", "Executive summary"));
        doc.Text(cx.T(
            string.Create(CultureInfo.InvariantCulture, $"Ce projet de stratégie régionale de plaidoyer couvre la région {regionLabel} pour la période {period}. Il s'appuie sur {regionTotal} constat(s) de la base de connaissances portant sur {themes.Count} thème(s) et {countries.Count} pays. {emptyCells} croisement(s) thème × pays sur {matrix.Count} ne disposent d'aucun constat (voir la matrice des données)."),
            string.Create(CultureInfo.InvariantCulture, $"This draft regional advocacy strategy covers {regionLabel} for {period}. It draws on {regionTotal} finding(s) from the evidence base across {themes.Count} theme(s) and {countries.Count} countries. {emptyCells} of {matrix.Count} theme × country cells hold no finding (see the evidence matrix).")));
        doc.Text(cx.T("Objectifs prioritaires proposés :", "Proposed priority objectives:"));
        doc.Bullets(objectives.Select(o => o.Objective.Label.Get(cx.Language)));
        doc.P(new FieldToComplete(cx.T("synthèse politique validée par le secrétariat régional", "policy summary approved by the regional secretariat")));
        if (regionTotal == 0)
        {
            doc.Gap(cx.T(
                $"La base de connaissances ne contient aucun constat pour la région {regionLabel} sur les thèmes demandés : cette stratégie ne repose sur aucune donnée et doit être étayée avant usage.",
                $"The evidence base holds no finding for {regionLabel} on the requested themes: this strategy rests on no evidence and must be substantiated before use."));
        }

        doc.H1(cx.T("Situation régionale", "Regional situation"));
        foreach (var theme in themes)
        {
            var themeLabel = cx.Label(theme);
            doc.H2(themeLabel);
            var covered = countries.Where(c => matrix[(theme, c)] > 0).OrderByDescending(c => matrix[(theme, c)]).ThenBy(c => c, StringComparer.Ordinal).ToList();
            foreach (var country in covered)
            {
                doc.H3(cx.Label(country));
                doc.Text(cx.T(
                    string.Create(CultureInfo.InvariantCulture, $"{matrix[(theme, country)]} constat(s) dans la base."),
                    string.Create(CultureInfo.InvariantCulture, $"{matrix[(theme, country)]} finding(s) in the evidence base.")));
                foreach (var f in await cx.TopAsync(new EvidenceFilter([theme], [country], [FindingKind.Statistic, FindingKind.Context, FindingKind.Gap]), 1, ct))
                {
                    doc.Quote(cx.Quote(f));
                }
            }

            var missing = countries.Where(c => matrix[(theme, c)] == 0).ToList();
            if (missing.Count > 0)
            {
                doc.Gap(cx.T(
                    $"Lacune : aucun constat sur « {themeLabel} » pour {cx.Labels(missing)}.",
                    $"Gap: no finding on \"{themeLabel}\" for {cx.Labels(missing)}."));
            }
        }

        doc.H1(cx.T("Matrice des données : thèmes × pays", "Evidence matrix: themes × countries"));
        doc.Text(cx.T(
            "Nombre de constats de la base par thème et par pays. Une case à 0 signale une lacune de données à combler.",
            "Number of findings in the evidence base per theme and country. A cell at 0 marks an evidence gap to fill."));
        doc.Table(
            cx.T("Tableau 1 — Constats par thème et par pays", "Table 1 — Findings per theme and country"),
            [cx.T("Thème", "Theme"), .. countries],
            themes.Select(t => (IReadOnlyList<IReadOnlyList<Inline>>)[Cell(cx.Label(t)), .. countries.Select(c => Cell(matrix[(t, c)].ToString(CultureInfo.InvariantCulture)))]));
        doc.Text(cx.T("Pays : ", "Countries: ") + string.Join(" ; ", countries.Select(c => $"{c} = {cx.Label(c)}")));

        await LegalFrameworkAsync(cx, doc, themes, countries, ct);

        doc.H1(cx.T("Objectifs", "Objectives"));
        doc.Text(StrategicObjective.Rule(cx));
        var n = 1;
        foreach (var (objective, score) in objectives)
        {
            doc.H2(string.Create(CultureInfo.InvariantCulture, $"{cx.T("Objectif", "Objective")} {n++} — {objective.Label.Get(cx.Language)}"));
            doc.Text(objective.Statement.Get(cx.Language));
            doc.Text(cx.T(
                string.Create(CultureInfo.InvariantCulture, $"Score de priorité : {score} constat(s) (lacunes et recommandations)."),
                string.Create(CultureInfo.InvariantCulture, $"Priority score: {score} finding(s) (gaps and recommendations).")));
            await cx.QuoteOrGapAsync(doc, new EvidenceFilter(themes, countries, [FindingKind.Gap, FindingKind.Recommendation], objective.Terms), 1,
                cx.T("Aucun constat de la base ne porte sur cet objectif dans la région : il est retenu pour compléter le minimum de trois objectifs.", "No finding in the evidence base bears on this objective in the region: it is kept to make up the minimum of three objectives."), ct);
        }

        doc.H1(cx.T("Cibles et analyse du pouvoir", "Targets and power analysis"));
        doc.Table(
            cx.T("Tableau 2 — Cibles", "Table 2 — Targets"),
            [cx.T("Cible", "Target"), cx.T("Public", "Audience"), cx.T("Pouvoir sur la décision", "Power over the decision"), cx.T("Position actuelle", "Current position"), cx.T("Approche", "Approach")],
            cx.Audiences.All.SelectMany(a => a.Targets.Select(t => (IReadOnlyList<IReadOnlyList<Inline>>)
            [
                Cell(t.Get(cx.Language)), Cell(a.Label.Get(cx.Language)),
                Cell(new FieldToComplete(cx.T("élevé / moyen / faible", "high / medium / low"))),
                Cell(new FieldToComplete(cx.T("pour / neutre / contre", "for / neutral / against"))),
                Cell(a.Channels.Count > 0 ? a.Channels[0].Get(cx.Language) : ""),
            ])));

        doc.H1(cx.T("Alliés", "Allies"));
        doc.Bullets(
        [
            [new TextRun(cx.T("Organisations membres nationales du réseau dans chaque pays de la région", "National member organisations of the network in each country of the region"))],
            [new TextRun(cx.T("Agences des Nations unies et partenaires de la protection de l'enfance", "UN agencies and child protection partners"))],
            [new TextRun(cx.T("Institutions nationales des droits de l'homme", "National human rights institutions"))],
            [new FieldToComplete(cx.T("autres alliés identifiés", "other allies identified"))],
        ]);

        await CoreMessagesAsync(cx, doc, themes, countries, ct);

        doc.H1(cx.T("Opportunités et plateformes", "Opportunities and platforms"));
        doc.Table(
            cx.T("Tableau 3 — Calendrier des opportunités", "Table 3 — Calendar of opportunities"),
            [cx.T("Plateforme ou date", "Platform or date"), cx.T("Quand", "When"), cx.T("Usage pour le plaidoyer", "Use for advocacy")],
            Opportunities(cx, request));

        doc.H1(cx.T("Lien avec les plans nationaux", "How national plans connect"));
        doc.Text(cx.T(
            "Chaque organisation membre décline la stratégie régionale dans un plan national (voir le modèle de plan national). Les objectifs régionaux servent de cadre commun ; les cibles et activités sont nationales.",
            "Each member organisation translates the regional strategy into a national plan (see the national plan template). Regional objectives are the common frame; targets and activities are national."));
        var countryRows = new List<IReadOnlyList<IReadOnlyList<Inline>>>();
        foreach (var country in countries)
        {
            var count = await cx.CountAsync(new EvidenceFilter(themes, [country], []), ct);
            var best = themes.Where(t => matrix[(t, country)] > 0).OrderByDescending(t => matrix[(t, country)]).ThenBy(t => t, StringComparer.Ordinal).Take(2).ToList();
            countryRows.Add(
            [
                Cell(cx.Label(country)),
                Cell(count.ToString(CultureInfo.InvariantCulture)),
                Cell(best.Count > 0 ? cx.Labels(best) : cx.T("aucun", "none")),
                Cell(new FieldToComplete(cx.T("plan national : existant / en cours / à élaborer", "national plan: in place / in progress / to draft"))),
            ]);
        }

        doc.Table(
            cx.T("Tableau 4 — Pays de la région", "Table 4 — Countries of the region"),
            [cx.T("Pays", "Country"), cx.T("Constats", "Findings"), cx.T("Thèmes les mieux documentés", "Best-covered themes"), cx.T("Plan national", "National plan")],
            countryRows);

        doc.H1(cx.T("Risques", "Risks"));
        doc.Table(
            cx.T("Tableau 5 — Risques et atténuation", "Table 5 — Risks and mitigation"),
            [cx.T("Risque", "Risk"), cx.T("Probabilité", "Likelihood"), cx.T("Impact", "Impact"), cx.T("Atténuation", "Mitigation")],
            Risks(cx));

        doc.H1(cx.T("Suivi et évaluation", "Monitoring and evaluation"));
        doc.Table(
            cx.T("Tableau 6 — Cadre de suivi et d'évaluation", "Table 6 — Monitoring and evaluation framework"),
            [cx.T("Objectif", "Objective"), cx.T("Indicateur", "Indicator"), cx.T("Référence", "Baseline"), string.Create(CultureInfo.InvariantCulture, $"{cx.T("Cible", "Target")} {request.PeriodEnd}"), cx.T("Source", "Source"), cx.T("Fréquence", "Frequency")],
            objectives.Select(o => (IReadOnlyList<IReadOnlyList<Inline>>)
            [
                Cell(o.Objective.Label.Get(cx.Language)), Cell(o.Objective.Indicator.Get(cx.Language)),
                Cell(new FieldToComplete(cx.T("valeur de référence", "baseline value"))), Cell(new FieldToComplete(cx.T("valeur cible", "target value"))),
                Cell(cx.T("Rapports des organisations membres ; rapports des États aux organes des traités", "Member organisation reports; State reports to treaty bodies")),
                Cell(cx.T("Annuelle", "Annual")),
            ]));

        var title = cx.T($"Stratégie régionale de plaidoyer : {regionLabel}, {period}", $"Regional advocacy strategy: {regionLabel}, {period}");
        var subject = cx.T("Projet de stratégie fondé sur la base de connaissances", "Draft strategy built on the evidence base");
        return new DocumentDraft(GeneratedKind.RegionalStrategy, title, subject, [regionLabel, period, .. themes.Select(cx.Label)], doc);
    }

    private static async Task LegalFrameworkAsync(GenerationContext cx, BlockList doc, IReadOnlyList<string> themes, IReadOnlyList<string> countries, CancellationToken ct)
    {
        doc.H1(cx.T("Cadre juridique et politique et ses lacunes", "Legal and policy framework and its gaps"));
        doc.H2(cx.T("Dispositions juridiques et politiques", "Legal and policy provisions"));
        var withoutLaw = new List<string>();
        foreach (var country in countries)
        {
            var legal = await cx.TopAsync(new EvidenceFilter(themes, [country], [FindingKind.Legal]), 1, ct);
            if (legal.Count == 0)
            {
                // A regional text already quoted for a neighbour still documents this country.
                if (await cx.CountAsync(new EvidenceFilter(themes, [country], [FindingKind.Legal]), ct) == 0)
                {
                    withoutLaw.Add(country);
                }

                continue;
            }

            doc.P(new TextRun(cx.Label(country) + " — ", Bold: true), cx.Quote(legal[0]));
        }

        if (withoutLaw.Count > 0)
        {
            doc.Gap(cx.T(
                $"Lacune : aucune disposition juridique ou politique n'est documentée dans la base pour {cx.Labels(withoutLaw)}.",
                $"Gap: no legal or policy provision is documented in the evidence base for {cx.Labels(withoutLaw)}."));
        }

        doc.H2(cx.T("Lacunes signalées", "Reported gaps"));
        await cx.QuoteOrGapAsync(doc, new EvidenceFilter(themes, countries, [FindingKind.Gap]), 5,
            cx.T("Aucun constat de type « lacune » pour la région dans la base.", "No gap finding for the region in the evidence base."), ct);
    }

    private static async Task CoreMessagesAsync(GenerationContext cx, BlockList doc, IReadOnlyList<string> themes, IReadOnlyList<string> countries, CancellationToken ct)
    {
        doc.H1(cx.T("Messages clés par public", "Core messages per audience"));
        var best = await cx.BestCoveredThemesAsync(countries, themes, ct);
        var lead = best.Count > 0 ? best[0].Theme : (themes.Count > 0 ? themes[0] : null);
        var leadLabel = lead is null ? "" : cx.Label(lead);
        foreach (var audience in cx.Audiences.All)
        {
            doc.H2(audience.Label.Get(cx.Language));
            doc.P(new TextRun(cx.T("Pourquoi : ", "Why: "), Bold: true), new TextRun(audience.WhyItMatters.Get(cx.Language)));
            var evidence = await cx.TopAsync(new EvidenceFilter(themes, countries, [FindingKind.Statistic, FindingKind.Gap]), 1, ct);
            if (evidence.Count > 0)
            {
                doc.Quote(cx.Quote(evidence[0]));
            }

            doc.P(new TextRun(cx.T("Demande : ", "Ask: "), Bold: true), new TextRun(audience.AskFor(leadLabel, cx.Language)));
            doc.P(
                new TextRun(cx.T("Messagers : ", "Messengers: "), Bold: true),
                new TextRun(string.Join(" ; ", audience.Messengers.Select(m => m.Get(cx.Language)))),
                new TextRun(cx.T(" — Canaux : ", " — Channels: "), Bold: true),
                new TextRun(string.Join(" ; ", audience.Channels.Select(c => c.Get(cx.Language)))));
        }
    }

    private static IEnumerable<IReadOnlyList<IReadOnlyList<Inline>>> Opportunities(GenerationContext cx, RegionalStrategyRequest request)
    {
        var dates = new FieldToComplete(cx.T("dates dans la période", "dates in the period"));
        (string Fr, string En, Inline When, string UseFr, string UseEn)[] rows =
        [
            ("Sommets de l'Union africaine et de la CEDEAO", "African Union and ECOWAS summits", dates, "Événement parallèle, déclaration commune de la société civile", "Side event, joint civil society statement"),
            ("Examen par le Comité des droits de l'enfant des Nations unies (CDE)", "Review by the UN Committee on the Rights of the Child (CRC)", new FieldToComplete(cx.T("pays examinés et dates", "countries reviewed and dates")), "Rapport alternatif, séance de pré-session", "Alternative report, pre-session briefing"),
            ("Examen par le CAEDBE (Charte africaine des droits et du bien-être de l'enfant)", "Review by the ACERWC (African Charter on the Rights and Welfare of the Child)", new FieldToComplete(cx.T("session et pays examinés", "session and countries reviewed")), "Rapport complémentaire, déclaration orale", "Complementary report, oral statement"),
            ("Examen périodique universel (EPU)", "Universal Periodic Review (UPR)", new FieldToComplete(cx.T("cycle et pays examinés", "cycle and countries reviewed")), "Contribution des parties prenantes, recommandations aux États", "Stakeholder submission, recommendations to States"),
            ("Journée mondiale contre le travail des enfants", "World Day Against Child Labour", new TextRun(cx.T("12 juin", "12 June")), "Mobilisation médiatique", "Media mobilisation"),
            ("Journée de l'enfant africain", "Day of the African Child", new TextRun(cx.T("16 juin", "16 June")), "Dialogue avec les décideurs", "Dialogue with decision-makers"),
            ("Journée internationale de la fille", "International Day of the Girl Child", new TextRun(cx.T("11 octobre", "11 October")), "Messages sur le mariage d'enfants et l'exploitation des filles", "Messages on child marriage and the exploitation of girls"),
            ("Journée mondiale pour la prévention des abus, de l'exploitation et de la violence sexuels à l'égard des enfants et leur guérison", "World Day for the Prevention of and Healing from Child Sexual Exploitation, Abuse and Violence", new TextRun(cx.T("18 novembre", "18 November")), "Campagne régionale coordonnée", "Coordinated regional campaign"),
            ("Journée mondiale de l'enfance (anniversaire de la CDE)", "World Children's Day (CRC anniversary)", new TextRun(cx.T("20 novembre", "20 November")), "Bilan annuel public du plaidoyer", "Public annual advocacy review"),
        ];
        return rows.Select(r => (IReadOnlyList<IReadOnlyList<Inline>>)[Cell(cx.T(r.Fr, r.En)), Cell(r.When), Cell(cx.T(r.UseFr, r.UseEn))]);
    }

    internal static IEnumerable<IReadOnlyList<IReadOnlyList<Inline>>> Risks(GenerationContext cx)
    {
        var likelihood = new FieldToComplete(cx.T("forte / moyenne / faible", "high / medium / low"));
        var impact = new FieldToComplete(cx.T("fort / moyen / faible", "high / medium / low"));
        (string Fr, string En, string MFr, string MEn)[] rows =
        [
            ("Sécurité des défenseurs des droits de l'enfant : menaces, intimidation, surveillance numérique", "Security of child rights advocates: threats, intimidation, digital surveillance",
             "Évaluation menaces / vulnérabilités / capacités avant chaque action publique ; protocole de sécurité ; communications chiffrées ; prise de parole collective par le réseau plutôt qu'individuelle", "Threat / vulnerability / capacity assessment before each public action; security protocol; encrypted communications; collective rather than individual public voice"),
            ("Instabilité politique, changement de gouvernement ou suspension des institutions", "Political instability, change of government or suspension of institutions",
             "Relations avec l'administration technique ; plaidoyer par les institutions régionales", "Relationships with the civil service; advocacy through regional institutions"),
            ("Restriction de l'espace civique", "Shrinking civic space", "Alliances larges ; appui des mécanismes régionaux et onusiens", "Broad alliances; support of regional and UN mechanisms"),
            ("Réaction hostile de communautés ou de leaders", "Hostile reaction from communities or leaders", "Messagers issus des communautés ; dialogue préalable", "Messengers from the communities; prior dialogue"),
            ("Exposition d'enfants victimes dans la communication", "Exposure of child victims in communications", "Charte éthique : anonymat, consentement éclairé, aucune image identifiable", "Ethical charter: anonymity, informed consent, no identifiable images"),
            ("Financement insuffisant", "Insufficient funding", "Diversification des bailleurs ; budget minimal protégé", "Donor diversification; protected minimum budget"),
        ];
        return rows.Select(r => (IReadOnlyList<IReadOnlyList<Inline>>)[Cell(cx.T(r.Fr, r.En)), Cell(likelihood), Cell(impact), Cell(cx.T(r.MFr, r.MEn))]);
    }
}
