using System.CommandLine;
using Knowledge.Cli.Extract;
using Knowledge.Ingest.Indexing;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Cli.Indexing;

/// <summary>
/// <c>ingest &lt;paths&gt; --data DIR</c>: reads documents into the evidence index in DIR (the
/// embedded engine, the same folder layout as the server). Fails clearly when a running server
/// holds the index.
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

        var (index, exitCode) = DataFolder.OpenForCommand(data, taxonomy, mustExist: false);
        if (index is null)
        {
            return exitCode;
        }

        await using (index)
        {
            var pipeline = new IngestPipeline(taxonomy, TimeProvider.System, new IngestOptions { DocumentTimeout = TimeSpan.FromSeconds(timeoutSeconds), Passwords = passwords });
            var ingestor = new EvidenceIngestor(pipeline, index, new DocumentStore(data.FullName));
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
            Console.Error.WriteLine($"Index « {data.FullName} » : {state.Documents} documents, {state.Findings} passages.");
            if (reportFile is not null)
            {
                await File.WriteAllTextAsync(reportFile.FullName, System.Text.Json.JsonSerializer.Serialize(entries, CliJson.Indented), ct);
            }

            return entries.Any(e => e.Status == "failed") ? ExitCodes.SomeFailed : ExitCodes.Ok;
        }
    }
}
