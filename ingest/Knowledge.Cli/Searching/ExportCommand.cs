using System.CommandLine;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Exports;
using Knowledge.Worker.Safeguarding;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Cli.Searching;

/// <summary>
/// <c>search "&lt;query&gt;" --data DIR --export xlsx|csv|ris|bibtex|csljson --out FILE</c>: the same
/// export as <c>GET /api/search/export</c> (same understanding of the query, same cap, same masking
/// of unreviewed spans), written to a file and recorded in the data folder's audit log.
/// </summary>
internal static class ExportCommand
{
    internal sealed record ExportOptionSet(Option<string?> Format, Option<FileInfo?> Out, Option<string> BaseUrl, Option<int> MaxRows, Option<string> Language);

    public static ExportOptionSet Options()
    {
        var format = new Option<string?>("--export") { Description = "Exporter au lieu d'afficher : xlsx, csv, ris, bibtex ou csljson / export instead of printing" };
        var output = new Option<FileInfo?>("--out") { Description = "Fichier produit par --export / file written by --export" };
        var baseUrl = new Option<string>("--base-url")
        {
            Description = "Adresse du serveur à laquelle pointent les liens du fichier / server the file's links point to",
            DefaultValueFactory = _ => "http://localhost:5080/",
        };
        var maxRows = new Option<int>("--max-rows")
        {
            Description = "Passages exportés au plus (1 à 10000) / findings exported at most",
            DefaultValueFactory = _ => ExportOptions.DefaultMaxRows,
        };
        var language = new Option<string>("--language") { Description = "Langue des en-têtes, libellés et avis : fr | en / language of headers, labels and notices", DefaultValueFactory = _ => "fr" };
        language.AcceptOnlyFromAmong("fr", "en");
        return new ExportOptionSet(format, output, baseUrl, maxRows, language);
    }

    public static async Task<int> RunAsync(
        ParseResult parse, ExportOptionSet options, string formatCode, string text, DirectoryInfo data, string[] countries, string[] themes, string[] regions, CancellationToken ct)
    {
        var output = parse.GetValue(options.Out);
        var maxRows = parse.GetValue(options.MaxRows);
        var baseText = parse.GetValue(options.BaseUrl)!;
        var language = parse.GetValue(options.Language)!;
        var usage = new List<string>();
        if (!ExportFormats.TryParse(formatCode, out var format))
        {
            usage.Add($"--export : format inconnu « {formatCode} » ; formats acceptés : {string.Join(", ", ExportFormats.All.Select(f => f.Code()))}.");
        }

        if (output is null)
        {
            usage.Add("--export demande --out FICHIER.");
        }

        if (maxRows is < 1 or > 10_000)
        {
            usage.Add("--max-rows doit être compris entre 1 et 10000.");
        }

        if (!Uri.TryCreate(baseText, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            usage.Add($"--base-url attend une adresse http(s) absolue, pas « {baseText} ».");
        }

        if (usage.Count > 0)
        {
            foreach (var message in usage)
            {
                Console.Error.WriteLine($"erreur : {message}");
            }

            return ExitCodes.Usage;
        }

        var (host, exitCode) = await SearchHost.StartAsync(data, ct);
        if (host is null)
        {
            return exitCode;
        }

        // The engines are IAsyncDisposable only: the host must be disposed asynchronously.
        await using ((IAsyncDisposable)host)
        {
            if (SearchHost.Query(host, text, countries, themes, regions) is not { } query)
            {
                return ExitCodes.Usage;
            }

            var taxonomy = host.Services.GetRequiredService<EvidenceTaxonomy>();
            var index = host.Services.GetRequiredService<IEvidenceIndex>();
            var parameters = new List<KeyValuePair<string, string>>();
            parameters.AddRange(query.Text is null ? [] : [new("q", query.Text)]);
            parameters.AddRange(query.Themes.Select(t => new KeyValuePair<string, string>("theme", t)));
            parameters.AddRange(query.Countries.Select(c => new KeyValuePair<string, string>("country", c)));
            parameters.AddRange(query.Regions.Select(r => new KeyValuePair<string, string>("region", r)));

            var exporter = new EvidenceExporter(index, taxonomy, host.Services.GetRequiredService<TimeProvider>());
            var export = await exporter.FromSearchAsync(query, new ExportScope(language, baseUrl!, maxRows, parameters), ct);
            await File.WriteAllBytesAsync(output!.FullName, exporter.Write(export, format), ct);

            // The same audit line as the server's, in the same data folder.
            host.Services.GetRequiredService<ReviewStore>().Audit(
                "cli:" + Environment.UserName,
                "local",
                "export",
                detail: export.AuditDetail("search", format));

            Console.Error.WriteLine(export.Truncated
                ? $"{export.RowCount(format)} ligne(s) écrite(s) dans {output.FullName} : export limité aux {export.Findings.Count} premiers passages sur {export.TotalHits}."
                : $"{export.RowCount(format)} ligne(s) écrite(s) dans {output.FullName} ({export.TotalHits} passage(s) trouvé(s)).");
            return ExitCodes.Ok;
        }
    }
}
