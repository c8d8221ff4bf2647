using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Evidence;

namespace Knowledge.Generators.Objectives;

/// <summary>
/// One of the network's strategic objectives, with the search terms (both languages) that tell
/// whether a gap or recommendation finding bears on it. Its label, statement and default
/// indicator are template prose (<c>objective.{code}.*</c>).
/// </summary>
internal sealed record StrategicObjective(string Code, string Terms)
{
    /// <summary>The network's objectives, in the network's own order (used to break ties).</summary>
    public static IReadOnlyList<StrategicObjective> All { get; } =
    [
        new("legal-frameworks", "loi OR lois OR législation OR législatif OR juridique OR code OR law OR laws OR legislation OR legal"),
        new("justice", "police OR justice OR poursuites OR poursuivis OR tribunal OR tribunaux OR condamnations OR impunité OR prosecution OR prosecutions OR court OR courts OR investigation OR impunity"),
        new("private-sector", "tourisme OR touristique OR hôtel OR hôtels OR entreprise OR entreprises OR opérateurs OR internet OR tourism OR hotel OR hotels OR companies OR business OR operators"),
        new("services", "\"prise en charge\" OR services OR réadaptation OR réinsertion OR victimes OR accompagnement OR care OR rehabilitation OR reintegration OR victims OR support"),
        new("awareness", "sensibilisation OR prévention OR éducation OR normes OR awareness OR prevention OR education OR norms"),
        new("data", "données OR statistiques OR recherche OR étude OR enquête OR prévalence OR chiffres OR data OR statistics OR research OR study OR survey OR prevalence OR figures"),
    ];

    /// <summary>Short name (template <c>objective.{code}.label</c>).</summary>
    public string Label(GenerationContext cx) => cx.T($"objective.{Code}.label");

    /// <summary>The objective as a sentence.</summary>
    public string Statement(GenerationContext cx) => cx.T($"objective.{Code}.statement");

    /// <summary>The default indicator.</summary>
    public string Indicator(GenerationContext cx) => cx.T($"objective.{Code}.indicator");

    /// <summary>The objective's keywords, from its search terms: a baseline or a quote must name one.</summary>
    public IReadOnlyList<string> Keywords =>
        [.. Terms.Split(" OR ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.Trim('"'))];

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
