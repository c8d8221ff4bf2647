using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Ingest.Indexing;
using Knowledge.SearchApi.Hosting;
using Knowledge.SearchApi.Search;
using Knowledge.SearchApi.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Knowledge.SearchApi.Documents;

/// <summary>The wire shape of a registry entry.</summary>
public sealed record DocumentDto(
    string Id,
    string Title,
    string? Publisher,
    int? Year,
    string Language,
    string Kind,
    IReadOnlyList<string> Countries,
    string FileName,
    string MediaType,
    int Pages,
    int FindingCount,
    DateTimeOffset AddedAt,
    DateTimeOffset UpdatedAt,
    string Sha256,
    string FileUrl);

public sealed record DocumentPage(long Total, int Page, int PageSize, IReadOnlyList<DocumentDto> Items);

/// <summary><c>/api/documents</c>: the registry and the original files.</summary>
internal static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents").WithTags("Documents");
        group.MapGet("/", ListAsync).WithName("ListDocuments").WithSummary("Documents de la base, les plus récents d'abord / Documents, most recent first")
            .ProducesReaderProblems();
        group.MapGet("/{id}", GetAsync).WithName("GetDocument").WithSummary("Un document / One document")
            .ProducesReaderProblems().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/findings", GetFindingsAsync).WithName("GetDocumentFindings")
            .WithSummary("Les passages d'un document, dans l'ordre du document / A document's findings, in document order")
            .ProducesReaderProblems().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/file", GetFileAsync).WithName("GetDocumentFile")
            .WithSummary("Le fichier original, affiché dans le navigateur (#page=N ouvre la page) / The original file, shown inline (#page=N opens the page)")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesReaderProblems().ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(RequestLimits.Exports).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    internal static async Task<Results<Ok<DocumentPage>, ValidationProblem>> ListAsync(
        HttpContext context, IEvidenceIndex index, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var lang = UserLanguage.Of(context);
        var errors = new Dictionary<string, string[]>();
        if (page is < 1 or > 100_000)
        {
            errors["page"] = [ApiText.Format(lang, "IntegerRange", "page", 1, 100000)];
        }

        if (pageSize is < 1 or > 100)
        {
            errors["pageSize"] = [ApiText.Format(lang, "IntegerRange", "pageSize", 1, 100)];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: ApiText.Get(lang, "InvalidParameters"));
        }

        var result = await index.ListDocumentsAsync(page ?? 1, pageSize ?? 20, cancellationToken);
        return TypedResults.Ok(new DocumentPage(result.Total, result.Page, result.PageSize, [.. result.Items.Select(AsDto)]));
    }

    internal static async Task<Results<Ok<DocumentDto>, ProblemHttpResult>> GetAsync(
        string id, HttpContext context, IEvidenceIndex index, CancellationToken cancellationToken)
    {
        var document = await index.GetDocumentAsync(id, cancellationToken);
        return document is null
            ? Problems.NotFound(UserLanguage.Of(context), "NotFoundDocument", id)
            : TypedResults.Ok(AsDto(document));
    }

    internal static async Task<Results<Ok<IReadOnlyList<FindingDto>>, ProblemHttpResult>> GetFindingsAsync(
        string id, HttpContext context, IEvidenceIndex index, CancellationToken cancellationToken)
    {
        var lang = UserLanguage.Of(context);
        var document = await index.GetDocumentAsync(id, cancellationToken);
        if (document is null)
        {
            return Problems.NotFound(lang, "NotFoundDocument", id);
        }

        var findings = await index.GetDocumentFindingsAsync(document.Id, cancellationToken);
        IReadOnlyList<FindingDto> items = [.. findings.Select(f => f.AsDto(lang))];
        return TypedResults.Ok(items);
    }

    internal static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> GetFileAsync(
        string id, HttpContext context, IEvidenceIndex index, DocumentStore store, CancellationToken cancellationToken)
    {
        var lang = UserLanguage.Of(context);
        var document = await index.GetDocumentAsync(id, cancellationToken);
        var path = document is null ? null : store.Find(document.Id);
        if (document is null || path is null)
        {
            return Problems.NotFound(lang, "NotFoundDocumentFile", id);
        }

        // Inline, so that a browser opens the PDF itself and honours #page=N; nosniff, so that a file
        // is only ever shown as the type it was stored with. The name is cleaned (no bidi override) and
        // ends in the extension of the type served (never .html or .exe).
        var (mediaType, extension) = ServedType(document.MediaType);
        context.Response.Headers.ContentDisposition = InlineDisposition(UploadName.WithExtension(document.FileName, extension));
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.PhysicalFile(path, mediaType, enableRangeProcessing: true);
    }

    /// <summary>
    /// <c>inline</c> with the stored file name made harmless: no folders, quotes, control or
    /// non-ASCII characters in the plain <c>filename</c>; the exact name (UTF-8) in <c>filename*</c>.
    /// </summary>
    internal static string InlineDisposition(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var clean = new string([.. name.Where(c => !char.IsControl(c)).Select(c => c is '"' or ';' or ',' ? '_' : c)]).Trim();
        if (clean.Length == 0)
        {
            clean = "document";
        }

        var ascii = new string([.. clean.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => c is >= ' ' and <= '~' ? c : '_')]);
        var header = new ContentDispositionHeaderValue("inline") { FileName = ascii };
        if (!string.Equals(ascii, clean, StringComparison.Ordinal))
        {
            header.FileNameStar = clean;
        }

        return header.ToString();
    }

    /// <summary>
    /// The type an original is served as, and the extension its download name gets: the types the
    /// pipeline reads, or a plain download. A name never carries another extension (.html, .exe).
    /// </summary>
    internal static (string MediaType, string Extension) ServedType(string? mediaType) => mediaType switch
    {
        "application/pdf" => ("application/pdf", ".pdf"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => (mediaType, ".docx"),
        "text/markdown" => ("text/markdown; charset=utf-8", ".md"),
        "text/plain" => ("text/plain; charset=utf-8", ".txt"),
        _ => ("application/octet-stream", ".bin"),
    };

    internal static DocumentDto AsDto(SourceDocument d) => new(
        d.Id, d.Title, d.Publisher, d.Year, d.Language, d.Kind.ToCode(), d.Countries, d.FileName, d.MediaType, d.Pages,
        d.FindingCount, d.AddedAt, d.UpdatedAt, d.Sha256, $"/api/documents/{d.Id}/file");
}
