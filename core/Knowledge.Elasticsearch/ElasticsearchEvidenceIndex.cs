using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;
using IndexState = Knowledge.Core.Search.IndexState;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.QueryDsl;
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
/// The evidence index on Elasticsearch 9, through the official client (<c>Elastic.Clients.Elasticsearch</c>).
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
    /// <summary>The oldest server major version the client speaks to (it sends <c>compatible-with=9</c>).</summary>
    public const int MinimumMajorVersion = 9;

    private const int ScrollPageSize = 1000;
    private const int MaxStateConflicts = 20;

    private readonly ElasticsearchClient _client;
    private readonly ElasticsearchOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly BulkWriter _bulk;
    private readonly SearchRequestBuilder _queries;
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private volatile bool _initialized;

    /// <summary>Creates the engine over the one <see cref="ElasticsearchClient"/> of the host (see <c>AddElasticsearchEvidenceIndex</c>).</summary>
    public ElasticsearchEvidenceIndex(ElasticsearchClient client, ElasticsearchOptions options, TimeProvider? timeProvider = null, ILogger<ElasticsearchEvidenceIndex>? logger = null, EvidenceTaxonomy? taxonomy = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Url is null)
        {
            throw new ArgumentException("Knowledge:Elasticsearch:Url est requis.", nameof(options));
        }

        _client = client;
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _bulk = new BulkWriter(client, options, _timeProvider, _logger);
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

    internal ElasticsearchClient Client => _client;

    internal BulkWriter Bulk => _bulk;

    internal string SafeUrl => _options.SafeUrl;

    /// <summary>
    /// Checks the server (Elasticsearch, version 9 or more) and creates the first indices and aliases
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

            var version = await VerifyServerAsync(cancellationToken);
            await EnsureAliasAsync(FindingsAlias, IndexDefinitions.FindingsIndex($"{FindingsAlias}-v1", FindingsAlias), cancellationToken);
            (await _client.Indices.PutMappingAsync(new PutMappingRequest(FindingsAlias) { Properties = IndexDefinitions.AddedFindingFields() }, cancellationToken)).Ensure(SafeUrl);
            await EnsureAliasAsync(RegistryAlias, IndexDefinitions.RegistryIndex($"{RegistryAlias}-v1", RegistryAlias), cancellationToken);
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

    /// <summary>
    /// The server is Elasticsearch 9 or later. An 8.x server refuses the client's
    /// <c>compatible-with=9</c> media type before saying anything, so that refusal is read as "too old".
    /// </summary>
    private async Task<string> VerifyServerAsync(CancellationToken cancellationToken)
    {
        InfoResponse info;
        try
        {
            info = await _client.InfoAsync(cancellationToken);
        }
        catch (UnsupportedProductException ex)
        {
            // The client's own product check: the answer lacks "X-Elastic-Product: Elasticsearch".
            throw new ElasticsearchException("le serveur ne se présente pas comme Elasticsearch (en-tête X-Elastic-Product absent ou différent).", ex);
        }

        var status = info.Status();
        if (status is 401 or 403)
        {
            throw new ElasticsearchException($"accès refusé (HTTP {status}) : vérifier ApiKey ou Username/Password.", (System.Net.HttpStatusCode)status, null);
        }

        if (status is 400 or 406 && info.ErrorType() == "media_type_header_exception")
        {
            throw new ElasticsearchException(TooOld("8.x ou plus ancienne"));
        }

        info.Ensure(_options.SafeUrl);
        var version = info.Version?.Number;
        if (!int.TryParse(version?.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major))
        {
            throw new ElasticsearchException("le serveur n'indique pas sa version (version.number).");
        }

        if (major < MinimumMajorVersion)
        {
            throw new ElasticsearchException(TooOld(version!));
        }

        return version!;
    }

    private static string TooOld(string version) =>
        $"version {version} non prise en charge : Elasticsearch {MinimumMajorVersion} ou plus est requis. "
        + "Lancer Elasticsearch 9.5 (docker compose -f docker/docker-compose.yml up -d elasticsearch), "
        + "ou migrer le cluster 8.x en passant par 8.19, ou reconstruire l'index depuis les originaux "
        + "(knowledge reindex --full) : voir docker/README.md.";

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
        (await _client.DeleteAsync(new DeleteRequest(RegistryAlias, documentId) { Refresh = Refresh.WaitFor }, cancellationToken)).Ensure(SafeUrl, 404);

        var deleted = await DeleteByQueryAsync(FindingsAlias, SearchRequestBuilder.Term(FindingFields.DocumentId, documentId), cancellationToken);
        return known || deleted > 0;
    }

    /// <inheritdoc />
    public async Task<Finding?> GetFindingAsync(string findingId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(findingId);
        await InitializeAsync(cancellationToken);
        var request = new SearchRequest(FindingsAlias) { Size = 1, Query = _queries.LiveTerm(FindingFields.FindingId, findingId) };
        var results = SearchResponseReader.Read(await SearchAsync(request, cancellationToken));
        return results.Hits.Count == 0 ? null : results.Hits[0].Finding;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Finding>> GetDocumentFindingsAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        await InitializeAsync(cancellationToken);
        var findings = new List<Finding>();
        await foreach (var hit in PagesAsync(FindingsAlias, _queries.LiveTerm(FindingFields.DocumentId, documentId), [FindingFields.Ordinal, FindingFields.FindingId], null, cancellationToken))
        {
            findings.Add(FindingDocument.FromJson(hit));
        }

        return findings;
    }

    /// <inheritdoc />
    public async Task<SearchResults> SearchAsync(EvidenceQuery query, CancellationToken cancellationToken = default)
    {
        SearchRequestBuilder.Validate(query);
        await InitializeAsync(cancellationToken);
        var (known, unknown, replaced) = await KnownClausesAsync(query, cancellationToken);
        var ignored = await IgnoredAsync(unknown, cancellationToken);
        if (known is null)
        {
            // Every word was unknown: nothing matches, not everything.
            return new SearchResults(0, [], FacetCounts.Empty) { IgnoredWords = ignored };
        }

        var results = SearchResponseReader.Read(await SearchAsync(_queries.Search(FindingsAlias, known), cancellationToken));
        if (Backfills(known, results.Total))
        {
            results = await BackfillAsync(known, results, cancellationToken);
        }

        return results with { IgnoredWords = ignored, ReplacedWords = replaced };
    }

    /// <summary>Whether a search whose text <paramref name="fullMatches"/> findings hold well enough goes on with those holding any of its words, which takes more than one clause.</summary>
    private static bool Backfills(EvidenceQuery query, long fullMatches) =>
        RankingWeights.Backfills(query.Sort, fullMatches) && SearchRequestBuilder.CanRelax(query);

    /// <summary>
    /// The embedded engine's backfill: the findings that hold enough of the words (<paramref name="full"/>, all
    /// of them, fewer than <see cref="RankingWeights.BackfillBelow"/>), then those that hold any of them, the
    /// page cut from that order; total and facets over the second set. <paramref name="full"/> unchanged when
    /// no finding holds fewer.
    /// </summary>
    private async Task<SearchResults> BackfillAsync(EvidenceQuery query, SearchResults full, CancellationToken cancellationToken)
    {
        var depth = query.Page * query.PageSize;
        var first = full.Hits;
        if (full.Total > 0 && (query.Page > 1 || full.Hits.Count < full.Total))
        {
            // The page held only some of them: all of them, to put first.
            first = SearchResponseReader.Read(await SearchAsync(_queries.Search(FindingsAlias, query with { Facets = false }, depth: (int)full.Total), cancellationToken)).Hits;
        }

        var any = SearchResponseReader.Read(await SearchAsync(_queries.Search(FindingsAlias, query, relaxed: true, depth: Math.Min(depth + (int)full.Total, SearchRequestBuilder.MaxResultWindow)), cancellationToken));
        if (any.Total <= full.Total)
        {
            return full;
        }

        var ids = first.Select(h => h.Finding.Id).ToHashSet(StringComparer.Ordinal);
        var merged = first.Concat(any.Hits.Where(h => !ids.Contains(h.Finding.Id)));
        return new SearchResults(any.Total, [.. merged.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)], any.Facets)
        {
            Relaxed = true,
            FullMatches = full.Total,
        };
    }

    /// <summary>
    /// The query without the clauses no live finding holds, and those clauses (the embedded engine's
    /// leniency: one stray word does not empty a query). A one-word clause no finding holds is kept when
    /// some finding holds one of its thesaurus synonyms: those synonyms stand for it, as glossary terms do
    /// (<see cref="PlannedClause.Fallbacks"/>). Null when every clause of the text was unknown. One
    /// <c>size: 0</c> request counts every clause at once, and one more the synonyms of unknown words.
    /// </summary>
    private async Task<(EvidenceQuery? Query, IReadOnlyList<PlannedClause> Unknown, IReadOnlyList<ReplacedWord> Replaced)> KnownClausesAsync(
        EvidenceQuery query, CancellationToken cancellationToken)
    {
        var plan = query.EffectivePlan;
        if (_queries.ClauseCounts(FindingsAlias, plan) is not { } request)
        {
            return (query, [], []);
        }

        var aggregations = (await SearchAsync(request, cancellationToken)).Aggregations;
        var unknown = Enumerable.Range(0, plan.Clauses.Count).Where(i => Count(aggregations, SearchRequestBuilder.ClauseAggregation(i)) == 0).ToList();
        if (unknown.Count == 0)
        {
            return (query, [], []);
        }

        // An unknown word whose synonyms some finding holds is searched through them, as through glossary terms.
        var clauses = plan.Clauses.ToArray();
        var replaced = new List<ReplacedWord>();
        if (_queries.FallbackCounts(FindingsAlias, [.. unknown.Select(i => clauses[i])]) is { } fallbackRequest)
        {
            var counts = (await SearchAsync(fallbackRequest, cancellationToken)).Aggregations;
            for (var u = 0; u < unknown.Count; u++)
            {
                var clause = clauses[unknown[u]];
                var found = clause.Fallbacks.Where((_, j) => Count(counts, SearchRequestBuilder.FallbackAggregation(u, j)) > 0).ToList();
                if (found.Count > 0 && clause.SingleWord is { } word)
                {
                    clauses[unknown[u]] = clause with { Expansions = found, Fallbacks = [] };
                    replaced.Add(new ReplacedWord(word, found));
                }
            }
        }

        // The clauses still unknown are the ones no synonym replaced.
        var ignored = unknown.Where(i => ReferenceEquals(clauses[i], plan.Clauses[i])).ToList();
        var kept = clauses.Where((_, i) => !ignored.Contains(i)).ToList();

        // As the embedded engine: a query whose every word is unknown matches nothing, exclusions or not.
        return kept.Count == 0
            ? (null, [.. ignored.Select(i => clauses[i])], [])
            : (query with { Plan = plan with { Clauses = kept } }, [.. ignored.Select(i => clauses[i])], replaced);
    }

    /// <summary>How many findings a <c>filter</c> aggregation counted; null when the response lacks it.</summary>
    private static long? Count(Elastic.Clients.Elasticsearch.Aggregations.AggregateDictionary? aggregations, string name) =>
        aggregations is not null && aggregations.TryGetAggregate<Elastic.Clients.Elasticsearch.Aggregations.FilterAggregate>(name, out var count)
            ? count.DocCount
            : null;

    /// <summary>
    /// The unknown clauses as ignored words, each one-word clause with a did-you-mean where an indexed
    /// term is close (<see cref="DidYouMean"/>), as the embedded engine offers them.
    /// </summary>
    private async Task<IReadOnlyList<IgnoredWord>> IgnoredAsync(IReadOnlyList<PlannedClause> unknown, CancellationToken cancellationToken)
    {
        var ignored = unknown.Select(c => new IgnoredWord(c.Typed, null)).ToArray();
        var words = unknown.Select((c, i) => (Word: c.SingleWord, Index: i)).Where(w => w.Word is not null).ToList();
        if (words.Count == 0)
        {
            return ignored;
        }

        var suggestions = await SearchAsync(DidYouMean.Suggest(FindingsAlias, [.. words.Select(w => w.Word!)]), cancellationToken);
        for (var i = 0; i < words.Count; i++)
        {
            if (DidYouMean.Best(suggestions, i) is { } best)
            {
                var passage = await SearchAsync(DidYouMean.Surface(FindingsAlias, best.Field, best.Term, _queries.LiveFilter()), cancellationToken);
                ignored[words[i].Index] = ignored[words[i].Index] with { Suggestion = DidYouMean.ReadSurface(passage, best.Field, best.Term) };
            }
        }

        return ignored;
    }

    /// <inheritdoc />
    public async Task<FacetCounts> FacetsAsync(EvidenceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await InitializeAsync(cancellationToken);

        // Counted like the search itself: without the words no finding holds.
        var (known, _, _) = await KnownClausesAsync(query, cancellationToken);
        if (known is null)
        {
            return FacetCounts.Empty;
        }

        var response = await SearchAsync(_queries.Facets(FindingsAlias, known), cancellationToken);
        if (Backfills(known, SearchResponseReader.ReadTotal(response.HitsMetadata)))
        {
            // Counted over what the search shows: the findings that hold any of the words as well.
            response = await SearchAsync(_queries.Facets(FindingsAlias, known, relaxed: true), cancellationToken);
        }

        return SearchResponseReader.ReadFacets(response.Aggregations);
    }

    /// <inheritdoc />
    public async Task<SourceDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        await InitializeAsync(cancellationToken);
        var response = (await _client.GetAsync<JsonElement>(new GetRequest(RegistryAlias, documentId), cancellationToken)).Ensure(SafeUrl, 404);
        if (!response.Found || response.Source.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        // The live-state entry shares the registry index; it is not a document.
        return FindingDocument.OptionalString(response.Source, RegistryFields.EntryType) == RegistryDocument.DocumentEntry
            ? RegistryDocument.FromJson(response.Source)
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
        var request = new SearchRequest(RegistryAlias)
        {
            From = (page - 1) * pageSize,
            Size = pageSize,
            TrackTotalHits = new TrackHits(true),
            Query = DocumentEntries(),
            Sort = [SearchRequestBuilder.FieldSort(RegistryFields.UpdatedAt, SortOrder.Desc), SearchRequestBuilder.FieldSort(RegistryFields.Id, SortOrder.Asc)],
        };
        var response = await SearchAsync(request, cancellationToken);
        var items = response.Hits.Select(h => RegistryDocument.FromJson(h.Source)).ToList();
        return new Paged<SourceDocument>(SearchResponseReader.ReadTotal(response.HitsMetadata), page, pageSize, items);
    }

    /// <inheritdoc />
    public async Task<IndexState> GetStateAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken);
        var documents = await CountAsync(RegistryAlias, DocumentEntries(), cancellationToken);
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
            if (await TryCreateIndexAsync(IndexDefinitions.FindingsIndex(findingsIndex, null), cancellationToken)
                && await TryCreateIndexAsync(IndexDefinitions.RegistryIndex(registryIndex, null), cancellationToken))
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
        // The client is the host's singleton; it outlives any one engine.
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
        var entry = new IndexRequest<JsonObject>(RegistryDocument.ToJson(document, generation, contentHash), registryIndex, document.Id)
        {
            Refresh = waitForRefresh ? Refresh.WaitFor : null,
        };
        (await _client.IndexAsync(entry, cancellationToken)).Ensure(SafeUrl);

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

    internal async Task<long> DeleteByQueryAsync(string index, Query query, CancellationToken cancellationToken)
    {
        var request = new DeleteByQueryRequest(index) { Query = query, Conflicts = Conflicts.Proceed, Refresh = true };
        var response = (await _client.DeleteByQueryAsync(request, cancellationToken)).Ensure(SafeUrl);
        return response.Deleted ?? 0;
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
            var request = new IndexRequest<JsonObject>(RegistryDocument.LiveState(next, _timeProvider.GetUtcNow()), registryIndex, RegistryDocument.LiveStateId);
            if (state.Exists)
            {
                request.IfSeqNo = state.SeqNo;
                request.IfPrimaryTerm = state.PrimaryTerm;
            }
            else
            {
                request.OpType = OpType.Create;
            }

            var response = (await _client.IndexAsync(request, cancellationToken)).Ensure(SafeUrl, 409);
            if (response.Status() != 409)
            {
                return;
            }
        }

        throw new ElasticsearchException($"Le registre {registryIndex} est modifié en continu par d'autres écritures : abandon après {MaxStateConflicts} conflits.");
    }

    internal async Task PutLiveStateAsync(string registryIndex, IEnumerable<string> generations, CancellationToken cancellationToken)
    {
        var request = new IndexRequest<JsonObject>(RegistryDocument.LiveState(generations, _timeProvider.GetUtcNow()), registryIndex, RegistryDocument.LiveStateId)
        {
            Refresh = Refresh.True,
        };
        (await _client.IndexAsync(request, cancellationToken)).Ensure(SafeUrl);
    }

    internal async Task<IReadOnlyList<string>> AliasTargetsAsync(string alias, CancellationToken cancellationToken)
    {
        var response = (await _client.Indices.GetAliasAsync(new GetAliasRequest(Names.Parse(alias)), cancellationToken)).Ensure(SafeUrl, 404);
        if (response.Status() == 404 || response.Aliases is null)
        {
            return [];
        }

        return [.. response.Aliases.Keys];
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

        (await _client.Indices.DeleteAsync(new DeleteIndexRequest(Indices.Parse(string.Join(',', indices))), cancellationToken)).Ensure(SafeUrl, 404);
    }

    internal async Task<bool> TryCreateIndexAsync(CreateIndexRequest request, CancellationToken cancellationToken)
    {
        var response = (await _client.Indices.CreateAsync(request, cancellationToken)).Ensure(SafeUrl, 400);
        if (response.Status() != 400)
        {
            return true;
        }

        return response.ErrorType() == "resource_already_exists_exception" ? false : throw ResponseChecks.Refusal(response);
    }

    internal async Task RefreshAsync(IReadOnlyList<string> indices, CancellationToken cancellationToken) =>
        (await _client.Indices.RefreshAsync(new RefreshRequest(Indices.Parse(string.Join(',', indices))), cancellationToken)).Ensure(SafeUrl);

    internal async Task SwapAliasesAsync(IReadOnlyList<IndexUpdateAliasesAction> actions, CancellationToken cancellationToken) =>
        (await _client.Indices.UpdateAliasesAsync(new UpdateAliasesRequest { Actions = [.. actions] }, cancellationToken)).Ensure(SafeUrl);

    private sealed record LiveState(bool Exists, long SeqNo, long PrimaryTerm, DateTimeOffset? UpdatedAt, IReadOnlyList<string> Generations);

    private async Task<LiveState> ReadLiveStateAsync(string registryIndex, CancellationToken cancellationToken)
    {
        var response = (await _client.GetAsync<JsonElement>(new GetRequest(registryIndex, RegistryDocument.LiveStateId), cancellationToken)).Ensure(SafeUrl, 404);
        if (!response.Found || response.Source.ValueKind != JsonValueKind.Object)
        {
            return new LiveState(false, 0, 0, null, []);
        }

        return new LiveState(
            true,
            response.SeqNo ?? 0,
            response.PrimaryTerm ?? 0,
            RegistryDocument.ParseTimestamp(FindingDocument.OptionalString(response.Source, RegistryFields.UpdatedAt)),
            FindingDocument.StringList(response.Source, RegistryFields.Generations));
    }

    private async Task EnsureAliasAsync(string alias, CreateIndexRequest firstIndex, CancellationToken cancellationToken)
    {
        if ((await AliasTargetsAsync(alias, cancellationToken)).Count > 0)
        {
            return;
        }

        if (!await TryCreateIndexAsync(firstIndex, cancellationToken)
            && (await AliasTargetsAsync(alias, cancellationToken)).Count == 0)
        {
            throw new ElasticsearchException($"l'index {firstIndex.Index} existe mais l'alias {alias} manque : l'ajouter (POST /_aliases) ou supprimer l'index.");
        }
    }

    private static Query DocumentEntries() => SearchRequestBuilder.Bool([SearchRequestBuilder.Term(RegistryFields.EntryType, RegistryDocument.DocumentEntry)]);

    private async Task<SearchResponse<JsonElement>> SearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
        (await _client.SearchAsync<JsonElement>(request, cancellationToken)).Ensure(SafeUrl);

    private async Task<long> CountAsync(string index, Query query, CancellationToken cancellationToken) =>
        (await _client.CountAsync(new CountRequest(index) { Query = query }, cancellationToken)).Ensure(SafeUrl).Count;

    /// <summary>Every hit's source of a query, in pages of <see cref="ScrollPageSize"/> walked with <c>search_after</c>.</summary>
    private async IAsyncEnumerable<JsonElement> PagesAsync(string index, Query query, string[] sortFields, string[]? sourceFields, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ICollection<FieldValue>? after = null;
        while (true)
        {
            var request = new SearchRequest(index)
            {
                Size = ScrollPageSize,
                Query = query,
                Sort = [.. sortFields.Select(f => SearchRequestBuilder.FieldSort(f, SortOrder.Asc))],
                SearchAfter = after,
                Source = sourceFields is null ? null : new SourceConfig(new SourceFilter { Includes = Fields.FromStrings(sourceFields) }),
            };
            var page = (await SearchAsync(request, cancellationToken)).Hits;
            foreach (var hit in page)
            {
                yield return hit.Source;
            }

            if (page.Count < ScrollPageSize)
            {
                yield break;
            }

            after = [.. page.Last().Sort ?? []];
        }
    }

    /// <summary>SHA-256 over every document's id, file hash and findings hash, in id order: equal content, equal fingerprint.</summary>
    private async Task<string> FingerprintAsync(CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        string[] fields = [RegistryFields.Id, RegistryFields.Sha256, RegistryFields.ContentHash];
        await foreach (var source in PagesAsync(RegistryAlias, DocumentEntries(), [RegistryFields.Id], fields, cancellationToken))
        {
            var line = $"{FindingDocument.OptionalString(source, RegistryFields.Id)}\t{FindingDocument.OptionalString(source, RegistryFields.Sha256)}\t{FindingDocument.OptionalString(source, RegistryFields.ContentHash)}\n";
            hash.AppendData(Encoding.UTF8.GetBytes(line));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
