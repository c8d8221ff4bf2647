using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Evidence;

namespace Knowledge.Generators.Objectives;

/// <summary>
/// One of the network's strategic objectives, with the search terms (both languages) that tell
/// whether a gap or recommendation finding bears on it, and a default indicator.
/// </summary>
internal sealed record StrategicObjective(string Code, LocalizedText Label, LocalizedText Statement, LocalizedText Indicator, string Terms)
{
    /// <summary>The network's objectives, in the network's own order (used to break ties).</summary>
    public static IReadOnlyList<StrategicObjective> All { get; } =
    [
        new("legal-frameworks",
            new("Cadres juridiques et politiques", "Legal and policy frameworks"),
            new("Des lois et politiques conformes aux normes internationales protègent tous les enfants contre toutes les formes d'exploitation sexuelle.", "Laws and policies that meet international standards protect all children from all forms of sexual exploitation."),
            new("Nombre de textes adoptés ou amendés conformément aux normes internationales", "Number of laws adopted or amended in line with international standards"),
            "loi OR lois OR législation OR législatif OR juridique OR code OR law OR laws OR legislation OR legal"),
        new("justice",
            new("Application de la loi et accès à la justice", "Law enforcement and access to justice"),
            new("Les auteurs sont poursuivis et les enfants victimes accèdent à une justice adaptée.", "Offenders are prosecuted and child victims have access to child-friendly justice."),
            new("Nombre de poursuites et de condamnations pour exploitation sexuelle d'enfants", "Number of prosecutions and convictions for child sexual exploitation"),
            "police OR justice OR poursuites OR tribunal OR tribunaux OR enquête OR enquêtes OR impunité OR prosecution OR prosecutions OR court OR courts OR investigation OR impunity"),
        new("private-sector",
            new("Engagement du secteur privé", "Private sector engagement"),
            new("Les entreprises du tourisme et du numérique préviennent et signalent l'exploitation sexuelle des enfants.", "Tourism and digital companies prevent and report the sexual exploitation of children."),
            new("Nombre d'entreprises engagées (adhésion à The Code, protocoles de signalement)", "Number of companies committed (The Code membership, reporting protocols)"),
            "tourisme OR touristique OR hôtel OR hôtels OR entreprise OR entreprises OR opérateurs OR internet OR tourism OR hotel OR hotels OR companies OR business OR operators"),
        new("services",
            new("Services pour les enfants", "Services for children"),
            new("Les enfants victimes et à risque accèdent à des services de prise en charge, de réadaptation et de réinsertion de qualité.", "Child victims and children at risk access quality care, recovery and reintegration services."),
            new("Nombre d'enfants victimes pris en charge par des services spécialisés", "Number of child victims supported by specialised services"),
            "\"prise en charge\" OR services OR réadaptation OR réinsertion OR victimes OR accompagnement OR care OR rehabilitation OR reintegration OR victims OR support"),
        new("awareness",
            new("Sensibilisation et prévention", "Awareness and prevention"),
            new("Les communautés, les familles et les enfants connaissent les risques et savent où signaler.", "Communities, families and children know the risks and where to report."),
            new("Proportion de la population cible connaissant les mécanismes de signalement", "Share of the target population aware of reporting mechanisms"),
            "sensibilisation OR prévention OR éducation OR normes OR awareness OR prevention OR education OR norms"),
        new("data",
            new("Données et connaissances", "Data and knowledge"),
            new("Des données fiables et ventilées éclairent les politiques et les services.", "Reliable, disaggregated data inform policies and services."),
            new("Nombre de pays publiant des données annuelles ventilées sur l'exploitation sexuelle des enfants", "Number of countries publishing annual disaggregated data on child sexual exploitation"),
            "données OR statistiques OR recherche OR étude OR enquête OR prévalence OR chiffres OR data OR statistics OR research OR study OR survey OR prevalence OR figures"),
    ];

    /// <summary>The rule, stated in the documents that use it.</summary>
    public static string Rule(GenerationContext context) => context.T(
        "Règle de priorisation : chaque objectif reçoit un score égal au nombre de constats de type « lacune » ou « recommandation » du périmètre qui le concernent (recherche par mots-clés propres à l'objectif). Les objectifs sont classés par score décroissant, les égalités suivant l'ordre des objectifs stratégiques du réseau ; les cinq premiers sont retenus, et au moins trois.",
        "Prioritisation rule: each objective scores the number of gap or recommendation findings in scope that bear on it (search on the objective's own keywords). Objectives are ranked by descending score, ties following the order of the network's strategic objectives; the first five are kept, and at least three.");

    /// <summary>Scores and ranks the objectives for a scope; keeps 3 to 5 (those with evidence first).</summary>
    public static async Task<IReadOnlyList<(StrategicObjective Objective, long Score)>> PrioritiseAsync(
        GenerationContext context, IReadOnlyList<string> themes, IReadOnlyList<string> countries, CancellationToken cancellationToken)
    {
        var scored = new List<(StrategicObjective, long, int)>();
        for (var i = 0; i < All.Count; i++)
        {
            var score = await context.CountAsync(new EvidenceFilter(themes, countries, [FindingKind.Gap, FindingKind.Recommendation], All[i].Terms), cancellationToken);
            scored.Add((All[i], score, i));
        }

        var ranked = scored.OrderByDescending(s => s.Item2).ThenBy(s => s.Item3).ToList();
        var keep = Math.Clamp(ranked.Count(s => s.Item2 > 0), 3, 5);
        return [.. ranked.Take(keep).Select(s => (s.Item1, s.Item2))];
    }
}
