using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Knowledge.Lucene.Searching;

/// <summary>
/// Scores the hits of a text query as Lucene's boolean and disjunction-max scorers would, without
/// their machinery. Every hit is already known to match (<see cref="Matcher"/>), so there is nothing
/// to find: each leaf (a term, a phrase) is moved to the hit and scored by its own Lucene weight, with
/// the boosts of the clauses above it, and the scores are combined as Lucene combines them (a sum
/// times coordination, or the best plus a share of the others). Lucene's scorers keep a heap per
/// disjunction and re-order it on every document; with the glossary's alternatives a clause holds
/// ten or more leaves, and at a million findings that bookkeeping was most of the search.
/// </summary>
internal sealed class HitScorer
{
    private readonly Node _root;

    private HitScorer(Node root) => _root = root;

    /// <summary>The scoring plan of <paramref name="query"/> on <paramref name="searcher"/>.</summary>
    public static HitScorer For(Query query, IndexSearcher searcher)
    {
        var rewritten = searcher.Rewrite(query);
        var norm = searcher.Similarity.QueryNorm(rewritten.CreateWeight(searcher).GetValueForNormalization());
        if (float.IsInfinity(norm) || float.IsNaN(norm))
        {
            norm = 1f;
        }

        return new HitScorer(Build(rewritten, searcher, norm, 1f));
    }

    /// <summary>A scorer over one segment: <c>Advance</c> puts it on a hit (which must match), <see cref="Scorer.GetScore"/> scores it.</summary>
    public Scorer Bind(AtomicReaderContext leaf) => new Bound(_root.Bind(leaf, leaf.AtomicReader.LiveDocs));

    private static Node Build(Query query, IndexSearcher searcher, float norm, float boost)
    {
        switch (query)
        {
            case BooleanQuery boolean:
            {
                var clauses = boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT).ToList();
                var children = clauses.Select(c => Build(c.Query, searcher, norm, boost * boolean.Boost)).ToArray();
                float[]? coord = null;
                if (!boolean.CoordDisabled)
                {
                    coord = new float[children.Length + 1];
                    for (var i = 0; i <= children.Length; i++)
                    {
                        coord[i] = searcher.Similarity.Coord(i, children.Length);
                    }
                }

                return new SumNode(children, coord);
            }

            case DisjunctionMaxQuery best:
                return new MaxNode([.. best.Disjuncts.Select(d => Build(d, searcher, norm, boost * best.Boost))], best.TieBreakerMultiplier);
            default:
            {
                var weight = query.CreateWeight(searcher);
                weight.GetValueForNormalization();
                weight.Normalize(norm, boost);
                return new LeafNode(weight);
            }
        }
    }

    private abstract class Node
    {
        public abstract BoundNode Bind(AtomicReaderContext leaf, IBits? liveDocs);
    }

    private abstract class BoundNode
    {
        /// <summary>Whether the node matches <paramref name="doc"/>, and its score there.</summary>
        public abstract bool Score(int doc, out float score);
    }

    private sealed class LeafNode(Weight weight) : Node
    {
        public override BoundNode Bind(AtomicReaderContext leaf, IBits? liveDocs) => new BoundLeaf(weight.GetScorer(leaf, liveDocs));
    }

    private sealed class BoundLeaf(Scorer? scorer) : BoundNode
    {
        public override bool Score(int doc, out float score)
        {
            score = 0;
            if (scorer is null)
            {
                return false;
            }

            var at = scorer.DocID;
            if (at < doc)
            {
                at = scorer.Advance(doc);
            }

            if (at != doc)
            {
                return false;
            }

            score = scorer.GetScore();
            return true;
        }
    }

    /// <summary>A boolean query: the sum of its matching clauses (as a double, as Lucene sums), times coordination when on.</summary>
    private sealed class SumNode(Node[] children, float[]? coord) : Node
    {
        public override BoundNode Bind(AtomicReaderContext leaf, IBits? liveDocs) => new BoundSum([.. children.Select(c => c.Bind(leaf, liveDocs))], coord);
    }

    private sealed class BoundSum(BoundNode[] children, float[]? coord) : BoundNode
    {
        public override bool Score(int doc, out float score)
        {
            double sum = 0;
            var matched = 0;
            foreach (var child in children)
            {
                if (child.Score(doc, out var s))
                {
                    sum += s;
                    matched++;
                }
            }

            score = coord is null ? (float)sum : (float)(sum * coord[matched]);
            return matched > 0;
        }
    }

    /// <summary>A disjunction-max query: the best matching alternative plus the tie-breaker's share of the others.</summary>
    private sealed class MaxNode(Node[] children, float tieBreaker) : Node
    {
        public override BoundNode Bind(AtomicReaderContext leaf, IBits? liveDocs) => new BoundMax([.. children.Select(c => c.Bind(leaf, liveDocs))], tieBreaker);
    }

    private sealed class BoundMax(BoundNode[] children, float tieBreaker) : BoundNode
    {
        public override bool Score(int doc, out float score)
        {
            float max = 0, sum = 0;
            var matched = false;
            foreach (var child in children)
            {
                if (child.Score(doc, out var s))
                {
                    sum += s;
                    max = matched ? Math.Max(max, s) : s;
                    matched = true;
                }
            }

            score = max + ((sum - max) * tieBreaker);
            return matched;
        }
    }

    private sealed class Bound(BoundNode root) : Scorer(null!)
    {
        private int _doc = -1;

        public override int DocID => _doc;

        public override int Freq => 1;

        public override float GetScore() => root.Score(_doc, out var score) ? score : 0f;

        public override int NextDoc() => throw new NotSupportedException("Hits are visited by Advance, one known match at a time.");

        public override int Advance(int target) => _doc = target;

        public override long GetCost() => 1;
    }
}
