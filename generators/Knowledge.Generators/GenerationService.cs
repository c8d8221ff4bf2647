using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Audiences;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Evidence;
using Knowledge.Generators.Messages;
using Knowledge.Generators.NationalPlan;
using Knowledge.Generators.PositionNote;
using Knowledge.Generators.Rendering;
using Knowledge.Generators.Requests;
using Knowledge.Generators.Strategy;
using Knowledge.Generators.Templates;

namespace Knowledge.Generators;

/// <summary>
/// The generators' entry point for the HTTP endpoints and the CLI: validate a request, build the
/// document from the evidence index, render it as DOCX or Markdown.
/// </summary>
public sealed class GenerationService(IEvidenceIndex index, EvidenceTaxonomy taxonomy, AudienceCatalog audiences, TimeProvider time, TemplateCatalog? templates = null)
{
    private readonly TemplateCatalog _templates = templates ?? TemplateCatalog.Default;

    private readonly GenerationRequestValidator _validator = new(taxonomy, audiences);

    public RequestValidation Validate(GenerationRequest request) => _validator.Validate(request);

    /// <summary>
    /// Builds the document. Same index content and same request give the same document (apart from
    /// its creation date): evidence is selected deterministically, ties broken by finding id.
    /// </summary>
    /// <exception cref="GenerationRequestException">The request is invalid; the exception lists the fields.</exception>
    public async Task<GeneratedDocument> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken = default)
    {
        var validation = Validate(request);
        if (!validation.IsValid)
        {
            throw new GenerationRequestException(validation);
        }

        request = Canonical(request);
        var state = await index.GetStateAsync(cancellationToken);
        var createdAt = time.GetUtcNow();
        var cx = new GenerationContext(index, taxonomy, audiences, request, _templates, createdAt);
        var draft = request switch
        {
            MessagesRequest m => await MessagesGenerator.GenerateAsync(cx, m, cancellationToken),
            RegionalStrategyRequest s => await RegionalStrategyGenerator.GenerateAsync(cx, s, cancellationToken),
            NationalPlanRequest n => await NationalPlanGenerator.GenerateAsync(cx, n, cancellationToken),
            PositionNoteRequest p => await PositionNoteGenerator.GenerateAsync(cx, p, cancellationToken),
            _ => throw new ArgumentException($"Unsupported request type {request.GetType().Name}.", nameof(request)),
        };
        var quotes = draft.Blocks.SelectMany(b => b.Inlines()).OfType<QuotedEvidence>().ToList();
        return new GeneratedDocument
        {
            Kind = draft.Kind,
            Language = cx.Language,
            Title = draft.Title,
            Subject = draft.Subject,
            Keywords = draft.Keywords,
            CreatedAt = createdAt,
            IndexState = state,
            Request = request,
            Blocks = [.. draft.Blocks, .. AboutSection.Blocks(cx, quotes)],
        };
    }

    /// <summary>Codes as the taxonomy spells them, so engines that match exactly see the same request.</summary>
    private GenerationRequest Canonical(GenerationRequest request)
    {
        var themes = request.Themes.Select(t => taxonomy.FindTheme(t)!.Code).Distinct(StringComparer.Ordinal).ToList();
        string? Country(string? code) => code is null ? null : taxonomy.FindCountry(code)!.Code;
        return request switch
        {
            MessagesRequest m => m with
            {
                Themes = themes, Country = Country(m.Country), Region = m.Region is null ? null : taxonomy.FindRegion(m.Region)!.Code,
                Audience = audiences.Find(m.Audience)!.Code,
            },
            RegionalStrategyRequest s => s with { Themes = themes, Region = taxonomy.FindRegion(s.Region)!.Code },
            NationalPlanRequest n => n with { Themes = themes, Country = Country(n.Country)! },
            PositionNoteRequest p => p with { Themes = themes, Country = Country(p.Country)! },
            _ => request,
        };
    }

    public static byte[] RenderDocx(GeneratedDocument document) => DocxRenderer.Render(document);

    public static string RenderMarkdown(GeneratedDocument document) => MarkdownRenderer.Render(document);

    /// <summary>A file name for downloads, e.g. <c>plan-national-BF-20260115.docx</c>.</summary>
    public static string FileName(GeneratedDocument document, string extension)
    {
        ArgumentNullException.ThrowIfNull(document);
        var en = document.Language == "en";
        var stem = document.Kind switch
        {
            GeneratedKind.Messages => en ? "advocacy-messages" : "messages-plaidoyer",
            GeneratedKind.RegionalStrategy => en ? "regional-strategy" : "strategie-regionale",
            GeneratedKind.NationalPlan => en ? "national-plan" : "plan-national",
            _ => en ? "position-note" : "note-de-position",
        };
        var place = document.Request switch
        {
            MessagesRequest m => m.Country ?? m.Region,
            RegionalStrategyRequest s => s.Region,
            NationalPlanRequest n => n.Country,
            PositionNoteRequest p => p.Country,
            _ => null,
        };
        return $"{stem}-{place}-{document.CreatedAt.UtcDateTime:yyyyMMdd}.{extension.TrimStart('.')}";
    }
}
