using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Knowledge.Lucene;

/// <summary>Registration of the embedded index.</summary>
public static class LuceneServiceCollectionExtensions
{
    /// <summary>
    /// Registers the embedded Lucene index as the <see cref="IEvidenceIndex"/> singleton. It uses the
    /// registered <see cref="EvidenceTaxonomy"/> and <see cref="Glossary"/> (the shipped ones otherwise),
    /// <see cref="TimeProvider"/> and logging.
    /// </summary>
    public static IServiceCollection AddLuceneEvidenceIndex(this IServiceCollection services, Func<IServiceProvider, LuceneIndexOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IEvidenceIndex>(sp => LuceneEvidenceIndex.Open(
            options(sp),
            sp.GetService<EvidenceTaxonomy>() ?? EvidenceTaxonomy.Default,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<Glossary>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger<LuceneEvidenceIndex>()));
        return services;
    }

    /// <summary>Registers the embedded index stored under <paramref name="dataFolder"/>.</summary>
    public static IServiceCollection AddLuceneEvidenceIndex(this IServiceCollection services, string dataFolder) =>
        services.AddLuceneEvidenceIndex(_ => new LuceneIndexOptions { DataPath = dataFolder });
}
