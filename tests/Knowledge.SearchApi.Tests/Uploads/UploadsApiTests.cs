using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Knowledge.Core.Search;
using Knowledge.SearchApi.Uploads;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.SearchApi.Tests.Uploads;

public sealed class UploadsApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_Docx_IsStoredIngestedAndSearchable()
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.ClientWithKey(WorkerApiFactory.EditorKey);

        using var form = WorkerApiFactory.Form(
            [("Étude mariage précoce.docx", WorkerApiFactory.Docx("nuptialite"))],
            ("title", "Étude sur le mariage précoce"), ("year", "2022"), ("kind", "research-report"), ("countries", "NE"));
        var response = await client.PostAsync("/api/documents", form, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<UploadResponse>(Ct);
        var file = Assert.Single(body!.Files);
        Assert.Equal("new", file.Outcome);
        Assert.Equal(3, file.Findings);
        Assert.True(File.Exists(Path.Combine(factory.InboxPath, "Étude mariage précoce.docx")));

        var index = factory.Services.GetRequiredService<IEvidenceIndex>();
        var document = await index.GetDocumentAsync(file.DocumentId!, Ct);
        Assert.Equal("Étude sur le mariage précoce", document!.Title);
        Assert.Equal(2022, document.Year);
        Assert.Equal(["NE"], document.Countries);
        Assert.Equal(3, (await index.SearchAsync(new EvidenceQuery { Text = "nuptialite" }, Ct)).Total);
    }

    [Fact]
    public async Task Upload_SameFileTwice_DoesNotDuplicateFindings()
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.ClientWithKey(WorkerApiFactory.EditorKey);
        var docx = WorkerApiFactory.Docx("doublon");

        using (var first = WorkerApiFactory.Form([("a.docx", docx)]))
        {
            (await client.PostAsync("/api/documents", first, Ct)).EnsureSuccessStatusCode();
        }

        using var second = WorkerApiFactory.Form([("b.docx", docx)]);
        var response = await client.PostAsync("/api/documents", second, Ct);

        var file = Assert.Single((await response.Content.ReadFromJsonAsync<UploadResponse>(Ct))!.Files);
        Assert.Equal("copied", file.Outcome);
        var state = await factory.Services.GetRequiredService<IEvidenceIndex>().GetStateAsync(Ct);
        Assert.Equal(1, state.Documents);
        Assert.Equal(3, state.Findings);
    }

    [Fact]
    public async Task Upload_RenamedExecutable_IsRefusedWithProblemAndNothingIsStored()
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.ClientWithKey(WorkerApiFactory.EditorKey);
        byte[] program = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, .. new byte[500]];

        using var form = WorkerApiFactory.Form([("rapport-annuel.pdf", program), ("ok.docx", WorkerApiFactory.Docx("innocent"))]);
        var response = await client.PostAsync("/api/documents", form, Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(415, problem.RootElement.GetProperty("status").GetInt32());
        var refused = Assert.Single(problem.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("rapport-annuel.pdf", refused.GetProperty("file").GetString());
        Assert.Equal("executable", refused.GetProperty("code").GetString());
        Assert.Contains("exécutable", refused.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(factory.InboxPath) && Directory.EnumerateFiles(factory.InboxPath).Any());
    }

    [Fact]
    public async Task Upload_TextFileNamedDocx_IsRefusedByContent()
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.ClientWithKey(WorkerApiFactory.EditorKey);

        using var form = WorkerApiFactory.Form([("note.docx", "juste du texte"u8.ToArray())]);
        var response = await client.PostAsync("/api/documents", form, Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("unsupported-type", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_OversizedFile_IsRefusedWithProblem()
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.ClientWithKey(WorkerApiFactory.EditorKey);
        byte[] big = [.. "%PDF-1.7\n"u8.ToArray(), .. new byte[WorkerApiFactory.MaxUploadBytes + 1]];

        using var form = WorkerApiFactory.Form([("enorme.pdf", big)]);
        var response = await client.PostAsync("/api/documents", form, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("65536 octets", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("too-large", Assert.Single(problem.RootElement.GetProperty("files").EnumerateArray()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Upload_WithoutKey_IsRefusedWithProblem()
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.ClientWithKey(null);

        using var form = WorkerApiFactory.Form([("a.docx", WorkerApiFactory.Docx("sanscle"))]);
        var response = await client.PostAsync("/api/documents", form, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("une-cle-inventee-0000000", HttpStatusCode.Unauthorized)]
    [InlineData(WorkerApiFactory.ReaderKey, HttpStatusCode.Forbidden)]
    public async Task Upload_WithWrongKeyOrRole_IsRefusedWithProblem(string key, HttpStatusCode expected)
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.ClientWithKey(key);

        using var form = WorkerApiFactory.Form([("a.docx", WorkerApiFactory.Docx("mauvaisecle"))]);
        var response = await client.PostAsync("/api/documents", form, Ct);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(key, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_InvalidMetadata_IsAValidationProblem()
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.ClientWithKey(WorkerApiFactory.EditorKey);

        using var form = WorkerApiFactory.Form([("a.docx", WorkerApiFactory.Docx("meta"))], ("year", "deux mille"), ("countries", "ZZ"));
        var response = await client.PostAsync("/api/documents", form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("year", text, StringComparison.Ordinal);
        Assert.Contains("ZZ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd.docx", "passwd.docx")]
    [InlineData("..\\..\\x.pdf", "x.docx")]
    [InlineData(".cache.pdf", "cache.docx")]
    public void UploadName_KeepsUploadsInsideTheInbox(string sent, string expected) =>
        Assert.Equal(expected, UploadName.For(sent, UploadKind.Docx));
}
