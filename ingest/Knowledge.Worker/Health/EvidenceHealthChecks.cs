using Knowledge.Core.Search;
using Knowledge.Worker.Reconciling;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Knowledge.Worker.Health;

/// <summary>The tags every host's health checks carry: <c>live</c> (the process answers), <c>ready</c> (it can serve).</summary>
public static class HealthTags
{
    public const string Live = "live";
    public const string Ready = "ready";

    /// <summary>The data keys the checks report, read by the hosts that render a report.</summary>
    public const string Engine = "engine";
    public const string Documents = "documents";
    public const string Findings = "findings";
}

/// <summary>The index answers: healthy with its engine and counts, unhealthy with the reason when it does not.</summary>
internal sealed class IndexHealthCheck(IEvidenceIndex index) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var state = await index.GetStateAsync(cancellationToken);
            return HealthCheckResult.Healthy(data: new Dictionary<string, object>
            {
                [HealthTags.Engine] = state.Engine,
                [HealthTags.Documents] = state.Documents,
                [HealthTags.Findings] = state.Findings,
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("index injoignable : " + ex.Message, ex);
        }
    }
}

/// <summary>
/// The ingest ledger and the index agree. Degraded (still serving) while documents the ledger
/// records are missing from the index, or a damaged ledger waits to be rebuilt; the next sweep
/// restores them.
/// </summary>
internal sealed class LedgerHealthCheck(LedgerReconciler ledger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var agreement = await ledger.CheckAsync(cancellationToken);
        return agreement.Degraded ? HealthCheckResult.Degraded(agreement.Reason) : HealthCheckResult.Healthy();
    }
}
