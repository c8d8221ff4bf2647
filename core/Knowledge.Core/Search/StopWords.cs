using System.Collections.Frozen;

namespace Knowledge.Core.Search;

/// <summary>
/// The stop words both engines' analyzers drop: Lucene's French (Snowball) and English default sets,
/// which Elasticsearch's <c>_french_</c> and <c>_english_</c> lists are. A word typed alone that either
/// language drops is searched in neither, as the embedded engine does: "les" would otherwise match the
/// English passages that happen to hold it, and "the" the French ones (folded, « thé »). Lower case, as
/// typed (accents kept: « été » is a stop word, « ete » is not).
/// </summary>
public static class StopWords
{
    private static readonly FrozenSet<string> French = new[]
    {
        // Lucene's FrenchAnalyzer.DefaultStopSet.
        "ai", "aie", "aient", "aies", "ait", "as", "au", "aura", "aurai", "auraient", "aurais", "aurait", "auras", "aurez",
        "auriez", "aurions", "aurons", "auront", "aux", "avaient", "avais", "avait", "avec", "avez", "aviez", "avions",
        "avons", "ayant", "ayez", "ayons", "c", "ce", "ceci", "cela", "celà", "ces", "cet", "cette", "d", "dans", "de",
        "des", "du", "elle", "en", "es", "est", "et", "eu", "eue", "eues", "eurent", "eus", "eusse", "eussent", "eusses",
        "eussiez", "eussions", "eut", "eux", "eûmes", "eût", "eûtes", "furent", "fus", "fusse", "fussent", "fusses",
        "fussiez", "fussions", "fut", "fûmes", "fût", "fûtes", "ici", "il", "ils", "j", "je", "l", "la", "le", "les",
        "leur", "leurs", "lui", "m", "ma", "mais", "me", "mes", "moi", "mon", "même", "n", "ne", "nos", "notre", "nous",
        "on", "ont", "ou", "par", "pas", "pour", "qu", "que", "quel", "quelle", "quelles", "quels", "qui", "s", "sa",
        "sans", "se", "sera", "serai", "seraient", "serais", "serait", "seras", "serez", "seriez", "serions", "serons",
        "seront", "ses", "soi", "soient", "sois", "soit", "sommes", "son", "sont", "soyez", "soyons", "suis", "sur", "t",
        "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "y", "à", "étaient", "étais", "était",
        "étant", "étiez", "étions", "été", "étée", "étées", "étés", "êtes",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> English = new[]
    {
        // Lucene's EnglishAnalyzer.DefaultStopSet.
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
        "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Words = French.Union(English).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every stop word of either language.</summary>
    public static IReadOnlySet<string> All => Words;

    /// <summary>Whether <paramref name="item"/> is one plain word (no phrase, no space) that is a stop word of either language.</summary>
    public static bool IsStopWord(QueryItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return !item.IsPhrase && !item.Text.Contains(' ', StringComparison.Ordinal) && Contains(item.Text);
    }

    /// <summary>Whether <paramref name="word"/>, one word as typed (any case), is a stop word of either language.</summary>
    public static bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Words.Contains(word.ToLowerInvariant());
    }

    /// <summary>
    /// The language of a query from its stop words: <c>fr</c> or <c>en</c> when more of its words are that
    /// language's stop words than the other's ("as", "on" count for both), null when it holds none or as many
    /// of each.
    /// </summary>
    /// <param name="words">The query's words, as typed (any case).</param>
    public static string? LanguageOf(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var (french, english) = (0, 0);
        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            french += French.Contains(lower) ? 1 : 0;
            english += English.Contains(lower) ? 1 : 0;
        }

        return french > english ? "fr" : english > french ? "en" : null;
    }
}
