using Lucene.Net.Search.Similarities;

namespace Knowledge.Lucene.Searching;

/// <summary>
/// BM25 with coordination: a boolean query that keeps coordination on (only the "most of the
/// words" clause set) multiplies its score by the share of its clauses a passage matches. Without
/// it, a passage matching three words in its own language outranks one matching six through the
/// glossary's other-language terms, whose weight is lower by design; with it, covering more of the
/// question wins. Every other boolean query disables coordination.
/// </summary>
internal sealed class CoverageSimilarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) => maxOverlap <= 0 ? 1f : overlap / (float)maxOverlap;
}
