using Knowledge.Core.Evidence;
using Knowledge.Core.Safeguarding;
using Knowledge.SearchApi.Hosting;
using Knowledge.SearchApi.Search;
using Knowledge.SearchApi.Security;
using Knowledge.Worker.Safeguarding;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Knowledge.SearchApi.Safeguarding;

/// <summary>The review queue: findings with spans still waiting for an editor's decision.</summary>
/// <param name="Total">How many findings wait (over the documents read).</param>
/// <param name="Items">The findings, spans as they stand, oldest document first.</param>
/// <param name="Truncated">True when the queue was cut at its limit.</param>
public sealed record ReviewQueueDto(int Total, IReadOnlyList<FindingDto> Items, bool Truncated);

/// <summary>An editor's decision on one flag.</summary>
/// <param name="Decision"><c>confirm</c> (redact the span for good) or <c>dismiss</c> (show it).</param>
public sealed record ReviewDecisionRequest(string? Decision);

/// <summary>One line of the audit log as admins read it.</summary>
public sealed record AuditEntryDto(long Sequence, DateTimeOffset At, string Actor, string Role, string Action, string? FindingId, string? Kind, string? Detail);

/// <summary>
/// <c>/api/review</c> (editor key): the safeguarding review queue and decisions; <c>/api/admin/audit</c>
/// (admin key): who decided or exported what, and when.
/// </summary>
internal static class ReviewApi
{
    private const int QueueLimit = 200;

    /// <summary>The review queue, shared by the API and the review page.</summary>
    public static IHostApplicationBuilder AddReviewQueue(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<FlagReview>();
        return builder;
    }

    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var review = app.MapGroup("/api/review").WithTags("Protection de l'enfance / Safeguarding").RequireAuthorization(ApiKeys.EditorPolicy).ProducesKeyProblems();
        review.MapGet("/", Queue).WithName("ReviewQueue")
            .WithSummary("Passages signalés en attente de revue / Flagged findings waiting for review");
        review.MapPost("/{findingId}/flags/{index:int}", Decide).WithName("ReviewDecide")
            .WithSummary("Confirmer (caviarder) ou écarter un signalement / Confirm (redact) or dismiss a flag")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem();

        app.MapGet("/api/admin/audit", Audit).WithName("AuditLog").WithTags("Administration")
            .WithSummary("Journal des décisions et exports / Log of decisions and exports")
            .RequireAuthorization(ApiKeys.AdminPolicy).ProducesKeyProblems();
        return app;
    }

    internal static async Task<Ok<ReviewQueueDto>> Queue(HttpContext context, FlagReview review, CancellationToken cancellationToken)
    {
        var lang = UserLanguage.Of(context);
        var waiting = (await review.FlaggedFindingsAsync(cancellationToken)).Where(f => f.Safeguarding.Any(s => s.Status == FlagStatus.Pending)).ToList();
        return TypedResults.Ok(new ReviewQueueDto(waiting.Count, [.. waiting.Take(QueueLimit).Select(f => f.AsDtoUnmasked(lang))], waiting.Count > QueueLimit));
    }

    internal static async Task<Results<Ok<FindingDto>, ProblemHttpResult, ValidationProblem>> Decide(
        string findingId,
        int index,
        ReviewDecisionRequest request,
        HttpContext context,
        FlagReview review,
        CancellationToken cancellationToken)
    {
        var lang = UserLanguage.Of(context);
        var status = request.Decision switch
        {
            "confirm" => FlagStatus.Confirmed,
            "dismiss" => FlagStatus.Dismissed,
            _ => FlagStatus.Pending,
        };
        if (status == FlagStatus.Pending)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["decision"] = [ApiText.Get(lang, "ReviewDecisionValues")] },
                title: ApiText.Get(lang, "ReviewDecisionInvalid"));
        }

        var (outcome, decided) = await review.DecideAsync(findingId, index, status, context.User, expectedSpanKey: null, cancellationToken);
        return outcome switch
        {
            DecisionOutcome.NoSuchFinding => Problems.NotFound(lang, "NotFoundFinding", findingId),
            DecisionOutcome.NoSuchFlag => Problems.NotFound(lang, "NotFoundFlag", index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _ => TypedResults.Ok(decided!.AsDtoUnmasked(lang)),
        };
    }

    internal static Ok<IReadOnlyList<AuditEntryDto>> Audit(ReviewStore store, int? limit)
    {
        IReadOnlyList<AuditEntryDto> entries = [.. store.ReadAudit(Math.Clamp(limit ?? 100, 1, 1000))
            .Select(e => new AuditEntryDto(e.Sequence, e.At, e.Actor, e.Role, e.Action, e.FindingId, e.Kind, e.Detail))];
        return TypedResults.Ok(entries);
    }
}
