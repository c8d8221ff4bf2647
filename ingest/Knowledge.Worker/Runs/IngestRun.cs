namespace Knowledge.Worker.Runs;

/// <summary>What one run did, by kind of change.</summary>
public sealed record RunCounts
{
    public int New { get; set; }

    public int Changed { get; set; }

    public int Moved { get; set; }

    public int Copied { get; set; }

    public int Removed { get; set; }

    public int Failed { get; set; }

    public int Skipped { get; set; }

    public int Unchanged { get; set; }

    /// <summary>Documents re-extracted into a new index by a full rebuild.</summary>
    public int Rebuilt { get; set; }
}

/// <summary>A file that failed or was skipped in a run, and why (French).</summary>
/// <param name="Path">The file.</param>
/// <param name="Code">Stable code (<c>timeout</c>, <c>encrypted</c>, <c>index-unavailable</c>…).</param>
/// <param name="Reason">The reason, readable by a person.</param>
public sealed record RunIssue(string Path, string Code, string Reason);

/// <summary>One sweep or rebuild, as recorded in the ledger.</summary>
public sealed record IngestRun
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Incomplete = "incomplete";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
    public const string Abandoned = "abandoned";

    public required string Id { get; init; }

    /// <summary><c>startup</c>, <c>schedule</c>, <c>manual</c>, <c>upload</c>, <c>cli</c>.</summary>
    public required string Trigger { get; init; }

    public bool Full { get; init; }

    /// <summary><c>running</c>, <c>completed</c>, <c>incomplete</c> (some files left for the next run), <c>failed</c>, <c>cancelled</c>, <c>abandoned</c> (process died).</summary>
    public string Status { get; set; } = Running;

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; set; }

    public RunCounts Counts { get; init; } = new();

    public IReadOnlyList<RunIssue> Issues { get; init; } = [];

    /// <summary>Number of issues (filled when listing, where the issues themselves are left out).</summary>
    public int IssueCount { get; init; }

    public string? Error { get; set; }
}
