using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Audiences;
using Knowledge.SearchApi.Hosting;
using Knowledge.SearchApi.Search;

namespace Knowledge.SearchApi.Taxonomy;

public sealed record TaxonomyDto(
    IReadOnlyList<ThemeDto> Themes,
    IReadOnlyList<CodeLabelDto> Countries,
    IReadOnlyList<RegionDto> Regions,
    IReadOnlyList<CodeLabelDto> DocumentKinds,
    IReadOnlyList<CodeLabelDto> Kinds);

public sealed record ThemeDto(string Code, string Group, string Label, string LabelFr, string LabelEn);

public sealed record CodeLabelDto(string Code, string Label);

public sealed record RegionDto(string Code, string Label, IReadOnlyList<string> Countries);

/// <summary>An audience the generators can address (<c>audience</c> of a messages request).</summary>
public sealed record AudienceDto(string Code, string Label, string LabelFr, string LabelEn);

/// <summary><c>GET /api/taxonomy</c> and <c>GET /api/audiences</c>: the codes the search filters and the generators accept, with labels.</summary>
internal static class TaxonomyApi
{
    public static IEndpointRouteBuilder MapTaxonomyApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/taxonomy", (HttpContext context, EvidenceTaxonomy taxonomy) => TypedResults.Ok(Describe(taxonomy, UserLanguage.Of(context))))
            .WithTags("Taxonomie / Taxonomy")
            .WithName("GetTaxonomy")
            .WithSummary("Thèmes, pays et régions avec leurs libellés / Themes, countries and regions with labels")
            .ProducesReaderProblems();
        app.MapGet("/api/audiences", (HttpContext context, AudienceCatalog audiences) => TypedResults.Ok(Describe(audiences, UserLanguage.Of(context))))
            .WithTags("Taxonomie / Taxonomy")
            .WithName("GetAudiences")
            .WithSummary("Publics des messages de plaidoyer (audiences.json) / Audiences of advocacy messages")
            .ProducesReaderProblems();
        return app;
    }

    internal static IReadOnlyList<AudienceDto> Describe(AudienceCatalog audiences, string lang) =>
        [.. audiences.All.Select(a => new AudienceDto(a.Code, a.Label.Get(lang), a.Label.Fr, a.Label.En))];

    internal static TaxonomyDto Describe(EvidenceTaxonomy taxonomy, string lang) => new(
        [.. taxonomy.Themes.Select(t => new ThemeDto(t.Code, t.Group, t.Label.Get(lang), t.Label.Fr, t.Label.En))],
        [.. taxonomy.Countries.Select(c => new CodeLabelDto(c.Code, c.Name.Get(lang))).OrderBy(c => c.Label, StringComparer.Create(new System.Globalization.CultureInfo(lang), true))],
        [.. taxonomy.Regions.Select(r => new RegionDto(r.Code, r.Label.Get(lang), r.Countries))],
        [.. EvidenceCodes.DocumentKinds.Select(k => new CodeLabelDto(k.ToCode(), Labels.Of(k, lang)))],
        [.. EvidenceCodes.FindingKinds.Select(k => new CodeLabelDto(k.ToCode(), Labels.Of(k, lang)))]);
}
