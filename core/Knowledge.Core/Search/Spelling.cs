namespace Knowledge.Core.Search;

/// <summary>
/// What both engines count as a misspelling of an indexed term, so that their did-you-means agree:
/// the optimal string alignment distance (Levenshtein with adjacent transpositions) over analysed
/// (folded, stemmed) terms, at most one edit up to seven letters and two beyond.
/// </summary>
public static class Spelling
{
    /// <summary>The shortest analysed term a suggestion is sought for.</summary>
    public const int MinTermLength = 3;

    /// <summary>How many edits a term of <paramref name="length"/> letters may be from its suggestion.</summary>
    public static int MaxEdits(int length) => length < 8 ? 1 : 2;

    /// <summary>Optimal string alignment distance (Levenshtein with adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>
    /// The word a reader would type, from the word as a passage writes it around a term: without an
    /// elided article or preposition ("d'orpaillage" → "orpaillage"), in lower case.
    /// </summary>
    public static string SurfaceWord(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var apostrophe = written.IndexOfAny(['\'', '\u2019']);
        return (apostrophe > 0 && apostrophe < written.Length - 1 ? written[(apostrophe + 1)..] : written).ToLowerInvariant();
    }
}
