using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Knowledge.SearchApi.Tests.Fixtures;
using Knowledge.SearchApi.Tests.Web;

namespace Knowledge.SearchApi.Tests.Exports;

public sealed class ExportApiTests(SampleLibraryApi api)
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private readonly HttpClient _client = api.Client;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SearchExport_Xlsx_HoldsEveryHitOfTheSearch_InItsOrder_AsAnAttachment()
    {
        using var search = await _client.GetFromJsonAsync<JsonDocument>("/api/search?q=mariage&country=NE&pageSize=100", Ct);
        var total = search!.RootElement.GetProperty("total").GetInt32();
        var ids = search.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
        Assert.InRange(total, 2, 100);

        var response = await _client.GetAsync("/api/search/export?q=mariage&country=NE&format=xlsx", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Matches("^preuves-mariage-ne-\\d{8}\\.xlsx$", response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Export-Rows").Single());
        Assert.Equal("false", response.Headers.GetValues("X-Export-Truncated").Single());
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)), false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.First().Worksheet;
        var exported = sheet.Descendants<Cell>().Where(c => c.CellReference!.Value!.StartsWith('M') && c.CellReference.Value != "M1").Select(c => c.InlineString!.InnerText).ToList();
        Assert.Equal(ids, exported);
        var link = sheet.Descendants<Cell>().Single(c => c.CellReference == "L2").InlineString!.InnerText;
        Assert.Equal($"http://localhost/findings/{ids[0]}", link);
    }

    [Fact]
    public async Task SearchExport_SameRequestTwice_GivesTheSameBytes()
    {
        foreach (var format in new[] { "csv", "ris", "bibtex", "csljson" })
        {
            var first = await _client.GetByteArrayAsync($"/api/search/export?theme=child-marriage&format={format}", Ct);
            var second = await _client.GetByteArrayAsync($"/api/search/export?theme=child-marriage&format={format}", Ct);
            Assert.Equal(first, second);
        }
    }

    [Fact]
    public async Task SearchExport_UnknownFormat_Is400_InFrench_NamingTheAcceptedFormats()
    {
        var response = await _client.GetAsync("/api/search/export?q=mariage&format=pdf", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var message = problem.RootElement.GetProperty("errors").GetProperty("format")[0].GetString()!;
        Assert.StartsWith("Format d'export inconnu : « pdf ». Formats acceptés : xlsx (", message, StringComparison.Ordinal);
        Assert.Contains("csv (text/csv), ris (application/x-research-info-systems), bibtex (application/x-bibtex), csljson (application/vnd.citationstyles.csl+json)", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("format=csv", "application/json")]
    [InlineData("format=xlsx", "text/csv, application/json;q=0.5")]
    [InlineData("", "application/json")]
    [InlineData("", "text/html")]
    public async Task SearchExport_AnAcceptHeaderItCannotSatisfy_Is406_NeverAJsonFallback(string format, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search/export?q=mariage&" + format);
        request.Headers.TryAddWithoutValidation("Accept", accept);

        var response = await _client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Format non disponible", body, StringComparison.Ordinal);
        Assert.Contains("Formats acceptés : xlsx", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"hits\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchExport_WithoutFormat_TakesTheOneTheAcceptHeaderNames()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search/export?q=mariage");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/x-bibtex"));

        var response = await _client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-bibtex", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("@techreport{", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // Neither a format nor a precise Accept header: the answer says which to give.
        var neither = await _client.GetAsync("/api/search/export?q=mariage", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, neither.StatusCode);
        Assert.Contains("Précisez le format", await neither.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchExport_BadSearchParameter_Is400NamingIt_LikeTheSearch()
    {
        var response = await _client.GetAsync("/api/search/export?q=mariage&country=ZZ&yearFrom=abc&format=csv", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Contains("ZZ", errors.GetProperty("country")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("yearFrom", out _));
    }

    [Fact]
    public async Task GeneratedCitations_AreTheDocumentsTheGeneratedDocumentQuotes()
    {
        var body = new { country = "NE", periodStart = 2026, periodEnd = 2028 };
        var preview = await _client.PostAsJsonAsync("/api/generate/national-plan", body, Ct);
        using var json = JsonDocument.Parse(await preview.Content.ReadAsStringAsync(Ct));
        var quoted = json.RootElement.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("documentId").GetString()!).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(quoted);

        var response = await _client.PostAsJsonAsync("/api/generate/national-plan/citations?format=csljson", body, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.citationstyles.csl+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Matches("^plan-national-ne-\\d{8}-references\\.json$", response.Content.Headers.ContentDisposition!.FileName);
        using var items = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var cited = items.RootElement.EnumerateArray().Select(i => i.GetProperty("URL").GetString()!.Split('/')[^2]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(quoted, cited);
        Assert.All(items.RootElement.EnumerateArray(), i => Assert.Equal("report", i.GetProperty("type").GetString()));

        var table = await _client.PostAsJsonAsync("/api/generate/national-plan/citations?format=xlsx", body, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, table.StatusCode);
        var unknown = await _client.PostAsJsonAsync("/api/generate/banana/citations?format=ris", body, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("national-plan", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_OffersEveryExport_CarryingTheQueryFromItsFirstHit()
    {
        var page = await WebPage.GetAsync(_client, "/?q=mariage&country=NE&page=2&pageSize=5");

        var links = page.QuerySelectorAll("#search-exports a").ToList();
        Assert.Equal(["xlsx", "csv", "ris", "bibtex", "csljson"], links.Select(a => a.GetAttribute("data-format")));
        var xlsx = links[0].GetAttribute("href")!;
        Assert.Equal("/api/search/export?q=mariage&country=NE&format=xlsx", xlsx);
        var file = await _client.GetAsync(xlsx, Ct);
        Assert.Equal(Xlsx, file.Content.Headers.ContentType!.MediaType);

        // Its own client: "?ui=en" sets the language cookie, which would turn the shared client's later pages English.
        using var own = api.Factory.CreateClient();
        var english = await WebPage.GetAsync(own, "/?q=mariage&country=NE&ui=en");
        Assert.Equal("/api/search/export?q=mariage&country=NE&ui=en&format=ris", english.QuerySelector("#search-exports a[data-format=ris]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task PreviewPage_CitationButtons_PostTheSameRequest_WithTheAntiforgeryToken()
    {
        using var browser = WebPage.Browser(api.Factory);
        var preview = await WebPage.GetAsync(browser, "/generate/preview?kind=national-plan&country=NE&language=fr&periodStart=2026&periodEnd=2028");
        var form = preview.QuerySelector("form#citation-exports")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(["ris", "bibtex", "csljson"], form.QuerySelectorAll("button[name=format]").Select(b => b.GetAttribute("value")));
        var fields = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).ToList();
        Assert.Contains(new KeyValuePair<string, string>("country", "NE"), fields);

        using var withToken = new FormUrlEncodedContent([.. fields, new("format", "ris")]);
        var response = await browser.PostAsync(form.GetAttribute("action"), withToken, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-research-info-systems", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("TY  - RPRT", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var withoutToken = new FormUrlEncodedContent([.. fields.Where(f => f.Key != "__RequestVerificationToken"), new("format", "ris")]);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostAsync(form.GetAttribute("action"), withoutToken, Ct)).StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheExports_TheirFormatsAndRefusals()
    {
        using var doc = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json", Ct));
        var paths = doc.RootElement.GetProperty("paths");
        var export = paths.GetProperty("/api/search/export").GetProperty("get");
        Assert.Contains(export.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "format");
        Assert.Contains(export.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "country");
        var ok = export.GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.True(ok.TryGetProperty(Xlsx, out _));
        Assert.True(ok.TryGetProperty("application/x-research-info-systems", out _));
        Assert.True(export.GetProperty("responses").TryGetProperty("406", out _));
        Assert.True(paths.TryGetProperty("/api/generate/{kind}/citations", out _));
    }
}
