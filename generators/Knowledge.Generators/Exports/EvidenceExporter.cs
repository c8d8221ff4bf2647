using System.Text;
using System.Text.Json;
using Knowledge.Core.Evidence;
using Knowledge.Core.Safeguarding;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Exports.Citations;
using Knowledge.Generators.Exports.Tables;

namespace Knowledge.Generators.Exports;

/// <summary>
/// Evidence leaving the base as files: a search as an evidence table (XLSX, CSV) or as the references
/// of the documents behind it (RIS, BibTeX, CSL-JSON), and a generated document's sources as
/// references. Shared by the HTTP API and the CLI. Every finding goes out masked for readers, so no
/// unreviewed span that could identify a child reaches a file.
/// </summary>
public sealed class EvidenceExporter(IEvidenceIndex index, EvidenceTaxonomy taxonomy, TimeProvider time)
{
    private static readonly JsonSerializerOptions RequestJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Runs <paramref name="query"/> (already understood, as <c>GET /api/search</c> runs it) from its
    /// first hit, in its order, and keeps at most <see cref="ExportScope.MaxRows"/> findings. The
    /// query's own page and page size are not used: an export starts at the first hit.
    /// </summary>
    public async Task<EvidenceExport> FromSearchAsync(EvidenceQuery query, ExportScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(scope);
        var state = await index.GetStateAsync(cancellationToken);
        var findings = new List<Finding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long total = 0;
        var pageSize = EvidenceQuery.MaxPageSize;
        for (var page = 1; findings.Count < scope.MaxRows; page++)
        {
            var results = await index.SearchAsync(query with { Page = page, PageSize = pageSize, Facets = false, Highlight = false }, cancellationToken);
            total = results.Total;
            foreach (var hit in results.Hits)
            {
                if (findings.Count < scope.MaxRows && seen.Add(hit.Finding.Id))
                {
                    findings.Add(hit.Finding);
                }
            }

            if (results.Hits.Count < pageSize || (long)page * pageSize >= total)
            {
                break;
            }
        }

        // The file name says what was searched: the words, then the places and themes filtered on.
        var hint = string.Join(' ', [query.Text ?? string.Empty, .. query.Countries, .. query.Regions, .. query.Themes]);
        return await BuildAsync(findings, total, state, scope, Understood(query.Plan, scope.Language), null, hint, cancellationToken);
    }

    /// <summary>
    /// The sources a generated document quotes: the findings behind its quotes (in document order)
    /// and their documents. The document comes from <see cref="GenerationService"/>, so the list is
    /// exactly what the document cites.
    /// </summary>
    public async Task<EvidenceExport> FromGeneratedAsync(GeneratedDocument document, ExportScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(scope);
        var ids = document.QuotePlacements().Select(p => p.Quote.Source.FindingId).Distinct(StringComparer.Ordinal).ToList();
        var findings = new List<Finding>();
        foreach (var id in ids.Take(scope.MaxRows))
        {
            if (await index.GetFindingAsync(id, cancellationToken) is { } finding)
            {
                findings.Add(finding);
            }
        }

        var request = JsonSerializer.Serialize<object>(document.Request, RequestJson);
        var withRequest = scope with { Parameters = [new("request", request)] };
        var stem = Path.GetFileNameWithoutExtension(GenerationService.FileName(document, "x"));
        return await BuildAsync(findings, ids.Count, document.IndexState, withRequest, [], document.Title, stem, cancellationToken);
    }

    /// <summary>The file's bytes. Equal exports give equal bytes, apart from the creation time an XLSX records.</summary>
    public byte[] Write(EvidenceExport export, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(export);
        return format switch
        {
            ExportFormat.Xlsx => XlsxEvidenceTable.Write(export, taxonomy),
            ExportFormat.Csv => CsvEvidenceTable.Write(export, taxonomy),
            ExportFormat.Ris => RisReferences.Write(CitedDocument.AllOf(export, taxonomy)),
            ExportFormat.Bibtex => BibtexReferences.Write(CitedDocument.AllOf(export, taxonomy)),
            _ => CslJsonReferences.Write(CitedDocument.AllOf(export, taxonomy)),
        };
    }

    /// <summary>
    /// A download name: <c>preuves-mariage-precoce-20261204.xlsx</c>, <c>references-…ris</c>; for a
    /// generated document, its own name with <c>-references</c>. ASCII only, so every system keeps it.
    /// </summary>
    public static string FileName(EvidenceExport export, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(export);
        var date = export.RunAt.UtcDateTime.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        if (export.GeneratedTitle is not null)
        {
            return $"{Slug(export.NameHint, 60)}-references.{format.Extension()}";
        }

        var stem = ExportText.Get(format.IsCitationFormat() ? "FileStem.Citations" : "FileStem.Table", export.Language);
        var hint = Slug(export.NameHint, 40);
        return hint.Length == 0 ? $"{stem}-{date}.{format.Extension()}" : $"{stem}-{hint}-{date}.{format.Extension()}";
    }

    /// <summary>The citation as it goes out: formatted in the export's language, marked when a span was masked.</summary>
    internal static string CitationOf(ExportedFinding row, string language)
    {
        var citation = row.Finding.Citation.Format(language);
        return row.Redacted ? citation + " " + ExportText.Get("Redacted", language) : citation;
    }

    /// <summary>Letters and digits without accents, words joined by hyphens, cut at <paramref name="max"/> characters.</summary>
    internal static string Slug(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9')
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length <= max ? slug : slug[..max].TrimEnd('-');
    }

    private async Task<EvidenceExport> BuildAsync(
        List<Finding> findings, long total, IndexState state, ExportScope scope, IReadOnlyList<string> understood, string? generatedTitle, string? nameHint, CancellationToken cancellationToken)
    {
        var documents = new List<SourceDocument>();
        foreach (var documentId in findings.Select(f => f.DocumentId).Distinct(StringComparer.Ordinal))
        {
            if (await index.GetDocumentAsync(documentId, cancellationToken) is { } document)
            {
                documents.Add(document);
            }
        }

        return new EvidenceExport
        {
            Language = scope.Language == "en" ? "en" : "fr",
            BaseUrl = scope.BaseUrl,
            RunAt = time.GetUtcNow(),
            IndexState = state,
            Parameters = scope.Parameters,
            Understood = understood,
            GeneratedTitle = generatedTitle,
            NameHint = nameHint,
            // The placeholder follows the passage's language, as on the search page and in the API.
            Findings = [.. findings.Select(f => new ExportedFinding(f.ForReaders(f.Language), f.HasHiddenSpans()))],
            Documents = documents,
            TotalHits = total,
            MaxRows = scope.MaxRows,
        };
    }

    private List<string> Understood(QueryPlan? plan, string language) =>
        [.. UnderstandingText.Concepts(plan, taxonomy, language).Select(c => c.Text)];
}
