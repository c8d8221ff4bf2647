using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Knowledge.Worker.Health;

/// <summary>
/// For hosts without HTTP (the standalone worker): writes the readiness checks' outcome to the log
/// when it changes, so an operator sees "degraded" or "unavailable" with its reason, and the return
/// to normal, without a probe to call.
/// </summary>
public sealed partial class HealthLogPublisher(ILogger<HealthLogPublisher> logger) : IHealthCheckPublisher
{
    private string? _last;

    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var reasons = string.Join(" ; ", report.Entries
            .Where(e => e.Value.Status != HealthStatus.Healthy)
            .Select(e => $"{e.Key} : {e.Value.Description ?? e.Value.Exception?.Message ?? e.Value.Status.ToString()}"));
        var summary = report.Status + "|" + reasons;
        if (summary == Interlocked.Exchange(ref _last, summary))
        {
            return Task.CompletedTask;
        }

        if (report.Status == HealthStatus.Healthy)
        {
            LogHealthy(logger);
        }
        else if (report.Status == HealthStatus.Degraded)
        {
            LogDegraded(logger, reasons);
        }
        else
        {
            LogUnhealthy(logger, reasons);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "État de santé : normal")]
    private static partial void LogHealthy(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "État de santé : dégradé ({Reasons})")]
    private static partial void LogDegraded(ILogger logger, string reasons);

    [LoggerMessage(Level = LogLevel.Error, Message = "État de santé : indisponible ({Reasons})")]
    private static partial void LogUnhealthy(ILogger logger, string reasons);
}
