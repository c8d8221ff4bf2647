using Knowledge.Worker.Hosting;
using Knowledge.Worker.Resilience;
using Knowledge.Worker.Runs;
using Knowledge.Worker.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;

namespace Knowledge.Worker.Tests.Resilience;

public sealed class IndexWriteResilienceTests
{
    [Fact]
    public async Task Sweep_IndexFailsSomeTimesThenRecovers_LosesNothing()
    {
        await using var bed = new WorkerBed();
        for (var i = 0; i < 5; i++)
        {
            Corpus.Write(bed.Watched, $"r{i}.md", $"tenace{i}");
        }

        bed.Flaky.FailNext(3);
        var run = await bed.SweepAsync();

        Assert.Equal(3, bed.Flaky.FailedWrites);
        Assert.Equal(IngestRun.Completed, run.Status);
        Assert.Equal(5, run.Counts.New);
        Assert.Equal(15, await bed.FindingCountAsync());
        Assert.Equal(5, bed.Ledger.Files().Count);
    }

    [Fact]
    public async Task Sweep_IndexDownBeyondRetries_StopsTheRunAndTheNextRunCatchesUp()
    {
        await using var bed = new WorkerBed(o => o.Resilience = new IndexWriteResilienceOptions
        {
            MaxRetries = 1,
            BaseDelay = TimeSpan.Zero,
            MaxDelay = TimeSpan.Zero,
            MinimumThroughput = 4,
            FailureRatio = 0.5,
            BreakDuration = TimeSpan.FromSeconds(30),
        });
        for (var i = 0; i < 6; i++)
        {
            Corpus.Write(bed.Watched, $"r{i}.md", $"panne{i}");
        }

        bed.Flaky.FailNext(1000);
        var down = await bed.SweepAsync();

        Assert.Equal(IngestRun.Incomplete, down.Status);
        Assert.Equal(0, down.Counts.Failed);
        Assert.Empty(bed.Ledger.Files());
        Assert.Empty(bed.Ledger.Quarantined());
        Assert.Contains(bed.Ledger.Run(down.Id)!.Issues, i => i.Code == "index-unavailable");

        bed.Flaky.FailNext(0);
        bed.Time.Advance(TimeSpan.FromSeconds(31));
        var recovered = await bed.SweepAsync();

        Assert.Equal(IngestRun.Completed, recovered.Status);
        Assert.Equal(6, recovered.Counts.New);
        Assert.Equal(18, await bed.FindingCountAsync());
        Assert.Equal(6, bed.Ledger.Files().Count);
    }

    [Fact]
    public async Task Pipeline_RetriesTheConfiguredNumberOfTimes()
    {
        var pipeline = IndexWriteResilience.Create(new IndexWriteResilienceOptions { MaxRetries = 4, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero, MinimumThroughput = 100 }, TimeProvider.System);
        var attempts = 0;

        await Assert.ThrowsAsync<IOException>(async () => await pipeline.ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new IOException("en panne");
        }, TestContext.Current.CancellationToken));

        Assert.Equal(5, attempts);
    }

    [Fact]
    public async Task Pipeline_DoesNotRetryRefusedInput()
    {
        var pipeline = IndexWriteResilience.Create(new IndexWriteResilienceOptions { BaseDelay = TimeSpan.Zero }, TimeProvider.System);
        var attempts = 0;

        await Assert.ThrowsAsync<ArgumentException>(async () => await pipeline.ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new ArgumentException("document invalide");
        }, TestContext.Current.CancellationToken));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Pipeline_WaitsWithBackoffBeforeRetrying()
    {
        var time = new FakeTimeProvider();
        var pipeline = IndexWriteResilience.Create(new IndexWriteResilienceOptions { MaxRetries = 1, BaseDelay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromSeconds(10), MinimumThroughput = 100 }, time);
        var attempts = 0;

        var call = pipeline.ExecuteAsync(_ => ++attempts == 1 ? ValueTask.FromException<int>(new IOException("en panne")) : ValueTask.FromResult(attempts), TestContext.Current.CancellationToken).AsTask();

        Assert.False(call.IsCompleted);
        Assert.Equal(1, attempts);
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(2, await call);
    }

    [Fact]
    public async Task Pipeline_OpensTheCircuitAfterRepeatedFailures_AndClosesAfterTheBreak()
    {
        var time = new FakeTimeProvider();
        var options = new IndexWriteResilienceOptions { MaxRetries = 0, MinimumThroughput = 3, FailureRatio = 0.5, BreakDuration = TimeSpan.FromSeconds(30) };
        var pipeline = IndexWriteResilience.Create(options, time);
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<IOException>(async () => await pipeline.ExecuteAsync<int>(_ => throw new IOException("en panne"), TestContext.Current.CancellationToken));
        }

        await Assert.ThrowsAsync<BrokenCircuitException>(async () => await pipeline.ExecuteAsync(_ => ValueTask.FromResult(1), TestContext.Current.CancellationToken));

        time.Advance(options.BreakDuration + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await pipeline.ExecuteAsync(_ => ValueTask.FromResult(1), TestContext.Current.CancellationToken));
    }
}
