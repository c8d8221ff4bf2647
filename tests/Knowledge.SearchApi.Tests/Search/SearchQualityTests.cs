using System.Net.Http.Json;
using System.Text.Json;
using Knowledge.SearchApi.Tests.Fixtures;

namespace Knowledge.SearchApi.Tests.Search;

/// <summary>
/// Recall@10 on the research questions written for the sample library (accent-less French,
/// inflected paraphrases, English, filtered): a hit counts when one of the top ten passages
/// contains the expected phrase.
/// </summary>
public class SearchQualityTests(SampleLibraryApi api)
{
    [Fact]
    public async Task ResearchQuestions_RecallAt10_IsAtLeast90Percent()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(RepositoryRoot(), "ingest", "SampleLibrary", "eval", "questions.json");
        using var eval = JsonDocument.Parse(await File.ReadAllTextAsync(path, ct));
        int asked = 0, found = 0;
        var misses = new List<string>();
        foreach (var q in eval.RootElement.GetProperty("questions").EnumerateArray())
        {
            var url = "/api/search?pageSize=10&q=" + Uri.EscapeDataString(q.GetProperty("query").GetString()!) + Filters(q);
            var result = await api.Client.GetFromJsonAsync<JsonElement>(url, ct);
            var texts = result.GetProperty("hits").EnumerateArray().Select(h => Normalize(h.GetProperty("text").GetString()!)).ToList();
            foreach (var expected in q.GetProperty("expected").EnumerateArray())
            {
                asked++;
                var phrase = Normalize(expected.GetProperty("phrase").GetString()!);
                if (texts.Any(t => t.Contains(phrase, StringComparison.Ordinal)))
                {
                    found++;
                }
                else
                {
                    misses.Add($"{q.GetProperty("id").GetString()} « {q.GetProperty("query").GetString()} »");
                }
            }
        }

        var recall = (double)found / asked;
        TestContext.Current.TestOutputHelper?.WriteLine($"recall@10 = {found}/{asked} = {recall:P1}; manqués : {string.Join("; ", misses)}");
        Assert.True(recall >= 0.9, $"recall@10 = {recall:P1}; manqués : {string.Join("; ", misses)}");
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

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Knowledge.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Knowledge.sln introuvable.");
    }
}
