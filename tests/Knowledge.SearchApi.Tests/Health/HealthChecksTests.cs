using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Knowledge.Core.Search;
using Knowledge.SearchApi.Health;
using Knowledge.SearchApi.Tests.Uploads;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Knowledge.SearchApi.Tests.Health;

/// <summary>Liveness and readiness come from the hosts' health checks (tagged live and ready), in the report shape clients read.</summary>
public sealed class HealthChecksTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ready_ReportsTheIndexFigures_AndEveryReadyCheckIsRegistered()
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health/ready", Ct);
        var ready = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("ok", ready.GetProperty("status").GetString());
        Assert.Equal("embedded", ready.GetProperty("engine").GetString());
        Assert.Equal(0, ready.GetProperty("documents").GetInt64());

        var options = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HealthCheckServiceOptions>>().Value;
        var ready_ = options.Registrations.Where(r => r.Tags.Contains("ready")).Select(r => r.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["index", "ledger", "sample-library"], ready_);
        Assert.Equal(["process"], options.Registrations.Where(r => r.Tags.Contains("live")).Select(r => r.Name));
    }

    [Fact]
    public async Task IndexUnreachable_ReadyAnswers503Unavailable_WhileLiveStaysOk()
    {
        await using var factory = new WorkerApiFactory();
        await using var broken = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            var original = services.Single(d => d.ServiceType == typeof(IEvidenceIndex));
            services.Remove(original);
            services.AddSingleton<IEvidenceIndex>(sp => new UnreachableIndex((IEvidenceIndex)original.ImplementationFactory!(sp)));
        }));
        using var client = broken.CreateClient();

        var live = await client.GetAsync("/health/live", Ct);
        var ready = await client.GetAsync("/health/ready", Ct);
        var body = await ready.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("unavailable", body.GetProperty("status").GetString());
        Assert.Contains("index injoignable : connexion refusée", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OnlyTheSampleLibraryLoading_IsStarting()
    {
        var report = Report(
            ("index", new HealthReportEntry(HealthStatus.Healthy, null, TimeSpan.Zero, null, new Dictionary<string, object> { ["engine"] = "embedded", ["documents"] = 3L, ["findings"] = 40L })),
            ("sample-library", new HealthReportEntry(HealthStatus.Unhealthy, "chargement de la bibliothèque d'exemple en cours", TimeSpan.Zero, null, null)));

        var shaped = HealthApi.ToReport(report);

        Assert.Equal(new Knowledge.SearchApi.Health.HealthReport("starting", "embedded", 3, 40, "chargement de la bibliothèque d'exemple en cours"), shaped);
    }

    [Fact]
    public async Task SampleLibrary_Incomplete_IsDegradedWithItsReason_LoadingIsUnhealthy()
    {
        var readiness = new Readiness();
        var check = new SampleLibraryHealthCheck(readiness);
        var context = new HealthCheckContext();

        Assert.Equal(HealthStatus.Unhealthy, (await check.CheckHealthAsync(context, Ct)).Status);
        readiness.MarkSampleLibraryDone("bibliothèque d'exemple incomplète : 1 fichier non chargé sur 12 (a.pdf)");
        var done = await check.CheckHealthAsync(context, Ct);

        Assert.Equal(HealthStatus.Degraded, done.Status);
        Assert.Equal("bibliothèque d'exemple incomplète : 1 fichier non chargé sur 12 (a.pdf)", done.Description);
    }

    private static Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport Report(params (string Name, HealthReportEntry Entry)[] entries) =>
        new(entries.ToDictionary(e => e.Name, e => e.Entry), TimeSpan.Zero);

    private sealed class UnreachableIndex(IEvidenceIndex inner) : DelegatingEvidenceIndex(inner)
    {
        public override Task<IndexState> GetStateAsync(CancellationToken cancellationToken = default) =>
            throw new HttpRequestException("connexion refusée");
    }
}
