using System.CommandLine;
using Knowledge.Cli.Extract;
using Knowledge.Ingest.Indexing;
using Knowledge.Ingest.Pipeline;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Cli.Indexing;

/// <summary>
/// <c>ingest &lt;paths&gt; --data DIR</c>: reads documents into the evidence index, composed as the
/// server composes it: the embedded engine in DIR (same folder layout as the server), or the cluster
/// when <c>Knowledge:Engine</c> is <c>elasticsearch</c> (originals still go to DIR). Fails clearly
/// when a running server holds the embedded index.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("chemins") { Description = "Fichiers ou dossiers à indexer / files or folders to index", Arity = ArgumentArity.OneOrMore };
        var data = new Option<DirectoryInfo>("--data") { Description = "Dossier de données (index, originaux) / data folder", Required = true };
        var password = new Option<string[]>("--password") { Description = "Mot de passe des PDF chiffrés (répétable) / password for encrypted PDFs" };
        var report = new Option<FileInfo?>("--report") { Description = "Rapport JSON par fichier / per-file JSON report" };
        var timeout = new Option<int>("--timeout") { Description = "Délai maximal par document, en secondes / per-document time limit", DefaultValueFactory = _ => 60 };
        var taxonomy = new Option<DirectoryInfo?>("--taxonomy") { Description = "Dossier de taxonomie personnalisée / custom taxonomy folder" };

        var command = new Command("ingest", "Indexe des documents dans un dossier de données / index documents into a data folder")
        {
            inputs, data, password, report, timeout, taxonomy,
        };
        command.SetAction((parse, ct) => RunAsync(
            parse.GetValue(inputs)!, parse.GetValue(data)!, parse.GetValue(password) ?? [], parse.GetValue(report), parse.GetValue(timeout), parse.GetValue(taxonomy), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, DirectoryInfo data, string[] passwords, FileInfo? reportFile, int timeoutSeconds, DirectoryInfo? taxonomyFolder, CancellationToken ct)
    {
        if (timeoutSeconds is < 1 or > 3600)
        {
            Console.Error.WriteLine("erreur : --timeout doit être compris entre 1 et 3600 secondes.");
            return ExitCodes.Usage;
        }

        var (files, missing) = InputFiles.Expand(paths);
        foreach (var m in missing)
        {
            Console.Error.WriteLine($"erreur : chemin introuvable : {m}");
        }

        if (missing.Count > 0)
        {
            return ExitCodes.Usage;
        }

        var taxonomy = DataFolder.TaxonomyForCommand(taxonomyFolder);
        if (taxonomy is null)
        {
            return ExitCodes.Usage;
        }

        // Same composition as the server: Knowledge:Engine picks the embedded index in DATA or a cluster.
        var settings = new List<string> { $"--Knowledge:DataPath={data.FullName}" };
        if (taxonomyFolder is not null)
        {
            settings.Add($"--Knowledge:TaxonomyPath={taxonomyFolder.FullName}");
        }

        Directory.CreateDirectory(data.FullName);
        var (host, exitCode) = await EvidenceHost.StartAsync(settings, withWorker: false, lockedHint: null, ct);
        if (host is null)
        {
            return exitCode;
        }

        // The engines are IAsyncDisposable only: the host must be disposed asynchronously.
        await using ((IAsyncDisposable)host)
        {
            var index = host.Services.GetRequiredService<IEvidenceIndex>();
            var pipeline = new IngestPipeline(taxonomy, TimeProvider.System, new IngestOptions { DocumentTimeout = TimeSpan.FromSeconds(timeoutSeconds), Passwords = passwords }, glossary: host.Services.GetRequiredService<Glossary>());
            var ingestor = new EvidenceIngestor(pipeline, index, host.Services.GetRequiredService<DocumentStore>());
            var entries = new List<ReportEntry>();
            var done = 0;
            foreach (var file in files)
            {
                var result = await ingestor.IngestFileAsync(file, null, ct);
                entries.Add(ReportEntry.From(file, result.Ingest));
                done++;
                var rejected = result.Write?.Rejected.Count ?? 0;
                var status = result.Ingest.Status switch
                {
                    IngestStatus.Ingested => $"{result.Write?.Indexed ?? 0} passages indexés" + (rejected > 0 ? $", {rejected} refusés" : string.Empty),
                    IngestStatus.Skipped => "ignoré : " + result.Ingest.Reason,
                    _ => "échec : " + result.Ingest.Reason,
                };
                Console.Error.WriteLine($"[{done}/{files.Count}] {file} — {status}");
            }

            var state = await index.GetStateAsync(ct);
            Console.Error.WriteLine($"Index « {(index.Engine == "elasticsearch" ? index.Engine : data.FullName)} » : {state.Documents} documents, {state.Findings} passages.");
            if (reportFile is not null)
            {
                await File.WriteAllTextAsync(reportFile.FullName, System.Text.Json.JsonSerializer.Serialize(entries, CliJson.Indented), ct);
            }

            await host.StopAsync(CancellationToken.None);
            return entries.Any(e => e.Status == "failed") ? ExitCodes.SomeFailed : ExitCodes.Ok;
        }
    }
}
