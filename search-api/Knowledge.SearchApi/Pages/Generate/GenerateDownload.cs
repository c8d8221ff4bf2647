using Knowledge.Generators;
using Knowledge.Generators.Requests;
using Knowledge.SearchApi.Generation;
using Knowledge.SearchApi.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Knowledge.SearchApi.Pages.Generate;

/// <summary>
/// <c>GET /generate/document.docx?…</c>: the previewed request as a Word file (same query string as
/// the preview); <c>/generate/tracker.xlsx?…</c> and <c>/generate/deck.pptx?…</c>: a national plan's
/// tracker and a plan's or strategy's deck, as the API makes them.
/// </summary>
internal static class GenerateDownload
{
    public static async Task<Results<FileContentHttpResult, RedirectHttpResult>> GetAsync(
        HttpContext context, GenerationService service, TimeProvider time, IStringLocalizer<WebText> text, CancellationToken cancellationToken)
    {
        var lang = PageLanguage.Of(context);
        var form = GenerateForm.Read(context.Request.Query, lang, time.GetUtcNow().Year);
        var request = form.ToRequest(service, text, lang);
        if (request is null)
        {
            // The preview shows the form with its errors beside the fields.
            return TypedResults.Redirect("/generate/preview" + form.QueryString());
        }

        var document = await service.GenerateAsync(request, cancellationToken);
        return TypedResults.File(GenerationService.RenderDocx(document), GenerateApi.DocxMediaType, GenerationService.FileName(document, "docx"));
    }

    public static async Task<Results<FileContentHttpResult, RedirectHttpResult>> TrackerAsync(
        HttpContext context, GenerationService service, TimeProvider time, IStringLocalizer<WebText> text, CancellationToken cancellationToken)
    {
        var lang = PageLanguage.Of(context);
        var form = GenerateForm.Read(context.Request.Query, lang, time.GetUtcNow().Year);
        if (form.ToRequest(service, text, lang) is not NationalPlanRequest request)
        {
            return TypedResults.Redirect("/generate/preview" + form.QueryString());
        }

        var tracker = await service.GenerateTrackerAsync(request, cancellationToken);
        var server = $"{context.Request.Scheme}://{context.Request.Host}";
        return TypedResults.File(
            GenerationService.RenderXlsx(tracker, s => server + "/findings/" + Uri.EscapeDataString(s.FindingId)),
            GenerateApi.XlsxMediaType,
            GenerateApi.ToolkitFileName(tracker.Language, "tracker", tracker.Request, tracker.CreatedAt, "xlsx"));
    }

    public static async Task<Results<FileContentHttpResult, RedirectHttpResult>> DeckAsync(
        HttpContext context, GenerationService service, TimeProvider time, IStringLocalizer<WebText> text, CancellationToken cancellationToken)
    {
        var lang = PageLanguage.Of(context);
        var form = GenerateForm.Read(context.Request.Query, lang, time.GetUtcNow().Year);
        if (form.ToRequest(service, text, lang) is not ({ } request and (NationalPlanRequest or RegionalStrategyRequest)))
        {
            return TypedResults.Redirect("/generate/preview" + form.QueryString());
        }

        var deck = await service.GenerateDeckAsync(request, cancellationToken);
        return TypedResults.File(GenerationService.RenderPptx(deck), GenerateApi.PptxMediaType, GenerateApi.ToolkitFileName(deck.Language, "deck", deck.Request, deck.CreatedAt, "pptx"));
    }
}
