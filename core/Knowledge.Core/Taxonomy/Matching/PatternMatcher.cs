using System.Text.RegularExpressions;
using Knowledge.Core.Taxonomy;

namespace Knowledge.Core.Taxonomy.Matching;

/// <summary>
/// All keyword patterns of a taxonomy compiled into one automaton, so that a passage is folded and
/// tokenized once and every pattern is tried in a single pass:
/// <list type="bullet">
/// <item>a character DFA over the pattern vocabulary gives each text token its symbols (the exact
/// pattern word it equals, and every <c>prefix*</c> it starts with) in one walk of its characters;</item>
/// <item>a token trie over those symbols then finds every pattern that starts at each token.</item>
/// </list>
/// Only <c>re:</c> patterns run as regular expressions (culture-invariant, with a timeout); a
/// blocking <c>!re:</c> expression runs only on a text that has a hit of its own target.
/// The matcher reports every hit; callers choose (all hits for themes, leftmost-longest for places).
/// </summary>
internal sealed class PatternMatcher
{
    private const string RegexPrefix = "re:";
    private const char NegativePrefix = '!';

    // Character DFA: 26 letters + 10 digits; symbol 0 is "any other character" and always dead.
    private const int Stride = 37;
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    private readonly int[] _charNext;
    private readonly int[] _exactSymbol;
    private readonly int[] _prefixSymbol;
    private readonly Dictionary<long, int> _tokenNext;

    // Most tokens fail at the root, so its transitions are a flat array (symbol → child, 0 = none).
    private readonly int[] _rootNext;
    private readonly Terminal[][] _terminals;
    private readonly RegexPattern[] _regexes;

    private PatternMatcher(int[] charNext, int[] exactSymbol, int[] prefixSymbol, Dictionary<long, int> tokenNext, Terminal[][] terminals, RegexPattern[] regexes, int patternCount)
    {
        _charNext = charNext;
        _exactSymbol = exactSymbol;
        _prefixSymbol = prefixSymbol;
        _tokenNext = tokenNext;
        _rootNext = new int[exactSymbol.Length + prefixSymbol.Length];
        foreach (var (key, child) in tokenNext)
        {
            if (key >> 32 == 0)
            {
                _rootNext[(int)key] = child;
            }
        }

        _terminals = terminals;
        _regexes = regexes;
        PatternCount = patternCount;
    }

    /// <summary>Number of distinct patterns compiled (pattern ids run from 0 to this, exclusive).</summary>
    public int PatternCount { get; }

    /// <summary>
    /// Compiles patterns. Each spec carries the caller's target (what a hit means) and an origin
    /// used in error messages ("theme « online »").
    /// </summary>
    /// <exception cref="TaxonomyException">A pattern is empty or its regular expression does not parse.</exception>
    public static PatternMatcher Build(IEnumerable<PatternSpec> specs)
    {
        var builder = new Builder();
        foreach (var spec in specs)
        {
            builder.Add(spec);
        }

        return builder.Build();
    }

    /// <summary>Adds every pattern hit in <paramref name="text"/> to <paramref name="hits"/>.</summary>
    public void Match(FoldedText text, List<PatternHit> hits)
    {
        var count = text.Count;
        if (count > 0)
        {
            // Symbols of each token, flattened: token i owns symbols[offsets[i]..offsets[i+1]].
            var offsets = count <= 512 ? stackalloc int[count + 1] : new int[count + 1];
            var symbols = new List<int>(count * 2);
            for (var i = 0; i < count; i++)
            {
                offsets[i] = symbols.Count;
                AddSymbols(text.Token(i), symbols);
            }

            offsets[count] = symbols.Count;
            if (symbols.Count > 0)
            {
                var symbolSpan = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(symbols);
                for (var start = 0; start < count; start++)
                {
                    for (var s = offsets[start]; s < offsets[start + 1]; s++)
                    {
                        var child = _rootNext[symbolSpan[s]];
                        if (child != 0)
                        {
                            Reached(child, start, start, offsets, symbolSpan, count, hits);
                        }
                    }
                }
            }
        }

        foreach (var regex in _regexes)
        {
            if (!regex.Negative)
            {
                MatchRegex(regex, text, hits);
            }
        }

        // A "!" expression is there to block hits of its own target, so it is tried only when the
        // text has one: most passages name no capital, and the blocking expressions (three per
        // capital) would otherwise scan every passage for nothing.
        for (var i = 0; i < _regexes.Length; i++)
        {
            if (_regexes[i].Negative && HasPositive(hits, _regexes[i].Target))
            {
                MatchRegex(_regexes[i], text, hits);
            }
        }
    }

    private static bool HasPositive(List<PatternHit> hits, int target)
    {
        foreach (var hit in hits)
        {
            if (hit.Target == target && !hit.Negative)
            {
                return true;
            }
        }

        return false;
    }

    private void AddSymbols(ReadOnlySpan<char> token, List<int> symbols)
    {
        var node = 0;
        foreach (var c in token)
        {
            var column = Column(c);
            if (column == 0)
            {
                return;
            }

            node = _charNext[(node * Stride) + column];
            if (node == 0)
            {
                return;
            }

            if (_prefixSymbol[node] >= 0)
            {
                symbols.Add(_prefixSymbol[node]);
            }
        }

        if (_exactSymbol[node] >= 0)
        {
            symbols.Add(_exactSymbol[node]);
        }
    }

    private void Reached(int node, int start, int position, Span<int> offsets, ReadOnlySpan<int> symbols, int count, List<PatternHit> hits)
    {
        foreach (var terminal in _terminals[node])
        {
            hits.Add(new PatternHit(start, position + 1, terminal.Target, terminal.PatternId, terminal.Negative));
        }

        var next = position + 1;
        if (next >= count)
        {
            return;
        }

        for (var s = offsets[next]; s < offsets[next + 1]; s++)
        {
            if (_tokenNext.TryGetValue(Key(node, symbols[s]), out var child))
            {
                Reached(child, start, next, offsets, symbols, count, hits);
            }
        }
    }

    private static void MatchRegex(RegexPattern pattern, FoldedText text, List<PatternHit> hits)
    {
        try
        {
            for (var match = pattern.Regex.Match(text.Text); match.Success; match = match.NextMatch())
            {
                var start = text.FirstTokenAtOrAfter(match.Index);
                var end = text.FirstTokenAtOrAfter(match.Index + match.Length);
                if (end > start)
                {
                    hits.Add(new PatternHit(start, end, pattern.Target, pattern.PatternId, pattern.Negative));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological passage must not stall ingestion; the pattern simply does not tag it.
        }
    }

    private static int Column(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a' + 1,
        >= '0' and <= '9' => c - '0' + 27,
        _ => 0,
    };

    private static long Key(int node, int symbol) => ((long)node << 32) | (uint)symbol;

    private readonly record struct Terminal(int Target, int PatternId, bool Negative);

    private sealed record RegexPattern(Regex Regex, int Target, int PatternId, bool Negative);

    private sealed class Builder
    {
        private readonly List<int> _charNext = [.. new int[Stride]];
        private readonly List<int> _exact = [-1];
        private readonly List<int> _prefix = [-1];
        private readonly Dictionary<long, int> _tokenNext = [];
        private readonly List<List<Terminal>> _terminals = [[]];
        private readonly List<RegexPattern> _regexes = [];
        private readonly Dictionary<string, int> _patternIds = new(StringComparer.Ordinal);
        private int _symbolCount;

        public void Add(PatternSpec spec)
        {
            var pattern = spec.Pattern.Trim();
            var negative = pattern.StartsWith(NegativePrefix);
            if (negative)
            {
                pattern = pattern[1..].TrimStart();
            }

            if (pattern.Length == 0)
            {
                throw new TaxonomyException($"Motif vide dans {spec.Origin}.");
            }

            // The same pattern for the same target counts once (a name repeated as a variant).
            var identity = $"{spec.Target}\u0001{negative}\u0001{pattern}";
            if (_patternIds.ContainsKey(identity))
            {
                return;
            }

            var patternId = _patternIds.Count;
            _patternIds.Add(identity, patternId);

            if (pattern.StartsWith(RegexPrefix, StringComparison.OrdinalIgnoreCase))
            {
                AddRegex(spec, pattern[RegexPrefix.Length..], patternId, negative);
                return;
            }

            var words = SplitWords(pattern);
            if (words.Count == 0)
            {
                throw new TaxonomyException($"Le motif « {spec.Pattern} » de {spec.Origin} ne contient aucun mot.");
            }

            var node = 0;
            foreach (var (word, isPrefix) in words)
            {
                var symbol = SymbolOf(word, isPrefix);
                var key = Key(node, symbol);
                if (!_tokenNext.TryGetValue(key, out var child))
                {
                    child = _terminals.Count;
                    _terminals.Add([]);
                    _tokenNext.Add(key, child);
                }

                node = child;
            }

            _terminals[node].Add(new Terminal(spec.Target, patternId, negative));
        }

        public PatternMatcher Build() => new(
            [.. _charNext],
            [.. _exact],
            [.. _prefix],
            _tokenNext,
            [.. _terminals.Select(t => t.ToArray())],
            [.. _regexes],
            _patternIds.Count);

        private void AddRegex(PatternSpec spec, string expression, int patternId, bool negative)
        {
            try
            {
                // Interpreted, not compiled: a compiled expression is emitted and then JIT-compiled
                // on its first match, several milliseconds each, which made a short `extract` run
                // spend a third of a second on its first passage; the taxonomy's few expressions
                // match quickly enough interpreted.
                var regex = new Regex(expression, RegexOptions.CultureInvariant, RegexTimeout);
                _regexes.Add(new RegexPattern(regex, spec.Target, patternId, negative));
            }
            catch (ArgumentException ex)
            {
                throw new TaxonomyException($"Expression régulière invalide « {expression} » dans {spec.Origin} : {ex.Message}", ex);
            }
        }

        private static List<(string Word, bool IsPrefix)> SplitWords(string pattern)
        {
            var folded = FoldedText.Fold(pattern);
            var words = new List<(string, bool)>();
            var i = 0;
            while (i < folded.Length)
            {
                if (!FoldedText.IsTokenChar(folded[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < folded.Length && FoldedText.IsTokenChar(folded[i]))
                {
                    i++;
                }

                var isPrefix = i < folded.Length && folded[i] == '*';
                words.Add((folded[start..i], isPrefix));
            }

            return words;
        }

        private int SymbolOf(string word, bool isPrefix)
        {
            var node = 0;
            foreach (var c in word)
            {
                var column = Column(c);
                var slot = (node * Stride) + column;
                var next = _charNext[slot];
                if (next == 0)
                {
                    next = _exact.Count;
                    _exact.Add(-1);
                    _prefix.Add(-1);
                    _charNext.AddRange(new int[Stride]);
                    _charNext[slot] = next;
                }

                node = next;
            }

            var table = isPrefix ? _prefix : _exact;
            if (table[node] < 0)
            {
                table[node] = _symbolCount++;
            }

            return table[node];
        }
    }
}

/// <summary>A pattern to compile: the raw pattern text, what a hit means to the caller, and where it came from.</summary>
internal readonly record struct PatternSpec(string Pattern, int Target, string Origin);

/// <summary>A pattern hit over tokens [Start, End).</summary>
internal readonly record struct PatternHit(int Start, int End, int Target, int PatternId, bool Negative)
{
    public int Length => End - Start;
}
