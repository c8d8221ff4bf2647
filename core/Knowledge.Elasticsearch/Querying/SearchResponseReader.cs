using System.Globalization;
using System.Text.Json;
using Knowledge.Core.Search;
using Knowledge.Elasticsearch.Mapping;

namespace Knowledge.Elasticsearch.Querying;

/// <summary>Reads search responses: hits with scores and highlights, totals and facet buckets.</summary>
internal static class SearchResponseReader
{
    public static SearchResults Read(JsonElement response)
    {
        var hits = new List<SearchHit>();
        long total = 0;
        if (response.TryGetProperty("hits", out var outer))
        {
            total = ReadTotal(outer);
            if (outer.TryGetProperty("hits", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var hit in list.EnumerateArray())
                {
                    if (!hit.TryGetProperty("_source", out var source))
                    {
                        continue;
                    }

                    var score = hit.TryGetProperty("_score", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetDouble() : 0d;
                    hits.Add(new SearchHit(FindingDocument.FromJson(source), score, ReadHighlight(hit)));
                }
            }
        }

        var facets = response.TryGetProperty("aggregations", out var aggs) ? ReadFacets(aggs) : FacetCounts.Empty;
        return new SearchResults(total, hits, facets);
    }

    public static long ReadTotal(JsonElement hitsObject)
    {
        if (!hitsObject.TryGetProperty("total", out var total))
        {
            return 0;
        }

        // Servers asked with rest_total_hits_as_int (or old proxies) send a bare number.
        return total.ValueKind switch
        {
            JsonValueKind.Number => total.GetInt64(),
            JsonValueKind.Object when total.TryGetProperty("value", out var v) => v.GetInt64(),
            _ => 0,
        };
    }

    public static FacetCounts ReadFacets(JsonElement aggregations) => new()
    {
        Themes = Buckets(aggregations, FacetNames.Themes),
        Countries = Buckets(aggregations, FacetNames.Countries),
        Years = Buckets(aggregations, FacetNames.Years),
        DocumentKinds = Buckets(aggregations, FacetNames.DocumentKinds),
        Kinds = Buckets(aggregations, FacetNames.Kinds),
        Languages = Buckets(aggregations, FacetNames.Languages),
    };

    private static List<FacetValue> Buckets(JsonElement aggregations, string name)
    {
        var values = new List<FacetValue>();
        if (!aggregations.TryGetProperty(name, out var facet)
            || !facet.TryGetProperty(FacetNames.Values, out var terms)
            || !terms.TryGetProperty("buckets", out var buckets)
            || buckets.ValueKind != JsonValueKind.Array)
        {
            return values;
        }

        foreach (var bucket in buckets.EnumerateArray())
        {
            var key = bucket.GetProperty("key");
            var text = key.ValueKind == JsonValueKind.Number
                ? key.GetInt64().ToString(CultureInfo.InvariantCulture)
                : key.GetString() ?? "";
            var count = bucket.TryGetProperty("doc_count", out var c) ? c.GetInt64() : 0;
            if (count > 0)
            {
                values.Add(new FacetValue(text, count));
            }
        }

        return values;
    }

    private static string? ReadHighlight(JsonElement hit)
    {
        if (!hit.TryGetProperty("highlight", out var highlight) || highlight.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var field in SearchRequestBuilder.TextFields)
        {
            if (highlight.TryGetProperty(field, out var fragments) && fragments.ValueKind == JsonValueKind.Array)
            {
                var parts = fragments.EnumerateArray().Select(f => f.GetString()).Where(f => !string.IsNullOrEmpty(f)).ToList();
                if (parts.Count > 0)
                {
                    return string.Join(" … ", parts);
                }
            }
        }

        return null;
    }
}
