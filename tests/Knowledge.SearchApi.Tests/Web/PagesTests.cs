using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Knowledge.SearchApi.Tests.Fixtures;

namespace Knowledge.SearchApi.Tests.Web;

public class PagesTests(SampleLibraryApi api)
{
    private readonly HttpClient _client = api.Client;

    private async Task<JsonElement> FirstHit(string query) =>
        (await _client.GetFromJsonAsync<JsonElement>("/api/search?" + query, WebPage.Ct)).GetProperty("hits")[0];

    [Fact]
    public async Task FindingPage_CarriesCitationMetaTags_StylesAndNeighbours()
    {
        var hit = await FirstHit("q=mariage&country=NE");
        var id = hit.GetProperty("id").GetString();

        var page = await WebPage.GetAsync(_client, $"/findings/{id}");

        string? Meta(string name) => page.QuerySelector($"meta[name={name}]")?.GetAttribute("content");
        Assert.Equal(hit.GetProperty("documentTitle").GetString(), Meta("citation_title"));
        Assert.Equal(hit.GetProperty("year").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), Meta("citation_publication_date"));
        Assert.Equal(hit.GetProperty("page").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), Meta("citation_firstpage"));
        Assert.EndsWith($"/api/documents/{hit.GetProperty("documentId").GetString()}/file", Meta("citation_pdf_url"), StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll(".citation-styles cite").Length);
        Assert.Contains(hit.GetProperty("citation").GetString()!, page.QuerySelector(".citation-styles")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("nav.neighbours a[href^='/findings/']"));
        Assert.Equal($"/api/documents/{hit.GetProperty("documentId").GetString()}/file#page={hit.GetProperty("page").GetInt32()}",
            page.QuerySelector("a.source-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task UnknownFinding_Is404Page()
    {
        var page = await WebPage.GetAsync(_client, "/findings/0000000000000000-0000", HttpStatusCode.NotFound);

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Library_ListsEveryDocument_AndTheDocumentPageItsFindingsInOrder()
    {
        var library = await WebPage.GetAsync(_client, "/documents");
        var rows = library.QuerySelectorAll("#documents tbody tr");
        Assert.Equal(10, rows.Length);
        Assert.Null(library.QuerySelector("#upload-form"));

        var href = rows[0].QuerySelector("a")!.GetAttribute("href")!;
        var document = await WebPage.GetAsync(_client, href);
        var id = href["/documents/".Length..];
        Assert.Equal($"/api/documents/{id}/file", document.QuerySelector("#open-original")!.GetAttribute("href"));
        var findings = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}/findings", WebPage.Ct);
        var links = document.QuerySelectorAll("#document-findings a[href^='/findings/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(findings.EnumerateArray().Select(f => "/findings/" + f.GetProperty("id").GetString()), links);
    }

    [Fact]
    public async Task Library_FiltersByCountry()
    {
        var page = await WebPage.GetAsync(_client, "/documents?country=NE");

        var rows = page.QuerySelectorAll("#documents tbody tr");
        Assert.InRange(rows.Length, 1, 9);
        Assert.All(rows, r => Assert.Contains("Niger", r.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvidenceMap_ShowsWestAfricaByDefault_WithCellsLinkedToTheirSearch()
    {
        var page = await WebPage.GetAsync(_client, "/evidence-map");

        var columns = page.QuerySelectorAll("#evidence-map thead th[scope=col]").Skip(1).Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(16, columns.Count);
        Assert.Contains("NE", columns);
        var cells = page.QuerySelectorAll("#evidence-map td[data-theme][data-country]");
        Assert.Equal(16 * page.QuerySelectorAll("#evidence-map tbody th[scope=row]").Length, cells.Length);

        var full = cells.First(c => c.GetAttribute("data-count") != "0" && c.GetAttribute("data-country") == "NE");
        var link = full.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal($"/?theme={full.GetAttribute("data-theme")}&country=NE", link);
        var total = (await _client.GetFromJsonAsync<JsonElement>($"/api/search?theme={full.GetAttribute("data-theme")}&country=NE", WebPage.Ct)).GetProperty("total").GetInt64();
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), full.GetAttribute("data-count"));
        Assert.Matches("level-[1-4]", full.ClassName);

        var empty = cells.First(c => c.GetAttribute("data-count") == "0");
        Assert.Null(empty.QuerySelector("a"));
        Assert.Contains("aucune donnée", empty.TextContent, StringComparison.Ordinal);
        Assert.Contains("level-0", empty.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvidenceMap_ForChosenCountries_CarriesYearsIntoCellLinks()
    {
        var page = await WebPage.GetAsync(_client, "/evidence-map?country=NE,BF&yearFrom=2020");

        Assert.Equal(2, page.QuerySelectorAll("#evidence-map thead th[scope=col]").Length - 1);
        Assert.All(page.QuerySelectorAll("#evidence-map td a"), a => Assert.EndsWith("&yearFrom=2020", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generate_InvalidForm_ShowsFrenchErrorsBesideTheFields()
    {
        var page = await WebPage.GetAsync(_client, "/generate/preview?kind=national-plan&country=&periodStart=deux&periodEnd=2027", HttpStatusCode.BadRequest);

        Assert.NotNull(page.QuerySelector("#generate-form"));
        Assert.StartsWith("Indiquez le pays", page.QuerySelector("#country-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("n'est pas une année", page.QuerySelector("#periodStart-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("country-error", page.QuerySelector("#country")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#preview"));
    }

    [Fact]
    public async Task Generate_NationalPlan_PreviewLinksEachQuoteToItsFinding_AndDownloadsDocx()
    {
        var form = await WebPage.GetAsync(_client, "/generate");
        Assert.NotEmpty(form.QuerySelectorAll("#generate-form select[name=audience] option[value=policy-makers]"));
        Assert.NotEmpty(form.QuerySelectorAll("#generate-form input[name=themes][value=child-marriage]"));

        var page = await WebPage.GetAsync(_client, "/generate/preview?kind=national-plan&country=NE&periodStart=2026&periodEnd=2028&language=fr");

        var quotes = page.QuerySelectorAll("#preview .quote[data-finding]");
        Assert.NotEmpty(quotes);
        foreach (var quote in quotes)
        {
            var id = quote.GetAttribute("data-finding");
            var link = quote.TagName == "BLOCKQUOTE" ? quote.QuerySelector("a")! : quote.NextElementSibling!.QuerySelector("a")!;
            Assert.Equal($"/findings/{id}", link.GetAttribute("href"));
        }

        var download = page.QuerySelector("#download-docx")!.GetAttribute("href")!;
        var docx = await _client.GetAsync(download, WebPage.Ct);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("plan-national-NE-", docx.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), (await docx.Content.ReadAsByteArrayAsync(WebPage.Ct))[..2]);
    }

    [Fact]
    public async Task EnglishSwitch_SetsLangAndKeepsTheChoiceInACookie()
    {
        using var browser = WebPage.Browser(api.Factory);

        var english = await WebPage.GetAsync(browser, "/evidence-map?ui=en");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Evidence map", english.QuerySelector("h1")!.TextContent);
        Assert.Equal("fr", english.QuerySelector("#lang-switch")!.GetAttribute("hreflang"));

        var next = await WebPage.GetAsync(browser, "/documents");
        Assert.Equal("en", next.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Library", next.QuerySelector("h1")!.TextContent);

        var french = await WebPage.GetAsync(browser, "/documents?ui=fr");
        Assert.Equal("fr", french.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Bibliothèque", french.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Pages_LoadNothingFromOtherOrigins()
    {
        foreach (var url in new[] { "/", "/documents", "/evidence-map", "/generate" })
        {
            var page = await WebPage.GetAsync(_client, url);
            var sources = page.QuerySelectorAll("script[src], link[href], img[src]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href"));
            Assert.All(sources, s => Assert.StartsWith("/", s, StringComparison.Ordinal));
            Assert.Empty(page.QuerySelectorAll("script:not([src])"));
            Assert.Empty(page.QuerySelectorAll("[style], style"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }
}
