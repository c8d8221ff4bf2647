using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Knowledge.Lucene.Searching;

/// <summary>
/// BM25 with coordination, and with each field's statistics taken over the findings that have the
/// field. Coordination: a boolean query that keeps it on (only the "most of the words" clause set)
/// multiplies its score by the share of its clauses a passage matches. Without it, a passage
/// matching three words in its own language outranks one matching six through the glossary's
/// other-language terms, whose weight is lower by design; with it, covering more of the question
/// wins. Every other boolean query disables coordination.
/// </summary>
/// <remarks>
/// Lucene 4.8's BM25 divides a field's total length by the whole index's document count
/// (<c>maxDoc</c>) for its average length. Each language has its own text fields, so in a mostly
/// French library the English fields' average length came out several times too short (8 terms
/// against 84 for a real English passage): every English passage was scored as a very long one,
/// and English evidence ranked below French evidence of the same worth. The average is taken over
/// the entries that have the field (<c>docCount</c>, as later Lucene versions do). The idf stays
/// over the whole index: a term found in one finding is as rare in either language, where a
/// per-language idf would make the smaller language's rare words weigh less.
/// </remarks>
internal sealed class CoverageSimilarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) => maxOverlap <= 0 ? 1f : overlap / (float)maxOverlap;

    protected override float AvgFieldLength(CollectionStatistics collectionStats)
    {
        var docs = FieldDocs(collectionStats);
        return collectionStats.SumTotalTermFreq <= 0 || docs <= 0 ? 1f : (float)(collectionStats.SumTotalTermFreq / (double)docs);
    }

    /// <summary>Entries with at least one term in the field; the whole index when the codec does not say.</summary>
    private static long FieldDocs(CollectionStatistics stats) => stats.DocCount > 0 ? stats.DocCount : stats.MaxDoc;
}
