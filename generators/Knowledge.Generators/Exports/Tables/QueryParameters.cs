using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy;

namespace Knowledge.Generators.Exports.Tables;

/// <summary>The query sheet's account of the parameters: each under its label and API name, codes with their labels.</summary>
internal static class QueryParameters
{
    private static readonly string[] Known = ["q", "theme", "country", "region", "yearFrom", "yearTo", "kind", "lang", "documentKind", "sort", "request"];

    public static IEnumerable<(string Label, string Value)> Describe(EvidenceExport export, EvidenceTaxonomy taxonomy)
    {
        var lang = export.Language;
        var given = export.Parameters
            .Where(p => Known.Contains(p.Key, StringComparer.Ordinal) && !string.IsNullOrWhiteSpace(p.Value))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .OrderBy(g => Array.IndexOf(Known, g.Key))
            .ToList();
        if (given.Count == 0)
        {
            yield return (ExportText.Get("Param.q", lang), ExportText.Get("Query.NoParameters", lang));
            yield break;
        }

        foreach (var group in given)
        {
            var values = group.SelectMany(p => group.Key is "q" or "request" ? [p.Value] : p.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(v => Labelled(group.Key, v, lang, taxonomy));
            yield return (ExportText.Get("Param." + group.Key, lang), string.Join(ExportText.Get("Separator", lang), values));
        }
    }

    private static string Labelled(string name, string value, string lang, EvidenceTaxonomy taxonomy)
    {
        var label = name switch
        {
            "theme" => taxonomy.FindTheme(value)?.Label.Get(lang),
            "country" => taxonomy.FindCountry(value)?.Name.Get(lang),
            "region" => taxonomy.FindRegion(value)?.Label.Get(lang),
            "kind" => EvidenceCodes.TryParseFindingKind(value, out var k) ? ExportText.Get("FindingKind." + k.ToCode(), lang) : null,
            "documentKind" => EvidenceCodes.TryParseDocumentKind(value, out var d) ? ExportText.Get("DocumentKind." + d.ToCode(), lang) : null,
            "sort" => value.ToLowerInvariant() is "relevance" or "year" or "year-asc" ? ExportText.Get("Sort." + value.ToLowerInvariant(), lang) : null,
            _ => null,
        };
        return label is null ? value : $"{value} ({label})";
    }
}
