using System.Buffers;
using System.Numerics;

namespace Knowledge.Lucene.Searching;

/// <summary>
/// A set of document ids within <c>[Start, End)</c> of one segment, as 64-bit words aligned on the
/// segment's own doc ids (word <c>i</c> holds docs <c>(FirstWord + i) * 64 …</c>), so it combines
/// word by word with the per-value bitsets of <see cref="Facets.SegmentFacetValues"/>. The words
/// are rented from the shared pool: dispose the set when done.
/// </summary>
internal sealed class DocBits : IDisposable
{
    private readonly int _firstWord;
    private long[] _words;

    private DocBits(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
        _firstWord = start >> 6;
        WordCount = end == start ? 0 : ((end - 1) >> 6) - _firstWord + 1;
        _words = ArrayPool<long>.Shared.Rent(WordCount);
        Array.Clear(_words, 0, WordCount);
    }

    public int Start { get; }

    public int End { get; }

    /// <summary>The words in use (the rented array may be longer).</summary>
    public int WordCount { get; }

    public static DocBits Empty(int start, int end) => new(start, end);

    public void Set(int doc) => _words[(doc >> 6) - _firstWord] |= 1L << (doc & 63);

    public bool Get(int doc) =>
        doc >= Start && doc < End && (_words[(doc >> 6) - _firstWord] & (1L << (doc & 63))) != 0;

    /// <summary>Keeps only the documents also in <paramref name="other"/> (same range).</summary>
    public void And(DocBits other)
    {
        SameRange(other);
        var words = _words.AsSpan(0, WordCount);
        var others = other._words.AsSpan(0, WordCount);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] &= others[i];
        }
    }

    /// <summary>Removes the documents in <paramref name="other"/> (same range).</summary>
    public void AndNot(DocBits other)
    {
        SameRange(other);
        var words = _words.AsSpan(0, WordCount);
        var others = other._words.AsSpan(0, WordCount);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] &= ~others[i];
        }
    }

    /// <summary>Adds the documents in <paramref name="other"/> (same range).</summary>
    public void Or(DocBits other)
    {
        SameRange(other);
        var words = _words.AsSpan(0, WordCount);
        var others = other._words.AsSpan(0, WordCount);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] |= others[i];
        }
    }

    /// <summary>Adds the documents of a whole-segment bitset (word 0 = docs 0–63), within this range.</summary>
    public void OrSegment(long[] segmentWords)
    {
        var words = _words.AsSpan(0, WordCount);
        var others = SameWords(segmentWords);
        for (var i = 0; i < others.Length; i++)
        {
            words[i] |= others[i];
        }

        ClearOutsideRange();
    }

    /// <summary>For each word: sets the bits present in both <paramref name="a"/> and <paramref name="b"/>.</summary>
    public void OrAnd(DocBits a, DocBits b)
    {
        SameRange(a);
        SameRange(b);
        var words = _words.AsSpan(0, WordCount);
        var left = a._words.AsSpan(0, WordCount);
        var right = b._words.AsSpan(0, WordCount);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] |= left[i] & right[i];
        }
    }

    public DocBits Clone()
    {
        var copy = new DocBits(Start, End);
        Array.Copy(_words, copy._words, WordCount);
        return copy;
    }

    public long Count()
    {
        long count = 0;
        foreach (var word in _words.AsSpan(0, WordCount))
        {
            count += BitOperations.PopCount((ulong)word);
        }

        return count;
    }

    /// <summary>How many of these documents are also in a whole-segment bitset (word 0 = docs 0–63).</summary>
    public long CountAnd(long[] segmentWords)
    {
        var words = _words.AsSpan(0, WordCount);
        var others = SameWords(segmentWords);
        long count = 0;
        for (var i = 0; i < others.Length; i++)
        {
            count += BitOperations.PopCount((ulong)(words[i] & others[i]));
        }

        return count;
    }

    /// <summary>Calls <paramref name="action"/> for each document, in increasing order.</summary>
    public void ForEach<TAction>(ref TAction action)
        where TAction : struct, IDocAction
    {
        var words = _words.AsSpan(0, WordCount);
        for (var i = 0; i < words.Length; i++)
        {
            var word = (ulong)words[i];
            var baseDoc = (_firstWord + i) << 6;
            while (word != 0)
            {
                action.On(baseDoc + BitOperations.TrailingZeroCount(word));
                word &= word - 1;
            }
        }
    }

    public void Dispose()
    {
        var words = Interlocked.Exchange(ref _words, []);
        if (words.Length > 0)
        {
            ArrayPool<long>.Shared.Return(words);
        }
    }

    /// <summary>The words of a whole-segment bitset that line up with this set's words (fewer when it is shorter).</summary>
    private ReadOnlySpan<long> SameWords(long[] segmentWords) =>
        segmentWords.AsSpan(_firstWord, Math.Max(0, Math.Min(WordCount, segmentWords.Length - _firstWord)));

    private void ClearOutsideRange()
    {
        if (WordCount == 0)
        {
            return;
        }

        var low = Start & 63;
        if (low != 0)
        {
            _words[0] &= -1L << low;
        }

        var high = End & 63;
        if (high != 0)
        {
            _words[WordCount - 1] &= (1L << high) - 1;
        }
    }

    private void SameRange(DocBits other)
    {
        if (other.Start != Start || other.End != End)
        {
            throw new ArgumentException($"Document ranges differ: [{Start}, {End}) and [{other.Start}, {other.End}).", nameof(other));
        }
    }
}

/// <summary>What <see cref="DocBits.ForEach{TAction}"/> does with each document (a struct, so the call inlines).</summary>
internal interface IDocAction
{
    void On(int doc);
}
