using Knowledge.Core.Search;
using Knowledge.Search.Conformance;

namespace Knowledge.Elasticsearch.Tests.Cluster;

/// <summary>
/// The engine-independent conformance suite against a real cluster (<c>ELASTICSEARCH_URL</c>, or
/// Docker through Testcontainers). Without one, every case is skipped with the fixture's reason.
/// </summary>
public sealed class ElasticsearchConformanceTests(ElasticsearchClusterFixture cluster)
    : EvidenceIndexConformanceTests, IClassFixture<ElasticsearchClusterFixture>
{
    protected override Task<IEvidenceIndex> CreateIndexAsync() => cluster.CreateIndexAsync(Time, Taxonomy);
}
