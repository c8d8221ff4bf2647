using Knowledge.Worker.Hosting;
using Knowledge.Worker.Quarantine;
using Knowledge.Worker.Runs;
using Knowledge.Worker.Tests.Fixtures;

namespace Knowledge.Worker.Tests.Sweeping;

public sealed class FolderSweeperTests
{
    [Fact]
    public async Task Sweep_FileDroppedInWatchedFolder_IsSearchableAfterNextSweep()
    {
        await using var bed = new WorkerBed();
        await bed.SweepAsync();
        Assert.Equal(0, await bed.SearchCountAsync("zephyrine"));

        var path = Corpus.Write(bed.Watched, "rapport.md", "zephyrine");
        var run = await bed.SweepAsync();

        Assert.Equal(IngestRun.Completed, run.Status);
        Assert.Equal(1, run.Counts.New);
        Assert.Equal(3, await bed.SearchCountAsync("zephyrine"));
        Assert.NotNull(await bed.Lucene.GetDocumentAsync(Corpus.DocumentId(path), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Sweep_FileInInbox_IsIngestedLikeAnyWatchedFolder()
    {
        await using var bed = new WorkerBed();
        Directory.CreateDirectory(bed.Options.InboxPath);
        Corpus.Write(bed.Options.InboxPath, "depose.md", "inboxine");

        var run = await bed.SweepAsync();

        Assert.Equal(1, run.Counts.New);
        Assert.Equal(3, await bed.SearchCountAsync("inboxine"));
    }

    [Fact]
    public async Task Sweep_UnchangedFiles_AreNotReadAgain()
    {
        await using var bed = new WorkerBed();
        Corpus.Write(bed.Watched, "a.md", "alpha");
        Corpus.Write(bed.Watched, "b.md", "beta");
        await bed.SweepAsync();

        var run = await bed.SweepAsync();

        Assert.Equal(2, bed.Ingestor.Extractions);
        Assert.Equal(2, run.Counts.Unchanged);
        Assert.Equal(0, run.Counts.New);
    }

    [Fact]
    public async Task Sweep_MovedFile_IsRecognisedWithoutReExtraction()
    {
        await using var bed = new WorkerBed();
        var original = Corpus.Write(bed.Watched, "2021/rapport.md", "mouvance");
        var id = Corpus.DocumentId(original);
        await bed.SweepAsync();
        var findingsBefore = await bed.Lucene.GetDocumentFindingsAsync(id, TestContext.Current.CancellationToken);
        Assert.Equal(1, bed.Ingestor.Extractions);

        var moved = Path.Combine(bed.Watched, "archives", "rapport-final.md");
        Directory.CreateDirectory(Path.GetDirectoryName(moved)!);
        File.Move(original, moved);
        var run = await bed.SweepAsync();

        Assert.Equal(1, bed.Ingestor.Extractions);
        Assert.Equal(1, run.Counts.Moved);
        Assert.Equal(0, run.Counts.Removed);
        var findingsAfter = await bed.Lucene.GetDocumentFindingsAsync(id, TestContext.Current.CancellationToken);
        Assert.Equal(findingsBefore.Select(f => f.Id).ToList(), findingsAfter.Select(f => f.Id).ToList());
        var entry = Assert.Single(bed.Ledger.Files());
        Assert.Equal(Path.GetFullPath(moved), entry.Path);
        Assert.Equal(id, entry.DocumentId);
    }

    [Fact]
    public async Task Sweep_CopiedFile_IsRecordedWithoutExtractionOrDuplicateFindings()
    {
        await using var bed = new WorkerBed();
        var original = Corpus.Write(bed.Watched, "rapport.md", "copiste");
        await bed.SweepAsync();
        var findings = await bed.FindingCountAsync();

        File.Copy(original, Path.Combine(bed.Watched, "copie du rapport.md"));
        var run = await bed.SweepAsync();

        Assert.Equal(1, run.Counts.Copied);
        Assert.Equal(1, bed.Ingestor.Extractions);
        Assert.Equal(findings, await bed.FindingCountAsync());
        Assert.Equal(2, bed.Ledger.Files().Count);

        // Deleting one of the two copies keeps the document: the other still holds its bytes.
        File.Delete(original);
        var afterDelete = await bed.SweepAsync();
        Assert.Equal(0, afterDelete.Counts.Removed);
        Assert.Equal(findings, await bed.FindingCountAsync());
    }

    [Fact]
    public async Task Sweep_ChangedFile_ReplacesItsOldFindings()
    {
        await using var bed = new WorkerBed();
        var path = Corpus.Write(bed.Watched, "rapport.md", "ancienne");
        var oldId = Corpus.DocumentId(path);
        await bed.SweepAsync();
        Assert.Equal(3, await bed.SearchCountAsync("ancienne"));

        Corpus.Write(bed.Watched, "rapport.md", "nouvelle", paragraphs: 2);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(1));
        var run = await bed.SweepAsync();

        Assert.Equal(1, run.Counts.Changed);
        Assert.Equal(0, await bed.SearchCountAsync("ancienne"));
        Assert.Equal(2, await bed.SearchCountAsync("nouvelle"));
        Assert.Null(await bed.Lucene.GetDocumentAsync(oldId, TestContext.Current.CancellationToken));
        Assert.Equal(2, await bed.FindingCountAsync());
    }

    [Fact]
    public async Task Sweep_DeletedFile_RemovesItsFindings()
    {
        await using var bed = new WorkerBed();
        var path = Corpus.Write(bed.Watched, "rapport.md", "effacement");
        Corpus.Write(bed.Watched, "autre.md", "survivant");
        await bed.SweepAsync();

        File.Delete(path);
        var run = await bed.SweepAsync();

        Assert.Equal(1, run.Counts.Removed);
        Assert.Equal(0, await bed.SearchCountAsync("effacement"));
        Assert.Equal(3, await bed.SearchCountAsync("survivant"));
        Assert.Single(bed.Ledger.Files());
    }

    [Fact]
    public async Task Sweep_DeletedFileWithKeepPolicy_KeepsItsFindings()
    {
        await using var bed = new WorkerBed(o => o.DeletedFiles = DeletedFilesPolicy.Keep);
        var path = Corpus.Write(bed.Watched, "rapport.md", "conservation");
        await bed.SweepAsync();

        File.Delete(path);
        var run = await bed.SweepAsync();

        Assert.Equal(0, run.Counts.Removed);
        Assert.Equal(3, await bed.SearchCountAsync("conservation"));
        // The kept document is now recorded against its stored original, so a lost index brings it back.
        var entry = Assert.Single(bed.Ledger.Files());
        Assert.NotEqual(path, entry.Path);
        Assert.StartsWith(bed.Store.Root, entry.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_CorruptFile_IsQuarantinedWithReasonAndTheRestOfTheRunCompletes()
    {
        await using var bed = new WorkerBed();
        Corpus.Write(bed.Watched, "a.md", "premier");
        var corrupt = Path.Combine(bed.Watched, "b-casse.pdf");
        await File.WriteAllBytesAsync(corrupt, [.. "%PDF-1.7\n"u8.ToArray(), .. Enumerable.Repeat((byte)0x9c, 400)], TestContext.Current.CancellationToken);
        Corpus.Write(bed.Watched, "c.md", "troisieme");

        var run = await bed.SweepAsync();

        Assert.Equal(2, run.Counts.New);
        Assert.Equal(1, run.Counts.Failed);
        Assert.Equal(IngestRun.Completed, run.Status);
        Assert.Equal(3, await bed.SearchCountAsync("premier"));
        Assert.Equal(3, await bed.SearchCountAsync("troisieme"));
        Assert.False(File.Exists(corrupt));
        var quarantined = Path.Combine(bed.Options.QuarantinePath, "b-casse.pdf");
        Assert.True(File.Exists(quarantined));
        var reason = await File.ReadAllTextAsync(quarantined + QuarantineFolder.ReasonSuffix, TestContext.Current.CancellationToken);
        Assert.Contains("Raison :", reason, StringComparison.Ordinal);
        Assert.Contains("Reason:", reason, StringComparison.Ordinal);
        var issue = Assert.Single(bed.Ledger.Run(run.Id)!.Issues);
        Assert.Equal(corrupt, issue.Path);
        Assert.Contains(issue.Reason, reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_QuarantinedFile_IsRetriedOnlyWhenItsContentChanges()
    {
        await using var bed = new WorkerBed();
        var corrupt = Path.Combine(bed.Watched, "rapport.pdf");
        await File.WriteAllBytesAsync(corrupt, [.. "%PDF-1.4\n"u8.ToArray(), .. Enumerable.Repeat((byte)0x01, 300)], TestContext.Current.CancellationToken);
        await bed.SweepAsync();
        var quarantined = Path.Combine(bed.Options.QuarantinePath, "rapport.pdf");
        Assert.True(File.Exists(quarantined));

        await bed.SweepAsync();
        Assert.Equal(1, bed.Ingestor.Extractions);

        // Someone replaces the broken file, in quarantine, with a readable one.
        File.Delete(quarantined);
        File.Delete(quarantined + QuarantineFolder.ReasonSuffix);
        var fixedPath = Path.Combine(bed.Options.QuarantinePath, "rapport.md");
        Corpus.Write(bed.Options.QuarantinePath, "rapport.md", "reparation");
        var run = await bed.SweepAsync();

        Assert.Equal(2, bed.Ingestor.Extractions);
        Assert.Equal(1, run.Counts.New);
        Assert.Equal(3, await bed.SearchCountAsync("reparation"));
        Assert.False(File.Exists(fixedPath));
        Assert.True(File.Exists(Path.Combine(bed.Options.InboxPath, "rapport.md")));
        Assert.Empty(bed.Ledger.Quarantined());
    }

    [Fact]
    public async Task Sweep_SameBrokenBytesDroppedAgain_AreQuarantinedWithoutReadingThemAgain()
    {
        await using var bed = new WorkerBed();
        byte[] broken = [.. "%PDF-1.4\n"u8.ToArray(), .. Enumerable.Repeat((byte)0x02, 300)];
        await File.WriteAllBytesAsync(Path.Combine(bed.Watched, "x.pdf"), broken, TestContext.Current.CancellationToken);
        await bed.SweepAsync();

        await File.WriteAllBytesAsync(Path.Combine(bed.Watched, "x-encore.pdf"), broken, TestContext.Current.CancellationToken);
        var run = await bed.SweepAsync();

        Assert.Equal(1, bed.Ingestor.Extractions);
        Assert.Equal(1, run.Counts.Failed);
        Assert.True(File.Exists(Path.Combine(bed.Options.QuarantinePath, "x-encore.pdf")));
    }

    [Fact]
    public async Task Sweep_LostLedger_IsRebuiltFromTheIndexWithoutReExtraction()
    {
        await using var bed = new WorkerBed();
        for (var i = 0; i < 4; i++)
        {
            Corpus.Write(bed.Watched, $"r{i}.md", $"perdu{i}");
        }

        await bed.SweepAsync();
        var findings = await bed.FindingCountAsync();
        foreach (var entry in bed.Ledger.Files())
        {
            bed.Ledger.Remove(entry.Path);
        }

        var run = await bed.SweepAsync();

        Assert.Equal(4, bed.Ingestor.Extractions);
        Assert.Equal(4, bed.Ledger.Files().Count);
        Assert.All(bed.Ledger.Files(), e => Assert.NotNull(e.DocumentId));
        Assert.Equal(findings, await bed.FindingCountAsync());
        Assert.Equal(IngestRun.Completed, run.Status);
    }

    [Fact]
    public async Task Sweep_UnsupportedFile_IsSkippedNotQuarantined()
    {
        await using var bed = new WorkerBed();
        var sheet = Path.Combine(bed.Watched, "tableau.xlsx");
        await File.WriteAllBytesAsync(sheet, [0x50, 0x4B, 0x03, 0x04, .. "xl/workbook.xml"u8.ToArray()], TestContext.Current.CancellationToken);

        var run = await bed.SweepAsync();
        var again = await bed.SweepAsync();

        Assert.Equal(1, run.Counts.Skipped);
        Assert.True(File.Exists(sheet));
        Assert.Equal(1, again.Counts.Unchanged);
        Assert.Equal(1, bed.Ingestor.Extractions);
    }

    [Fact]
    public async Task Sweep_MissingWatchedFolder_DoesNotRemoveItsDocuments()
    {
        await using var bed = new WorkerBed();
        Corpus.Write(bed.Watched, "r.md", "partage");
        await bed.SweepAsync();

        Directory.Move(bed.Watched, bed.Watched + "-demonte");
        var run = await bed.SweepAsync();

        Assert.Equal(0, run.Counts.Removed);
        Assert.Equal(3, await bed.SearchCountAsync("partage"));
        Assert.Contains(bed.Ledger.Run(run.Id)!.Issues, i => i.Code == "folder-missing");
    }
}
