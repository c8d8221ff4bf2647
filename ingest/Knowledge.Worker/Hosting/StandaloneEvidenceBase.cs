using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Elasticsearch;
using Knowledge.Ingest.Indexing;
using Knowledge.Ingest.Pipeline;
using Knowledge.Lucene;
using Knowledge.Worker.Safeguarding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Knowledge.Worker.Hosting;

/// <summary>
/// The evidence base for the worker running as its own process (the search API registers its own):
/// the same settings (<c>Knowledge:Engine</c>, <c>Knowledge:DataPath</c>, <c>Knowledge:TaxonomyPath</c>).
/// The embedded engine allows one process per data folder, so a separate worker suits Elasticsearch
/// deployments, or a data folder no server has open.
/// </summary>
public static class StandaloneEvidenceBase
{
    public static IHostApplicationBuilder AddStandaloneEvidenceBase(this IHostApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var dataPath = Path.GetFullPath(config["Knowledge:DataPath"] ?? "./data");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(_ => EvidenceTaxonomy.Load(config["Knowledge:TaxonomyPath"]));
        if (string.Equals(config["Knowledge:Engine"], "elasticsearch", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddElasticsearchEvidenceIndex(config);
        }
        else
        {
            builder.Services.AddSingleton<IEvidenceIndex>(sp => LuceneEvidenceIndex.Open(
                dataPath, sp.GetRequiredService<EvidenceTaxonomy>(), sp.GetRequiredService<TimeProvider>()));
        }

        builder.Services.AddOptions<IngestOptions>().BindConfiguration("Knowledge:Ingest").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => new IngestPipeline(
            sp.GetRequiredService<EvidenceTaxonomy>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<IngestOptions>>().Value,
            decisions: sp.GetRequiredService<ReviewStore>()));
        builder.Services.AddSingleton(sp => new ReviewStore(dataPath, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(_ => new DocumentStore(dataPath));
        return builder;
    }
}
