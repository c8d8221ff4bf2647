using Knowledge.Core.Evidence;

namespace Knowledge.Core.Search;

/// <summary>
/// The evidence index: findings and the registry of their source documents. Two engines
/// implement it (embedded Lucene.NET and Elasticsearch) and pass one conformance suite.
/// </summary>
public interface IEvidenceIndex : IAsyncDisposable
{
    /// <summary>Engine name, e.g. <c>embedded</c> or <c>elasticsearch</c>.</summary>
    string Engine { get; }

    /// <summary>
    /// Adds a document or replaces all its findings in one step: readers see either the old
    /// findings or the new ones, never a mix. The registry entry is written with the same call.
    /// </summary>
    Task<IndexWriteResult> UpsertDocumentAsync(SourceDocument document, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default);

    /// <summary>Removes a document and all its findings; false when it was not there.</summary>
    Task<bool> RemoveDocumentAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>A finding by id, or null.</summary>
    Task<Finding?> GetFindingAsync(string findingId, CancellationToken cancellationToken = default);

    /// <summary>All findings of a document in document order (empty when unknown).</summary>
    Task<IReadOnlyList<Finding>> GetDocumentFindingsAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>Searches findings.</summary>
    /// <exception cref="ArgumentException">The query is invalid (page size out of range…).</exception>
    Task<SearchResults> SearchAsync(EvidenceQuery query, CancellationToken cancellationToken = default);

    /// <summary>Facet counts for a query, without hits.</summary>
    Task<FacetCounts> FacetsAsync(EvidenceQuery query, CancellationToken cancellationToken = default);

    /// <summary>A document's registry entry, or null.</summary>
    Task<SourceDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>Registry entries, most recently updated first.</summary>
    Task<Paged<SourceDocument>> ListDocumentsAsync(int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>What the index holds.</summary>
    Task<IndexState> GetStateAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a full rebuild into a new index beside the live one. The live index keeps serving
    /// until <see cref="IIndexRebuild.CommitAsync"/> swaps the new one in atomically; disposing
    /// the rebuild without committing discards it and leaves the live index untouched.
    /// </summary>
    Task<IIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken = default);
}

/// <summary>A rebuild in progress: a new, initially empty index that is not yet live.</summary>
public interface IIndexRebuild : IAsyncDisposable
{
    /// <summary>Adds a document and its findings to the new index.</summary>
    Task<IndexWriteResult> AddDocumentAsync(SourceDocument document, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default);

    /// <summary>Makes the new index live in one atomic step.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
