using Knowledge.Core.Evidence;
using Knowledge.Core.Search;

namespace Knowledge.Generators.Exports;

/// <summary>What the caller knows of the export: the words' language, the host links point to, the cap and the parameters as asked.</summary>
/// <param name="Language">Language of the headers, labels and citations: <c>fr</c> or <c>en</c>.</param>
/// <param name="BaseUrl">The server links are made absolute against (the request's scheme and host).</param>
/// <param name="MaxRows">Findings exported at most.</param>
/// <param name="Parameters">The search parameters as the person gave them (API names), for the query sheet.</param>
public sealed record ExportScope(string Language, Uri BaseUrl, int MaxRows, IReadOnlyList<KeyValuePair<string, string>> Parameters);

/// <summary>A finding as it goes out: masked for readers, and whether anything was masked.</summary>
/// <param name="Finding">The finding with every unreviewed or confirmed span replaced by the placeholder.</param>
/// <param name="Redacted">True when a span was masked: the citation then says so.</param>
public sealed record ExportedFinding(Finding Finding, bool Redacted);

/// <summary>
/// Everything an export file is written from: the findings (already masked), the documents behind
/// them, and what produced them (query, index state, time). Writers only format it.
/// </summary>
public sealed record EvidenceExport
{
    /// <summary>Language of headers, labels and citations.</summary>
    public required string Language { get; init; }

    /// <summary>The server links point to.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>When the export was made (the injected clock).</summary>
    public required DateTimeOffset RunAt { get; init; }

    /// <summary>The index the findings came from.</summary>
    public required IndexState IndexState { get; init; }

    /// <summary>The search parameters as given, or the generation request for a generated document.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; }

    /// <summary>What query understanding found in the text ("Pays : Niger"), in <see cref="Language"/>.</summary>
    public IReadOnlyList<string> Understood { get; init; } = [];

    /// <summary>The title of the generated document the export lists the sources of; null for a search.</summary>
    public string? GeneratedTitle { get; init; }

    /// <summary>A short name for file names: the query text, or the generated document's file stem.</summary>
    public string? NameHint { get; init; }

    /// <summary>The findings, in result order, at most <see cref="MaxRows"/>.</summary>
    public required IReadOnlyList<ExportedFinding> Findings { get; init; }

    /// <summary>The documents behind <see cref="Findings"/>, in order of first appearance.</summary>
    public required IReadOnlyList<SourceDocument> Documents { get; init; }

    /// <summary>How many findings matched (for a search; for a generated document, the findings it quotes).</summary>
    public required long TotalHits { get; init; }

    /// <summary>The cap in force.</summary>
    public required int MaxRows { get; init; }

    /// <summary>True when more findings matched than were exported.</summary>
    public bool Truncated => TotalHits > Findings.Count;

    /// <summary>Findings with a masked span.</summary>
    public int RedactedCount => Findings.Count(f => f.Redacted);

    /// <summary>How many rows (findings) or references (documents) a file of <paramref name="format"/> holds.</summary>
    public int RowCount(ExportFormat format) => format.IsCitationFormat() ? Documents.Count : Findings.Count;

    /// <summary>
    /// The audit log's account of this export: what it came from, the format and the counts. Never
    /// the search text nor any finding's text.
    /// </summary>
    public string AuditDetail(string source, ExportFormat format) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"source={source}; format={format.Code()}; rows={RowCount(format)}; findings={Findings.Count}; total={TotalHits}; truncated={(Truncated ? "yes" : "no")}; redacted={RedactedCount}");

    /// <summary>The absolute link to a finding's page.</summary>
    public string FindingUrl(string findingId) => new Uri(Root, "findings/" + Uri.EscapeDataString(findingId)).AbsoluteUri;

    /// <summary>The absolute link to a document's original file.</summary>
    public string DocumentFileUrl(string documentId) => new Uri(Root, "api/documents/" + Uri.EscapeDataString(documentId) + "/file").AbsoluteUri;

    /// <summary>The base with a closing slash, so a server under a path prefix keeps it in every link.</summary>
    private Uri Root => BaseUrl.AbsoluteUri.EndsWith('/') ? BaseUrl : new Uri(BaseUrl.AbsoluteUri + "/");
}
