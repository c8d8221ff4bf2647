using System.Globalization;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Elasticsearch.Mapping;
using Knowledge.Elasticsearch.Registry;

namespace Knowledge.Elasticsearch.Querying;

/// <summary>
/// Builds typed search requests. Design of multi-select facets: the query holds what every count and
/// every hit shares (text, live generations, document ids); each facet filter (themes, countries,
/// years, kinds, languages, document kinds) goes to <c>post_filter</c> so hits honour all of them, and
/// each facet's terms aggregation sits inside a <c>filter</c> aggregation applying the other facet
/// filters but not its own. Counts therefore show what a user would get by widening that one choice.
/// </summary>
internal sealed class SearchRequestBuilder(EvidenceTaxonomy taxonomy, string registryIndex)
{
    public const int MaxResultWindow = 10_000;

    /// <summary>A bucket size no facet reaches (taxonomy sizes), so counts are complete, not top-N.</summary>
    private const int FacetSize = 500;

    internal static readonly string[] TextFields = [FindingFields.TextFr, FindingFields.TextEn];

    private const SimpleQueryStringFlags TranslatorFlags =
        SimpleQueryStringFlags.Or | SimpleQueryStringFlags.Not | SimpleQueryStringFlags.Phrase
        | SimpleQueryStringFlags.Precedence | SimpleQueryStringFlags.Whitespace | SimpleQueryStringFlags.Escape;

    public static void Validate(EvidenceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.PageSize is < 1 or > EvidenceQuery.MaxPageSize)
        {
            throw new ArgumentException($"La taille de page doit être comprise entre 1 et {EvidenceQuery.MaxPageSize} (reçu : {query.PageSize}).", nameof(query));
        }

        if (query.Page < 1)
        {
            throw new ArgumentException($"Le numéro de page commence à 1 (reçu : {query.Page}).", nameof(query));
        }

        if ((long)query.Page * query.PageSize > MaxResultWindow)
        {
            throw new ArgumentException($"Au-delà de {MaxResultWindow} résultats, affiner la recherche plutôt que d'aller plus loin dans les pages.", nameof(query));
        }
    }

    /// <summary>Findings are visible only in the generation the registry's live-state entry lists for their document.</summary>
    public Query LiveFilter() => new TermsQuery(
        FindingFields.Generation,
        new TermsQueryField(new TermsLookup(RegistryDocument.LiveStateId, registryIndex, RegistryFields.Generations)));

    /// <param name="index">The findings alias.</param>
    /// <param name="query">The query.</param>
    /// <param name="relaxed">Any one of the query's clauses is enough (<see cref="RelaxedTextQuery"/>), instead of most of them.</param>
    /// <param name="depth">When given, the first <paramref name="depth"/> hits instead of the query's page (to merge the findings that hold enough of the words with those that hold fewer).</param>
    public SearchRequest Search(string index, EvidenceQuery query, bool relaxed = false, int? depth = null)
    {
        Validate(query);
        var facetFilters = FacetFilters(query);
        var request = new SearchRequest(index)
        {
            From = depth is null ? (query.Page - 1) * query.PageSize : 0,
            Size = depth ?? query.PageSize,
            TrackTotalHits = new TrackHits(true),
        };

        if (query.Facets)
        {
            request.Query = BaseQuery(query, [], relaxed);
            if (facetFilters.Count > 0)
            {
                request.PostFilter = Bool([.. facetFilters.Select(f => f.Clause)]);
            }

            request.Aggregations = Aggregations(facetFilters);
        }
        else
        {
            // Without facets every filter belongs in the query, where it is cached and cheaper.
            request.Query = BaseQuery(query, [.. facetFilters.Select(f => f.Clause)], relaxed);
        }

        request.Sort = Sort(query.Sort);
        if (query.Sort != SearchSort.Relevance)
        {
            // Year-sorted hits still report their relevance score.
            request.TrackScores = true;
        }

        if (query.Highlight && SimpleQueryTranslator.Translate(query.EffectivePlan) is not null)
        {
            request.Highlight = Highlight();
        }

        return request;
    }

    /// <summary>
    /// How many live findings hold each clause of the plan (its words or glossary terms), in one
    /// <c>size: 0</c> request with a <c>filter</c> aggregation per clause, so that words the index does
    /// not know can be left out with a notice, as the embedded engine does. Null when the plan has no
    /// clause worth counting.
    /// </summary>
    public SearchRequest? ClauseCounts(string index, QueryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var aggregations = new Dictionary<string, Aggregation>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Clauses.Count; i++)
        {
            if (SimpleQueryTranslator.Translate(plan with { Clauses = [plan.Clauses[i] with { IsPlace = false }], Excluded = [] }) is { } text)
            {
                aggregations[ClauseAggregation(i)] = new Aggregation { Filter = ClauseQuery(text) };
            }
        }

        return aggregations.Count == 0 ? null : new SearchRequest(index)
        {
            Size = 0,
            Query = Bool([LiveFilter()]),
            Aggregations = aggregations,
        };
    }

    /// <summary>
    /// How many live findings hold each thesaurus synonym of the clauses no finding holds
    /// (<see cref="PlannedClause.Fallbacks"/>), in one <c>size: 0</c> request with a <c>filter</c> aggregation
    /// per synonym, so that those the index holds stand for the word, as in the embedded engine. Null when
    /// none of <paramref name="unknown"/> has synonyms.
    /// </summary>
    public SearchRequest? FallbackCounts(string index, IReadOnlyList<PlannedClause> unknown)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        var aggregations = new Dictionary<string, Aggregation>(StringComparer.Ordinal);
        for (var i = 0; i < unknown.Count; i++)
        {
            for (var j = 0; j < unknown[i].Fallbacks.Count; j++)
            {
                if (SimpleQueryTranslator.RenderPhrase(unknown[i].Fallbacks[j]) is { } phrase)
                {
                    aggregations[FallbackAggregation(i, j)] = new Aggregation { Filter = ClauseQuery(phrase) };
                }
            }
        }

        return aggregations.Count == 0 ? null : new SearchRequest(index)
        {
            Size = 0,
            Query = Bool([LiveFilter()]),
            Aggregations = aggregations,
        };
    }

    /// <summary>The name of the count of synonym <paramref name="synonym"/> of unknown clause <paramref name="clause"/>.</summary>
    internal static string FallbackAggregation(int clause, int synonym) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fallback_{clause}_{synonym}");

    /// <summary>The name of the count of clause <paramref name="index"/>.</summary>
    internal static string ClauseAggregation(int index) => "clause_" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <param name="index">The findings alias.</param>
    /// <param name="query">The query.</param>
    /// <param name="relaxed">Counted over the findings that hold any one of the query's clauses.</param>
    public SearchRequest Facets(string index, EvidenceQuery query, bool relaxed = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        var facetFilters = FacetFilters(query);
        return new SearchRequest(index)
        {
            Size = 0,
            TrackTotalHits = new TrackHits(true),
            Query = BaseQuery(query, [], relaxed),
            // The total counts what the search would show (every filter), as it decides whether the search goes on
            // with the findings holding fewer of the words; each count applies the other filters itself.
            PostFilter = facetFilters.Count > 0 ? Bool([.. facetFilters.Select(f => f.Clause)]) : null,
            Aggregations = Aggregations(facetFilters),
        };
    }

    /// <summary>Findings of one document or one id, live generation only.</summary>
    public Query LiveTerm(string field, string value) => Bool([Term(field, value), LiveFilter()]);

    public static Query Term(string field, string value) => new TermQuery(field, FieldValue.String(value));

    public static Query Terms(string field, IEnumerable<string> values) =>
        new TermsQuery(field, new TermsQueryField([.. values.Select(FieldValue.String)]));

    public static Query Bool(IReadOnlyList<Query> filters, Query? must = null, IReadOnlyList<Query>? mustNot = null) => new BoolQuery
    {
        Must = must is null ? null : [must],
        Filter = filters.Count > 0 ? [.. filters] : null,
        MustNot = mustNot is { Count: > 0 } ? [.. mustNot] : null,
    };

    private Query BaseQuery(EvidenceQuery query, IReadOnlyList<Query> extraFilters, bool relaxed)
    {
        var filters = new List<Query> { LiveFilter() };
        if (query.DocumentIds.Count > 0)
        {
            filters.Add(Terms(FindingFields.DocumentId, query.DocumentIds));
        }

        filters.AddRange(extraFilters);
        var clauses = SimpleQueryTranslator.Clauses(query.EffectivePlan);
        if (clauses.IsEmpty)
        {
            return Bool(filters);
        }

        var text = relaxed ? RelaxedTextQuery(clauses) : TextQuery(clauses);
        return Bool(filters, ConceptBoosts(query.EffectivePlan, text));
    }

    /// <summary>
    /// Whether the query has more than one clause that can match: only then does any one of them find more
    /// than most of them (<see cref="RelaxedTextQuery"/>).
    /// </summary>
    public static bool CanRelax(EvidenceQuery query) => SimpleQueryTranslator.Clauses(query.EffectivePlan).Matching > 1;

    /// <summary>
    /// The text as the embedded engine searches it: quoted phrases required; of the other clauses, all of one
    /// or two, and most of them from three on (<see cref="RankingWeights.MostOf"/>), in a <c>bool</c> whose
    /// <c>minimum_should_match</c> is that count; exclusions in <c>must_not</c>. One clause alone is its
    /// <c>simple_query_string</c>.
    /// </summary>
    internal static Query TextQuery(ClauseTexts clauses)
    {
        if (clauses is { Required.Count: 0, Excluded.Count: 0, Optional.Count: 1 } or { Required.Count: 1, Excluded.Count: 0, Optional.Count: 0 })
        {
            return ClauseQuery(clauses.Required.Count > 0 ? clauses.Required[0] : clauses.Optional[0]);
        }

        var must = clauses.Required.Select(ClauseQuery).ToList();
        if (clauses.Optional.Count <= 2)
        {
            must.AddRange(clauses.Optional.Select(ClauseQuery));
        }
        else
        {
            must.Add(new BoolQuery
            {
                Should = [.. clauses.Optional.Select(ClauseQuery)],
                MinimumShouldMatch = RankingWeights.MostOf(clauses.Optional.Count),
            });
        }

        return new BoolQuery
        {
            Must = must.Count > 0 ? must : null,
            MustNot = clauses.Excluded.Count > 0 ? [.. clauses.Excluded.Select(ClauseQuery)] : null,
        };
    }

    /// <summary>Any one of the clauses (required and optional alike), exclusions still excluded: what a search goes on with when too few findings hold most of its words.</summary>
    internal static Query RelaxedTextQuery(ClauseTexts clauses) => new BoolQuery
    {
        Should = [.. clauses.Required.Concat(clauses.Optional).Select(ClauseQuery)],
        MinimumShouldMatch = 1,
        MustNot = clauses.Excluded.Count > 0 ? [.. clauses.Excluded.Select(ClauseQuery)] : null,
    };

    /// <summary>
    /// The passage's own text, and its context (title, headings, a table's introduction) at
    /// <see cref="RankingWeights.ContextWeight"/>, as the embedded engine weighs them.
    /// </summary>
    internal static readonly string[] SearchedFields =
    [
        .. TextFields,
        .. ((string[])[FindingFields.ContextFr, FindingFields.ContextEn]).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f}^{RankingWeights.ContextWeight}")),
    ];

    private static Query ClauseQuery(string text) => new SimpleQueryStringQuery(text)
    {
        Fields = Fields.FromStrings(SearchedFields),
        DefaultOperator = Operator.And,
        Flags = TranslatorFlags,
    };

    /// <summary>
    /// The text query with the boosts for what the plan names, as the embedded engine applies them
    /// (<see cref="RankingWeights"/>): the score is multiplied by 1 + the weight of each kind of tag
    /// a finding carries (a place named, a theme named, a statistic when the query asks for figures).
    /// A <c>function_score</c> whose functions are filters with weights, summed with a base weight of 1
    /// and multiplied into the text score, is exactly that factor. Strong boosts, never filters.
    /// </summary>
    /// <summary>
    /// A function worth <paramref name="weight"/> for the findings <paramref name="filter"/> selects.
    /// Elasticsearch accepts a bare weight as a function, but the 9.5 specification models a function
    /// as exactly one scoring variant beside the shared filter and weight, so a bare weight does not
    /// validate: a script returning 1, times the weight, is the same function in the specification's
    /// terms (a constant script is compiled once and cached).
    /// </summary>
    private static FunctionScore Constant(Query filter, float weight) => new()
    {
        Filter = filter,
        // The float weights written as the decimals they stand for (0.2, not 0.20000000298023224).
        Weight = Math.Round(weight, 4),
        ScriptScore = new ScriptScoreFunction { Script = new Script { Source = "1" } },
    };

    internal Query ConceptBoosts(QueryPlan plan, Query text)
    {
        var countries = new SortedSet<string>(StringComparer.Ordinal);
        var themes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var concept in plan.Concepts)
        {
            switch (concept.Kind)
            {
                case ConceptKind.Country:
                    countries.Add(concept.Code.ToUpperInvariant());
                    break;
                case ConceptKind.Region when taxonomy.FindRegion(concept.Code) is { } region:
                    countries.UnionWith(region.Countries.Select(c => c.ToUpperInvariant()));
                    break;
                case ConceptKind.Theme:
                    themes.Add(concept.Code.ToLowerInvariant());
                    break;
            }
        }

        if (countries.Count == 0 && themes.Count == 0 && !plan.AsksForNumbers)
        {
            return text;
        }

        var functions = new List<FunctionScore> { Constant(new MatchAllQuery(), 1) };
        if (countries.Count > 0)
        {
            functions.Add(Constant(Terms(FindingFields.Countries, countries), RankingWeights.PlaceBoost));
        }

        if (themes.Count > 0)
        {
            functions.Add(Constant(Terms(FindingFields.Themes, themes), RankingWeights.ThemeBoost));
        }

        if (plan.AsksForNumbers)
        {
            functions.Add(Constant(Term(FindingFields.Kind, FindingKind.Statistic.ToCode()), RankingWeights.FiguresBoost));
        }

        return new FunctionScoreQuery
        {
            Query = text,
            Functions = functions,
            ScoreMode = FunctionScoreMode.Sum,
            BoostMode = FunctionBoostMode.Multiply,
        };
    }

    private sealed record FacetFilter(string Facet, Query Clause);

    private sealed record FacetDefinition(string Name, string Field, bool ByKeyDescending);

    private static readonly FacetDefinition[] FacetDefinitions =
    [
        new(FacetNames.Themes, FindingFields.Themes, false),
        new(FacetNames.Countries, FindingFields.Countries, false),
        new(FacetNames.Years, FindingFields.Year, true),
        new(FacetNames.DocumentKinds, FindingFields.DocumentKind, false),
        new(FacetNames.Kinds, FindingFields.Kind, false),
        new(FacetNames.Languages, FindingFields.Language, false),
    ];

    private List<FacetFilter> FacetFilters(EvidenceQuery query)
    {
        var filters = new List<FacetFilter>();
        if (query.Themes.Count > 0)
        {
            filters.Add(new(FacetNames.Themes, Terms(FindingFields.Themes, query.Themes)));
        }

        var countries = query.EffectiveCountries(taxonomy);
        if (countries.Count > 0)
        {
            filters.Add(new(FacetNames.Countries, Terms(FindingFields.Countries, countries)));
        }
        else if (query.Regions.Count > 0)
        {
            // Regions the taxonomy does not know select nothing rather than everything.
            filters.Add(new(FacetNames.Countries, Terms(FindingFields.Countries, [])));
        }

        if (query.YearFrom is not null || query.YearTo is not null)
        {
            filters.Add(new(FacetNames.Years, new NumberRangeQuery(FindingFields.Year) { Gte = query.YearFrom, Lte = query.YearTo }));
        }

        if (query.DocumentKinds.Count > 0)
        {
            filters.Add(new(FacetNames.DocumentKinds, Terms(FindingFields.DocumentKind, query.DocumentKinds.Select(k => k.ToCode()))));
        }

        if (query.Kinds.Count > 0)
        {
            filters.Add(new(FacetNames.Kinds, Terms(FindingFields.Kind, query.Kinds.Select(k => k.ToCode()))));
        }

        if (query.Languages.Count > 0)
        {
            filters.Add(new(FacetNames.Languages, Terms(FindingFields.Language, query.Languages.Select(l => l.ToLowerInvariant()))));
        }

        return filters;
    }

    private Dictionary<string, Aggregation> Aggregations(List<FacetFilter> filters)
    {
        var aggregations = new Dictionary<string, Aggregation>(StringComparer.Ordinal);
        foreach (var facet in FacetDefinitions)
        {
            var others = filters.Where(f => f.Facet != facet.Name).Select(f => f.Clause).ToList();
            var terms = new TermsAggregation { Field = facet.Field, Size = FacetSize };
            if (facet.ByKeyDescending)
            {
                terms.Order = [new KeyValuePair<Field, SortOrder>("_key", SortOrder.Desc)];
            }

            aggregations[facet.Name] = new Aggregation
            {
                Filter = others.Count == 0 ? new MatchAllQuery() : Bool(others),
                Aggregations = new Dictionary<string, Aggregation>(StringComparer.Ordinal) { [FacetNames.Values] = new Aggregation { Terms = terms } },
            };
        }

        // Regions are not a field: a filters aggregation counts, per region, the findings tagged with
        // any member country, under the same filters as the country facet (not the place ones). The
        // client always sends keyed: false, so the buckets come back as an array, each carrying its
        // region code as "key" (the test pins that "keyed": false is on the wire).
        var placeOthers = filters.Where(f => f.Facet != FacetNames.Countries).Select(f => f.Clause).ToList();
        var regions = taxonomy.Regions
            .Where(r => r.Countries.Count > 0)
            .ToDictionary(r => r.Code, r => Terms(FindingFields.Countries, r.Countries.Select(c => c.ToUpperInvariant())), StringComparer.Ordinal);
        if (regions.Count > 0)
        {
            aggregations[FacetNames.Regions] = new Aggregation
            {
                Filter = placeOthers.Count == 0 ? new MatchAllQuery() : Bool(placeOthers),
                Aggregations = new Dictionary<string, Aggregation>(StringComparer.Ordinal)
                {
                    [FacetNames.Values] = new Aggregation { Filters = new FiltersAggregation { Filters = new Buckets<Query>(regions) } },
                },
            };
        }

        return aggregations;
    }

    private static List<SortOptions> Sort(SearchSort sort)
    {
        SortOptions[] tieBreak = [FieldSort(FindingFields.DocumentId, SortOrder.Asc), FieldSort(FindingFields.Ordinal, SortOrder.Asc)];
        var score = new SortOptions { Score = new ScoreSort() };
        return sort switch
        {
            SearchSort.YearDescending => [YearSort(SortOrder.Desc), score, .. tieBreak],
            SearchSort.YearAscending => [YearSort(SortOrder.Asc), score, .. tieBreak],
            _ => [score, .. tieBreak],
        };
    }

    internal static SortOptions FieldSort(string field, SortOrder order) => new() { Field = new FieldSort(field) { Order = order } };

    private static SortOptions YearSort(SortOrder order) => new() { Field = new FieldSort(FindingFields.Year) { Order = order, Missing = "_last" } };

    private static Highlight Highlight()
    {
        // Whole passages (number_of_fragments 0): findings are paragraph-sized and the UI shows them in full.
        return new Highlight
        {
            Type = HighlighterType.Unified,
            Encoder = HighlighterEncoder.Html,
            PreTags = ["<mark>"],
            PostTags = ["</mark>"],
            RequireFieldMatch = true,
            Fields = [.. TextFields.Select(f => new KeyValuePair<Field, HighlightField>(f, new HighlightField { NumberOfFragments = 0 }))],
        };
    }
}

/// <summary>Aggregation names shared by the request builder and the response reader.</summary>
internal static class FacetNames
{
    public const string Themes = "themes";
    public const string Countries = "countries";
    public const string Years = "years";
    public const string DocumentKinds = "document_kinds";
    public const string Kinds = "kinds";
    public const string Languages = "languages";
    public const string Regions = "regions";
    public const string Values = "values";
}
