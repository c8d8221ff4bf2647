using System.Diagnostics;
using System.Text.Json;
using Knowledge.Ingest.Safeguarding;
using Knowledge.Ingest.Tests.Safeguarding;

namespace Knowledge.Benchmarks;

/// <summary>
/// Child-identity detection on the generated held-out set the tests use (report-style French and
/// English passages with planted identifying details and look-alike negatives): precision and recall
/// per kind, and the cost per passage.
/// </summary>
internal sealed class SafeguardingBench : IBench
{
    public string Name => "safeguarding";

    public string Description => "ChildIdentityDetector precision/recall per kind on the generated set, and µs per passage";

    public Task<int> RunAsync(string[] args)
    {
        var detector = new ChildIdentityDetector();
        var passages = GeneratedPassages.All;
        var score = DetectorScore.Measure(detector, passages);
        Console.Write(score.Table("generated set"));
        foreach (var lang in new[] { "fr", "en" })
        {
            Console.Write(DetectorScore.Measure(detector, passages.Where(p => p.Language == lang)).Table(lang));
        }

        const int rounds = 20;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            foreach (var p in passages)
            {
                detector.Detect(p.Text);
            }
        }

        var perPassage = watch.Elapsed.TotalMicroseconds / (rounds * passages.Count);
        Console.WriteLine($"{"detect (µs per passage)",-28} {perPassage,12:0.0}");
        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        File.WriteAllText(Path.Combine("BenchmarkDotNet.Artifacts", "safeguarding.json"), JsonSerializer.Serialize(new
        {
            passages = passages.Count,
            spans = score.Expected,
            flags = score.Flags,
            recall = score.Recall,
            precision = score.Precision,
            recallByKind = score.RecallByKind.ToDictionary(k => k.Key, k => new { found = k.Value.Found, total = k.Value.Total }),
            precisionByKind = score.PrecisionByKind.ToDictionary(k => k.Key, k => new { right = k.Value.Right, flags = k.Value.Flags }),
            negativesByCategory = score.NegativesByCategory.ToDictionary(k => k.Key, k => new { flagged = k.Value.Flagged, total = k.Value.Total }),
            microsecondsPerPassage = perPassage,
        }));
        return Task.FromResult(score.Recall >= 0.95 && score.Precision >= 0.80 ? 0 : 1);
    }
}
