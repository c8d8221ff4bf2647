using Knowledge.Ingest.Indexing;
using Knowledge.Worker.Ledger;
using Knowledge.Worker.Runs;
using Knowledge.Worker.Tests.Fixtures;
using Microsoft.Extensions.Logging;

namespace Knowledge.Worker.Tests.Hostile;

/// <summary>A lost index folder and a damaged ledger: nothing accepted is lost, and the state says so until repaired.</summary>
public sealed class LedgerIndexAgreementTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeletedIndexFolder_NextSweepRestoresEveryDocument_DegradedUntilThen()
    {
        using var folder = new TempFolder();
        string[] markers = ["perdurance", "resilium", "constance"];
        await using (var first = new WorkerBed(folder: folder))
        {
            foreach (var marker in markers)
            {
                Corpus.Write(first.Watched, marker + ".md", marker);
            }

            Assert.Equal(3, (await first.SweepAsync()).Counts.New);
        }

        Directory.Delete(Path.Combine(folder.Path, "data", "index"), recursive: true);

        await using var bed = new WorkerBed(folder: folder);
        Assert.Equal(0, (await bed.Lucene.GetStateAsync(Ct)).Documents);
        var before = await bed.Reconciler.CheckAsync(Ct);
        Assert.True(before.Degraded);
        Assert.Equal(3, before.MissingFromIndex);
        Assert.Contains("3 document(s) du registre d'ingestion absent(s) de l'index", before.Reason, StringComparison.Ordinal);

        var run = await bed.SweepAsync();

        Assert.Equal(IngestRun.Completed, run.Status);
        Assert.Equal(3, run.Counts.Rebuilt);
        Assert.Equal(3, (await bed.Lucene.GetStateAsync(Ct)).Documents);
        foreach (var marker in markers)
        {
            Assert.Equal(3, await bed.SearchCountAsync(marker));
        }

        var after = await bed.Reconciler.CheckAsync(Ct);
        Assert.False(after.Degraded);
        Assert.Null(after.Reason);
    }

    [Fact]
    public async Task DeletedIndexFolder_FullRebuildRestoresFromStoredOriginals_WhateverTheLedgerSays()
    {
        using var folder = new TempFolder();
        await using (var first = new WorkerBed(folder: folder))
        {
            Corpus.Write(first.Watched, "a.md", "reconstitua");
            Corpus.Write(first.Watched, "b.md", "reconstitub");
            await first.SweepAsync();
        }

        Directory.Delete(Path.Combine(folder.Path, "data", "index"), recursive: true);
        await using var bed = new WorkerBed(folder: folder);

        var run = await bed.SweepAsync(full: true);

        Assert.Equal(IngestRun.Completed, run.Status);
        Assert.Equal(2, (await bed.Lucene.GetStateAsync(Ct)).Documents);
        Assert.Equal(3, await bed.SearchCountAsync("reconstitua"));
        Assert.Equal(3, await bed.SearchCountAsync("reconstitub"));
        Assert.False((await bed.Reconciler.CheckAsync(Ct)).Degraded);
    }

    [Fact]
    public async Task DocumentOnlyInTheIndex_IsRecordedBySweep_AndRestoredAfterIndexLoss()
    {
        using var folder = new TempFolder();
        string id;
        await using (var first = new WorkerBed(folder: folder))
        {
            // Ingested outside any watched folder, as the sample library and the CLI do.
            var outside = Corpus.Write(first.Folder.Sub("ailleurs"), "hors-dossier.md", "exterieurine");
            id = Corpus.DocumentId(outside);
            var ingested = await new EvidenceIngestor(first.Pipeline, first.Index, first.Store).IngestFileAsync(outside, null, Ct);
            Assert.Equal(Knowledge.Ingest.Pipeline.IngestStatus.Ingested, ingested.Ingest.Status);
            Assert.Equal(1, (await first.Reconciler.CheckAsync(Ct)).UnknownToLedger);

            await first.SweepAsync();

            Assert.Equal(id, Assert.Single(first.Ledger.Files()).DocumentId);
            Assert.Equal(0, (await first.Reconciler.CheckAsync(Ct)).UnknownToLedger);

            // A later sweep neither removes it (its original is not a deleted file) nor reads it again.
            var again = await first.SweepAsync();
            Assert.Equal(0, again.Counts.Removed);
            Assert.NotNull(await first.Lucene.GetDocumentAsync(id, Ct));
        }

        Directory.Delete(Path.Combine(folder.Path, "data", "index"), recursive: true);
        await using var bed = new WorkerBed(folder: folder);

        await bed.SweepAsync();

        Assert.NotNull(await bed.Lucene.GetDocumentAsync(id, Ct));
        Assert.Equal(3, await bed.SearchCountAsync("exterieurine"));
    }

    public static TheoryData<string> Damages => ["truncated", "garbled", "page-damaged", "zero-byte"];

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task DamagedLedger_IsMovedAsideWithOneLogLine_AndRebuiltFromTheIndex(string damage)
    {
        using var folder = new TempFolder();
        string ledgerPath;
        long findings;
        await using (var first = new WorkerBed(folder: folder))
        {
            for (var i = 0; i < 40; i++)
            {
                // Enough entries for the files table to span several pages.
                Corpus.Write(first.Watched, $"dossier-{i:00}-{new string('x', 60)}.md", $"endurance{i:00}", paragraphs: 1);
            }

            await first.SweepAsync();
            ledgerPath = first.Ledger.DatabasePath;
            findings = await first.FindingCountAsync();
        }

        Damage(ledgerPath, damage);

        await using var bed = new WorkerBed(folder: folder);

        var recovery = Assert.IsType<LedgerRecovery>(bed.Ledger.Recovery);
        Assert.Equal(LedgerRecoveryKind.Damaged, recovery.Kind);
        Assert.NotNull(recovery.AsidePath);
        Assert.True(File.Exists(recovery.AsidePath));
        Assert.Equal("ledger.damaged-20260302-020000.db", Path.GetFileName(recovery.AsidePath));
        var line = Assert.Single(bed.LedgerLogger.Lines, l => l.Level >= LogLevel.Warning);
        Assert.Equal(LogLevel.Error, line.Level);
        Assert.Contains(ledgerPath, line.Message, StringComparison.Ordinal);
        Assert.Contains(recovery.AsidePath, line.Message, StringComparison.Ordinal);
        var state = await bed.Reconciler.CheckAsync(Ct);
        Assert.True(state.Degraded);
        Assert.Contains("registre d'ingestion endommagé", state.Reason, StringComparison.Ordinal);

        var run = await bed.SweepAsync();

        Assert.Equal(IngestRun.Completed, run.Status);
        Assert.Equal(0, bed.Ingestor.Extractions);
        Assert.Equal(40, bed.Ledger.FileCount());
        Assert.Equal(findings, await bed.FindingCountAsync());
        Assert.Equal(1, await bed.SearchCountAsync("endurance07"));
        Assert.Null(bed.Ledger.Recovery);
        Assert.False((await bed.Reconciler.CheckAsync(Ct)).Degraded);
    }

    [Fact]
    public async Task MissingLedger_IsCreatedAndLogged_AndNothingIsReadAgain()
    {
        using var folder = new TempFolder();
        string ledgerPath;
        await using (var first = new WorkerBed(folder: folder))
        {
            Corpus.Write(first.Watched, "a.md", "absentia");
            await first.SweepAsync();
            ledgerPath = first.Ledger.DatabasePath;
        }

        File.Delete(ledgerPath);
        await using var bed = new WorkerBed(folder: folder);

        Assert.Equal(LedgerRecoveryKind.Missing, bed.Ledger.Recovery?.Kind);
        Assert.Contains(bed.LedgerLogger.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains(ledgerPath, StringComparison.Ordinal));
        Assert.False((await bed.Reconciler.CheckAsync(Ct)).Degraded);

        var run = await bed.SweepAsync();

        Assert.Equal(0, bed.Ingestor.Extractions);
        Assert.Equal(1, run.Counts.New);
        Assert.Null(bed.Ledger.Recovery);
        Assert.Equal(3, await bed.SearchCountAsync("absentia"));
    }

    /// <summary>Damages the ledger file the way a full disk, a bad copy or a failing sector would.</summary>
    internal static void Damage(string path, string how)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 4 * 4096, $"the ledger should span several pages, it has {bytes.Length} bytes");
        switch (how)
        {
            case "truncated":
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2 + 1000)]);
                break;
            case "garbled":
                new Random(17).NextBytes(bytes.AsSpan(0, 512));
                File.WriteAllBytes(path, bytes);
                break;
            case "page-damaged":
                // Every page but the first (the schema) is overwritten: table pages no longer parse.
                for (var page = 1; page * 4096 < bytes.Length; page++)
                {
                    bytes.AsSpan(page * 4096, 64).Fill(0xEE);
                }

                File.WriteAllBytes(path, bytes);
                break;
            case "zero-byte":
                File.WriteAllBytes(path, []);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(how), how, null);
        }
    }
}
