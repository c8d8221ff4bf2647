using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Audiences;
using Knowledge.Generators.Documents;
using Knowledge.Generators.DonorBrief;
using Knowledge.Generators.Evidence;
using Knowledge.Generators.Messages;
using Knowledge.Generators.NationalPlan;
using Knowledge.Generators.PositionNote;
using Knowledge.Generators.Rendering;
using Knowledge.Generators.Requests;
using Knowledge.Generators.Strategy;
using Knowledge.Generators.Templates;
using Knowledge.Generators.Toolkit;

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
    public async Task<GeneratedDocument> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken = default) =>
        (await BuildAsync(request, cancellationToken)).Document;

    /// <summary>The document and the context that chose its evidence (a deck goes on quoting from it without repeating it).</summary>
    private async Task<(GeneratedDocument Document, GenerationContext Context)> BuildAsync(GenerationRequest request, CancellationToken cancellationToken)
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
            DonorBriefRequest d => await DonorBriefGenerator.GenerateAsync(cx, d, cancellationToken),
            _ => throw new ArgumentException($"Unsupported request type {request.GetType().Name}.", nameof(request)),
        };
        var quotes = draft.Blocks.SelectMany(b => b.Inlines()).OfType<QuotedEvidence>().ToList();
        var document = new GeneratedDocument
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
            SetAsideForReview = cx.SetAsideForReview,
            Outline = draft.Outline,
        };
        return (document, cx);
    }

    /// <summary>
    /// The advocacy tracker of a national plan: the plan is generated as for the DOCX, and the
    /// tracker's pre-filled rows (objectives, baselines, indicators, risks, sources) are that plan's.
    /// </summary>
    /// <exception cref="GenerationRequestException">The request is invalid; the exception lists the fields.</exception>
    public async Task<AdvocacyTracker> GenerateTrackerAsync(NationalPlanRequest request, CancellationToken cancellationToken = default)
    {
        var (plan, cx) = await BuildAsync(request, cancellationToken);
        return TrackerGenerator.Build(cx, plan);
    }

    /// <summary>
    /// The synthesis deck of a national plan or a regional strategy (<paramref name="basis"/>): the
    /// document is generated first, the deck shows its evidence and adds recommendations per
    /// audience from findings the document does not already quote.
    /// </summary>
    /// <exception cref="GenerationRequestException">The request is invalid, or neither a plan nor a strategy.</exception>
    public async Task<SlideDeck> GenerateDeckAsync(GenerationRequest basis, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(basis);
        if (basis is not (NationalPlanRequest or RegionalStrategyRequest))
        {
            throw new GenerationRequestException(new RequestValidation([new FieldError("basis", ValidationText.Message("Basis.Deck"))]));
        }

        var (document, cx) = await BuildAsync(basis, cancellationToken);
        return await DeckGenerator.BuildAsync(cx, document, cancellationToken);
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
            DonorBriefRequest d => d with { Themes = themes, Country = Country(d.Country), Region = d.Region is null ? null : taxonomy.FindRegion(d.Region)!.Code },
            _ => request,
        };
    }

    public static byte[] RenderDocx(GeneratedDocument document) => DocxRenderer.Render(document);

    /// <summary>The tracker as an XLSX workbook; <paramref name="findingLink"/> gives each source's link (an absolute URL on a server).</summary>
    public static byte[] RenderXlsx(AdvocacyTracker tracker, Func<EvidenceSource, string>? findingLink = null) => XlsxRenderer.Render(tracker, findingLink);

    /// <summary>The deck as a 16:9 PPTX presentation.</summary>
    public static byte[] RenderPptx(SlideDeck deck) => PptxRenderer.Render(deck);

    public static string RenderMarkdown(GeneratedDocument document) => MarkdownRenderer.Render(document);

    /// <summary>An HTML fragment for previews, every text encoded; <paramref name="findingUrl"/> links each quote to its finding.</summary>
    public static string RenderHtml(GeneratedDocument document, Func<EvidenceSource, string> findingUrl) => HtmlRenderer.Render(document, findingUrl);

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
            GeneratedKind.DonorBrief => en ? "donor-brief" : "note-bailleurs",
            _ => en ? "position-note" : "note-de-position",
        };
        var place = document.Request switch
        {
            MessagesRequest m => m.Country ?? m.Region,
            RegionalStrategyRequest s => s.Region,
            NationalPlanRequest n => n.Country,
            PositionNoteRequest p => p.Country,
            DonorBriefRequest d => d.Country ?? d.Region,
            _ => null,
        };
        return $"{stem}-{place}-{document.CreatedAt.UtcDateTime:yyyyMMdd}.{extension.TrimStart('.')}";
    }
}
