using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Audiences;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Requests;
using Knowledge.Generators.Templates;

namespace Knowledge.Generators.Evidence;

/// <summary>
/// Which findings a section draws on. Empty lists mean no filter. <paramref name="Kinds"/> filters
/// the index query (counts); <see cref="Roles"/> says which sentences the section quotes, in order
/// of preference, and <see cref="PreferThemes"/> ranks an audience's themes first.
/// </summary>
internal sealed record EvidenceFilter(
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Countries,
    IReadOnlyList<FindingKind> Kinds,
    string? Text = null)
{
    public IReadOnlyList<FindingRole> Roles { get; init; } = [];

    public IReadOnlyList<string> PreferThemes { get; init; } = [];

    /// <summary>Words of which the quoted sentences must contain one (an objective's keywords), so a baseline is about its objective.</summary>
    public IReadOnlyList<string> MustMention { get; init; } = [];

    /// <summary>Rank regional and thematic sources before country overviews (for a region-wide quote).</summary>
    public bool PreferRegional { get; init; }

    /// <summary>When set, only findings whose countries all lie within these (or that name none) are quoted.</summary>
    public IReadOnlyList<string>? Within { get; init; }

    /// <summary>A filter on themes and countries that quotes the given roles.</summary>
    public static EvidenceFilter ForRoles(IReadOnlyList<string> themes, IReadOnlyList<string> countries, params FindingRole[] roles) =>
        new(themes, countries, []) { Roles = roles };
}

internal sealed class GenerationContext(
    IEvidenceIndex index, EvidenceTaxonomy taxonomy, AudienceCatalog audiences, GenerationRequest request, TemplateCatalog templates, DateTimeOffset createdAt)
{
    /// <summary>How many candidates are read per selection; selection is deterministic over them.</summary>
    private const int CandidatePool = EvidenceQuery.MaxPageSize;

    private readonly HashSet<string> _quoted = new(StringComparer.Ordinal);

    // Figures already quoted ("76%"): a document states each figure once.
    private readonly HashSet<string> _figures = new(StringComparer.Ordinal);

    // Words of each quote so far: two sources saying the same sentence are quoted once.
    private readonly List<HashSet<string>> _quotedWords = [];

    // Findings a section would have quoted but for a span safeguarding hides.
    private readonly HashSet<string> _setAside = new(StringComparer.Ordinal);

    public EvidenceTaxonomy Taxonomy => taxonomy;

    /// <summary>
    /// How many findings were left out because a span in the excerpt could identify a child and
    /// awaits review (or was confirmed): the document says so in its "Sources et méthode".
    /// </summary>
    public int SetAsideForReview => _setAside.Count(id => !_quoted.Contains(id));

    /// <summary>The request the document answers.</summary>
    public GenerationRequest Request => request;

    /// <summary>When the document is made.</summary>
    public DateTimeOffset CreatedAt => createdAt;

    public AudienceCatalog Audiences => audiences;

    public string Language { get; } = request.Language == "en" ? "en" : "fr";

    public bool English => Language == "en";

    /// <summary>The day the document is made: memberships in force are judged on it.</summary>
    public DateOnly Today { get; } = DateOnly.FromDateTime(createdAt.UtcDateTime);

    /// <summary>Template prose by key, placeholders filled.</summary>
    public string T(string key, params ReadOnlySpan<(string Name, string Value)> args) => templates.Text(Language, key, args);

    /// <summary>Template prose in the singular or plural form for <paramref name="count"/> (<c>{n}</c> is the count).</summary>
    public string N(string key, long count, params ReadOnlySpan<(string Name, string Value)> args) => templates.Plural(Language, key, count, args);

    /// <summary>A list of template texts.</summary>
    public IReadOnlyList<string> List(string key) => templates.List(Language, key);

    /// <summary>Rows of template texts.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows(string key) => templates.Rows(Language, key);

    public string Label(string code) => taxonomy.LabelOf(code, Language);

    /// <summary>Labels joined as prose: "A, B et C".</summary>
    public string Labels(IEnumerable<string> codes) => Join([.. codes.Select(Label)]);

    /// <summary>"A, B et C" / "A, B and C".</summary>
    public string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + T("common.and") + items[^1],
    };

    /// <summary>"au Niger", "en Afrique de l'Ouest".</summary>
    public string In(string code) => taxonomy.FormsOf(code, Language).In;

    /// <summary>"du Niger", "de l'Afrique de l'Ouest".</summary>
    public string Of(string code) => taxonomy.FormsOf(code, Language).Of;

    /// <summary>"le Niger", "l'Afrique de l'Ouest".</summary>
    public string The(string code) => taxonomy.FormsOf(code, Language).The;

    /// <summary>Upper-cases the first letter, for a place form opening a sentence ("Au Niger, …").</summary>
    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpper(text[0], System.Globalization.CultureInfo.InvariantCulture) + text[1..];

    /// <summary>The theme as prose names it, with its article.</summary>
    public string Phrase(string theme) => taxonomy.FindTheme(theme)?.Phrase?.Get(Language) ?? Label(theme);

    /// <summary>A one-word theme label for narrow columns.</summary>
    public string Short(string theme) => taxonomy.FindTheme(theme)?.ShortLabel?.Get(Language) ?? Label(theme);

    public async Task<long> CountAsync(EvidenceFilter filter, CancellationToken cancellationToken)
    {
        var results = await index.SearchAsync(Query(filter) with { PageSize = 1 }, cancellationToken);
        return results.Total;
    }

    /// <summary>
    /// Up to <paramref name="take"/> quotes of findings not yet quoted, each cut to the sentences
    /// carrying one of the filter's roles: findings with a preferred role first, then the
    /// audience's themes, then findings mainly about the section's country, then most recent, ties
    /// by id; one per source document before a second from the same document. A finding is
    /// skipped when it is a flattened table or when its excerpt restates a figure already quoted.
    /// </summary>
    public async Task<IReadOnlyList<QuotedEvidence>> QuotesAsync(EvidenceFilter filter, int take, CancellationToken cancellationToken) =>
        (await SelectAsync(filter, take, cancellationToken)).Quotes;

    private async Task<(IReadOnlyList<QuotedEvidence> Quotes, bool Candidates)> SelectAsync(EvidenceFilter filter, int take, CancellationToken cancellationToken)
    {
        if (take <= 0)
        {
            return ([], false);
        }

        var wanted = filter.Roles.Count > 0 ? filter.Roles : [.. filter.Kinds.Select(FindingRoles.FromKind).Distinct()];
        var results = await index.SearchAsync(Query(filter with { Kinds = filter.Roles.Count > 0 ? [] : filter.Kinds }) with { PageSize = CandidatePool, Sort = SearchSort.YearDescending }, cancellationToken);
        var country = filter.Countries.Count == 1 ? filter.Countries[0] : null;
        var anyCandidate = false;
        var ordered = Candidates(results.Hits.Select(h => h.Finding));

        // A document about the theme (a country overview on child marriage, say) often states its
        // recommendations or gaps without naming the theme again, so they are not tagged with it.
        // When the theme's own findings fall short, the section also weighs that document's other
        // findings for the country, after the tagged ones.
        if (ordered.Count < take && filter.Themes.Count > 0 && filter.Roles.Count > 0 && country is not null)
        {
            var aboutTheme = await ThemeDocumentsAsync(results.Hits, cancellationToken);
            if (aboutTheme.Count > 0)
            {
                var more = await index.SearchAsync(new EvidenceQuery
                {
                    DocumentIds = aboutTheme,
                    Countries = filter.Countries,
                    YearFrom = request.EvidenceFromYear,
                    PageSize = CandidatePool,
                    Sort = SearchSort.YearDescending,
                    Highlight = false,
                    Facets = false,
                }, cancellationToken);
                var seen = ordered.Select(c => c.Finding.Id).ToHashSet(StringComparer.Ordinal);
                ordered.AddRange(Candidates(more.Hits.Select(h => h.Finding).Where(f => !seen.Contains(f.Id))));
            }
        }

        List<(Finding Finding, (string Text, FindingRole Role)? Excerpt)> Candidates(IEnumerable<Finding> findings)
        {
            var candidates = findings
                .Where(f => !string.IsNullOrWhiteSpace(f.Text) && !Excerpt.IsTable(f))
                .Select(f => (Finding: f, Excerpt: Excerpt.For(f, wanted)))
                .Where(c => c.Excerpt is not null
                    && (filter.Within is null || c.Finding.Countries.All(x => filter.Within.Contains(x, StringComparer.OrdinalIgnoreCase)))
                    && (country is null || AboutCountry(c.Finding, c.Excerpt.Value.Text, country))
                    && (filter.MustMention.Count == 0 || filter.MustMention.Any(w => Mentions(c.Excerpt.Value.Text, w))))
                .ToList();
            anyCandidate |= candidates.Count > 0;

            // The safeguarding gate: an excerpt overlapping a span that could identify a child (not yet
            // reviewed, or confirmed) is never quoted; the finding is counted as set aside for review.
            foreach (var c in candidates.Where(c => Hidden(c.Finding, c.Excerpt!.Value.Text)))
            {
                _setAside.Add(c.Finding.Id);
            }

            candidates.RemoveAll(c => Hidden(c.Finding, c.Excerpt!.Value.Text));
            return candidates
                .Where(c => !_quoted.Contains(c.Finding.Id))
                .OrderBy(c => RoleRank(c.Excerpt!.Value.Role, wanted))
                .ThenBy(c => filter.PreferRegional && c.Finding.DocumentKind == DocumentKind.CountryOverview ? 1 : 0)
                .ThenBy(c => filter.PreferThemes.Count == 0 || c.Finding.Themes.Any(t => filter.PreferThemes.Contains(t, StringComparer.OrdinalIgnoreCase)) ? 0 : 1)
                .ThenBy(c => country is null || (c.Finding.Countries.Count > 0 && string.Equals(c.Finding.Countries[0], country, StringComparison.OrdinalIgnoreCase)) ? 0 : 1)
                .ThenByDescending(c => c.Finding.Year ?? int.MinValue)
                .ThenBy(c => c.Finding.Id, StringComparer.Ordinal)
                .ToList();
        }
        var picked = new List<QuotedEvidence>();
        var documents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var secondPass in new[] { false, true })
        {
            foreach (var (f, excerpt) in ordered)
            {
                if (picked.Count >= take || _quoted.Contains(f.Id) || (!secondPass && !documents.Add(f.DocumentId)))
                {
                    continue;
                }

                var figures = Excerpt.Figures(excerpt!.Value.Text).ToList();
                var words = Excerpt.Words(excerpt.Value.Text);
                if (figures.Any(_figures.Contains) || _quotedWords.Any(q => Excerpt.Similar(q, words)))
                {
                    continue;
                }

                picked.Add(Quote(f, excerpt.Value.Text, excerpt.Value.Role));
                _figures.UnionWith(figures);
                _quotedWords.Add(words);
            }
        }

        return (picked, anyCandidate);
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
    /// <summary>
    /// Quotes up to <paramref name="take"/> findings as blocks. When none is left, says which of
    /// three it is: an evidence gap (nothing in the index for the scope: <paramref name="gap"/>),
    /// findings that would fit but are already quoted earlier, or findings that exist but carry
    /// none of the roles the section asks for. The document never claims a gap that is not one.
    /// </summary>
    public async Task<int> QuoteOrGapAsync(BlockList doc, EvidenceFilter filter, int take, string gap, CancellationToken cancellationToken)
    {
        var (found, candidates) = await SelectAsync(filter, take, cancellationToken);
        foreach (var q in found)
        {
            doc.Quote(q);
        }

        if (found.Count == 0)
        {
            if (candidates)
            {
                doc.Text(AlreadyQuoted);
            }
            else if (await CountAsync(filter with { Kinds = [] }, cancellationToken) == 0)
            {
                doc.Gap(gap);
            }
            else
            {
                doc.Gap(NoneFits(filter.Roles));
            }
        }

        return found.Count;
    }

    /// <summary>"None of the findings on this point gives a figure or a fact": the section's first two roles, named.</summary>
    public string NoneFits(IReadOnlyList<FindingRole> roles) =>
        T("common.noneFits", ("roles", string.Join(T("common.or"), roles.Distinct().Take(2).Select(r => T("role." + r.ToCode())))));

    public string AlreadyQuoted => T("common.alreadyQuoted");

    /// <summary>
    /// The documents a theme's findings say are about the theme: at least two of their findings
    /// carry it, and at least three in ten of all their findings do.
    /// </summary>
    private async Task<IReadOnlyList<string>> ThemeDocumentsAsync(IReadOnlyList<SearchHit> themed, CancellationToken cancellationToken)
    {
        var documents = new List<string>();
        foreach (var group in themed.GroupBy(h => h.Finding.DocumentId, StringComparer.Ordinal).Where(g => g.Count() >= 2))
        {
            if (await index.GetDocumentAsync(group.Key, cancellationToken) is { FindingCount: > 0 } document
                && group.Count() * 10 >= document.FindingCount * 3)
            {
                documents.Add(group.Key);
            }
        }

        return documents;
    }

    /// <summary>Quotes a finding (verbatim excerpt carrying <paramref name="role"/>) and marks it used.</summary>
    private QuotedEvidence Quote(Finding finding, string text, FindingRole role)
    {
        _quoted.Add(finding.Id);
        return new QuotedEvidence(text, EvidenceSource.Of(finding), role);
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

    /// <summary>
    /// A country section quotes a finding about that country: its only or first country, or one
    /// whose quoted sentences name it. A regional passage that lists the country among others
    /// only counts when the quote itself names it.
    /// </summary>
    private bool AboutCountry(Finding finding, string excerpt, string country)
    {
        // The first of the finding's countries that the quote names decides; a quote naming none
        // is about the finding's first country.
        var first = -1;
        string? firstCode = null;
        foreach (var code in finding.Countries)
        {
            if (taxonomy.FindCountry(code) is not { } c)
            {
                continue;
            }

            foreach (var name in new[] { c.Name.Fr, c.Name.En })
            {
                var at = IndexOfWord(excerpt, name);
                if (at >= 0 && (first < 0 || at < first || (at == first && name.Length > (firstCode is null ? 0 : taxonomy.FindCountry(firstCode)!.Name.Fr.Length))))
                {
                    first = at;
                    firstCode = c.Code;
                }
            }
        }

        firstCode ??= finding.Countries.Count > 0 ? finding.Countries[0] : null;
        return string.Equals(firstCode, country, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Where <paramref name="word"/> stands as a whole word (not "Guinée" inside "Guinée-Bissau"), or -1.</summary>
    private static int IndexOfWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || (!char.IsLetterOrDigit(text[end]) && text[end] != '-')))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="text"/> holds <paramref name="word"/> as a whole word ("loi" is not in "exploitation").</summary>
    private static bool Mentions(string text, string word) => IndexOfWord(text, word) >= 0;

    /// <summary>True when the excerpt overlaps a span safeguarding hides from readers (a child who could be identified).</summary>
    private static bool Hidden(Finding finding, string excerpt)
    {
        var at = finding.Text.IndexOf(excerpt, StringComparison.Ordinal);
        return finding.Safeguarding.Any(f => f.Hides && f.Start < at + excerpt.Length && f.Start + f.Length > at);
    }

    /// <summary>Order of preference among the roles a section asked for (the order it listed them).</summary>
    private static int RoleRank(FindingRole role, IReadOnlyList<FindingRole> wanted)
    {
        var i = 0;
        foreach (var w in wanted)
        {
            if (w == role)
            {
                return i;
            }

            i++;
        }

        return i;
    }
}
