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
/// query named (<see cref="ConceptBoosts"/>).
/// </summary>
internal sealed class SliceSearch(Matcher text, Matcher? documents, HitScorer scoring, FacetFilters filters, bool facets, Sort? sort, int numHits, ConceptBoosts? boosts = null)
{
    /// <summary>Runs the search over every slice and merges the counts and top hits (by the same sort, so ties stay deterministic).</summary>
    public (long Total, FacetTally Facets, TopDocs? Top) Run(EvidenceSearcher searcher)
    {
        var slices = searcher.Slices();
        var parts = new (long Total, FacetTally Facets, TopFieldCollector? Top)[slices.Count];
        if (slices.Count == 1)
        {
            parts[0] = Run(slices[0]);
        }
        else
        {
            Parallel.For(0, slices.Count, i => parts[i] = Run(slices[i]));
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

    private (long Total, FacetTally Facets, TopFieldCollector? Top) Run(IReadOnlyList<DocRange> ranges)
    {
        var tally = new FacetTally(filters.Regions);
        var top = sort is null || numHits == 0
            ? null
            : TopFieldCollector.Create(sort, numHits, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        long total = 0;
        foreach (var (leaf, start, end) in ranges)
        {
            total += Run(leaf, start, end, tally, top);
        }

        return (total, tally, top);
    }

    private long Run(AtomicReaderContext leaf, int start, int end, FacetTally tally, TopFieldCollector? top)
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
                foreach (var dimension in FilterBits.Dimensions)
                {
                    var own = passes.FindIndex(p => p.Dimension == dimension);
                    if (own < 0)
                    {
                        tally.Count(dimension, segment, hits);
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
                Score(leaf, segment, hits, top);
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
    private void Score(AtomicReaderContext leaf, SegmentFacetValues segment, DocBits hits, TopFieldCollector top)
    {
        var scorer = scoring.Bind(leaf);
        top.SetNextReader(leaf);
        top.SetScorer(boosts is null ? scorer : boosts.Wrap(scorer, segment));
        var leap = new Leap(scorer, top);
        hits.ForEach(ref leap);
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
}
