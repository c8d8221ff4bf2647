using Elastic.Clients.Elasticsearch.IndexManagement;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;

namespace Knowledge.Elasticsearch.Rebuild;

/// <summary>
/// A rebuild into <c>{prefix}-findings-v{N}</c> and <c>{prefix}-documents-v{N}</c>, filled without
/// refreshes and invisible until <see cref="CommitAsync"/> moves both aliases in one <c>_aliases</c>
/// request. Writes made to the live index while a rebuild runs are not carried over: a rebuild is
/// a full re-ingestion and the swap makes its content the whole truth.
/// </summary>
internal sealed class ElasticsearchIndexRebuild(ElasticsearchEvidenceIndex owner, string findingsIndex, string registryIndex) : IIndexRebuild
{
    private readonly Dictionary<string, string> _generations = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private bool _committed;
    private bool _disposed;

    public string FindingsIndex => findingsIndex;

    public string RegistryIndex => registryIndex;

    public async Task<IndexWriteResult> AddDocumentAsync(SourceDocument document, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            throw new InvalidOperationException("La reconstruction est déjà validée.");
        }

        var write = await owner.WriteFindingsAsync(findingsIndex, registryIndex, document, findings, waitForRefresh: false, cancellationToken);
        bool replaced;
        await _lock.WaitAsync(cancellationToken);
        try
        {
            replaced = _generations.ContainsKey(document.Id);
            _generations[document.Id] = write.Generation;
        }
        finally
        {
            _lock.Release();
        }

        if (replaced)
        {
            // The same document twice in one rebuild: keep the last one only.
            await owner.DeleteOtherGenerationsAsync(findingsIndex, document.Id, write.Generation, cancellationToken);
        }

        return write.Result;
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_committed)
        {
            return;
        }

        await owner.PutLiveStateAsync(registryIndex, _generations.Values, cancellationToken);
        await owner.RefreshAsync([findingsIndex, registryIndex], cancellationToken);

        var oldFindings = await owner.AliasTargetsAsync(owner.FindingsAlias, cancellationToken);
        var oldRegistry = await owner.AliasTargetsAsync(owner.RegistryAlias, cancellationToken);
        var actions = new List<IndexUpdateAliasesAction>();
        actions.AddRange(oldFindings.Select(old => Remove(old, owner.FindingsAlias)));
        actions.Add(Add(findingsIndex, owner.FindingsAlias));
        actions.AddRange(oldRegistry.Select(old => Remove(old, owner.RegistryAlias)));
        actions.Add(Add(registryIndex, owner.RegistryAlias));

        // One request: Elasticsearch applies all alias actions in one cluster-state update, so searches
        // move from the old pair of indices to the new pair with nothing in between.
        await owner.SwapAliasesAsync(actions, cancellationToken);

        _committed = true;
        try
        {
            await owner.DeleteIndicesAsync([.. oldFindings.Concat(oldRegistry)], cancellationToken);
        }
        catch (ElasticsearchException)
        {
            // The swap is done; a leftover old index wastes disk but serves nothing.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _lock.Dispose();
        if (!_committed)
        {
            try
            {
                await owner.DeleteIndicesAsync([findingsIndex, registryIndex], CancellationToken.None, onlyIfUnaliased: true);
            }
            catch (ElasticsearchException)
            {
                // Discarding is best effort: the next rebuild skips a version that still exists.
            }
        }
    }

    private static IndexUpdateAliasesAction Add(string index, string alias) => new() { Add = new AddAction { Index = index, Alias = alias } };

    private static IndexUpdateAliasesAction Remove(string index, string alias) => new() { Remove = new RemoveAction { Index = index, Alias = alias } };
}
