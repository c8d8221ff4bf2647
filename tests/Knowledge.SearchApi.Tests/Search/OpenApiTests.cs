using System.Text.Json;
using Knowledge.SearchApi.Tests.Fixtures;

namespace Knowledge.SearchApi.Tests.Search;

public class OpenApiTests(SampleLibraryApi api)
{
    private static readonly string[] SearchParameters =
        ["q", "theme", "country", "region", "yearFrom", "yearTo", "kind", "lang", "documentKind", "sort", "page", "pageSize"];

    private async Task<JsonElement> Document() =>
        JsonDocument.Parse(await api.Client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken)).RootElement;

    [Fact]
    public async Task Search_DescribesEveryQueryParameter()
    {
        var search = (await Document()).GetProperty("paths").GetProperty("/api/search").GetProperty("get");

        var parameters = search.GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p, StringComparer.Ordinal);
        foreach (var name in SearchParameters)
        {
            Assert.True(parameters.TryGetValue(name, out var p), $"missing parameter {name}");
            Assert.Equal("query", p.GetProperty("in").GetString());
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString()), $"{name} has no description");
        }

        Assert.Equal("array", parameters["country"].GetProperty("schema").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("/api/search", "get", "400,401")]
    [InlineData("/api/findings/{id}", "get", "401,404")]
    [InlineData("/api/documents/{id}", "get", "401,404")]
    [InlineData("/api/documents/{id}/findings", "get", "401,404")]
    [InlineData("/api/documents/{id}/file", "get", "401,404")]
    [InlineData("/api/documents", "post", "401,403,413,415")]
    [InlineData("/api/admin/runs/{id}", "get", "401,403,404")]
    [InlineData("/api/admin/reindex", "post", "401,403,409")]
    public async Task ProblemResponses_AreDeclaredAsProblemJson(string path, string method, string statuses)
    {
        var responses = (await Document()).GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");

        foreach (var status in statuses.Split(','))
        {
            Assert.True(responses.TryGetProperty(status, out var response), $"{method} {path} does not declare {status}");
            Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{method} {path} {status} is not problem+json");
        }
    }

    [Fact]
    public async Task Json_EscapesHtmlCharacters_ButKeepsAccents()
    {
        var raw = await api.Client.GetStringAsync("/api/search?q=mariage%20precoce&pageSize=3", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("<mark>", raw, StringComparison.Ordinal);
        Assert.Contains("\\u003Cmark\\u003E", raw, StringComparison.Ordinal);
        Assert.Contains("é", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audiences_AreListedWithBothLabels()
    {
        var audiences = JsonDocument.Parse(await api.Client.GetStringAsync("/api/audiences", TestContext.Current.CancellationToken)).RootElement;

        Assert.True(audiences.GetArrayLength() > 1);
        var policy = audiences.EnumerateArray().Single(a => a.GetProperty("code").GetString() == "policy-makers");
        Assert.StartsWith("Décideurs", policy.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Policy makers", policy.GetProperty("labelEn").GetString(), StringComparison.Ordinal);
    }
}
