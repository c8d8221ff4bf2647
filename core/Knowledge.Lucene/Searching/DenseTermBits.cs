using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Knowledge.Lucene.Searching;

/// <summary>
/// The documents of a segment holding a common term, kept as a bitset once read. Common words
/// ("enfant", "child", a report's title words in the context field) hold most passages and recur
/// in most queries (and in the glossary's expansions of many others); reading their postings was
/// most of the matching at a million findings, and OR-ing their bitset into a range costs a word
/// per 64 findings instead. Only terms held by at least one passage in <see cref="DensityDivisor"/>
/// are kept, at most <see cref="MaxTerms"/> per segment (one bit per finding each), as Lucene's
/// and Elasticsearch's query caches keep the matches of frequent filters. Keyed on the segment
/// reader, which changes with its deletions, so a kept bitset never holds a deleted passage.
/// </summary>
internal sealed class DenseTermBits
{
    /// <summary>A term is kept when at least one passage in this many holds it.</summary>
    public const int DensityDivisor = 16;

    /// <summary>At most this many terms are kept per segment (about 8 MB at a million findings).</summary>
    public const int MaxTerms = 64;

    private static readonly ConditionalWeakTable<AtomicReader, DenseTermBits> Cache = [];

    private readonly ConcurrentDictionary<Term, long[]> _bits = new();
    private readonly int _maxDoc;

    private DenseTermBits(int maxDoc) => _maxDoc = maxDoc;

    /// <summary>The kept terms of <paramref name="reader"/>.</summary>
    public static DenseTermBits For(AtomicReader reader) => Cache.GetValue(reader, r => new DenseTermBits(r.MaxDoc));

    /// <summary>
    /// The segment's bitset of the term <paramref name="termsEnum"/> is positioned on, when the term
    /// is common enough to keep (read now if not yet kept); null otherwise, or when the segment
    /// already keeps <see cref="MaxTerms"/> others.
    /// </summary>
    public long[]? Get(Term term, TermsEnum termsEnum, IBits? liveDocs)
    {
        if ((long)termsEnum.DocFreq * DensityDivisor < _maxDoc)
        {
            return null;
        }

        if (_bits.TryGetValue(term, out var kept))
        {
            return kept;
        }

        if (_bits.Count >= MaxTerms)
        {
            return null;
        }

        var words = new long[(_maxDoc + 63) >> 6];
        var docs = termsEnum.Docs(liveDocs, null, DocsFlags.NONE);
        for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
        {
            words[doc >> 6] |= 1L << (doc & 63);
        }

        // Two slices may read the same term at once: the first one kept wins, both are the same set.
        return _bits.GetOrAdd(term, words);
    }
}
