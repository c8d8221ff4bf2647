using Knowledge.Core.Search;
using Knowledge.Elasticsearch;
using Knowledge.Lucene;
using Knowledge.Worker.Hosting;
using Knowledge.Worker.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Knowledge.Worker.Tests.Hosting;

/// <summary>The composition root every host calls: engine chosen from validated settings, nested settings validated at start-up.</summary>
public sealed class EvidenceBaseTests
{
    [Fact]
    public async Task NestedSetting_OutOfRange_StopsTheHostAtStartUp_NamingTheSetting()
    {
        using var folder = new TempFolder();
        using var host = Build(folder, ("Knowledge:Ingest:Resilience:MaxRetries", "99"));

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal(
            "DataAnnotation validation failed for 'IngestWorkerOptions.Resilience' members: 'MaxRetries' with the error: 'Knowledge:Ingest:Resilience:MaxRetries doit être compris entre 0 et 20.'.",
            ex.Message);
    }

    [Fact]
    public void UnknownEngine_StopsTheHostWhileItIsComposed_NamingTheSetting()
    {
        using var folder = new TempFolder();

        var ex = Assert.Throws<OptionsValidationException>(() => Build(folder, ("Knowledge:Engine", "solr")));

        Assert.Contains("Knowledge:Engine doit valoir « embedded » ou « elasticsearch ».", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Engine_IsChosenFromTheSettings_AndDataPathFeedsTheWorker()
    {
        using var folder = new TempFolder();
        var data = Path.Combine(folder.Path, "data");
        using (var embedded = Build(folder))
        {
            await using var index = embedded.Services.GetRequiredService<IEvidenceIndex>();
            Assert.IsType<LuceneEvidenceIndex>(index);
            Assert.Equal(Path.GetFullPath(data), embedded.Services.GetRequiredService<IOptions<IngestWorkerOptions>>().Value.FullDataPath);
        }

        using var cluster = Build(folder, ("Knowledge:Engine", "elasticsearch"), ("Knowledge:Elasticsearch:Url", "http://127.0.0.1:5169"));
        Assert.IsType<ElasticsearchEvidenceIndex>(cluster.Services.GetRequiredService<IEvidenceIndex>());
    }

    private static IHost Build(TempFolder folder, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(
            [new("Knowledge:DataPath", Path.Combine(folder.Path, "data")), new("Knowledge:Ingest:InProcess", "false"), .. settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))]);
        builder.AddEvidenceBase();
        builder.AddIngestWorker();
        return builder.Build();
    }
}
