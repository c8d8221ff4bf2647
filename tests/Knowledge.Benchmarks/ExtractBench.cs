using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Knowledge.Core.Taxonomy;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Benchmarks;

/// <summary>
/// End-to-end extraction throughput: `extract [folder…] [--runs N] [--memory FILE]`. Runs the real
/// pipeline (layout, clean-up, passages, tagging) over every PDF of the given folders (default:
/// ../shared/corpus/reports and ../shared/corpus/robustness), once to warm up, then N times
/// single-threaded and N times with documents and their pages spread over every core, and reports pages per second (median)
/// and the process's peak working set. `--memory FILE` ingests one file in this process and
/// reports its peak working set alone. Targets (issue): ≥ 60 pages/s on one core and ≥ 100 on two
/// on the reports corpus; under 1 GB peak on FailedToParseContentForPage32.pdf. For a true
/// one-core figure run it under `taskset -c 0`.
/// </summary>
internal sealed class ExtractBench : IBench
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string Name => "extract";

    public string Description => "pages/s de l'extraction de bout en bout (1 cœur et tous les cœurs), mémoire de pointe";

    public async Task<int> RunAsync(string[] args)
    {
        var runs = 3;
        string? memoryFile = null;
        var folders = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs":
                    runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--memory":
                    memoryFile = args[++i];
                    break;
                default:
                    folders.Add(args[i]);
                    break;
            }
        }

        var pipeline = new IngestPipeline(EvidenceTaxonomy.Default, TimeProvider.System, new IngestOptions { DocumentTimeout = TimeSpan.FromMinutes(5) });
        var onePipeline = new IngestPipeline(EvidenceTaxonomy.Default, TimeProvider.System, new IngestOptions { DocumentTimeout = TimeSpan.FromMinutes(5), PageParallelism = 1 });
        if (memoryFile is not null)
        {
            var sw = Stopwatch.StartNew();
            var r = await pipeline.IngestFileAsync(memoryFile);
            Console.WriteLine($"{Path.GetFileName(memoryFile)}: {r.Status} {r.Pages} pages, {r.Findings.Count} passages, {sw.ElapsedMilliseconds} ms, pic mémoire {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} Mo");
            return 0;
        }

        if (folders.Count == 0)
        {
            folders.Add(Path.Combine(TestFiles.Corpus, "reports"));
            folders.Add(Path.Combine(TestFiles.Corpus, "robustness"));
        }

        var results = new List<object>();
        foreach (var folder in folders)
        {
            var files = Directory.EnumerateFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToList();
            var passwords = new IngestRequest { Passwords = ["password"] };
            var pages = 0;
            foreach (var f in files)
            {
                pages += (await pipeline.IngestFileAsync(f, passwords)).Pages; // warm-up and page count
            }

            var single = new List<double>();
            var parallel = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var sw = Stopwatch.StartNew();
                foreach (var f in files)
                {
                    await onePipeline.IngestFileAsync(f, passwords);
                }

                single.Add(pages / sw.Elapsed.TotalSeconds);

                sw.Restart();
                await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (f, ct) => await pipeline.IngestFileAsync(f, passwords, ct));
                parallel.Add(pages / sw.Elapsed.TotalSeconds);
            }

            var row = new
            {
                folder = Path.GetFileName(Path.GetFullPath(folder)),
                files = files.Count,
                pages,
                pagesPerSecondOneThread = Median(single),
                pagesPerSecondAllCores = Median(parallel),
                cores = Environment.ProcessorCount,
            };
            results.Add(row);
            Console.WriteLine($"{row.folder,-12} {row.files,3} fichiers {row.pages,5} pages | 1 fil : {row.pagesPerSecondOneThread,7:F1} p/s | {row.cores} cœurs : {row.pagesPerSecondAllCores,7:F1} p/s");
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
        Console.WriteLine($"pic mémoire du processus : {peak} Mo");
        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        await File.WriteAllTextAsync(Path.Combine("BenchmarkDotNet.Artifacts", "extract.json"), JsonSerializer.Serialize(new { results, peakWorkingSetMb = peak }, Indented));
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return Math.Round(sorted[sorted.Count / 2], 1);
    }
}
