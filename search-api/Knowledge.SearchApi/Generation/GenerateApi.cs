using System.Text.Json;
using Knowledge.Core.Evidence;
using Knowledge.Generators;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Requests;
using Knowledge.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Knowledge.SearchApi.Generation;

/// <summary>A quote of the preview: what it says, where it comes from, where it stands and the role it fills.</summary>
/// <param name="Text">The verbatim quote.</param>
/// <param name="FindingId">The finding it is taken from.</param>
/// <param name="DocumentId">The document of that finding.</param>
/// <param name="Citation">Its citation.</param>
/// <param name="Section">The heading path where the quote stands, outermost first.</param>
/// <param name="Role">The role it fills: problem, statistic, cause, consequence, recommendation, legal, response, gap or context.</param>
public sealed record QuoteDto(string Text, string FindingId, string DocumentId, string Citation, IReadOnlyList<string> Section, string Role);

/// <summary>What regenerates the document: the request, the index state and engine, the date.</summary>
public sealed record PreviewProvenance(JsonElement Request, string Engine, string IndexFingerprint, long IndexDocuments, long IndexFindings, DateTimeOffset CreatedAt);

public sealed record GeneratedPreview(string Kind, string Title, string Language, DateTimeOffset CreatedAt, string IndexFingerprint, long IndexFindings, IReadOnlyList<QuoteDto> Quotes, string Markdown, PreviewProvenance Provenance);

/// <summary>
/// <c>POST /api/generate/{kind}</c>: evidence-backed documents. DOCX when the client accepts it,
/// Markdown for <c>text/markdown</c>, otherwise a JSON preview with the Markdown and every quote.
/// </summary>
internal static class GenerateApi
{
    public const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapGenerateApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/generate").WithTags("Génération / Generation")
            .RequireRateLimiting(RequestLimits.Generation)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/messages", (HttpContext c, GenerationService s, CancellationToken ct) => GenerateAsync<MessagesRequest>(c, s, ct))
            .WithSummary("Messages de plaidoyer pour un public / Advocacy messages for an audience").Accepts<MessagesRequest>("application/json").ProducesReaderProblems();
        group.MapPost("/regional-strategy", (HttpContext c, GenerationService s, CancellationToken ct) => GenerateAsync<RegionalStrategyRequest>(c, s, ct))
            .WithSummary("Projet de stratégie régionale / Regional strategy draft").Accepts<RegionalStrategyRequest>("application/json").ProducesReaderProblems();
        group.MapPost("/national-plan", (HttpContext c, GenerationService s, CancellationToken ct) => GenerateAsync<NationalPlanRequest>(c, s, ct))
            .WithSummary("Modèle de plan national / National plan template").Accepts<NationalPlanRequest>("application/json").ProducesReaderProblems();
        group.MapPost("/position-note", (HttpContext c, GenerationService s, CancellationToken ct) => GenerateAsync<PositionNoteRequest>(c, s, ct))
            .WithSummary("Note de position / Position note").Accepts<PositionNoteRequest>("application/json").ProducesReaderProblems();
        return app;
    }

    internal static async Task<Results<FileContentHttpResult, ContentHttpResult, Ok<GeneratedPreview>, ValidationProblem, ProblemHttpResult>> GenerateAsync<T>(
        HttpContext context, GenerationService service, CancellationToken cancellationToken)
        where T : GenerationRequest
    {
        var lang = UserLanguage.Of(context);
        var limits = context.RequestServices.GetRequiredService<IOptions<RequestLimitsOptions>>().Value;
        if (await ReadBoundedAsync(context.Request, limits.GenerationBodyBytes, cancellationToken) is not { } body)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: UserLanguage.Pick(lang, "Requête trop volumineuse", "Request too large"),
                detail: UserLanguage.Pick(lang,
                    $"Une demande de génération fait au plus {limits.GenerationBodyBytes / 1024} Ko.",
                    $"A generation request is at most {limits.GenerationBodyBytes / 1024} KB."));
        }

        T? request;
        try
        {
            request = JsonSerializer.Deserialize<T>(body, Json);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            field = field.Length > 60 ? field[..60] + "…" : field;
            var message = ex.Message.Length > 300 ? ex.Message[..300] + "…" : ex.Message;
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = [UserLanguage.Pick(lang, $"JSON invalide : {message}", $"Invalid JSON: {message}")] },
                title: UserLanguage.Pick(lang, "Requête de génération invalide.", "Invalid generation request."));
        }

        if (request is null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["body"] = [UserLanguage.Pick(lang, "Corps de requête JSON manquant.", "Missing JSON request body.")] },
                title: UserLanguage.Pick(lang, "Requête de génération invalide.", "Invalid generation request."));
        }

        var validation = service.Validate(request);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.ToDictionary(lang), title: UserLanguage.Pick(lang, "Requête de génération invalide.", "Invalid generation request."));
        }

        // A server-side limit whatever the client does; the client going away cancels too.
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        using var deadline = new CancellationTokenSource(limits.GenerationTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        GeneratedDocument document;
        try
        {
            document = await service.GenerateAsync(request, linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: UserLanguage.Pick(lang, "Génération interrompue", "Generation stopped"),
                detail: UserLanguage.Pick(lang,
                    $"La génération a dépassé {limits.GenerationTimeout.TotalSeconds:0} s et a été arrêtée. Réduisez la demande (moins de thèmes, une période plus courte) ou réessayez plus tard.",
                    $"Generation took more than {limits.GenerationTimeout.TotalSeconds:0} s and was stopped. Narrow the request (fewer themes, a shorter period) or try again later."));
        }


        var accept = context.Request.Headers.Accept.ToString();
        if (accept.Contains(DocxMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.File(GenerationService.RenderDocx(document), DocxMediaType, GenerationService.FileName(document, "docx"));
        }

        if (accept.Contains("text/markdown", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Content(GenerationService.RenderMarkdown(document), "text/markdown; charset=utf-8");
        }

        return TypedResults.Ok(new GeneratedPreview(
            document.Kind.ToString(),
            document.Title,
            document.Language,
            document.CreatedAt,
            document.IndexState.Fingerprint,
            document.IndexState.Findings,
            [.. document.QuotePlacements().Select(p => new QuoteDto(
                p.Quote.Text, p.Quote.Source.FindingId, p.Quote.Source.DocumentId, p.Quote.Source.Citation.Format(document.Language), p.Section, p.Quote.Role.ToCode()))],
            GenerationService.RenderMarkdown(document),
            new PreviewProvenance(
                JsonSerializer.SerializeToElement<object>(document.Request, Json), document.IndexState.Engine, document.IndexState.Fingerprint,
                document.IndexState.Documents, document.IndexState.Findings, document.CreatedAt)));
    }

    /// <summary>The request body, or null when it is longer than <paramref name="max"/> bytes (read no further).</summary>
    internal static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, int max, CancellationToken cancellationToken)
    {
        if (request.ContentLength > max)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
