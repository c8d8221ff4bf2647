using Knowledge.Core.Evidence;

namespace Knowledge.Core.Search;

/// <summary>
/// An index that forwards every call to another: the base of decorators (retries, fault injection)
/// that change a few members and must pass the rest through unchanged.
/// </summary>
/// <param name="inner">The index calls go to.</param>
/// <param name="ownsInner">Whether disposing this index disposes <paramref name="inner"/>; false when it belongs to someone else.</param>
public abstract class DelegatingEvidenceIndex(IEvidenceIndex inner, bool ownsInner = true) : IEvidenceIndex
{
    /// <summary>The decorated index.</summary>
    public IEvidenceIndex Inner { get; } = inner ?? throw new ArgumentNullException(nameof(inner));

    /// <inheritdoc />
    public virtual string Engine => Inner.Engine;

    /// <inheritdoc />
    public virtual Task<IndexWriteResult> UpsertDocumentAsync(SourceDocument document, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default) =>
        Inner.UpsertDocumentAsync(document, findings, cancellationToken);

    /// <inheritdoc />
    public virtual Task<bool> RemoveDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        Inner.RemoveDocumentAsync(documentId, cancellationToken);

    /// <inheritdoc />
    public virtual Task<Finding?> GetFindingAsync(string findingId, CancellationToken cancellationToken = default) =>
        Inner.GetFindingAsync(findingId, cancellationToken);

    /// <inheritdoc />
    public virtual Task<IReadOnlyList<Finding>> GetDocumentFindingsAsync(string documentId, CancellationToken cancellationToken = default) =>
        Inner.GetDocumentFindingsAsync(documentId, cancellationToken);

    /// <inheritdoc />
    public virtual Task<SearchResults> SearchAsync(EvidenceQuery query, CancellationToken cancellationToken = default) =>
        Inner.SearchAsync(query, cancellationToken);

    /// <inheritdoc />
    public virtual Task<FacetCounts> FacetsAsync(EvidenceQuery query, CancellationToken cancellationToken = default) =>
        Inner.FacetsAsync(query, cancellationToken);

    /// <inheritdoc />
    public virtual Task<SourceDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        Inner.GetDocumentAsync(documentId, cancellationToken);

    /// <inheritdoc />
    public virtual Task<Paged<SourceDocument>> ListDocumentsAsync(int page, int pageSize, CancellationToken cancellationToken = default) =>
        Inner.ListDocumentsAsync(page, pageSize, cancellationToken);

    /// <inheritdoc />
    public virtual Task<IndexState> GetStateAsync(CancellationToken cancellationToken = default) =>
        Inner.GetStateAsync(cancellationToken);

    /// <inheritdoc />
    public virtual Task<IIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken = default) =>
        Inner.BeginRebuildAsync(cancellationToken);

    /// <summary>Disposes the decorated index if this one owns it.</summary>
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ownsInner ? Inner.DisposeAsync() : ValueTask.CompletedTask;
    }
}
