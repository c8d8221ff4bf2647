namespace Knowledge.Core.Evidence;

/// <summary>
/// A publication that findings are cut from. Its <see cref="Id"/> is derived from the file's
/// content hash, so the same file always gets the same id wherever it lives.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>Stable id: the first 16 hex digits of the SHA-256 of the file's bytes.</summary>
    public required string Id { get; init; }

    /// <summary>Full SHA-256 of the file's bytes (lowercase hex).</summary>
    public required string Sha256 { get; init; }

    /// <summary>Title from the document's metadata, first heading or file name.</summary>
    public required string Title { get; init; }

    /// <summary>Publisher or author organisation, when known.</summary>
    public string? Publisher { get; init; }

    /// <summary>Publication year, when known.</summary>
    public int? Year { get; init; }

    /// <summary>Main language: <c>fr</c> or <c>en</c>.</summary>
    public string Language { get; init; } = "fr";

    /// <summary>What kind of publication this is.</summary>
    public DocumentKind Kind { get; init; }

    /// <summary>Countries (ISO 3166 alpha-2) the document is about, most prominent first.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>The file name the document was read from (no folder).</summary>
    public required string FileName { get; init; }

    /// <summary>Where the original file is stored, when it is kept (for "open at page").</summary>
    public string? StoredPath { get; init; }

    /// <summary>Media type of the original file.</summary>
    public string MediaType { get; init; } = "application/pdf";

    /// <summary>Number of pages (1 for formats without pages).</summary>
    public int Pages { get; init; }

    /// <summary>Number of findings cut from the document.</summary>
    public int FindingCount { get; init; }

    /// <summary>When the document first entered the evidence base.</summary>
    public DateTimeOffset AddedAt { get; init; }

    /// <summary>When the document's findings were last written.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
