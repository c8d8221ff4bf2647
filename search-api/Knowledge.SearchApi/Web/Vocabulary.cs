using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy;
using Microsoft.Extensions.Localization;

namespace Knowledge.SearchApi.Web;

/// <summary>Labels of codes on the pages: themes and places from the taxonomy, kinds from the page resources.</summary>
public sealed class Vocabulary(EvidenceTaxonomy taxonomy, IStringLocalizer<WebText> text)
{
    public EvidenceTaxonomy Taxonomy => taxonomy;

    public string Theme(string code, string lang) => taxonomy.FindTheme(code)?.Label.Get(lang) ?? code;

    public string Country(string code, string lang) => taxonomy.FindCountry(code)?.Name.Get(lang) ?? code;

    public string Region(string code, string lang) => taxonomy.FindRegion(code)?.Label.Get(lang) ?? code;

    public string FindingKind(string code) => text["FindingKind." + code];

    public string FindingKind(FindingKind kind) => FindingKind(kind.ToCode());

    public string DocumentKind(string code) => text["DocumentKind." + code];

    public string DocumentKind(DocumentKind kind) => DocumentKind(kind.ToCode());

    public string Language(string code) => text["Language." + code];

    /// <summary>The label of a value of a search facet, by the facet's parameter name.</summary>
    public string Facet(string facet, string value, string lang) => facet switch
    {
        "theme" => Theme(value, lang),
        "country" => Country(value, lang),
        "region" => Region(value, lang),
        "kind" => FindingKind(value),
        "documentKind" => DocumentKind(value),
        "lang" => Language(value),
        _ => value,
    };
}
