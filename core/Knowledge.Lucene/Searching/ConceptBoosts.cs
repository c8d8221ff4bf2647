using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Lucene.Facets;
using Lucene.Net.Search;

namespace Knowledge.Lucene.Searching;

/// <summary>
/// Multiplies the text score of findings tagged with what the query named: a country (or a member of
/// a region) it names, a theme it names, and — a little — findings with figures when it asks for
/// numbers, by <see cref="RankingWeights"/>. Read from the facet arrays already in memory, so a boost costs a few array reads per hit.
/// Strong boosts, never filters: a finding without the tags keeps its text score.
/// </summary>
internal sealed class ConceptBoosts
{
    private readonly HashSet<string> _countries;
    private readonly HashSet<string> _themes;
    private readonly bool _figures;

    private ConceptBoosts(HashSet<string> countries, HashSet<string> themes, bool figures)
    {
        _countries = countries;
        _themes = themes;
        _figures = figures;
    }

    /// <summary>The boosts a plan asks for, or null when it names nothing.</summary>
    public static ConceptBoosts? From(QueryPlan plan, EvidenceTaxonomy taxonomy)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        var themes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var concept in plan.Concepts)
        {
            switch (concept.Kind)
            {
                case ConceptKind.Country:
                    countries.Add(concept.Code.ToUpperInvariant());
                    break;
                case ConceptKind.Region when taxonomy.FindRegion(concept.Code) is { } region:
                    countries.UnionWith(region.Countries.Select(c => c.ToUpperInvariant()));
                    break;
                case ConceptKind.Theme:
                    themes.Add(concept.Code.ToLowerInvariant());
                    break;
            }
        }

        return countries.Count == 0 && themes.Count == 0 && !plan.AsksForNumbers ? null : new ConceptBoosts(countries, themes, plan.AsksForNumbers);
    }

    /// <summary>The factor applied to one finding of a segment (for explanations).</summary>
    public float Factor(SegmentFacetValues values, int doc) => On(values).Factor(doc);

    /// <summary>The boosts on one segment: the factor of each of its findings.</summary>
    public Segment On(SegmentFacetValues values) => new(
        values,
        [.. _countries.Select(SegmentFacetValues.Countries.Find).Where(id => id >= 0)],
        [.. _themes.Select(SegmentFacetValues.Themes.Find).Where(id => id >= 0)],
        _figures ? (short)SegmentFacetValues.Kinds.Find(FindingKind.Statistic.ToCode()) : (short)-1);

    /// <summary>The boosts resolved to one segment's interned ids.</summary>
    internal sealed record Segment(SegmentFacetValues Values, int[] Countries, int[] Themes, short Statistic)
    {
        /// <summary>The scorer of the segment with the boosts applied.</summary>
        public Scorer Wrap(Scorer scorer) => new BoostedScorer(scorer, this);

        /// <summary>What the text score of <paramref name="doc"/> is multiplied by (1 when it carries none of the named tags).</summary>
        public float Factor(int doc)
        {
            var factor = 1f;
            if (Countries.Length > 0 && AnyOf(Values.CountryStarts, Values.CountryIds, doc, Countries))
            {
                factor += RankingWeights.PlaceBoost;
            }

            if (Themes.Length > 0 && AnyOf(Values.ThemeStarts, Values.ThemeIds, doc, Themes))
            {
                factor += RankingWeights.ThemeBoost;
            }

            if (Statistic >= 0 && Values.KindIds[doc] == Statistic)
            {
                factor += RankingWeights.FiguresBoost;
            }

            return factor;
        }

        private static bool AnyOf(int[] starts, int[] ids, int doc, int[] wanted)
        {
            for (var i = starts[doc]; i < starts[doc + 1]; i++)
            {
                if (Array.IndexOf(wanted, ids[i]) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class BoostedScorer(Scorer inner, Segment segment) : Scorer(inner.Weight)
    {
        public override int DocID => inner.DocID;

        public override int Freq => inner.Freq;

        public override float GetScore() => inner.GetScore() * segment.Factor(inner.DocID);

        public override int NextDoc() => inner.NextDoc();

        public override int Advance(int target) => inner.Advance(target);

        public override long GetCost() => inner.GetCost();
    }
}
