using Knowledge.Worker.Health;
using Knowledge.Worker.Tests.Fixtures;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Knowledge.Worker.Tests.Health;

/// <summary>The standalone worker has no probe to call: its readiness goes to the log, once per change.</summary>
public sealed class HealthLogPublisherTests
{
    [Fact]
    public async Task Degraded_IsLoggedOnceWithItsReason_ThenTheReturnToNormal()
    {
        var log = new RecordingLogger();
        var publisher = new HealthLogPublisher(new Typed(log));
        var degraded = Report(HealthStatus.Degraded, "2 documents du registre d'ingestion absents de l'index");
        var ct = TestContext.Current.CancellationToken;

        await publisher.PublishAsync(degraded, ct);
        await publisher.PublishAsync(degraded, ct);
        await publisher.PublishAsync(Report(HealthStatus.Healthy, null), ct);

        Assert.Equal(
            [
                (LogLevel.Warning, "État de santé : dégradé (ledger : 2 documents du registre d'ingestion absents de l'index)"),
                (LogLevel.Information, "État de santé : normal"),
            ],
            log.Lines);
    }

    private static HealthReport Report(HealthStatus status, string? description) =>
        new(new Dictionary<string, HealthReportEntry> { ["ledger"] = new(status, description, TimeSpan.Zero, null, null) }, TimeSpan.Zero);

    private sealed class Typed(RecordingLogger inner) : ILogger<HealthLogPublisher>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
