using Knowledge.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Knowledge.Lucene.Facets;

/// <summary>
/// One pass over the documents matching the text query that applies the facet filters from doc
/// values, counts facets with multi-select semantics and feeds the fully-matching documents to
/// the top-hits collector. A document failing no filter is a hit and counts in every facet; a
/// document failing exactly one filter counts only in that filter's facet (that facet is
/// counted with every other filter applied but not its own); failing two or more, it is skipped.
/// Counting happens on per-segment ordinals and is turned into strings once per segment.
/// </summary>
internal sealed class FacetingCollector(FacetFilters filters, bool countFacets, ICollector? hits) : ICollector
{
    private const int MinYear = 1800;
    private const int MaxYear = 2200;

    private readonly Dictionary<string, long>[] _counts = [.. Enumerable.Range(0, FacetFilters.DimensionCount).Select(_ => new Dictionary<string, long>(StringComparer.Ordinal))];
    private readonly long[] _yearCounts = new long[MaxYear - MinYear + 1];
    private readonly Dictionary<int, long> _otherYears = [];
    private readonly long[] _themeOrds = new long[64];
    private readonly long[] _countryOrds = new long[64];

    private Segment? _segment;

    /// <summary>Findings that pass every filter.</summary>
    public long TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => hits?.AcceptsDocsOutOfOrder ?? true;

    public void SetScorer(Scorer scorer) => hits?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = new Segment(context.AtomicReader, filters, countFacets);
        hits?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var s = _segment!;
        var failures = 0;
        var failed = -1;

        var themeCount = s.Themes is null ? 0 : ReadOrds(s.Themes, doc, _themeOrds);
        if (s.ThemeFilter is not null && !AnyIn(_themeOrds, themeCount, s.ThemeFilter))
        {
            failures++;
            failed = (int)FacetDimension.Theme;
        }

        var countryCount = s.Countries is null ? 0 : ReadOrds(s.Countries, doc, _countryOrds);
        if (s.CountryFilter is not null && !AnyIn(_countryOrds, countryCount, s.CountryFilter))
        {
            failures++;
            failed = (int)FacetDimension.Country;
        }

        int? year = s.Years is not null && s.YearsPresent!.Get(doc) ? (int)s.Years.Get(doc) : null;
        if (!filters.YearMatches(year))
        {
            failures++;
            failed = (int)FacetDimension.Year;
        }

        var docKind = s.DocumentKinds?.GetOrd(doc) ?? -1;
        if (s.DocumentKindFilter is not null && !s.DocumentKindFilter.Contains(docKind))
        {
            failures++;
            failed = (int)FacetDimension.DocumentKind;
        }

        var kind = s.Kinds?.GetOrd(doc) ?? -1;
        if (s.KindFilter is not null && !s.KindFilter.Contains(kind))
        {
            failures++;
            failed = (int)FacetDimension.Kind;
        }

        var language = s.Languages?.GetOrd(doc) ?? -1;
        if (s.LanguageFilter is not null && !s.LanguageFilter.Contains(language))
        {
            failures++;
            failed = (int)FacetDimension.Language;
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

        bool Counts(FacetDimension d) => failures == 0 || failed == (int)d;

        if (Counts(FacetDimension.Theme))
        {
            for (var i = 0; i < themeCount; i++)
            {
                s.ThemeCounts![_themeOrds[i]]++;
            }
        }

        if (Counts(FacetDimension.Country))
        {
            for (var i = 0; i < countryCount; i++)
            {
                s.CountryCounts![_countryOrds[i]]++;
            }
        }

        if (Counts(FacetDimension.Year) && year is { } y)
        {
            if (y is >= MinYear and <= MaxYear)
            {
                _yearCounts[y - MinYear]++;
            }
            else
            {
                _otherYears[y] = _otherYears.GetValueOrDefault(y) + 1;
            }
        }

        if (Counts(FacetDimension.DocumentKind) && docKind >= 0)
        {
            s.DocumentKindCounts![docKind]++;
        }

        if (Counts(FacetDimension.Kind) && kind >= 0)
        {
            s.KindCounts![kind]++;
        }

        if (Counts(FacetDimension.Language) && language >= 0)
        {
            s.LanguageCounts![language]++;
        }
    }

    public FacetCounts ToFacetCounts()
    {
        Flush();
        for (var i = 0; i < _yearCounts.Length; i++)
        {
            if (_yearCounts[i] > 0)
            {
                _otherYears[i + MinYear] = _yearCounts[i];
            }
        }

        return new FacetCounts
        {
            Themes = ByCount(_counts[(int)FacetDimension.Theme]),
            Countries = ByCount(_counts[(int)FacetDimension.Country]),
            Years = [.. _otherYears.OrderByDescending(p => p.Key).Select(p => new FacetValue(p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Value))],
            DocumentKinds = ByCount(_counts[(int)FacetDimension.DocumentKind]),
            Kinds = ByCount(_counts[(int)FacetDimension.Kind]),
            Languages = ByCount(_counts[(int)FacetDimension.Language]),
        };
    }

    private static List<FacetValue> ByCount(Dictionary<string, long> counts) =>
        [.. counts.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => new FacetValue(p.Key, p.Value))];

    private static int ReadOrds(SortedSetDocValues values, int doc, long[] buffer)
    {
        values.SetDocument(doc);
        var n = 0;
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            // Findings carry a handful of themes and countries; a pathological one is counted on its first 64.
            if (n < buffer.Length)
            {
                buffer[n++] = ord;
            }
        }

        return n;
    }

    private static bool AnyIn(long[] ords, int count, HashSet<long> wanted)
    {
        for (var i = 0; i < count; i++)
        {
            if (wanted.Contains(ords[i]))
            {
                return true;
            }
        }

        return false;
    }

    private void Flush()
    {
        var s = _segment;
        _segment = null;
        if (s is null || !countFacets)
        {
            return;
        }

        Add(s.Themes, s.ThemeCounts, _counts[(int)FacetDimension.Theme]);
        Add(s.Countries, s.CountryCounts, _counts[(int)FacetDimension.Country]);
        Add(s.DocumentKinds, s.DocumentKindCounts, _counts[(int)FacetDimension.DocumentKind]);
        Add(s.Kinds, s.KindCounts, _counts[(int)FacetDimension.Kind]);
        Add(s.Languages, s.LanguageCounts, _counts[(int)FacetDimension.Language]);
    }

    private static void Add(SortedSetDocValues? values, long[]? counts, Dictionary<string, long> into)
    {
        if (values is null || counts is null)
        {
            return;
        }

        var term = new BytesRef();
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                values.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                into[key] = into.GetValueOrDefault(key) + counts[ord];
            }
        }
    }

    private static void Add(SortedDocValues? values, long[]? counts, Dictionary<string, long> into)
    {
        if (values is null || counts is null)
        {
            return;
        }

        var term = new BytesRef();
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                values.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                into[key] = into.GetValueOrDefault(key) + counts[ord];
            }
        }
    }

    /// <summary>A segment's doc values, its ordinals of the filter values and its count arrays.</summary>
    private sealed class Segment
    {
        public Segment(AtomicReader reader, FacetFilters filters, bool countFacets)
        {
            Themes = reader.GetSortedSetDocValues(FieldNames.Theme);
            Countries = reader.GetSortedSetDocValues(FieldNames.Country);
            Years = reader.GetNumericDocValues(FieldNames.Year);
            YearsPresent = Years is null ? null : reader.GetDocsWithField(FieldNames.Year);
            DocumentKinds = reader.GetSortedDocValues(FieldNames.DocumentKind);
            Kinds = reader.GetSortedDocValues(FieldNames.Kind);
            Languages = reader.GetSortedDocValues(FieldNames.Language);

            ThemeFilter = filters.Themes is null ? null : Ords(Themes, filters.Themes);
            CountryFilter = filters.Countries is null ? null : Ords(Countries, filters.Countries);
            DocumentKindFilter = filters.DocumentKinds is null ? null : Ords(DocumentKinds, filters.DocumentKinds);
            KindFilter = filters.Kinds is null ? null : Ords(Kinds, filters.Kinds);
            LanguageFilter = filters.Languages is null ? null : Ords(Languages, filters.Languages);

            if (countFacets)
            {
                ThemeCounts = Themes is null ? null : new long[Themes.ValueCount];
                CountryCounts = Countries is null ? null : new long[Countries.ValueCount];
                DocumentKindCounts = DocumentKinds is null ? null : new long[DocumentKinds.ValueCount];
                KindCounts = Kinds is null ? null : new long[Kinds.ValueCount];
                LanguageCounts = Languages is null ? null : new long[Languages.ValueCount];
            }
        }

        public SortedSetDocValues? Themes { get; }

        public SortedSetDocValues? Countries { get; }

        public NumericDocValues? Years { get; }

        public IBits? YearsPresent { get; }

        public SortedDocValues? DocumentKinds { get; }

        public SortedDocValues? Kinds { get; }

        public SortedDocValues? Languages { get; }

        public HashSet<long>? ThemeFilter { get; }

        public HashSet<long>? CountryFilter { get; }

        public HashSet<int>? DocumentKindFilter { get; }

        public HashSet<int>? KindFilter { get; }

        public HashSet<int>? LanguageFilter { get; }

        public long[]? ThemeCounts { get; }

        public long[]? CountryCounts { get; }

        public long[]? DocumentKindCounts { get; }

        public long[]? KindCounts { get; }

        public long[]? LanguageCounts { get; }

        private static HashSet<long> Ords(SortedSetDocValues? values, HashSet<string> wanted)
        {
            var ords = new HashSet<long>();
            if (values is not null)
            {
                foreach (var w in wanted)
                {
                    var ord = values.LookupTerm(new BytesRef(w));
                    if (ord >= 0)
                    {
                        ords.Add(ord);
                    }
                }
            }

            return ords;
        }

        private static HashSet<int> Ords(SortedDocValues? values, HashSet<string> wanted)
        {
            var ords = new HashSet<int>();
            if (values is not null)
            {
                foreach (var w in wanted)
                {
                    var ord = values.LookupTerm(new BytesRef(w));
                    if (ord >= 0)
                    {
                        ords.Add(ord);
                    }
                }
            }

            return ords;
        }
    }
}
