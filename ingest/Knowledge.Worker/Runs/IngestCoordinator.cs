using Knowledge.Ingest.Pipeline;
using Knowledge.Worker.Ledger;
using Knowledge.Worker.Rebuild;
using Knowledge.Worker.Reconciling;
using Knowledge.Worker.Sweeping;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Knowledge.Worker.Runs;

/// <summary>An uploaded file waiting in the inbox, with what the uploader said about it.</summary>
public sealed record UploadedFile(string Path, IngestRequest? Request);

/// <summary>
/// The single door to runs: a sweep, a rebuild or an upload's ingestion holds one gate, so runs
/// never overlap whoever starts them (schedule, admin endpoint, CLI, upload). Records every run in
/// the ledger, and on shutdown cancels the current one between documents and waits for it.
/// </summary>
public sealed partial class IngestCoordinator(
    FolderSweeper sweeper,
    FullRebuilder rebuilder,
    IngestLedger ledger,
    LedgerReconciler reconciler,
    TimeProvider time,
    ILogger<IngestCoordinator> logger) : IHostedService, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _sync = new();
    private Task _background = Task.CompletedTask;
    private IngestRun? _current;
    private readonly string _runLockPath = Path.Combine(Path.GetDirectoryName(ledger.DatabasePath)!, "run.lock");
    private FileStream? _runLock;
    private bool _followUp;
    private bool _disposed;

    /// <summary>The run in progress, if any (live counts).</summary>
    public IngestRun? Current
    {
        get
        {
            lock (_sync)
            {
                return _current;
            }
        }
    }

    /// <summary>The background run started last (completed when none); lets tests and shutdown wait for it.</summary>
    internal Task Background
    {
        get
        {
            lock (_sync)
            {
                return _background;
            }
        }
    }

    /// <summary>Runs, most recent first (the one in progress with its live counts).</summary>
    public IReadOnlyList<IngestRun> Runs(int limit)
    {
        var runs = ledger.Runs(limit).ToList();
        var current = Current;
        for (var i = 0; current is not null && i < runs.Count; i++)
        {
            if (runs[i].Id == current.Id)
            {
                runs[i] = current with { IssueCount = current.Issues.Count };
            }
        }

        return runs;
    }

    public IngestRun? Run(string id) => Current is { } current && current.Id == id ? current with { Issues = [.. current.Issues] } : ledger.Run(id);

    /// <summary>Runs now and waits for the end; null when another run holds the gate.</summary>
    public async Task<IngestRun?> TryRunAsync(string trigger, bool full, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!TryEnter())
        {
            return null;
        }

        return await ExecuteHeldAsync(trigger, full, cancellationToken);
    }

    /// <summary>Starts a run in the background and returns its record at once; null when another run holds the gate.</summary>
    public IngestRun? TryStart(string trigger, bool full)
    {
        if (Volatile.Read(ref _disposed) || _stopping.IsCancellationRequested || !TryEnter())
        {
            return null;
        }

        var run = BeginHeld(trigger, full);

        lock (_sync)
        {
            _background = Task.Run(() => ExecuteBegunAsync(run, _stopping.Token));
        }

        return run;
    }

    /// <summary>
    /// Ingests uploaded files now when no run is in progress; otherwise leaves them in the inbox and
    /// asks for one more sweep right after the current run (the result is then null).
    /// </summary>
    public async Task<(IngestRun Run, IReadOnlyList<FileResult> Results)?> TryIngestUploadsAsync(IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!TryEnter())
        {
            lock (_sync)
            {
                _followUp = true;
            }

            return null;
        }

        var run = BeginHeld("upload", full: false);

        var results = new List<FileResult>();
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
            foreach (var file in files)
            {
                results.Add(await sweeper.IngestOneAsync(run, (List<RunIssue>)run.Issues, file.Path, file.Request, linked.Token));
            }

            if (results.Any(r => r.Outcome == FileOutcome.Deferred))
            {
                run.Status = IngestRun.Incomplete;
            }
        }
        catch (Exception ex)
        {
            Fail(run, ex);
            throw;
        }
        finally
        {
            End(run);
        }

        return (run, results);
    }

    /// <summary>Records the start of a run while holding the gate; releases the gate if that fails.</summary>
    private IngestRun BeginHeld(string trigger, bool full)
    {
        try
        {
            return Begin(trigger, full);
        }
        catch
        {
            Exit();
            throw;
        }
    }

    private async Task<IngestRun> ExecuteHeldAsync(string trigger, bool full, CancellationToken cancellationToken)
    {
        var run = BeginHeld(trigger, full);

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        await ExecuteBegunAsync(run, linked.Token);
        return run;
    }

    /// <summary>
    /// Takes the run gate: this process's semaphore, then an OS lock on <c>{data}/ingest/run.lock</c>
    /// so that a worker process and a server on the same data folder never run at once either. The
    /// OS drops the lock when a process dies, so a killed run never blocks the next one.
    /// </summary>
    private bool TryEnter()
    {
        if (!_gate.Wait(0))
        {
            return false;
        }

        try
        {
            _runLock = new FileStream(_runLockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            _gate.Release();
            return false;
        }
    }

    private void Exit()
    {
        _runLock?.Dispose();
        _runLock = null;
        _gate.Release();
    }

    private IngestRun Begin(string trigger, bool full)
    {
        var now = time.GetUtcNow();
        var run = new IngestRun { Id = Guid.CreateVersion7(now).ToString("N"), Trigger = trigger, Full = full, StartedAt = now, Issues = new List<RunIssue>() };
        ledger.StartRun(run);
        lock (_sync)
        {
            _current = run;
        }

        LogStarted(logger, run.Id, trigger, full);
        return run;
    }

    private async Task ExecuteBegunAsync(IngestRun run, CancellationToken cancellationToken)
    {
        try
        {
            var issues = (List<RunIssue>)run.Issues;
            await sweeper.SweepAsync(run, issues, cancellationToken);
            if (run.Full && run.Status == IngestRun.Running)
            {
                await rebuilder.RebuildAsync(run, issues, cancellationToken);
            }

            if (run.Status == IngestRun.Running)
            {
                await reconciler.ReconcileAsync(run, issues, cancellationToken);
            }
        }
        catch (Exception ex)
        {
            Fail(run, ex);
        }
        finally
        {
            End(run);
        }
    }

    private void Fail(IngestRun run, Exception ex)
    {
        if (ex is OperationCanceledException)
        {
            run.Status = IngestRun.Cancelled;
            run.Error = "passage interrompu (arrêt du service) : repris au prochain passage";
        }
        else
        {
            run.Status = IngestRun.Failed;
            run.Error = $"{ex.GetType().Name} : {ex.Message}";
            LogRunFailed(logger, run.Id, ex);
        }
    }

    private void End(IngestRun run)
    {
        if (run.Status == IngestRun.Running)
        {
            run.Status = IngestRun.Completed;
        }

        run.EndedAt = time.GetUtcNow();
        bool followUp;
        try
        {
            ledger.SaveRun(run);
        }
        finally
        {
            lock (_sync)
            {
                _current = null;
                followUp = _followUp;
                _followUp = false;
            }

            if (!Volatile.Read(ref _disposed))
            {
                Exit();
            }
        }

        var c = run.Counts;
        LogFinished(logger, run.Id, run.Status, c.New, c.Changed, c.Moved, c.Copied, c.Removed, c.Failed);
        if (followUp)
        {
            TryStart("upload", full: false);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var abandoned = ledger.AbandonUnfinishedRuns(time.GetUtcNow());
        if (abandoned > 0)
        {
            LogAbandoned(logger, abandoned);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Some hosts (the test server) dispose their services before stopping them.
        if (Volatile.Read(ref _disposed))
        {
            return;
        }

        await _stopping.CancelAsync();
        Task background;
        lock (_sync)
        {
            background = _background;
        }

        // The current document finishes or is abandoned at its next cancellation point; the host's
        // shutdown timeout bounds the wait.
        await background.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, true))
        {
            return;
        }

        _stopping.Cancel();
        _stopping.Dispose();
        _gate.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Passage {RunId} commencé ({Trigger}, complet : {Full})")]
    private static partial void LogStarted(ILogger logger, string runId, string trigger, bool full);

    [LoggerMessage(Level = LogLevel.Information, Message = "Passage {RunId} terminé ({Status}) : {New} nouveaux, {Changed} modifiés, {Moved} déplacés, {Copied} copiés, {Removed} retirés, {Failed} en échec")]
    private static partial void LogFinished(ILogger logger, string runId, string status, int @new, int changed, int moved, int copied, int removed, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Passage {RunId} en échec")]
    private static partial void LogRunFailed(ILogger logger, string runId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} passage(s) interrompu(s) par un arrêt brutal : repris à ce passage")]
    private static partial void LogAbandoned(ILogger logger, int count);
}
