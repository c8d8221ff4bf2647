using System.Text.Json;
using Knowledge.Worker.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Knowledge.SearchApi.Health;

/// <summary>Start-up work the server must finish before it reports ready.</summary>
public sealed class Readiness
{
    private readonly TaskCompletionSource _sampleLibrary = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool SampleLibraryDone => _sampleLibrary.Task.IsCompleted;

    /// <summary>Why the sample library is incomplete (files refused, or the load failed); null when it is whole.</summary>
    public string? SampleLibraryProblem { get; private set; }

    /// <summary>Completes when the sample library has been loaded (or found unnecessary).</summary>
    public Task SampleLibraryLoaded => _sampleLibrary.Task;

    public void MarkSampleLibraryDone(string? problem = null)
    {
        SampleLibraryProblem ??= problem;
        _sampleLibrary.TrySetResult();
    }
}

public sealed record HealthReport(string Status, string? Engine = null, long? Documents = null, long? Findings = null, string? Detail = null);

/// <summary>Unhealthy while the sample library loads; degraded when it could not be loaded whole.</summary>
internal sealed class SampleLibraryHealthCheck(Readiness readiness) : IHealthCheck
{
    public const string Name = "sample-library";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            !readiness.SampleLibraryDone ? HealthCheckResult.Unhealthy("chargement de la bibliothèque d'exemple en cours")
            : readiness.SampleLibraryProblem is { } problem ? HealthCheckResult.Degraded(problem)
            : HealthCheckResult.Healthy());
}

/// <summary>
/// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (the index answers and start-up
/// work is done; <c>degraded</c>, with the reason, while the ingest ledger and the index disagree or
/// the sample library is incomplete), both from the health checks tagged <c>live</c> and <c>ready</c>
/// that every host registers. Healthy and degraded answer 200, unhealthy 503.
/// </summary>
internal static class HealthApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Readiness>();
        builder.Services.AddHealthChecks().AddCheck<SampleLibraryHealthCheck>(SampleLibraryHealthCheck.Name, tags: [HealthTags.Ready]);
        return builder;
    }

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", Options(HealthTags.Live));
        app.MapHealthChecks("/health/ready", Options(HealthTags.Ready));
        return app;
    }

    private static HealthCheckOptions Options(string tag) => new()
    {
        Predicate = check => check.Tags.Contains(tag),
        ResponseWriter = (context, report) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return context.Response.WriteAsJsonAsync(ToReport(report), Json, context.RequestAborted);
        },
    };

    /// <summary>The report in the shape clients already read: one status word, the index's figures, the reasons.</summary>
    internal static HealthReport ToReport(Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        var failing = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).ToList();
        var status = report.Status switch
        {
            HealthStatus.Healthy => "ok",
            HealthStatus.Degraded => "degraded",
            // Only the sample library still loading: the server is starting, not broken.
            _ when failing.Where(e => e.Value.Status == HealthStatus.Unhealthy).All(e => e.Key == SampleLibraryHealthCheck.Name) => "starting",
            _ => "unavailable",
        };
        var index = report.Entries.TryGetValue("index", out var entry) ? entry.Data : null;
        var detail = failing.Count == 0 ? null : string.Join(" ; ", failing.Select(e => e.Value.Description ?? e.Key));
        return new HealthReport(
            status,
            index?.GetValueOrDefault(HealthTags.Engine) as string,
            index?.GetValueOrDefault(HealthTags.Documents) as long?,
            index?.GetValueOrDefault(HealthTags.Findings) as long?,
            detail);
    }
}
