using System.Text.Json.Nodes;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Elasticsearch.Mapping;
using Knowledge.Elasticsearch.Registry;

namespace Knowledge.Elasticsearch.Querying;

/// <summary>
/// Builds search bodies. Design of multi-select facets: the query holds what every count and every
/// hit shares (text, live generations, document ids); each facet filter (themes, countries, years,
/// kinds, languages, document kinds) goes to <c>post_filter</c> so hits honour all of them, and each
/// facet's terms aggregation sits inside a <c>filter</c> aggregation applying the other facet filters
/// but not its own. Counts therefore show what a user would get by widening that one choice.
/// </summary>
internal sealed class SearchRequestBuilder(EvidenceTaxonomy taxonomy, string registryIndex)
{
    public const int MaxResultWindow = 10_000;

    /// <summary>A bucket size no facet reaches (taxonomy sizes), so counts are complete, not top-N.</summary>
    private const int FacetSize = 500;

    internal static readonly string[] TextFields = [FindingFields.TextFr, FindingFields.TextEn];

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
    public JsonObject LiveFilter() => new()
    {
        ["terms"] = new JsonObject
        {
            [FindingFields.Generation] = new JsonObject
            {
                ["index"] = registryIndex,
                ["id"] = RegistryDocument.LiveStateId,
                ["path"] = RegistryFields.Generations,
            },
        },
    };

    public JsonObject Search(EvidenceQuery query)
    {
        Validate(query);
        var facetFilters = FacetFilters(query);
        var body = new JsonObject
        {
            ["from"] = (query.Page - 1) * query.PageSize,
            ["size"] = query.PageSize,
            ["track_total_hits"] = true,
        };

        if (query.Facets)
        {
            body["query"] = BaseQuery(query, []);
            var all = facetFilters.Select(f => f.Clause).ToList();
            if (all.Count > 0)
            {
                body["post_filter"] = Bool(all);
            }

            body["aggregations"] = Aggregations(facetFilters);
        }
        else
        {
            // Without facets every filter belongs in the query, where it is cached and cheaper.
            body["query"] = BaseQuery(query, [.. facetFilters.Select(f => f.Clause)]);
        }

        body["sort"] = Sort(query.Sort);
        if (query.Sort != SearchSort.Relevance)
        {
            // Year-sorted hits still report their relevance score.
            body["track_scores"] = true;
        }

        if (query.Highlight && SimpleQueryTranslator.Translate(query.EffectivePlan) is not null)
        {
            body["highlight"] = Highlight();
        }

        return body;
    }

    public JsonObject Facets(EvidenceQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new JsonObject
        {
            ["size"] = 0,
            ["query"] = BaseQuery(query, []),
            ["aggregations"] = Aggregations(FacetFilters(query)),
        };
    }

    /// <summary>Findings of one document or one id, live generation only.</summary>
    public JsonObject LiveTerm(string field, string value) => Bool([Term(field, value), LiveFilter()]);

    // The long form ({"field": {"value": …}}): the specification's schema does not model the shorthand.
    public static JsonObject Term(string field, string value) =>
        new() { ["term"] = new JsonObject { [field] = new JsonObject { ["value"] = value } } };

    public static JsonObject Terms(string field, IEnumerable<string> values) =>
        new() { ["terms"] = new JsonObject { [field] = FindingDocument.Strings(values) } };

    public static JsonObject Bool(IReadOnlyList<JsonNode> filters, JsonNode? must = null, IReadOnlyList<JsonNode>? mustNot = null)
    {
        var b = new JsonObject();
        if (must is not null)
        {
            b["must"] = new JsonArray(must);
        }

        if (filters.Count > 0)
        {
            b["filter"] = new JsonArray([.. filters.Select(f => f.DeepClone())]);
        }

        if (mustNot is { Count: > 0 })
        {
            b["must_not"] = new JsonArray([.. mustNot.Select(f => f.DeepClone())]);
        }

        return new JsonObject { ["bool"] = b };
    }

    private JsonObject BaseQuery(EvidenceQuery query, IReadOnlyList<JsonNode> extraFilters)
    {
        var filters = new List<JsonNode> { LiveFilter() };
        if (query.DocumentIds.Count > 0)
        {
            filters.Add(Terms(FindingFields.DocumentId, query.DocumentIds));
        }

        filters.AddRange(extraFilters);
        var text = SimpleQueryTranslator.Translate(query.EffectivePlan);
        JsonNode? must = text is null
            ? null
            : new JsonObject
            {
                ["simple_query_string"] = new JsonObject
                {
                    ["query"] = text,
                    ["fields"] = FindingDocument.Strings(TextFields),
                    ["default_operator"] = "and",
                    ["flags"] = SimpleQueryTranslator.Flags,
                },
            };
        return Bool(filters, must);
    }

    private sealed record FacetFilter(string Facet, JsonObject Clause);

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
            var range = new JsonObject();
            if (query.YearFrom is { } from)
            {
                range["gte"] = from;
            }

            if (query.YearTo is { } to)
            {
                range["lte"] = to;
            }

            filters.Add(new(FacetNames.Years, new JsonObject { ["range"] = new JsonObject { [FindingFields.Year] = range } }));
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

    private static JsonObject Aggregations(List<FacetFilter> filters)
    {
        var aggregations = new JsonObject();
        foreach (var facet in FacetDefinitions)
        {
            var others = filters.Where(f => f.Facet != facet.Name).Select(f => (JsonNode)f.Clause).ToList();
            var terms = new JsonObject { ["field"] = facet.Field, ["size"] = FacetSize };
            if (facet.ByKeyDescending)
            {
                terms["order"] = new JsonObject { ["_key"] = "desc" };
            }

            aggregations[facet.Name] = new JsonObject
            {
                ["filter"] = others.Count == 0 ? new JsonObject { ["match_all"] = new JsonObject() } : Bool(others),
                ["aggregations"] = new JsonObject { [FacetNames.Values] = new JsonObject { ["terms"] = terms } },
            };
        }

        return aggregations;
    }

    private static JsonArray Sort(SearchSort sort)
    {
        var tieBreak = new JsonNode[]
        {
            new JsonObject { [FindingFields.DocumentId] = "asc" },
            new JsonObject { [FindingFields.Ordinal] = "asc" },
        };
        return sort switch
        {
            SearchSort.YearDescending => new JsonArray([YearSort("desc"), "_score", .. tieBreak]),
            SearchSort.YearAscending => new JsonArray([YearSort("asc"), "_score", .. tieBreak]),
            _ => new JsonArray(["_score", .. tieBreak]),
        };
    }

    private static JsonObject YearSort(string order) =>
        new() { [FindingFields.Year] = new JsonObject { ["order"] = order, ["missing"] = "_last" } };

    private static JsonObject Highlight()
    {
        // Whole passages (number_of_fragments 0): findings are paragraph-sized and the UI shows them in full.
        var field = new JsonObject { ["number_of_fragments"] = 0 };
        return new JsonObject
        {
            ["type"] = "unified",
            ["encoder"] = "html",
            ["pre_tags"] = new JsonArray("<mark>"),
            ["post_tags"] = new JsonArray("</mark>"),
            ["require_field_match"] = true,
            ["fields"] = new JsonObject
            {
                [FindingFields.TextFr] = field.DeepClone(),
                [FindingFields.TextEn] = field.DeepClone(),
            },
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
    public const string Values = "values";
}
