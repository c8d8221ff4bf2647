using Knowledge.Core.Evidence;
using Knowledge.Core.Search;

namespace Knowledge.Worker.Tests.Fixtures;

/// <summary>An index whose writes fail a set number of times (as a briefly unreachable engine would), then pass.</summary>
internal sealed class FlakyIndex(IEvidenceIndex inner) : DelegatingEvidenceIndex(inner)
{
    private int _failuresLeft;
    private int _failedWrites;

    public int FailedWrites => _failedWrites;

    /// <summary>The next <paramref name="count"/> writes throw.</summary>
    public void FailNext(int count) => _failuresLeft = count;

    /// <summary>Rebuild adds throw once this many have passed (null: never).</summary>
    public int? FailRebuildAfter { get; set; }

    public override Task<IndexWriteResult> UpsertDocumentAsync(SourceDocument document, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default)
    {
        Trip();
        return Inner.UpsertDocumentAsync(document, findings, cancellationToken);
    }

    public override Task<bool> RemoveDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        Trip();
        return Inner.RemoveDocumentAsync(documentId, cancellationToken);
    }

    public override async Task<IIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken = default) =>
        new FlakyRebuild(await Inner.BeginRebuildAsync(cancellationToken), this);

    private void Trip()
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            Interlocked.Increment(ref _failedWrites);
            throw new IOException("index momentanément injoignable (test)");
        }
    }

    private sealed class FlakyRebuild(IIndexRebuild inner, FlakyIndex owner) : IIndexRebuild
    {
        private int _added;

        public Task<IndexWriteResult> AddDocumentAsync(SourceDocument document, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default)
        {
            if (owner.FailRebuildAfter is { } limit && _added >= limit)
            {
                throw new InvalidOperationException("le disque de la reconstruction est plein (test)");
            }

            _added++;
            return inner.AddDocumentAsync(document, findings, cancellationToken);
        }

        public Task CommitAsync(CancellationToken cancellationToken = default) => inner.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
