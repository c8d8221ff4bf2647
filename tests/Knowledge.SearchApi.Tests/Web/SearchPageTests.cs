using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Knowledge.SearchApi.Tests.Fixtures;
using Knowledge.SearchApi.Web;

namespace Knowledge.SearchApi.Tests.Web;

public class SearchPageTests(SampleLibraryApi api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task Search_WithFilters_KeepsTheirStateInTheFormAndTheLinks()
    {
        var page = await WebPage.GetAsync(_client, "/?q=mariage&country=NE&theme=child-marriage&sort=year");

        Assert.Equal("mariage", ((IHtmlInputElement)page.QuerySelector("#search-form #q")!).Value);
        Assert.True(((IHtmlInputElement)page.QuerySelector("#search-form fieldset[data-facet=country] input[value=NE]")!).IsChecked);
        Assert.True(((IHtmlInputElement)page.QuerySelector("#search-form fieldset[data-facet=theme] input[value=child-marriage]")!).IsChecked);
        Assert.Equal("year", ((IHtmlSelectElement)page.QuerySelector("#search-form select[name=sort]")!).Value);
        var english = page.QuerySelector("#lang-switch")!.GetAttribute("href")!;
        Assert.Contains("q=mariage", english, StringComparison.Ordinal);
        Assert.Contains("country=NE", english, StringComparison.Ordinal);
        Assert.Contains("ui=en", english, StringComparison.Ordinal);
        var results = page.QuerySelectorAll("#results li.result");
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            Assert.Matches(@"^/findings/[0-9a-f]{16}-\d{4}$", result.QuerySelector(".result-title a")!.GetAttribute("href"));
            Assert.Matches(@"^/api/documents/[0-9a-f]{16}/file#page=\d+$", result.QuerySelector("a.source-link")!.GetAttribute("href"));
            Assert.False(string.IsNullOrWhiteSpace(result.QuerySelector(".citation cite")!.TextContent));
            Assert.Equal(result.QuerySelector(".citation cite")!.TextContent, result.QuerySelector("button.copy-citation")!.GetAttribute("data-citation"));
            Assert.NotNull(result.QuerySelector(".kind-label"));
        }
    }

    [Fact]
    public async Task Facets_ShowTheApiCounts_CountedMultiSelect()
    {
        var page = await WebPage.GetAsync(_client, "/?q=enfants&country=NE");
        var json = await _client.GetFromJsonAsync<JsonElement>("/api/search?q=enfants&country=NE", WebPage.Ct);

        Assert.Equal(json.GetProperty("total").GetInt64().ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) + " résultats",
            page.QuerySelector("#result-count")!.TextContent.Trim());
        foreach (var (facet, property) in new[] { ("country", "countries"), ("theme", "themes"), ("kind", "kinds"), ("documentKind", "documentKinds"), ("lang", "languages") })
        {
            foreach (var value in json.GetProperty("facets").GetProperty(property).EnumerateArray())
            {
                var box = page.QuerySelector($"fieldset.facet[data-facet={facet}] input[value='{value.GetProperty("value").GetString()}']");
                Assert.NotNull(box);
                Assert.Equal(value.GetProperty("count").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    box.ParentElement!.QuerySelector(".count")!.TextContent.Replace("\u202F", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal));
            }
        }

        // Multi-select: other countries keep their counts while Niger is chosen, so they can be added.
        Assert.True(page.QuerySelectorAll("fieldset.facet[data-facet=country] input").Length > 1);
    }

    [Fact]
    public async Task Results_MarkTheMatches_AndPageThroughWithRelLinks()
    {
        var page = await WebPage.GetAsync(_client, "/?q=enfants&pageSize=5");

        Assert.NotEmpty(page.QuerySelectorAll("#results .passage mark"));
        var next = page.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.Contains("pageSize=5", next, StringComparison.Ordinal);
        var second = await WebPage.GetAsync(_client, next);
        Assert.NotNull(second.QuerySelector(".pagination a[rel=prev]"));
        Assert.Equal("6", second.QuerySelector("#results")!.GetAttribute("start"));
    }

    [Fact]
    public async Task NoResults_ShowsSuggestions_IncludingTheSearchWithoutFilters()
    {
        var page = await WebPage.GetAsync(_client, "/?q=zzzyyyxxx&country=NE");

        var empty = page.QuerySelector("#no-results");
        Assert.NotNull(empty);
        Assert.Null(page.QuerySelector("#results"));
        Assert.Contains(empty.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/?q=zzzyyyxxx");
    }

    [Fact]
    public async Task BadParameters_Are400_WithTheMessageOnThePage()
    {
        var page = await WebPage.GetAsync(_client, "/?theme=nope", HttpStatusCode.BadRequest);

        Assert.Contains("child-marriage", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a &lt;b&gt; <mark>c</mark> d", "a &lt;b&gt; <mark>c</mark> d")]
    [InlineData("<script>x</script> <mark>c</mark>", "&lt;script&gt;x&lt;/script&gt; <mark>c</mark>")]
    [InlineData("<mark><img src=x onerror=alert(1)></mark>", "<mark>&lt;img src=x onerror=alert(1)&gt;</mark>")]
    [InlineData("R&amp;D &quot;x&quot; <mark>y", "R&amp;D &quot;x&quot; <mark>y</mark>")]
    public void Highlights_KeepOnlyTheirMarks(string highlight, string expected)
    {
        using var writer = new StringWriter();
        Passages.Highlighted(highlight, "unused").WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal(expected, writer.ToString());
    }

    [Fact]
    public async Task ResultsPage_IsCompressed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/?q=enfants");
        request.Headers.AcceptEncoding.ParseAdd("br");
        var response = await _client.SendAsync(request, WebPage.Ct);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }
}
