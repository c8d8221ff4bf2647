using Knowledge.Lucene.Facets;
using Knowledge.Lucene.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Knowledge.Lucene.Searching;

/// <summary>
/// One search over the index: which findings match the text, which of them pass the filters,
/// facet counts with multi-select semantics (OR within a facet, AND across facets: a filtered
/// facet is counted over the findings passing every other filter) and the top hits. Each slice
/// of documents runs on its own core; within a range everything is a bitset: the text match from
/// <see cref="Matcher"/>, each filter from <see cref="SegmentFacetValues.ValueBits"/>. Only the
/// hits are scored, with Lucene's scores (<see cref="HitScorer"/>), times the boosts for what the
/// query named (<see cref="ConceptBoosts"/>). When the results are sorted by relevance, a hit that
/// cannot reach the top <c>numHits</c> (see <see cref="HitScorer.Bound.MayCompete"/>) is counted
/// and faceted but not scored.
/// </summary>
internal sealed class SliceSearch(Matcher text, Matcher? documents, HitScorer scoring, FacetFilters filters, bool facets, Sort? sort, int numHits, ConceptBoosts? boosts = null)
{
    private readonly bool _byRelevance = sort?.GetSort() is [{ Type: SortFieldType.SCORE, IsReverse: false }, ..];
    private long _scored;

    /// <summary>How many hits were scored by the last <see cref="Run(EvidenceSearcher)"/> (the others could not reach the top).</summary>
    public long Scored => Interlocked.Read(ref _scored);

    /// <summary>Runs the search over every slice and merges the counts and top hits (by the same sort, so ties stay deterministic).</summary>
    public (long Total, FacetTally Facets, TopDocs? Top) Run(EvidenceSearcher searcher)
    {
        Interlocked.Exchange(ref _scored, 0);
        var floor = new SharedFloor();
        var slices = searcher.Slices();
        var parts = new (long Total, FacetTally Facets, TopFieldCollector? Top)[slices.Count];
        if (slices.Count == 1)
        {
            parts[0] = Run(slices[0], floor);
        }
        else
        {
            Parallel.For(0, slices.Count, i => parts[i] = Run(slices[i], floor));
        }

        var total = parts.Sum(p => p.Total);
        var merged = parts[0].Facets;
        foreach (var part in parts.Skip(1))
        {
            merged.Add(part.Facets);
        }

        var top = parts[0].Top is null ? null
            : parts.Length == 1 ? parts[0].Top!.GetTopDocs()
            : TopDocs.Merge(sort, numHits, [.. parts.Select(p => (TopDocs)p.Top!.GetTopDocs())]);
        return (total, merged, top);
    }

    private (long Total, FacetTally Facets, TopFieldCollector? Top) Run(IReadOnlyList<DocRange> ranges, SharedFloor floor)
    {
        var tally = new FacetTally(filters.Regions);
        var top = sort is null || numHits == 0
            ? null
            : TopFieldCollector.Create(sort, numHits, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        var best = top is not null && _byRelevance ? new TopScores(numHits, floor) : null;
        long total = 0;
        foreach (var (leaf, start, end) in ranges)
        {
            total += Run(leaf, start, end, tally, top, best);
        }

        return (total, tally, top);
    }

    private long Run(AtomicReaderContext leaf, int start, int end, FacetTally tally, TopFieldCollector? top, TopScores? best)
    {
        var segment = SegmentFacetValues.For(leaf.AtomicReader);
        tally.Refresh();
        using var matched = text.Match(leaf, start, end);
        if (documents is not null)
        {
            using var inDocuments = documents.Match(leaf, start, end);
            matched.And(inDocuments);
        }

        var passes = new List<(FacetDimension Dimension, DocBits Bits)>();
        try
        {
            foreach (var dimension in FilterBits.Dimensions)
            {
                var pass = FilterBits.Pass(filters, dimension, segment, start, end);
                if (pass is not null)
                {
                    passes.Add((dimension, pass));
                }
            }

            using var hits = matched.Clone();
            foreach (var (_, pass) in passes)
            {
                hits.And(pass);
            }

            if (facets)
            {
                // The dimensions without a filter of their own are counted over the hits, in one pass.
                tally.Count([.. FilterBits.Dimensions.Where(d => passes.FindIndex(p => p.Dimension == d) < 0)], segment, hits);
                foreach (var dimension in FilterBits.Dimensions)
                {
                    var own = passes.FindIndex(p => p.Dimension == dimension);
                    if (own < 0)
                    {
                        continue;
                    }

                    // Multi-select: this facet ignores its own filter and honours the others.
                    using var others = matched.Clone();
                    for (var i = 0; i < passes.Count; i++)
                    {
                        if (i != own)
                        {
                            others.And(passes[i].Bits);
                        }
                    }

                    tally.Count(dimension, segment, others);
                }
            }

            var count = hits.Count();
            if (top is not null && count > 0)
            {
                Score(leaf, segment, hits, top, best);
            }

            return count;
        }
        finally
        {
            foreach (var (_, pass) in passes)
            {
                pass.Dispose();
            }
        }
    }

    /// <summary>
    /// Scores the hits (<see cref="HitScorer"/>, Lucene's scores) and feeds them to the top-hits
    /// collector; leaves leap from hit to hit (their postings skip ahead) rather than stepping
    /// through every match.
    /// </summary>
    private void Score(AtomicReaderContext leaf, SegmentFacetValues segment, DocBits hits, TopFieldCollector top, TopScores? best)
    {
        var scorer = scoring.Bind(leaf);
        var boosted = boosts?.On(segment);
        top.SetNextReader(leaf);
        if (best is null)
        {
            top.SetScorer(boosted is null ? scorer : boosted.Wrap(scorer));
            var leap = new Leap(scorer, top);
            hits.ForEach(ref leap);
            Interlocked.Add(ref _scored, hits.Count());
            return;
        }

        var given = new GivenScore();
        top.SetScorer(given);
        var prune = new Prune(scorer, boosted, given, top, best);
        hits.ForEach(ref prune);
        Interlocked.Add(ref _scored, given.Scored);
    }

    /// <summary>Puts the scorer on each hit and collects it.</summary>
    private readonly struct Leap(Scorer scorer, TopFieldCollector top) : IDocAction
    {
        public void On(int doc)
        {
            scorer.Advance(doc);
            top.Collect(doc);
        }
    }

    /// <summary>
    /// Scores and collects each hit that can still reach the top; passes over the others. A hit's
    /// own boost factor (a few array reads) bounds it, not the highest any hit can get: once the
    /// top holds findings about the place and theme the query names, the others must beat them on
    /// text alone and most cannot.
    /// </summary>
    private readonly struct Prune(HitScorer.Bound scorer, ConceptBoosts.Segment? boosts, GivenScore given, TopFieldCollector top, TopScores best) : IDocAction
    {
        public void On(int doc)
        {
            var factor = boosts?.Factor(doc) ?? 1f;
            if (!scorer.MayCompete(doc, best.Floor, factor))
            {
                return;
            }

            scorer.Advance(doc);
            // As the boosted scorer computes it: the text score times the factor, in floats.
            var score = boosts is null ? scorer.GetScore() : scorer.GetScore() * factor;
            given.Set(doc, score);
            top.Collect(doc);
            best.Add(score);
        }
    }

    /// <summary>The score already computed for the hit being collected.</summary>
    private sealed class GivenScore() : Scorer(null!)
    {
        private int _doc = -1;
        private float _score;

        public long Scored { get; private set; }

        public void Set(int doc, float score)
        {
            _doc = doc;
            _score = score;
            Scored++;
        }

        public override int DocID => _doc;

        public override int Freq => 1;

        public override float GetScore() => _score;

        public override int NextDoc() => throw new NotSupportedException();

        public override int Advance(int target) => throw new NotSupportedException();

        public override long GetCost() => 1;
    }

    /// <summary>
    /// The best <c>n</c> scores a slice has collected (a min-heap): once it holds <c>n</c>, a hit
    /// must reach the lowest of them to enter the results. The floor is shared with the other
    /// slices: <c>n</c> hits of any one slice scoring at least f keep every hit below f out of the
    /// merged results too.
    /// </summary>
    private sealed class TopScores(int n, SharedFloor shared)
    {
        private readonly PriorityQueue<float, float> _best = new(n);

        public double Floor => shared.Value;

        public void Add(float score)
        {
            if (_best.Count < n)
            {
                _best.Enqueue(score, score);
            }
            else if (score > _best.Peek())
            {
                _best.EnqueueDequeue(score, score);
            }
            else
            {
                return;
            }

            if (_best.Count == n)
            {
                shared.Raise(_best.Peek());
            }
        }
    }

    /// <summary>The highest floor any slice has reached (negative infinity until one is full).</summary>
    private sealed class SharedFloor
    {
        private double _value = double.NegativeInfinity;

        public double Value => Volatile.Read(ref _value);

        public void Raise(double floor)
        {
            var current = Volatile.Read(ref _value);
            while (floor > current)
            {
                var seen = Interlocked.CompareExchange(ref _value, floor, current);
                if (seen == current)
                {
                    return;
                }

                current = seen;
            }
        }
    }
}
