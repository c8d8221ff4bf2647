using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Knowledge.Core.Search;
using Knowledge.SearchApi.Tests.Uploads;
using Knowledge.Worker.Runs;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.SearchApi.Tests.Hostile;

/// <summary>The server starts whatever state its ledger and index are in, and says "degraded" until a sweep repairs them.</summary>
public sealed class HostileLedgerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GarbledLedger_ServerStartsDegraded_AndASweepRepairsIt()
    {
        var data = Path.Combine(Path.GetTempPath(), "knowledge-hostile-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            Directory.CreateDirectory(Path.Combine(data, "ingest"));
            var garbage = new byte[64 * 1024];
            new Random(3).NextBytes(garbage);
            await File.WriteAllBytesAsync(Path.Combine(data, "ingest", "ledger.db"), garbage, Ct);

            await using var factory = new WorkerApiFactory(("Knowledge:DataPath", data));
            using var client = factory.CreateClient();

            var ready = await client.GetFromJsonAsync<JsonElement>("/health/ready", Ct);
            Assert.Equal("degraded", ready.GetProperty("status").GetString());
            Assert.Contains("registre d'ingestion endommagé", ready.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Single(Directory.GetFiles(Path.Combine(data, "ingest"), "ledger.damaged-*.db"));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=mariage", Ct)).StatusCode);

            var run = await factory.Services.GetRequiredService<IngestCoordinator>().TryRunAsync("test", full: false, Ct);

            Assert.Equal(IngestRun.Completed, run!.Status);
            Assert.Equal("ok", (await client.GetFromJsonAsync<JsonElement>("/health/ready", Ct)).GetProperty("status").GetString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task DeletedIndexFolder_ReadinessDegradedUntilTheNextSweepRestoresEveryUpload()
    {
        var data = Path.Combine(Path.GetTempPath(), "knowledge-hostile-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            string[] markers = ["depotun", "depotdeux", "depottrois"];
            await using (var first = new WorkerApiFactory(("Knowledge:DataPath", data)))
            {
                using var editor = first.ClientWithKey(WorkerApiFactory.EditorKey);
                foreach (var marker in markers)
                {
                    using var form = WorkerApiFactory.Form([(marker + ".docx", WorkerApiFactory.Docx(marker))]);
                    Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync("/api/documents", form, Ct)).StatusCode);
                }
            }

            Directory.Delete(Path.Combine(data, "index"), recursive: true);

            await using var factory = new WorkerApiFactory(("Knowledge:DataPath", data));
            using var client = factory.CreateClient();
            var ready = await client.GetFromJsonAsync<JsonElement>("/health/ready", Ct);
            Assert.Equal("degraded", ready.GetProperty("status").GetString());
            Assert.Contains("3 document(s) du registre d'ingestion absent(s) de l'index", ready.GetProperty("detail").GetString(), StringComparison.Ordinal);

            var run = await factory.Services.GetRequiredService<IngestCoordinator>().TryRunAsync("test", full: false, Ct);

            Assert.Equal(3, run!.Counts.Rebuilt);
            var after = await client.GetFromJsonAsync<JsonElement>("/health/ready", Ct);
            Assert.Equal("ok", after.GetProperty("status").GetString());
            Assert.Equal(3, after.GetProperty("documents").GetInt64());
            var index = factory.Services.GetRequiredService<IEvidenceIndex>();
            foreach (var marker in markers)
            {
                Assert.Equal(3, (await index.SearchAsync(new EvidenceQuery { Text = marker }, Ct)).Total);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
