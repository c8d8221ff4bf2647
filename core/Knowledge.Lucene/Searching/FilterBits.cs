using Knowledge.Lucene.Facets;

namespace Knowledge.Lucene.Searching;

/// <summary>The findings of a range that pass one facet filter, built from per-value bitsets.</summary>
internal static class FilterBits
{
    public static readonly FacetDimension[] Dimensions = Enum.GetValues<FacetDimension>();

    /// <summary>The findings of <c>[start, end)</c> passing the filter on <paramref name="dimension"/>, or null when the query sets none.</summary>
    public static DocBits? Pass(FacetFilters filters, FacetDimension dimension, SegmentFacetValues segment, int start, int end)
    {
        var values = dimension switch
        {
            FacetDimension.Theme => Ids(filters.Themes, SegmentFacetValues.Themes),
            FacetDimension.Country => Ids(filters.Countries, SegmentFacetValues.Countries),
            FacetDimension.Year => filters.HasYearFilter ? Years(filters, segment) : null,
            FacetDimension.DocumentKind => Ids(filters.DocumentKinds, SegmentFacetValues.DocumentKinds),
            FacetDimension.Kind => Ids(filters.Kinds, SegmentFacetValues.Kinds),
            FacetDimension.Language => Ids(filters.Languages, SegmentFacetValues.Languages),
            _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
        };
        if (values is null)
        {
            return null;
        }

        var pass = DocBits.Empty(start, end);
        foreach (var value in values)
        {
            pass.OrSegment(segment.ValueBits(dimension, value));
        }

        return pass;
    }

    /// <summary>Interned ids of the wanted values; a value no finding carries has no id and selects nothing.</summary>
    private static List<int>? Ids(HashSet<string>? wanted, FacetValueIds ids) =>
        wanted is null ? null : [.. wanted.Select(ids.Find).Where(id => id >= 0)];

    private static List<int> Years(FacetFilters filters, SegmentFacetValues segment)
    {
        int from = filters.YearFrom ?? int.MinValue, to = filters.YearTo ?? int.MaxValue;
        return [.. segment.DistinctYears.Where(y => y >= from && y <= to).Select(y => (int)y)];
    }
}
