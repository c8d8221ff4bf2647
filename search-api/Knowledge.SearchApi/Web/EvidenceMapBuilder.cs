using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;

namespace Knowledge.SearchApi.Web;

/// <summary>What the evidence map asks for: a region or a list of countries, a period, finding kinds.</summary>
public sealed record EvidenceMapRequest(string? Region, IReadOnlyList<string> Countries, int? YearFrom, int? YearTo, IReadOnlyList<FindingKind> Kinds);

/// <summary>Theme × country counts of findings; <see cref="Level"/> shades a count against the largest cell.</summary>
public sealed record EvidenceMap(IReadOnlyList<string> Countries, IReadOnlyList<string> Themes, IReadOnlyDictionary<(string Theme, string Country), long> Counts)
{
    public long Max { get; } = Counts.Count == 0 ? 0 : Counts.Values.Max();

    public long Count(string theme, string country) => Counts.GetValueOrDefault((theme, country));

    /// <summary>0 for no evidence, then 1–4 by quarters of the largest cell, so thin evidence stands out from none and from plenty.</summary>
    public int Level(long count) => count <= 0 || Max <= 0 ? 0 : Math.Clamp((int)Math.Ceiling(4.0 * count / Max), 1, 4);

    /// <summary>Countries with no finding at all on <paramref name="theme"/>.</summary>
    public IEnumerable<string> Gaps(string theme) => Countries.Where(c => Count(theme, c) == 0);
}

/// <summary>
/// Builds the evidence map from the live index: one facet query per country (themes counted within
/// that country), so the map is as current as the index and costs one facet pass per column.
/// </summary>
public sealed class EvidenceMapBuilder(IEvidenceIndex index, EvidenceTaxonomy taxonomy)
{
    public const string DefaultRegion = "west-africa";

    public async Task<EvidenceMap> BuildAsync(EvidenceMapRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var countries = request.Countries.Count > 0
            ? request.Countries
            : taxonomy.FindRegion(request.Region ?? DefaultRegion)?.Countries ?? [];
        var columns = await Task.WhenAll(countries.Select(async country =>
        {
            var facets = await index.FacetsAsync(
                new EvidenceQuery { Countries = [country], YearFrom = request.YearFrom, YearTo = request.YearTo, Kinds = request.Kinds, PageSize = 1, Highlight = false },
                cancellationToken);
            return (Country: country, facets.Themes);
        }));

        var counts = new Dictionary<(string, string), long>();
        foreach (var (country, themes) in columns)
        {
            foreach (var theme in themes)
            {
                counts[(theme.Value, country)] = theme.Count;
            }
        }

        return new EvidenceMap([.. countries], [.. taxonomy.Themes.Select(t => t.Code)], counts);
    }
}
