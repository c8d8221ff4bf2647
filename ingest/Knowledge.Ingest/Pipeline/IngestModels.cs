using System.ComponentModel.DataAnnotations;
using Knowledge.Core.Evidence;

namespace Knowledge.Ingest.Pipeline;

/// <summary>Limits and secrets for ingestion (bound from <c>Knowledge:Ingest</c>).</summary>
public sealed record IngestOptions
{
    /// <summary>Longest time one document may take before it is abandoned and reported.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Longest time one rule pattern (role cues, safeguarding word lists) may run on one sentence. Past
    /// it the finding keeps no role, or is flagged whole for review, and ingestion goes on.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan PatternTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A folder whose <c>lexicon.json</c> (word lists) and <c>name-model.json</c> (learned names) replace
    /// the shipped ones, each when present; null for the shipped ones.
    /// </summary>
    public string? SafeguardingPath { get; init; }

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

    /// <summary>Characters one decompressed XML part of a Word file may hold (zip bombs stop here).</summary>
    [Range(1024, int.MaxValue)]
    public int MaxPartChars { get; init; } = 64 * 1024 * 1024;

    /// <summary>Paragraphs a Word file may hold.</summary>
    [Range(1, int.MaxValue)]
    public int MaxParagraphs { get; init; } = 200_000;

    /// <summary>Characters of text a Word file may hold.</summary>
    [Range(1, long.MaxValue)]
    public long MaxTextChars { get; init; } = 20_000_000;

    /// <summary>Pages a PDF may have.</summary>
    [Range(1, int.MaxValue)]
    public int MaxPages { get; init; } = 5_000;

    /// <summary>Characters one PDF page may draw.</summary>
    [Range(1, int.MaxValue)]
    public int MaxPageChars { get; init; } = 200_000;

    /// <summary>Reads pages without a text layer with Tesseract (when installed).</summary>
    public bool OcrEnabled { get; init; } = true;

    /// <summary>
    /// Time OCR may take for one document, on top of <see cref="DocumentTimeout"/>: a scanned report
    /// costs seconds per page, which the limit for reading a text layer was never meant to cover.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "06:00:00")]
    public TimeSpan OcrTimeout { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>Longest time one page's OCR may take before it is tried once more, then left out.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan OcrPageTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Tesseract languages, e.g. <c>fra+eng</c>; empty chooses from the document (French, then English).</summary>
    public string? OcrLanguages { get; init; }

    /// <summary>Resolution pages are rasterised at for OCR.</summary>
    [Range(100, 600)]
    public int OcrDpi { get; init; } = 300;

    /// <summary>
    /// Machine-translates each passage into the other language with Apertium, when installed (Debian packages
    /// <c>apertium-fr-es</c> and <c>apertium-eng-spa</c>): the translation is searched, never shown, so that a
    /// question in English reaches a French passage through more than the glossary's terms, and the reverse.
    /// </summary>
    public bool TranslationEnabled { get; init; } = true;

    /// <summary>The Apertium executable (Debian package <c>apertium</c>).</summary>
    [Required]
    public string ApertiumCommand { get; init; } = "apertium";

    /// <summary>Longest time one translation pipeline may take for one document; past it the document is kept untranslated.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan TranslationTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The Tesseract executable (Debian package <c>tesseract-ocr</c>).</summary>
    [Required]
    public string TesseractCommand { get; init; } = "tesseract";

    /// <summary>poppler's rasteriser (Debian package <c>poppler-utils</c>).</summary>
    [Required]
    public string PdftoppmCommand { get; init; } = "pdftoppm";
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

/// <summary>Reason codes that decide whether a failed file is read again (<see cref="IngestResult.ReasonCode"/>).</summary>
public static class IngestReasonCodes
{
    /// <summary>The file unfolds past a limit (zip bomb, huge page): never read again until its bytes change.</summary>
    public const string Oversized = "oversized";

    /// <summary>A scan refused only because OCR is not installed: read again once it is.</summary>
    public const string OcrUnavailable = "ocr-unavailable";

    /// <summary>OCR took longer than its own time budget.</summary>
    public const string OcrTimeout = "ocr-timeout";

    /// <summary>
    /// A quarantined file that failed for want of OCR, and that OCR can now read: refused with
    /// <see cref="OcrUnavailable"/>, or as "no text layer" by a version that had no OCR.
    /// </summary>
    public static bool AwaitsOcr(string code, string reason) =>
        code == OcrUnavailable || (code == "no-text" && reason.Contains("OCR nécessaire", StringComparison.Ordinal));
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

    /// <summary>Pages read by OCR, with their mean word confidence (0–100).</summary>
    public IReadOnlyDictionary<int, double> OcrPages { get; init; } = new Dictionary<int, double>();

    /// <summary>Pages that needed a fallback, unreadable pages and the like.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
