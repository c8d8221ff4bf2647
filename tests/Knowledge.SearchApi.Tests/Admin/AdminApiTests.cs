using System.Net;
using System.Net.Http.Json;
using Knowledge.SearchApi.Admin;
using Knowledge.SearchApi.Security;
using Knowledge.SearchApi.Tests.Uploads;
using Knowledge.Worker.Runs;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.SearchApi.Tests.Admin;

public sealed class AdminApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reindex_StartsARun_ThatTheRunsEndpointsReport()
    {
        await using var factory = new WorkerApiFactory();
        Directory.CreateDirectory(factory.InboxPath);
        await File.WriteAllBytesAsync(Path.Combine(factory.InboxPath, "depot.docx"), WorkerApiFactory.Docx("balayage"), Ct);
        using var client = factory.ClientWithKey(WorkerApiFactory.AdminKey);

        var response = await client.PostAsync("/api/admin/reindex", null, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var started = await response.Content.ReadFromJsonAsync<RunDto>(Ct);
        Assert.Equal($"/api/admin/runs/{started!.Id}", response.Headers.Location?.OriginalString);
        await factory.Services.GetRequiredService<IngestCoordinator>().Background;

        var runs = await client.GetFromJsonAsync<List<RunDto>>("/api/admin/runs", Ct);
        var listed = Assert.Single(runs!);
        Assert.Equal(started.Id, listed.Id);
        Assert.Equal("completed", listed.Status);
        Assert.Equal(1, listed.Counts.New);
        Assert.NotNull(listed.EndedAt);

        var detail = await client.GetFromJsonAsync<RunDto>(started.Url, Ct);
        Assert.Equal("manual", detail!.Trigger);
        Assert.Empty(detail.Issues!);
    }

    [Fact]
    public async Task Reindex_Full_RebuildsAndReportsRebuiltDocuments()
    {
        await using var factory = new WorkerApiFactory();
        using var editor = factory.ClientWithKey(WorkerApiFactory.EditorKey);
        using (var form = WorkerApiFactory.Form([("a.docx", WorkerApiFactory.Docx("reconstruction"))]))
        {
            (await editor.PostAsync("/api/documents", form, Ct)).EnsureSuccessStatusCode();
        }

        using var admin = factory.ClientWithKey(WorkerApiFactory.AdminKey);
        var started = await (await admin.PostAsync("/api/admin/reindex?full=true", null, Ct)).Content.ReadFromJsonAsync<RunDto>(Ct);
        await factory.Services.GetRequiredService<IngestCoordinator>().Background;

        var detail = await admin.GetFromJsonAsync<RunDto>(started!.Url, Ct);
        Assert.True(detail!.Full);
        Assert.Equal("completed", detail.Status);
        Assert.Equal(1, detail.Counts.Rebuilt);
    }

    [Fact]
    public async Task Runs_UnknownId_IsNotFoundProblem()
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.ClientWithKey(WorkerApiFactory.AdminKey);

        var response = await client.GetAsync("/api/admin/runs/inconnu", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(WorkerApiFactory.ReaderKey, HttpStatusCode.Forbidden)]
    [InlineData(WorkerApiFactory.EditorKey, HttpStatusCode.Forbidden)]
    public async Task AdminEndpoints_NeedAnAdminKey(string? key, HttpStatusCode expected)
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.ClientWithKey(key);

        Assert.Equal(expected, (await client.GetAsync("/api/admin/runs", Ct)).StatusCode);
        Assert.Equal(expected, (await client.PostAsync("/api/admin/reindex", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task Search_IsOpenByDefault_AndNeedsAReaderKeyWhenConfigured()
    {
        await using (var open = new WorkerApiFactory())
        {
            Assert.Equal(HttpStatusCode.OK, (await open.ClientWithKey(null).GetAsync("/api/search?q=enfants", Ct)).StatusCode);
        }

        await using var locked = new WorkerApiFactory(("Knowledge:RequireReaderKey", "true"));
        var anonymous = await locked.ClientWithKey(null).GetAsync("/api/search?q=enfants", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await locked.ClientWithKey(WorkerApiFactory.ReaderKey).GetAsync("/api/search?q=enfants", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await locked.ClientWithKey(null).GetAsync("/health/live", Ct)).StatusCode);
    }

    [Fact]
    public async Task Startup_KeyTooShort_FailsNamingTheSetting()
    {
        await using var factory = new WorkerApiFactory(("Knowledge:ApiKeys:0:Key", "court"));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Knowledge:ApiKeys", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void KeyComparison_FindsOnlyTheExactKey()
    {
        ApiKey[] keys = [new() { Name = "a", Key = "cle-numero-un-0000000", Role = "reader" }, new() { Name = "b", Key = "cle-numero-deux-000000", Role = "admin" }];

        Assert.Equal("b", ApiKeyAuthenticationHandler.Find(keys, "cle-numero-deux-000000")?.Name);
        Assert.Null(ApiKeyAuthenticationHandler.Find(keys, "cle-numero-deux-00000"));
        Assert.Null(ApiKeyAuthenticationHandler.Find(keys, "CLE-NUMERO-DEUX-000000"));
        Assert.DoesNotContain("cle-numero", keys[0].ToString(), StringComparison.Ordinal);
    }
}
