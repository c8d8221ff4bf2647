using Knowledge.Core.Taxonomy;
using Knowledge.Generators;
using Knowledge.Generators.Audiences;
using Knowledge.Generators.Documents;
using Knowledge.SearchApi.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Knowledge.SearchApi.Pages.Generate;

/// <summary>
/// The document the form asks for, built by the generation service the API uses: previewed in
/// HTML (each quote linked to its finding) or downloaded as DOCX. Invalid requests show the form
/// again with each error beside its field.
/// </summary>
public sealed class PreviewModel(GenerationService service, EvidenceTaxonomy taxonomy, AudienceCatalog audiences, TimeProvider time, IStringLocalizer<WebText> text) : PageModel
{
    public GenerateFormView Form { get; private set; } = null!;

    public GeneratedDocument? Document { get; private set; }

    public IHtmlContent? Body { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var document = await BuildAsync(cancellationToken);
        if (document is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Document = document;
        Body = new HtmlString(GenerationService.RenderHtml(document, s => "/findings/" + Uri.EscapeDataString(s.FindingId)));
    }

    /// <summary>The references of the sources the previewed document quotes (the citation buttons).</summary>
    public Task<IActionResult> OnPostCitationsAsync(CancellationToken cancellationToken) => Exports.CitationsPage.PostAsync(this, cancellationToken);

    private async Task<GeneratedDocument?> BuildAsync(CancellationToken cancellationToken)
    {
        var lang = PageLanguage.Of(HttpContext);
        var values = GenerateForm.Read(Request.Query, lang, time.GetUtcNow().Year);
        Form = new GenerateFormView(values, taxonomy, audiences, lang);
        var request = values.ToRequest(service, text, lang);
        return request is null ? null : await service.GenerateAsync(request, cancellationToken);
    }
}
