using Knowledge.Worker.Hosting;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Knowledge.Worker.Resilience;

/// <summary>
/// The one resilience pipeline around index writes: retries with exponential backoff and jitter,
/// inside a circuit breaker so that an index that stays down stops the run quickly (its files are
/// left for the next run) instead of hammering it file after file.
/// </summary>
public static class IndexWriteResilience
{
    public const string Name = "index-writes";

    public static ResiliencePipeline Create(IndexWriteResilienceOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ResiliencePipelineBuilder { Name = Name, TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
            FailureRatio = options.FailureRatio,
            MinimumThroughput = options.MinimumThroughput,
            SamplingDuration = options.SamplingDuration,
            BreakDuration = options.BreakDuration,
        });
        return builder.Build();
    }

    /// <summary>
    /// Bad input (an argument the engine refuses) and cancellation are not worth retrying; anything
    /// else from the engine (I/O, HTTP, a locked index) may pass.
    /// </summary>
    internal static bool IsTransient(Exception ex) =>
        ex is not (OperationCanceledException or ArgumentException or ObjectDisposedException or BrokenCircuitException or InvalidOperationException);
}
