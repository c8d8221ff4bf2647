using System.Globalization;
using Knowledge.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Knowledge.Lucene.Facets;

/// <summary>
/// One pass over the documents matching the text query that applies the facet filters, counts
/// facets with multi-select semantics and feeds the fully-matching documents to the top-hits
/// collector. A document failing no filter is a hit and counts in every facet; a document failing
/// exactly one filter counts only in that filter's facet (that facet is counted with every other
/// filter applied but not its own); failing two or more, it is skipped. Values come from
/// <see cref="SegmentFacetValues"/> (arrays), never from per-document doc-values reads.
/// </summary>
internal sealed class FacetingCollector(FacetFilters filters, bool countFacets, ICollector? hits) : ICollector
{
    private const int MinYear = 1800;
    private const int MaxYear = 2200;

    private readonly Dimension _themes = new(SegmentFacetValues.Themes, filters.Themes);
    private readonly Dimension _countries = new(SegmentFacetValues.Countries, filters.Countries);
    private readonly Dimension _documentKinds = new(SegmentFacetValues.DocumentKinds, filters.DocumentKinds);
    private readonly Dimension _kinds = new(SegmentFacetValues.Kinds, filters.Kinds);
    private readonly Dimension _languages = new(SegmentFacetValues.Languages, filters.Languages);
    private readonly long[] _yearCounts = new long[MaxYear - MinYear + 1];
    private readonly Dictionary<int, long> _otherYears = [];
    private readonly int _yearFrom = filters.YearFrom ?? int.MinValue;
    private readonly int _yearTo = filters.YearTo ?? int.MaxValue;
    private readonly bool _yearFilter = filters.HasYearFilter;

    private SegmentFacetValues? _segment;

    /// <summary>Findings that pass every filter.</summary>
    public long TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => hits?.AcceptsDocsOutOfOrder ?? true;

    public void SetScorer(Scorer scorer) => hits?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _segment = SegmentFacetValues.For(context.AtomicReader);
        _themes.Refresh();
        _countries.Refresh();
        _documentKinds.Refresh();
        _kinds.Refresh();
        _languages.Refresh();
        hits?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var s = _segment!;
        var failures = 0;
        var failed = FacetDimension.Theme;

        int themeStart = s.ThemeStarts[doc], themeEnd = s.ThemeStarts[doc + 1];
        if (_themes.Filtered && !_themes.AnyWanted(s.ThemeIds, themeStart, themeEnd))
        {
            failures++;
            failed = FacetDimension.Theme;
        }

        int countryStart = s.CountryStarts[doc], countryEnd = s.CountryStarts[doc + 1];
        if (_countries.Filtered && !_countries.AnyWanted(s.CountryIds, countryStart, countryEnd))
        {
            failures++;
            failed = FacetDimension.Country;
        }

        int year = s.Years[doc];
        if (_yearFilter && (year == SegmentFacetValues.NoYear || year < _yearFrom || year > _yearTo))
        {
            failures++;
            failed = FacetDimension.Year;
        }

        int docKind = s.DocumentKindIds[doc];
        if (_documentKinds.Filtered && !_documentKinds.Wanted(docKind))
        {
            failures++;
            failed = FacetDimension.DocumentKind;
        }

        int kind = s.KindIds[doc];
        if (_kinds.Filtered && !_kinds.Wanted(kind))
        {
            failures++;
            failed = FacetDimension.Kind;
        }

        int language = s.LanguageIds[doc];
        if (_languages.Filtered && !_languages.Wanted(language))
        {
            failures++;
            failed = FacetDimension.Language;
        }

        if (failures == 0)
        {
            TotalHits++;
            hits?.Collect(doc);
        }

        if (!countFacets || failures > 1)
        {
            return;
        }

        var all = failures == 0;
        if (all || failed == FacetDimension.Theme)
        {
            _themes.Count(s.ThemeIds, themeStart, themeEnd);
        }

        if (all || failed == FacetDimension.Country)
        {
            _countries.Count(s.CountryIds, countryStart, countryEnd);
        }

        if ((all || failed == FacetDimension.Year) && year != SegmentFacetValues.NoYear)
        {
            if (year is >= MinYear and <= MaxYear)
            {
                _yearCounts[year - MinYear]++;
            }
            else
            {
                _otherYears[year] = _otherYears.GetValueOrDefault(year) + 1;
            }
        }

        if (all || failed == FacetDimension.DocumentKind)
        {
            _documentKinds.Count(docKind);
        }

        if (all || failed == FacetDimension.Kind)
        {
            _kinds.Count(kind);
        }

        if (all || failed == FacetDimension.Language)
        {
            _languages.Count(language);
        }
    }

    /// <summary>Adds the counts of a collector that ran over other segments of the same searcher.</summary>
    public void Add(FacetingCollector other)
    {
        TotalHits += other.TotalHits;
        _themes.Add(other._themes);
        _countries.Add(other._countries);
        _documentKinds.Add(other._documentKinds);
        _kinds.Add(other._kinds);
        _languages.Add(other._languages);
        for (var i = 0; i < _yearCounts.Length; i++)
        {
            _yearCounts[i] += other._yearCounts[i];
        }

        foreach (var (year, count) in other._otherYears)
        {
            _otherYears[year] = _otherYears.GetValueOrDefault(year) + count;
        }
    }

    public FacetCounts ToFacetCounts()
    {
        var years = new Dictionary<int, long>(_otherYears);
        for (var i = 0; i < _yearCounts.Length; i++)
        {
            if (_yearCounts[i] > 0)
            {
                years[i + MinYear] = _yearCounts[i];
            }
        }

        return new FacetCounts
        {
            Themes = _themes.ToFacetValues(),
            Countries = _countries.ToFacetValues(),
            Years = [.. years.OrderByDescending(p => p.Key).Select(p => new FacetValue(p.Key.ToString(CultureInfo.InvariantCulture), p.Value))],
            DocumentKinds = _documentKinds.ToFacetValues(),
            Kinds = _kinds.ToFacetValues(),
            Languages = _languages.ToFacetValues(),
        };
    }

    /// <summary>A facet's filter and its counts over interned ids.</summary>
    private sealed class Dimension(FacetValueIds ids, HashSet<string>? filter)
    {
        private readonly WantedIds _wanted = new(ids, filter);
        private long[] _counts = [];

        public bool Filtered => _wanted.Filtered;

        /// <summary>Catches up with values interned since the last segment (a segment loaded mid-query may add some).</summary>
        public void Refresh()
        {
            _wanted.Refresh();
            if (_counts.Length != ids.Count)
            {
                Array.Resize(ref _counts, ids.Count);
            }
        }

        public bool Wanted(int id) => _wanted.Wanted(id);

        public bool AnyWanted(int[] values, int start, int end) => _wanted.AnyWanted(values, start, end);

        public void Add(Dimension other)
        {
            if (_counts.Length < other._counts.Length)
            {
                Array.Resize(ref _counts, other._counts.Length);
            }

            for (var i = 0; i < other._counts.Length; i++)
            {
                _counts[i] += other._counts[i];
            }
        }

        public void Count(int id)
        {
            if (id >= 0)
            {
                _counts[id]++;
            }
        }

        public void Count(int[] values, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                _counts[values[i]]++;
            }
        }

        public List<FacetValue> ToFacetValues() =>
        [
            .. _counts.Select((count, id) => (Count: count, Id: id))
                .Where(p => p.Count > 0)
                .Select(p => new FacetValue(ids.ValueOf(p.Id), p.Count))
                .OrderByDescending(v => v.Count)
                .ThenBy(v => v.Value, StringComparer.Ordinal),
        ];
    }
}
