using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Audiences;
using Knowledge.Generators.Requests;
using Knowledge.Generators.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Knowledge.Generators;

public static class GeneratorsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GenerationService"/> and its validator. Needs an <c>IEvidenceIndex</c>
    /// registered by an engine. The taxonomy and time provider are added only if absent;
    /// <paramref name="dataFolder"/> may hold an edited <c>audiences.json</c> and edited templates
    /// (<c>templates.fr.json</c>, <c>templates.en.json</c>). The templates are loaded and checked
    /// here, at start-up: a missing or broken file stops the host with a message naming it.
    /// </summary>
    /// <exception cref="TemplateException">A template file is missing, malformed or incomplete.</exception>
    public static IServiceCollection AddGenerators(this IServiceCollection services, string? dataFolder = null)
    {
        services.TryAddSingleton(TemplateCatalog.Load(dataFolder));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => EvidenceTaxonomy.Default);
        services.TryAddSingleton(_ => AudienceCatalog.Load(dataFolder));
        services.TryAddSingleton<GenerationRequestValidator>();
        // Transient: it holds no state and follows whatever lifetime the engine gives the index.
        services.TryAddTransient<GenerationService>();
        return services;
    }
}
