using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Knowledge.SearchApi.Hosting;

/// <summary>
/// Bounds on what one client can make the server do (<c>Knowledge:Limits</c>). The defaults let a
/// person work freely and stop a script: generation is the costly call (seconds of CPU), so it is
/// limited per client address and in how many run at once, which keeps searches fast whatever
/// arrives; failed key attempts are limited per address so keys cannot be guessed.
/// </summary>
public sealed class RequestLimitsOptions
{
    public const string Section = "Knowledge:Limits";

    /// <summary>Generation requests per client address per minute.</summary>
    [Range(1, 100_000, ErrorMessage = "Knowledge:Limits:GenerationPerMinute doit être compris entre 1 et 100000.")]
    public int GenerationPerMinute { get; set; } = 30;

    /// <summary>
    /// Generations running at once on the whole server (the others wait, then are refused). Half the
    /// cores by default, so searches always keep the other half: measured on 2 cores with the
    /// <c>hostile</c> bench, search p95 stayed within noise of its quiet value with 1, and tripled with 2.
    /// </summary>
    [Range(1, 64, ErrorMessage = "Knowledge:Limits:GenerationConcurrency doit être compris entre 1 et 64.")]
    public int GenerationConcurrency { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Generations waiting for a slot before new ones are refused with 429.</summary>
    [Range(0, 1000, ErrorMessage = "Knowledge:Limits:GenerationQueue doit être compris entre 0 et 1000.")]
    public int GenerationQueue { get; set; } = 8;

    /// <summary>Longest a generation may run before it is stopped (503).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Knowledge:Limits:GenerationTimeout doit être compris entre 00:00:01 et 00:10:00.")]
    public TimeSpan GenerationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest generation request body, in bytes (a request is a few codes and years).</summary>
    [Range(1024, 1024 * 1024, ErrorMessage = "Knowledge:Limits:GenerationBodyBytes doit être compris entre 1024 et 1048576.")]
    public int GenerationBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Exports (original files, rendered documents) per client address per minute.</summary>
    [Range(1, 100_000, ErrorMessage = "Knowledge:Limits:ExportsPerMinute doit être compris entre 1 et 100000.")]
    public int ExportsPerMinute { get; set; } = 120;

    /// <summary>Wrong API keys accepted from one address per <see cref="FailedKeyWindow"/> before it gets 429.</summary>
    [Range(1, 10_000, ErrorMessage = "Knowledge:Limits:FailedKeyAttempts doit être compris entre 1 et 10000.")]
    public int FailedKeyAttempts { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Knowledge:Limits:FailedKeyWindow doit être compris entre 00:00:01 et 1.00:00:00.")]
    public TimeSpan FailedKeyWindow { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>Rate limits (429 problem+json with <c>Retry-After</c>) and client errors answered as 4xx, never 500.</summary>
internal static class RequestLimits
{
    /// <summary>Policy of the generation endpoints: per client address, plus a server-wide cap on concurrent runs.</summary>
    public const string Generation = "generation";

    /// <summary>Policy of exports (downloads of originals and rendered documents): per client address.</summary>
    public const string Exports = "exports";

    public static IHostApplicationBuilder AddRequestLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RequestLimitsOptions>()
            .BindConfiguration(RequestLimitsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<FailedKeyAttempts>();
        builder.Services.AddExceptionHandler<ClientErrorHandler>();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = OnRejectedAsync;
            o.AddPolicy(Generation, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => Window(Limits(context).GenerationPerMinute)));
            o.AddPolicy(Exports, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => Window(Limits(context).ExportsPerMinute)));

            // One server-wide queue in front of generation, whoever asks: the CPU it takes is shared.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Generation
                    ? RateLimitPartition.GetConcurrencyLimiter(Generation, _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = Limits(context).GenerationConcurrency,
                        QueueLimit = Limits(context).GenerationQueue,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return builder;
    }

    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The partition key of a client: its address (the proxy's, unless forwarded headers are configured).</summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "local";

    private static RequestLimitsOptions Limits(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<RequestLimitsOptions>>().Value;

    private static FixedWindowRateLimiterOptions Window(int perMinute) => new()
    {
        PermitLimit = perMinute,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(5);
        await WriteTooManyAsync(rejected.HttpContext, retryAfter);
    }

    /// <summary>429 problem+json with <c>Retry-After</c> in whole seconds.</summary>
    public static async Task WriteTooManyAsync(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var lang = UserLanguage.Of(context);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problem = new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = ApiText.Get(lang, "TooManyRequestsTitle"),
                Detail = ApiText.Format(lang, "TooManyRequestsDetail", seconds),
            },
        };

        // The problem details service writes only what the client accepts: a client asking for a
        // DOCX or an XLSX would otherwise get a 500 instead of its 429. It gets the JSON problem.
        if (!await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(problem))
        {
            await context.Response.WriteAsJsonAsync(problem.ProblemDetails, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
        }
    }
}

/// <summary>
/// Wrong API keys per client address: after <see cref="RequestLimitsOptions.FailedKeyAttempts"/> in a
/// window, keys from that address are not even compared until the window ends (429).
/// </summary>
internal sealed class FailedKeyAttempts(IOptions<RequestLimitsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.FailedKeyAttempts,
            Window = options.Value.FailedKeyWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>True when the address has used up its failed attempts; <paramref name="retryAfter"/> is then the window.</summary>
    public bool IsBlocked(string address, out TimeSpan retryAfter)
    {
        retryAfter = options.Value.FailedKeyWindow;
        return _limiter.GetStatistics(address)?.CurrentAvailablePermits == 0;
    }

    /// <summary>Counts one failed attempt.</summary>
    public void Record(string address)
    {
        using var lease = _limiter.AttemptAcquire(address);
    }

    public void Dispose() => _limiter.Dispose();
}
