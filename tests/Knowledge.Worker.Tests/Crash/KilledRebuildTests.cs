using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Lucene;
using Knowledge.Worker.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace Knowledge.Worker.Tests.Crash;

/// <summary>A full rebuild killed before its swap leaves the live index as it was, and the next rebuild works.</summary>
public sealed class KilledRebuildTests
{
    private const int Files = 300;

    [Fact]
    public async Task FullRebuildKilledBeforeTheSwap_LeavesTheLiveIndexUntouched()
    {
        using var folder = new TempFolder();
        var watched = folder.Sub("watched");
        var data = Path.Combine(folder.Path, "data");
        for (var i = 0; i < Files; i++)
        {
            Corpus.Write(watched, $"r{i:000}.md", $"reconstruit{i:000}", paragraphs: 2);
        }

        using (var initial = WorkerProcess.Start(data, watched))
        {
            await initial.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, initial.ExitCode);
        }

        var before = await StateAsync(data);
        var indexRoot = Path.Combine(data, "index");
        var live = (await File.ReadAllTextAsync(Path.Combine(indexRoot, "current"), TestContext.Current.CancellationToken)).Trim();

        using (var rebuild = WorkerProcess.Start(data, watched, "--full"))
        {
            // The new generation appears beside the live one as soon as the rebuild begins.
            var midRebuild = WorkerProcess.WaitUntil(rebuild, () =>
                Directory.EnumerateDirectories(indexRoot, "gen-*").Count() > 1
                && File.ReadAllText(Path.Combine(indexRoot, "current")).Trim() == live);
            if (!midRebuild)
            {
                await rebuild.WaitForExitAsync(TestContext.Current.CancellationToken);
                Assert.Skip("the rebuild finished before the kill could land in it");
            }

            rebuild.Kill(entireProcessTree: true);
            await rebuild.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(live, (await File.ReadAllTextAsync(Path.Combine(indexRoot, "current"), TestContext.Current.CancellationToken)).Trim());
        var after = await StateAsync(data);
        Assert.Equal(before.Fingerprint, after.Fingerprint);
        Assert.Equal(before.Findings, after.Findings);
        Assert.Equal(Files, after.Documents);

        using (var again = WorkerProcess.Start(data, watched, "--full"))
        {
            await again.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, again.ExitCode);
        }

        var rebuilt = await StateAsync(data);
        Assert.Equal(before.Findings, rebuilt.Findings);
        Assert.Equal(Files, rebuilt.Documents);
    }

    private static async Task<IndexState> StateAsync(string data)
    {
        await using var index = LuceneEvidenceIndex.Open(data, EvidenceTaxonomy.Default, new FakeTimeProvider());
        return await index.GetStateAsync(TestContext.Current.CancellationToken);
    }
}
