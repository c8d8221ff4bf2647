using System.Text.Json;
using Knowledge.Generators;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Requests;
using Knowledge.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Knowledge.SearchApi.Generation;

public sealed record QuoteDto(string Text, string FindingId, string DocumentId, string Citation);

public sealed record GeneratedPreview(string Kind, string Title, string Language, DateTimeOffset CreatedAt, string IndexFingerprint, long IndexFindings, IReadOnlyList<QuoteDto> Quotes, string Markdown);

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
        var group = app.MapGroup("/api/generate").WithTags("Génération / Generation");
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

    internal static async Task<Results<FileContentHttpResult, ContentHttpResult, Ok<GeneratedPreview>, ValidationProblem>> GenerateAsync<T>(
        HttpContext context, GenerationService service, CancellationToken cancellationToken)
        where T : GenerationRequest
    {
        var lang = UserLanguage.Of(context);
        T? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, Json, cancellationToken);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = [UserLanguage.Pick(lang, $"JSON invalide : {ex.Message}", $"Invalid JSON: {ex.Message}")] },
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

        var document = await service.GenerateAsync(request, cancellationToken);
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
            [.. document.Quotes().Select(q => new QuoteDto(q.Text, q.Source.FindingId, q.Source.DocumentId, q.Source.Citation.Format(document.Language)))],
            GenerationService.RenderMarkdown(document)));
    }
}
