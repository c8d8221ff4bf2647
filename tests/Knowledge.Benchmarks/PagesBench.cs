extern alias SearchApi;

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Benchmarks;

/// <summary>
/// Server-side time of the web pages (results page, evidence map, finding page) next to the API's
/// own search, and what each page weighs with its stylesheet and script, raw and compressed (the
/// 200 KB budget of a results page). The real server runs in process on the sample library.
/// Usage: <c>pages [--runs N]</c>.
/// </summary>
internal sealed partial class PagesBench : IBench
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string Name => "pages";

    public string Description => "web page timings (results, evidence map, finding) and page weights, raw and compressed";

    public async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 1 && args[0] == "--runs" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var data = Path.Combine(Path.GetTempPath(), "knowledge-pages-bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            // The server's content root (static files), in the repository.
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KNOWLEDGE_SEARCHAPI", TestFiles.InRepository("search-api", "Knowledge.SearchApi"));
            await using var factory = new WebApplicationFactory<SearchApi::Program>().WithWebHostBuilder(b =>
            {
                b.UseSetting("Knowledge:DataPath", data);
                b.UseSetting("Knowledge:LoadSampleLibrary", "true");
                b.UseEnvironment("Production");
            });
            using var client = factory.CreateClient();
            await factory.Services.GetRequiredService<SearchApi::Knowledge.SearchApi.Health.Readiness>().SampleLibraryLoaded.WaitAsync(TimeSpan.FromMinutes(5));
            var finding = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=mariage&country=NE&pageSize=1")).RootElement.GetProperty("hits")[0].GetProperty("id").GetString();

            var pages = new (string Name, string Url)[]
            {
                ("api search", "/api/search?q=mariage&country=NE"),
                ("results page", "/?q=mariage&country=NE"),
                ("results, no query", "/"),
                ("evidence map", "/evidence-map"),
                ("finding page", "/findings/" + finding),
                ("generate form", "/generate"),
                ("library", "/documents"),
            };
            Console.WriteLine($"sample library, {runs} runs per page after 20 warm-up runs (in-process server, Production)");
            Console.WriteLine($"{"page",-18} {"p50 ms",8} {"p95 ms",8} {"html KB",8} {"br KB",7} {"gzip KB",8} {"+assets raw",12} {"+assets br",11}");
            var report = new List<object>();
            var assets = await AssetsAsync(client);
            foreach (var (name, url) in pages)
            {
                var times = await TimeAsync(client, url, runs);
                var raw = await SizeAsync(client, url, null);
                var br = await SizeAsync(client, url, "br");
                var gzip = await SizeAsync(client, url, "gzip");
                var html = name == "api search" ? "" : await client.GetStringAsync(url);
                var linked = assets.Where(a => html.Contains(a.Path, StringComparison.Ordinal)).ToList();
                var totalRaw = raw + linked.Sum(a => a.Raw);
                var totalBr = br + linked.Sum(a => a.Br);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-18} {Percentile(times, 50),8:F2} {Percentile(times, 95),8:F2} {raw / 1024.0,8:F1} {br / 1024.0,7:F1} {gzip / 1024.0,8:F1} {totalRaw / 1024.0,12:F1} {totalBr / 1024.0,11:F1}"));
                report.Add(new { page = name, url, p50Ms = Percentile(times, 50), p95Ms = Percentile(times, 95), htmlBytes = raw, brotliBytes = br, gzipBytes = gzip, withAssetsRawBytes = totalRaw, withAssetsBrotliBytes = totalBr });
            }

            Console.WriteLine("assets: " + string.Join(", ", assets.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Path} {a.Raw / 1024.0:F1} KB ({a.Br / 1024.0:F1} KB br)"))));
            Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
            await File.WriteAllTextAsync(Path.Combine("BenchmarkDotNet.Artifacts", "pages.json"), JsonSerializer.Serialize(new { bench = Name, runs, pages = report, assets }, Indented));
            return 0;
        }
        finally
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

    private static async Task<List<double>> TimeAsync(HttpClient client, string url, int runs)
    {
        for (var i = 0; i < 20; i++)
        {
            (await client.GetAsync(url)).EnsureSuccessStatusCode();
        }

        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            using var response = await client.GetAsync(url);
            await response.Content.ReadAsByteArrayAsync();
            times.Add(sw.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }

        return times;
    }

    /// <summary>Bytes on the wire for <paramref name="encoding"/> (null: uncompressed).</summary>
    private static async Task<long> SizeAsync(HttpClient client, string url, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        }

        using var response = await client.SendAsync(request);
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }

    /// <summary>The stylesheet, script and icon every page links, with their fingerprinted URLs as the layout writes them.</summary>
    private static async Task<List<Asset>> AssetsAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/documents");
        var list = new List<Asset>();
        foreach (Match m in AssetLink().Matches(html))
        {
            var path = m.Groups[1].Value;
            list.Add(new Asset(path, await SizeAsync(client, path, null), await SizeAsync(client, path, "br")));
        }

        return list;
    }

    private static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    [GeneratedRegex("(?:href|src)=\"(/(?:css|js)/[^\"]+|/favicon[^\"]*)\"")]
    private static partial Regex AssetLink();

    private sealed record Asset(string Path, long Raw, long Br);
}
