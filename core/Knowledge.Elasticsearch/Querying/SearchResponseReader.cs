using System.Globalization;
using System.Text.Json;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;
using Knowledge.Core.Search;
using Knowledge.Elasticsearch.Mapping;

namespace Knowledge.Elasticsearch.Querying;

/// <summary>Reads typed search responses: hits with scores and highlights, totals and facet buckets.</summary>
internal static class SearchResponseReader
{
    public static SearchResults Read(SearchResponse<JsonElement> response)
    {
        var hits = response.Hits
            .Where(h => h.Source.ValueKind == JsonValueKind.Object)
            .Select(h => new SearchHit(FindingDocument.FromJson(h.Source), h.Score ?? 0d, ReadHighlight(h)))
            .ToList();
        return new SearchResults(ReadTotal(response.HitsMetadata), hits, ReadFacets(response.Aggregations));
    }

    public static long ReadTotal<T>(HitsMetadata<T>? hits)
    {
        if (hits?.Total is not { } total)
        {
            return 0;
        }

        // Servers asked with rest_total_hits_as_int (or old proxies) send a bare number.
        return total.Match(t => t?.Value ?? 0, n => n);
    }

    public static FacetCounts ReadFacets(AggregateDictionary? aggregations) => aggregations is null
        ? FacetCounts.Empty
        : new()
        {
            Themes = Buckets(aggregations, FacetNames.Themes),
            Countries = Buckets(aggregations, FacetNames.Countries),
            Years = Buckets(aggregations, FacetNames.Years),
            DocumentKinds = Buckets(aggregations, FacetNames.DocumentKinds),
            Kinds = Buckets(aggregations, FacetNames.Kinds),
            Languages = Buckets(aggregations, FacetNames.Languages),
            Regions = RegionBuckets(aggregations),
        };

    private static List<FacetValue> RegionBuckets(AggregateDictionary aggregations)
    {
        if (!aggregations.TryGetAggregate<FilterAggregate>(FacetNames.Regions, out var facet)
            || facet.Aggregations is null
            || !facet.Aggregations.TryGetAggregate<FiltersAggregate>(FacetNames.Values, out var regions))
        {
            return [];
        }

        // Asked with keyed: false, the buckets come as an array, each with its region code as key.
        return
        [
            .. regions.Buckets.Where(b => b.DocCount > 0 && !string.IsNullOrEmpty(b.Key))
                .Select(b => new FacetValue(b.Key!, b.DocCount))
                .OrderByDescending(v => v.Count)
                .ThenBy(v => v.Value, StringComparer.Ordinal),
        ];
    }

    private static List<FacetValue> Buckets(AggregateDictionary aggregations, string name)
    {
        if (!aggregations.TryGetAggregate<FilterAggregate>(name, out var facet)
            || facet.Aggregations is null
            || !facet.Aggregations.TryGetAggregate(FacetNames.Values, out var terms))
        {
            return [];
        }

        // typed_keys tells the two apart: keyword fields answer sterms, the year (an integer) lterms.
        IEnumerable<(string Key, long Count)> buckets = terms switch
        {
            StringTermsAggregate s => s.Buckets.Select(b => (KeyText(b.Key), b.DocCount)),
            LongTermsAggregate l => l.Buckets.Select(b => (b.Key.ToString(CultureInfo.InvariantCulture), b.DocCount)),
            _ => [],
        };
        return [.. buckets.Where(b => b.Count > 0).Select(b => new FacetValue(b.Key, b.Count))];
    }

    private static string KeyText(FieldValue key) =>
        key.TryGetString(out var s) ? s ?? "" : key.TryGetLong(out var l) ? l!.Value.ToString(CultureInfo.InvariantCulture) : key.Value?.ToString() ?? "";

    private static string? ReadHighlight(Hit<JsonElement> hit)
    {
        if (hit.Highlight is null)
        {
            return null;
        }

        foreach (var field in SearchRequestBuilder.TextFields)
        {
            if (hit.Highlight.TryGetValue(field, out var fragments))
            {
                var parts = fragments.Where(f => !string.IsNullOrEmpty(f)).ToList();
                if (parts.Count > 0)
                {
                    return string.Join(" … ", parts);
                }
            }
        }

        return null;
    }
}
