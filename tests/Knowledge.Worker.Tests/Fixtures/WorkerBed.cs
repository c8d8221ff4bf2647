using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Ingest.Indexing;
using Knowledge.Ingest.Pipeline;
using Knowledge.Lucene;
using Knowledge.Worker.Hosting;
using Knowledge.Worker.Ledger;
using Knowledge.Worker.Quarantine;
using Knowledge.Worker.Rebuild;
using Knowledge.Worker.Reconciling;
using Knowledge.Worker.Resilience;
using Knowledge.Worker.Runs;
using Knowledge.Worker.Sweeping;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Knowledge.Worker.Tests.Fixtures;

/// <summary>
/// The worker wired as the host wires it, on a real embedded index in a temp folder, with a fake
/// clock, a counting seam in front of the pipeline and an index whose writes can be made to fail.
/// </summary>
internal sealed class WorkerBed : IAsyncDisposable
{
    private readonly TempFolder _folder;

    public WorkerBed(Action<IngestWorkerOptions>? configure = null, IngestOptions? ingestOptions = null, Func<IDocumentIngestor, IDocumentIngestor>? wrap = null, TempFolder? folder = null)
    {
        // A bed given a folder reopens the data another bed left there (a restart); it does not delete it.
        _folder = folder ?? new TempFolder();
        _ownsFolder = folder is null;
        Watched = _folder.Sub("watched");
        Options = new IngestWorkerOptions { DataPath = Path.Combine(_folder.Path, "data") };
        Options.Folders.Add(Watched);
        Options.Resilience = new IndexWriteResilienceOptions { MaxRetries = 3, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };
        configure?.Invoke(Options);
        // Without machine translation unless asked: no worker behaviour depends on it, and it costs about a second a document.
        Pipeline = new IngestPipeline(EvidenceTaxonomy.Default, Time, ingestOptions ?? new IngestOptions { TranslationEnabled = false });
        Store = new DocumentStore(Options.FullDataPath);
        Lucene = LuceneEvidenceIndex.Open(Options.FullDataPath, EvidenceTaxonomy.Default, Time);
        Flaky = new FlakyIndex(Lucene);
        Index = new ResilientEvidenceIndex(Flaky, IndexWriteResilience.Create(Options.Resilience, Time));
        Ingestor = new CountingIngestor(new PipelineDocumentIngestor(Pipeline, Index, Store));
        Ledger = new IngestLedger(Options.LedgerPath, Time, LedgerLogger);
        Quarantine = new QuarantineFolder(Options.QuarantinePath);
        var ingestor = wrap?.Invoke(Ingestor) ?? Ingestor;
        Sweeper = new FolderSweeper(Options, Ledger, Quarantine, ingestor, Index, Time, NullLogger<FolderSweeper>.Instance, ingestOptions);
        Rebuilder = new FullRebuilder(Index, ingestor, Store, Ledger);
        Reconciler = new LedgerReconciler(Ledger, Index, Store, ingestor, Time, NullLogger<LedgerReconciler>.Instance);
        Coordinator = new IngestCoordinator(Sweeper, Rebuilder, Ledger, Reconciler, Time, NullLogger<IngestCoordinator>.Instance);
    }

    private readonly bool _ownsFolder;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));

    /// <summary>What the ledger logged when it opened (damage, absence).</summary>
    public RecordingLogger LedgerLogger { get; } = new();

    public LedgerReconciler Reconciler { get; }

    public TempFolder Folder => _folder;

    public string Root => _folder.Path;

    public string Watched { get; }

    public IngestWorkerOptions Options { get; }

    public IngestPipeline Pipeline { get; }

    public DocumentStore Store { get; }

    public LuceneEvidenceIndex Lucene { get; }

    public FlakyIndex Flaky { get; }

    public IEvidenceIndex Index { get; }

    public CountingIngestor Ingestor { get; }

    public IngestLedger Ledger { get; }

    public QuarantineFolder Quarantine { get; }

    public FolderSweeper Sweeper { get; }

    public FullRebuilder Rebuilder { get; }

    public IngestCoordinator Coordinator { get; }

    /// <summary>One sweep, as the schedule would run it.</summary>
    public async Task<IngestRun> SweepAsync(bool full = false)
    {
        var run = await Coordinator.TryRunAsync("test", full, TestContext.Current.CancellationToken);
        Assert.NotNull(run);
        return run;
    }

    public async Task<long> FindingCountAsync() => (await Lucene.GetStateAsync()).Findings;

    public async Task<long> SearchCountAsync(string text) =>
        (await Lucene.SearchAsync(new EvidenceQuery { Text = text })).Total;

    public async ValueTask DisposeAsync()
    {
        Coordinator.Dispose();
        await Lucene.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsFolder)
        {
            _folder.Dispose();
        }
    }
}
