using Elastic.Clients.Elasticsearch;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Elasticsearch.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Elasticsearch;

/// <summary>Registers the Elasticsearch engine as the <see cref="IEvidenceIndex"/>.</summary>
public static class ElasticsearchServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="ElasticsearchOptions"/> from <c>Knowledge:Elasticsearch</c> (validated at
    /// start-up), registers <see cref="ElasticsearchEvidenceIndex"/> as the singleton
    /// <see cref="IEvidenceIndex"/>, and checks the cluster when the host starts: a host pointed at a
    /// missing or wrong server fails with "Elasticsearch injoignable à {url} : {raison}".
    /// </summary>
    public static IServiceCollection AddElasticsearchEvidenceIndex(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ElasticsearchOptions>()
            .Bind(configuration.GetSection(ElasticsearchOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // One client for the host's lifetime: it owns the connection pool and the handler chain.
        services.TryAddSingleton(sp => ElasticsearchClientFactory.Create(
            sp.GetRequiredService<IOptions<ElasticsearchOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ElasticsearchEvidenceIndex(
            sp.GetRequiredService<ElasticsearchClient>(),
            sp.GetRequiredService<IOptions<ElasticsearchOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ElasticsearchEvidenceIndex>>(),
            sp.GetService<EvidenceTaxonomy>()));
        services.AddSingleton<IEvidenceIndex>(sp => sp.GetRequiredService<ElasticsearchEvidenceIndex>());
        services.AddHostedService<ElasticsearchStartupCheck>();
        return services;
    }
}

/// <summary>Checks the cluster and prepares the indices before the host serves anything.</summary>
internal sealed class ElasticsearchStartupCheck(ElasticsearchEvidenceIndex index, ILogger<ElasticsearchStartupCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await index.InitializeAsync(cancellationToken);
        }
        catch (ElasticsearchException ex)
        {
            logger.LogCritical("{Message}", ex.Message);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
