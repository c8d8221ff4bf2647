namespace Knowledge.Core.Taxonomy.Matching;

/// <summary>
/// The taxonomy's patterns in the one target layout the tagger and query understanding share:
/// themes at <c>[0, T)</c>, countries at <c>[T, T + C)</c>, regions from <c>T + C</c> on, each
/// pattern with the origin a bad pattern's error names.
/// </summary>
internal static class TaxonomyPatterns
{
    public static IEnumerable<PatternSpec> Specs(EvidenceTaxonomy taxonomy)
    {
        var countryBase = taxonomy.Themes.Count;
        var regionBase = countryBase + taxonomy.Countries.Count;
        for (var i = 0; i < taxonomy.Themes.Count; i++)
        {
            var theme = taxonomy.Themes[i];
            foreach (var pattern in theme.Patterns.All)
            {
                yield return new PatternSpec(pattern, i, $"le thème « {theme.Code} »");
            }
        }

        for (var i = 0; i < taxonomy.Countries.Count; i++)
        {
            var country = taxonomy.Countries[i];
            var origin = $"le pays « {country.Code} »";
            yield return new PatternSpec(country.Name.Fr, countryBase + i, origin);
            yield return new PatternSpec(country.Name.En, countryBase + i, origin);
            foreach (var variant in country.Variants)
            {
                yield return new PatternSpec(variant, countryBase + i, origin);
            }

            foreach (var locality in country.Localities)
            {
                yield return new PatternSpec(locality, countryBase + i, origin);
            }
        }

        for (var i = 0; i < taxonomy.Regions.Count; i++)
        {
            var region = taxonomy.Regions[i];
            var origin = $"la région « {region.Code} »";
            yield return new PatternSpec(region.Label.Fr, regionBase + i, origin);
            yield return new PatternSpec(region.Label.En, regionBase + i, origin);
            foreach (var variant in region.Variants)
            {
                yield return new PatternSpec(variant, regionBase + i, origin);
            }
        }
    }
}
