using Knowledge.Core.Evidence;
using Knowledge.Core.Safeguarding;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Exports;
using Knowledge.SearchApi.Hosting;

namespace Knowledge.SearchApi.Search;

/// <summary>The wire shape of a search result page.</summary>
public sealed record SearchResponse(long Total, int Page, int PageSize, long TookMs, IReadOnlyList<HitDto> Hits, FacetsDto Facets, UnderstandingDto Understanding);

/// <summary>
/// What the search understood and did with the query: the countries, regions and themes it named
/// (each with the filter parameter that makes it a hard filter in one click), what the glossary
/// also searched, and notices (words ignored, did-you-mean, relaxed matching). Labels in the
/// caller's language.
/// </summary>
/// <param name="Summary">"Pays : Niger · Thème : Traite…", or null when nothing was understood.</param>
/// <param name="Concepts">The concepts understood.</param>
/// <param name="AlsoSearched">"Également recherché : trafficking → traite, …", or null when nothing was added.</param>
/// <param name="Expansions">The glossary expansions, one per group of words typed.</param>
/// <param name="Notices">Words ignored (with a did-you-mean when one is close) and the relaxed-matching notice.</param>
/// <param name="Relaxed">True when too few findings held enough of the words and findings holding any one of them follow.</param>
/// <param name="FullMatches">How many of the results, first, hold enough of the words (the total when not relaxed).</param>
public sealed record UnderstandingDto(
    string? Summary,
    IReadOnlyList<UnderstoodConceptDto> Concepts,
    string? AlsoSearched,
    IReadOnlyList<ExpansionDto> Expansions,
    IReadOnlyList<NoticeDto> Notices,
    bool Relaxed,
    long FullMatches);

/// <param name="Kind"><c>country</c>, <c>region</c> or <c>theme</c>.</param>
/// <param name="Code">The taxonomy code.</param>
/// <param name="Label">Its label in the caller's language.</param>
/// <param name="Words">The words of the query that named it.</param>
/// <param name="Filter">The query parameter that filters on it, e.g. <c>country=NE</c>.</param>
public sealed record UnderstoodConceptDto(string Kind, string Code, string Label, string Words, string Filter);

/// <param name="Source">The words typed.</param>
/// <param name="Terms">The glossary terms also searched, the other language's first.</param>
public sealed record ExpansionDto(string Source, IReadOnlyList<string> Terms);

/// <param name="Kind">
/// <c>ignored</c> (a word no finding contains), <c>replaced</c> (a word no finding contains, searched through its
/// synonyms) or <c>relaxed</c> (results holding only some of the words follow, or are all there is).
/// </param>
/// <param name="Word">The word concerned, if any.</param>
/// <param name="Suggestion">The closest indexed word, if any (did-you-mean).</param>
/// <param name="Message">The notice to show, in the caller's language.</param>
/// <param name="Terms">For <c>replaced</c>, the synonyms searched instead of the word; otherwise null.</param>
public sealed record NoticeDto(string Kind, string? Word, string? Suggestion, string Message, IReadOnlyList<string>? Terms = null);

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
    IReadOnlyList<FacetValueDto> Languages,
    IReadOnlyList<FacetValueDto> Regions);

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
    double? OcrConfidence = null,
    TableDto? Table = null,
    IReadOnlyList<string>? Roles = null,
    IReadOnlyList<RoleSpanDto>? RoleSpans = null);

/// <summary>A table finding's structure: caption, header cells and its body rows, cells in column order.</summary>
public sealed record TableDto(string? Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>A sentence of a finding (offsets into its text) and its rhetorical role.</summary>
public sealed record RoleSpanDto(int Start, int Length, string Role);

internal static class SearchMapping
{
    public static UnderstandingDto AsUnderstandingDto(this QueryPlan plan, SearchResults results, EvidenceTaxonomy taxonomy, string language)
    {
        var understood = UnderstandingText.Concepts(plan, taxonomy, language);
        var concepts = understood.Select(c => new UnderstoodConceptDto(c.Kind, c.Code, c.Label, c.Words, $"{c.Kind}={c.Code}")).ToList();
        var expansions = plan.Expansions.Select(e => new ExpansionDto(e.Source, e.Terms)).ToList();
        var notices = UnderstandingText.Notices(results, language).Select(n => new NoticeDto(n.Kind, n.Word, n.Suggestion, n.Message, n.Terms)).ToList();
        return new UnderstandingDto(
            UnderstandingText.Summary(understood, language), concepts, UnderstandingText.AlsoSearched(plan, language), expansions, notices, results.Relaxed, results.FullMatches);
    }

    /// <summary>The finding as a reader sees it: hidden spans masked in the text and in the flags.</summary>
    public static FindingDto AsDto(this Finding finding, string language)
    {
        var reader = finding.ForReaders(finding.Language);
        if (ReferenceEquals(reader, finding))
        {
            return AsDtoUnmasked(finding, language);
        }

        // Role spans are offsets into the stored text: once a span is masked they no longer fit. Table
        // cells are not masked span by span: a table with a hidden span goes out as its masked text only.
        return AsDtoUnmasked(reader with { RoleSpans = [], Table = null }, language);
    }

    /// <summary>The finding as an editor reviewing it sees it: spans as they stand.</summary>
    public static FindingDto AsDtoUnmasked(this Finding f, string language) => new(
        f.Id, f.DocumentId, f.DocumentTitle, f.DocumentKind.ToCode(), f.Publisher, f.Year, f.Language, f.Page, f.PageEnd,
        f.SectionPath, f.Text, f.Themes, f.Countries, f.Kind.ToCode(), f.Notes, f.Citation.Format(language),
        f.Page > 0 ? $"/api/documents/{f.DocumentId}/file#page={f.Page}" : $"/api/documents/{f.DocumentId}/file",
        f.Safeguarding.AsDto(),
        f.Section, f.Paragraph, f.ParagraphEnd, f.OcrConfidence,
        f.Table is { } t ? new TableDto(t.Caption, t.Columns, t.Rows) : null,
        [.. f.Roles.Select(r => r.ToCode())], [.. f.RoleSpans.Select(r => new RoleSpanDto(r.Start, r.Length, r.Role.ToCode()))]);

    public static HitDto AsDto(this SearchHit hit, string language)
    {
        var h = hit.ForReaders();
        var f = h.Finding;
        return new(
            f.Id, f.DocumentId, f.DocumentTitle, f.Year, f.Page, f.PageEnd,
            f.SectionPath, f.Text, h.Highlight, f.Themes, f.Countries, f.Kind.ToCode(),
            Math.Round(h.Score, 4), f.Citation.Format(language), f.Safeguarding.AsDto());
    }

    public static IReadOnlyList<SafeguardingFlagDto> AsDto(this IReadOnlyList<SafeguardingFlag> flags) =>
        [.. flags.Select(f => new SafeguardingFlagDto(f.Text, f.Start, f.Length, f.Kind.ToCode(), f.Reason, f.Status.ToCode()))];

    public static FacetsDto AsDto(this FacetCounts facets, EvidenceTaxonomy taxonomy, string language) => new(
        Map(facets.Themes, v => taxonomy.FindTheme(v)?.Label.Get(language)),
        Map(facets.Countries, v => taxonomy.FindCountry(v)?.Name.Get(language)),
        Map(facets.Years, _ => null),
        Map(facets.DocumentKinds, v => EvidenceCodes.TryParseDocumentKind(v, out var k) ? Labels.Of(k, language) : null),
        Map(facets.Kinds, v => EvidenceCodes.TryParseFindingKind(v, out var k) ? Labels.Of(k, language) : null),
        Map(facets.Languages, v => ApiText.Get(language, v == "en" ? "LanguageEnglish" : "LanguageFrench")),
        Map(facets.Regions, v => taxonomy.FindRegion(v)?.Label.Get(language)));

    private static List<FacetValueDto> Map(IReadOnlyList<FacetValue> values, Func<string, string?> label) =>
        [.. values.Select(v => new FacetValueDto(v.Value, label(v.Value) ?? v.Value, v.Count))];
}

/// <summary>French and English labels of the evidence enums.</summary>
internal static class Labels
{
    public static string Of(DocumentKind kind, string language) => ApiText.Get(language, "DocumentKind" + (Enum.IsDefined(kind) ? kind : DocumentKind.Other));

    public static string Of(FindingKind kind, string language) => ApiText.Get(language, "FindingKind" + (Enum.IsDefined(kind) ? kind : FindingKind.Context));
}
