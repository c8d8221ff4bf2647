using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Audiences;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Requests;

namespace Knowledge.Generators.Evidence;

/// <summary>Which findings a section draws on. Empty lists mean no filter.</summary>
internal sealed record EvidenceFilter(
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Countries,
    IReadOnlyList<FindingKind> Kinds,
    string? Text = null);

/// <summary>
/// Everything one generation run needs: the index (queried only through the contract), the
/// taxonomy, the audiences, the request language, and the set of findings already quoted so
/// that no finding is quoted twice in one document.
/// </summary>
internal sealed class GenerationContext(IEvidenceIndex index, EvidenceTaxonomy taxonomy, AudienceCatalog audiences, GenerationRequest request)
{
    /// <summary>How many candidates are read per selection; selection is deterministic over them.</summary>
    private const int CandidatePool = EvidenceQuery.MaxPageSize;

    private readonly HashSet<string> _quoted = new(StringComparer.Ordinal);

    public EvidenceTaxonomy Taxonomy => taxonomy;

    public AudienceCatalog Audiences => audiences;

    public string Language { get; } = request.Language == "en" ? "en" : "fr";

    public bool English => Language == "en";

    public string T(string fr, string en) => English ? en : fr;

    public string Label(string code) => taxonomy.LabelOf(code, Language);

    public string Labels(IEnumerable<string> codes) => string.Join(", ", codes.Select(Label));

    public async Task<long> CountAsync(EvidenceFilter filter, CancellationToken cancellationToken)
    {
        var results = await index.SearchAsync(Query(filter) with { PageSize = 1 }, cancellationToken);
        return results.Total;
    }

    /// <summary>
    /// Up to <paramref name="take"/> findings not yet quoted: by the filter's kind order, then most
    /// recent first, ties by finding id;
    /// one per source document before a second from the same document, so quotes vary their sources.
    /// </summary>
    public async Task<IReadOnlyList<Finding>> TopAsync(EvidenceFilter filter, int take, CancellationToken cancellationToken)
    {
        if (take <= 0)
        {
            return [];
        }

        var results = await index.SearchAsync(Query(filter) with { PageSize = CandidatePool, Sort = SearchSort.YearDescending }, cancellationToken);
        var ordered = results.Hits
            .Select(h => h.Finding)
            .Where(f => !_quoted.Contains(f.Id) && !string.IsNullOrWhiteSpace(f.Text))
            .OrderBy(f => KindRank(f.Kind, filter.Kinds))
            .ThenByDescending(f => f.Year ?? int.MinValue)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        var picked = new List<Finding>();
        var documents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in ordered)
        {
            if (picked.Count < take && documents.Add(f.DocumentId))
            {
                picked.Add(f);
            }
        }

        foreach (var f in ordered)
        {
            if (picked.Count < take && !picked.Contains(f))
            {
                picked.Add(f);
            }
        }

        return picked;
    }

    /// <summary>
    /// Themes with the most findings in the given countries (ties by code), from one facet query.
    /// Facet counts only rank themes here; sections that print a count ask for an exact total.
    /// </summary>
    public async Task<IReadOnlyList<(string Theme, long Count)>> BestCoveredThemesAsync(IReadOnlyList<string> countries, IEnumerable<string>? among, CancellationToken cancellationToken)
    {
        var candidates = new HashSet<string>(among ?? taxonomy.Themes.Select(t => t.Code), StringComparer.OrdinalIgnoreCase);
        var facets = await index.FacetsAsync(Query(new EvidenceFilter([], countries, [])), cancellationToken);
        return [.. facets.Themes
            .Where(v => v.Count > 0 && candidates.Contains(v.Value))
            .Select(v => (v.Value, v.Count))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Value, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Quotes up to <paramref name="take"/> findings as blocks. When none is left, tells apart an
    /// evidence gap (nothing in the index: <paramref name="gap"/> is shown) from findings already
    /// quoted in an earlier section, so the document never claims a gap that is not one.
    /// </summary>
    public async Task<int> QuoteOrGapAsync(BlockList doc, EvidenceFilter filter, int take, string gap, CancellationToken cancellationToken)
    {
        var found = await TopAsync(filter, take, cancellationToken);
        foreach (var f in found)
        {
            doc.Quote(Quote(f));
        }

        if (found.Count == 0)
        {
            if (await CountAsync(filter, cancellationToken) == 0)
            {
                doc.Gap(gap);
            }
            else
            {
                doc.Text(AlreadyQuoted);
            }
        }

        return found.Count;
    }

    public string AlreadyQuoted => T(
        "Les constats correspondants de la base sont déjà cités plus haut dans ce document.",
        "The matching findings in the evidence base are already quoted earlier in this document.");

    /// <summary>Quotes a finding (verbatim excerpt) and marks it used.</summary>
    public QuotedEvidence Quote(Finding finding)
    {
        _quoted.Add(finding.Id);
        return new QuotedEvidence(Excerpt.Of(finding), EvidenceSource.Of(finding));
    }

    private EvidenceQuery Query(EvidenceFilter filter) => new()
    {
        Text = filter.Text,
        Themes = filter.Themes,
        Countries = filter.Countries,
        Kinds = filter.Kinds,
        YearFrom = request.EvidenceFromYear,
        Highlight = false,
        Facets = false,
    };

    /// <summary>Order of preference among the kinds a section asked for (the order it listed them).</summary>
    private static int KindRank(FindingKind kind, IReadOnlyList<FindingKind> wanted)
    {
        for (var i = 0; i < wanted.Count; i++)
        {
            if (wanted[i] == kind)
            {
                return i;
            }
        }

        return wanted.Count;
    }
}
