using Knowledge.Cli.Indexing;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Knowledge.Cli.Searching;

/// <summary>
/// What <c>search</c> and its <c>--export</c> share: the evidence base composed as the server composes it
/// (<see cref="EvidenceHost"/>: <c>Knowledge:Engine</c>, <c>Knowledge:TaxonomyPath</c>, <c>Knowledge:ThesaurusPath</c> from
/// the environment or <c>appsettings.json</c>), and the query built as <c>/api/search</c> builds it: filter codes
/// resolved by that taxonomy, the text understood with that glossary and thesaurus.
/// </summary>
internal static class SearchHost
{
    /// <summary>Starts the host over an existing data folder; on failure prints why and gives the exit code.</summary>
    public static async Task<(IHost? Host, int ExitCode)> StartAsync(DirectoryInfo data, CancellationToken ct)
    {
        if (!Directory.Exists(data.FullName))
        {
            await Console.Error.WriteLineAsync($"erreur : dossier de données introuvable : {data.FullName}");
            return (null, ExitCodes.Usage);
        }

        return await EvidenceHost.StartAsync([$"--Knowledge:DataPath={data.FullName}"], withWorker: false, lockedHint: null, ct);
    }

    /// <summary>The query, understood; null after printing the filter codes the taxonomy does not know.</summary>
    public static EvidenceQuery? Query(IHost host, string? text, string[] countries, string[] themes, string[] regions)
    {
        var taxonomy = host.Services.GetRequiredService<EvidenceTaxonomy>();
        var unknown = countries.Where(c => taxonomy.FindCountry(c) is null).Select(c => $"pays « {c} »")
            .Concat(themes.Where(t => taxonomy.FindTheme(t) is null).Select(t => $"thème « {t} »"))
            .Concat(regions.Where(r => taxonomy.FindRegion(r) is null).Select(r => $"région « {r} »"))
            .ToList();
        foreach (var u in unknown)
        {
            Console.Error.WriteLine($"erreur : code inconnu : {u} (voir GET /api/taxonomy)");
        }

        if (unknown.Count > 0)
        {
            return null;
        }

        var query = new EvidenceQuery
        {
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            Countries = [.. countries.Select(c => taxonomy.FindCountry(c)!.Code)],
            Themes = [.. themes.Select(t => taxonomy.FindTheme(t)!.Code)],
            Regions = [.. regions.Select(r => taxonomy.FindRegion(r)!.Code)],
        };
        return query with { Plan = host.Services.GetRequiredService<QueryUnderstanding>().Analyse(query.Text) };
    }
}
