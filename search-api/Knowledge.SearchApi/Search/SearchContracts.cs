using Knowledge.Core.Evidence;
using Knowledge.Core.Safeguarding;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;

namespace Knowledge.SearchApi.Search;

/// <summary>The wire shape of a search result page.</summary>
public sealed record SearchResponse(long Total, int Page, int PageSize, long TookMs, IReadOnlyList<HitDto> Hits, FacetsDto Facets);

public sealed record HitDto(
    string Id,
    string DocumentId,
    string DocumentTitle,
    int? Year,
    int Page,
    int PageEnd,
    IReadOnlyList<string> SectionPath,
    string Text,
    string? Highlight,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Countries,
    string Kind,
    double Score,
    string Citation,
    IReadOnlyList<SafeguardingFlagDto> Safeguarding);

/// <summary>
/// A span that may identify a child. Readers get it with <c>text</c> masked ("[détail masqué]") and
/// offsets into the masked passage; editors reviewing it get the span as it stands.
/// </summary>
public sealed record SafeguardingFlagDto(string Text, int Start, int Length, string Kind, string Reason, string Status);

public sealed record FacetsDto(
    IReadOnlyList<FacetValueDto> Themes,
    IReadOnlyList<FacetValueDto> Countries,
    IReadOnlyList<FacetValueDto> Years,
    IReadOnlyList<FacetValueDto> DocumentKinds,
    IReadOnlyList<FacetValueDto> Kinds,
    IReadOnlyList<FacetValueDto> Languages);

public sealed record FacetValueDto(string Value, string Label, long Count);

/// <summary>The wire shape of one finding.</summary>
public sealed record FindingDto(
    string Id,
    string DocumentId,
    string DocumentTitle,
    string DocumentKind,
    string? Publisher,
    int? Year,
    string Language,
    int Page,
    int PageEnd,
    IReadOnlyList<string> SectionPath,
    string Text,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Countries,
    string Kind,
    IReadOnlyList<string> Notes,
    string Citation,
    string FileUrl,
    IReadOnlyList<SafeguardingFlagDto> Safeguarding,
    string? Section = null,
    int Paragraph = 0,
    int ParagraphEnd = 0,
    double? OcrConfidence = null);

internal static class SearchMapping
{
    /// <summary>The finding as a reader sees it: hidden spans masked in the text and in the flags.</summary>
    public static FindingDto AsDto(this Finding finding, string language) => AsDtoUnmasked(finding.ForReaders(finding.Language), language);

    /// <summary>The finding as an editor reviewing it sees it: spans as they stand.</summary>
    public static FindingDto AsDtoUnmasked(this Finding f, string language) => new(
        f.Id, f.DocumentId, f.DocumentTitle, f.DocumentKind.ToCode(), f.Publisher, f.Year, f.Language, f.Page, f.PageEnd,
        f.SectionPath, f.Text, f.Themes, f.Countries, f.Kind.ToCode(), f.Notes, f.Citation.Format(language),
        f.Page > 0 ? $"/api/documents/{f.DocumentId}/file#page={f.Page}" : $"/api/documents/{f.DocumentId}/file",
        f.Safeguarding.AsDto(),
        f.Section, f.Paragraph, f.ParagraphEnd, f.OcrConfidence);

    public static HitDto AsDto(this SearchHit h, string language)
    {
        var reader = h.Finding.ForReaders(h.Finding.Language);
        var highlight = h.Highlight is null ? null : Redaction.MaskHighlight(h.Highlight, h.Finding, h.Finding.Language);
        return new(
            reader.Id, reader.DocumentId, reader.DocumentTitle, reader.Year, reader.Page, reader.PageEnd,
            reader.SectionPath, reader.Text, highlight, reader.Themes, reader.Countries, reader.Kind.ToCode(),
            Math.Round(h.Score, 4), reader.Citation.Format(language), reader.Safeguarding.AsDto());
    }

    public static IReadOnlyList<SafeguardingFlagDto> AsDto(this IReadOnlyList<SafeguardingFlag> flags) =>
        [.. flags.Select(f => new SafeguardingFlagDto(f.Text, f.Start, f.Length, f.Kind.ToCode(), f.Reason, f.Status.ToCode()))];

    public static FacetsDto AsDto(this FacetCounts facets, EvidenceTaxonomy taxonomy, string language) => new(
        Map(facets.Themes, v => taxonomy.FindTheme(v)?.Label.Get(language)),
        Map(facets.Countries, v => taxonomy.FindCountry(v)?.Name.Get(language)),
        Map(facets.Years, _ => null),
        Map(facets.DocumentKinds, v => EvidenceCodes.TryParseDocumentKind(v, out var k) ? Labels.Of(k, language) : null),
        Map(facets.Kinds, v => EvidenceCodes.TryParseFindingKind(v, out var k) ? Labels.Of(k, language) : null),
        Map(facets.Languages, v => v == "en" ? (language == "en" ? "English" : "anglais") : (language == "en" ? "French" : "français")));

    private static List<FacetValueDto> Map(IReadOnlyList<FacetValue> values, Func<string, string?> label) =>
        [.. values.Select(v => new FacetValueDto(v.Value, label(v.Value) ?? v.Value, v.Count))];
}

/// <summary>French and English labels of the evidence enums.</summary>
internal static class Labels
{
    public static string Of(DocumentKind kind, string language) => (kind, language == "en") switch
    {
        (DocumentKind.CountryOverview, false) => "Aperçu pays",
        (DocumentKind.CountryOverview, true) => "Country overview",
        (DocumentKind.ResearchReport, false) => "Rapport de recherche",
        (DocumentKind.ResearchReport, true) => "Research report",
        (DocumentKind.Strategy, false) => "Stratégie",
        (DocumentKind.Strategy, true) => "Strategy",
        (DocumentKind.PolicyBrief, false) => "Note de position",
        (DocumentKind.PolicyBrief, true) => "Policy brief",
        (_, false) => "Autre",
        _ => "Other",
    };

    public static string Of(FindingKind kind, string language) => (kind, language == "en") switch
    {
        (FindingKind.Statistic, false) => "Donnée chiffrée",
        (FindingKind.Statistic, true) => "Statistic",
        (FindingKind.Recommendation, false) => "Recommandation",
        (FindingKind.Recommendation, true) => "Recommendation",
        (FindingKind.Legal, false) => "Cadre juridique",
        (FindingKind.Legal, true) => "Legal provision",
        (FindingKind.Gap, false) => "Lacune",
        (FindingKind.Gap, true) => "Gap",
        (_, false) => "Contexte",
        _ => "Context",
    };
}
