using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Audiences;
using Knowledge.SearchApi.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Knowledge.SearchApi.Pages.Generate;

/// <summary>The generation form, filled with the request's defaults (a national plan over the next three years).</summary>
public sealed class IndexModel(EvidenceTaxonomy taxonomy, AudienceCatalog audiences, TimeProvider time) : PageModel
{
    public GenerateFormView Form { get; private set; } = null!;

    public void OnGet()
    {
        var lang = PageLanguage.Of(HttpContext);
        Form = new GenerateFormView(GenerateForm.Read(Request.Query, lang, time.GetUtcNow().Year), taxonomy, audiences, lang);
    }
}

/// <summary>The form's values and errors plus the lists its fields choose from (the API's own taxonomy and audiences).</summary>
public sealed record GenerateFormView(GenerateForm Values, EvidenceTaxonomy Taxonomy, AudienceCatalog Audiences, string Language);
