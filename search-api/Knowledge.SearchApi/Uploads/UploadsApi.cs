using System.Globalization;
using System.Security.Cryptography;
using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy;
using Knowledge.Ingest.Pipeline;
using Knowledge.SearchApi.Hosting;
using Knowledge.SearchApi.Security;
using Knowledge.Worker.Hosting;
using Knowledge.Worker.Runs;
using Knowledge.Worker.Sweeping;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Knowledge.SearchApi.Uploads;

/// <summary>What became of one uploaded file.</summary>
/// <param name="File">The name it was sent with.</param>
/// <param name="StoredAs">Its name in the inbox.</param>
/// <param name="Outcome"><c>new</c>, <c>changed</c>, <c>copied</c>, <c>unchanged</c>, <c>failed</c> (quarantined, see reason), <c>deferred</c> or <c>queued</c> (ingested by the next sweep).</param>
/// <param name="DocumentId">The document it became, when known.</param>
/// <param name="Findings">Findings extracted now (0 when the document was already known).</param>
/// <param name="Code">Failure code, when it failed.</param>
/// <param name="Reason">Failure reason (French), when it failed.</param>
/// <param name="DocumentUrl">Where to read the document.</param>
public sealed record UploadedFileDto(string File, string StoredAs, string Outcome, string? DocumentId, int Findings, string? Code, string? Reason, string? DocumentUrl);

/// <summary>The answer to an upload.</summary>
public sealed record UploadResponse(string? RunId, IReadOnlyList<UploadedFileDto> Files);

/// <summary>A file refused before anything was stored.</summary>
public sealed record RejectedUploadDto(string File, string Code, string Reason);

/// <summary><c>POST /api/documents</c>: upload publications into the inbox and ingest them (editor key).</summary>
internal static class UploadsApi
{
    public static IEndpointRouteBuilder MapUploadsApi(this IEndpointRouteBuilder app)
    {
        var limits = app.ServiceProvider.GetRequiredService<IOptions<IngestWorkerOptions>>().Value;
        app.MapPost("/api/documents", UploadAsync)
            .WithTags("Documents")
            .WithName("UploadDocuments")
            .WithSummary("Dépose un ou plusieurs PDF/DOCX et les ingère / Upload one or more PDF/DOCX files and ingest them")
            .RequireAuthorization(ApiKeys.EditorPolicy)
            .Accepts<IFormFileCollection>("multipart/form-data")
            .DisableAntiforgery()
            .ProducesKeyProblems()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new RequestSizeLimitAttribute(limits.MaxUploadBytes * limits.MaxUploadFiles + (1024 * 1024)));
        return app;
    }

    internal static async Task<Results<Ok<UploadResponse>, Accepted<UploadResponse>, ProblemHttpResult, ValidationProblem>> UploadAsync(
        HttpContext context,
        IngestCoordinator coordinator,
        IOptions<IngestWorkerOptions> options,
        EvidenceTaxonomy taxonomy,
        CancellationToken cancellationToken)
    {
        var lang = UserLanguage.Of(context);
        var limits = options.Value;
        if (!context.Request.HasFormContentType)
        {
            return Problem(lang, StatusCodes.Status415UnsupportedMediaType, "UploadFormatTitle", ApiText.Get(lang, "UploadFormatDetail"));
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limits.MaxUploadBytes * limits.MaxUploadFiles + (1024 * 1024) }, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            // Over a limit (413) or cut short / malformed (400): the client's fault, said so, nothing kept.
            var tooLarge = ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                || (ex is InvalidDataException && ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase));
            return tooLarge
                ? TooLarge(lang, limits.MaxUploadBytes, [])
                : Problem(lang, StatusCodes.Status400BadRequest, "UploadMultipartTitle", ApiText.Get(lang, "UploadMultipartDetail"));
        }

        var request = ParseRequest(form, taxonomy, lang, out var errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: ApiText.Get(lang, "UploadInvalidMetadata"));
        }

        if (form.Files.Count == 0 || form.Files.Count > limits.MaxUploadFiles)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    ["files"] = [ApiText.Format(lang, "UploadFileCount", limits.MaxUploadFiles)],
                },
                title: ApiText.Get(lang, "UploadNoFile"));
        }

        var rejected = new List<RejectedUploadDto>();
        var kinds = new List<UploadKind>();
        foreach (var file in form.Files)
        {
            var (kind, refusal) = await CheckAsync(file, limits.MaxUploadBytes, lang, cancellationToken);
            kinds.Add(kind);
            if (refusal is not null)
            {
                rejected.Add(refusal);
            }
        }

        if (rejected.Any(r => r.Code == "too-large"))
        {
            return TooLarge(lang, limits.MaxUploadBytes, rejected);
        }

        if (rejected.Count > 0)
        {
            return Problem(lang, StatusCodes.Status415UnsupportedMediaType, "UploadTypeTitle", ApiText.Get(lang, "UploadTypeDetail"), rejected);
        }

        var stored = new List<(IFormFile File, string Path, bool Created)>();
        try
        {
            for (var i = 0; i < form.Files.Count; i++)
            {
                var (path, created) = await StoreAsync(form.Files[i], kinds[i], limits.InboxPath, cancellationToken);
                stored.Add((form.Files[i], path, created));
            }
        }
        catch
        {
            // A request that fails before its files are handed over leaves nothing behind.
            foreach (var (_, path, created) in stored.Where(s => s.Created))
            {
                File.Delete(path);
            }

            throw;
        }

        var outcome = await coordinator.TryIngestUploadsAsync([.. stored.Select(s => new UploadedFile(s.Path, request))], cancellationToken);
        if (outcome is not { } done)
        {
            UploadResponse queued = new(null, [.. stored.Select(s => new UploadedFileDto(Shown(s.File.FileName), Path.GetFileName(s.Path), "queued", null, 0, null, null, null))]);
            return TypedResults.Accepted((string?)null, queued);
        }

        var files = stored.Zip(done.Results, (s, r) => new UploadedFileDto(
            Shown(s.File.FileName),
            Path.GetFileName(s.Path),
            r.Outcome.ToString().ToLowerInvariant(),
            r.DocumentId,
            r.Findings,
            r.Code,
            r.Reason,
            r.DocumentId is null ? null : $"/api/documents/{r.DocumentId}"));
        return TypedResults.Ok(new UploadResponse(done.Run.Id, [.. files]));
    }

    private static async Task<(UploadKind Kind, RejectedUploadDto? Refusal)> CheckAsync(IFormFile file, long maxBytes, string lang, CancellationToken cancellationToken)
    {
        if (file.Length > maxBytes)
        {
            return (UploadKind.Other, new RejectedUploadDto(Shown(file.FileName), "too-large", ApiText.Format(lang, "UploadFileTooLarge", ApiText.Size(lang, file.Length), ApiText.Size(lang, maxBytes))));
        }

        await using var stream = file.OpenReadStream();
        var kind = await UploadSignature.DetectAsync(stream, cancellationToken);
        return (kind, kind switch
        {
            UploadKind.Pdf or UploadKind.Docx => null,
            UploadKind.Executable => new RejectedUploadDto(Shown(file.FileName), "executable", ApiText.Get(lang, "UploadExecutable")),
            _ => new RejectedUploadDto(Shown(file.FileName), "unsupported-type", ApiText.Get(lang, "UploadUnsupported")),
        });
    }

    /// <summary>A sent name as repeated in an answer: bounded, so a huge name makes no huge answer.</summary>
    private static string Shown(string name) => name.Length > 120 ? name[..120] + "…" : name;

    /// <summary>
    /// Writes the upload into the inbox under its normalised name (made unique), beside and then moved,
    /// so a sweep never sees half a file. Created is false when the same bytes were already there.
    /// </summary>
    private static async Task<(string Path, bool Created)> StoreAsync(IFormFile file, UploadKind kind, string inbox, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(inbox);
        var name = UploadName.For(file.FileName, kind);
        var temp = Path.Combine(inbox, ".upload.tmp-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var output = File.Create(temp);
            await file.CopyToAsync(output, cancellationToken);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        var target = Path.Combine(inbox, name);
        var stem = Path.GetFileNameWithoutExtension(name);
        var ext = Path.GetExtension(name);
        for (var i = 2; File.Exists(target); i++)
        {
            if (SameBytes(target, temp))
            {
                // The same file uploaded twice: keep the one already there.
                File.Delete(temp);
                return (target, false);
            }

            target = Path.Combine(inbox, $"{stem} ({i}){ext}");
        }

        File.Move(temp, target);
        return (target, true);
    }

    private static bool SameBytes(string a, string b)
    {
        using var sa = File.OpenRead(a);
        using var sb = File.OpenRead(b);
        return sa.Length == sb.Length && SHA256.HashData(sa).AsSpan().SequenceEqual(SHA256.HashData(sb));
    }

    /// <summary>Optional metadata: title, year, kind, countries (repeated or comma-separated ISO codes).</summary>
    private static IngestRequest? ParseRequest(IFormCollection form, EvidenceTaxonomy taxonomy, string lang, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var title = form["title"].ToString().Trim();
        int? year = null;
        if (form["year"].ToString() is { Length: > 0 } yearText)
        {
            if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100)
            {
                year = y;
            }
            else
            {
                errors["year"] = [ApiText.Get(lang, "UploadYear")];
            }
        }

        DocumentKind? kind = null;
        if (form["kind"].ToString() is { Length: > 0 } kindText)
        {
            if (EvidenceCodes.TryParseDocumentKind(kindText, out var k))
            {
                kind = k;
            }
            else
            {
                var codes = string.Join(", ", EvidenceCodes.DocumentKinds.Select(d => d.ToCode()));
                errors["kind"] = [ApiText.Format(lang, "UploadKindUnknown", codes)];
            }
        }

        var countries = form["countries"]
            .SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(c => c.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var unknown = countries.Where(c => taxonomy.FindCountry(c) is null).ToList();
        if (unknown.Count > 0)
        {
            errors["countries"] = [ApiText.Format(lang, unknown.Count == 1 ? "UploadCountryUnknown" : "UploadCountriesUnknown", string.Join(", ", unknown))];
        }

        if (title.Length == 0 && year is null && kind is null && countries.Count == 0)
        {
            return null;
        }

        return new IngestRequest { Title = title.Length > 0 ? title : null, Year = year, Kind = kind, Countries = countries.Count > 0 ? countries : null };
    }

    private static ProblemHttpResult TooLarge(string lang, long maxBytes, IReadOnlyList<RejectedUploadDto> files) =>
        Problem(lang, StatusCodes.Status413PayloadTooLarge, "UploadTooLargeTitle", ApiText.Format(lang, "UploadTooLargeDetail", ApiText.Size(lang, maxBytes)), files);

    private static ProblemHttpResult Problem(string lang, int status, string titleKey, string detail, IReadOnlyList<RejectedUploadDto>? files = null) =>
        TypedResults.Problem(
            statusCode: status,
            title: ApiText.Get(lang, titleKey),
            detail: detail,
            extensions: files is { Count: > 0 } ? new Dictionary<string, object?> { ["files"] = files } : null);
}
