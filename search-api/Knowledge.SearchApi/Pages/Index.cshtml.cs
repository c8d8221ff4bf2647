using Knowledge.Core.Safeguarding;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.SearchApi.Search;
using Knowledge.SearchApi.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Knowledge.SearchApi.Pages;

/// <summary>The search page: the API's parameters in the URL, results with highlights and citations, facets with counts.</summary>
public sealed class IndexModel(IEvidenceIndex index, EvidenceTaxonomy taxonomy, Vocabulary vocabulary, QueryUnderstanding understanding) : PageModel
{
    private const int ShownFacetValues = 8;

    /// <summary>
    /// The groupings the network works with, offered as a facet (the engine counts every taxonomy
    /// region in its facet pass; the page keeps the list short, and the URL accepts every region).
    /// </summary>
    private static readonly string[] FacetRegions = ["west-africa", "ecowas", "uemoa", "aes", "sahel"];

    public string Lang { get; private set; } = "fr";

    public EvidenceQuery? Query { get; private set; }

    public SearchResults? Results { get; private set; }

    /// <summary>What the search understood (places, themes, words also searched, words ignored), as the API reports it.</summary>
    public UnderstandingDto? Understanding { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public IReadOnlyList<FacetView> Facets { get; private set; } = [];

    public IReadOnlyList<FacetOption> Years { get; private set; } = [];

    /// <summary>Filters in force, each with the link that removes it.</summary>
    public IReadOnlyList<(string Label, string RemoveUrl)> ActiveFilters { get; private set; } = [];

    public int PageCount { get; private set; }

    public Vocabulary Words => vocabulary;

    /// <summary>The export formats offered under the results, in the order shown.</summary>
    public static IReadOnlyList<string> ExportFormats { get; } = [.. Knowledge.Generators.Exports.ExportFormats.All.Select(f => Knowledge.Generators.Exports.ExportFormats.Code(f))];

    /// <summary>
    /// The export of the current search: its parameters under the API's names, from the first hit
    /// (page and page size left out), in the page's language.
    /// </summary>
    public string ExportUrl(string format)
    {
        var query = PageUrls.Copy(Request.Query);
        query.Remove("page");
        query.Remove("pageSize");
        query.Remove("ui");
        query.Remove("format");
        if (Lang == "en")
        {
            query["ui"] = ["en"];
        }

        query["format"] = [format];
        return PageUrls.Build("/api/search/export", query);
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Lang = PageLanguage.Of(HttpContext);
        var (query, errors) = SearchRequestParser.Parse(Request.Query, taxonomy, Lang);
        Errors = errors;
        if (query is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // The same understanding as the API: glossary expansion, named places and themes as boosts.
        query = query with { Plan = understanding.Analyse(query.Text) };
        Query = query;

        Results = (await index.SearchAsync(query, cancellationToken)).ForReaders();
        Understanding = query.Plan.AsUnderstandingDto(Results, taxonomy, Lang);
        PageCount = (int)Math.Min((Results.Total + query.PageSize - 1) / query.PageSize, 10_000 / query.PageSize);
        Facets =
        [
            Facet("theme", Results.Facets.Themes, query.Themes),
            Facet("country", Results.Facets.Countries, query.Countries),
            Regions(Results.Facets.Regions, query.Regions),
            Facet("documentKind", Results.Facets.DocumentKinds, [.. query.DocumentKinds.Select(k => Knowledge.Core.Evidence.EvidenceCodes.ToCode(k))]),
            Facet("kind", Results.Facets.Kinds, [.. query.Kinds.Select(k => Knowledge.Core.Evidence.EvidenceCodes.ToCode(k))]),
            Facet("lang", Results.Facets.Languages, query.Languages),
        ];
        Years = [.. Results.Facets.Years.Select(y => new FacetOption(y.Value, y.Value, y.Count, false))];
        ActiveFilters = [.. Facets.SelectMany(f => f.Options.Where(o => o.Selected).Select(o => (o.Label, PageUrls.Search(Request.Query, q => Remove(q, f.Name, o.Value))))),
            .. YearFilter(query)];
    }

    private IEnumerable<(string, string)> YearFilter(EvidenceQuery query)
    {
        if (query.YearFrom is not null || query.YearTo is not null)
        {
            var label = (query.YearFrom, query.YearTo) switch
            {
                (int a, int b) when a == b => a.ToString(System.Globalization.CultureInfo.InvariantCulture),
                (int a, int b) => $"{a}–{b}",
                (int a, null) => $"≥ {a}",
                (null, int b) => $"≤ {b}",
                _ => "",
            };
            yield return (label, PageUrls.Search(Request.Query, q => { q.Remove("yearFrom"); q.Remove("yearTo"); }));
        }
    }

    private static void Remove(Dictionary<string, List<string>> query, string name, string value)
    {
        if (query.TryGetValue(name, out var values))
        {
            query[name] = [.. PageUrls.Values(new Microsoft.Extensions.Primitives.StringValues([.. values])).Where(v => !string.Equals(v, value, StringComparison.OrdinalIgnoreCase))];
        }
    }

    private FacetView Facet(string name, IReadOnlyList<FacetValue> values, IReadOnlyList<string> selected)
    {
        var options = values.Select(v => new FacetOption(v.Value, vocabulary.Facet(name, v.Value, Lang), v.Count, selected.Contains(v.Value, StringComparer.OrdinalIgnoreCase))).ToList();

        // A chosen value keeps its box even when nothing matches it any more, so it can be unticked.
        options.AddRange(selected.Where(s => !options.Any(o => string.Equals(o.Value, s, StringComparison.OrdinalIgnoreCase)))
            .Select(s => new FacetOption(s, vocabulary.Facet(name, s, Lang), 0, true)));
        return new FacetView(name, options, ShownFacetValues);
    }

    /// <summary>
    /// The region facet: the network's usual groupings and any region the query names. Counts come
    /// from the engine, with the query's other filters and without its place filters (ticking one
    /// widens the places).
    /// </summary>
    private FacetView Regions(IReadOnlyList<FacetValue> counts, IReadOnlyList<string> selected)
    {
        var shown = counts.Where(v => FacetRegions.Contains(v.Value, StringComparer.OrdinalIgnoreCase) || selected.Contains(v.Value, StringComparer.OrdinalIgnoreCase)).ToList();
        return Facet("region", shown, selected);
    }
}

/// <summary>One facet: its parameter name and options (the first <c>Shown</c> visible, the rest folded).</summary>
public sealed record FacetView(string Name, IReadOnlyList<FacetOption> Options, int Shown)
{
    /// <summary>Chosen options first, then by count; the fold never hides a chosen one.</summary>
    public IReadOnlyList<FacetOption> Visible => [.. Ordered.Take(Math.Max(Shown, Options.Count(o => o.Selected)))];

    public IReadOnlyList<FacetOption> Folded => [.. Ordered.Skip(Visible.Count)];

    private IEnumerable<FacetOption> Ordered => Options.OrderByDescending(o => o.Selected).ThenByDescending(o => o.Count);
}

public sealed record FacetOption(string Value, string Label, long Count, bool Selected);
