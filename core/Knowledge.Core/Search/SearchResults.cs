using Knowledge.Core.Evidence;

namespace Knowledge.Core.Search;

/// <summary>One result: a finding with its score and highlighted snippet.</summary>
/// <param name="Finding">The finding.</param>
/// <param name="Score">Engine relevance score (comparable only within one result list).</param>
/// <param name="Highlight">
/// The passage (or its best fragment) with matching terms wrapped in <c>&lt;mark&gt;</c>; other
/// text HTML-escaped. Null when highlighting was not asked for or nothing matched.
/// </param>
public sealed record SearchHit(Finding Finding, double Score, string? Highlight);

/// <summary>A facet value and how many matching findings carry it.</summary>
/// <param name="Value">The code (theme, country, year, kind…).</param>
/// <param name="Count">Number of matching findings.</param>
public sealed record FacetValue(string Value, long Count);

/// <summary>
/// Facet counts over the findings that match a query. Each facet is counted with the query's
/// other filters applied but not its own (multi-select faceting), so a user can widen a choice.
/// </summary>
public sealed record FacetCounts
{
    /// <summary>An empty set of facets.</summary>
    public static FacetCounts Empty { get; } = new();

    /// <summary>Theme counts, largest first.</summary>
    public IReadOnlyList<FacetValue> Themes { get; init; } = [];

    /// <summary>Country counts, largest first.</summary>
    public IReadOnlyList<FacetValue> Countries { get; init; } = [];

    /// <summary>Year counts, most recent first.</summary>
    public IReadOnlyList<FacetValue> Years { get; init; } = [];

    /// <summary>Document kind counts, largest first.</summary>
    public IReadOnlyList<FacetValue> DocumentKinds { get; init; } = [];

    /// <summary>Finding kind counts, largest first.</summary>
    public IReadOnlyList<FacetValue> Kinds { get; init; } = [];

    /// <summary>Language counts, largest first.</summary>
    public IReadOnlyList<FacetValue> Languages { get; init; } = [];

    /// <summary>
    /// Region counts, largest first: the findings tagged with at least one member country of each
    /// taxonomy region, counted like <see cref="Countries"/> (the other filters apply, the place
    /// filters do not), so ticking a region widens the places rather than narrowing them.
    /// </summary>
    public IReadOnlyList<FacetValue> Regions { get; init; } = [];
}

/// <summary>A page of search results.</summary>
/// <param name="Total">Total number of matching findings.</param>
/// <param name="Hits">The hits of the requested page.</param>
/// <param name="Facets">Facet counts (empty when not asked for).</param>
public sealed record SearchResults(long Total, IReadOnlyList<SearchHit> Hits, FacetCounts Facets)
{
    /// <summary>Words of the query no indexed finding contains, left out of the search, each with a did-you-mean when one is close.</summary>
    public IReadOnlyList<IgnoredWord> IgnoredWords { get; init; } = [];

    /// <summary>Words of the query no indexed finding contains, searched through their thesaurus synonyms instead.</summary>
    public IReadOnlyList<ReplacedWord> ReplacedWords { get; init; } = [];

    /// <summary>
    /// True when fewer than <see cref="RankingWeights.BackfillBelow"/> findings held enough of the query's
    /// words and the engine searched for any of them as well: the <see cref="FullMatches"/> findings that
    /// held enough come first, then those that hold fewer, so that a query never returns nothing, nor a
    /// near-empty page, while some of its words match.
    /// </summary>
    public bool Relaxed { get; init; }

    /// <summary>
    /// When <see cref="Relaxed"/>, how many of the first results hold enough of the query's words (0 when
    /// none did); every result after them holds fewer. Equal to <see cref="Total"/> otherwise.
    /// </summary>
    public long FullMatches
    {
        get => _fullMatches ?? Total;
        init => _fullMatches = value;
    }

    private readonly long? _fullMatches;
}

/// <summary>A page of items.</summary>
/// <typeparam name="T">Item type.</typeparam>
/// <param name="Total">Total number of items.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="Items">The page's items.</param>
public sealed record Paged<T>(long Total, int Page, int PageSize, IReadOnlyList<T> Items);

/// <summary>What an index holds, for status pages and for stamping generated documents.</summary>
/// <param name="Engine">Engine name (<c>embedded</c>, <c>elasticsearch</c>).</param>
/// <param name="Documents">Number of documents.</param>
/// <param name="Findings">Number of findings.</param>
/// <param name="Fingerprint">
/// A value that changes whenever the indexed content changes and is equal for equal content,
/// e.g. a hash over document ids and their hashes.
/// </param>
/// <param name="UpdatedAt">When the index was last written, if ever.</param>
public sealed record IndexState(string Engine, long Documents, long Findings, string Fingerprint, DateTimeOffset? UpdatedAt);

/// <summary>The outcome of writing one document's findings.</summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Indexed">Findings written.</param>
/// <param name="Rejected">Findings the engine refused, with the reason for each.</param>
public sealed record IndexWriteResult(string DocumentId, int Indexed, IReadOnlyList<RejectedFinding> Rejected);

/// <summary>A finding the engine refused to index.</summary>
/// <param name="FindingId">The finding.</param>
/// <param name="Reason">The engine's reason, readable by a person.</param>
public sealed record RejectedFinding(string FindingId, string Reason);
