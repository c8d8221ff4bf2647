using Knowledge.Worker.Hosting;
using Knowledge.Worker.Scheduling;
using Knowledge.Worker.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace Knowledge.Worker.Tests.Scheduling;

public sealed class IngestSchedulingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Worker_SchedulesTheConfiguredCronAndAStartUpSweep()
    {
        using var folder = new TempFolder();
        using var host = Build(folder, ("Knowledge:Ingest:Schedule", "0 30 3 * * ?"), ("Knowledge:Ingest:RunAtStartup", "false"));
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);

        var triggers = await scheduler.GetTriggersOfJob(IngestScheduling.SweepJobKey, Ct);

        var cron = Assert.IsAssignableFrom<ICronTrigger>(Assert.Single(triggers));
        Assert.Equal("0 30 3 * * ?", cron.CronExpressionString);
    }

    [Fact]
    public async Task Worker_ByDefault_SweepsNightlyAndAtStartUp()
    {
        using var folder = new TempFolder();
        using var host = Build(folder);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);

        var triggers = await scheduler.GetTriggersOfJob(IngestScheduling.SweepJobKey, Ct);

        Assert.Equal(2, triggers.Count);
        Assert.Contains(triggers, t => t is ICronTrigger { CronExpressionString: "0 0 2 * * ?" });
        Assert.Contains(triggers, t => t.Key.Name == "sweep-startup");
    }

    [Fact]
    public async Task TwoHostsInOneProcess_EachRunTheirOwnScheduler()
    {
        // Test servers (and the CLI beside an in-process worker) put several hosts in one process.
        using var folderA = new TempFolder();
        using var folderB = new TempFolder();
        using var a = Build(folderA, ("Knowledge:Ingest:RunAtStartup", "false"));
        using var b = Build(folderB, ("Knowledge:Ingest:RunAtStartup", "false"));

        await a.StartAsync(Ct);
        await b.StartAsync(Ct);

        var schedulerA = await a.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        var schedulerB = await b.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        Assert.NotSame(schedulerA, schedulerB);
        Assert.NotEqual(schedulerA.SchedulerName, schedulerB.SchedulerName);
        Assert.Equal(SchedulerStatus.Running, schedulerA.Status);
        Assert.Equal(SchedulerStatus.Running, schedulerB.Status);
        await a.StopAsync(Ct);
        await b.StopAsync(Ct);
    }

    [Fact]
    public void SweepJob_NeverRunsTwiceAtOnce() =>
        Assert.NotNull(typeof(SweepJob).GetCustomAttributes(typeof(DisallowConcurrentExecutionAttribute), inherit: true).SingleOrDefault());

    [Fact]
    public void Worker_InvalidSchedule_FailsAtStartNamingTheSetting()
    {
        using var folder = new TempFolder();
        using var host = Build(folder, ("Knowledge:Ingest:Schedule", "toutes les nuits"));

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<IngestWorkerOptions>>().Value);

        Assert.Contains("Knowledge:Ingest:Schedule", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Worker_NotInProcess_LeavesSchedulingToTheWorkerProcess()
    {
        using var folder = new TempFolder();
        using var host = Build(folder, ("Knowledge:Ingest:InProcess", "false"));

        Assert.Null(host.Services.GetService<ISchedulerFactory>());
    }

    private static IHost Build(TempFolder folder, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(
            [new("Knowledge:DataPath", Path.Combine(folder.Path, "data")), .. settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))]);
        builder.AddEvidenceBase();
        builder.AddIngestWorker();
        return builder.Build();
    }
}
