using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Knowledge.Lucene.Analysis;

/// <summary>
/// Last filter of an indexing chain: passes every term through, remembers them, and once the field
/// is read adds one <see cref="GlossaryPhrases"/> token per occurrence of a glossary phrase, with no
/// position of its own (so the field's length is unchanged) and the offsets of the last word.
/// </summary>
/// <remarks>
/// A phrase occurs where its first term is, and every other term sits at its relative position or
/// one further, each on its own position: what Lucene's phrase query with one position of slack
/// accepts with the first term in place (the query-time expansion it replaces).
/// </remarks>
internal sealed class GlossaryPhraseFilter : TokenFilter
{
    private readonly Dictionary<string, GlossaryPhrases.Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _phrases;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;
    private readonly List<(int Start, int Length, int Position)> _seen = [];
    private readonly List<string> _found = [];
    private readonly int[] _chosen = new int[32];
    private char[] _chars = new char[2048];
    private int[] _atPosition = new int[256];
    private int _charCount;
    private int _position;
    private int _lastStart;
    private int _lastEnd;
    private int _next;
    private bool _inputDone;

    public GlossaryPhraseFilter(TokenStream input, GlossaryPhrases phrases, string language)
        : base(input)
    {
        _phrases = phrases.FirstTerms(language);
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        Clear();
    }

    public override bool IncrementToken()
    {
        if (!_inputDone)
        {
            if (m_input.IncrementToken())
            {
                Remember();
                return true;
            }

            _inputDone = true;
            FindPhrases();
        }

        if (_next >= _found.Count)
        {
            return false;
        }

        ClearAttributes();
        _term.SetEmpty().Append(_found[_next++]);
        _increment.PositionIncrement = 0;
        _offset.SetOffset(_lastStart, _lastEnd);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        Clear();
    }

    private void Clear()
    {
        _seen.Clear();
        _found.Clear();
        _charCount = 0;
        _position = -1;
        _next = 0;
        _inputDone = false;
    }

    private void Remember()
    {
        _position += _increment.PositionIncrement;
        var length = _term.Length;
        if (_charCount + length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + length));
        }

        Array.Copy(_term.Buffer, 0, _chars, _charCount, length);
        _seen.Add((_charCount, length, _position));
        _charCount += length;
        _lastStart = _offset.StartOffset;
        _lastEnd = _offset.EndOffset;
    }

    private void FindPhrases()
    {
        if (_seen.Count < 2)
        {
            return;
        }

        var positions = _position + 1;
        if (_atPosition.Length < positions)
        {
            _atPosition = new int[Math.Max(positions, _atPosition.Length * 2)];
        }

        Array.Fill(_atPosition, -1, 0, positions);
        for (var i = 0; i < _seen.Count; i++)
        {
            _atPosition[_seen[i].Position] = i;
        }

        for (var i = 0; i < _seen.Count; i++)
        {
            var (start, length, position) = _seen[i];
            if (!_phrases.TryGetValue(_chars.AsSpan(start, length), out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if (phrase.Terms.Length <= _chosen.Length && (Holds(phrase, 1, position, position) || Holds(phrase, 1, position - 1, position)))
                {
                    _found.Add(phrase.Token);
                }
            }
        }
    }

    /// <summary>Whether terms <paramref name="index"/> onwards sit at their relative position past <paramref name="origin"/>, or one further, on positions not taken.</summary>
    private bool Holds(GlossaryPhrases.Phrase phrase, int index, int origin, int first)
    {
        if (index == phrase.Terms.Length)
        {
            return true;
        }

        _chosen[0] = first;
        for (var shift = 0; shift <= GlossaryPhrases.Slop; shift++)
        {
            var at = origin + phrase.Positions[index] + shift;
            if (at < 0 || at > _position || _atPosition[at] < 0 || Taken(at, index))
            {
                continue;
            }

            var (start, length, _) = _seen[_atPosition[at]];
            if (_chars.AsSpan(start, length).SequenceEqual(phrase.Terms[index]))
            {
                _chosen[index] = at;
                if (Holds(phrase, index + 1, origin, first))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool Taken(int at, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (_chosen[i] == at)
            {
                return true;
            }
        }

        return false;
    }
}
