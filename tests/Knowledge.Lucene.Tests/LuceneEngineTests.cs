using Knowledge.Core.Search;
using Knowledge.Search.Conformance;
using Microsoft.Extensions.Time.Testing;

namespace Knowledge.Lucene.Tests;

/// <summary>Behaviour specific to the embedded engine: the folder lock, persistence and generation folders.</summary>
public sealed class LuceneEngineTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private LuceneEvidenceIndex Open() => LuceneEvidenceIndex.Open(_folder.Path, TestData.Taxonomy, _time);

    [Fact]
    public async Task Open_SameFolderTwice_ThrowsClearLockError()
    {
        await using var first = Open();
        var ex = Assert.Throws<IndexLockedException>(() => Open());
        Assert.Contains("déjà ouvert par un autre processus", ex.Message, StringComparison.Ordinal);
        Assert.Contains(_folder.Path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_AfterDispose_SucceedsAndKeepsData()
    {
        string fingerprint;
        await using (var index = Open())
        {
            foreach (var (document, findings) in TestData.SampleLibrary())
            {
                await index.UpsertDocumentAsync(document, findings, Ct);
            }

            fingerprint = (await index.GetStateAsync(Ct)).Fingerprint;
        }

        await using var reopened = Open();
        var state = await reopened.GetStateAsync(Ct);
        Assert.Equal(9, state.Findings);
        Assert.Equal(fingerprint, state.Fingerprint);
        Assert.Equal(_time.GetUtcNow(), state.UpdatedAt);
        Assert.Equal(1, (await reopened.SearchAsync(new EvidenceQuery { Text = "orpaillage" }, Ct)).Total);
    }

    [Fact]
    public async Task Open_DeletesOrphanRebuildFolder()
    {
        await using (var index = Open())
        {
            var rebuild = await index.BeginRebuildAsync(Ct);
            var doc = TestData.Document("orphelin");
            await rebuild.AddDocumentAsync(doc, TestData.Findings(doc, "Passage d'une reconstruction interrompue."), Ct);
            Assert.Equal(2, GenerationFolders().Length);
            // Simulates a crash: the rebuild is neither committed nor disposed before the index closes.
        }

        // A generation folder left by a crashed process is also removed.
        Directory.CreateDirectory(Path.Combine(_folder.Path, "index", "gen-0042"));

        await using var reopened = Open();
        Assert.Single(GenerationFolders());
        Assert.Equal(0, (await reopened.GetStateAsync(Ct)).Documents);
    }

    [Fact]
    public async Task Rebuild_Commit_SwitchesPointerAndDeletesOldGeneration()
    {
        await using var index = Open();
        var before = File.ReadAllText(Path.Combine(_folder.Path, "index", "current"));
        await using (var rebuild = await index.BeginRebuildAsync(Ct))
        {
            await rebuild.CommitAsync(Ct);
        }

        var after = File.ReadAllText(Path.Combine(_folder.Path, "index", "current"));
        Assert.NotEqual(before, after);
        Assert.Equal([after], GenerationFolders());
    }

    [Fact]
    public async Task Rebuild_Abandoned_DeletesItsFolder()
    {
        await using var index = Open();
        await using (var rebuild = await index.BeginRebuildAsync(Ct))
        {
            Assert.Equal(2, GenerationFolders().Length);
        }

        Assert.Single(GenerationFolders());
    }

    [Fact]
    public async Task Rebuild_OnlyOneAtATime()
    {
        await using var index = Open();
        await using var rebuild = await index.BeginRebuildAsync(Ct);
        await Assert.ThrowsAsync<InvalidOperationException>(() => index.BeginRebuildAsync(Ct));
    }

    private string[] GenerationFolders() =>
        [.. Directory.GetDirectories(Path.Combine(_folder.Path, "index"), "gen-*").Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    public void Dispose() => _folder.Dispose();
}
