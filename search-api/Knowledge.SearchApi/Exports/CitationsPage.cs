using Knowledge.Generators;
using Knowledge.Generators.Exports;
using Knowledge.SearchApi.Pages.Generate;
using Knowledge.SearchApi.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Knowledge.SearchApi.Exports;

/// <summary>
/// The preview page's citation buttons: the posted form (the previewed request as hidden fields and
/// the chosen format) gives the same references as <c>POST /api/generate/{kind}/citations</c>.
/// </summary>
internal static class CitationsPage
{
    public static async Task<IActionResult> PostAsync(PageModel page, CancellationToken cancellationToken)
    {
        var context = page.HttpContext;
        var services = context.RequestServices;
        var lang = PageLanguage.Of(context);
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var fields = new QueryCollection(form.ToDictionary(f => f.Key, f => f.Value, StringComparer.OrdinalIgnoreCase));
        var values = GenerateForm.Read(fields, lang, services.GetRequiredService<TimeProvider>().GetUtcNow().Year);
        var service = services.GetRequiredService<GenerationService>();
        var request = values.ToRequest(service, services.GetRequiredService<IStringLocalizer<WebText>>(), lang);
        if (request is null || !ExportFormats.TryParse(form["format"].ToString(), out var format) || !format.IsCitationFormat())
        {
            // The preview shows the request with its errors beside the fields.
            return new RedirectResult("/generate/preview" + values.QueryString());
        }

        return new Adapter(await ExportApi.CitationsAsync(context, service, request, format, lang, cancellationToken));
    }

    /// <summary>Runs a minimal-API result from a page handler.</summary>
    private sealed class Adapter(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }

}
