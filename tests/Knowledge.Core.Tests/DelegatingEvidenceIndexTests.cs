using Knowledge.Core.Evidence;
using Knowledge.Core.Search;

namespace Knowledge.Core.Tests;

public sealed class DelegatingEvidenceIndexTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryMember_ReachesTheInnerIndex()
    {
        var inner = new RecordingIndex();
        await using var index = new PassThrough(inner, ownsInner: true);
        var document = new SourceDocument { Id = "d", Sha256 = "h", Title = "T", FileName = "d.pdf" };

        Assert.Equal("recording", index.Engine);
        await index.UpsertDocumentAsync(document, [], Ct);
        await index.RemoveDocumentAsync("d", Ct);
        await index.GetFindingAsync("f", Ct);
        await index.GetDocumentFindingsAsync("d", Ct);
        await index.SearchAsync(new EvidenceQuery(), Ct);
        await index.FacetsAsync(new EvidenceQuery(), Ct);
        await index.GetDocumentAsync("d", Ct);
        await index.ListDocumentsAsync(1, 10, Ct);
        await index.GetStateAsync(Ct);
        await index.BeginRebuildAsync(Ct);

        Assert.Equal(
            [
                "Upsert d", "Remove d", "GetFinding f", "GetDocumentFindings d", "Search", "Facets",
                "GetDocument d", "List 1 10", "State", "Rebuild",
            ],
            inner.Calls);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task Dispose_DisposesTheInnerIndexOnlyWhenOwned(bool owns, bool disposed)
    {
        var inner = new RecordingIndex();
        await new PassThrough(inner, owns).DisposeAsync();
        Assert.Equal(disposed, inner.Calls.Contains("Dispose"));
    }

    private sealed class PassThrough(IEvidenceIndex inner, bool ownsInner) : DelegatingEvidenceIndex(inner, ownsInner);

    private sealed class RecordingIndex : IEvidenceIndex
    {
        public List<string> Calls { get; } = [];

        public string Engine => "recording";

        public Task<IndexWriteResult> UpsertDocumentAsync(SourceDocument document, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default) =>
            Record($"Upsert {document.Id}", new IndexWriteResult(document.Id, findings.Count, []));

        public Task<bool> RemoveDocumentAsync(string documentId, CancellationToken cancellationToken = default) => Record($"Remove {documentId}", true);

        public Task<Finding?> GetFindingAsync(string findingId, CancellationToken cancellationToken = default) => Record<Finding?>($"GetFinding {findingId}", null);

        public Task<IReadOnlyList<Finding>> GetDocumentFindingsAsync(string documentId, CancellationToken cancellationToken = default) =>
            Record<IReadOnlyList<Finding>>($"GetDocumentFindings {documentId}", []);

        public Task<SearchResults> SearchAsync(EvidenceQuery query, CancellationToken cancellationToken = default) =>
            Record("Search", new SearchResults(0, [], FacetCounts.Empty));

        public Task<FacetCounts> FacetsAsync(EvidenceQuery query, CancellationToken cancellationToken = default) => Record("Facets", FacetCounts.Empty);

        public Task<SourceDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
            Record<SourceDocument?>($"GetDocument {documentId}", null);

        public Task<Paged<SourceDocument>> ListDocumentsAsync(int page, int pageSize, CancellationToken cancellationToken = default) =>
            Record($"List {page} {pageSize}", new Paged<SourceDocument>(0, page, pageSize, []));

        public Task<IndexState> GetStateAsync(CancellationToken cancellationToken = default) =>
            Record("State", new IndexState("recording", 0, 0, "", null));

        public Task<IIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken = default) => Record<IIndexRebuild>("Rebuild", null!);

        public ValueTask DisposeAsync()
        {
            Calls.Add("Dispose");
            return ValueTask.CompletedTask;
        }

        private Task<T> Record<T>(string call, T result)
        {
            Calls.Add(call);
            return Task.FromResult(result);
        }
    }
}
