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
/// Lucene 4.8's BM25 divides by the whole index's document count (<c>maxDoc</c>) for the average
/// field length and the idf. Each language has its own text fields, so in a mostly French library
/// the English fields' average length came out several times too short (8 terms against 84 for a
/// real English passage): every English passage was scored as a very long one, and English
/// evidence ranked below French evidence of the same worth. And every English word looked rare
/// (found in 3 findings of 208, where it could only be in 30), so an English word typed outweighed
/// its French translation twice over ("trafficking Niger" ranked an English passage without Niger
/// above the French ones about Niger). Counting only the entries that have the field
/// (<c>docCount</c>, as later Lucene versions and Elasticsearch do) puts both languages on one scale.
/// </remarks>
internal sealed class CoverageSimilarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) => maxOverlap <= 0 ? 1f : overlap / (float)maxOverlap;

    protected override float AvgFieldLength(CollectionStatistics collectionStats)
    {
        var docs = FieldDocs(collectionStats);
        return collectionStats.SumTotalTermFreq <= 0 || docs <= 0 ? 1f : (float)(collectionStats.SumTotalTermFreq / (double)docs);
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats)
    {
        var docs = FieldDocs(collectionStats);
        var idf = Idf(termStats.DocFreq, docs);
        return new Explanation(idf, $"idf(docFreq={termStats.DocFreq}, docCount={docs})");
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        var docs = FieldDocs(collectionStats);
        var result = new Explanation { Description = "idf(), sum of:" };
        var total = 0f;
        foreach (var stat in termStats)
        {
            var idf = Idf(stat.DocFreq, docs);
            result.AddDetail(new Explanation(idf, $"idf(docFreq={stat.DocFreq}, docCount={docs})"));
            total += idf;
        }

        result.Value = total;
        return result;
    }

    /// <summary>Entries with at least one term in the field; the whole index when the codec does not say.</summary>
    private static long FieldDocs(CollectionStatistics stats) => stats.DocCount > 0 ? stats.DocCount : stats.MaxDoc;
}
