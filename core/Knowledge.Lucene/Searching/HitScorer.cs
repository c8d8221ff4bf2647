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
/// are the long ones) onto it; a hit that matches one is passed over too when the real scores of the
/// essential leaves plus the bounds of the others fall short. See <see cref="Bound.MayCompete"/>.
/// </para>
/// <para>
/// A term or phrase repeated in several alternatives (under other boosts) reads one postings list:
/// with BM25 the repeat's score is the first one's times the ratio of their weights.
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
        var root = Build(rewritten, searcher, norm, 1f, leaves, []);
        return new HitScorer(root, [.. leaves]);
    }

    /// <summary>A scorer over one segment: <c>Advance</c> puts it on a hit (which must match), <see cref="Scorer.GetScore"/> scores it.</summary>
    public Bound Bind(AtomicReaderContext leaf)
    {
        var bound = new BoundLeaf[_leaves.Length];
        var root = _root.Bind(leaf, leaf.AtomicReader.LiveDocs, bound, new Postings?[_leaves.Length]);
        return new Bound(this, root, bound);
    }

    /// <summary>
    /// Which leaves a hit must match to score at least <paramref name="floor"/>: the leaves left out
    /// (taken from the weakest up) could not reach it even all matching at once, with the highest
    /// coordination their clauses allow and the hit's boost <paramref name="factor"/>. None when
    /// even all of them could not.
    /// </summary>
    private bool[] Essential(double floor, double factor)
    {
        var matchable = new bool[_leaves.Length];
        foreach (var i in _weakestFirst)
        {
            matchable[i] = true;
            // A margin for the float rounding of the real score against this bound in doubles.
            if (_root.BoundWith(matchable).Bound * factor * (1 + 1e-4) >= floor)
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

    private static Node Build(Query query, IndexSearcher searcher, float norm, float boost, List<LeafNode> leaves, Dictionary<Query, LeafNode> shared)
    {
        switch (query)
        {
            case BooleanQuery boolean:
            {
                var clauses = boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT).ToList();
                var children = clauses.Select(c => Build(c.Query, searcher, norm, boost * boolean.Boost, leaves, shared)).ToArray();
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
                return new MaxNode([.. best.Disjuncts.Select(d => Build(d, searcher, norm, boost * best.Boost, leaves, shared))], best.TieBreakerMultiplier);
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
                // The glossary's alternatives repeat a term or phrase under other boosts: with BM25 a
                // repeat scores as the first occurrence times the ratio of their weights, so all of
                // them read one postings list (each hit moves it once, not once per repeat).
                var unboosted = (Query)query.Clone();
                unboosted.Boost = 1f;
                LeafNode node;
                if (!double.IsInfinity(upper) && shared.TryGetValue(unboosted, out var first))
                {
                    node = new LeafNode(first.Weight, leaves.Count, upper, first.Postings, upper / first.Max);
                }
                else
                {
                    // A leaf reads the postings slot of its own index unless it repeats an earlier one.
                    node = new LeafNode(weight, leaves.Count, upper, leaves.Count, 1d);
                    shared.TryAdd(unboosted, node);
                }

                leaves.Add(node);
                return node;
            }
        }
    }

    private abstract class Node
    {
        public abstract BoundNode Bind(AtomicReaderContext leaf, IBits? liveDocs, BoundLeaf[] leaves, Postings?[] postings);

        /// <summary>The most this node can score when only the <paramref name="matchable"/> leaves may match, and whether any of its leaves may.</summary>
        public abstract (double Bound, bool Any) BoundWith(bool[] matchable);
    }

    internal abstract class BoundNode
    {
        /// <summary>Whether the node matches <paramref name="doc"/>, and its score there.</summary>
        public abstract bool Score(int doc, out float score);

        /// <summary>
        /// The most the node can score on <paramref name="doc"/> knowing only its
        /// <paramref name="essential"/> leaves there (their real scores) and the bounds of the others
        /// (not moved), and whether any of its leaves may match.
        /// </summary>
        public abstract (double Bound, bool Any) Ceiling(int doc, bool[] essential);
    }

    /// <summary>A term or phrase: <paramref name="weight"/> scores it, or the first of its repeats times <paramref name="scale"/>.</summary>
    private sealed class LeafNode(Weight weight, int index, double upperBound, int postings, double scale) : Node
    {
        public double Max { get; } = upperBound;

        public Weight Weight => weight;

        /// <summary>Which postings list the leaf reads (shared by the repeats of one term or phrase).</summary>
        public int Postings => postings;

        public override BoundNode Bind(AtomicReaderContext leaf, IBits? liveDocs, BoundLeaf[] leaves, Postings?[] shared) =>
            leaves[index] = new BoundLeaf(shared[postings] ??= new Postings(weight.GetScorer(leaf, liveDocs)), scale, Max, index);

        public override (double Bound, bool Any) BoundWith(bool[] matchable) => matchable[index] ? (Max, true) : (0, false);
    }

    /// <summary>One postings list on a segment, moved hit by hit, with the score of the hit it is on.</summary>
    internal sealed class Postings(Scorer? scorer)
    {
        private int _scoredDoc = -1;
        private float _score;

        public bool Exists => scorer is not null;

        /// <summary>Whether the list holds <paramref name="doc"/> (moving it there, not scoring it).</summary>
        public bool Matches(int doc)
        {
            if (scorer is null)
            {
                return false;
            }

            var at = scorer.DocID;
            return (at < doc ? scorer.Advance(doc) : at) == doc;
        }

        /// <summary>The score at <paramref name="doc"/>, which it must be on; computed once per hit.</summary>
        public float Score(int doc)
        {
            if (_scoredDoc != doc)
            {
                _score = scorer!.GetScore();
                _scoredDoc = doc;
            }

            return _score;
        }
    }

    internal sealed class BoundLeaf(Postings postings, double scale, double max, int index) : BoundNode
    {
        /// <summary>Whether the leaf matches <paramref name="doc"/> (moving it there, not scoring it).</summary>
        public bool Matches(int doc) => postings.Matches(doc);

        public override bool Score(int doc, out float score)
        {
            if (!postings.Matches(doc))
            {
                score = 0;
                return false;
            }

            var first = postings.Score(doc);
            score = scale == 1d ? first : (float)(first * scale);
            return true;
        }

        /// <summary>The leaf's real score when it is essential (see <see cref="Bound.MayCompete"/>); the bound of the others, which are not moved.</summary>
        public override (double Bound, bool Any) Ceiling(int doc, bool[] essential)
        {
            if (!essential[index])
            {
                return (max, postings.Exists);
            }

            return Score(doc, out var score) ? (score, true) : (0, false);
        }
    }

    /// <summary>A boolean query: the sum of its matching clauses (as a double, as Lucene sums), times coordination when on.</summary>
    private sealed class SumNode(Node[] children, float[]? coord) : Node
    {
        public override BoundNode Bind(AtomicReaderContext leaf, IBits? liveDocs, BoundLeaf[] leaves, Postings?[] postings) => new BoundSum([.. children.Select(c => c.Bind(leaf, liveDocs, leaves, postings))], coord);

        public override (double Bound, bool Any) BoundWith(bool[] matchable)
        {
            var total = default(SumBound);
            foreach (var child in children)
            {
                total.Add(child.BoundWith(matchable));
            }

            return total.Result(coord);
        }
    }

    /// <summary>
    /// The bound of a boolean query from its clauses' bounds: their sum times the best coordination
    /// for at most as many matching clauses as may match (1 without coordination). Shared by the
    /// plan-wide bound (<see cref="Node.BoundWith"/>) and the per-hit one (<see cref="BoundNode.Ceiling"/>).
    /// </summary>
    private struct SumBound
    {
        private double _sum;
        private int _count;

        public void Add((double Bound, bool Any) child)
        {
            _sum += child.Bound;
            _count += child.Any ? 1 : 0;
        }

        public readonly (double Bound, bool Any) Result(float[]? coord)
        {
            var best = coord is null ? 1f : 0f;
            for (var i = 0; coord is not null && i <= _count; i++)
            {
                best = Math.Max(best, coord[i]);
            }

            return (_sum * best, _count > 0);
        }
    }

    /// <summary>
    /// The bound of a disjunction-max query from its alternatives' bounds: the best plus the
    /// tie-breaker's share of the others, which grows with every alternative's score.
    /// </summary>
    private struct MaxBound
    {
        private double _max;
        private double _sum;
        private bool _any;

        public void Add((double Bound, bool Any) child)
        {
            _max = Math.Max(_max, child.Bound);
            _sum += child.Bound;
            _any |= child.Any;
        }

        public readonly (double Bound, bool Any) Result(float tieBreaker) => (_max + ((_sum - _max) * tieBreaker), _any);
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

        public override (double Bound, bool Any) Ceiling(int doc, bool[] essential)
        {
            var total = default(SumBound);
            foreach (var child in children)
            {
                total.Add(child.Ceiling(doc, essential));
            }

            return total.Result(coord);
        }
    }

    /// <summary>A disjunction-max query: the best matching alternative plus the tie-breaker's share of the others.</summary>
    private sealed class MaxNode(Node[] children, float tieBreaker) : Node
    {
        public override BoundNode Bind(AtomicReaderContext leaf, IBits? liveDocs, BoundLeaf[] leaves, Postings?[] postings) => new BoundMax([.. children.Select(c => c.Bind(leaf, liveDocs, leaves, postings))], tieBreaker);

        public override (double Bound, bool Any) BoundWith(bool[] matchable)
        {
            var best = default(MaxBound);
            foreach (var child in children)
            {
                best.Add(child.BoundWith(matchable));
            }

            return best.Result(tieBreaker);
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

        public override (double Bound, bool Any) Ceiling(int doc, bool[] essential)
        {
            var best = default(MaxBound);
            foreach (var child in children)
            {
                best.Add(child.Ceiling(doc, essential));
            }

            return best.Result(tieBreaker);
        }
    }

    /// <summary>The scorer of one segment, and the test of whether a hit can still reach the top results.</summary>
    internal sealed class Bound(HitScorer plan, BoundNode root, BoundLeaf[] leaves) : Scorer(null!)
    {
        /// <summary>The essential leaves for each boost factor met so far (a handful: one per combination of boosts).</summary>
        private readonly List<Cut> _cuts = [];
        private int _doc = -1;

        /// <summary>
        /// Whether <paramref name="doc"/> (a hit) could score at least <paramref name="floor"/> once its
        /// text score is multiplied by its boost <paramref name="factor"/>: false when it matches none
        /// of the leaves needed to get there (none at all when the factor is too low for any). Only
        /// those leaves are moved; the others stay where they are.
        /// </summary>
        public bool MayCompete(int doc, double floor, double factor)
        {
            if (double.IsNegativeInfinity(floor))
            {
                return true;
            }

            var cut = CutFor(factor);
            // Recomputed as the floor rises, not at every rise (a lower floor only skips less).
            if (floor > cut.Floor * 1.01 || double.IsNegativeInfinity(cut.Floor))
            {
                cut.Floor = floor;
                cut.Essential = plan.Essential(floor, factor);
                var essential = cut.Essential;
                cut.Leaves = [.. leaves.Where((_, i) => essential[i])];
                // Every hit matches one of the leaves: when all are needed, there is nothing to test.
                cut.All = cut.Leaves.Length == leaves.Length;
            }

            if (cut.All)
            {
                return true;
            }

            var any = false;
            foreach (var leaf in cut.Leaves)
            {
                if (leaf.Matches(doc))
                {
                    any = true;
                    break;
                }
            }

            // A hit that matches an essential leaf may still fall short: the real scores of the
            // essential leaves with the bounds of the others must reach the floor (the second half of
            // MaxScore), before the others are moved onto it.
            return any && root.Ceiling(doc, cut.Essential).Bound * factor * (1 + 1e-4) >= floor;
        }

        public override int DocID => _doc;

        public override int Freq => 1;

        public override float GetScore() => root.Score(_doc, out var score) ? score : 0f;

        public override int NextDoc() => throw new NotSupportedException("Hits are visited by Advance, one known match at a time.");

        public override int Advance(int target) => _doc = target;

        public override long GetCost() => 1;

        private Cut CutFor(double factor)
        {
            foreach (var cut in _cuts)
            {
                if (cut.Factor == factor)
                {
                    return cut;
                }
            }

            var added = new Cut(factor);
            _cuts.Add(added);
            return added;
        }

        /// <summary>For one boost factor: the floor the essential leaves were found for, and those leaves.</summary>
        private sealed class Cut(double factor)
        {
            public double Factor { get; } = factor;

            public double Floor { get; set; } = double.NegativeInfinity;

            public bool[] Essential { get; set; } = [];

            public BoundLeaf[] Leaves { get; set; } = [];

            public bool All { get; set; }
        }
    }
}
