using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Knowledge.Core.Search;
using Knowledge.SearchApi.Tests.Uploads;
using Knowledge.SearchApi.Uploads;
using Knowledge.Worker.Runs;
using Knowledge.Worker.Sweeping;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.SearchApi.Tests.Hostile;

/// <summary>Uploads as a careless client or an attacker sends them: each gets a clear 4xx or is kept, never lost.</summary>
public sealed class HostileUploadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TruncatedMultipartBody_Is400Problem_AndLeavesNothingBehind()
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.ClientWithKey(WorkerApiFactory.EditorKey);
        var docx = WorkerApiFactory.Docx("tronque");
        var head = Encoding.ASCII.GetBytes("--limite\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.docx\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        // The connection "drops" half-way through the file: no closing boundary ever comes.
        var body = new ByteArrayContent([.. head, .. docx.AsSpan(0, docx.Length / 2)]);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=limite");

        var response = await client.PostAsync("/api/documents", body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("tronqué", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(InboxFiles(factory));
        Assert.Equal(0, (await factory.Services.GetRequiredService<IEvidenceIndex>().GetStateAsync(Ct)).Documents);
    }

    [Fact]
    public async Task BodyOverTheLimit_WithAnEditorKey_Is413Problem_AndLeavesNothingBehind()
    {
        await using var factory = new WorkerApiFactory(("Knowledge:Ingest:MaxUploadFiles", "1"));
        using var client = factory.ClientWithKey(WorkerApiFactory.EditorKey);
        var huge = new byte[(WorkerApiFactory.MaxUploadBytes * 1) + (2 * 1024 * 1024)];
        "%PDF-1.7\n"u8.CopyTo(huge);

        using var form = WorkerApiFactory.Form([("enorme.pdf", huge)]);
        var response = await client.PostAsync("/api/documents", form, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("Rien n'a été déposé", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(InboxFiles(factory));
    }

    public static TheoryData<string> HostileNames =>
    [
        new string('é', 300) + ".docx",                       // over 255 bytes in UTF-8
        "rapport\u202Excod.docx",                            // right-to-left override: shows as "rapportdocx.exe"
        "e\u0301tude\u200B\u2066\u0007 mariage.docx",        // decomposed accent, zero-width, bidi isolate, control
        "rapport." + new string('x', 200),                   // a 200-character "extension"
        "~$rapport.docx",                                     // an Office lock file's name
        "rapport.tmp-1234.docx",                              // a temporary file's name
        "motif.raison.txt",                                   // a quarantine reason's name
        ".cache.docx",                                        // a hidden file's name
        "page.html",                                          // a Word document named as a web page
        "setup.exe",                                          // … or as a program
    ];

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task HostileName_IsStoredNormalised_AndSurvivesTheNextSweep(string sent)
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.ClientWithKey(WorkerApiFactory.EditorKey);
        var marker = "nomhostile" + Math.Abs(sent.GetHashCode(StringComparison.Ordinal) % 100000);

        using var form = WorkerApiFactory.Form([(sent, WorkerApiFactory.Docx(marker))]);
        var response = await client.PostAsync("/api/documents", form, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = Assert.Single((await response.Content.ReadFromJsonAsync<UploadResponse>(Ct))!.Files);
        Assert.Equal("new", file.Outcome);
        var stored = file.StoredAs;
        Assert.EndsWith(".docx", stored, StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(stored) <= 200, $"{Encoding.UTF8.GetByteCount(stored)} bytes");
        Assert.Equal(stored.Normalize(NormalizationForm.FormC), stored);
        Assert.DoesNotContain(stored, c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
        Assert.False(FolderSweeper.IsIgnoredName(stored), stored);

        // The next sweep keeps what the upload accepted: the file, its ledger entry, its findings.
        var run = await factory.Services.GetRequiredService<IngestCoordinator>().TryRunAsync("test", full: false, Ct);
        Assert.Equal(IngestRun.Completed, run!.Status);
        Assert.Equal(0, run.Counts.Removed);
        Assert.True(File.Exists(Path.Combine(factory.InboxPath, stored)));
        var index = factory.Services.GetRequiredService<IEvidenceIndex>();
        Assert.Equal(3, (await index.SearchAsync(new EvidenceQuery { Text = marker }, Ct)).Total);

        // Served back with its true type and a clean name.
        var download = await client.GetAsync($"/api/documents/{file.DocumentId}/file", Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType?.MediaType);
        var name = download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName;
        Assert.NotNull(name);
        Assert.EndsWith(".docx", name.Trim('"'), StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', name);
        Assert.Equal("nosniff", string.Join(",", download.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public void UploadName_ComposesRemovesBidiAndBoundsBytes()
    {
        Assert.Equal("étude mariage.pdf", UploadName.For("e\u0301tude\u202E mariage.exe", UploadKind.Pdf));
        Assert.Equal("document.pdf", UploadName.For("\u202E\u200B", UploadKind.Pdf));
        Assert.Equal("rapport.tmp_1.pdf", UploadName.For("rapport.tmp-1.pdf", UploadKind.Pdf));
        var long3Byte = UploadName.For(new string('€', 200) + ".pdf", UploadKind.Pdf);
        Assert.Equal((UploadName.MaxStemBytes / 3 * 3) + 4, Encoding.UTF8.GetByteCount(long3Byte));
    }

    private static string[] InboxFiles(WorkerApiFactory factory) =>
        Directory.Exists(factory.InboxPath) ? Directory.GetFiles(factory.InboxPath, "*", SearchOption.AllDirectories) : [];
}
