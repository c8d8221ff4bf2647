extern alias SearchApi;

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Knowledge.Core.Search;
using Knowledge.Lucene;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Benchmarks;

/// <summary>
/// Ranking quality on a question set, through the real server's <c>/api/search</c> exactly as the
/// quality test asks it: recall@10 and MRR overall, per language and for cross-language questions,
/// each question's rank, and for every question not answered first the passages ranked above the
/// answer, so a ranking change can be judged by the mistakes it makes rather than one number.
/// Usage: <c>quality [--questions FILE] [--library DIR] [--data DIR] [--verbose]</c>. The library is a
/// folder with a <c>library.json</c> manifest (default: the sample library); with <c>--data</c> the
/// index is built there once and reused.
/// </summary>
internal sealed class QualityBench : IBench
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string Name => "quality";

    public string Description => "recall@10 and MRR of a question set (default: the sample library's), per language, with what outranks each answer";

    public async Task<int> RunAsync(string[] args)
    {
        string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var questions = Path.GetFullPath(Arg("--questions") ?? TestFiles.SampleLibrary("eval", "questions.json"));
        var library = Path.GetFullPath(Arg("--library") ?? TestFiles.SampleLibrary("library"));
        var kept = Arg("--data");
        var verbose = args.Contains("--verbose");
        var explain = Arg("--explain");
        var data = kept is null ? Path.Combine(Path.GetTempPath(), "knowledge-quality-bench-" + Guid.NewGuid().ToString("N")[..8]) : Path.GetFullPath(kept);
        try
        {
            // The server's content root, in the repository.
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KNOWLEDGE_SEARCHAPI", TestFiles.InRepository("search-api", "Knowledge.SearchApi"));
            await using var factory = new WebApplicationFactory<SearchApi::Program>().WithWebHostBuilder(b =>
            {
                b.UseSetting("Knowledge:DataPath", data);
                b.UseSetting("Knowledge:LoadSampleLibrary", "true");
                b.UseSetting("Knowledge:SampleLibraryPath", library);
                b.UseEnvironment("Production");
            });
            using var client = factory.CreateClient();
            await factory.Services.GetRequiredService<SearchApi::Knowledge.SearchApi.Health.Readiness>().SampleLibraryLoaded.WaitAsync(TimeSpan.FromMinutes(10));
            using var eval = JsonDocument.Parse(await File.ReadAllTextAsync(questions));
            var outcomes = new List<Outcome>();
            foreach (var q in eval.RootElement.GetProperty("questions").EnumerateArray())
            {
                var query = q.GetProperty("query").GetString()!;
                var url = "/api/search?pageSize=10&q=" + Uri.EscapeDataString(query) + Filters(q);
                var result = await client.GetFromJsonAsync<JsonElement>(url);
                var hits = result.GetProperty("hits").EnumerateArray()
                    .Select(h => (Text: Normalize(h.GetProperty("text").GetString()!), Score: h.GetProperty("score").GetDouble(),
                        Id: h.GetProperty("id").GetString()!, Tags: h.GetProperty("kind").GetString() + " " + string.Join(',', h.GetProperty("countries").EnumerateArray().Select(c => c.GetString())) + " " + string.Join(',', h.GetProperty("themes").EnumerateArray().Select(c => c.GetString()))))
                    .ToList();
                var ranks = q.GetProperty("expected").EnumerateArray()
                    .Select(e => hits.FindIndex(h => h.Text.Contains(Normalize(e.GetProperty("phrase").GetString()!), StringComparison.Ordinal)) + 1)
                    .ToList();
                var outcome = new Outcome(q.GetProperty("id").GetString()!, q.GetProperty("language").GetString()!,
                    q.TryGetProperty("style", out var st) ? st.GetString()! : "", query, ranks);
                outcomes.Add(outcome);
                var best = outcome.Best;
                if (best != 1 || verbose)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{outcome.Id} rank {best} ({outcome.Style}) « {query} »{Filters(q)}"));
                    var shown = best == 0 ? 3 : best;
                    for (var i = 0; i < Math.Min(shown, hits.Count); i++)
                    {
                        var text = hits[i].Text;
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {i + 1}. {hits[i].Score,7:F3} [{hits[i].Tags}] {text[..Math.Min(150, text.Length)]}"));
                    }

                    if (explain is not null && best != 1 && factory.Services.GetRequiredService<IEvidenceIndex>() is LuceneEvidenceIndex lucene)
                    {
                        var understood = new EvidenceQuery { Text = query, Plan = factory.Services.GetRequiredService<QueryUnderstanding>().Analyse(query) };
                        var lines = new List<string> { $"==== {outcome.Id} « {query} »" };
                        foreach (var rank in best == 0 ? [1] : new[] { 1, best })
                        {
                            lines.Add($"---- rank {rank}: {hits[rank - 1].Text}");
                            lines.Add(lucene.Explain(understood, hits[rank - 1].Id));
                        }

                        await File.AppendAllLinesAsync(explain, lines);
                    }
                }
            }

            var groups = new List<(string Name, List<Outcome> Items)> { ("all", outcomes) };
            groups.AddRange(outcomes.GroupBy(o => o.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => ($"lang={g.Key}", g.ToList())));
            groups.Add(("cross-language", [.. outcomes.Where(o => o.Style == "cross-language")]));
            var report = new List<object>();
            foreach (var (name, items) in groups)
            {
                var recall = items.Sum(o => o.Ranks.Count(r => r > 0)) / (double)Math.Max(1, items.Sum(o => o.Ranks.Count));
                var mrr = items.Count == 0 ? 0 : items.Average(o => o.Best == 0 ? 0 : 1.0 / o.Best);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-16} n={items.Count,3} recall@10={recall:F3} MRR={mrr:F3}"));
                report.Add(new { group = name, questions = items.Count, recallAt10 = Math.Round(recall, 3), mrr = Math.Round(mrr, 3) });
            }

            Console.WriteLine("ranks: " + string.Join(' ', outcomes.Select(o => $"{o.Id}:{o.Best}")));
            Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
            await File.WriteAllTextAsync(Path.Combine("BenchmarkDotNet.Artifacts", "quality.json"), JsonSerializer.Serialize(new { bench = Name, questions, groups = report, ranks = outcomes.ToDictionary(o => o.Id, o => o.Best) }, Indented));
            return 0;
        }
        finally
        {
            if (kept is null)
            {
                try
                {
                    Directory.Delete(data, recursive: true);
                }
                catch (IOException)
                {
                    // Left for the temp cleaner.
                }
            }
        }
    }

    private static string Filters(JsonElement q)
    {
        if (!q.TryGetProperty("filters", out var f))
        {
            return string.Empty;
        }

        var parts = new List<string>();
        void Many(string name, string param)
        {
            if (f.TryGetProperty(name, out var values))
            {
                parts.AddRange(values.EnumerateArray().Select(v => $"&{param}={Uri.EscapeDataString(v.GetString()!)}"));
            }
        }

        Many("countries", "country");
        Many("themes", "theme");
        Many("regions", "region");
        Many("kinds", "kind");
        Many("languages", "lang");
        Many("documentKinds", "documentKind");
        if (f.TryGetProperty("yearFrom", out var from))
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"&yearFrom={from.GetInt32()}"));
        }

        if (f.TryGetProperty("yearTo", out var to))
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"&yearTo={to.GetInt32()}"));
        }

        return string.Concat(parts);
    }

    // As the quality test: quotes and spaces differ between the source text and the passage only in form.
    private static string Normalize(string s) =>
        string.Join(' ', s.Replace('’', '\'').Replace('\u00A0', ' ').Replace('\u202F', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A question's ranks, one per expected passage (0: not in the top ten); <see cref="Best"/> gives its reciprocal rank.</summary>
    private sealed record Outcome(string Id, string Language, string Style, string Query, List<int> Ranks)
    {
        public int Best => Ranks.Where(r => r > 0).DefaultIfEmpty(0).Min();
    }
}
