using Knowledge.Worker.Health;
using Knowledge.Worker.Hosting;
using Knowledge.Worker.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Knowledge.WorkerHost;

/// <summary>
/// The worker as its own process (a thin host over the <c>Knowledge.Worker</c> library): <c>dotnet run --project ingest/Knowledge.WorkerHost</c> sweeps on the
/// schedule until stopped; <c>--once</c> sweeps once and exits (<c>--full</c> rebuilds the index too).
/// Settings as in the search API (<c>--Knowledge:DataPath=…</c>, environment <c>Knowledge__Ingest__Folders__0</c>…).
/// </summary>
public static class WorkerProgram
{
    public static async Task<int> Main(string[] args)
    {
        var once = args.Contains("--once");
        var full = args.Contains("--full");
        var builder = Host.CreateApplicationBuilder([.. args.Where(a => a is not ("--once" or "--full"))]);
        builder.AddEvidenceBase();
        builder.AddIngestWorker(schedule: !once);

        // No HTTP here: the readiness checks every host registers are written to the log when they change.
        builder.Services.AddSingleton<Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheckPublisher, HealthLogPublisher>();
        builder.Services.Configure<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckPublisherOptions>(o => o.Predicate = check => check.Tags.Contains(HealthTags.Ready));
        using var host = builder.Build();
        if (!once)
        {
            await host.RunAsync();
            return 0;
        }

        await host.StartAsync();
        var coordinator = host.Services.GetRequiredService<IngestCoordinator>();
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        var run = await coordinator.TryRunAsync("cli", full, lifetime.ApplicationStopping);
        await host.StopAsync();
        if (run is null)
        {
            await Console.Error.WriteLineAsync("Un autre passage est en cours / another run is in progress.");
            return 3;
        }

        await Console.Out.WriteLineAsync($"{run.Id} {run.Status} new={run.Counts.New} changed={run.Counts.Changed} moved={run.Counts.Moved} copied={run.Counts.Copied} removed={run.Counts.Removed} failed={run.Counts.Failed} rebuilt={run.Counts.Rebuilt}");
        return run.Status == IngestRun.Completed ? 0 : 1;
    }
}
