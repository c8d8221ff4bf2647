using System.Security.Cryptography;
using System.Text;
using Knowledge.Core.Taxonomy;
using Lucene.Net.Analysis;

namespace Knowledge.Lucene.Analysis;

/// <summary>
/// The glossary's multi-word terms as each language's analyzer sees them ("mariage des enfants" is
/// <c>mariag _ enfant</c> in French), indexed as single tokens wherever a passage or its context
/// holds them. A glossary expansion then costs one term lookup instead of a sloppy phrase over
/// common words: at a million findings, the phrases of "mariage précoce" alone read the positions
/// of a third of the index on every search.
/// </summary>
/// <remarks>
/// A passage holds a phrase exactly when the query-time phrase (one position of slack) would have
/// matched it: the same analysed terms, compared on the same positions (<see cref="GlossaryPhraseFilter"/>).
/// The tokens go into the text fields themselves, at the position of the passage's last word and
/// with no position of their own, so the field's length (BM25's norm) is unchanged and one analysis
/// serves both. They start with <see cref="Prefix"/>, which no analysed word can.
/// </remarks>
internal sealed class GlossaryPhrases
{
    /// <summary>Starts every phrase token; the tokenizer drops it from text, so no word starts with it.</summary>
    public const char Prefix = '§';

    /// <summary>Extra positions a phrase's words may spread over, as the query-time phrase allowed.</summary>
    public const int Slop = 1;

    // Raised whenever matching or token spelling changes: an index built otherwise is not trusted.
    private const string Version = "glossary-phrases-1";

    private readonly Dictionary<string, Dictionary<string, Phrase[]>> _byFirstTerm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _tokens = new(StringComparer.Ordinal);

    public GlossaryPhrases(Glossary glossary, Func<string, Analyzer> analyzerFor)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        var fingerprint = new StringBuilder(Version).Append('\n');
        foreach (var language in FieldNames.Languages)
        {
            var phrases = new Dictionary<string, Phrase>(StringComparer.Ordinal);
            foreach (var term in glossary.Concepts.SelectMany(c => c.All))
            {
                var terms = EvidenceAnalyzers.Terms(analyzerFor(language), FieldNames.Text(language), term);
                if (terms.Count >= 2)
                {
                    var token = TokenOf(terms);
                    phrases.TryAdd(token, new Phrase(token, [.. terms.Select(t => t.Term)], [.. terms.Select(t => t.Position - terms[0].Position)]));
                }
            }

            _tokens[language] = [.. phrases.Keys];
            _byFirstTerm[language] = phrases.Values.GroupBy(p => p.Terms[0], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
            foreach (var token in phrases.Keys.Order(StringComparer.Ordinal))
            {
                fingerprint.Append(language).Append(':').Append(token).Append('\n');
            }
        }

        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint.ToString())))[..32];
    }

    /// <summary>Identifies the phrases (and how they are matched): an index holds these tokens only if built with the same fingerprint.</summary>
    public string Fingerprint { get; }

    /// <summary>The token of an analysed phrase: its terms in order, one <c>_</c> per position a stop word left empty.</summary>
    public static string TokenOf(IReadOnlyList<(string Term, int Position)> terms)
    {
        var token = new StringBuilder().Append(Prefix).Append(terms[0].Term);
        for (var i = 1; i < terms.Count; i++)
        {
            for (var gap = terms[i - 1].Position + 1; gap < terms[i].Position; gap++)
            {
                token.Append(" _");
            }

            token.Append(' ').Append(terms[i].Term);
        }

        return token.ToString();
    }

    /// <summary>Whether passages in <paramref name="language"/> are indexed with <paramref name="token"/> wherever they hold its phrase.</summary>
    public bool Indexes(string language, string token) => _tokens.TryGetValue(language, out var tokens) && tokens.Contains(token);

    /// <summary>The phrases of <paramref name="language"/>, looked up by their first analysed term.</summary>
    public Dictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> FirstTerms(string language) =>
        _byFirstTerm[language].GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An analysed glossary term: its terms and their positions relative to the first.</summary>
    internal sealed record Phrase(string Token, string[] Terms, int[] Positions);
}
