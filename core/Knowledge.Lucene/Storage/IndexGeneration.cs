using System.Globalization;
using Knowledge.Lucene.Analysis;
using Knowledge.Lucene.Searching;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Knowledge.Lucene.Storage;

/// <summary>
/// One on-disk Lucene index (<c>index/gen-000N</c>) with its single writer and its near-real-time
/// searchers. The live index is one generation; a rebuild writes the next one beside it.
/// </summary>
internal sealed class IndexGeneration : IDisposable
{
    private const string UpdatedAtKey = "knowledge.updatedAt";

    /// <summary>The fingerprint of the glossary phrases the generation's passages were indexed with.</summary>
    private const string GlossaryPhrasesKey = "knowledge.glossaryPhrases";

    private readonly string? _glossaryPhrases;

    private IndexGeneration(string name, string path, LuceneDirectory directory, IndexWriter writer, int parallelThreshold, string? runningPhrases)
    {
        Name = name;
        Path = path;
        Directory = directory;
        Writer = writer;

        // An empty generation takes the running glossary's phrases; one with entries keeps what it was built with.
        _glossaryPhrases = writer.MaxDoc == 0 ? runningPhrases
            : writer.CommitData.TryGetValue(GlossaryPhrasesKey, out var recorded) ? recorded
            : null;
        PhrasesIndexed = runningPhrases is not null && _glossaryPhrases == runningPhrases;
        Searchers = new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory(parallelThreshold, PhrasesIndexed));
        UpdatedAt = writer.CommitData.TryGetValue(UpdatedAtKey, out var stamp)
            && DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : null;
    }

    public string Name { get; }

    public string Path { get; }

    public LuceneDirectory Directory { get; }

    public IndexWriter Writer { get; }

    public SearcherManager Searchers { get; }

    /// <summary>
    /// Whether every passage was indexed with the running glossary's phrase tokens, so expansions can
    /// be searched as those tokens; otherwise (an index built before the glossary was edited) they
    /// must be searched as phrases until the index is rebuilt.
    /// </summary>
    public bool PhrasesIndexed { get; }

    /// <summary>When this generation was last committed with content changes.</summary>
    public DateTimeOffset? UpdatedAt { get; private set; }

    public static IndexGeneration Open(string root, string name, EvidenceAnalyzers analyzers, LuceneIndexOptions options)
    {
        var path = System.IO.Path.Combine(root, name);
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        try
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzers.PerField)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                Similarity = new CoverageSimilarity(),
                RAMBufferSizeMB = options.RamBufferMb,
            };
            return new IndexGeneration(name, path, directory, new IndexWriter(directory, config), options.ParallelSearchThreshold, analyzers.Phrases?.Fingerprint);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Makes everything written so far durable and visible to new searches.</summary>
    public void Commit(DateTimeOffset updatedAt)
    {
        var data = new Dictionary<string, string>
        {
            [UpdatedAtKey] = updatedAt.ToString("O", CultureInfo.InvariantCulture),
        };
        if (_glossaryPhrases is not null)
        {
            data[GlossaryPhrasesKey] = _glossaryPhrases;
        }

        Writer.SetCommitData(data);
        Writer.Commit();
        UpdatedAt = updatedAt;
        Searchers.MaybeRefreshBlocking();
    }

    /// <summary>Runs <paramref name="read"/> on the current searcher, releasing it afterwards.</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var searcher = Searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    /// <summary>Discards uncommitted changes and closes (used for abandoned rebuilds).</summary>
    public void Abandon()
    {
        Searchers.Dispose();
        Writer.Rollback();
        Directory.Dispose();
    }

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        Directory.Dispose();
    }

    private sealed class Bm25SearcherFactory(int parallelThreshold, bool phrasesIndexed) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            // Warm facet arrays here, on the writer's refresh, so no search pays for a new segment.
            foreach (var leaf in reader.Leaves)
            {
                Facets.SegmentFacetValues.For(leaf.AtomicReader);
            }

            return new EvidenceSearcher(reader, parallelThreshold, phrasesIndexed) { Similarity = new CoverageSimilarity() };
        }
    }
}
