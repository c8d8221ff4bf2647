using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Polly;

namespace Knowledge.Worker.Resilience;

/// <summary>
/// The evidence index as the worker writes to it: every write goes through the index-write
/// pipeline; reads pass straight through (a failed read fails the file, and the run goes on).
/// </summary>
internal sealed class ResilientEvidenceIndex(IEvidenceIndex inner, ResiliencePipeline pipeline) : IEvidenceIndex
{
    public string Engine => inner.Engine;

    public IEvidenceIndex Inner => inner;

    public Task<IndexWriteResult> UpsertDocumentAsync(SourceDocument document, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default) =>
        pipeline.ExecuteAsync(async ct => await inner.UpsertDocumentAsync(document, findings, ct), cancellationToken).AsTask();

    public Task<bool> RemoveDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        pipeline.ExecuteAsync(async ct => await inner.RemoveDocumentAsync(documentId, ct), cancellationToken).AsTask();

    public Task<Finding?> GetFindingAsync(string findingId, CancellationToken cancellationToken = default) => inner.GetFindingAsync(findingId, cancellationToken);

    public Task<IReadOnlyList<Finding>> GetDocumentFindingsAsync(string documentId, CancellationToken cancellationToken = default) => inner.GetDocumentFindingsAsync(documentId, cancellationToken);

    public Task<SearchResults> SearchAsync(EvidenceQuery query, CancellationToken cancellationToken = default) => inner.SearchAsync(query, cancellationToken);

    public Task<FacetCounts> FacetsAsync(EvidenceQuery query, CancellationToken cancellationToken = default) => inner.FacetsAsync(query, cancellationToken);

    public Task<SourceDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default) => inner.GetDocumentAsync(documentId, cancellationToken);

    public Task<Paged<SourceDocument>> ListDocumentsAsync(int page, int pageSize, CancellationToken cancellationToken = default) => inner.ListDocumentsAsync(page, pageSize, cancellationToken);

    public Task<IndexState> GetStateAsync(CancellationToken cancellationToken = default) => inner.GetStateAsync(cancellationToken);

    public async Task<IIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken = default) =>
        new ResilientRebuild(await inner.BeginRebuildAsync(cancellationToken), pipeline);

    // The wrapped index belongs to whoever registered it; the worker never disposes it.
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class ResilientRebuild(IIndexRebuild inner, ResiliencePipeline pipeline) : IIndexRebuild
    {
        public Task<IndexWriteResult> AddDocumentAsync(SourceDocument document, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default) =>
            pipeline.ExecuteAsync(async ct => await inner.AddDocumentAsync(document, findings, ct), cancellationToken).AsTask();

        public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
