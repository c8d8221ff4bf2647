using System.Text.Json;

namespace Knowledge.Elasticsearch.Tests.OpenApi;

/// <summary>The validator itself: it must reject known-bad bodies (at the right place) and accept the specification's own examples.</summary>
public sealed partial class OpenApiSpecTests
{
    [System.Text.RegularExpressions.GeneratedRegex(@"/(term|match)/[\w.]+: expected object, got string$")]
    private static partial System.Text.RegularExpressions.Regex ShorthandGap();

    // Another gap between the specification's examples and its schema: slice ids are typed as strings
    // (the generic Id type) while the example (and Elasticsearch) use integers.
    private const string SliceIdGap = "/slice/id: expected string, got number";

    [Theory]
    [InlineData("""{"size":"ten"}""", "/size: expected number")]
    [InlineData("""{"query":{"simple_query_string":{"fields":["text_fr"]}}}""", "/query/simple_query_string: missing required property 'query'")]
    [InlineData("""{"query":{"bool":{"filter":"x"}}}""", "/query/bool/filter: matches none")]
    [InlineData("""{"query":{"term":{"a":{"value":"x"},"b":{"value":"y"}}}}""", "/query/term: 2 properties, at most 1 allowed")]
    [InlineData("""{"query":{"match_all":{},"term":{"a":{"value":"x"}}}}""", "/query: 2 properties, at most 1 allowed")]
    [InlineData("""{"highlight":{"encoder":"xml","fields":{}}}""", "/highlight/encoder: \"xml\" is not one of")]
    [InlineData("""{"highlight":{"pre_tags":["<mark>"]}}""", "/highlight: missing required property 'fields'")]
    [InlineData("""{"track_total_hits":"yes"}""", "/track_total_hits: matches none")]
    [InlineData("""{"aggregations":{"f":{"terms":{"field":"x"},"avg":{"field":"y"}}}}""", "/aggregations/f: 2 properties, at most 1 allowed")]
    [InlineData("""{"aggregations":{"f":{"terms":{"field":"x","size":"all"}}}}""", "/aggregations/f/terms/size: expected number")]
    public void SearchBody_KnownBad_IsRejectedAtItsPath(string body, string expected)
    {
        using var json = JsonDocument.Parse(body);
        var errors = OpenApiSpec.Shared.ValidateRequest("POST", "/knowledge-findings/_search", "", json.RootElement);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"mappings":{"dynamic":"sometimes"}}""", "/mappings/dynamic")]
    [InlineData("""{"mappings":{"properties":{"t":{"type":"text","index_options":"everything"}}}}""", "/mappings/properties/t")]
    [InlineData("""{"settings":{"analysis":{"filter":{"e":{"type":"elision","articles":"l"}}}}}""", "/settings/analysis/filter/e")]
    [InlineData("""{"settings":{"analysis":{"analyzer":{"a":{"type":"custom"}}}}}""", "/settings/analysis/analyzer/a")]
    public void IndexCreation_KnownBad_IsRejected(string body, string expectedPath)
    {
        using var json = JsonDocument.Parse(body);
        var errors = OpenApiSpec.Shared.ValidateRequest("PUT", "/knowledge-findings-v1", "", json.RootElement);
        Assert.Contains(errors, e => e.StartsWith(expectedPath, StringComparison.Ordinal));
    }

    [Fact]
    public void BulkAction_WithTwoOperations_OrUnknownShape_IsRejected()
    {
        using var two = JsonDocument.Parse("""{"index":{"_id":"1"},"delete":{"_id":"2"}}""");
        using var badId = JsonDocument.Parse("""{"index":{"_id":{"x":1}}}""");
        Assert.Contains(OpenApiSpec.Shared.ValidateSchema("_global.bulk.OperationContainer", two.RootElement), e => e.Contains("at most 1", StringComparison.Ordinal));
        Assert.Contains(OpenApiSpec.Shared.ValidateSchema("_global.bulk.OperationContainer", badId.RootElement), e => e.StartsWith("/index/_id", StringComparison.Ordinal));
    }

    [Fact]
    public void AliasActions_WithWrongTypes_AreRejected()
    {
        using var body = JsonDocument.Parse("""{"actions":[{"add":{"index":3,"alias":"a"}},{"swap":{}}]}""");
        var errors = OpenApiSpec.Shared.ValidateRequest("POST", "/_aliases", "", body.RootElement);
        Assert.Contains(errors, e => e.StartsWith("/actions/0/add/index", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("POST", "/k/_bulk", "?refresh=maybe", "?refresh=maybe")]
    [InlineData("POST", "/k/_bulk", "?refreshh=true", "?refreshh")]
    [InlineData("POST", "/k/_delete_by_query", "?conflicts=ignore", "?conflicts=ignore")]
    [InlineData("PUT", "/k/_doc/1", "?if_seq_no=abc", "?if_seq_no=abc")]
    [InlineData("PATCH", "/k/_search", "", "no such operation")]
    public void QueryParameters_AndOperations_AreChecked(string method, string path, string query, string expected)
    {
        var errors = OpenApiSpec.Shared.ValidateRequest(method, path, query, null);
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void SpecificationRequestExamples_WithJsonBodies_Validate()
    {
        var checkedCount = 0;
        foreach (var file in SpecExamples.Files("_global.search.request").Concat(SpecExamples.Files("_global.count.request"))
                     .Concat(SpecExamples.Files("_global.delete_by_query.request")).Concat(SpecExamples.Files("indices.")))
        {
            var method = SpecExamples.MethodRequest(file);
            if (method is null || !SpecExamples.HasValue(file))
            {
                continue;
            }

            var parts = method.Split(' ', 2);
            var uri = new Uri(new Uri("http://x/"), parts[1].TrimStart('/'));
            using var body = JsonDocument.Parse(SpecExamples.Value(file));
            var errors = OpenApiSpec.Shared.ValidateRequest(parts[0], uri.AbsolutePath, uri.Query, body.RootElement);

            // Known gap of the generated schema, not of the validator: Elasticsearch's shorthand
            // {"term": {"field": "value"}} is lost in the OpenAPI output (only the long form
            // {"field": {"value": …}} is modelled), and the engine always sends the long form.
            errors = [.. errors.Where(e => !ShorthandGap().IsMatch(e) && e != SliceIdGap)];
            Assert.True(errors.Count == 0, $"{file}: {string.Join("; ", errors)}");
            checkedCount++;
        }

        Assert.True(checkedCount >= 10, $"only {checkedCount} examples checked");
    }
}
