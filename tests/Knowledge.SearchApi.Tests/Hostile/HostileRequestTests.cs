using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Knowledge.SearchApi.Tests.Uploads;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.SearchApi.Tests.Hostile;

/// <summary>Generation requests with null and huge lists, rate limits, wrong keys: bounded answers, 4xx never 5xx.</summary>
public sealed class HostileRequestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("""{"country":"NE","periodStart":2026,"periodEnd":2028,"themes":null}""", "null")]
    [InlineData("""{"country":"NE","periodStart":2026,"periodEnd":2028,"themes":[null]}""", "nulle")]
    [InlineData("""{"country":"NE","periodStart":2026,"periodEnd":2028,"themes":["child-marriage",""]}""", "vide")]
    [InlineData("""{"country":null,"periodStart":2026,"periodEnd":2028}""", "pays")]
    public async Task NullsInARequest_Are400NamingTheField(string body, string expected)
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/generate/national-plan", Json(body), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        var field = body.Contains("\"country\":null", StringComparison.Ordinal) ? "country" : "themes";
        Assert.Contains(expected, errors.GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemesRepeatedTenThousandTimes_Is413_BeforeAnyWork()
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.CreateClient();
        var themes = string.Join(",", Enumerable.Repeat("\"child-marriage\"", 10_000));

        var response = await client.PostAsync("/api/generate/national-plan", Json($$"""{"country":"NE","periodStart":2026,"periodEnd":2028,"themes":[{{themes}}]}"""), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("64 Ko", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedThemes_AreMergedIntoOne()
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.CreateClient();
        var themes = string.Join(",", Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? "\"child-marriage\"" : "\"CHILD-MARRIAGE\""));

        var response = await client.PostAsync("/api/generate/national-plan", Json($$"""{"country":"NE","periodStart":2026,"periodEnd":2028,"themes":[{{themes}}]}"""), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var preview = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("NationalPlan", preview.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task TwoThousandRepeatsOfOneTheme_Are400BeforeAnyGeneration()
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.CreateClient();
        var themes = string.Join(",", Enumerable.Range(0, 2_000).Select(i => i % 2 == 0 ? "\"child-marriage\"" : "\"trafficking\""));

        var response = await client.PostAsync("/api/generate/national-plan", Json($$"""{"country":"NE","periodStart":2026,"periodEnd":2028,"themes":[{{themes}}]}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("2000 codes envoyés pour 20 thèmes au plus", problem, StringComparison.Ordinal);
        Assert.True(problem.Length < 2_000, "the answer does not grow with the request");
    }

    [Fact]
    public async Task ManyUnknownThemes_AnswerListsTenAndPointsToTheTaxonomy()
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.CreateClient();
        var themes = string.Join(",", Enumerable.Range(0, 90).Select(i => $"\"inconnu-{i:000}-{new string('z', 60)}\""));

        var tooMany = await client.PostAsync("/api/generate/national-plan", Json($$"""{"country":"NE","periodStart":2026,"periodEnd":2028,"themes":[{{themes}}]}"""), Ct);
        var unknown = await client.PostAsync("/api/generate/national-plan", Json($$"""{"country":"NE","periodStart":2026,"periodEnd":2028,"themes":[{{string.Join(",", themes.Split(',').Take(15))}}]}"""), Ct);
        var country = await client.PostAsync("/api/generate/national-plan", Json($$"""{"country":"{{new string('Q', 5000)}}","periodStart":2026,"periodEnd":2028}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("90 codes différents pour 20 au plus", await tooMany.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var message = (await unknown.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").GetProperty("themes")[0].GetString()!;
        Assert.Equal(10, message.Split('«').Length - 1);
        Assert.Contains("et 5 autres", message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('z', 60), message, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, country.StatusCode);
        var countryText = await country.Content.ReadAsStringAsync(Ct);
        Assert.Contains("voir /api/taxonomy", countryText, StringComparison.Ordinal);
        Assert.True(countryText.Length < 2_000, $"{countryText.Length} characters");
    }

    [Fact]
    public async Task Generation_OverTheRateLimit_Is429WithRetryAfter()
    {
        await using var factory = new WorkerApiFactory(("Knowledge:Limits:GenerationPerMinute", "3"));
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await client.PostAsync("/api/generate/national-plan", Json("{}"), Ct);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("application/problem+json", last!.Content.Headers.ContentType?.MediaType);
        Assert.True(last.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 }, "Retry-After in seconds");
        Assert.Contains("réessayez dans", await last.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // Searches are not generation: they go on.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=mariage", Ct)).StatusCode);
    }

    [Fact]
    public async Task WrongKeys_AreLimitedPerAddress_AndEveryAttemptIsAuditedWithoutTheKey()
    {
        var logs = new ListLoggerProvider();
        await using var factory = new WorkerApiFactory(("Knowledge:Limits:FailedKeyAttempts", "3"));
        await using var logged = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));

        using var good = logged.CreateClient();
        good.DefaultRequestHeaders.Add("X-Api-Key", WorkerApiFactory.AdminKey);
        Assert.Equal(HttpStatusCode.OK, (await good.GetAsync("/api/admin/runs", Ct)).StatusCode);

        using var bad = logged.CreateClient();
        bad.DefaultRequestHeaders.Add("X-Api-Key", "devine-0123456789abcdef");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await bad.GetAsync("/api/admin/runs", Ct);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(last!.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);

        // Once blocked, even the right key from that address waits for the window to end.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await good.GetAsync("/api/admin/runs", Ct)).StatusCode);

        var audit = logs.Lines.Where(l => l.Category.EndsWith("AuthAudit", StringComparison.Ordinal)).Select(l => l.Message).ToList();
        Assert.Contains(audit, m => m.StartsWith("Authentification réussie : clé « exploitation » (admin)", StringComparison.Ordinal) && m.Contains("GET /api/admin/runs", StringComparison.Ordinal));
        Assert.Equal(3, audit.Count(m => m.StartsWith("Authentification refusée", StringComparison.Ordinal) && m.Contains("/api/admin/runs", StringComparison.Ordinal)));
        Assert.Equal(3, audit.Count(m => m.StartsWith("Authentification bloquée", StringComparison.Ordinal)));
        Assert.All(audit, m => Assert.Matches(@"adresse \S+, GET /api/admin/runs, \d{4}-\d{2}-\d{2}T", m));
        Assert.DoesNotContain(logs.Lines, l => l.Message.Contains("0123456789abcdef", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryAnswer_CarriesSecurityHeaders_AndNoServerHeader()
    {
        await using var factory = new WorkerApiFactory();
        using var client = factory.CreateClient();

        foreach (var path in new[] { "/api/taxonomy", "/api/documents/inconnu", "/health/live", "/nulle-part" })
        {
            var response = await client.GetAsync(path, Ct);
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
            var csp = Header(response, "Content-Security-Policy");
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.False(response.Headers.Contains("Server"));
        }

        var docs = await client.GetAsync("/docs", Ct);
        Assert.Contains("script-src 'self' 'unsafe-inline'", Header(docs, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.False(factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    [Fact]
    public async Task BadLimitSetting_StopsTheServerAtStartWithItsName()
    {
        await using var factory = new WorkerApiFactory(("Knowledge:Limits:GenerationConcurrency", "0"));

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Knowledge:Limits:GenerationConcurrency doit être compris entre 1 et 64.", ex.ToString(), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : string.Empty;
}

/// <summary>Keeps every log line with its category.</summary>
internal sealed class ListLoggerProvider : ILoggerProvider
{
    private readonly List<(string Category, string Message)> _lines = [];

    public IReadOnlyList<(string Category, string Message)> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ListLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (owner._lines)
            {
                owner._lines.Add((category, formatter(state, exception)));
            }
        }
    }
}
