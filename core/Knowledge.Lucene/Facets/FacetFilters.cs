using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Lucene.Storage;

namespace Knowledge.Lucene.Facets;

/// <summary>The facet dimensions; each is also a filter of <see cref="EvidenceQuery"/>.</summary>
internal enum FacetDimension
{
    Theme = 0,
    Country,
    Year,
    DocumentKind,
    Kind,
    Language,
}

/// <summary>
/// The filters of a query that are also facets, normalised the way the index stores them. A null
/// set means "no filter"; an empty set means "nothing can match" (e.g. only unknown regions).
/// </summary>
internal sealed record FacetFilters(
    HashSet<string>? Themes,
    HashSet<string>? Countries,
    int? YearFrom,
    int? YearTo,
    HashSet<string>? DocumentKinds,
    HashSet<string>? Kinds,
    HashSet<string>? Languages)
{
    public bool HasYearFilter => YearFrom is not null || YearTo is not null;

    /// <summary>The taxonomy's regions, counted as a facet beside the countries.</summary>
    public RegionMembership? Regions { get; init; }

    /// <summary>How many facet filters the query sets.</summary>
    public int Count =>
        (Themes is null ? 0 : 1) + (Countries is null ? 0 : 1) + (HasYearFilter ? 1 : 0)
        + (DocumentKinds is null ? 0 : 1) + (Kinds is null ? 0 : 1) + (Languages is null ? 0 : 1);

    public static FacetFilters From(EvidenceQuery query, EvidenceTaxonomy taxonomy)
    {
        var countries = query.Countries.Count + query.Regions.Count > 0
            ? Set(query.EffectiveCountries(taxonomy), EntryMapping.NormalizeCountry)
            : null;
        return new FacetFilters(
            Themes: query.Themes.Count > 0 ? Set(query.Themes, EntryMapping.NormalizeTheme) : null,
            Countries: countries,
            YearFrom: query.YearFrom,
            YearTo: query.YearTo,
            DocumentKinds: query.DocumentKinds.Count > 0 ? Set(query.DocumentKinds.Select(k => k.ToCode()), s => s) : null,
            Kinds: query.Kinds.Count > 0 ? Set(query.Kinds.Select(k => k.ToCode()), s => s) : null,
            Languages: query.Languages.Count > 0 ? Set(query.Languages, FieldNames.NormalizeLanguage) : null)
        {
            Regions = RegionMembership.For(taxonomy),
        };
    }

    private static HashSet<string> Set(IEnumerable<string> values, Func<string, string> normalize) =>
        [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(normalize)];
}
