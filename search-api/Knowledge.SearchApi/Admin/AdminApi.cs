using Knowledge.SearchApi.Hosting;
using Knowledge.SearchApi.Security;
using Knowledge.Worker.Runs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Knowledge.SearchApi.Admin;

/// <summary>The wire shape of a run's counts.</summary>
public sealed record RunCountsDto(int New, int Changed, int Moved, int Copied, int Removed, int Failed, int Skipped, int Unchanged, int Rebuilt);

/// <summary>A file that failed or was skipped, and why.</summary>
public sealed record RunIssueDto(string Path, string Code, string Reason);

/// <summary>The wire shape of a run (issues only on <c>/api/admin/runs/{id}</c>).</summary>
public sealed record RunDto(
    string Id,
    string Trigger,
    bool Full,
    string Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    RunCountsDto Counts,
    int IssueCount,
    IReadOnlyList<RunIssueDto>? Issues,
    string? Error,
    string Url);

/// <summary><c>/api/admin</c>: ingestion runs and re-indexing (admin key).</summary>
internal static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").WithTags("Administration").RequireAuthorization(ApiKeys.AdminPolicy).ProducesKeyProblems();
        group.MapGet("/runs", ListRuns).WithName("ListRuns").WithSummary("Passages d'ingestion, les plus récents d'abord / Ingestion runs, most recent first");
        group.MapGet("/runs/{id}", GetRun).WithName("GetRun").WithSummary("Un passage et ses fichiers en échec / One run with its failed files")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/reindex", Reindex).WithName("Reindex")
            .WithSummary("Lance un passage maintenant ; full=true reconstruit tout l'index / Start a run now; full=true rebuilds the whole index")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    internal static Results<Ok<IReadOnlyList<RunDto>>, ValidationProblem> ListRuns(HttpContext context, IngestCoordinator coordinator, int? limit)
    {
        if (limit is < 1 or > 500)
        {
            var lang = UserLanguage.Of(context);
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["limit"] = [ApiText.Get(lang, "LimitRange")] },
                title: ApiText.Get(lang, "InvalidParameters"));
        }

        IReadOnlyList<RunDto> runs = [.. coordinator.Runs(limit ?? 50).Select(r => AsDto(r, withIssues: false))];
        return TypedResults.Ok(runs);
    }

    internal static Results<Ok<RunDto>, ProblemHttpResult> GetRun(string id, HttpContext context, IngestCoordinator coordinator) =>
        coordinator.Run(id) is { } run
            ? TypedResults.Ok(AsDto(run, withIssues: true))
            : Problems.NotFound(UserLanguage.Of(context), "NotFoundRun", id);

    internal static Results<Accepted<RunDto>, ProblemHttpResult> Reindex(HttpContext context, IngestCoordinator coordinator, bool? full)
    {
        var run = coordinator.TryStart("manual", full ?? false);
        if (run is null)
        {
            var lang = UserLanguage.Of(context);
            var current = coordinator.Current;
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: ApiText.Get(lang, "RunInProgressTitle"),
                detail: ApiText.Get(lang, "RunInProgressDetail"),
                extensions: current is null ? null : new Dictionary<string, object?> { ["currentRun"] = $"/api/admin/runs/{current.Id}" });
        }

        var dto = AsDto(run, withIssues: false);
        return TypedResults.Accepted(dto.Url, dto);
    }

    internal static RunDto AsDto(IngestRun r, bool withIssues) => new(
        r.Id,
        r.Trigger,
        r.Full,
        r.Status,
        r.StartedAt,
        r.EndedAt,
        new RunCountsDto(r.Counts.New, r.Counts.Changed, r.Counts.Moved, r.Counts.Copied, r.Counts.Removed, r.Counts.Failed, r.Counts.Skipped, r.Counts.Unchanged, r.Counts.Rebuilt),
        withIssues ? r.Issues.Count : Math.Max(r.IssueCount, r.Issues.Count),
        withIssues ? [.. r.Issues.Select(i => new RunIssueDto(i.Path, i.Code, i.Reason))] : null,
        r.Error,
        $"/api/admin/runs/{r.Id}");
}
