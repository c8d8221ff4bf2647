using System.Diagnostics;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Knowledge.SearchApi.Search;

/// <summary><c>GET /api/search</c> and <c>GET /api/findings/{id}</c>.</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Recherche / Search");
        group.MapGet("/search", SearchAsync)
            .WithName("Search")
            .WithSummary("Recherche des passages par texte, thème, pays, région, année… / Search findings")
            .WithDescription("Répétez un paramètre pour choisir plusieurs valeurs (OU dans un filtre, ET entre filtres). Texte : \"phrase exacte\", -exclure, OR.")
            .ProducesReaderProblems();
        group.MapGet("/search/feed", SearchFeed.FeedAsync)
            .WithName("SearchFeed")
            .WithSummary("Flux Atom des passages les plus récents d'une recherche / Atom feed of a search's newest findings")
            .WithDescription("Mêmes paramètres que /api/search ; chaque entrée porte la citation du passage.")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .ProducesReaderProblems();
        group.MapGet("/findings/{id}", GetFindingAsync)
            .WithName("GetFinding")
            .WithSummary("Un passage et sa citation / One finding with its citation")
            .ProducesReaderProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    internal static async Task<Results<Ok<SearchResponse>, ValidationProblem>> SearchAsync(
        [AsParameters] SearchRequest request, HttpContext context, IEvidenceIndex index, EvidenceTaxonomy taxonomy, QueryUnderstanding understanding, CancellationToken cancellationToken)
    {
        var lang = UserLanguage.Of(context);
        var (parsed, errors) = SearchRequestParser.Parse(request, taxonomy, lang);
        if (parsed is null)
        {
            return TypedResults.ValidationProblem(errors, title: ApiText.Get(lang, "InvalidSearchParameters"));
        }

        var started = Stopwatch.GetTimestamp();
        var query = parsed with { Plan = understanding.Analyse(parsed.Text) };
        var results = await index.SearchAsync(query, cancellationToken);
        var took = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return TypedResults.Ok(new SearchResponse(
            results.Total,
            query.Page,
            query.PageSize,
            took,
            [.. results.Hits.Select(h => h.AsDto(lang))],
            results.Facets.AsDto(taxonomy, lang),
            query.Plan.AsUnderstandingDto(results, taxonomy, lang)));
    }

    internal static async Task<Results<Ok<FindingDto>, ProblemHttpResult>> GetFindingAsync(
        string id, HttpContext context, IEvidenceIndex index, CancellationToken cancellationToken)
    {
        var lang = UserLanguage.Of(context);
        var finding = await index.GetFindingAsync(id, cancellationToken);
        return finding is null
            ? Problems.NotFound(lang, "NotFoundFinding", id)
            : TypedResults.Ok(finding.AsDto(lang));
    }
}
