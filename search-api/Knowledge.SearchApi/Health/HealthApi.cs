using Knowledge.Core.Search;
using Knowledge.Worker.Reconciling;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Knowledge.SearchApi.Health;

/// <summary>Start-up work the server must finish before it reports ready.</summary>
public sealed class Readiness
{
    private readonly TaskCompletionSource _sampleLibrary = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool SampleLibraryDone => _sampleLibrary.Task.IsCompleted;

    /// <summary>Completes when the sample library has been loaded (or found unnecessary).</summary>
    public Task SampleLibraryLoaded => _sampleLibrary.Task;

    public void MarkSampleLibraryDone() => _sampleLibrary.TrySetResult();
}

public sealed record HealthReport(string Status, string? Engine = null, long? Documents = null, long? Findings = null, string? Detail = null);

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (the index answers and start-up
/// work is done; <c>degraded</c>, with the reason, while the ingest ledger and the index disagree).
/// </summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").WithTags("Santé / Health");
        group.MapGet("/live", () => TypedResults.Ok(new HealthReport("ok")));
        group.MapGet("/ready", ReadyAsync);
        return app;
    }

    internal static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> ReadyAsync(
        IEvidenceIndex index, Readiness readiness, LedgerReconciler ledger, CancellationToken cancellationToken)
    {
        try
        {
            var state = await index.GetStateAsync(cancellationToken);
            if (!readiness.SampleLibraryDone)
            {
                return TypedResults.Json(new HealthReport("starting", state.Engine, state.Documents, state.Findings, "chargement de la bibliothèque d'exemple en cours"), statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            // Degraded still serves (200): searches answer, some documents are missing until the next sweep.
            var agreement = await ledger.CheckAsync(cancellationToken);
            if (agreement.Degraded)
            {
                return TypedResults.Ok(new HealthReport("degraded", state.Engine, state.Documents, state.Findings, agreement.Reason));
            }

            return TypedResults.Ok(new HealthReport("ok", state.Engine, state.Documents, state.Findings));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return TypedResults.Json(new HealthReport("unavailable", Detail: "index injoignable : " + ex.Message), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
