using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Elasticsearch.Indexing;
using Knowledge.Elasticsearch.Mapping;
using Knowledge.Elasticsearch.Querying;
using Knowledge.Elasticsearch.Rebuild;
using Knowledge.Elasticsearch.Registry;
using Knowledge.Elasticsearch.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Knowledge.Elasticsearch;

/// <summary>
/// The evidence index on Elasticsearch 8, spoken to over the REST API.
/// <para>
/// Layout: findings live in <c>{prefix}-findings-v{N}</c> behind the alias <c>{prefix}-findings</c>;
/// the registry of source documents lives in <c>{prefix}-documents-v{N}</c> behind
/// <c>{prefix}-documents</c>. A rebuild fills version N+1 of both and moves both aliases in one
/// <c>_aliases</c> request, which Elasticsearch applies atomically.
/// </para>
/// <para>
/// Atomic replacement of a document: Elasticsearch has no multi-document transaction, so a plain
/// delete-then-bulk would let readers see a document with no findings, or half of them. Instead every
/// write of a document's findings gets a fresh <em>generation</em> (<c>{documentId}.{random}</c>) stored
/// on each finding, and the registry's single live-state entry lists the live generation of every
/// document. Searches filter findings on that list with a terms lookup. An upsert (1) bulk-indexes the
/// new findings under the new generation — invisible so far, (2) writes the registry entry, (3) swaps
/// the document's generation in the live-state entry — one single-document write, the commit point,
/// (4) deletes the document's other generations with delete-by-query. Readers of findings therefore see
/// the old set or the new set, never a mix. Two honest limits: between (2) and (3) the registry entry
/// (title, counts) is already the new one while the old findings are still served; and the number of
/// documents is bounded by <c>index.max_terms_count</c> (set to <see cref="IndexDefinitions.MaxLiveDocuments"/>).
/// A crash after (1) leaves invisible findings that the document's next upsert or removal deletes.
/// </para>
/// </summary>
public sealed class ElasticsearchEvidenceIndex : IEvidenceIndex
{
    private const int ScrollPageSize = 1000;
    private const int MaxStateConflicts = 20;

    private readonly ElasticsearchTransport _transport;
    private readonly ElasticsearchOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly BulkWriter _bulk;
    private readonly SearchRequestBuilder _queries;
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private volatile bool _initialized;

    /// <summary>Creates the engine over an <see cref="HttpClient"/> (its handlers carry retries and TLS; see <c>AddElasticsearchEvidenceIndex</c>).</summary>
    public ElasticsearchEvidenceIndex(HttpClient httpClient, ElasticsearchOptions options, TimeProvider? timeProvider = null, ILogger<ElasticsearchEvidenceIndex>? logger = null, EvidenceTaxonomy? taxonomy = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Url is null)
        {
            throw new ArgumentException("Knowledge:Elasticsearch:Url est requis.", nameof(options));
        }

        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _transport = new ElasticsearchTransport(httpClient, options, _logger);
        _bulk = new BulkWriter(_transport, options, _timeProvider, _logger);
        FindingsAlias = $"{options.IndexPrefix}-findings";
        RegistryAlias = $"{options.IndexPrefix}-documents";
        _queries = new SearchRequestBuilder(taxonomy ?? EvidenceTaxonomy.Default, RegistryAlias);
    }

    /// <inheritdoc />
    public string Engine => "elasticsearch";

    /// <summary>The alias searches and writes go through.</summary>
    public string FindingsAlias { get; }

    /// <summary>The alias of the document registry.</summary>
    public string RegistryAlias { get; }

    internal ElasticsearchTransport Transport => _transport;

    internal BulkWriter Bulk => _bulk;

    /// <summary>
    /// Checks the server (Elasticsearch, version 8 or more) and creates the first indices and aliases
    /// when they are missing. Runs once; every other method calls it first.
    /// </summary>
    /// <exception cref="ElasticsearchException">"Elasticsearch injoignable à {url} : {raison}".</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized)
        {
            return;
        }

        await _initLock.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }

            var version = await _transport.VerifyProductAsync(cancellationToken);
            await EnsureAliasAsync(FindingsAlias, IndexDefinitions.FindingsIndex(FindingsAlias), cancellationToken);
            await EnsureAliasAsync(RegistryAlias, IndexDefinitions.RegistryIndex(RegistryAlias), cancellationToken);
            _logger.LogInformation("Elasticsearch {Version} ready at {Url} (aliases {Findings}, {Registry})", version, _options.SafeUrl, FindingsAlias, RegistryAlias);
            _initialized = true;
        }
        catch (ElasticsearchException ex) when (!ex.Message.StartsWith("Elasticsearch injoignable", StringComparison.Ordinal))
        {
            throw new ElasticsearchException($"Elasticsearch injoignable à {_options.SafeUrl} : {ex.Message}", ex.StatusCode, ex.ErrorType, ex);
        }
        finally
        {
            _initLock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<IndexWriteResult> UpsertDocumentAsync(SourceDocument document, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        await InitializeAsync(cancellationToken);

        var write = await WriteFindingsAsync(FindingsAlias, RegistryAlias, document, findings, waitForRefresh: true, cancellationToken);

        // Commit point: one write of the live-state entry makes the new generation the visible one.
        await UpdateLiveStateAsync(RegistryAlias, gens => [.. gens.Where(g => !RegistryDocument.IsGenerationOf(g, document.Id)), write.Generation], cancellationToken);

        await DeleteOtherGenerationsAsync(FindingsAlias, document.Id, write.Generation, cancellationToken);
        return write.Result;
    }

    /// <inheritdoc />
    public async Task<bool> RemoveDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        await InitializeAsync(cancellationToken);
        var known = await GetDocumentAsync(documentId, cancellationToken) is not null;

        // Hide first (one write), then clean up: readers never see a half-deleted document.
        await UpdateLiveStateAsync(RegistryAlias, gens => [.. gens.Where(g => !RegistryDocument.IsGenerationOf(g, documentId))], cancellationToken);
        using (await _transport.SendExpectingAsync(HttpMethod.Delete, $"/{RegistryAlias}/_doc/{Uri.EscapeDataString(documentId)}?refresh=wait_for", null, cancellationToken, HttpStatusCode.NotFound))
        {
        }

        var deleted = await DeleteByQueryAsync(FindingsAlias, SearchRequestBuilder.Term(FindingFields.DocumentId, documentId), cancellationToken);
        return known || deleted > 0;
    }

    /// <inheritdoc />
    public async Task<Finding?> GetFindingAsync(string findingId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(findingId);
        await InitializeAsync(cancellationToken);
        var body = new JsonObject { ["size"] = 1, ["query"] = _queries.LiveTerm(FindingFields.FindingId, findingId) };
        using var response = await SearchAsync(FindingsAlias, body, cancellationToken);
        var results = SearchResponseReader.Read(response.Body);
        return results.Hits.Count == 0 ? null : results.Hits[0].Finding;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Finding>> GetDocumentFindingsAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        await InitializeAsync(cancellationToken);
        var findings = new List<Finding>();
        JsonNode? after = null;
        while (true)
        {
            var body = new JsonObject
            {
                ["size"] = ScrollPageSize,
                ["query"] = _queries.LiveTerm(FindingFields.DocumentId, documentId),
                ["sort"] = new JsonArray(new JsonObject { [FindingFields.Ordinal] = "asc" }, new JsonObject { [FindingFields.FindingId] = "asc" }),
            };
            if (after is not null)
            {
                body["search_after"] = after;
            }

            using var response = await SearchAsync(FindingsAlias, body, cancellationToken);
            var page = SearchResponseReader.Read(response.Body).Hits;
            findings.AddRange(page.Select(h => h.Finding));
            if (page.Count < ScrollPageSize)
            {
                return findings;
            }

            after = LastSortValues(response.Body);
        }
    }

    /// <inheritdoc />
    public async Task<SearchResults> SearchAsync(EvidenceQuery query, CancellationToken cancellationToken = default)
    {
        var body = _queries.Search(query);
        await InitializeAsync(cancellationToken);
        using var response = await SearchAsync(FindingsAlias, body, cancellationToken);
        return SearchResponseReader.Read(response.Body);
    }

    /// <inheritdoc />
    public async Task<FacetCounts> FacetsAsync(EvidenceQuery query, CancellationToken cancellationToken = default)
    {
        var body = _queries.Facets(query);
        await InitializeAsync(cancellationToken);
        using var response = await SearchAsync(FindingsAlias, body, cancellationToken);
        return response.Body.TryGetProperty("aggregations", out var aggs) ? SearchResponseReader.ReadFacets(aggs) : FacetCounts.Empty;
    }

    /// <inheritdoc />
    public async Task<SourceDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        await InitializeAsync(cancellationToken);
        using var response = await _transport.SendExpectingAsync(HttpMethod.Get, $"/{RegistryAlias}/_doc/{Uri.EscapeDataString(documentId)}", null, cancellationToken, HttpStatusCode.NotFound);
        if (response.Status == HttpStatusCode.NotFound || !response.Body.TryGetProperty("_source", out var source))
        {
            return null;
        }

        // The live-state entry shares the registry index; it is not a document.
        return FindingDocument.OptionalString(source, RegistryFields.EntryType) == RegistryDocument.DocumentEntry
            ? RegistryDocument.FromJson(source)
            : null;
    }

    /// <inheritdoc />
    public async Task<Paged<SourceDocument>> ListDocumentsAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, EvidenceQuery.MaxPageSize);
        if ((long)page * pageSize > SearchRequestBuilder.MaxResultWindow)
        {
            throw new ArgumentOutOfRangeException(nameof(page), $"Au-delà de {SearchRequestBuilder.MaxResultWindow} documents, la liste ne se pagine plus.");
        }

        await InitializeAsync(cancellationToken);
        var body = new JsonObject
        {
            ["from"] = (page - 1) * pageSize,
            ["size"] = pageSize,
            ["track_total_hits"] = true,
            ["query"] = SearchRequestBuilder.Bool([SearchRequestBuilder.Term(RegistryFields.EntryType, RegistryDocument.DocumentEntry)]),
            ["sort"] = new JsonArray(new JsonObject { [RegistryFields.UpdatedAt] = "desc" }, new JsonObject { [RegistryFields.Id] = "asc" }),
        };
        using var response = await SearchAsync(RegistryAlias, body, cancellationToken);
        var hits = response.Body.GetProperty("hits");
        var items = hits.GetProperty("hits").EnumerateArray().Select(h => RegistryDocument.FromJson(h.GetProperty("_source"))).ToList();
        return new Paged<SourceDocument>(SearchResponseReader.ReadTotal(hits), page, pageSize, items);
    }

    /// <inheritdoc />
    public async Task<IndexState> GetStateAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        var documents = await CountAsync(RegistryAlias, SearchRequestBuilder.Bool([SearchRequestBuilder.Term(RegistryFields.EntryType, RegistryDocument.DocumentEntry)]), cancellationToken);
        var findings = await CountAsync(FindingsAlias, SearchRequestBuilder.Bool([_queries.LiveFilter()]), cancellationToken);
        var fingerprint = await FingerprintAsync(cancellationToken);
        var state = await ReadLiveStateAsync(RegistryAlias, cancellationToken);
        return new IndexState(Engine, documents, findings, fingerprint, state.UpdatedAt);
    }

    /// <inheritdoc />
    public async Task<IIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        var current = await AliasTargetsAsync(FindingsAlias, cancellationToken);
        var version = current.Select(IndexVersion).DefaultIfEmpty(0).Max() + 1;
        for (var attempt = 0; attempt < 10; attempt++, version++)
        {
            var findingsIndex = VersionedName("findings", version);
            var registryIndex = VersionedName("documents", version);
            if (await TryCreateIndexAsync(findingsIndex, IndexDefinitions.FindingsIndex(null), cancellationToken)
                && await TryCreateIndexAsync(registryIndex, IndexDefinitions.RegistryIndex(null), cancellationToken))
            {
                _logger.LogInformation("Elasticsearch rebuild started into {Findings} and {Registry}", findingsIndex, registryIndex);
                return new ElasticsearchIndexRebuild(this, findingsIndex, registryIndex);
            }

            // A crashed earlier rebuild may have left this version behind: take the next one.
            await DeleteIndicesAsync([findingsIndex, registryIndex], cancellationToken, onlyIfUnaliased: true);
        }

        throw new ElasticsearchException("Impossible de créer les index de reconstruction : dix versions successives existent déjà.");
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        // The HttpClient belongs to whoever made it (IHttpClientFactory in the host).
        _initLock.Dispose();
        return ValueTask.CompletedTask;
    }

    internal string VersionedName(string kind, int version) =>
        string.Create(CultureInfo.InvariantCulture, $"{_options.IndexPrefix}-{kind}-v{version}");

    internal static int IndexVersion(string indexName)
    {
        var v = indexName.LastIndexOf("-v", StringComparison.Ordinal);
        return v >= 0 && int.TryParse(indexName.AsSpan(v + 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    internal sealed record FindingsWrite(string Generation, IndexWriteResult Result);

    /// <summary>Steps (1) and (2) of a document write: findings under a new generation, then the registry entry.</summary>
    internal async Task<FindingsWrite> WriteFindingsAsync(string findingsIndex, string registryIndex, SourceDocument document, IReadOnlyList<Finding> findings, bool waitForRefresh, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(document.Id);
        var generation = RegistryDocument.NewGeneration(document.Id);
        var suffix = generation[(document.Id.Length + 1)..];
        var rejected = new List<RejectedFinding>();
        var items = new List<BulkItem>(findings.Count);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var finding in findings)
        {
            if (!string.Equals(finding.DocumentId, document.Id, StringComparison.Ordinal))
            {
                rejected.Add(new RejectedFinding(finding.Id, $"Le passage appartient au document « {finding.DocumentId} », pas à « {document.Id} »."));
                continue;
            }

            items.Add(new BulkItem(finding.Id, $"{finding.Id}.{suffix}", FindingDocument.ToJson(finding, generation)));
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(FindingDocument.ToJson(finding, "")));
        }

        var outcome = await _bulk.WriteAsync(findingsIndex, items, waitForRefresh, cancellationToken);
        rejected.AddRange(outcome.Rejected);
        var contentHash = Convert.ToHexStringLower(hash.GetHashAndReset());
        var entry = RegistryDocument.ToJson(document, generation, contentHash);
        var refresh = waitForRefresh ? "?refresh=wait_for" : "";
        using (await _transport.SendExpectingAsync(HttpMethod.Put, $"/{registryIndex}/_doc/{Uri.EscapeDataString(document.Id)}{refresh}", entry, cancellationToken))
        {
        }

        if (rejected.Count > 0)
        {
            _logger.LogWarning("Elasticsearch refused {Count} findings of document {DocumentId}", rejected.Count, document.Id);
        }

        return new FindingsWrite(generation, new IndexWriteResult(document.Id, outcome.Indexed, rejected));
    }

    /// <summary>Step (4): removes every generation of a document but the live one. A failure only leaves invisible findings.</summary>
    internal async Task DeleteOtherGenerationsAsync(string findingsIndex, string documentId, string liveGeneration, CancellationToken cancellationToken)
    {
        try
        {
            var query = SearchRequestBuilder.Bool(
                [SearchRequestBuilder.Term(FindingFields.DocumentId, documentId)],
                mustNot: [SearchRequestBuilder.Term(FindingFields.Generation, liveGeneration)]);
            await DeleteByQueryAsync(findingsIndex, query, cancellationToken);
        }
        catch (ElasticsearchException ex)
        {
            _logger.LogWarning(ex, "Old findings of document {DocumentId} stay (invisible) until its next write", documentId);
        }
    }

    internal async Task<long> DeleteByQueryAsync(string index, JsonObject query, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["query"] = query };
        using var response = await _transport.SendExpectingAsync(HttpMethod.Post, $"/{index}/_delete_by_query?conflicts=proceed&refresh=true", body, cancellationToken);
        return response.Body.TryGetProperty("deleted", out var d) && d.ValueKind == JsonValueKind.Number ? d.GetInt64() : 0;
    }

    /// <summary>
    /// Read-modify-write of the live-state entry with optimistic concurrency (<c>if_seq_no</c>/<c>if_primary_term</c>):
    /// two writers never lose each other's switch; the loser reads again and reapplies its change.
    /// </summary>
    internal async Task UpdateLiveStateAsync(string registryIndex, Func<IReadOnlyList<string>, IReadOnlyList<string>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxStateConflicts; attempt++)
        {
            var state = await ReadLiveStateAsync(registryIndex, cancellationToken);
            var next = change(state.Generations);
            var condition = state.Exists
                ? string.Create(CultureInfo.InvariantCulture, $"?if_seq_no={state.SeqNo}&if_primary_term={state.PrimaryTerm}")
                : "?op_type=create";
            var body = RegistryDocument.LiveState(next, _timeProvider.GetUtcNow());
            using var response = await _transport.SendExpectingAsync(HttpMethod.Put, $"/{registryIndex}/_doc/{RegistryDocument.LiveStateId}{condition}", body, cancellationToken, HttpStatusCode.Conflict);
            if (response.Status != HttpStatusCode.Conflict)
            {
                return;
            }
        }

        throw new ElasticsearchException($"Le registre {registryIndex} est modifié en continu par d'autres écritures : abandon après {MaxStateConflicts} conflits.");
    }

    internal async Task PutLiveStateAsync(string registryIndex, IEnumerable<string> generations, CancellationToken cancellationToken)
    {
        var body = RegistryDocument.LiveState(generations, _timeProvider.GetUtcNow());
        using (await _transport.SendExpectingAsync(HttpMethod.Put, $"/{registryIndex}/_doc/{RegistryDocument.LiveStateId}?refresh=true", body, cancellationToken))
        {
        }
    }

    internal async Task<IReadOnlyList<string>> AliasTargetsAsync(string alias, CancellationToken cancellationToken)
    {
        using var response = await _transport.SendExpectingAsync(HttpMethod.Get, $"/_alias/{alias}", null, cancellationToken, HttpStatusCode.NotFound);
        if (response.Status == HttpStatusCode.NotFound || response.Body.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return [.. response.Body.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object).Select(p => p.Name)];
    }

    internal async Task DeleteIndicesAsync(IReadOnlyList<string> indices, CancellationToken cancellationToken, bool onlyIfUnaliased = false)
    {
        if (indices.Count == 0)
        {
            return;
        }

        if (onlyIfUnaliased)
        {
            var live = (await AliasTargetsAsync(FindingsAlias, cancellationToken)).Concat(await AliasTargetsAsync(RegistryAlias, cancellationToken)).ToHashSet(StringComparer.Ordinal);
            indices = [.. indices.Where(i => !live.Contains(i))];
            if (indices.Count == 0)
            {
                return;
            }
        }

        using (await _transport.SendExpectingAsync(HttpMethod.Delete, $"/{string.Join(',', indices)}", null, cancellationToken, HttpStatusCode.NotFound))
        {
        }
    }

    internal async Task<bool> TryCreateIndexAsync(string index, JsonObject body, CancellationToken cancellationToken)
    {
        using var response = await _transport.SendExpectingAsync(HttpMethod.Put, $"/{index}", body, cancellationToken, HttpStatusCode.BadRequest);
        if (response.IsSuccess)
        {
            return true;
        }

        var type = response.Body.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type == "resource_already_exists_exception")
        {
            return false;
        }

        throw ElasticsearchTransport.ToException(HttpMethod.Put, $"/{index}", response);
    }

    private sealed record LiveState(bool Exists, long SeqNo, long PrimaryTerm, DateTimeOffset? UpdatedAt, IReadOnlyList<string> Generations);

    private async Task<LiveState> ReadLiveStateAsync(string registryIndex, CancellationToken cancellationToken)
    {
        using var response = await _transport.SendExpectingAsync(HttpMethod.Get, $"/{registryIndex}/_doc/{RegistryDocument.LiveStateId}", null, cancellationToken, HttpStatusCode.NotFound);
        if (response.Status == HttpStatusCode.NotFound || !response.Body.TryGetProperty("_source", out var source))
        {
            return new LiveState(false, 0, 0, null, []);
        }

        return new LiveState(
            true,
            response.Body.GetProperty("_seq_no").GetInt64(),
            response.Body.GetProperty("_primary_term").GetInt64(),
            RegistryDocument.ParseTimestamp(FindingDocument.OptionalString(source, RegistryFields.UpdatedAt)),
            FindingDocument.StringList(source, RegistryFields.Generations));
    }

    private async Task EnsureAliasAsync(string alias, JsonObject firstIndexBody, CancellationToken cancellationToken)
    {
        if ((await AliasTargetsAsync(alias, cancellationToken)).Count > 0)
        {
            return;
        }

        var first = $"{alias}-v1";
        if (!await TryCreateIndexAsync(first, firstIndexBody, cancellationToken)
            && (await AliasTargetsAsync(alias, cancellationToken)).Count == 0)
        {
            throw new ElasticsearchException($"l'index {first} existe mais l'alias {alias} manque : l'ajouter (POST /_aliases) ou supprimer l'index.");
        }
    }

    private async Task<EsResponse> SearchAsync(string index, JsonObject body, CancellationToken cancellationToken) =>
        await _transport.SendExpectingAsync(HttpMethod.Post, $"/{index}/_search", body, cancellationToken);

    private async Task<long> CountAsync(string index, JsonObject query, CancellationToken cancellationToken)
    {
        using var response = await _transport.SendExpectingAsync(HttpMethod.Post, $"/{index}/_count", new JsonObject { ["query"] = query }, cancellationToken);
        return response.Body.GetProperty("count").GetInt64();
    }

    /// <summary>SHA-256 over every document's id, file hash and findings hash, in id order: equal content, equal fingerprint.</summary>
    private async Task<string> FingerprintAsync(CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        JsonNode? after = null;
        while (true)
        {
            var body = new JsonObject
            {
                ["size"] = ScrollPageSize,
                ["_source"] = new JsonObject { ["includes"] = FindingDocument.Strings([RegistryFields.Id, RegistryFields.Sha256, RegistryFields.ContentHash]) },
                ["query"] = SearchRequestBuilder.Bool([SearchRequestBuilder.Term(RegistryFields.EntryType, RegistryDocument.DocumentEntry)]),
                ["sort"] = new JsonArray(new JsonObject { [RegistryFields.Id] = "asc" }),
            };
            if (after is not null)
            {
                body["search_after"] = after;
            }

            using var response = await SearchAsync(RegistryAlias, body, cancellationToken);
            var hits = response.Body.GetProperty("hits").GetProperty("hits");
            foreach (var hit in hits.EnumerateArray())
            {
                var source = hit.GetProperty("_source");
                var line = $"{FindingDocument.OptionalString(source, RegistryFields.Id)}\t{FindingDocument.OptionalString(source, RegistryFields.Sha256)}\t{FindingDocument.OptionalString(source, RegistryFields.ContentHash)}\n";
                hash.AppendData(Encoding.UTF8.GetBytes(line));
            }

            if (hits.GetArrayLength() < ScrollPageSize)
            {
                return Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            after = LastSortValues(response.Body);
        }
    }

    private static JsonNode? LastSortValues(JsonElement response)
    {
        var hits = response.GetProperty("hits").GetProperty("hits");
        var last = hits[hits.GetArrayLength() - 1];
        return last.TryGetProperty("sort", out var sort) ? JsonNode.Parse(sort.GetRawText()) : null;
    }
}
