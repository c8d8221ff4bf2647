using System.ComponentModel.DataAnnotations;
using Knowledge.Core.Evidence;

namespace Knowledge.Ingest.Pipeline;

/// <summary>Limits and secrets for ingestion (bound from <c>Knowledge:Ingest</c>).</summary>
public sealed record IngestOptions
{
    /// <summary>Longest time one document may take before it is abandoned and reported.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest file accepted, in bytes.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>
    /// Pages of one PDF laid out at the same time while the parser reads the next ones
    /// (1 = strictly one thread per document).
    /// </summary>
    [Range(1, 64)]
    public int PageParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Passwords tried on encrypted PDFs (the empty user password is always tried).</summary>
    public IReadOnlyList<string> Passwords { get; init; } = [];
}

/// <summary>What the caller knows about a file better than the file itself (all optional).</summary>
public sealed record IngestRequest
{
    public string? Title { get; init; }

    public int? Year { get; init; }

    public DocumentKind? Kind { get; init; }

    public IReadOnlyList<string>? Countries { get; init; }

    public string? Language { get; init; }

    public string? Publisher { get; init; }

    /// <summary>Extra passwords for this file.</summary>
    public IReadOnlyList<string> Passwords { get; init; } = [];
}

/// <summary>What happened to one input file.</summary>
public enum IngestStatus
{
    /// <summary>Findings were extracted.</summary>
    Ingested,

    /// <summary>The file could not be read; <see cref="IngestResult.Reason"/> says why.</summary>
    Failed,

    /// <summary>The file is not of a kind we read (not PDF, DOCX, text or Markdown).</summary>
    Skipped,
}

/// <summary>The outcome of ingesting one file.</summary>
public sealed record IngestResult
{
    public required string File { get; init; }

    public required IngestStatus Status { get; init; }

    /// <summary>A sentence a person understands, in French, when the file failed or was skipped.</summary>
    public string? Reason { get; init; }

    /// <summary>Stable code of the failure (<c>encrypted</c>, <c>no-text</c>, <c>timeout</c>…).</summary>
    public string? ReasonCode { get; init; }

    public SourceDocument? Document { get; init; }

    public IReadOnlyList<Finding> Findings { get; init; } = [];

    public int Pages { get; init; }

    public long ElapsedMs { get; init; }

    /// <summary>Pages that needed a fallback, unreadable pages and the like.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
