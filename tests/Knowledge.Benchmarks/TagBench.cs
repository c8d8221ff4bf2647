using System.Diagnostics;
using System.Text.Json;
using Knowledge.Core.Taxonomy;
using Knowledge.Core.Taxonomy.Matching;
using Knowledge.Ingest.Tagging;

namespace Knowledge.Benchmarks;

/// <summary>
/// Tagging cost per passage: ~200-word French and English passages through <see cref="EvidenceTagger.Tag"/>,
/// plus the one-off cost of compiling the taxonomy. Target: under 30 µs per passage on one core.
/// </summary>
internal sealed class TagBench : IBench
{
    private static readonly string[] Sentences =
    [
        "Au Burkina Faso, l'enquête menée en 2022 auprès de 1 200 adolescentes dans les sites d'orpaillage révèle que 23 % d'entre elles ont déjà échangé des rapports sexuels contre de l'argent.",
        "Les filles nigériennes recrutées dans la région de Zinder sont souvent conduites vers le Nigeria, où elles travaillent comme domestiques avant d'être contraintes à la prostitution.",
        "Nous recommandons au gouvernement malien d'adopter sans délai le projet de loi relatif à la lutte contre la traite des personnes et de doter la brigade des mœurs de moyens d'enquête suffisants.",
        "L'absence de données désagrégées sur l'exploitation sexuelle des garçons empêche de mesurer l'ampleur du phénomène en Mauritanie et en Guinée-Bissau.",
        "Les enfants talibés, confiés à des maîtres coraniques au Sénégal, sont exposés à la mendicité forcée et à des abus sexuels commis dans les daaras de la périphérie de Dakar.",
        "Online child sexual exploitation is a growing concern in Côte d'Ivoire, where police recorded a sharp rise in cases of sextortion involving adolescents contacted through social media.",
        "The government of Burkina Faso should allocate a dedicated budget line to the national action plan, as less than 5% of the plan's budget has been funded by donors and the State.",
        "Birth registration remains low in Chad, where only 26% of children under five have a birth certificate, which makes it difficult to prove a victim's age in court.",
    ];

    public string Name => "tag";

    public string Description => "EvidenceTagger.Tag on ~200-word passages (µs per passage) and taxonomy compile time";

    private static void Breakdown(string[] passages, int iterations)
    {
        var watch = Stopwatch.StartNew();
        var folded = passages.Select(p => FoldedText.Create(p)).ToArray();
        for (var i = 0; i < iterations; i++)
        {
            FoldedText.Create(passages[i % passages.Length]);
        }

        Console.WriteLine($"{"fold+tokenize (µs)",-28} {watch.Elapsed.TotalMicroseconds / iterations,12:0.00}");
        watch.Restart();
        for (var i = 0; i < iterations; i++)
        {
            FoldedText.Fold(passages[i % passages.Length]);
        }

        Console.WriteLine($"{"fold only (µs)",-28} {watch.Elapsed.TotalMicroseconds / iterations,12:0.00}");
        watch.Restart();
        for (var i = 0; i < iterations; i++)
        {
            FindingKindClassifier.HasFigure(folded[i % folded.Length]);
        }

        Console.WriteLine($"{"figure scan (µs)",-28} {watch.Elapsed.TotalMicroseconds / iterations,12:0.00}");
    }

    public Task<int> RunAsync(string[] args)
    {
        var compile = Stopwatch.StartNew();
        var tagger = new EvidenceTagger(EvidenceTaxonomy.Default);
        compile.Stop();

        var passages = Enumerable.Range(0, Sentences.Length)
            .Select(i => string.Join(' ', Enumerable.Range(0, 7).Select(k => Sentences[(i + k) % Sentences.Length])))
            .ToArray();
        var words = passages.Average(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

        // Warm up the JIT and the regexes, then measure.
        for (var i = 0; i < 2_000; i++)
        {
            tagger.Tag(passages[i % passages.Length], "fr");
        }

        var iterations = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 50_000;
        if (args.Contains("--breakdown"))
        {
            Breakdown(passages, iterations);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            tagger.Tag(passages[i % passages.Length], i % 4 == 0 ? "en" : "fr");
        }

        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        // Wall time suffers when other processes share the cores; CPU time is the fairer figure then.
        var perPassage = watch.Elapsed.TotalMicroseconds / iterations;
        var cpuPerPassage = cpu.TotalMicroseconds / iterations;
        var bytesPerPassage = allocated / (double)iterations;
        Console.WriteLine($"{"measure",-28} {"value",12}");
        Console.WriteLine($"{"taxonomy compile (ms)",-28} {compile.Elapsed.TotalMilliseconds,12:0.0}");
        Console.WriteLine($"{"words per passage",-28} {words,12:0}");
        Console.WriteLine($"{"Tag wall (µs per passage)",-28} {perPassage,12:0.00}");
        Console.WriteLine($"{"Tag CPU (µs per passage)",-28} {cpuPerPassage,12:0.00}");
        Console.WriteLine($"{"allocated (bytes/passage)",-28} {bytesPerPassage,12:0}");

        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        File.WriteAllText(Path.Combine("BenchmarkDotNet.Artifacts", "tag.json"), JsonSerializer.Serialize(new
        {
            bench = Name,
            compileMs = compile.Elapsed.TotalMilliseconds,
            wordsPerPassage = words,
            tagMicroseconds = perPassage,
            tagCpuMicroseconds = cpuPerPassage,
            allocatedBytesPerPassage = bytesPerPassage,
            iterations,
        }));
        return Task.FromResult(0);
    }
}
