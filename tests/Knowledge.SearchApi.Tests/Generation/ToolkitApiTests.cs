using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Knowledge.SearchApi.Tests.Fixtures;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Knowledge.SearchApi.Tests.Generation;

/// <summary>The toolkit endpoints over the sample library: tracker (XLSX), deck (PPTX), donor brief, content negotiation and the page's buttons.</summary>
public class ToolkitApiTests(SampleLibraryApi api)
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string NigerPlan = """{"country":"NE","periodStart":2026,"periodEnd":2028,"language":"fr"}""";
    private readonly HttpClient _client = api.Client;

    private async Task<HttpResponseMessage> PostAsync(string path, string json, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Tracker_ForNiger_IsAValidWorkbook_WithItsSixSheets_AndLinksToTheFindings()
    {
        var response = await PostAsync("/api/generate/tracker", NigerPlan, accept: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx, response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("suivi-plaidoyer-NE-", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(xlsx, TestContext.Current.CancellationToken).Select(e => e.Description));
        var sheets = xlsx.WorkbookPart!.Workbook!.Sheets!.Elements<S.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Objectifs", "Activités", "Résultats", "Indicateurs", "Risques", "Sources"], sheets);
        var sources = (WorksheetPart)xlsx.WorkbookPart.GetPartById(xlsx.WorkbookPart.Workbook.Sheets.Elements<S.Sheet>().Last().Id!.Value!);
        var link = Assert.Single(sources.HyperlinkRelationships.Take(1));
        Assert.Matches("^http://localhost/findings/[0-9a-f-]+", link.Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Tracker_Preview_EveryQuoteIsVerbatimInItsFinding_WithTheSameCitation()
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await PostAsync("/api/generate/tracker", NigerPlan, "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>(ct);

        Assert.Equal("Tracker", preview.GetProperty("kind").GetString());
        var quotes = preview.GetProperty("quotes").EnumerateArray().ToList();
        Assert.NotEmpty(quotes);
        foreach (var quote in quotes)
        {
            var finding = await _client.GetFromJsonAsync<JsonElement>($"/api/findings/{quote.GetProperty("findingId").GetString()}", ct);
            Assert.Contains(quote.GetProperty("text").GetString()!, finding.GetProperty("text").GetString()!, StringComparison.Ordinal);
            Assert.Equal(finding.GetProperty("citation").GetString(), quote.GetProperty("citation").GetString());
        }
    }

    [Theory]
    [InlineData("""{"basis":"national-plan","country":"NE","periodStart":2026,"periodEnd":2028}""")]
    [InlineData("""{"region":"west-africa","periodStart":2026,"periodEnd":2028,"language":"en"}""")]
    public async Task Deck_IsAValidPresentation_WhoseQuotesAreVerbatimInTheirFindings(string body)
    {
        var ct = TestContext.Current.CancellationToken;
        var file = await PostAsync("/api/generate/deck", body, Pptx);
        var preview = await (await PostAsync("/api/generate/deck", body, "application/json")).Content.ReadFromJsonAsync<JsonElement>(ct);

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(Pptx, file.Content.Headers.ContentType?.MediaType);
        using var pptx = PresentationDocument.Open(new MemoryStream(await file.Content.ReadAsByteArrayAsync(ct)), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(pptx, ct).Select(e => e.Description));
        Assert.Equal(preview.GetProperty("parts").GetArrayLength(), pptx.PresentationPart!.SlideParts.Count());
        foreach (var quote in preview.GetProperty("quotes").EnumerateArray())
        {
            var finding = await _client.GetFromJsonAsync<JsonElement>($"/api/findings/{quote.GetProperty("findingId").GetString()}", ct);
            Assert.Contains(quote.GetProperty("text").GetString()!, finding.GetProperty("text").GetString()!, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/api/generate/tracker", NigerPlan, "text/markdown")]
    [InlineData("/api/generate/tracker", NigerPlan, Pptx)]
    [InlineData("/api/generate/deck", NigerPlan, Xlsx)]
    [InlineData("/api/generate/national-plan", NigerPlan, "image/png")]
    [InlineData("/api/generate/donor-brief", """{"country":"NE"}""", "text/html")]
    public async Task AnAcceptTheEndpointCannotProduce_Is406WithAProblem(string path, string body, string accept)
    {
        var response = await PostAsync(path, body, accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(406, problem.GetProperty("status").GetInt32());
        Assert.Contains(accept, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json;q=0.5, " + Xlsx, Xlsx)]
    [InlineData("*/*", Xlsx)]
    [InlineData("application/*;q=0.9, application/json", "application/json")]
    public async Task Tracker_NegotiatesByQualityAndSpecificity(string accept, string expected)
    {
        var response = await PostAsync("/api/generate/tracker", NigerPlan, accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Deck_WithAnUnknownBasis_Is400NamingBasis_InFrench()
    {
        var response = await PostAsync("/api/generate/deck", """{"basis":"position-note","country":"NE"}""", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var message = problem.GetProperty("errors").GetProperty("basis")[0].GetString();
        Assert.Contains("national-plan, regional-strategy", message, StringComparison.Ordinal);
        Assert.StartsWith("Base inconnue", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tracker_WithABadCountry_Is400NamingTheField()
    {
        var response = await PostAsync("/api/generate/tracker", """{"country":"XX","periodStart":2026,"periodEnd":2028}""", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty("country", out _));
    }

    [Fact]
    public async Task DonorBrief_AsDocx_NamesItsSectionsAndWhatWasSetAside()
    {
        var response = await PostAsync("/api/generate/donor-brief", """{"country":"NE"}""", Docx);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)), false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Le problème en chiffres", text, StringComparison.Ordinal);
        Assert.Contains("Ce que le financement permet", text, StringComparison.Ordinal);
        Assert.Contains("Protection de l'enfance", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviewPage_OffersTheTrackerAndTheDeckForAPlan_AndTheyDownload()
    {
        var ct = TestContext.Current.CancellationToken;
        const string Query = "?kind=national-plan&country=NE&periodStart=2026&periodEnd=2028&language=fr";
        var html = await _client.GetStringAsync("/generate/preview" + Query, ct);
        var strategy = await _client.GetStringAsync("/generate/preview?kind=regional-strategy&region=west-africa&periodStart=2026&periodEnd=2028", ct);
        var form = await _client.GetStringAsync("/generate", ct);

        Assert.Contains("id=\"download-tracker\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"download-deck\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"download-deck\"", strategy, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"download-tracker\"", strategy, StringComparison.Ordinal);
        Assert.Contains("value=\"donor-brief\"", form, StringComparison.Ordinal);
        var tracker = await _client.GetAsync("/generate/tracker.xlsx" + Query, ct);
        var deck = await _client.GetAsync("/generate/deck.pptx" + Query, ct);
        Assert.Equal(Xlsx, tracker.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pptx, deck.Content.Headers.ContentType?.MediaType);
    }
}
