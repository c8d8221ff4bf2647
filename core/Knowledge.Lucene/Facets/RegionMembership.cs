using System.Runtime.CompilerServices;
using Knowledge.Core.Taxonomy;
using Knowledge.Lucene.Storage;

namespace Knowledge.Lucene.Facets;

/// <summary>
/// Which taxonomy regions each interned country belongs to, so the region facet is counted in the
/// same pass as the country facet: a finding counts once for a region when any of its countries is
/// a member, however many of them are. One instance per taxonomy; country ids are looked up once.
/// </summary>
internal sealed class RegionMembership
{
    private static readonly ConditionalWeakTable<EvidenceTaxonomy, RegionMembership> Cache = [];

    private readonly Dictionary<string, int[]> _byCountry;
    private readonly Lock _lock = new();
    private int[][] _byCountryId = [];
    private (int[][] ByCountryId, int[][] Members) _members = ([], []);

    private RegionMembership(EvidenceTaxonomy taxonomy)
    {
        Codes = [.. taxonomy.Regions.Select(r => r.Code)];
        _byCountry = taxonomy.Regions
            .SelectMany((region, index) => region.Countries.Select(c => (Country: EntryMapping.NormalizeCountry(c), Index: index)))
            .GroupBy(p => p.Country, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Index).Distinct().ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Region codes, in taxonomy order; a region's index in the counts is its index here.</summary>
    public IReadOnlyList<string> Codes { get; }

    public static RegionMembership For(EvidenceTaxonomy taxonomy) => Cache.GetValue(taxonomy, t => new RegionMembership(t));

    /// <summary>The regions of every interned country id, indexed by id (grown as new countries are interned).</summary>
    public int[][] ByCountryId()
    {
        var ids = SegmentFacetValues.Countries;
        lock (_lock)
        {
            var count = ids.Count;
            if (_byCountryId.Length < count)
            {
                var grown = new int[count][];
                Array.Copy(_byCountryId, grown, _byCountryId.Length);
                for (var id = _byCountryId.Length; id < count; id++)
                {
                    grown[id] = _byCountry.GetValueOrDefault(ids.ValueOf(id)) ?? [];
                }

                _byCountryId = grown;
            }

            return _byCountryId;
        }
    }

    /// <summary>The interned ids of each region's member countries, indexed like <see cref="Codes"/>.</summary>
    public int[][] MembersByRegion()
    {
        var byCountryId = ByCountryId();
        lock (_lock)
        {
            if (!ReferenceEquals(_members.ByCountryId, byCountryId))
            {
                var members = Codes.Select(_ => new List<int>()).ToArray();
                for (var id = 0; id < byCountryId.Length; id++)
                {
                    foreach (var region in byCountryId[id])
                    {
                        members[region].Add(id);
                    }
                }

                _members = (byCountryId, [.. members.Select(m => m.ToArray())]);
            }

            return _members.Members;
        }
    }
}
