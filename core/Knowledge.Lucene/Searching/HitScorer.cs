using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
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
/// <para>
/// Each leaf also knows the most it can score (BM25's <c>idf × boost × (k1 + 1)</c>, which its term
/// frequency only approaches), so a search sorted by relevance can skip the hits that cannot reach
/// its top results (MaxScore, Turtle and Flood 1995): given the score a hit must beat, the leaves
/// that even all together could not reach it are "non-essential", and a hit matching none of the
/// others is passed over without moving the non-essential leaves (the common words, whose postings
/// are the long ones) onto it. See <see cref="Bound.MayCompete"/>.
/// </para>
/// </summary>
internal sealed class HitScorer
{
    private readonly Node _root;
    private readonly LeafNode[] _leaves;

    /// <summary>The leaves from the weakest bound to the strongest.</summary>
    private readonly int[] _weakestFirst;

    private HitScorer(Node root, LeafNode[] leaves)
    {
        _root = root;
        _leaves = leaves;
        _weakestFirst = [.. Enumerable.Range(0, leaves.Length).OrderBy(i => leaves[i].Max)];
    }

    /// <summary>The scoring plan of <paramref name="query"/> on <paramref name="searcher"/>.</summary>
    public static HitScorer For(Query query, IndexSearcher searcher)
    {
        var rewritten = searcher.Rewrite(query);
        // BM25 ignores the query norm (its weights take only the boosts): making a weight of the
        // whole query for it would look every term up once more for nothing.
        var norm = searcher.Similarity is BM25Similarity ? 1f : searcher.Similarity.QueryNorm(rewritten.CreateWeight(searcher).GetValueForNormalization());
        if (float.IsInfinity(norm) || float.IsNaN(norm))
        {
            norm = 1f;
        }

        var leaves = new List<LeafNode>();
        var root = Build(rewritten, searcher, norm, 1f, leaves);
        return new HitScorer(root, [.. leaves]);
    }

    /// <summary>A scorer over one segment: <c>Advance</c> puts it on a hit (which must match), <see cref="Scorer.GetScore"/> scores it.</summary>
    public Bound Bind(AtomicReaderContext leaf)
    {
        var bound = new BoundLeaf[_leaves.Length];
        var root = _root.Bind(leaf, leaf.AtomicReader.LiveDocs, bound);
        return new Bound(this, root, bound);
    }

    /// <summary>
    /// Which leaves a hit must match to score at least <paramref name="floor"/>: the leaves left out
    /// (taken from the weakest up) could not reach it even all matching at once, with the highest
    /// coordination their clauses allow and the boost factor at most <paramref name="maxFactor"/>.
    /// </summary>
    private bool[] Essential(double floor, double maxFactor)
    {
        var matchable = new bool[_leaves.Length];
        foreach (var i in _weakestFirst)
        {
            matchable[i] = true;
            // A margin for the float rounding of the real score against this bound in doubles.
            if (_root.BoundWith(matchable).Bound * maxFactor * (1 + 1e-4) >= floor)
            {
                matchable[i] = false;
                break;
            }
        }

        for (var i = 0; i < matchable.Length; i++)
        {
            matchable[i] = !matchable[i];
        }

        return matchable;
    }

    private static Node Build(Query query, IndexSearcher searcher, float norm, float boost, List<LeafNode> leaves)
    {
        switch (query)
        {
            case BooleanQuery boolean:
            {
                var clauses = boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT).ToList();
                var children = clauses.Select(c => Build(c.Query, searcher, norm, boost * boolean.Boost, leaves)).ToArray();
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
                return new MaxNode([.. best.Disjuncts.Select(d => Build(d, searcher, norm, boost * best.Boost, leaves))], best.TieBreakerMultiplier);
            default:
            {
                var weight = query.CreateWeight(searcher);
                var squared = weight.GetValueForNormalization();
                weight.Normalize(norm, boost);
                // BM25 scores weight × freq / (freq + norm) with weight = idf × boost × (k1 + 1) and a
                // positive norm, so a term or phrase leaf stays below that weight; its normalization
                // value is (idf × its own boost)², and the boost of the clauses above is given here.
                var upper = searcher.Similarity is BM25Similarity bm25 && query is TermQuery or PhraseQuery or MultiPhraseQuery
                    ? Math.Sqrt(squared) * boost * (bm25.K1 + 1)
                    : double.PositiveInfinity;
                var node = new LeafNode(weight, leaves.Count, upper);
                leaves.Add(node);
                return node;
            }
        }
    }

    private abstract class Node
    {
        public abstract BoundNode Bind(AtomicReaderContext leaf, IBits? liveDocs, BoundLeaf[] leaves);

        /// <summary>The most this node can score when only the <paramref name="matchable"/> leaves may match, and whether any of its leaves may.</summary>
        public abstract (double Bound, bool Any) BoundWith(bool[] matchable);
    }

    internal abstract class BoundNode
    {
        /// <summary>Whether the node matches <paramref name="doc"/>, and its score there.</summary>
        public abstract bool Score(int doc, out float score);
    }

    private sealed class LeafNode(Weight weight, int index, double upperBound) : Node
    {
        public double Max { get; } = upperBound;

        public override BoundNode Bind(AtomicReaderContext leaf, IBits? liveDocs, BoundLeaf[] leaves) =>
            leaves[index] = new BoundLeaf(weight.GetScorer(leaf, liveDocs));

        public override (double Bound, bool Any) BoundWith(bool[] matchable) => matchable[index] ? (Max, true) : (0, false);
    }

    internal sealed class BoundLeaf(Scorer? scorer) : BoundNode
    {
        /// <summary>Whether the leaf matches <paramref name="doc"/> (moving it there, not scoring it).</summary>
        public bool Matches(int doc)
        {
            if (scorer is null)
            {
                return false;
            }

            var at = scorer.DocID;
            return (at < doc ? scorer.Advance(doc) : at) == doc;
        }

        public override bool Score(int doc, out float score)
        {
            if (!Matches(doc))
            {
                score = 0;
                return false;
            }

            score = scorer!.GetScore();
            return true;
        }
    }

    /// <summary>A boolean query: the sum of its matching clauses (as a double, as Lucene sums), times coordination when on.</summary>
    private sealed class SumNode(Node[] children, float[]? coord) : Node
    {
        public override BoundNode Bind(AtomicReaderContext leaf, IBits? liveDocs, BoundLeaf[] leaves) => new BoundSum([.. children.Select(c => c.Bind(leaf, liveDocs, leaves))], coord);

        public override (double Bound, bool Any) BoundWith(bool[] matchable)
        {
            double sum = 0;
            var count = 0;
            foreach (var child in children)
            {
                var (bound, any) = child.BoundWith(matchable);
                sum += bound;
                count += any ? 1 : 0;
            }

            if (coord is not null)
            {
                // The best coordination for at most `count` matching clauses.
                var best = 0f;
                for (var i = 0; i <= count; i++)
                {
                    best = Math.Max(best, coord[i]);
                }

                sum *= best;
            }

            return (sum, count > 0);
        }
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
        public override BoundNode Bind(AtomicReaderContext leaf, IBits? liveDocs, BoundLeaf[] leaves) => new BoundMax([.. children.Select(c => c.Bind(leaf, liveDocs, leaves))], tieBreaker);

        public override (double Bound, bool Any) BoundWith(bool[] matchable)
        {
            // The best plus the tie-breaker's share of the others grows with every child's score.
            double max = 0, sum = 0;
            var any = false;
            foreach (var child in children)
            {
                var (bound, matches) = child.BoundWith(matchable);
                max = Math.Max(max, bound);
                sum += bound;
                any |= matches;
            }

            return (max + ((sum - max) * tieBreaker), any);
        }
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

    /// <summary>The scorer of one segment, and the test of whether a hit can still reach the top results.</summary>
    internal sealed class Bound(HitScorer plan, BoundNode root, BoundLeaf[] leaves) : Scorer(null!)
    {
        private int _doc = -1;
        private double _floor = double.NegativeInfinity;
        private BoundLeaf[]? _essential;

        /// <summary>
        /// Whether <paramref name="doc"/> (a hit) could score at least <paramref name="floor"/> once
        /// multiplied by at most <paramref name="maxFactor"/>: false when it matches none of the leaves
        /// needed to get there. Only those leaves are moved; the others stay where they are.
        /// </summary>
        public bool MayCompete(int doc, double floor, double maxFactor)
        {
            if (double.IsNegativeInfinity(floor))
            {
                return true;
            }

            // Recomputed as the floor rises, not at every rise (a lower floor only skips less).
            if (floor > _floor * 1.01 || double.IsNegativeInfinity(_floor))
            {
                _floor = floor;
                var essential = plan.Essential(floor, maxFactor);
                _essential = [.. leaves.Where((_, i) => essential[i])];

                // Every hit matches one of the leaves: when all are needed, there is nothing to test.
                if (_essential.Length == leaves.Length)
                {
                    _essential = null;
                }
            }

            if (_essential is null)
            {
                return true;
            }

            foreach (var leaf in _essential)
            {
                if (leaf.Matches(doc))
                {
                    return true;
                }
            }

            return false;
        }

        public override int DocID => _doc;

        public override int Freq => 1;

        public override float GetScore() => root.Score(_doc, out var score) ? score : 0f;

        public override int NextDoc() => throw new NotSupportedException("Hits are visited by Advance, one known match at a time.");

        public override int Advance(int target) => _doc = target;

        public override long GetCost() => 1;
    }
}
