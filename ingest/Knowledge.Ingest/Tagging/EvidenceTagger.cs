using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy;
using Knowledge.Core.Taxonomy.Matching;

namespace Knowledge.Ingest.Tagging;

/// <summary>What the tagger found in a passage.</summary>
/// <param name="Themes">Theme codes, in taxonomy file order.</param>
/// <param name="Countries">ISO 3166-1 alpha-2 codes, in order of first mention.</param>
/// <param name="Regions">Region codes the passage names, in order of first mention (members are not expanded).</param>
/// <param name="Kind">What the passage says.</param>
public sealed record TagResult(IReadOnlyList<string> Themes, IReadOnlyList<string> Countries, IReadOnlyList<string> Regions, FindingKind Kind);

/// <summary>How often a document mentions a country.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code.</param>
/// <param name="Count">Number of mentions.</param>
public sealed record CountryMention(string Code, int Count);

/// <summary>
/// Tags passages with themes, countries, regions and a finding kind using the taxonomy's keyword
/// patterns. All patterns are compiled once, in the constructor, into one automaton; a passage is
/// folded and tokenized once and matched in a single pass. Thread-safe: one instance serves a
/// whole ingestion run.
/// </summary>
/// <remarks>
/// Places are matched leftmost-longest without overlap, so "Guinée-Bissau" is one mention of GW
/// and never also of GN, and "Afrique du Sud" is ZA. A "!" pattern that wins such a match blocks it
/// ("!golfe de Guinée"). Themes are independent of each other: every theme whose patterns hit is
/// tagged, once at least <see cref="Theme.MinHits"/> distinct patterns hit outside its "!" phrases.
/// </remarks>
public sealed class EvidenceTagger
{
    private readonly string[] _themeCodes;
    private readonly int[] _themeMinHits;
    private readonly string[] _countryCodes;
    private readonly string[] _regionCodes;
    private readonly int _countryBase;
    private readonly int _regionBase;
    private readonly int _cueBase;
    private readonly PatternMatcher _matcher;

    /// <summary>Compiles the taxonomy's patterns.</summary>
    /// <exception cref="TaxonomyException">A pattern is empty or is an invalid regular expression; the message names it.</exception>
    public EvidenceTagger(EvidenceTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _themeCodes = [.. taxonomy.Themes.Select(t => t.Code)];
        _themeMinHits = [.. taxonomy.Themes.Select(t => Math.Max(1, t.MinHits))];
        _countryCodes = [.. taxonomy.Countries.Select(c => c.Code.ToUpperInvariant())];
        _regionCodes = [.. taxonomy.Regions.Select(r => r.Code)];
        _countryBase = _themeCodes.Length;
        _regionBase = _countryBase + _countryCodes.Length;
        _cueBase = _regionBase + _regionCodes.Length;
        _matcher = PatternMatcher.Build(Specs(taxonomy));
    }

    /// <summary>Tags one passage.</summary>
    /// <param name="text">The passage.</param>
    /// <param name="language"><c>fr</c> or <c>en</c>; chooses the cue words for the finding kind (themes and places use both languages).</param>
    public TagResult Tag(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = FoldedText.Create(text);
        var hits = new List<PatternHit>(32);
        _matcher.Match(folded, hits);

        var themes = SelectThemes(hits);
        var places = SelectPlaces(hits);
        var countries = new List<string>();
        var regions = new List<string>();
        foreach (var target in places)
        {
            if (target < _regionBase)
            {
                AddOnce(countries, _countryCodes[target - _countryBase]);
            }
            else
            {
                AddOnce(regions, _regionCodes[target - _regionBase]);
            }
        }

        Span<int> cues = stackalloc int[Math.Min(hits.Count, 256)];
        var cueCount = 0;
        foreach (var hit in hits)
        {
            if (hit.Target >= _cueBase && cueCount < cues.Length)
            {
                cues[cueCount++] = hit.Target - _cueBase;
            }
        }

        var english = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
        var kind = FindingKindClassifier.Classify(folded, cues[..cueCount], english);
        return new TagResult(themes, countries, regions, kind);
    }

    /// <summary>
    /// Every country mentioned in <paramref name="text"/> with its number of mentions, most
    /// mentioned first (ties in order of first mention): the first is a document's primary country.
    /// </summary>
    public IReadOnlyList<CountryMention> CountCountries(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hits = new List<PatternHit>(64);
        _matcher.Match(FoldedText.Create(text), hits);
        var counts = new Dictionary<int, (int Count, int First)>();
        var order = 0;
        foreach (var target in SelectPlaces(hits))
        {
            if (target >= _regionBase)
            {
                continue;
            }

            counts[target] = counts.TryGetValue(target, out var c) ? (c.Count + 1, c.First) : (1, order++);
        }

        return [.. counts
            .OrderByDescending(kv => kv.Value.Count)
            .ThenBy(kv => kv.Value.First)
            .Select(kv => new CountryMention(_countryCodes[kv.Key - _countryBase], kv.Value.Count))];
    }

    // The taxonomy's shared layout (themes, countries, regions), then the finding-kind cues after it.
    private IEnumerable<PatternSpec> Specs(EvidenceTaxonomy taxonomy)
    {
        foreach (var spec in TaxonomyPatterns.Specs(taxonomy))
        {
            yield return spec;
        }

        foreach (var (pattern, offset) in FindingKindClassifier.Patterns())
        {
            yield return new PatternSpec(pattern, _cueBase + offset, "les indices de type de constat");
        }
    }

    private string[] SelectThemes(List<PatternHit> hits)
    {
        // Distinct positive patterns per theme that no "!" phrase of the same theme covers.
        var anyNegative = false;
        foreach (var hit in hits)
        {
            anyNegative |= hit.Negative && hit.Target < _countryBase;
        }

        Span<int> distinct = stackalloc int[_themeCodes.Length];
        Span<ulong> seen = stackalloc ulong[(_matcher.PatternCount + 63) / 64];
        var taggedCount = 0;
        foreach (var hit in hits)
        {
            if (hit.Target >= _countryBase || hit.Negative)
            {
                continue;
            }

            ref var word = ref seen[hit.PatternId >> 6];
            var bit = 1UL << (hit.PatternId & 63);
            if ((word & bit) != 0 || (anyNegative && IsBlocked(hit, hits)))
            {
                continue;
            }

            word |= bit;
            if (++distinct[hit.Target] == _themeMinHits[hit.Target])
            {
                taggedCount++;
            }
        }

        var themes = new string[taggedCount];
        var next = 0;
        for (var t = 0; t < distinct.Length && next < taggedCount; t++)
        {
            if (distinct[t] >= _themeMinHits[t])
            {
                themes[next++] = _themeCodes[t];
            }
        }

        return themes;
    }

    private static bool IsBlocked(PatternHit hit, List<PatternHit> hits)
    {
        foreach (var other in hits)
        {
            if (other.Negative && other.Target == hit.Target && other.Start <= hit.Start && other.End >= hit.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Place targets (countries and regions) in text order, leftmost-longest, without overlaps; blocked phrases dropped.</summary>
    private List<int> SelectPlaces(List<PatternHit> hits)
    {
        var places = new List<PatternHit>();
        foreach (var hit in hits)
        {
            if (hit.Target >= _countryBase && hit.Target < _cueBase)
            {
                places.Add(hit);
            }
        }

        // Leftmost first, then longest, then a blocking phrase before a name of the same length.
        places.Sort(static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.End != b.End ? b.End.CompareTo(a.End)
            : b.Negative.CompareTo(a.Negative));

        var selected = new List<int>(places.Count);
        var next = 0;
        foreach (var place in places)
        {
            if (place.Start < next)
            {
                continue;
            }

            next = place.End;
            if (!place.Negative)
            {
                selected.Add(place.Target);
            }
        }

        return selected;
    }

    private static void AddOnce(List<string> list, string code)
    {
        if (!list.Contains(code))
        {
            list.Add(code);
        }
    }
}
