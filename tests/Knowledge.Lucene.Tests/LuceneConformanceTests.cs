using Knowledge.Core.Search;
using Knowledge.Search.Conformance;

namespace Knowledge.Lucene.Tests;

/// <summary>The engine-independent suite, run against the embedded index in a temp folder per test.</summary>
public sealed class LuceneConformanceTests : EvidenceIndexConformanceTests, IDisposable
{
    private readonly TempFolder _folder = new();
    private int _indexes;

    protected override Task<IEvidenceIndex> CreateIndexAsync() =>
        Task.FromResult<IEvidenceIndex>(LuceneEvidenceIndex.Open(_folder.Sub($"data-{++_indexes}"), Taxonomy, Time));

    public void Dispose() => _folder.Dispose();
}

/// <summary>
/// The same suite with every search split across segment slices on several threads, the path
/// large indexes take: merged hits, totals and facets must be exactly those of one pass.
/// </summary>
public sealed class LuceneParallelSearchConformanceTests : EvidenceIndexConformanceTests, IDisposable
{
    private readonly TempFolder _folder = new();
    private int _indexes;

    protected override Task<IEvidenceIndex> CreateIndexAsync() =>
        Task.FromResult<IEvidenceIndex>(LuceneEvidenceIndex.Open(
            new LuceneIndexOptions { DataPath = _folder.Sub($"data-{++_indexes}"), ParallelSearchThreshold = 0 },
            Taxonomy,
            Time));

    public void Dispose() => _folder.Dispose();
}
