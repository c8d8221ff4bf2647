using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Knowledge.Worker.Hosting;

/// <summary>What happens to the findings of a file that disappears from the watched folders.</summary>
public enum DeletedFilesPolicy
{
    /// <summary>Its findings leave the index (the default: the evidence base mirrors the folders).</summary>
    Remove,

    /// <summary>Its findings stay; only the ledger forgets the path.</summary>
    Keep,
}

/// <summary>The worker's settings, bound from <c>Knowledge:Ingest</c> (beside the pipeline's own limits).</summary>
public sealed class IngestWorkerOptions
{
    public const string Section = "Knowledge:Ingest";

    /// <summary>Root of the evidence base, copied from <see cref="KnowledgeOptions.DataPath"/> (<c>Knowledge:DataPath</c>): index, originals, ledger, inbox, quarantine.</summary>
    [Required]
    public string DataPath { get; set; } = "./data";

    /// <summary>Folders swept for new, changed, moved and deleted files (the inbox is always swept too).</summary>
    public IList<string> Folders { get; } = [];

    /// <summary>Where uploads land; defaults to <c>{data}/inbox</c>.</summary>
    public string? Inbox { get; set; }

    /// <summary>Quartz cron expression of the sweep; nightly at 02:00 by default.</summary>
    [Required]
    public string Schedule { get; set; } = "0 0 2 * * ?";

    /// <summary>Sweep once when the host starts.</summary>
    public bool RunAtStartup { get; set; } = true;

    /// <summary>Run the scheduler inside the search API (true) or leave it to a separate worker process.</summary>
    public bool InProcess { get; set; } = true;

    /// <summary>Keep or remove the findings of deleted files.</summary>
    public DeletedFilesPolicy DeletedFiles { get; set; } = DeletedFilesPolicy.Remove;

    /// <summary>Largest uploaded file accepted, in bytes (50 MB by default).</summary>
    [Range(1, 2L * 1024 * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Most files in one upload request.</summary>
    [Range(1, 100)]
    public int MaxUploadFiles { get; set; } = 20;

    /// <summary>Retries and circuit breaker around index writes.</summary>
    [Required]
    [ValidateObjectMembers]
    public IndexWriteResilienceOptions Resilience { get; set; } = new();

    public string FullDataPath => Path.GetFullPath(DataPath);

    public string InboxPath => Path.GetFullPath(Inbox ?? Path.Combine(FullDataPath, "inbox"));

    public string QuarantinePath => Path.Combine(FullDataPath, "quarantine");

    /// <summary>Stored originals (<c>{data}/files</c>), never swept.</summary>
    public string OriginalsPath => Path.Combine(FullDataPath, "files");

    public string LedgerPath => Path.Combine(FullDataPath, "ingest", "ledger.db");

    /// <summary>The inbox and the configured folders, each once, as full paths.</summary>
    public IReadOnlyList<string> WatchedFolders =>
        [.. new[] { InboxPath }.Concat(Folders.Select(Path.GetFullPath)).Distinct(StringComparer.Ordinal)];
}

/// <summary>Retry and circuit-breaker settings for index writes (<c>Knowledge:Ingest:Resilience</c>).</summary>
public sealed class IndexWriteResilienceOptions
{
    /// <summary>Retries after the first failed attempt.</summary>
    [Range(0, 20, ErrorMessage = "Knowledge:Ingest:Resilience:MaxRetries doit être compris entre {1} et {2}.")]
    public int MaxRetries { get; set; } = 4;

    /// <summary>First backoff delay; doubles on each retry, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest backoff delay.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Failure ratio over the sampling window that opens the circuit.</summary>
    [Range(0.01, 1.0)]
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Least number of calls in the window before the circuit may open.</summary>
    [Range(2, 1000)]
    public int MinimumThroughput { get; set; } = 10;

    /// <summary>Window over which failures are counted.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long the circuit stays open before a trial call.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
