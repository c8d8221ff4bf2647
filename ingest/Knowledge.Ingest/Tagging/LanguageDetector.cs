using System.Collections.Frozen;
using Knowledge.Core.Taxonomy.Matching;

namespace Knowledge.Ingest.Tagging;

/// <summary>Tells French from English by the share of each language's stop words.</summary>
public static class LanguageDetector
{
    // Only words that are unambiguous between the two languages ("a", "on", "en", "as" are left out).
    private static readonly FrozenSet<string> French = FrozenSet.Create(StringComparer.Ordinal,
        "le", "la", "les", "de", "des", "du", "et", "est", "une", "un", "dans", "pour", "que", "qui", "sur", "par", "au", "aux", "ne",
        "pas", "se", "sont", "il", "elle", "ils", "elles", "ce", "cette", "ces", "avec", "ou", "leur", "leurs", "d", "l", "qu", "mais",
        "plus", "ont", "ete", "sa", "son", "ses", "nous", "vous", "entre", "selon", "sans", "lors", "dont", "tres", "aussi", "etre");

    private static readonly FrozenSet<string> English = FrozenSet.Create(StringComparer.Ordinal,
        "the", "of", "and", "to", "in", "is", "are", "was", "were", "for", "that", "with", "by", "this", "from", "at", "or", "which",
        "have", "has", "not", "their", "they", "be", "been", "it", "its", "who", "these", "those", "there", "but", "also", "between",
        "among", "than", "such", "into", "should", "would", "will", "more", "most", "only", "other");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchLookup = French.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup = English.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// <c>en</c> when English stop words clearly outnumber French ones, <c>fr</c> otherwise: French is
    /// the default on ties and on text too short to tell (fewer than three stop words).
    /// </summary>
    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // The first few thousand characters tell the language; folding a whole book would not.
        var folded = FoldedText.Create(text.AsSpan(0, Math.Min(text.Length, 4000)));
        int french = 0, english = 0;
        for (var i = 0; i < folded.Count; i++)
        {
            var token = folded.Token(i);
            if (FrenchLookup.Contains(token))
            {
                french++;
            }
            else if (EnglishLookup.Contains(token))
            {
                english++;
            }
        }

        return english >= 3 && english > french ? "en" : "fr";
    }
}
