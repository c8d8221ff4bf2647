using Knowledge.Worker.Runs;
using Knowledge.Worker.Sweeping;
using Knowledge.Worker.Tests.Fixtures;

namespace Knowledge.Worker.Tests.Runs;

public sealed class IngestCoordinatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Runs_NeverOverlap()
    {
        GatedIngestor? gate = null;
        await using var bed = new WorkerBed(wrap: inner => gate = new GatedIngestor(inner));
        Corpus.Write(bed.Watched, "a.md", "chevauchement");

        var first = bed.Coordinator.TryStart("manual", full: false);
        await gate!.Entered.WaitAsync(Ct);

        Assert.NotNull(first);
        Assert.Null(bed.Coordinator.TryStart("manual", full: true));
        Assert.Null(await bed.Coordinator.TryRunAsync("schedule", full: false, Ct));
        Assert.Equal(first.Id, bed.Coordinator.Current?.Id);

        gate.Release();
        await bed.Coordinator.Background;
        Assert.Equal(IngestRun.Completed, bed.Ledger.Run(first.Id)!.Status);
        Assert.NotNull(await bed.Coordinator.TryRunAsync("schedule", full: false, Ct));
    }

    [Fact]
    public async Task Runs_NeverOverlap_AcrossCoordinatorsOnTheSameDataFolder()
    {
        GatedIngestor? gate = null;
        await using var bed = new WorkerBed(wrap: inner => gate = new GatedIngestor(inner));
        Corpus.Write(bed.Watched, "a.md", "processus");
        var first = bed.Coordinator.TryStart("schedule", full: false);
        await gate!.Entered.WaitAsync(Ct);

        // Another process on the same data folder (a worker beside the server) finds the run lock taken.
        using var other = new IngestCoordinator(bed.Sweeper, bed.Rebuilder, new Ledger.IngestLedger(bed.Options.LedgerPath), bed.Reconciler, bed.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<IngestCoordinator>.Instance);
        Assert.Null(await other.TryRunAsync("schedule", full: false, Ct));

        gate.Release();
        await bed.Coordinator.Background;
        Assert.NotNull(await other.TryRunAsync("schedule", full: false, Ct));
        Assert.Equal(IngestRun.Completed, bed.Ledger.Run(first!.Id)!.Status);
    }

    [Fact]
    public async Task Upload_DuringARun_IsQueuedAndIngestedByAFollowUpRun()
    {
        GatedIngestor? gate = null;
        await using var bed = new WorkerBed(wrap: inner => gate = new GatedIngestor(inner));
        Corpus.Write(bed.Watched, "a.md", "occupe");
        var first = bed.Coordinator.TryStart("schedule", full: false);
        await gate!.Entered.WaitAsync(Ct);

        var uploaded = Corpus.Write(bed.Options.InboxPath, "depose.md", "enattente");
        var queued = await bed.Coordinator.TryIngestUploadsAsync([new UploadedFile(uploaded, null)], Ct);
        Assert.Null(queued);

        gate.Release();
        await bed.Coordinator.Background;

        // The first run started the follow-up before it ended, so Background is now the follow-up.
        await bed.Coordinator.Background;

        Assert.Equal(3, await bed.SearchCountAsync("enattente"));
        var runs = bed.Ledger.Runs(10);
        Assert.Contains(runs, r => r.Id == first!.Id);
        Assert.Equal(2, runs.Count);
    }

    [Fact]
    public async Task Upload_WhenIdle_IsIngestedAtOnceWithItsMetadata()
    {
        await using var bed = new WorkerBed();
        var uploaded = Corpus.Write(bed.Options.InboxPath, "depose.md", "immediat");

        var done = await bed.Coordinator.TryIngestUploadsAsync([new UploadedFile(uploaded, new Ingest.Pipeline.IngestRequest { Title = "Titre du dépôt", Year = 2024 })], Ct);

        var (run, results) = done!.Value;
        var result = Assert.Single(results);
        Assert.Equal(FileOutcome.New, result.Outcome);
        Assert.Equal(3, result.Findings);
        Assert.Equal("upload", run.Trigger);
        var document = await bed.Lucene.GetDocumentAsync(result.DocumentId!, Ct);
        Assert.Equal("Titre du dépôt", document!.Title);
        Assert.Equal(2024, document.Year);

        // The next sweep knows the file already.
        Assert.Equal(1, (await bed.SweepAsync()).Counts.Unchanged);
    }

    [Fact]
    public async Task Shutdown_MidDocument_AbandonsItCleanly_AndTheNextRunTakesItUp()
    {
        GatedIngestor? gate = null;
        await using var bed = new WorkerBed(wrap: inner => gate = new GatedIngestor(inner));
        Corpus.Write(bed.Watched, "a.md", "interrompu");
        Corpus.Write(bed.Watched, "b.md", "ensuite");
        var run = bed.Coordinator.TryStart("schedule", full: false);
        await gate!.Entered.WaitAsync(Ct);

        await bed.Coordinator.StopAsync(Ct);

        Assert.Equal(IngestRun.Cancelled, bed.Ledger.Run(run!.Id)!.Status);
        Assert.Empty(bed.Ledger.Files());
        Assert.Equal(0, await bed.FindingCountAsync());

        // A new process (a new coordinator over the same ledger and index) finishes the job.
        var next = new IngestCoordinator(bed.Sweeper, bed.Rebuilder, bed.Ledger, bed.Reconciler, bed.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<IngestCoordinator>.Instance);
        gate.Release();
        var resumed = await next.TryRunAsync("startup", full: false, Ct);
        Assert.Equal(2, resumed!.Counts.New);
        Assert.Equal(6, await bed.FindingCountAsync());
        next.Dispose();
    }

    [Fact]
    public async Task StartUp_MarksRunsLeftRunningByADeadProcessAsAbandoned()
    {
        await using var bed = new WorkerBed();
        bed.Ledger.StartRun(new IngestRun { Id = "mort", Trigger = "schedule", StartedAt = bed.Time.GetUtcNow() });

        await bed.Coordinator.StartAsync(Ct);

        var run = bed.Ledger.Run("mort")!;
        Assert.Equal(IngestRun.Abandoned, run.Status);
        Assert.NotNull(run.EndedAt);
    }
}
