using Knowledge.Core.Taxonomy;
using Knowledge.Ingest.Pipeline;
using Knowledge.Lucene;
using Knowledge.Worker.Ledger;
using Knowledge.Worker.Runs;
using Knowledge.Worker.Tests.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace Knowledge.Worker.Tests.Crash;

/// <summary>
/// The worker as a real child process, killed in the middle of a run and started again: the index
/// ends with exactly the findings of the folder, none twice, none missing.
/// </summary>
public sealed class KilledRunTests
{
    private const int Files = 120;

    [Fact]
    public async Task KilledMidRun_ResumesOnRestart_WithNoDuplicateAndNoMissingFinding()
    {
        using var folder = new TempFolder();
        var watched = folder.Sub("watched");
        var data = Path.Combine(folder.Path, "data");
        for (var i = 0; i < Files; i++)
        {
            Corpus.Write(watched, $"rapport-{i:000}.md", $"reprise{i:000}", paragraphs: 2 + (i % 3));
        }

        var ledgerPath = Path.Combine(data, "ingest", "ledger.db");
        using (var first = WorkerProcess.Start(data, watched))
        {
            // Kill once some documents are in the ledger (they are written after their index write).
            IngestLedger? ledger = null;
            var midRun = WorkerProcess.WaitUntil(first, () =>
            {
                if (ledger is null && File.Exists(ledgerPath))
                {
                    ledger = new IngestLedger(ledgerPath);
                }

                return ledger is not null && ledger.FileCount() >= 5;
            });

            Assert.True(midRun, "the worker ended before it could be killed mid-run");
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var killedAt = new IngestLedger(ledgerPath).FileCount();
        if (killedAt >= Files)
        {
            Assert.Skip($"the worker indexed all {Files} files before the kill landed; nothing to resume");
        }

        Assert.InRange(killedAt, 5, Files - 1);

        using (var second = WorkerProcess.Start(data, watched))
        {
            await second.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, second.ExitCode);
        }

        // What the folder should give, computed in this process by the same pipeline.
        var time = new FakeTimeProvider();
        var pipeline = new IngestPipeline(EvidenceTaxonomy.Default, time);
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(watched))
        {
            var result = await pipeline.IngestAsync(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken), Path.GetFileName(file), null, TestContext.Current.CancellationToken);
            expected[result.Document!.Id] = result.Findings.Count;
        }

        await using var index = LuceneEvidenceIndex.Open(data, EvidenceTaxonomy.Default, time);
        var state = await index.GetStateAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Files, state.Documents);
        Assert.Equal(expected.Values.Sum(), state.Findings);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (documentId, count) in expected)
        {
            var findings = await index.GetDocumentFindingsAsync(documentId, TestContext.Current.CancellationToken);
            Assert.Equal(count, findings.Count);
            Assert.All(findings, f => Assert.True(seen.Add(f.Id), $"finding {f.Id} indexed twice"));
        }

        var ledgerAfter = new IngestLedger(ledgerPath);
        Assert.Equal(Files, ledgerAfter.FileCount());
        var runs = ledgerAfter.Runs(10);
        Assert.Equal(2, runs.Count);
        Assert.Equal(IngestRun.Completed, runs[0].Status);
        Assert.Equal(IngestRun.Abandoned, runs[1].Status);
        Assert.Equal(Files - killedAt, runs[0].Counts.New);
    }
}
