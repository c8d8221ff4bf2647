using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Exports;
using Knowledge.Generators.Requests;
using Knowledge.SearchApi.Generation;
using Knowledge.SearchApi.Hosting;
using Knowledge.SearchApi.Search;
using Knowledge.Worker.Safeguarding;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Knowledge.SearchApi.Exports;

/// <summary>
/// <c>GET /api/search/export?format=xlsx|csv|ris|bibtex|csljson&amp;…</c>: a search (the parameters and
/// meaning of <c>GET /api/search</c>) as an evidence table or as the references of its documents;
/// <c>POST /api/generate/{kind}/citations?format=ris|bibtex|csljson</c>: the references of the
/// documents a generated document quotes, from the same request body as <c>POST /api/generate/{kind}</c>.
/// Both are audited and never carry an unreviewed flagged span.
/// </summary>
internal static class ExportApi
{
    /// <summary>Response headers saying how much of the search the file holds.</summary>
    public const string RowsHeader = "X-Export-Rows";
    public const string TotalHeader = "X-Export-Total";
    public const string TruncatedHeader = "X-Export-Truncated";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Generation kinds and their request types, read from the request's JSON discriminators, so a new kind is exported as soon as it exists.</summary>
    private static readonly IReadOnlyDictionary<string, Type> RequestTypes = typeof(GenerationRequest)
        .GetCustomAttributes<JsonDerivedTypeAttribute>()
        .Where(a => a.TypeDiscriminator is string)
        .ToDictionary(a => (string)a.TypeDiscriminator!, a => a.DerivedType, StringComparer.Ordinal);

    public static IHostApplicationBuilder AddExports(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ExportOptions>()
            .BindConfiguration(ExportOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<EvidenceExporter>();
        return builder;
    }

    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        var search = app.MapGet("/api/search/export", ExportSearchAsync)
            .WithTags("Recherche / Search")
            .WithName("SearchExport")
            .WithSummary("Exporter une recherche : tableau XLSX ou CSV, références RIS, BibTeX ou CSL-JSON / Export a search as a table or as references")
            .WithDescription("Mêmes paramètres que /api/search, plus format=xlsx|csv|ris|bibtex|csljson (ou un en-tête Accept qui nomme le type). "
                + "L'export part du premier résultat (page et pageSize ne comptent pas) et s'arrête à Knowledge:Exports:MaxRows passages (5 000 par défaut) ; "
                + "les en-têtes X-Export-Rows, X-Export-Total et X-Export-Truncated disent ce que contient le fichier. "
                + "Format inconnu : 400 ; en-tête Accept impossible à satisfaire : 406.")
            .RequireRateLimiting(RequestLimits.Exports)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesReaderProblems();
        search.Produces<Stream>(StatusCodes.Status200OK, ExportFormats.All[0].MediaType(), [.. ExportFormats.All.Skip(1).Select(f => f.MediaType())]);

        var generated = app.MapPost("/api/generate/{kind}/citations", ExportGeneratedAsync)
            .WithTags("Génération / Generation")
            .WithName("GeneratedCitations")
            .WithSummary("Références des sources citées par un document généré (RIS, BibTeX, CSL-JSON) / References of a generated document's sources")
            .WithDescription("Même corps JSON que POST /api/generate/{kind} ; format=ris|bibtex|csljson. Le document est produit comme pour le téléchargement, puis ses sources sont exportées.")
            .Accepts<JsonElement>("application/json")
            .RequireRateLimiting(RequestLimits.Generation)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesReaderProblems();
        generated.Produces<Stream>(StatusCodes.Status200OK, ExportFormats.Citations[0].MediaType(), [.. ExportFormats.Citations.Skip(1).Select(f => f.MediaType())]);

        return app;
    }

    internal static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportSearchAsync(
        [AsParameters] SearchRequest request,
        [FromQuery(Name = "format")] string? format,
        HttpContext context,
        EvidenceTaxonomy taxonomy,
        QueryUnderstanding understanding,
        EvidenceExporter exporter,
        IOptions<ExportOptions> options,
        ReviewStore audit,
        CancellationToken cancellationToken)
    {
        var lang = UserLanguage.Of(context);
        var (parsed, errors) = SearchRequestParser.Parse(request, taxonomy, lang);
        var (chosen, refusal) = ExportNegotiation.Choose(context.Request, format, ExportFormats.All, lang);
        if (parsed is null)
        {
            if (refusal?.Result is ValidationProblem formatProblem)
            {
                foreach (var (field, messages) in formatProblem.ProblemDetails.Errors)
                {
                    errors[field] = messages;
                }
            }

            return TypedResults.ValidationProblem(errors, title: ExportLabels.Get("InvalidSearch", lang));
        }

        if (chosen is not { } exportFormat)
        {
            return Refuse(refusal!);
        }

        var query = parsed with { Plan = understanding.Analyse(parsed.Text) };
        var scope = new ExportScope(lang, BaseUrl(context.Request), options.Value.MaxRows, Parameters(request));
        var export = await exporter.FromSearchAsync(query, scope, cancellationToken);
        return Send(context, exporter, audit, "search", exportFormat, export);
    }

    internal static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ExportGeneratedAsync(
        string kind,
        [FromQuery(Name = "format")] string? format,
        HttpContext context,
        GenerationService service,
        CancellationToken cancellationToken)
    {
        var lang = UserLanguage.Of(context);
        if (!RequestTypes.TryGetValue(kind, out var type))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["kind"] = [ExportLabels.Format("KindUnknown", lang, kind.Length > 40 ? kind[..40] + "…" : kind, string.Join(", ", RequestTypes.Keys.Order(StringComparer.Ordinal)))] },
                title: ExportLabels.Get("InvalidGeneration", lang));
        }

        var (chosen, refusal) = ExportNegotiation.Choose(context.Request, format, ExportFormats.Citations, lang);
        if (chosen is not { } exportFormat)
        {
            return Refuse(refusal!);
        }

        var limits = context.RequestServices.GetRequiredService<IOptions<RequestLimitsOptions>>().Value;
        if (await GenerateApi.ReadBoundedAsync(context.Request, limits.GenerationBodyBytes, cancellationToken) is not { } body)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: ExportLabels.Get("TooLargeTitle", lang),
                detail: ExportLabels.Format("TooLarge", lang, limits.GenerationBodyBytes / 1024));
        }

        GenerationRequest? request;
        try
        {
            request = body.Length == 0 ? null : (GenerationRequest?)JsonSerializer.Deserialize(body, type, Json);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            var message = ex.Message.Length > 300 ? ex.Message[..300] + "…" : ex.Message;
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [field.Length > 60 ? field[..60] + "…" : field] = [ExportLabels.Format("InvalidJson", lang, message)] },
                title: ExportLabels.Get("InvalidGeneration", lang));
        }

        if (request is null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["body"] = [ExportLabels.Get("MissingBody", lang)] },
                title: ExportLabels.Get("InvalidGeneration", lang));
        }

        return await CitationsAsync(context, service, request, exportFormat, lang, cancellationToken);
    }

    /// <summary>
    /// Generates the document the request describes (validated, under the generation time limit) and
    /// answers the references of the documents it quotes. Shared by the API and the preview page.
    /// </summary>
    internal static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> CitationsAsync(HttpContext context, GenerationService service, GenerationRequest request, ExportFormat format, string lang, CancellationToken cancellationToken)
    {
        var validation = service.Validate(request);
        if (!validation.IsValid)
        {
            return TypedResults.ValidationProblem(validation.ToDictionary(lang), title: ExportLabels.Get("InvalidGeneration", lang));
        }

        var services = context.RequestServices;
        var limits = services.GetRequiredService<IOptions<RequestLimitsOptions>>().Value;
        using var deadline = new CancellationTokenSource(limits.GenerationTimeout, services.GetRequiredService<TimeProvider>());
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
                title: ExportLabels.Get("TimeoutTitle", lang),
                detail: ExportLabels.Format("Timeout", lang, limits.GenerationTimeout.TotalSeconds));
        }

        var exporter = services.GetRequiredService<EvidenceExporter>();
        var scope = new ExportScope(lang, BaseUrl(context.Request), services.GetRequiredService<IOptions<ExportOptions>>().Value.MaxRows, []);
        var export = await exporter.FromGeneratedAsync(document, scope, cancellationToken);
        return Send(context, exporter, services.GetRequiredService<ReviewStore>(), "generated:" + KindCode(request), format, export);
    }

    private static FileContentHttpResult Send(HttpContext context, EvidenceExporter exporter, ReviewStore audit, string source, ExportFormat format, EvidenceExport export)
    {
        var bytes = exporter.Write(export, format);
        ExportAudit.Record(audit, context.User, source, format, export);
        var headers = context.Response.Headers;
        headers[RowsHeader] = export.RowCount(format).ToString(CultureInfo.InvariantCulture);
        headers[TotalHeader] = export.TotalHits.ToString(CultureInfo.InvariantCulture);
        headers[TruncatedHeader] = export.Truncated ? "true" : "false";
        headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(bytes, format.ContentType(), EvidenceExporter.FileName(export, format));
    }

    private static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> Refuse(Results<ValidationProblem, ProblemHttpResult> refusal) =>
        refusal.Result switch
        {
            ValidationProblem invalid => invalid,
            ProblemHttpResult problem => problem,
            _ => throw new InvalidOperationException("a refusal is a 400 or a 406"),
        };

    /// <summary>The server as the client reached it, so links in the file open from the person's machine.</summary>
    internal static Uri BaseUrl(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");

    private static string KindCode(GenerationRequest request) =>
        RequestTypes.FirstOrDefault(p => p.Value == request.GetType()).Key ?? request.GetType().Name;

    private static List<KeyValuePair<string, string>> Parameters(SearchRequest request)
    {
        var list = new List<KeyValuePair<string, string>>();
        void Add(string name, params string?[]? values)
        {
            foreach (var value in values ?? [])
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    list.Add(new(name, value));
                }
            }
        }

        Add("q", request.Q);
        Add("theme", request.Theme);
        Add("country", request.Country);
        Add("region", request.Region);
        Add("yearFrom", request.YearFrom);
        Add("yearTo", request.YearTo);
        Add("kind", request.Kind);
        Add("lang", request.Lang);
        Add("documentKind", request.DocumentKind);
        Add("sort", request.Sort);
        return list;
    }
}
