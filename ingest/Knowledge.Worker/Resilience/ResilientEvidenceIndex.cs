using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Polly;

namespace Knowledge.Worker.Resilience;

/// <summary>
/// The evidence index as the worker writes to it: every write goes through the index-write
/// pipeline; reads pass straight through (a failed read fails the file, and the run goes on).
/// The wrapped index belongs to whoever registered it; disposing this one leaves it open.
/// </summary>
internal sealed class ResilientEvidenceIndex(IEvidenceIndex inner, ResiliencePipeline pipeline) : DelegatingEvidenceIndex(inner, ownsInner: false)
{
    public override Task<IndexWriteResult> UpsertDocumentAsync(SourceDocument document, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default) =>
        pipeline.ExecuteAsync(async ct => await Inner.UpsertDocumentAsync(document, findings, ct), cancellationToken).AsTask();

    public override Task<bool> RemoveDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        pipeline.ExecuteAsync(async ct => await Inner.RemoveDocumentAsync(documentId, ct), cancellationToken).AsTask();

    public override async Task<IIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken = default) =>
        new ResilientRebuild(await Inner.BeginRebuildAsync(cancellationToken), pipeline);

    private sealed class ResilientRebuild(IIndexRebuild inner, ResiliencePipeline pipeline) : IIndexRebuild
    {
        public Task<IndexWriteResult> AddDocumentAsync(SourceDocument document, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default) =>
            pipeline.ExecuteAsync(async ct => await inner.AddDocumentAsync(document, findings, ct), cancellationToken).AsTask();

        public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
