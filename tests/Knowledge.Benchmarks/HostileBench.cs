using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Knowledge.Benchmarks;

/// <summary>
/// Search latency with and without hostile generation traffic, on the real server over loopback.
/// Usage: <c>hostile [--url http://127.0.0.1:5129] [--searches 300] [--clients 4] [--attackers 4] [--rate 10] [--flood] [--no-rate-limit]</c>.
/// Without <c>--url</c> it starts the built server (<c>search-api/…/bin/Release/net10.0</c>) on
/// 127.0.0.1:5129 with the sample library in a temp folder, and stops it at the end. The hostile
/// traffic is what the probe sent: generation requests with 10,000 repeated themes, 2,000 repeats
/// of one theme (under the body limit), 500 unknown themes, null lists, 700-character codes.
/// <c>--no-rate-limit</c> lifts the per-address generation limit of the started server, so that
/// what is measured is the cost of the requests themselves, not only the limiter turning them away.
/// The hostile load is bounded, as a real abuser's is: each attacker sends <c>--rate</c> requests a
/// second (default 10), with bodies built once beforehand so that the bench's own CPU does not
/// compete with the server on a small machine. <c>--flood</c> sends them back to back instead.
/// </summary>
internal sealed class HostileBench : IBench
{
    private static readonly string[] Queries =
    [
        "mariage précoce", "travail des enfants", "exploitation sexuelle", "traite", "justice pour mineurs",
        "mines d'or", "violences", "école", "enregistrement des naissances", "talibés",
    ];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string Name => "hostile";

    public string Description => "search p95 on loopback, alone and under oversized generation requests";

    public async Task<int> RunAsync(string[] args)
    {
        var searches = IntArg(args, "--searches", 300);
        var clients = IntArg(args, "--clients", 4);
        var attackers = IntArg(args, "--attackers", 4);
        var url = StringArg(args, "--url", string.Empty);
        var rate = IntArg(args, "--rate", 10);
        var flood = args.Contains("--flood");
        var bodies = Enumerable.Range(0, 5).Select(HostileBody).ToArray();
        using var server = url.Length == 0 ? StartServer(args.Contains("--no-rate-limit"), out url) : null;
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(5) };
        if (!await WaitReadyAsync(http, TimeSpan.FromMinutes(5)))
        {
            await Console.Error.WriteLineAsync($"le serveur {url} n'est pas prêt après 5 min");
            return 3;
        }

        // Warm-up: JIT and index readers, so the first phase is not penalised.
        await SearchPhaseAsync(http, Math.Min(50, searches), clients, CancellationToken.None);

        var quiet = await SearchPhaseAsync(http, searches, clients, CancellationToken.None);

        using var stop = new CancellationTokenSource();
        var statuses = new Dictionary<int, int>();
        var sent = 0;
        var hostile = Enumerable.Range(0, attackers).Select(a => Task.Run(async () =>
        {
            using var pace = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / Math.Max(1, rate)));
            for (var i = a; !stop.IsCancellationRequested; i += attackers)
            {
                if (!flood && !await Tick(pace, stop.Token))
                {
                    break;
                }

                var status = await SendHostileAsync(http, bodies[i % bodies.Length], stop.Token);
                lock (statuses)
                {
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                    sent++;
                }
            }
        })).ToList();
        var loaded = await SearchPhaseAsync(http, searches, clients, CancellationToken.None);
        await stop.CancelAsync();
        await Task.WhenAll(hostile);

        var serverErrors = statuses.Where(s => s.Key >= 500 && s.Key != 503).Sum(s => s.Value) + quiet.Errors + loaded.Errors;
        Console.WriteLine($"{"phase",-34} {"searches",9} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"errors",7}");
        Print("searches alone", quiet);
        Print(flood ? $"searches + {attackers} flooding generators" : $"searches + {attackers}×{rate}/s hostile generators", loaded);
        Console.WriteLine($"hostile generation requests: {sent} ({string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}); 5xx other than 503: {serverErrors}");

        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        await File.WriteAllTextAsync(Path.Combine("BenchmarkDotNet.Artifacts", "hostile.json"), JsonSerializer.Serialize(new
        {
            searches,
            clients,
            attackers,
            hostileRate = flood ? (int?)null : rate,
            quiet = new { p50Ms = quiet.P50, p95Ms = quiet.P95, maxMs = quiet.Max, errors = quiet.Errors },
            underHostileTraffic = new { p50Ms = loaded.P50, p95Ms = loaded.P95, maxMs = loaded.Max, errors = loaded.Errors },
            hostileRequests = sent,
            hostileStatuses = statuses.ToDictionary(s => s.Key.ToString(CultureInfo.InvariantCulture), s => s.Value),
        }, Indented));
        return serverErrors == 0 ? 0 : 1;
    }

    private static void Print(string phase, Phase p) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{phase,-34} {p.Count,9} {p.P50,8:0.0} {p.P95,8:0.0} {p.Max,8:0.0} {p.Errors,7}"));

    private sealed record Phase(int Count, double P50, double P95, double Max, int Errors);

    private static async Task<Phase> SearchPhaseAsync(HttpClient http, int count, int clients, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(count);
        var errors = 0;
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var q = Uri.EscapeDataString(Queries[i % Queries.Length]);
                var sw = Stopwatch.StartNew();
                using var response = await http.GetAsync($"/api/search?q={q}&page={1 + (i / Queries.Length % 3)}", cancellationToken);
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
                sw.Stop();
                lock (latencies)
                {
                    latencies.Add(sw.Elapsed.TotalMilliseconds);
                    errors += response.IsSuccessStatusCode ? 0 : 1;
                }
            }
        }, cancellationToken)));
        latencies.Sort();
        return new Phase(latencies.Count, Percentile(latencies, 0.50), Percentile(latencies, 0.95), latencies[^1], errors);
    }

    private static async Task<bool> Tick(PeriodicTimer pace, CancellationToken cancellationToken)
    {
        try
        {
            return await pace.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The oversized or malformed generation requests sent in rotation.</summary>
    private static string HostileBody(int i)
    {
        return i switch
        {
            0 => Plan(string.Join(",", Enumerable.Repeat("\"child-marriage\"", 10_000))),
            1 => Plan(string.Join(",", Enumerable.Range(0, 2_000).Select(j => j % 2 == 0 ? "\"child-marriage\"" : "\"trafficking\""))),
            2 => Plan(string.Join(",", Enumerable.Range(0, 500).Select(j => $"\"inconnu-{j}\""))),
            3 => """{"country":"NE","periodStart":2026,"periodEnd":2028,"themes":[null]}""",
            _ => $$"""{"country":"{{new string('Q', 700)}}","periodStart":2026,"periodEnd":2028,"themes":null}""",
        };

        static string Plan(string themes) => $$"""{"country":"NE","periodStart":2026,"periodEnd":2028,"themes":[{{themes}}]}""";
    }

    /// <summary>Sends one hostile request; returns the status code.</summary>
    private static async Task<int> SendHostileAsync(HttpClient http, string body, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync("/api/generate/national-plan", content, cancellationToken);
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return (int)response.StatusCode;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
        catch (HttpRequestException)
        {
            // The server may close a connection on an oversized body before reading it.
            return 413;
        }
    }

    private static async Task<bool> WaitReadyAsync(HttpClient http, TimeSpan limit)
    {
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < limit)
        {
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        return false;
    }

    private static ServerProcess StartServer(bool noRateLimit, out string url)
    {
        url = "http://127.0.0.1:5129";
        var dll = Path.Combine(TestFiles.RepositoryRoot, "search-api", "Knowledge.SearchApi", "bin", "Release", "net10.0", "Knowledge.SearchApi.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"serveur non compilé : {dll} (dotnet build search-api/Knowledge.SearchApi -c Release)");
        }

        var data = Path.Combine(Path.GetTempPath(), "knowledge-hostile-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { dll, "--urls", url, "--Knowledge:DataPath=" + data, "--Knowledge:Ingest:RunAtStartup=false", "--Logging:LogLevel:Default=Warning" })
        {
            info.ArgumentList.Add(arg);
        }

        if (noRateLimit)
        {
            info.ArgumentList.Add("--Knowledge:Limits:GenerationPerMinute=100000");
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("le serveur n'a pas démarré");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServerProcess(process, data);
    }

    private sealed class ServerProcess(Process process, string data) : IDisposable
    {
        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            process.Dispose();
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string StringArg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
