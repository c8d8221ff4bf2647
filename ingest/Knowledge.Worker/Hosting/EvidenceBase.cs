using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Elasticsearch;
using Knowledge.Ingest.Indexing;
using Knowledge.Ingest.Pipeline;
using Knowledge.Lucene;
using Knowledge.Worker.Health;
using Knowledge.Worker.Safeguarding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Worker.Hosting;

/// <summary>
/// The one composition root of the evidence base, called by every host (search API, worker, CLI):
/// settings, taxonomy, the engine chosen from validated <see cref="KnowledgeOptions"/>, the ingest
/// pipeline and the store of originals. <c>Knowledge:DataPath</c> is read here and nowhere else.
/// </summary>
public static class EvidenceBase
{
    public static IHostApplicationBuilder AddEvidenceBase(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var knowledge = KnowledgeOptions.Read(builder.Configuration);
        var services = builder.Services;
        services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => EvidenceTaxonomy.Load(knowledge.TaxonomyPath));
        services.TryAddSingleton(_ => Glossary.Load(knowledge.TaxonomyPath));
        // A folder named in Knowledge:ThesaurusPath is read at start, so that a wrong one stops it, named. The
        // installed thesauri are read with the first query understood: hosts that never search (the worker, most
        // commands) do not pay their 0.7 s and 32 MB. Registered as an instance or not at all, as the installed
        // thesauri are shared by every host of the process and no container may close their files.
        if (knowledge.ThesaurusPath is { } thesaurusPath)
        {
            services.TryAddSingleton(ConfiguredThesaurus(thesaurusPath));
        }

        services.AddSingleton(sp => new QueryUnderstanding(
            sp.GetRequiredService<EvidenceTaxonomy>(), sp.GetRequiredService<Glossary>(), sp.GetService<Thesaurus>() ?? Thesaurus.Installed));

        if (knowledge.UsesElasticsearch)
        {
            services.AddElasticsearchEvidenceIndex(builder.Configuration);
        }
        else
        {
            // The engine indexes the glossary's terms as tokens: the same glossary as the queries' expansions.
            services.AddSingleton<IEvidenceIndex>(sp => LuceneEvidenceIndex.Open(
                new LuceneIndexOptions { DataPath = knowledge.FullDataPath },
                sp.GetRequiredService<EvidenceTaxonomy>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<Glossary>(),
                sp.GetService<ILoggerFactory>()?.CreateLogger<LuceneEvidenceIndex>()));
        }

        services.AddOptions<IngestOptions>().BindConfiguration("Knowledge:Ingest").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var pipeline = new IngestPipeline(
                sp.GetRequiredService<EvidenceTaxonomy>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<IOptions<IngestOptions>>().Value,
                decisions: sp.GetRequiredService<ReviewStore>(),
                logger: sp.GetService<Microsoft.Extensions.Logging.ILogger<IngestPipeline>>(),
                glossary: sp.GetRequiredService<Glossary>());

            // A long-running host fails when it builds the pipeline, not at its first document.
            pipeline.EnsureReady();
            return pipeline;
        });
        services.AddSingleton(sp => new ReviewStore(knowledge.FullDataPath, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(_ => new DocumentStore(knowledge.FullDataPath));
        services.AddSingleton<EvidenceIngestor>();

        // Every host gets the same checks: live says the process answers, ready that the index does.
        services.AddHealthChecks()
            .AddCheck("process", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy(), tags: [HealthTags.Live])
            .AddCheck<IndexHealthCheck>("index", tags: [HealthTags.Ready]);
        return builder;
    }

    /// <summary>The thesauri of <c>Knowledge:ThesaurusPath</c>: a folder named on purpose must hold one.</summary>
    private static Thesaurus ConfiguredThesaurus(string folder)
    {
        var thesaurus = Thesaurus.Load(folder);
        return thesaurus.Count > 0 ? thesaurus : throw new TaxonomyException(
            $"Knowledge:ThesaurusPath « {folder} » ne contient aucun thésaurus : th_fr_FR_v2 ou th_en_US_v2, chacun en .dat et .idx (paquets Debian mythes-fr, mythes-en-us).");
    }
}
