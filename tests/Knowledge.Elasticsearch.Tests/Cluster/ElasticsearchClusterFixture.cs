using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Knowledge.Core.Search;

namespace Knowledge.Elasticsearch.Tests.Cluster;

/// <summary>
/// A real Elasticsearch for behaviour tests: the cluster at <c>ELASTICSEARCH_URL</c> when set, otherwise
/// a single-node 9.5 container through Testcontainers when a Docker engine answers. Without either,
/// <see cref="SkipReason"/> says why and every cluster test is skipped with that reason. Each index the
/// tests create gets its own prefix and is deleted at the end.
/// </summary>
public sealed class ElasticsearchClusterFixture : IAsyncLifetime
{
    public const string Image = "docker.elastic.co/elasticsearch/elasticsearch:9.5.3";

    private readonly List<ElasticsearchEvidenceIndex> _created = [];
    private IContainer? _container;

    public Uri? Url { get; private set; }

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ELASTICSEARCH_URL");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            Url = new Uri(fromEnvironment);
            return;
        }

        if (!DockerLooksReachable())
        {
            SkipReason = "Aucun cluster Elasticsearch : ELASTICSEARCH_URL n'est pas défini et aucun moteur Docker n'est joignable (DOCKER_HOST, /var/run/docker.sock). No cluster: set ELASTICSEARCH_URL or run Docker.";
            return;
        }

        try
        {
            _container = new ContainerBuilder(Image)
                .WithEnvironment("discovery.type", "single-node")
                .WithEnvironment("xpack.security.enabled", "false")
                .WithEnvironment("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
                .WithPortBinding(9200, true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(9200).ForPath("/_cluster/health?wait_for_status=yellow")))
                .Build();
            await _container.StartAsync(TestContext.Current.CancellationToken);
            Url = new Uri($"http://{_container.Hostname}:{_container.GetMappedPublicPort(9200)}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SkipReason = $"Docker semble présent mais le conteneur {Image} n'a pas démarré : {ex.Message}";
        }
    }

    /// <summary>Skips the calling test with the reason when no cluster is available.</summary>
    public void SkipIfUnavailable()
    {
        if (SkipReason is not null)
        {
            Assert.Skip(SkipReason);
        }
    }

    /// <summary>A fresh, empty engine on the cluster, under its own index prefix.</summary>
    public async Task<IEvidenceIndex> CreateIndexAsync(TimeProvider? time = null, Knowledge.Core.Taxonomy.EvidenceTaxonomy? taxonomy = null)
    {
        SkipIfUnavailable();
        var options = new ElasticsearchOptions
        {
            Url = Url,
            IndexPrefix = $"t{Guid.NewGuid():N}"[..13],
            RetryBaseDelay = TimeSpan.FromMilliseconds(100),
        };
        var index = new ElasticsearchEvidenceIndex(Transport.ElasticsearchClientFactory.Create(options, time ?? TimeProvider.System), options, time, taxonomy: taxonomy);
        lock (_created)
        {
            _created.Add(index);
        }

        await index.InitializeAsync(TestContext.Current.CancellationToken);
        return index;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var index in _created)
        {
            try
            {
                var targets = (await index.AliasTargetsAsync(index.FindingsAlias, CancellationToken.None))
                    .Concat(await index.AliasTargetsAsync(index.RegistryAlias, CancellationToken.None))
                    .ToList();
                await index.DeleteIndicesAsync(targets, CancellationToken.None);
            }
            catch (ElasticsearchException)
            {
                // Clean-up is best effort; the prefix is unique, so leftovers never meet another run.
            }
        }

        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    private static bool DockerLooksReachable()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("DOCKER_HOST")))
        {
            return true;
        }

        return File.Exists("/var/run/docker.sock") || File.Exists(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker", "run", "docker.sock"));
    }
}
