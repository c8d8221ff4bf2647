using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Knowledge.Core.Search;
using Knowledge.Elasticsearch.Tests.Fakes;
using Knowledge.Elasticsearch.Tests.OpenApi;
using Knowledge.Elasticsearch.Transport;
using Knowledge.Ingest.Indexing;
using Knowledge.Worker.Hosting;
using Knowledge.Worker.Runs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Knowledge.Elasticsearch.Tests.Hosts;

/// <summary>
/// The real hosts with <c>Knowledge:Engine=elasticsearch</c>, composed by <see cref="EvidenceBase.AddEvidenceBase"/>,
/// talking through the official client to a recording node: every body they send must validate
/// against the 9.5 stateful specification.
/// </summary>
public sealed class HostsOnRecordingNodeTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "knowledge-es-hosts-" + Guid.NewGuid().ToString("N"));
    private readonly FakeElasticsearch _node = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Server_IngestsAWatchedFolder_RebuildsAndAnswersSearches_SendingOnlySpecValidBodies()
    {
        var watched = Directory.CreateDirectory(Path.Combine(_root, "watched")).FullName;
        await File.WriteAllTextAsync(Path.Combine(watched, "rapport.md"), Report(), Ct);
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in Settings())
            {
                b.UseSetting(key, value);
            }

            b.UseSetting("Knowledge:LoadSampleLibrary", "false");
            b.UseSetting("Knowledge:Ingest:InProcess", "false");
            b.UseSetting("Knowledge:Ingest:Folders:0", watched);
            b.ConfigureTestServices(s => s.AddSingleton(RecordingClient));
        });
        using var client = factory.CreateClient();
        var coordinator = factory.Services.GetRequiredService<IngestCoordinator>();

        var sweep = await coordinator.TryRunAsync("test", full: false, Ct);
        var rebuild = await coordinator.TryRunAsync("test", full: true, Ct);
        _node.SearchResponse = _ => SearchAnswer();
        using var search = await client.GetAsync(new Uri("/api/search?q=mineurs", UriKind.Relative), Ct);

        Assert.Equal((IngestRun.Completed, 1), (sweep!.Status, sweep.Counts.New));
        Assert.Equal(IngestRun.Completed, rebuild!.Status);
        search.EnsureSuccessStatusCode();
        Assert.Contains("sites miniers", await search.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        AssertEveryRequestValid("PUT /{index}", "POST /{index}/_bulk", "POST /{index}/_search", "POST /_aliases");
    }

    [Fact]
    public async Task CliIngest_Composition_FeedsTheCluster_SendingOnlySpecValidBodies()
    {
        // The composition `knowledge ingest` builds (Indexing/EvidenceHost): AddEvidenceBase with the engine setting.
        var file = Path.Combine(Directory.CreateDirectory(Path.Combine(_root, "in")).FullName, "rapport.md");
        await File.WriteAllTextAsync(file, Report(), Ct);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Settings().Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.AddEvidenceBase();
        builder.Services.AddSingleton(RecordingClient);
        using var host = builder.Build();
        await host.StartAsync(Ct);

        var written = await host.Services.GetRequiredService<EvidenceIngestor>().IngestFileAsync(file, null, Ct);
        await host.StopAsync(Ct);

        Assert.Equal("elasticsearch", host.Services.GetRequiredService<IEvidenceIndex>().Engine);
        Assert.True(written.Write?.Indexed > 0);
        AssertEveryRequestValid("PUT /{index}", "POST /{index}/_bulk");
    }

    public void Dispose()
    {
        _node.Dispose();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private (string Key, string Value)[] Settings() =>
    [
        ("Knowledge:Engine", "elasticsearch"),
        ("Knowledge:Elasticsearch:Url", "http://es.test:9200"),
        ("Knowledge:Elasticsearch:RetryBaseDelay", "00:00:00"),
        ("Knowledge:DataPath", Path.Combine(_root, "data")),
    ];

    private ElasticsearchClient RecordingClient(IServiceProvider services) =>
        ElasticsearchClientFactory.Create(services.GetRequiredService<IOptions<ElasticsearchOptions>>().Value, TimeProvider.System, _node);

    private void AssertEveryRequestValid(params string[] mustInclude)
    {
        var violations = _node.Requests.SelectMany(r => RequestConformanceTests.Validate(r).Select(v => $"{r}: {v}")).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        var kinds = _node.Requests.Select(r => $"{r.Method} {OpenApiSpec.Shared.MatchPath(r.Method.Method, r.Path)}").ToHashSet();
        Assert.Superset(mustInclude.ToHashSet(), kinds);
    }

    /// <summary>A search answer holding the first finding the hosts bulk-indexed, as the node stored it.</summary>
    private string SearchAnswer()
    {
        var bulk = _node.Requests.First(r => r.Path.EndsWith("/_bulk", StringComparison.Ordinal));
        var source = JsonNode.Parse(bulk.NdjsonLines[1])!;
        return new JsonObject
        {
            ["took"] = 2,
            ["timed_out"] = false,
            ["_shards"] = new JsonObject { ["total"] = 1, ["successful"] = 1, ["skipped"] = 0, ["failed"] = 0 },
            ["hits"] = new JsonObject
            {
                ["total"] = new JsonObject { ["value"] = 1, ["relation"] = "eq" },
                ["max_score"] = 1.5,
                ["hits"] = new JsonArray(new JsonObject { ["_index"] = "knowledge-findings-v1", ["_id"] = "x", ["_score"] = 1.5, ["_source"] = source }),
            },
        }.ToJsonString();
    }

    private static string Report() =>
        "# Rapport sur le travail des enfants\n\n"
        + "Au Burkina Faso, l'enquête menée en 2021 montre que douze pour cent des mineurs interrogés dans les sites miniers "
        + "travaillent plus de huit heures par jour, ce qui les expose à des violences et à l'abandon scolaire.\n\n"
        + "Les services sociaux et les associations locales consultées recommandent de renforcer les contrôles "
        + "et l'accompagnement des familles des mineurs.\n";
}
