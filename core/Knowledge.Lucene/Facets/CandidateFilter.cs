using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Knowledge.Lucene.Facets;

/// <summary>
/// Narrows the text query to the findings the collector can use before Lucene iterates them:
/// those failing at most <c>allowedFailures</c> filters (0 without facets: the hits; 1 with facets:
/// the hits and the findings a multi-select facet counts). Built per segment from the facet arrays
/// in one linear pass, which costs far less than advancing a large disjunction over findings the
/// collector would throw away. The collector still applies the exact filters.
/// </summary>
internal sealed class CandidateFilter(FacetFilters filters, int allowedFailures) : Filter
{
    /// <summary>Whether the filter can remove anything: with one filter and facets on, every finding is a candidate.</summary>
    public static bool IsUseful(FacetFilters filters, bool facets) => filters.Count > (facets ? 1 : 0);

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var s = SegmentFacetValues.For(context.AtomicReader);
        var maxDoc = context.AtomicReader.MaxDoc;
        var bits = new FixedBitSet(maxDoc);
        int yearFrom = filters.YearFrom ?? int.MinValue, yearTo = filters.YearTo ?? int.MaxValue;
        var yearFilter = filters.HasYearFilter;

        // Built per call: slices of one search run on several threads.
        var themes = Wanted(SegmentFacetValues.Themes, filters.Themes);
        var countries = Wanted(SegmentFacetValues.Countries, filters.Countries);
        var documentKinds = Wanted(SegmentFacetValues.DocumentKinds, filters.DocumentKinds);
        var kinds = Wanted(SegmentFacetValues.Kinds, filters.Kinds);
        var languages = Wanted(SegmentFacetValues.Languages, filters.Languages);
        {
            for (var doc = 0; doc < maxDoc; doc++)
            {
                var failures = 0;
                if (themes.Filtered && !themes.AnyWanted(s.ThemeIds, s.ThemeStarts[doc], s.ThemeStarts[doc + 1]))
                {
                    failures++;
                }

                if (countries.Filtered && !countries.AnyWanted(s.CountryIds, s.CountryStarts[doc], s.CountryStarts[doc + 1]))
                {
                    failures++;
                }

                if (yearFilter)
                {
                    int year = s.Years[doc];
                    if (year == SegmentFacetValues.NoYear || year < yearFrom || year > yearTo)
                    {
                        failures++;
                    }
                }

                if (documentKinds.Filtered && !documentKinds.Wanted(s.DocumentKindIds[doc]))
                {
                    failures++;
                }

                if (kinds.Filtered && !kinds.Wanted(s.KindIds[doc]))
                {
                    failures++;
                }

                if (languages.Filtered && !languages.Wanted(s.LanguageIds[doc]))
                {
                    failures++;
                }

                if (failures <= allowedFailures)
                {
                    bits.Set(doc);
                }
            }
        }

        return BitsFilteredDocIdSet.Wrap(bits, acceptDocs);
    }

    private static WantedIds Wanted(FacetValueIds ids, HashSet<string>? values)
    {
        var wanted = new WantedIds(ids, values);
        wanted.Refresh();
        return wanted;
    }
}
