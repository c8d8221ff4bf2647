using System.CommandLine;
using System.Text;
using System.Text.Json;
using Knowledge.Core.Taxonomy;
using Knowledge.Ingest.Pipeline;
using Spectre.Console;

namespace Knowledge.Cli.Extract;

/// <summary>
/// <c>extract &lt;file-or-folder&gt;... [--password P] [--out findings.jsonl] [--report report.json]</c>:
/// reads documents and writes their findings as JSON lines, without touching any index.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("chemins") { Description = "Fichiers ou dossiers à lire (PDF, DOCX, TXT, MD) / files or folders", Arity = ArgumentArity.OneOrMore };
        var password = new Option<string[]>("--password") { Description = "Mot de passe des PDF chiffrés (répétable) / password for encrypted PDFs", AllowMultipleArgumentsPerToken = false };
        var output = new Option<FileInfo?>("--out") { Description = "Fichier JSONL des passages (sortie standard sinon) / findings output" };
        var report = new Option<FileInfo?>("--report") { Description = "Rapport JSON par fichier / per-file JSON report" };
        var timeout = new Option<int>("--timeout") { Description = "Délai maximal par document, en secondes / per-document time limit", DefaultValueFactory = _ => 60 };
        var parallel = new Option<int>("--parallel") { Description = "Documents lus en parallèle (défaut : nombre de cœurs) / documents read in parallel", DefaultValueFactory = _ => Environment.ProcessorCount };
        var taxonomy = new Option<DirectoryInfo?>("--taxonomy") { Description = "Dossier de taxonomie personnalisée / custom taxonomy folder" };

        var command = new Command("extract", "Extrait les passages citables de documents / extract citable findings from documents")
        {
            inputs, password, output, report, timeout, parallel, taxonomy,
        };

        command.SetAction((parse, ct) => RunAsync(
            parse.GetValue(inputs)!,
            parse.GetValue(password) ?? [],
            parse.GetValue(output),
            parse.GetValue(report),
            parse.GetValue(timeout),
            parse.GetValue(parallel),
            parse.GetValue(taxonomy),
            ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string[] passwords, FileInfo? output, FileInfo? reportFile, int timeoutSeconds, int parallel, DirectoryInfo? taxonomyFolder, CancellationToken ct)
    {
        if (timeoutSeconds is < 1 or > 3600)
        {
            Console.Error.WriteLine("erreur : --timeout doit être compris entre 1 et 3600 secondes.");
            return ExitCodes.Usage;
        }

        if (parallel is < 1 or > 64)
        {
            Console.Error.WriteLine("erreur : --parallel doit être compris entre 1 et 64.");
            return ExitCodes.Usage;
        }

        var (files, missing) = InputFiles.Expand(paths);
        if (missing.Count > 0)
        {
            foreach (var m in missing)
            {
                Console.Error.WriteLine($"erreur : chemin introuvable : {m}");
            }

            return ExitCodes.Usage;
        }

        // The taxonomy is read beside the first document: a malformed custom one stops the run at
        // that document's end, with the same message as before it started.
        var pipeline = new IngestPipeline(() => EvidenceTaxonomy.Load(taxonomyFolder?.FullName), TimeProvider.System, new IngestOptions
        {
            DocumentTimeout = TimeSpan.FromSeconds(timeoutSeconds),
            Passwords = passwords,
        });

        var writer = output is null
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false))
            : new StreamWriter(output.FullName, append: false, new UTF8Encoding(false));
        var entries = new List<ReportEntry>(files.Count);
        try
        {
            await using (writer)
            {
                var progress = new ExtractProgress(files.Count, interactive: !Console.IsErrorRedirected);
                await OrderedRunner.RunAsync(
                    files,
                    parallel,
                    (file, token) => pipeline.IngestFileAsync(file, null, token),
                    async (file, result) =>
                    {
                        foreach (var finding in result.Findings)
                        {
                            await writer.WriteLineAsync(JsonSerializer.Serialize(FindingLine.From(finding), CliJson.Default.FindingLine));
                        }

                        entries.Add(ReportEntry.From(file, result));
                        progress.Report(file, result);
                    },
                    ct);
                ExtractProgress.Finish(entries);
            }
        }
        catch (TaxonomyException ex)
        {
            Console.Error.WriteLine($"erreur : {ex.Message}");
            return ExitCodes.Usage;
        }

        if (reportFile is not null)
        {
            await File.WriteAllTextAsync(reportFile.FullName, JsonSerializer.Serialize(entries, CliJson.Indented), ct);
        }

        return entries.Any(e => e.Status == "failed") ? ExitCodes.SomeFailed : ExitCodes.Ok;
    }

    /// <summary>Progress on the terminal (stderr), or one plain line per file when stderr is redirected.</summary>
    private sealed class ExtractProgress(int total, bool interactive)
    {
        private readonly IAnsiConsole _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        private int _done;

        public void Report(string file, IngestResult result)
        {
            _done++;
            var status = result.Status switch
            {
                IngestStatus.Ingested => $"{result.Findings.Count} passages, {result.Pages} p., {result.ElapsedMs} ms",
                IngestStatus.Skipped => "ignoré : " + result.Reason,
                _ => "échec : " + result.Reason,
            };
            if (interactive)
            {
                var color = result.Status == IngestStatus.Ingested ? "green" : result.Status == IngestStatus.Skipped ? "yellow" : "red";
                _console.MarkupLine($"[grey][[{_done}/{total}]][/] [{color}]{Markup.Escape(Path.GetFileName(file))}[/] — {Markup.Escape(status)}");
            }
            else
            {
                Console.Error.WriteLine($"[{_done}/{total}] {file} — {status}");
            }
        }

        public static void Finish(List<ReportEntry> entries)
        {
            var ok = entries.Count(e => e.Status == "ingested");
            var failed = entries.Count(e => e.Status == "failed");
            var skipped = entries.Count(e => e.Status == "skipped");
            Console.Error.WriteLine($"{ok} lu(s), {failed} en échec, {skipped} ignoré(s) ; {entries.Sum(e => e.Findings)} passages, {entries.Sum(e => e.Pages)} pages.");
        }
    }
}
