using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Lucene.Analysis;
using Knowledge.Lucene.Facets;
using Knowledge.Lucene.Highlighting;
using Knowledge.Lucene.Querying;
using Knowledge.Lucene.Searching;
using Knowledge.Lucene.Storage;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Knowledge.Lucene;

/// <summary>
/// The embedded evidence index: Lucene.NET on local disk under <c>{dataFolder}/index</c>. Findings
/// and the document registry live in one index, so replacing a document's findings and its registry
/// entry is one atomic update. Writes are serialised through one writer; reads use near-real-time
/// searchers refreshed after every write. One process at a time may open a data folder.
/// </summary>
public sealed partial class LuceneEvidenceIndex : IEvidenceIndex
{
    /// <summary>The engine name reported in <see cref="IndexState"/>.</summary>
    public const string EngineName = "embedded";

    /// <summary>Deepest result reachable by paging (page × page size), as Elasticsearch's default window.</summary>
    public const int MaxResultWindow = 10_000;

    private static readonly Query AllFindings = new ConstantScoreQuery(new TermQuery(new Term(FieldNames.Type, FieldNames.FindingType)));
    private static readonly Query AllDocuments = new TermQuery(new Term(FieldNames.Type, FieldNames.DocumentType));

    private readonly IndexFolder _folder;
    private readonly EvidenceAnalyzers _analyzers;
    private readonly QueryTranslator _translator;
    private readonly EvidenceTaxonomy _taxonomy;
    private readonly TimeProvider _time;
    private readonly LuceneIndexOptions _options;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ConditionalWeakTable<IndexReader, IndexState> _states = [];
    private volatile IndexGeneration _live;
    private Rebuild? _rebuild;
    private bool _disposed;

    private LuceneEvidenceIndex(IndexFolder folder, IndexGeneration live, EvidenceAnalyzers analyzers, EvidenceTaxonomy taxonomy, TimeProvider time, LuceneIndexOptions options)
    {
        _folder = folder;
        _live = live;
        _analyzers = analyzers;
        _translator = new QueryTranslator(analyzers);
        _taxonomy = taxonomy;
        _time = time;
        _options = options;
    }

    /// <inheritdoc />
    public string Engine => EngineName;

    /// <summary>Where the index lives (<c>{dataFolder}/index</c>).</summary>
    public string IndexPath => _folder.Root;

    /// <summary>Opens (or creates) the index under <paramref name="dataFolder"/>.</summary>
    /// <exception cref="IndexLockedException">Another process has the index open.</exception>
    public static LuceneEvidenceIndex Open(string dataFolder, EvidenceTaxonomy taxonomy, TimeProvider time) =>
        Open(new LuceneIndexOptions { DataPath = dataFolder }, taxonomy, time);

    /// <summary>Opens (or creates) the index described by <paramref name="options"/>.</summary>
    /// <param name="options">Where the index lives and how it is written and searched.</param>
    /// <param name="taxonomy">The taxonomy (regions, for filters and boosts).</param>
    /// <param name="time">The clock.</param>
    /// <param name="glossary">
    /// The glossary whose multi-word terms are indexed as single tokens, so that expansions are
    /// term lookups rather than phrases; the shipped one when null. An index built with other terms
    /// still answers, with expansions searched as phrases (slower), until it is rebuilt.
    /// </param>
    /// <param name="logger">Where to warn that the index was built with another glossary.</param>
    /// <exception cref="IndexLockedException">Another process has the index open.</exception>
    public static LuceneEvidenceIndex Open(LuceneIndexOptions options, EvidenceTaxonomy taxonomy, TimeProvider time, Glossary? glossary = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DataPath);

        var folder = IndexFolder.Acquire(options.DataPath);
        var analyzers = new EvidenceAnalyzers(glossary ?? Glossary.Default);
        try
        {
            var current = folder.ReadPointer();
            folder.DeleteGenerationsExcept(current);
            var live = IndexGeneration.Open(folder.Root, current ?? folder.NextGenerationName(), analyzers, options);
            if (current is null)
            {
                // The pointer is written only once the folder holds a valid (empty) index.
                live.Writer.Commit();
                folder.WritePointer(live.Name);
            }
            else if (!live.PhrasesIndexed)
            {
                LogGlossaryChanged(logger ?? NullLogger.Instance, folder.Root);
            }

            return new LuceneEvidenceIndex(folder, live, analyzers, taxonomy, time, options);
        }
        catch (LockObtainFailedException ex)
        {
            analyzers.Dispose();
            folder.Dispose();
            throw IndexLockedException.ForFolder(folder.Root, ex);
        }
        catch
        {
            analyzers.Dispose();
            folder.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<IndexWriteResult> UpsertDocumentAsync(SourceDocument document, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentException.ThrowIfNullOrWhiteSpace(document.Id);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var live = _live;
            var now = _time.GetUtcNow();
            var batch = Prepare(document, findings, FindDocument(live, document.Id)?.AddedAt, now);
            live.Writer.UpdateDocuments(new Term(FieldNames.DocumentId, document.Id), batch.Entries);
            live.Commit(now);
            return batch.Result;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<bool> RemoveDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var live = _live;
            var term = new Term(FieldNames.DocumentId, documentId);
            var present = live.Read(s =>
            {
                var count = new TotalHitCountCollector();
                s.Search(new TermQuery(term), count);
                return count.TotalHits > 0;
            });
            if (!present)
            {
                return false;
            }

            live.Writer.DeleteDocuments(term);
            live.Commit(_time.GetUtcNow());
            return true;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public Task<Finding?> GetFindingAsync(string findingId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(findingId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Read(s =>
        {
            var top = s.Search(new TermQuery(new Term(FieldNames.FindingId, findingId)), 1);
            return top.TotalHits == 0 ? null : EntryMapping.ToFinding(s.Doc(top.ScoreDocs[0].Doc, EntryMapping.JsonField));
        }));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Finding>> GetDocumentFindingsAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        cancellationToken.ThrowIfCancellationRequested();
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(FieldNames.DocumentId, documentId)), Occur.MUST },
            { AllFindings, Occur.MUST },
        };
        return Task.FromResult(Read<IReadOnlyList<Finding>>(s =>
        {
            var count = new TotalHitCountCollector();
            s.Search(query, count);
            if (count.TotalHits == 0)
            {
                return [];
            }

            var top = s.Search(query, null, count.TotalHits, new Sort(new SortField(FieldNames.Ordinal, SortFieldType.INT64)));
            return [.. top.ScoreDocs.Select(d => EntryMapping.ToFinding(s.Doc(d.Doc, EntryMapping.JsonField)))];
        }));
    }

    /// <inheritdoc />
    public Task<SearchResults> SearchAsync(EvidenceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ValidatePaging(query.Page, query.PageSize, nameof(query));
        cancellationToken.ThrowIfCancellationRequested();
        var plan = query.EffectivePlan;
        var filters = FacetFilters.From(query, _taxonomy);
        var boosts = ConceptBoosts.From(plan, _taxonomy);
        return Task.FromResult(Read(s =>
        {
            var searcher = (EvidenceSearcher)s;
            var translated = _translator.Translate(plan, s.IndexReader, ((EvidenceSearcher)s).PhrasesIndexed);
            var numHits = query.Page * query.PageSize;
            var (total, facets, top) = Plan(searcher, translated.Query, query.DocumentIds, filters, query.Facets, SortFor(query.Sort), numHits, boosts).Run(searcher);
            var full = total;
            var relaxed = false;
            if (translated.Relaxed is { } any && RankingWeights.Backfills(query.Sort, total))
            {
                // The findings that hold enough of the words first, then those that hold fewer. Every one of the
                // first is among the second, so the second run goes as deep as the page plus all of them.
                var (anyTotal, anyFacets, anyTop) = Plan(searcher, any, query.DocumentIds, filters, query.Facets, SortFor(query.Sort), numHits + (int)total, boosts).Run(searcher);
                if (anyTotal > total)
                {
                    top = Backfill(top!, anyTop!, numHits);
                    (total, facets, relaxed) = (anyTotal, anyFacets, true);
                }
            }

            var hits = new List<SearchHit>(query.PageSize);
            foreach (var scoreDoc in top!.ScoreDocs.Skip((query.Page - 1) * query.PageSize))
            {
                var finding = EntryMapping.ToFinding(s.Doc(scoreDoc.Doc, EntryMapping.JsonField));
                var highlight = query.Highlight ? Highlight(finding, translated) : null;
                hits.Add(new SearchHit(finding, scoreDoc.Score, highlight));
            }

            return new SearchResults(total, hits, query.Facets ? facets.ToFacetCounts() : FacetCounts.Empty)
            {
                IgnoredWords = translated.Ignored,
                ReplacedWords = translated.Replaced,
                Relaxed = relaxed,
                FullMatches = full,
            };
        }));
    }

    /// <summary>
    /// How a finding's score for <paramref name="query"/> is made: Lucene's explanation of the text
    /// score and the factor of the boosts for what the query named. For tuning the ranking (the
    /// quality bench), not for serving.
    /// </summary>
    internal string Explain(EvidenceQuery query, string findingId)
    {
        var plan = query.EffectivePlan;
        var boosts = ConceptBoosts.From(plan, _taxonomy);
        return Read(s =>
        {
            var translated = _translator.Translate(plan, s.IndexReader, ((EvidenceSearcher)s).PhrasesIndexed);
            var top = s.Search(new TermQuery(new Term(FieldNames.FindingId, findingId)), 1);
            if (top.TotalHits == 0 || translated.Query is null)
            {
                return "(absent)";
            }

            var doc = top.ScoreDocs[0].Doc;
            var leaf = s.IndexReader.Leaves[ReaderUtil.SubIndex(doc, s.IndexReader.Leaves)];
            var factor = boosts?.Factor(SegmentFacetValues.For(leaf.AtomicReader), doc - leaf.DocBase) ?? 1f;
            return $"boost factor {factor}\n{s.Explain(translated.Query, doc)}";
        });
    }

    /// <summary>The Lucene query a planned text becomes (for the index bench's <c>queries</c> mode).</summary>
    internal string Describe(EvidenceQuery query) =>
        Read(s => _translator.Translate(query.EffectivePlan, s.IndexReader, ((EvidenceSearcher)s).PhrasesIndexed).Query?.ToString() ?? "(all findings)");

    /// <inheritdoc />
    public Task<FacetCounts> FacetsAsync(EvidenceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        var plan = query.EffectivePlan;
        var filters = FacetFilters.From(query, _taxonomy);
        return Task.FromResult(Read(s =>
        {
            var searcher = (EvidenceSearcher)s;
            var translated = _translator.Translate(plan, s.IndexReader, ((EvidenceSearcher)s).PhrasesIndexed);
            var (total, facets, _) = Plan(searcher, translated.Query, query.DocumentIds, filters, facets: true, sort: null, numHits: 0, boosts: null).Run(searcher);
            if (translated.Relaxed is { } any && RankingWeights.Backfills(query.Sort, total))
            {
                facets = Plan(searcher, any, query.DocumentIds, filters, facets: true, sort: null, numHits: 0, boosts: null).Run(searcher).Facets;
            }

            return facets.ToFacetCounts();
        }));
    }

    /// <inheritdoc />
    public Task<SourceDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(FindDocument(null, documentId));
    }

    /// <inheritdoc />
    public Task<Paged<SourceDocument>> ListDocumentsAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ValidatePaging(page, pageSize, nameof(page));
        cancellationToken.ThrowIfCancellationRequested();
        var sort = new Sort(new SortField(FieldNames.UpdatedAt, SortFieldType.INT64, reverse: true), new SortField(FieldNames.DocumentId, SortFieldType.STRING));
        return Task.FromResult(Read(s =>
        {
            var top = s.Search(AllDocuments, null, page * pageSize, sort);
            var items = top.ScoreDocs.Skip((page - 1) * pageSize)
                .Select(d => EntryMapping.ToSourceDocument(s.Doc(d.Doc, EntryMapping.JsonField)))
                .ToList();
            return new Paged<SourceDocument>(top.TotalHits, page, pageSize, items);
        }));
    }

    /// <inheritdoc />
    public Task<IndexState> GetStateAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var live = _live;
        return Task.FromResult(Read(s => _states.GetValue(s.IndexReader, _ => ComputeState(s, live.UpdatedAt))));
    }

    /// <inheritdoc />
    public async Task<IIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_rebuild is not null)
            {
                throw new InvalidOperationException("Une reconstruction de l'index est déjà en cours.");
            }

            var generation = IndexGeneration.Open(_folder.Root, _folder.NextGenerationName(), _analyzers, _options);
            _rebuild = new Rebuild(this, generation);
            return _rebuild;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _writeGate.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (_rebuild is { } rebuild)
            {
                _rebuild = null;
                rebuild.Generation.Abandon();
                _folder.DeleteGeneration(rebuild.Generation.Name);
            }

            _live.Dispose();
            _analyzers.Dispose();
            _folder.Dispose();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static void ValidatePaging(int page, int pageSize, string parameter)
    {
        if (page < 1)
        {
            throw new ArgumentException($"Le numéro de page doit être au moins 1 (reçu {page}).", parameter);
        }

        if (pageSize is < 1 or > EvidenceQuery.MaxPageSize)
        {
            throw new ArgumentException($"La taille de page doit être comprise entre 1 et {EvidenceQuery.MaxPageSize} (reçu {pageSize}).", parameter);
        }

        if ((long)page * pageSize > MaxResultWindow)
        {
            throw new ArgumentException($"Impossible d'aller au-delà des {MaxResultWindow} premiers résultats : affinez la recherche.", parameter);
        }
    }

    /// <summary>
    /// The <paramref name="full"/> hits, then those of <paramref name="any"/> not among them, to <paramref name="numHits"/>.
    /// Whenever the page reaches past the full hits, <paramref name="full"/> holds all of them (there are fewer than
    /// <see cref="RankingWeights.BackfillBelow"/>), so none of them comes back among the others.
    /// </summary>
    private static TopDocs Backfill(TopDocs full, TopDocs any, int numHits)
    {
        var first = full.ScoreDocs.Select(d => d.Doc).ToHashSet();
        ScoreDoc[] merged = [.. full.ScoreDocs, .. any.ScoreDocs.Where(d => !first.Contains(d.Doc)).Take(numHits - full.ScoreDocs.Length)];
        return new TopDocs(any.TotalHits, merged, Math.Max(full.MaxScore, any.MaxScore));
    }

    /// <summary>The search of a translated query: the text (every finding when it has none) restricted to <paramref name="documentIds"/> if any.</summary>
    private static SliceSearch Plan(EvidenceSearcher searcher, Query? query, IReadOnlyList<string> documentIds, FacetFilters filters, bool facets, Sort? sort, int numHits, ConceptBoosts? boosts)
    {
        var text = query ?? AllFindings;
        var documents = documentIds.Count > 0 ? Matcher.AnyTerm(FieldNames.DocumentId, documentIds) : null;
        return new SliceSearch(Matcher.For(text, searcher), documents, HitScorer.For(text, searcher), filters, facets, sort, numHits, boosts);
    }

    private static SortField OldestFirst()
    {
        var year = new SortField(FieldNames.Year, SortFieldType.INT64);
        year.SetMissingValue(long.MaxValue);
        return year;
    }

    private static Sort SortFor(SearchSort sort)
    {
        var tieBreak = new[] { new SortField(FieldNames.DocumentId, SortFieldType.STRING), new SortField(FieldNames.Ordinal, SortFieldType.INT64) };
        return sort switch
        {
            // Findings without a year carry none in doc values: last either way (0 newest first, the largest value oldest first).
            SearchSort.YearDescending => new Sort([new SortField(FieldNames.Year, SortFieldType.INT64, reverse: true), SortField.FIELD_SCORE, .. tieBreak]),
            SearchSort.YearAscending => new Sort([OldestFirst(), SortField.FIELD_SCORE, .. tieBreak]),
            _ => new Sort([SortField.FIELD_SCORE, .. tieBreak]),
        };
    }

    private string? Highlight(Finding finding, TranslatedQuery query)
    {
        if (!query.HasHighlights)
        {
            return null;
        }

        // The index holds the normalised text; marks are placed on the same characters.
        var language = FieldNames.NormalizeLanguage(finding.Language);
        return PassageHighlighter.Highlight(SearchText.Normalize(finding.Text), _analyzers.For(language), FieldNames.Text(language), query.Highlights[language]);
    }

    /// <summary>Reads from the live generation, retrying when a rebuild swapped it in between.</summary>
    private T Read<T>(Func<IndexSearcher, T> read)
    {
        while (true)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var live = _live;
            IndexSearcher searcher;
            try
            {
                searcher = live.Searchers.Acquire();
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(live, _live))
            {
                continue;
            }

            try
            {
                return read(searcher);
            }
            finally
            {
                live.Searchers.Release(searcher);
            }
        }
    }

    private SourceDocument? FindDocument(IndexGeneration? generation, string documentId)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(FieldNames.DocumentId, documentId)), Occur.MUST },
            { AllDocuments, Occur.MUST },
        };
        SourceDocument? Find(IndexSearcher s)
        {
            var top = s.Search(query, 1);
            return top.TotalHits == 0 ? null : EntryMapping.ToSourceDocument(s.Doc(top.ScoreDocs[0].Doc, EntryMapping.JsonField));
        }

        return generation is null ? Read(Find) : generation.Read(Find);
    }

    private static IndexState ComputeState(IndexSearcher searcher, DateTimeOffset? updatedAt)
    {
        var findings = new TotalHitCountCollector();
        searcher.Search(AllFindings, findings);
        var documents = new TotalHitCountCollector();
        searcher.Search(AllDocuments, documents);
        var pairs = new List<(string Id, string Sha)>(documents.TotalHits);
        if (documents.TotalHits > 0)
        {
            var fields = new HashSet<string> { FieldNames.DocumentId, FieldNames.Sha256, FieldNames.ContentHash };
            foreach (var d in searcher.Search(AllDocuments, documents.TotalHits).ScoreDocs)
            {
                var doc = searcher.Doc(d.Doc, fields);
                pairs.Add((doc.Get(FieldNames.DocumentId), doc.Get(FieldNames.Sha256) + ":" + doc.Get(FieldNames.ContentHash)));
            }
        }

        var text = new StringBuilder();
        foreach (var (id, sha) in pairs.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            text.Append(id).Append(':').Append(sha).Append('\n');
        }

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
        return new IndexState(EngineName, documents.TotalHits, findings.TotalHits, fingerprint, updatedAt);
    }

    /// <summary>Validates findings and builds the Lucene entries: the accepted findings, then the registry entry.</summary>
    private static PreparedBatch Prepare(SourceDocument document, IReadOnlyList<Finding> findings, DateTimeOffset? addedBefore, DateTimeOffset now)
    {
        var entries = new List<IEnumerable<IIndexableField>>(findings.Count + 1);
        var rejected = new List<RejectedFinding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var content = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var finding in findings)
        {
            var reason = finding switch
            {
                null => "Constatation absente (null).",
                { Id: var id } when string.IsNullOrWhiteSpace(id) => "Identifiant de constatation vide.",
                { DocumentId: var owner } when owner != document.Id => $"La constatation appartient au document « {owner} », pas à « {document.Id} ».",
                { Text: var text } when string.IsNullOrWhiteSpace(text) => "Texte de la constatation vide.",
                { Id: var id } when !seen.Add(id) => "Identifiant en double dans le même document.",
                _ => null,
            };
            if (reason is null)
            {
                var entry = EntryMapping.ToDocument(finding!);
                content.AppendData(Encoding.UTF8.GetBytes(entry.Get(FieldNames.Json)));
                entries.Add(entry);
            }
            else
            {
                rejected.Add(new RejectedFinding(finding?.Id ?? "", reason));
            }
        }

        var registry = document with
        {
            FindingCount = entries.Count,
            AddedAt = addedBefore ?? (document.AddedAt == default ? now : document.AddedAt),
            UpdatedAt = now,
        };
        entries.Add(EntryMapping.ToDocument(registry, Convert.ToHexStringLower(content.GetHashAndReset())));
        return new PreparedBatch(entries, new IndexWriteResult(document.Id, entries.Count - 1, rejected));
    }

    private async Task CommitRebuildAsync(Rebuild rebuild, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!ReferenceEquals(_rebuild, rebuild))
            {
                throw new InvalidOperationException("Cette reconstruction n'est plus en cours.");
            }

            rebuild.Generation.Commit(_time.GetUtcNow());
            _folder.WritePointer(rebuild.Generation.Name);
            var old = _live;
            _live = rebuild.Generation;
            _rebuild = null;
            old.Dispose();
            _folder.DeleteGeneration(old.Name);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task AbandonRebuildAsync(Rebuild rebuild)
    {
        await _writeGate.WaitAsync();
        try
        {
            if (ReferenceEquals(_rebuild, rebuild))
            {
                _rebuild = null;
                rebuild.Generation.Abandon();
                _folder.DeleteGeneration(rebuild.Generation.Name);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "L'index {Path} a été construit avec un autre glossaire que celui en service : les termes du glossaire y sont recherchés comme des expressions, plus lentement. Reconstruisez l'index (reindex --full) pour que la recherche redevienne rapide")]
    private static partial void LogGlossaryChanged(ILogger logger, string path);

    private sealed record PreparedBatch(List<IEnumerable<IIndexableField>> Entries, IndexWriteResult Result);

    /// <summary>A new generation filled beside the live one; live until committed, deleted if abandoned.</summary>
    private sealed class Rebuild(LuceneEvidenceIndex owner, IndexGeneration generation) : IIndexRebuild
    {
        private int _state; // 0 open, 1 committed, 2 disposed

        public IndexGeneration Generation { get; } = generation;

        public Task<IndexWriteResult> AddDocumentAsync(SourceDocument document, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(document);
            ArgumentNullException.ThrowIfNull(findings);
            ArgumentException.ThrowIfNullOrWhiteSpace(document.Id);
            cancellationToken.ThrowIfCancellationRequested();
            if (Volatile.Read(ref _state) != 0)
            {
                throw new InvalidOperationException("La reconstruction est terminée : plus aucun ajout possible.");
            }

            // A rebuilt document keeps the date it first entered the evidence base.
            var addedBefore = owner.FindDocument(null, document.Id)?.AddedAt;
            var batch = Prepare(document, findings, addedBefore, owner._time.GetUtcNow());
            Generation.Writer.UpdateDocuments(new Term(FieldNames.DocumentId, document.Id), batch.Entries);
            return Task.FromResult(batch.Result);
        }

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
            {
                throw new InvalidOperationException("La reconstruction est déjà validée ou abandonnée.");
            }

            try
            {
                await owner.CommitRebuildAsync(this, cancellationToken);
            }
            catch
            {
                Volatile.Write(ref _state, 0);
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.CompareExchange(ref _state, 2, 0) == 0)
            {
                await owner.AbandonRebuildAsync(this);
            }
        }
    }
}
