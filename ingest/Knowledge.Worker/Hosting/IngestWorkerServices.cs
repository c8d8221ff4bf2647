using Knowledge.Core.Search;
using Knowledge.Ingest.Indexing;
using Knowledge.Ingest.Pipeline;
using Knowledge.Worker.Health;
using Knowledge.Worker.Ledger;
using Knowledge.Worker.Quarantine;
using Knowledge.Worker.Rebuild;
using Knowledge.Worker.Reconciling;
using Knowledge.Worker.Resilience;
using Knowledge.Worker.Runs;
using Knowledge.Worker.Scheduling;
using Knowledge.Worker.Sweeping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace Knowledge.Worker.Hosting;

/// <summary>Registration of the ingest worker on top of a registered evidence base (index, pipeline, store).</summary>
public static class IngestWorkerServices
{
    /// <summary>
    /// Adds the ledger, sweeps, rebuilds, uploads' ingestion and the run gate. The schedule is added
    /// when <paramref name="schedule"/> is true, or when null and <c>Knowledge:Ingest:InProcess</c> is
    /// true (the default: the search API runs the worker).
    /// </summary>
    public static IHostApplicationBuilder AddIngestWorker(this IHostApplicationBuilder builder, bool? schedule = null)
    {
        var services = builder.Services;
        services.AddOptions<IngestWorkerOptions>()
            .BindConfiguration(IngestWorkerOptions.Section)
            .Configure<IOptions<KnowledgeOptions>>((o, knowledge) => o.DataPath = knowledge.Value.DataPath)
            .ValidateDataAnnotations()
            .Validate(o => IngestScheduling.IsValidCron(o.Schedule), "Knowledge:Ingest:Schedule n'est pas une expression cron Quartz valide (ex. « 0 0 2 * * ? »).")
            .ValidateOnStart();
        services.TryAddSingletonTimeProvider();

        services.AddKeyedSingleton(IndexWriteResilience.Name, (sp, _) => IndexWriteResilience.Create(
            Options(sp).Resilience, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ResilientEvidenceIndex(
            sp.GetRequiredService<IEvidenceIndex>(),
            sp.GetRequiredKeyedService<ResiliencePipeline>(IndexWriteResilience.Name)));
        services.AddSingleton(sp => new IngestLedger(
            Options(sp).LedgerPath, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<IngestLedger>>()));
        services.AddSingleton(sp => new QuarantineFolder(Options(sp).QuarantinePath));
        services.AddSingleton<IDocumentIngestor>(sp => new PipelineDocumentIngestor(
            sp.GetRequiredService<IngestPipeline>(),
            sp.GetRequiredService<ResilientEvidenceIndex>(),
            sp.GetRequiredService<DocumentStore>()));
        services.AddSingleton(sp => new FolderSweeper(
            Options(sp),
            sp.GetRequiredService<IngestLedger>(),
            sp.GetRequiredService<QuarantineFolder>(),
            sp.GetRequiredService<IDocumentIngestor>(),
            sp.GetRequiredService<ResilientEvidenceIndex>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<FolderSweeper>>(),
            sp.GetService<IOptions<IngestOptions>>()?.Value));
        services.AddSingleton(sp => new FullRebuilder(
            sp.GetRequiredService<ResilientEvidenceIndex>(),
            sp.GetRequiredService<IDocumentIngestor>(),
            sp.GetRequiredService<DocumentStore>(),
            sp.GetRequiredService<IngestLedger>()));
        services.AddSingleton(sp => new LedgerReconciler(
            sp.GetRequiredService<IngestLedger>(),
            sp.GetRequiredService<ResilientEvidenceIndex>(),
            sp.GetRequiredService<DocumentStore>(),
            sp.GetRequiredService<IDocumentIngestor>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<LedgerReconciler>>()));
        services.AddHealthChecks().AddCheck<LedgerHealthCheck>("ledger", tags: [HealthTags.Ready]);
        services.AddSingleton<IngestCoordinator>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestCoordinator>());

        var section = builder.Configuration.GetSection(IngestWorkerOptions.Section);
        if (schedule ?? section.GetValue("InProcess", true))
        {
            services.AddIngestScheduling(
                section["Schedule"] ?? new IngestWorkerOptions().Schedule,
                section.GetValue("RunAtStartup", true));
        }

        return builder;
    }

    private static IngestWorkerOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<IngestWorkerOptions>>().Value;

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
