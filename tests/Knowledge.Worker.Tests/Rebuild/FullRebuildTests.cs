using Knowledge.Worker.Runs;
using Knowledge.Worker.Tests.Fixtures;

namespace Knowledge.Worker.Tests.Rebuild;

public sealed class FullRebuildTests
{
    [Fact]
    public async Task FullRun_ReExtractsEveryDocumentIntoANewIndex()
    {
        await using var bed = new WorkerBed();
        for (var i = 0; i < 3; i++)
        {
            Corpus.Write(bed.Watched, $"r{i}.md", $"refonte{i}");
        }

        await bed.SweepAsync();
        var before = await bed.Lucene.GetStateAsync(TestContext.Current.CancellationToken);

        var run = await bed.SweepAsync(full: true);

        Assert.Equal(IngestRun.Completed, run.Status);
        Assert.Equal(3, run.Counts.Rebuilt);
        Assert.Equal(6, bed.Ingestor.Extractions);
        var after = await bed.Lucene.GetStateAsync(TestContext.Current.CancellationToken);
        Assert.Equal(before.Findings, after.Findings);
        Assert.Equal(before.Documents, after.Documents);
        Assert.Equal(3, await bed.SearchCountAsync("refonte1"));
    }

    [Fact]
    public async Task FullRun_FailingMidway_LeavesTheLiveIndexUntouched()
    {
        await using var bed = new WorkerBed();
        for (var i = 0; i < 4; i++)
        {
            Corpus.Write(bed.Watched, $"r{i}.md", $"intact{i}");
        }

        await bed.SweepAsync();
        var before = await bed.Lucene.GetStateAsync(TestContext.Current.CancellationToken);

        bed.Flaky.FailRebuildAfter = 2;
        var run = await bed.SweepAsync(full: true);

        Assert.Equal(IngestRun.Failed, run.Status);
        var after = await bed.Lucene.GetStateAsync(TestContext.Current.CancellationToken);
        Assert.Equal(before.Fingerprint, after.Fingerprint);
        Assert.Equal(before.Findings, after.Findings);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(3, await bed.SearchCountAsync($"intact{i}"));
        }

        // And a later rebuild still works: the abandoned one left nothing in the way.
        bed.Flaky.FailRebuildAfter = null;
        Assert.Equal(IngestRun.Completed, (await bed.SweepAsync(full: true)).Status);
    }

    [Fact]
    public async Task FullRun_KeepsGivenTitles()
    {
        await using var bed = new WorkerBed();
        var path = Corpus.Write(bed.Watched, "r.md", "titrage");
        await bed.SweepAsync();
        var id = Corpus.DocumentId(path);
        var document = await bed.Lucene.GetDocumentAsync(id, TestContext.Current.CancellationToken);
        await bed.Lucene.UpsertDocumentAsync(document! with { Title = "Titre donné à la main" }, await bed.Lucene.GetDocumentFindingsAsync(id, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        await bed.SweepAsync(full: true);

        Assert.Equal("Titre donné à la main", (await bed.Lucene.GetDocumentAsync(id, TestContext.Current.CancellationToken))!.Title);
    }
}
