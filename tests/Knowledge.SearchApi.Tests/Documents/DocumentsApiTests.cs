using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Knowledge.SearchApi.Tests.Fixtures;

namespace Knowledge.SearchApi.Tests.Documents;

public class DocumentsApiTests(SampleLibraryApi api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task Documents_ArePagedAndOpenAsTheirOriginalFile()
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await _client.GetFromJsonAsync<JsonElement>("/api/documents?page=1&pageSize=4", ct);

        Assert.Equal(10, page.GetProperty("total").GetInt64());
        Assert.Equal(4, page.GetProperty("items").GetArrayLength());
        var pdf = (await _client.GetFromJsonAsync<JsonElement>("/api/documents?pageSize=10", ct)).GetProperty("items").EnumerateArray()
            .First(d => d.GetProperty("mediaType").GetString() == "application/pdf");
        var id = pdf.GetProperty("id").GetString();

        var one = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}", ct);
        Assert.Equal(pdf.GetProperty("title").GetString(), one.GetProperty("title").GetString());
        Assert.True(one.GetProperty("findingCount").GetInt32() > 0);

        var file = await _client.GetAsync($"/api/documents/{id}/file", ct);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        var bytes = await file.Content.ReadAsByteArrayAsync(ct);
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
    }

    [Fact]
    public async Task Documents_UnknownIdIs404_BadPagingIs400()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/documents/0000000000000000", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/documents/0000000000000000/file", ct)).StatusCode);
        var bad = await _client.GetAsync("/api/documents?pageSize=0", ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DocumentFile_IsServedInlineWithNosniff_SoPageAnchorsWork()
    {
        var ct = TestContext.Current.CancellationToken;
        var pdf = (await _client.GetFromJsonAsync<JsonElement>("/api/documents?pageSize=10", ct)).GetProperty("items").EnumerateArray()
            .First(d => d.GetProperty("mediaType").GetString() == "application/pdf");

        var file = await _client.GetAsync($"/api/documents/{pdf.GetProperty("id").GetString()}/file", ct);

        Assert.Equal("inline", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(pdf.GetProperty("fileName").GetString(), file.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("nosniff", string.Join(",", file.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("rapport.pdf", "inline; filename=rapport.pdf")]
    [InlineData("../../etc/passwd", "inline; filename=passwd")]
    [InlineData("a\"b;c\r\n.pdf", "inline; filename=a_b_c.pdf")]
    [InlineData("Étude mariage.pdf", "inline; filename=\"Etude mariage.pdf\"; filename*=UTF-8''%C3%89tude%20mariage.pdf")]
    public void InlineDisposition_KeepsOnlyAHarmlessFileName(string stored, string expected)
    {
        Assert.Equal(expected, Knowledge.SearchApi.Documents.DocumentsApi.InlineDisposition(stored));
    }

    [Fact]
    public async Task DocumentFindings_AreListedInDocumentOrder_UnknownDocumentIs404()
    {
        var ct = TestContext.Current.CancellationToken;
        var doc = (await _client.GetFromJsonAsync<JsonElement>("/api/documents?pageSize=1", ct)).GetProperty("items")[0];
        var id = doc.GetProperty("id").GetString();

        var findings = await _client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}/findings", ct);

        Assert.Equal(doc.GetProperty("findingCount").GetInt32(), findings.GetArrayLength());
        var ids = findings.EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.All(findings.EnumerateArray(), f => Assert.Equal(id, f.GetProperty("documentId").GetString()));
        var missing = await _client.GetAsync("/api/documents/0000000000000000/findings", ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }
}
