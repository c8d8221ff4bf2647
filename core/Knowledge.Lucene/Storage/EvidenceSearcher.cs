using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Knowledge.Lucene.Storage;

/// <summary>A run of documents <c>[Start, End)</c> of one segment.</summary>
internal sealed record DocRange(AtomicReaderContext Leaf, int Start, int End);

/// <summary>
/// An index searcher that can split one search across cores. Lucene parallelises only its own
/// top-docs searches, and only by whole segments (one large merged segment then keeps a single
/// core busy); here the documents are cut into equal ranges, segment boundaries or not, and each
/// range is searched on its own core (see <see cref="Searching.SliceSearch"/>).
/// </summary>
internal sealed class EvidenceSearcher(IndexReader reader, int parallelThreshold) : IndexSearcher(reader)
{
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
