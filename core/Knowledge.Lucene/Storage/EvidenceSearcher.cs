using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Knowledge.Lucene.Storage;

/// <summary>
/// An index searcher that can run one query over a chosen subset of segments, so a search can be
/// split across cores with one collector per slice (Lucene only parallelises its own top-docs
/// searches, not custom collectors such as the faceting one).
/// </summary>
internal sealed class EvidenceSearcher(IndexReader reader, int parallelThreshold) : IndexSearcher(reader)
{
    public void SearchSlice(IList<AtomicReaderContext> leaves, Weight weight, ICollector collector) =>
        base.Search(leaves, weight, collector);

    /// <summary>The segments split into at most one slice per core, balanced by size.</summary>
    public IReadOnlyList<List<AtomicReaderContext>> Slices()
    {
        var leaves = IndexReader.Leaves;
        var count = IndexReader.MaxDoc < parallelThreshold ? 1 : Math.Min(Environment.ProcessorCount, leaves.Count);
        var slices = Enumerable.Range(0, Math.Max(1, count)).Select(_ => new List<AtomicReaderContext>()).ToList();
        var sizes = new long[slices.Count];
        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc))
        {
            var smallest = Array.IndexOf(sizes, sizes.Min());
            slices[smallest].Add(leaf);
            sizes[smallest] += leaf.AtomicReader.MaxDoc;
        }

        return slices;
    }
}
