using System.Collections.Concurrent;
using Knowledge.Lucene.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Knowledge.Lucene.Storage;

/// <summary>A run of documents <c>[Start, End)</c> of one segment.</summary>
internal sealed record DocRange(AtomicReaderContext Leaf, int Start, int End);

/// <summary>
/// An index searcher that can split one search across cores. Lucene parallelises only its own
/// top-docs searches, and only by whole segments (one large merged segment then keeps a single
/// core busy); here the documents are cut into equal ranges, segment boundaries or not, and each
/// range is searched on its own core (see <see cref="Searching.SliceSearch"/>).
/// </summary>
internal sealed class EvidenceSearcher(IndexReader reader, int parallelThreshold, bool phrasesIndexed = false) : IndexSearcher(reader)
{
    private static readonly BytesRef PhrasePrefix = new(GlossaryPhrases.Prefix.ToString());

    private readonly ConcurrentDictionary<string, CollectionStatistics> _statistics = new(StringComparer.Ordinal);

    /// <summary>Whether the passages carry the running glossary's phrase tokens (see <see cref="IndexGeneration.PhrasesIndexed"/>).</summary>
    public bool PhrasesIndexed => phrasesIndexed;

    /// <summary>
    /// The field's statistics without the glossary's phrase tokens: they take no position, so they
    /// do not lengthen a passage (its norm), and must not lengthen the average passage either, or
    /// every BM25 score would shift with the glossary.
    /// </summary>
    public override CollectionStatistics CollectionStatistics(string field) =>
        _statistics.GetOrAdd(field, f => WithoutPhraseTokens(base.CollectionStatistics(f)));

    private CollectionStatistics WithoutPhraseTokens(CollectionStatistics stats)
    {
        var termsEnum = MultiFields.GetTerms(IndexReader, stats.Field)?.GetEnumerator();
        if (stats.SumTotalTermFreq <= 0 || termsEnum is null || termsEnum.SeekCeil(PhrasePrefix) == TermsEnum.SeekStatus.END)
        {
            return stats;
        }

        long phrases = 0;
        do
        {
            if (!StringHelper.StartsWith(termsEnum.Term, PhrasePrefix))
            {
                break;
            }

            phrases += termsEnum.TotalTermFreq;
        }
        while (termsEnum.MoveNext());

        return phrases == 0 ? stats : new CollectionStatistics(stats.Field, stats.MaxDoc, stats.DocCount, stats.SumTotalTermFreq - phrases, stats.SumDocFreq);
    }

    /// <summary>At most one slice per core; a single slice when the index is below the threshold.</summary>
    public IReadOnlyList<List<DocRange>> Slices()
    {
        var leaves = IndexReader.Leaves;
        var total = IndexReader.MaxDoc;
        var count = total < parallelThreshold || total == 0 ? 1 : Environment.ProcessorCount;
        var slices = Enumerable.Range(0, count).Select(_ => new List<DocRange>()).ToList();
        var perSlice = (total + count - 1) / Math.Max(1, count);
        var slice = 0;
        var room = perSlice;
        foreach (var leaf in leaves)
        {
            var start = 0;
            var maxDoc = leaf.AtomicReader.MaxDoc;
            while (start < maxDoc)
            {
                var take = slice == count - 1 ? maxDoc - start : Math.Min(room, maxDoc - start);
                slices[slice].Add(new DocRange(leaf, start, start + take));
                start += take;
                room -= take;
                if (room == 0 && slice < count - 1)
                {
                    slice++;
                    room = perSlice;
                }
            }
        }

        return slices;
    }
}
