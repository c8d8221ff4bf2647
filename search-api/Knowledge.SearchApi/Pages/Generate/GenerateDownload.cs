using Knowledge.Generators;
using Knowledge.SearchApi.Generation;
using Knowledge.SearchApi.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Knowledge.SearchApi.Pages.Generate;

/// <summary><c>GET /generate/document.docx?…</c>: the previewed request as a Word file (same query string as the preview).</summary>
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
}
