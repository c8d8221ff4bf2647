using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Knowledge.Lucene.Facets;

/// <summary>
/// Interns facet values (theme codes, country codes, kind codes…) as small integers shared by
/// every segment, so counts from all segments add up in plain arrays. The sets are small and
/// bounded by the taxonomy and the enums.
/// </summary>
internal sealed class FacetValueIds
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _values.Count;
            }
        }
    }

    public int IdOf(string value)
    {
        lock (_lock)
        {
            if (!_ids.TryGetValue(value, out var id))
            {
                id = _values.Count;
                _ids.Add(value, id);
                _values.Add(value);
            }

            return id;
        }
    }

    /// <summary>The id of a value already seen, or -1 (a filter on a value no document carries).</summary>
    public int Find(string value)
    {
        lock (_lock)
        {
            return _ids.TryGetValue(value, out var id) ? id : -1;
        }
    }

    public string ValueOf(int id)
    {
        lock (_lock)
        {
            return _values[id];
        }
    }
}

/// <summary>
/// One segment's facet doc values copied into arrays of interned ids. Reading Lucene's on-disk doc
/// values per document costs about half a microsecond in Lucene.NET, which made facets over a
/// million findings far too slow; array reads cost a few nanoseconds. Segments never change, so
/// the copy is made once per segment (when a refreshed searcher is warmed) and kept for its life.
/// </summary>
internal sealed class SegmentFacetValues
{
    public const short NoYear = short.MinValue;

    private static readonly ConditionalWeakTable<object, SegmentFacetValues> Cache = [];

    private readonly ConcurrentDictionary<(FacetDimension Dimension, int Key), long[]> _valueBits = new();
    private readonly ConditionalWeakTable<int[], long[]> _anyCountryBits = [];

    private SegmentFacetValues(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        MaxDoc = maxDoc;
        (ThemeStarts, ThemeIds) = ReadMulti(reader.GetSortedSetDocValues(FieldNames.Theme), maxDoc, Themes);
        (CountryStarts, CountryIds) = ReadMulti(reader.GetSortedSetDocValues(FieldNames.Country), maxDoc, Countries);
        DocumentKindIds = ReadSingle(reader.GetSortedDocValues(FieldNames.DocumentKind), maxDoc, DocumentKinds);
        KindIds = ReadSingle(reader.GetSortedDocValues(FieldNames.Kind), maxDoc, Kinds);
        LanguageIds = ReadSingle(reader.GetSortedDocValues(FieldNames.Language), maxDoc, Languages);
        Years = new short[maxDoc];
        Array.Fill(Years, NoYear);
        var years = reader.GetNumericDocValues(FieldNames.Year);
        var present = years is null ? null : reader.GetDocsWithField(FieldNames.Year);
        if (years is not null && present is not null)
        {
            for (var doc = 0; doc < maxDoc; doc++)
            {
                if (present.Get(doc))
                {
                    Years[doc] = (short)Math.Clamp(years.Get(doc), short.MinValue + 1, short.MaxValue);
                }
            }
        }

        DistinctYears = [.. Years.Where(y => y != NoYear).Distinct().Order()];
        DistinctYearValues = [.. DistinctYears.Select(y => (int)y)];
        DistinctThemeIds = [.. ThemeIds.Distinct().Order()];
        DistinctCountryIds = [.. CountryIds.Distinct().Order()];
        DistinctDocumentKindIds = Distinct(DocumentKindIds);
        DistinctKindIds = Distinct(KindIds);
        DistinctLanguageIds = Distinct(LanguageIds);
    }

    public static FacetValueIds Themes { get; } = new();

    public static FacetValueIds Countries { get; } = new();

    public static FacetValueIds DocumentKinds { get; } = new();

    public static FacetValueIds Kinds { get; } = new();

    public static FacetValueIds Languages { get; } = new();

    /// <summary>Themes of document d are <c>ThemeIds[ThemeStarts[d]..ThemeStarts[d + 1]]</c>.</summary>
    public int[] ThemeStarts { get; }

    public int[] ThemeIds { get; }

    public int[] CountryStarts { get; }

    public int[] CountryIds { get; }

    /// <summary>Per document: interned id, or -1 when absent.</summary>
    public short[] DocumentKindIds { get; }

    public short[] KindIds { get; }

    public short[] LanguageIds { get; }

    /// <summary>Per document: the year, or <see cref="NoYear"/>.</summary>
    public short[] Years { get; }

    /// <summary>The years the segment's findings carry, in increasing order.</summary>
    public short[] DistinctYears { get; }

    public int MaxDoc { get; }

    /// <summary>The interned ids (the years, for <see cref="FacetDimension.Year"/>) the segment's findings carry in one dimension.</summary>
    public int[] DistinctValues(FacetDimension dimension) => dimension switch
    {
        FacetDimension.Theme => DistinctThemeIds,
        FacetDimension.Country => DistinctCountryIds,
        FacetDimension.Year => DistinctYearValues,
        FacetDimension.DocumentKind => DistinctDocumentKindIds,
        FacetDimension.Kind => DistinctKindIds,
        FacetDimension.Language => DistinctLanguageIds,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };

    private int[] DistinctYearValues { get; }

    private int[] DistinctThemeIds { get; }

    private int[] DistinctCountryIds { get; }

    private int[] DistinctDocumentKindIds { get; }

    private int[] DistinctKindIds { get; }

    private int[] DistinctLanguageIds { get; }

    /// <summary>
    /// The documents carrying one value of a dimension (an interned id, or the year for
    /// <see cref="FacetDimension.Year"/>), as words over the whole segment; built on first use and
    /// kept, so a filter costs a few word operations per 64 findings instead of a test per finding.
    /// Memory: one bit per finding for each value ever filtered on or counted by bitset
    /// (<see cref="FacetTally"/>, for hit sets dense enough).
    /// </summary>
    public long[] ValueBits(FacetDimension dimension, int key) =>
        _valueBits.GetOrAdd((dimension, key), k => BuildValueBits(k.Dimension, k.Key));

    /// <summary>
    /// The documents carrying any of <paramref name="countryIds"/> (interned ids: a region's member
    /// countries), kept like <see cref="ValueBits"/> for as long as the caller keeps that array (one
    /// per region in <see cref="RegionMembership.MembersByRegion"/>), so it is looked up, not rebuilt.
    /// </summary>
    public long[] AnyCountryBits(int[] countryIds) =>
        _anyCountryBits.GetValue(countryIds, ids =>
        {
            var words = new long[(MaxDoc + 63) >> 6];
            foreach (var id in ids)
            {
                var bits = ValueBits(FacetDimension.Country, id);
                for (var i = 0; i < words.Length; i++)
                {
                    words[i] |= bits[i];
                }
            }

            return words;
        });

    public static SegmentFacetValues For(AtomicReader reader) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new SegmentFacetValues(reader));

    private long[] BuildValueBits(FacetDimension dimension, int key)
    {
        var words = new long[(MaxDoc + 63) >> 6];
        switch (dimension)
        {
            case FacetDimension.Theme:
                SetMulti(words, ThemeStarts, ThemeIds, key);
                break;
            case FacetDimension.Country:
                SetMulti(words, CountryStarts, CountryIds, key);
                break;
            default:
                SetSingle(words, SingleValues(dimension), key);
                break;
        }

        return words;
    }

    private short[] SingleValues(FacetDimension dimension) => dimension switch
    {
        FacetDimension.Year => Years,
        FacetDimension.DocumentKind => DocumentKindIds,
        FacetDimension.Kind => KindIds,
        FacetDimension.Language => LanguageIds,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };

    private static int[] Distinct(short[] ids) => [.. ids.Where(id => id >= 0).Distinct().Order().Select(id => (int)id)];

    private static void SetMulti(long[] words, int[] starts, int[] ids, int key)
    {
        for (var doc = 0; doc < starts.Length - 1; doc++)
        {
            for (var i = starts[doc]; i < starts[doc + 1]; i++)
            {
                if (ids[i] == key)
                {
                    words[doc >> 6] |= 1L << (doc & 63);
                    break;
                }
            }
        }
    }

    private static void SetSingle(long[] words, short[] values, int key)
    {
        for (var doc = 0; doc < values.Length; doc++)
        {
            if (values[doc] == key)
            {
                words[doc >> 6] |= 1L << (doc & 63);
            }
        }
    }

    private static (int[] Starts, int[] Ids) ReadMulti(SortedSetDocValues? values, int maxDoc, FacetValueIds ids)
    {
        var starts = new int[maxDoc + 1];
        if (values is null)
        {
            return (starts, []);
        }

        var map = new int[values.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < map.Length; ord++)
        {
            values.LookupOrd(ord, term);
            map[ord] = ids.IdOf(term.Utf8ToString());
        }

        var list = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = list.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                list.Add(map[ord]);
            }
        }

        starts[maxDoc] = list.Count;
        return (starts, [.. list]);
    }

    private static short[] ReadSingle(SortedDocValues? values, int maxDoc, FacetValueIds ids)
    {
        var result = new short[maxDoc];
        Array.Fill(result, (short)-1);
        if (values is null)
        {
            return result;
        }

        var map = new short[values.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < map.Length; ord++)
        {
            values.LookupOrd(ord, term);
            map[ord] = (short)ids.IdOf(term.Utf8ToString());
        }

        for (var doc = 0; doc < maxDoc; doc++)
        {
            var ord = values.GetOrd(doc);
            if (ord >= 0)
            {
                result[doc] = map[ord];
            }
        }

        return result;
    }
}
