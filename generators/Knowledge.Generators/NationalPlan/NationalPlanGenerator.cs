using System.Globalization;
using Knowledge.Core.Evidence;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Evidence;
using Knowledge.Generators.Objectives;
using Knowledge.Generators.Requests;
using Knowledge.Generators.Strategy;
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
        var period = RequestText.Period(request.PeriodStart, request.PeriodEnd);
        var covered = await cx.BestCoveredThemesAsync(countries, request.Themes.Count > 0 ? request.Themes : null, ct);
        IReadOnlyList<string> themes = request.Themes.Count > 0 ? request.Themes : [.. covered.Take(MaxContextThemes).Select(c => c.Theme)];
        var total = themes.Count == 0 ? 0 : await cx.CountAsync(new EvidenceFilter(themes, countries, []), ct);

        // Objectives and their baselines come first so that statistics are kept for the baseline
        // cells rather than spent on the context section.
        var objectives = await StrategicObjective.PrioritiseAsync(cx, themes, countries, ct);
        var objectiveRows = new List<IReadOnlyList<IReadOnlyList<Inline>>>();
        var baselines = new Dictionary<string, Finding>(StringComparer.Ordinal);
        foreach (var (objective, _) in objectives)
        {
            var statistic = themes.Count == 0 ? [] : await cx.TopAsync(new EvidenceFilter(themes, countries, [FindingKind.Statistic], objective.Terms), 1, ct);
            IReadOnlyList<Inline> baseline = statistic.Count > 0
                ? [cx.Quote(statistic[0])]
                : [new FieldToComplete(cx.T("valeur de référence et source", "baseline value and source"))];
            if (statistic.Count > 0)
            {
                baselines[objective.Code] = statistic[0];
            }

            objectiveRows.Add(
            [
                Cell(new TextRun(objective.Statement.Get(cx.Language))),
                Cell(new FieldToComplete("S M A R T")),
                baseline,
                Cell(new FieldToComplete(cx.T("valeur cible", "target value"))),
                Cell(new FieldToComplete(cx.T($"échéance (au plus tard {request.PeriodEnd})", $"deadline (by {request.PeriodEnd} at the latest)"))),
            ]);
        }

        var doc = new BlockList();
        doc.Add(new TableOfContents(cx.T("Sommaire", "Contents")));
        doc.H1(cx.T("Contexte", "Context"));
        doc.Text(cx.T(
            string.Create(CultureInfo.InvariantCulture, $"Cette section est pré-remplie à partir de la base de connaissances : {total} constat(s) sur {countryLabel} pour les thèmes retenus. Les citations sont reproduites mot pour mot ; complétez-les avec les données nationales les plus récentes."),
            string.Create(CultureInfo.InvariantCulture, $"This section is pre-filled from the evidence base: {total} finding(s) on {countryLabel} for the selected themes. Quotations are reproduced word for word; complete them with the latest national data.")));
        if (total == 0)
        {
            doc.Gap(cx.T(
                $"La base de connaissances ne contient aucun constat sur {countryLabel} pour les thèmes demandés. Le contexte est entièrement à rédiger par l'organisation membre.",
                $"The evidence base holds no finding on {countryLabel} for the requested themes. The context is entirely for the member organisation to write."));
            doc.P(new FieldToComplete(cx.T("contexte national", "national context")));
        }

        foreach (var theme in themes)
        {
            var themeLabel = cx.Label(theme);
            doc.H2(themeLabel);
            await cx.QuoteOrGapAsync(doc, new EvidenceFilter([theme], countries, [FindingKind.Statistic, FindingKind.Context, FindingKind.Legal]), 2,
                cx.T($"Lacune : aucun constat sur « {themeLabel} » pour {countryLabel} dans la base.", $"Gap: no finding on \"{themeLabel}\" for {countryLabel} in the evidence base."), ct);
        }

        doc.H1(cx.T("Problème et causes profondes", "Problem and root causes"));
        doc.Text(cx.T("Lacunes relevées par les sources :", "Gaps reported by the sources:"));
        await cx.QuoteOrGapAsync(doc, new EvidenceFilter(themes, countries, [FindingKind.Gap]), 3,
            cx.T($"Aucune lacune n'est documentée pour {countryLabel} dans la base.", $"No gap is documented for {countryLabel} in the evidence base."), ct);

        doc.Table(
            cx.T("Tableau 1 — Arbre à problèmes", "Table 1 — Problem tree"),
            [cx.T("Problème", "Problem"), cx.T("Causes immédiates", "Immediate causes"), cx.T("Causes profondes", "Root causes"), cx.T("Conséquences", "Consequences")],
            [[Cell(new FieldToComplete(cx.T("problème central", "core problem"))), Cell(new FieldToComplete(cx.T("causes immédiates", "immediate causes"))), Cell(new FieldToComplete(cx.T("causes profondes (normes, lois, moyens)", "root causes (norms, laws, resources)"))), Cell(new FieldToComplete(cx.T("conséquences pour les enfants", "consequences for children")))]]);

        doc.H1(cx.T("But", "Goal"));
        doc.P(
            new TextRun(cx.T($"D'ici {request.PeriodEnd}, ", $"By {request.PeriodEnd}, ")),
            new FieldToComplete(cx.T("changement durable visé pour les enfants du pays", "lasting change sought for the country's children")));

        doc.H1(cx.T("Objectifs", "Objectives"));
        doc.Text(StrategicObjective.Rule(cx));
        doc.Text(cx.T(
            "Vérification SMART : chaque objectif doit être Spécifique, Mesurable, Atteignable, Réaliste et Temporellement défini. Une valeur de référence tirée de la base est citée quand elle existe.",
            "SMART check: each objective must be Specific, Measurable, Achievable, Relevant and Time-bound. A baseline from the evidence base is quoted where one exists."));
        doc.Table(
            cx.T("Tableau 2 — Objectifs", "Table 2 — Objectives"),
            [cx.T("Objectif", "Objective"), cx.T("Vérification SMART", "SMART check"), cx.T("Référence", "Baseline"), cx.T("Cible", "Target"), cx.T("Échéance", "Deadline")],
            objectiveRows);

        doc.H1(cx.T("Carte du pouvoir", "Power map"));
        doc.Table(
            cx.T("Tableau 3 — Carte du pouvoir", "Table 3 — Power map"),
            [cx.T("Acteur", "Actor"), cx.T("Position", "Position"), cx.T("Influence", "Influence"), cx.T("Soutien", "Support"), cx.T("Stratégie", "Strategy")],
            cx.Audiences.All.SelectMany(a => a.Targets).Select(t => (IReadOnlyList<IReadOnlyList<Inline>>)
            [
                Cell(t.Get(cx.Language)),
                Cell(new FieldToComplete(cx.T("pour / neutre / contre", "for / neutral / against"))),
                Cell(new FieldToComplete(cx.T("forte / moyenne / faible", "high / medium / low"))),
                Cell(new FieldToComplete(cx.T("actif / passif / opposé", "active / passive / opposed"))),
                Cell(new FieldToComplete(cx.T("convaincre / mobiliser / neutraliser", "persuade / mobilise / neutralise"))),
            ]));

        doc.H1(cx.T("Messages et messagers par cible", "Messages and messengers per target"));
        var lead = themes.Count > 0 ? cx.Label(themes[0]) : cx.T("la protection de l'enfant", "child protection");
        doc.Table(
            cx.T("Tableau 4 — Messages et messagers", "Table 4 — Messages and messengers"),
            [cx.T("Public", "Audience"), cx.T("Message et demande", "Message and ask"), cx.T("Messager", "Messenger"), cx.T("Canal", "Channel")],
            cx.Audiences.All.Select(a => (IReadOnlyList<IReadOnlyList<Inline>>)
            [
                Cell(a.Label.Get(cx.Language)),
                Cell(new TextRun(a.AskFor(lead, cx.Language) + " "), new FieldToComplete(cx.T("adapter au contexte", "adapt to the context"))),
                Cell(string.Join(" ; ", a.Messengers.Select(m => m.Get(cx.Language)))),
                Cell(string.Join(" ; ", a.Channels.Select(c => c.Get(cx.Language)))),
            ]));

        doc.H1(cx.T("Calendrier des activités", "Activities timeline"));
        var quarterHeader = new List<string> { cx.T("Activité", "Activity") };
        for (var year = request.PeriodStart; year <= request.PeriodEnd; year++)
        {
            quarterHeader.Add(string.Create(CultureInfo.InvariantCulture, $"{year}"));
        }

        quarterHeader.Add(cx.T("Responsable", "Responsible"));
        var quarters = new FieldToComplete(cx.T("T1–T4", "Q1–Q4"));
        doc.Text(cx.T("Indiquez pour chaque année les trimestres (T1 à T4) où l'activité a lieu.", "For each year, mark the quarters (Q1 to Q4) in which the activity takes place."));
        doc.Table(
            cx.T("Tableau 5 — Activités par trimestre", "Table 5 — Activities by quarter"),
            quarterHeader,
            objectives.Select(o => (IReadOnlyList<IReadOnlyList<Inline>>)
            [
                Cell(new TextRun(o.Objective.Label.Get(cx.Language) + " : "), new FieldToComplete(cx.T("activité", "activity"))),
                .. Enumerable.Range(0, request.PeriodEnd - request.PeriodStart + 1).Select(_ => Cell(quarters)),
                Cell(new FieldToComplete(cx.T("responsable", "responsible"))),
            ]));

        doc.H1(cx.T("Budget", "Budget"));
        doc.Table(
            cx.T("Tableau 6 — Budget", "Table 6 — Budget"),
            [cx.T("Ligne", "Line"), cx.T("Unité", "Unit"), cx.T("Quantité", "Quantity"), cx.T("Coût unitaire", "Unit cost"), cx.T("Total", "Total"), cx.T("Source de financement", "Funding source")],
            objectives.Select(o => (IReadOnlyList<IReadOnlyList<Inline>>)
            [
                Cell(o.Objective.Label.Get(cx.Language)),
                Cell(new FieldToComplete(cx.T("unité", "unit"))), Cell(new FieldToComplete(cx.T("qté", "qty"))),
                Cell(new FieldToComplete(cx.T("coût", "cost"))), Cell(new FieldToComplete(cx.T("total", "total"))),
                Cell(new FieldToComplete(cx.T("bailleur", "donor"))),
            ]));

        doc.H1(cx.T("Risques", "Risks"));
        doc.Table(
            cx.T("Tableau 7 — Risques et atténuation", "Table 7 — Risks and mitigation"),
            [cx.T("Risque", "Risk"), cx.T("Probabilité", "Likelihood"), cx.T("Impact", "Impact"), cx.T("Atténuation", "Mitigation")],
            RegionalStrategyGenerator.Risks(cx));
        doc.H2(cx.T("Sécurité des défenseurs", "Security of advocates"));
        doc.Text(cx.T(
            "Évaluez le risque pour l'équipe comme menaces × vulnérabilités ÷ capacités, avant le lancement du plan puis avant chaque action publique.",
            "Assess the risk to the team as threats × vulnerabilities ÷ capacities, before the plan starts and before each public action."));
        doc.Table(
            cx.T("Tableau 8 — Évaluation de sécurité", "Table 8 — Security assessment"),
            [cx.T("Menaces", "Threats"), cx.T("Vulnérabilités", "Vulnerabilities"), cx.T("Capacités", "Capacities"), cx.T("Mesures", "Measures")],
            [[
                Cell(new FieldToComplete(cx.T("qui pourrait nuire, comment", "who might cause harm, how"))),
                Cell(new FieldToComplete(cx.T("points faibles de l'équipe", "team's weak points"))),
                Cell(new FieldToComplete(cx.T("ressources, alliés, protocoles", "resources, allies, protocols"))),
                Cell(new FieldToComplete(cx.T("mesures de sécurité", "security measures"))),
            ]]);

        doc.H1(cx.T("Cadre logique de suivi et d'évaluation", "M&E logframe"));
        doc.Table(
            cx.T("Tableau 9 — Cadre logique", "Table 9 — Logframe"),
            [cx.T("Indicateur", "Indicator"), cx.T("Référence", "Baseline"), cx.T("Cible", "Target"), cx.T("Moyens de vérification", "Means of verification"), cx.T("Fréquence", "Frequency"), cx.T("Responsable", "Responsible")],
            objectives.Select(o => (IReadOnlyList<IReadOnlyList<Inline>>)
            [
                Cell(o.Objective.Indicator.Get(cx.Language)),
                baselines.TryGetValue(o.Objective.Code, out var b)
                    ? Cell(new TextRun(cx.T("Voir la référence citée au tableau 2 (", "See the baseline quoted in table 2 (")), new TextRun(b.Citation.Format(cx.Language)), new TextRun(")"))
                    : Cell(new FieldToComplete(cx.T("valeur de référence", "baseline value"))),
                Cell(new FieldToComplete(cx.T("valeur cible", "target value"))),
                Cell(cx.T("Rapports officiels, rapports d'activité, revue documentaire", "Official reports, activity reports, desk review")),
                Cell(cx.T("Semestrielle", "Six-monthly")),
                Cell(new FieldToComplete(cx.T("responsable", "responsible"))),
            ]));

        var title = cx.T($"Plan national de plaidoyer : {countryLabel}, {period}", $"National advocacy plan: {countryLabel}, {period}");
        var subject = cx.T("Modèle pré-rempli à partir de la base de connaissances", "Template pre-filled from the evidence base");
        return new DocumentDraft(GeneratedKind.NationalPlan, title, subject, [countryLabel, period, .. themes.Select(cx.Label)], doc);
    }
}
