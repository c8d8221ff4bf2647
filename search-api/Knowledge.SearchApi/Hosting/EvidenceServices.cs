using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Elasticsearch;
using Knowledge.Ingest.Indexing;
using Knowledge.Ingest.Pipeline;
using Knowledge.Lucene;
using Knowledge.Worker.Safeguarding;
using Microsoft.Extensions.Options;

namespace Knowledge.SearchApi.Hosting;

/// <summary>Registration of the evidence base: options, taxonomy, the chosen engine, ingestion.</summary>
internal static class EvidenceServices
{
    public static IHostApplicationBuilder AddEvidenceBase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KnowledgeOptions>()
            .BindConfiguration(KnowledgeOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => EvidenceTaxonomy.Load(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.TaxonomyPath));
        builder.Services.AddSingleton(sp => new QueryUnderstanding(
            sp.GetRequiredService<EvidenceTaxonomy>(),
            Glossary.Load(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.TaxonomyPath)));

        var engine = builder.Configuration[$"{KnowledgeOptions.Section}:Engine"] ?? "embedded";
        if (string.Equals(engine, "elasticsearch", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddElasticsearchEvidenceIndex(builder.Configuration);
        }
        else
        {
            builder.Services.AddSingleton<IEvidenceIndex>(sp => LuceneEvidenceIndex.Open(
                Path.Combine(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.FullDataPath),
                sp.GetRequiredService<EvidenceTaxonomy>(),
                sp.GetRequiredService<TimeProvider>()));
        }

        builder.Services.AddOptions<IngestOptions>().BindConfiguration("Knowledge:Ingest").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => new IngestPipeline(
            sp.GetRequiredService<EvidenceTaxonomy>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<IngestOptions>>().Value,
            decisions: sp.GetRequiredService<ReviewStore>()));
        builder.Services.AddSingleton(sp => new ReviewStore(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.FullDataPath, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(sp => new DocumentStore(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.FullDataPath));
        builder.Services.AddSingleton<EvidenceIngestor>();
        return builder;
    }
}
