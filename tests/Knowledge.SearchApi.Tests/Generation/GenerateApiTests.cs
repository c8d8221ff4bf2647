using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Knowledge.SearchApi.Tests.Fixtures;

namespace Knowledge.SearchApi.Tests.Generation;

public class GenerateApiTests(SampleLibraryApi api)
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task NationalPlan_AsDocx_QuotesTheIndexedEvidence()
    {
        var ct = TestContext.Current.CancellationToken;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/generate/national-plan")
        {
            Content = new StringContent("""{"country":"NE","periodStart":2026,"periodEnd":2028,"language":"fr"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(Docx));

        var response = await _client.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Docx, response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(ct));
        using var doc = WordprocessingDocument.Open(stream, false);
        Assert.Contains("Niger", doc.MainDocumentPart!.Document!.Body!.InnerText);
        Assert.NotNull(doc.MainDocumentPart.FootnotesPart);
    }

    [Fact]
    public async Task Messages_Preview_EveryQuoteIsAFindingVerbatim()
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await _client.PostAsJsonAsync("/api/generate/messages", new { country = "BF", audience = "policy-makers", themes = new[] { "child-marriage" } }, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>(ct);

        var quotes = preview.GetProperty("quotes").EnumerateArray().ToList();
        Assert.NotEmpty(quotes);
        foreach (var quote in quotes)
        {
            var finding = await _client.GetFromJsonAsync<JsonElement>($"/api/findings/{quote.GetProperty("findingId").GetString()}", ct);
            Assert.Contains(quote.GetProperty("text").GetString()!, finding.GetProperty("text").GetString()!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Generate_BadRequest_Is400NamingTheField()
    {
        var ct = TestContext.Current.CancellationToken;
        var unknownCountry = await _client.PostAsync("/api/generate/position-note", new StringContent("""{"country":"XX","themes":["child-marriage"]}""", Encoding.UTF8, "application/json"), ct);
        var brokenJson = await _client.PostAsync("/api/generate/position-note", new StringContent("""{"country": """, Encoding.UTF8, "application/json"), ct);

        Assert.Equal(HttpStatusCode.BadRequest, unknownCountry.StatusCode);
        var problem = await unknownCountry.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty("country", out _));
        Assert.Equal(HttpStatusCode.BadRequest, brokenJson.StatusCode);
    }
}
