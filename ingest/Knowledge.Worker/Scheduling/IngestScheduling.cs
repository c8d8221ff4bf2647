using Knowledge.Worker.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Knowledge.Worker.Scheduling;

/// <summary>All of the worker's scheduling, in one place: the cron sweep and the start-up sweep.</summary>
public static class IngestScheduling
{
    public static readonly JobKey SweepJobKey = new("sweep", "ingest");

    public static IServiceCollection AddIngestScheduling(this IServiceCollection services, string cronSchedule, bool runAtStartup)
    {
        services.AddQuartz(q =>
        {
            // Several hosts may share a process (test servers, a CLI beside a server): each gets its own
            // scheduler instead of finding another's in Quartz's process-wide repository.
            q.ConfigureScheduler(o => o.InstanceName = "knowledge-ingest-" + Guid.NewGuid().ToString("N")[..8]);
            q.AddJob<SweepJob>(j => j
                .WithIdentity(SweepJobKey)
                .StoreDurably()
                .WithDescription("Passage sur les dossiers surveillés / folder sweep"));
            q.AddTrigger(t => t
                .ForJob(SweepJobKey)
                .WithIdentity("sweep-schedule", "ingest")
                .UsingJobData(SweepJob.TriggerKey, "schedule")
                .WithCronSchedule(cronSchedule, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            if (runAtStartup)
            {
                q.AddTrigger(t => t
                    .ForJob(SweepJobKey)
                    .WithIdentity("sweep-startup", "ingest")
                    .UsingJobData(SweepJob.TriggerKey, "startup")
                    .StartNow());
            }
        });

        // The scheduler starts with the host (the coordinator, registered before it, is already up), so
        // the start-up sweep is due as soon as the host is; on shutdown Quartz waits for the running
        // sweep, which the coordinator cancels between documents.
        services.AddQuartzHostedService(o =>
        {
            o.AwaitApplicationStarted = false;
            o.WaitForJobsToComplete = true;
        });
        return services;
    }

    /// <summary>Whether Quartz accepts a cron expression (checked at start-up, naming the setting).</summary>
    public static bool IsValidCron(string? expression) => expression is not null && CronExpression.TryParse(expression, out _);
}

/// <summary>Thin: asks the coordinator for a sweep. Runs never overlap (here and in the coordinator's gate).</summary>
[DisallowConcurrentExecution]
internal sealed partial class SweepJob(IngestCoordinator coordinator, ILogger<SweepJob> logger) : IJob
{
    public const string TriggerKey = "trigger";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var trigger = context.MergedJobDataMap.GetString(TriggerKey) ?? "schedule";
        var run = await coordinator.TryRunAsync(trigger, full: false, cancellationToken);
        if (run is null)
        {
            LogBusy(logger, trigger);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Passage {Trigger} sauté : un autre passage est en cours")]
    private static partial void LogBusy(ILogger logger, string trigger);
}
