using System.Text.Json;
using Knowledge.Core.Evidence;
using Knowledge.Generators;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Requests;
using Knowledge.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

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

/// <summary>The JSON preview of a tracker or a deck: its sheets or slides, every quote (its section is the sheet or slide), and what regenerates it.</summary>
/// <param name="Kind"><c>Tracker</c> or <c>Deck</c>.</param>
/// <param name="Title">The title of the workbook or presentation.</param>
/// <param name="Language">The language of its template prose.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="Parts">Sheet names or slide titles, in order.</param>
/// <param name="Quotes">Every quote with its finding and citation.</param>
/// <param name="SetAsideForReview">Findings left out because a detail could identify a child and awaits review.</param>
/// <param name="Provenance">The request, the index state and the date.</param>
public sealed record ToolkitPreview(string Kind, string Title, string Language, DateTimeOffset CreatedAt, IReadOnlyList<string> Parts, IReadOnlyList<QuoteDto> Quotes, int SetAsideForReview, PreviewProvenance Provenance);

public sealed record GeneratedPreview(string Kind, string Title, string Language, DateTimeOffset CreatedAt, string IndexFingerprint, long IndexFindings, IReadOnlyList<QuoteDto> Quotes, string Markdown, PreviewProvenance Provenance);

/// <summary>
/// <c>POST /api/generate/{kind}</c>: evidence-backed documents. DOCX when the client asks for it,
/// Markdown for <c>text/markdown</c>, otherwise (no <c>Accept</c>, <c>*/*</c>, <c>application/json</c>)
/// a JSON preview with the Markdown and every quote. <c>/tracker</c> answers XLSX and <c>/deck</c>
/// PPTX (or their JSON preview). An <c>Accept</c> that matches none of an endpoint's formats gets 406.
/// </summary>
internal static class GenerateApi
{
    public const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string PptxMediaType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private const string JsonMediaType = "application/json";

    private const string MarkdownMediaType = "text/markdown";

    /// <summary>What the document endpoints produce; the first is the answer to <c>*/*</c> or no <c>Accept</c>.</summary>
    private static readonly string[] DocumentFormats = [JsonMediaType, DocxMediaType, MarkdownMediaType];

    private static readonly string[] TrackerFormats = [XlsxMediaType, JsonMediaType];

    private static readonly string[] DeckFormats = [PptxMediaType, JsonMediaType];

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
        group.MapPost("/donor-brief", (HttpContext c, GenerationService s, CancellationToken ct) => GenerateAsync<DonorBriefRequest>(c, s, ct))
            .WithSummary("Note aux bailleurs (deux pages) / Donor brief (two pages)")
            .WithDescription("Un pays (country) ou une région (region). DOCX, Markdown ou aperçu JSON selon Accept. / A country or a region; DOCX, Markdown or a JSON preview by Accept.")
            .Accepts<DonorBriefRequest>("application/json").ProducesReaderProblems();
        group.MapPost("/tracker", TrackerAsync)
            .WithSummary("Tableau de suivi du plaidoyer d'un plan national (XLSX) / Advocacy tracker of a national plan (XLSX)")
            .WithDescription("Corps : la demande d'un plan national. Réponse XLSX par défaut, aperçu JSON avec Accept: application/json ; 406 pour un autre format. / Body: a national plan request. XLSX by default, a JSON preview for Accept: application/json; 406 for any other format.")
            .Accepts<NationalPlanRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: XlsxMediaType)
            .Produces<ToolkitPreview>(StatusCodes.Status200OK, JsonMediaType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesReaderProblems();
        group.MapPost("/deck", DeckAsync)
            .WithSummary("Présentation de synthèse d'un plan national ou d'une stratégie régionale (PPTX) / Synthesis deck of a national plan or a regional strategy (PPTX)")
            .WithDescription("Corps : basis (national-plan ou regional-strategy ; déduit de country ou region s'il manque) et les champs de cette demande. Réponse PPTX par défaut, aperçu JSON avec Accept: application/json ; 406 pour un autre format. / Body: basis (national-plan or regional-strategy; inferred from country or region when left out) and that request's fields. PPTX by default, a JSON preview for Accept: application/json; 406 for any other format.")
            .Accepts<DeckRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: PptxMediaType)
            .Produces<ToolkitPreview>(StatusCodes.Status200OK, JsonMediaType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesReaderProblems();
        return app;
    }

    internal static async Task<Results<FileContentHttpResult, ContentHttpResult, Ok<GeneratedPreview>, ValidationProblem, ProblemHttpResult>> GenerateAsync<T>(
        HttpContext context, GenerationService service, CancellationToken cancellationToken)
        where T : GenerationRequest
    {
        if (Negotiate(context, DocumentFormats) is not { } format)
        {
            return NotAcceptable(context, DocumentFormats);
        }

        var (request, invalid) = await ReadAsync<T>(context, cancellationToken);
        if (invalid?.Validation is { } badRequest)
        {
            return badRequest;
        }

        if (invalid?.Problem is { } problem)
        {
            return problem;
        }

        var (document, stopped) = await RunAsync(context, ct => service.GenerateAsync(request!, ct), cancellationToken);
        if (stopped is not null)
        {
            return stopped;
        }

        return format switch
        {
            DocxMediaType => TypedResults.File(GenerationService.RenderDocx(document!), DocxMediaType, GenerationService.FileName(document!, "docx")),
            MarkdownMediaType => TypedResults.Content(GenerationService.RenderMarkdown(document!), "text/markdown; charset=utf-8"),
            _ => TypedResults.Ok(Preview(document!)),
        };
    }

    /// <summary><c>POST /api/generate/tracker</c>: the national plan's advocacy tracker.</summary>
    private static async Task<Results<FileContentHttpResult, Ok<ToolkitPreview>, ValidationProblem, ProblemHttpResult>> TrackerAsync(
        HttpContext context, GenerationService service, CancellationToken cancellationToken)
    {
        if (Negotiate(context, TrackerFormats) is not { } format)
        {
            return NotAcceptable(context, TrackerFormats);
        }

        var (request, invalid) = await ReadAsync<NationalPlanRequest>(context, cancellationToken);
        if (invalid?.Validation is { } badRequest)
        {
            return badRequest;
        }

        if (invalid?.Problem is { } problem)
        {
            return problem;
        }

        var (tracker, stopped) = await RunAsync(context, ct => service.GenerateTrackerAsync(request!, ct), cancellationToken);
        if (stopped is not null)
        {
            return stopped;
        }

        if (format == JsonMediaType)
        {
            return TypedResults.Ok(new ToolkitPreview(
                "Tracker", tracker!.Title, tracker.Language, tracker.CreatedAt, [.. tracker.Sheets.Select(s => s.Name)],
                [.. tracker.Quotes().Select(q => Quote(q.Quote, [q.Sheet.Name], tracker.Language))], tracker.SetAsideForReview,
                Provenance(tracker.Request, tracker.IndexState, tracker.CreatedAt)));
        }

        var server = $"{context.Request.Scheme}://{context.Request.Host}";
        var bytes = GenerationService.RenderXlsx(tracker!, s => server + "/findings/" + Uri.EscapeDataString(s.FindingId));
        return TypedResults.File(bytes, XlsxMediaType, ToolkitFileName(tracker!.Language, "tracker", tracker.Request, tracker.CreatedAt, "xlsx"));
    }

    /// <summary><c>POST /api/generate/deck</c>: the synthesis deck of a plan or a strategy.</summary>
    private static async Task<Results<FileContentHttpResult, Ok<ToolkitPreview>, ValidationProblem, ProblemHttpResult>> DeckAsync(
        HttpContext context, GenerationService service, CancellationToken cancellationToken)
    {
        if (Negotiate(context, DeckFormats) is not { } format)
        {
            return NotAcceptable(context, DeckFormats);
        }

        var (body, invalid) = await ReadAsync<DeckRequest>(context, cancellationToken, validate: false);
        if (invalid?.Validation is { } badRequest)
        {
            return badRequest;
        }

        if (invalid?.Problem is { } problem)
        {
            return problem;
        }

        var lang = UserLanguage.Of(context);
        var (basis, error) = body!.ToBasis();
        var validation = basis is null ? new RequestValidation([error!]) : service.Validate(basis);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.ToDictionary(lang), title: ApiText.Get(lang, "InvalidGenerationRequest"));
        }

        var (deck, stopped) = await RunAsync(context, ct => service.GenerateDeckAsync(basis!, ct), cancellationToken);
        if (stopped is not null)
        {
            return stopped;
        }

        if (format == JsonMediaType)
        {
            return TypedResults.Ok(new ToolkitPreview(
                "Deck", deck!.Title, deck.Language, deck.CreatedAt, [.. deck.Slides.Select(s => s.Title)],
                [.. deck.Quotes().Select(q => Quote(q.Quote, [q.Slide.Title], deck.Language))], deck.SetAsideForReview,
                Provenance(deck.Request, deck.IndexState, deck.CreatedAt)));
        }

        return TypedResults.File(GenerationService.RenderPptx(deck!), PptxMediaType, ToolkitFileName(deck!.Language, "deck", deck.Request, deck.CreatedAt, "pptx"));
    }

    /// <summary>A download name such as <c>suivi-plaidoyer-NE-20261204.xlsx</c> or <c>presentation-west-africa-20261204.pptx</c>.</summary>
    internal static string ToolkitFileName(string language, string kind, GenerationRequest request, DateTimeOffset createdAt, string extension)
    {
        var en = language == "en";
        var stem = kind == "tracker" ? (en ? "advocacy-tracker" : "suivi-plaidoyer") : (en ? "deck" : "presentation");
        var place = request switch
        {
            NationalPlanRequest n => n.Country,
            RegionalStrategyRequest r => r.Region,
            _ => "",
        };
        return FormattableString.Invariant($"{stem}-{place}-{createdAt.UtcDateTime:yyyyMMdd}.{extension}");
    }

    private static GeneratedPreview Preview(GeneratedDocument document) => new(
        document.Kind.ToString(),
        document.Title,
        document.Language,
        document.CreatedAt,
        document.IndexState.Fingerprint,
        document.IndexState.Findings,
        [.. document.QuotePlacements().Select(p => Quote(p.Quote, p.Section, document.Language))],
        GenerationService.RenderMarkdown(document),
        Provenance(document.Request, document.IndexState, document.CreatedAt));

    private static QuoteDto Quote(QuotedEvidence quote, IReadOnlyList<string> section, string language) =>
        new(quote.Text, quote.Source.FindingId, quote.Source.DocumentId, quote.Source.Citation.Format(language), section, quote.Role.ToCode());

    private static PreviewProvenance Provenance(GenerationRequest request, Knowledge.Core.Search.IndexState state, DateTimeOffset createdAt) =>
        new(JsonSerializer.SerializeToElement<object>(request, Json), state.Engine, state.Fingerprint, state.Documents, state.Findings, createdAt);

    /// <summary>
    /// The format to answer with: the <c>Accept</c> range with the highest quality that one of
    /// <paramref name="produced"/> matches (exact types before wildcards, then the header's order);
    /// the endpoint's first format for no <c>Accept</c>. Null when nothing acceptable can be produced.
    /// </summary>
    internal static string? Negotiate(HttpContext context, IReadOnlyList<string> produced)
    {
        var header = context.Request.Headers.Accept.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return produced[0];
        }

        if (!MediaTypeHeaderValue.TryParseList(context.Request.Headers.Accept, out var ranges) || ranges.Count == 0)
        {
            return produced[0];
        }

        string? best = null;
        var bestQuality = 0.0;
        var bestSpecificity = -1;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (quality <= 0)
            {
                continue;
            }

            var type = range.MediaType.Value ?? "";
            var specificity = type == "*/*" ? 0 : type.EndsWith("/*", StringComparison.Ordinal) ? 1 : 2;
            var match = produced.FirstOrDefault(p => specificity == 0
                || (specificity == 1 && p.StartsWith(type[..^1], StringComparison.OrdinalIgnoreCase))
                || string.Equals(p, type, StringComparison.OrdinalIgnoreCase));
            if (match is not null && (quality > bestQuality || (quality == bestQuality && specificity > bestSpecificity)))
            {
                (best, bestQuality, bestSpecificity) = (match, quality, specificity);
            }
        }

        return best;
    }

    private static ProblemHttpResult NotAcceptable(HttpContext context, IReadOnlyList<string> produced)
    {
        var lang = UserLanguage.Of(context);
        var accept = context.Request.Headers.Accept.ToString();
        accept = accept.Length > 120 ? accept[..120] + "…" : accept;
        return TypedResults.Problem(
            statusCode: StatusCodes.Status406NotAcceptable,
            title: ApiText.Get(lang, "FormatNotAvailableTitle"),
            detail: ApiText.Format(lang, "FormatNotAvailableDetail", accept, string.Join(", ", produced)));
    }

    /// <summary>Reads and checks the request body: 413 past the size limit, 400 for bad JSON or (unless told not to) an invalid request.</summary>
    private static async Task<(T? Request, Invalid? Problem)> ReadAsync<T>(HttpContext context, CancellationToken cancellationToken, bool validate = true)
        where T : class
    {
        var lang = UserLanguage.Of(context);
        var limits = context.RequestServices.GetRequiredService<IOptions<RequestLimitsOptions>>().Value;
        if (await ReadBoundedAsync(context.Request, limits.GenerationBodyBytes, cancellationToken) is not { } body)
        {
            return (null, (Invalid)(TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: ApiText.Get(lang, "BodyTooLargeTitle"),
                detail: ApiText.Format(lang, "GenerationBodyTooLarge", limits.GenerationBodyBytes / 1024))));
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
            return (null, (Invalid)(TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field] = [ApiText.Format(lang, "InvalidJson", message)] },
                title: ApiText.Get(lang, "InvalidGenerationRequest"))));
        }

        if (request is null)
        {
            return (null, (Invalid)(TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["body"] = [ApiText.Get(lang, "MissingJsonBody")] },
                title: ApiText.Get(lang, "InvalidGenerationRequest"))));
        }

        if (validate && request is GenerationRequest generation)
        {
            var validation = context.RequestServices.GetRequiredService<GenerationService>().Validate(generation);
            if (!validation.IsValid)
            {
                return (null, (Invalid)(TypedResults.ValidationProblem(validation.ToDictionary(lang), title: ApiText.Get(lang, "InvalidGenerationRequest"))));
            }
        }

        return (request, null);
    }

    /// <summary>Runs a generation under the server's time limit (503 past it); the client going away cancels too.</summary>
    private static async Task<(TResult? Result, ProblemHttpResult? Stopped)> RunAsync<TResult>(HttpContext context, Func<CancellationToken, Task<TResult>> generate, CancellationToken cancellationToken)
        where TResult : class
    {
        var lang = UserLanguage.Of(context);
        var limits = context.RequestServices.GetRequiredService<IOptions<RequestLimitsOptions>>().Value;
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        using var deadline = new CancellationTokenSource(limits.GenerationTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return (await generate(linked.Token), null);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (null, TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: ApiText.Get(lang, "GenerationStoppedTitle"),
                detail: ApiText.Format(lang, "GenerationStoppedDetail", limits.GenerationTimeout.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture))));
        }
    }

    /// <summary>What reading the body answers instead of a request: a 400 validation problem or a 413.</summary>
    private sealed record Invalid(ValidationProblem? Validation, ProblemHttpResult? Problem)
    {
        public static implicit operator Invalid(ValidationProblem validation) => new(validation, null);

        public static implicit operator Invalid(ProblemHttpResult problem) => new(null, problem);
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
