using System.Globalization;
using Knowledge.Core.Search;
using Knowledge.Lucene.Searching;

namespace Knowledge.Lucene.Facets;

/// <summary>
/// Facet counts over interned ids, added up from document sets: with multi-select semantics each
/// filtered dimension is counted over the findings that pass every other filter, the unfiltered
/// ones over the hits (see <see cref="Searching.SliceSearch"/>). Values come from
/// <see cref="SegmentFacetValues"/> (arrays), never from per-document doc-values reads.
/// </summary>
internal sealed class FacetTally(RegionMembership? regions = null, int wordsPerDocumentValue = FacetTally.WordsPerDocumentValue)
{
    private const int MinYear = 1800;
    private const int MaxYear = 2200;

    /// <summary>
    /// A dimension is counted value by value when its values times the words of the range are at
    /// most this many times the documents: counting one document's value costs a few array reads,
    /// a word of a value's bitset an AND and a population count. 8 measured best on the 1M bench
    /// (p95 about 1 ms under 3; 1 was slower).
    /// </summary>
    public const int WordsPerDocumentValue = 8;

    private readonly Counts _themes = new(SegmentFacetValues.Themes);
    private readonly Counts _countries = new(SegmentFacetValues.Countries);
    private readonly Counts _documentKinds = new(SegmentFacetValues.DocumentKinds);
    private readonly Counts _kinds = new(SegmentFacetValues.Kinds);
    private readonly Counts _languages = new(SegmentFacetValues.Languages);
    private readonly long[] _yearCounts = new long[MaxYear - MinYear + 1];
    private readonly Dictionary<int, long> _otherYears = [];
    private readonly long[] _regionCounts = new long[regions?.Codes.Count ?? 0];

    /// <summary>Per region, the last document counted for it (plus one), so a finding counts once per region.</summary>
    private readonly int[] _regionSeen = new int[regions?.Codes.Count ?? 0];

    /// <summary>Catches up with values interned since the last segment (a segment loaded mid-query may add some).</summary>
    public void Refresh()
    {
        _themes.Refresh();
        _countries.Refresh();
        _documentKinds.Refresh();
        _kinds.Refresh();
        _languages.Refresh();
    }

    /// <summary>Counts one dimension's values over <paramref name="docs"/> of segment <paramref name="s"/>.</summary>
    public void Count(FacetDimension dimension, SegmentFacetValues s, DocBits docs) => Count([dimension], s, docs);

    /// <summary>
    /// Counts several dimensions' values over the same <paramref name="docs"/>. A dimension with few
    /// values against many documents is counted a value at a time, as the number of documents both
    /// in <paramref name="docs"/> and in the value's bitset (a word operation per 64 findings); the
    /// others in one pass over the documents, each visited once for all of them.
    /// </summary>
    public void Count(IReadOnlyCollection<FacetDimension> dimensions, SegmentFacetValues s, DocBits docs)
    {
        if (dimensions.Count == 0)
        {
            return;
        }

        var hits = docs.Count();
        if (hits == 0)
        {
            return;
        }

        var members = regions is not null && _regionCounts.Length > 0 ? regions.MembersByRegion() : null;
        var perDocument = new List<FacetDimension>(dimensions.Count);
        foreach (var dimension in dimensions)
        {
            // A region is counted with the countries (its members' bitsets or their ids), one value more each.
            var values = s.DistinctValues(dimension).Length + (dimension == FacetDimension.Country && members is not null ? members.Length : 0);
            if ((long)values * docs.WordCount <= hits * wordsPerDocumentValue)
            {
                CountByBits(dimension, s, docs, members);
            }
            else
            {
                perDocument.Add(dimension);
            }
        }

        if (perDocument.Count == 0)
        {
            return;
        }

        var regionsOf = perDocument.Contains(FacetDimension.Country) && members is not null ? regions!.ByCountryId() : null;
        if (regionsOf is not null)
        {
            // Stamps restart per segment: document numbers repeat from one segment to the next.
            Array.Clear(_regionSeen);
        }

        var all = new AllCount(
            perDocument.Contains(FacetDimension.Theme) ? new MultiCount(s.ThemeStarts, s.ThemeIds, _themes.Values) : null,
            perDocument.Contains(FacetDimension.Country) ? new MultiCount(s.CountryStarts, s.CountryIds, _countries.Values) : null,
            regionsOf is null ? null : new RegionCount(s.CountryStarts, s.CountryIds, regionsOf, _regionSeen, _regionCounts),
            perDocument.Contains(FacetDimension.Year) ? new YearCount(s.Years, _yearCounts, _otherYears) : null,
            perDocument.Contains(FacetDimension.DocumentKind) ? new SingleCount(s.DocumentKindIds, _documentKinds.Values) : null,
            perDocument.Contains(FacetDimension.Kind) ? new SingleCount(s.KindIds, _kinds.Values) : null,
            perDocument.Contains(FacetDimension.Language) ? new SingleCount(s.LanguageIds, _languages.Values) : null);
        docs.ForEach(ref all);
    }

    /// <summary>Adds the counts of a tally that ran over other segments of the same searcher.</summary>
    public void Add(FacetTally other)
    {
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

        for (var i = 0; i < Math.Min(_regionCounts.Length, other._regionCounts.Length); i++)
        {
            _regionCounts[i] += other._regionCounts[i];
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
            Regions = regions is null ? [] :
            [
                .. _regionCounts.Select((count, i) => new FacetValue(regions.Codes[i], count))
                    .Where(v => v.Count > 0)
                    .OrderByDescending(v => v.Count)
                    .ThenBy(v => v.Value, StringComparer.Ordinal),
            ],
        };
    }

    /// <summary>One dimension's counts (and the regions', with the countries) from the values' bitsets.</summary>
    private void CountByBits(FacetDimension dimension, SegmentFacetValues s, DocBits docs, int[][]? members)
    {
        var counts = dimension switch
        {
            FacetDimension.Theme => _themes.Values,
            FacetDimension.Country => _countries.Values,
            FacetDimension.DocumentKind => _documentKinds.Values,
            FacetDimension.Kind => _kinds.Values,
            FacetDimension.Language => _languages.Values,
            _ => null,
        };
        foreach (var value in s.DistinctValues(dimension))
        {
            var count = docs.CountAnd(s.ValueBits(dimension, value));
            if (count == 0)
            {
                continue;
            }

            if (counts is not null)
            {
                counts[value] += count;
            }
            else if (value is >= MinYear and <= MaxYear)
            {
                _yearCounts[value - MinYear] += count;
            }
            else
            {
                _otherYears[value] = _otherYears.GetValueOrDefault(value) + count;
            }
        }

        if (dimension == FacetDimension.Country && members is not null)
        {
            for (var region = 0; region < members.Length && region < _regionCounts.Length; region++)
            {
                if (members[region].Length > 0)
                {
                    _regionCounts[region] += docs.CountAnd(s.AnyCountryBits(members[region]));
                }
            }
        }
    }

    /// <summary>The counts of several dimensions, each hit visited once (a dimension left null is not counted).</summary>
    private readonly struct AllCount(MultiCount? themes, MultiCount? countries, RegionCount? regions, YearCount? years, SingleCount? documentKinds, SingleCount? kinds, SingleCount? languages) : IDocAction
    {
        private readonly bool _themes = themes.HasValue, _countries = countries.HasValue, _regions = regions.HasValue, _years = years.HasValue;
        private readonly bool _documentKinds = documentKinds.HasValue, _kinds = kinds.HasValue, _languages = languages.HasValue;
        private readonly MultiCount _theme = themes.GetValueOrDefault(), _country = countries.GetValueOrDefault();
        private readonly RegionCount _region = regions.GetValueOrDefault();
        private readonly YearCount _year = years.GetValueOrDefault();
        private readonly SingleCount _documentKind = documentKinds.GetValueOrDefault(), _kind = kinds.GetValueOrDefault(), _language = languages.GetValueOrDefault();

        public void On(int doc)
        {
            if (_themes)
            {
                _theme.On(doc);
            }

            if (_countries)
            {
                _country.On(doc);
            }

            if (_regions)
            {
                _region.On(doc);
            }

            if (_years)
            {
                _year.On(doc);
            }

            if (_documentKinds)
            {
                _documentKind.On(doc);
            }

            if (_kinds)
            {
                _kind.On(doc);
            }

            if (_languages)
            {
                _language.On(doc);
            }
        }
    }

    private readonly struct RegionCount(int[] starts, int[] countryIds, int[][] regionsOf, int[] seen, long[] counts) : IDocAction
    {
        public void On(int doc)
        {
            for (var i = starts[doc]; i < starts[doc + 1]; i++)
            {
                var id = countryIds[i];
                if (id >= regionsOf.Length)
                {
                    continue;
                }

                foreach (var region in regionsOf[id])
                {
                    if (seen[region] != doc + 1)
                    {
                        seen[region] = doc + 1;
                        counts[region]++;
                    }
                }
            }
        }
    }

    private readonly struct MultiCount(int[] starts, int[] ids, long[] counts) : IDocAction
    {
        public void On(int doc)
        {
            for (var i = starts[doc]; i < starts[doc + 1]; i++)
            {
                counts[ids[i]]++;
            }
        }
    }

    private readonly struct SingleCount(short[] ids, long[] counts) : IDocAction
    {
        public void On(int doc)
        {
            var id = ids[doc];
            if (id >= 0)
            {
                counts[id]++;
            }
        }
    }

    private readonly struct YearCount(short[] years, long[] counts, Dictionary<int, long> others) : IDocAction
    {
        public void On(int doc)
        {
            int year = years[doc];
            if (year is >= MinYear and <= MaxYear)
            {
                counts[year - MinYear]++;
            }
            else if (year != SegmentFacetValues.NoYear)
            {
                others[year] = others.GetValueOrDefault(year) + 1;
            }
        }
    }

    /// <summary>One dimension's counts, indexed by interned id.</summary>
    private sealed class Counts(FacetValueIds ids)
    {
        public long[] Values { get; private set; } = [];

        public void Refresh()
        {
            var size = ids.Count;
            if (Values.Length != size)
            {
                var values = Values;
                Array.Resize(ref values, size);
                Values = values;
            }
        }

        public void Add(Counts other)
        {
            if (Values.Length < other.Values.Length)
            {
                var values = Values;
                Array.Resize(ref values, other.Values.Length);
                Values = values;
            }

            for (var i = 0; i < other.Values.Length; i++)
            {
                Values[i] += other.Values[i];
            }
        }

        public List<FacetValue> ToFacetValues() =>
        [
            .. Values.Select((count, id) => (Count: count, Id: id))
                .Where(p => p.Count > 0)
                .Select(p => new FacetValue(ids.ValueOf(p.Id), p.Count))
                .OrderByDescending(v => v.Count)
                .ThenBy(v => v.Value, StringComparer.Ordinal),
        ];
    }
}
