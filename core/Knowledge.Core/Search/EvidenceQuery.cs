using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy;

namespace Knowledge.Core.Search;

/// <summary>How search results are ordered.</summary>
public enum SearchSort
{
    /// <summary>Best match first (BM25); ties broken by document and ordinal.</summary>
    Relevance = 0,

    /// <summary>Most recent publication first; ties broken by relevance.</summary>
    YearDescending,

    /// <summary>Oldest publication first; ties broken by relevance.</summary>
    YearAscending,
}

/// <summary>
/// A search over findings: free text plus filters. Within one filter the values are OR-ed
/// (country NE or BF); different filters are AND-ed (country and theme). Empty means no filter.
/// </summary>
public sealed record EvidenceQuery
{
    /// <summary>Maximum page size any engine serves.</summary>
    public const int MaxPageSize = 100;

    /// <summary>
    /// Free text in the user's syntax: words, "quoted phrases", <c>-word</c> to exclude,
    /// <c>OR</c> between alternatives. Never interpreted as an engine query language.
    /// </summary>
    public string? Text { get; init; }

    /// <summary>
    /// The text as understood (clauses, glossary expansions, concepts to boost), from
    /// <see cref="QueryUnderstanding.Analyse"/>. When null, engines search <see cref="Text"/> as typed.
    /// </summary>
    public QueryPlan? Plan { get; init; }

    /// <summary>The plan engines search: <see cref="Plan"/>, or the literal plan of <see cref="Text"/>.</summary>
    public QueryPlan EffectivePlan => Plan ?? QueryPlan.Literal(Text);

    /// <summary>Theme codes.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Country codes (ISO alpha-2).</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>Region codes, expanded to their countries and OR-ed with <see cref="Countries"/>.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Earliest publication year (inclusive).</summary>
    public int? YearFrom { get; init; }

    /// <summary>Latest publication year (inclusive).</summary>
    public int? YearTo { get; init; }

    /// <summary>Finding kinds.</summary>
    public IReadOnlyList<FindingKind> Kinds { get; init; } = [];

    /// <summary>Languages (<c>fr</c>, <c>en</c>).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Document kinds.</summary>
    public IReadOnlyList<DocumentKind> DocumentKinds { get; init; } = [];

    /// <summary>Restricts to findings of these documents.</summary>
    public IReadOnlyList<string> DocumentIds { get; init; } = [];

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Hits per page (1 to <see cref="MaxPageSize"/>).</summary>
    public int PageSize { get; init; } = 20;

    /// <summary>Result order.</summary>
    public SearchSort Sort { get; init; }

    /// <summary>Whether to compute highlighted snippets.</summary>
    public bool Highlight { get; init; } = true;

    /// <summary>Whether to compute facet counts.</summary>
    public bool Facets { get; init; } = true;

    /// <summary>
    /// The set of country codes the query filters on: <see cref="Countries"/> plus the members of
    /// every region in <see cref="Regions"/>, upper-cased and de-duplicated. Empty when neither is set.
    /// </summary>
    public IReadOnlyList<string> EffectiveCountries(EvidenceTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var c in Countries)
        {
            set.Add(c.ToUpperInvariant());
        }

        foreach (var r in Regions)
        {
            var region = taxonomy.FindRegion(r);
            if (region is not null)
            {
                set.UnionWith(region.Countries);
            }
        }

        return [.. set];
    }
}
