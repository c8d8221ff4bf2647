using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Knowledge.SearchApi.Tests.Fixtures;

namespace Knowledge.SearchApi.Tests.Search;

public class SearchApiTests(SampleLibraryApi api)
{
    private readonly HttpClient _client = api.Client;

    private async Task<JsonElement> GetJson(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Search_WithoutAccents_FindsAccentedPassagesWithHighlightsAndFacets()
    {
        var json = await GetJson("/api/search?q=mariage%20precoce");

        Assert.True(json.GetProperty("total").GetInt64() > 0);
        var hit = json.GetProperty("hits")[0];
        Assert.Contains("<mark>", hit.GetProperty("highlight").GetString());
        Assert.False(string.IsNullOrEmpty(hit.GetProperty("citation").GetString()));
        // Passages from PDFs carry their page (a Word passage may carry none and cite its section).
        Assert.Contains(json.GetProperty("hits").EnumerateArray(), h => h.GetProperty("page").GetInt32() >= 1);
        var themes = json.GetProperty("facets").GetProperty("themes");
        Assert.True(themes.GetArrayLength() > 0);
        Assert.False(string.IsNullOrEmpty(themes[0].GetProperty("label").GetString()));
        Assert.True(themes[0].GetProperty("count").GetInt64() > 0);
    }

    [Fact]
    public async Task Search_CountryFilter_ReturnsOnlyThatCountry()
    {
        var json = await GetJson("/api/search?q=enfants&country=NE&pageSize=50");

        Assert.True(json.GetProperty("total").GetInt64() > 0);
        foreach (var hit in json.GetProperty("hits").EnumerateArray())
        {
            Assert.Contains("NE", hit.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        }
    }

    [Fact]
    public async Task Search_RepeatedCountry_IsOrWithinTheFacet()
    {
        var ne = (await GetJson("/api/search?country=NE")).GetProperty("total").GetInt64();
        var bf = (await GetJson("/api/search?country=BF")).GetProperty("total").GetInt64();
        var both = (await GetJson("/api/search?country=NE&country=BF")).GetProperty("total").GetInt64();

        Assert.True(both >= Math.Max(ne, bf));
        Assert.True(both <= ne + bf);
    }

    [Fact]
    public async Task Search_RegionFilter_ExpandsToMemberCountries()
    {
        var json = await GetJson("/api/search?region=aes&pageSize=100");

        Assert.True(json.GetProperty("total").GetInt64() > 0);
        foreach (var hit in json.GetProperty("hits").EnumerateArray())
        {
            Assert.Contains(hit.GetProperty("countries").EnumerateArray().Select(c => c.GetString()), c => c is "BF" or "ML" or "NE");
        }
    }

    [Fact]
    public async Task Search_UnknownTheme_Is400ListingValidCodes()
    {
        var response = await _client.GetAsync("/api/search?theme=nope&pageSize=500", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var errors = problem.GetProperty("errors");
        Assert.Contains("child-marriage", errors.GetProperty("theme")[0].GetString());
        Assert.True(errors.TryGetProperty("pageSize", out _));
    }

    [Fact]
    public async Task Search_InvalidYears_Is400NamingTheParameter()
    {
        var problem = await GetJson("/api/search?yearFrom=2024&yearTo=2020", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("yearTo", out _));
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("-")]
    [InlineData("OR OR OR")]
    [InlineData("*:* AND (( [ ] { } ~ ^ \\")]
    [InlineData("title:\"x\" -\"\" ---x")]
    public async Task Search_AnyUserSyntax_NeverFailsTheServer(string q)
    {
        var response = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Search_Exclusion_RemovesMatchingPassages()
    {
        var all = await GetJson("/api/search?q=mariage&pageSize=100");
        var without = await GetJson("/api/search?q=mariage%20-niger&pageSize=100");

        Assert.True(without.GetProperty("total").GetInt64() < all.GetProperty("total").GetInt64());
        foreach (var hit in without.GetProperty("hits").EnumerateArray())
        {
            Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex(@"\bniger\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase), hit.GetProperty("text").GetString()!);
        }
    }

    [Fact]
    public async Task Finding_ById_AndUnknownIdIs404Problem()
    {
        var search = await GetJson("/api/search?q=traite");
        var id = search.GetProperty("hits")[0].GetProperty("id").GetString();

        var finding = await GetJson($"/api/findings/{id}");
        Assert.Equal(id, finding.GetProperty("id").GetString());
        Assert.StartsWith("/api/documents/", finding.GetProperty("fileUrl").GetString());

        var missing = await _client.GetAsync("/api/findings/does-not-exist", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Taxonomy_ListsThemesCountriesRegions_InTheAskedLanguage()
    {
        var fr = await GetJson("/api/taxonomy");
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/taxonomy");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var en = await (await _client.SendAsync(request, TestContext.Current.CancellationToken)).Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        var frMarriage = fr.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "child-marriage");
        var enMarriage = en.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "child-marriage");
        Assert.NotEqual(frMarriage.GetProperty("label").GetString(), enMarriage.GetProperty("label").GetString());
        Assert.True(fr.GetProperty("countries").GetArrayLength() > 240);
        Assert.Contains(fr.GetProperty("regions").EnumerateArray(), r => r.GetProperty("code").GetString() == "ecowas");
    }

    [Fact]
    public async Task OpenApi_AndHealth_AreServed()
    {
        var openApi = await GetJson("/openapi/v1.json");
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/search", out _));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
        var ready = await GetJson("/health/ready");
        Assert.Equal(10, ready.GetProperty("documents").GetInt64());
    }
}
