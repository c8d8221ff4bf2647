using System.Text.Json;
using Knowledge.Elasticsearch.Registry;
using Knowledge.Elasticsearch.Tests.Fakes;

namespace Knowledge.Elasticsearch.Tests;

/// <summary>The order and content of the writes that make upserts, removals and rebuilds safe for readers.</summary>
public sealed class LifecycleTests
{
    private static string RegistryHits(string id, System.Text.Json.Nodes.JsonObject source) =>
        "{\"hits\":{\"total\":{\"value\":1,\"relation\":\"eq\"},\"hits\":[{\"_id\":\"" + id + "\",\"_score\":null,\"_source\":" + source.ToJsonString() + ",\"sort\":[\"" + id + "\"]}]}}";

    [Fact]
    public async Task Upsert_WritesNewGeneration_ThenRegistry_ThenFlipsLiveState_ThenDeletesOldGenerations()
    {
        await using var h = new Harness();
        var document = Samples.Document();
        h.Fake.Seed("knowledge-documents", RegistryDocument.LiveStateId, RegistryDocument.LiveState(["ffff000011112222.old", $"{document.Id}.old"], DateTimeOffset.UnixEpoch));

        await h.Index.UpsertDocumentAsync(document, Samples.Findings(2), TestContext.Current.CancellationToken);

        var writes = h.Fake.Requests.Where(r => r.Method != HttpMethod.Get).Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal(
            [
                "PUT /knowledge-findings/_mapping",
                "POST /knowledge-findings/_bulk",
                $"PUT /knowledge-documents/_doc/{document.Id}",
                $"PUT /knowledge-documents/_doc/{RegistryDocument.LiveStateId}",
                "POST /knowledge-findings/_delete_by_query",
            ],
            writes);

        var generation = h.Fake.Doc("knowledge-documents", document.Id)!["generation"]!.GetValue<string>();
        Assert.StartsWith(document.Id + ".", generation, StringComparison.Ordinal);
        var live = h.Fake.Doc("knowledge-documents", RegistryDocument.LiveStateId)!["generations"]!.AsArray().Select(g => (string)g!).ToList();
        Assert.Equal(new[] { "ffff000011112222.old", generation }.Order(StringComparer.Ordinal), live);

        var bulk = h.Fake.Sent(HttpMethod.Post, "/_bulk").Single();
        Assert.All(bulk.NdjsonLines.Where((_, i) => i % 2 == 1), l => Assert.Contains($"\"generation\":\"{generation}\"", l, StringComparison.Ordinal));

        var delete = h.Fake.Sent(HttpMethod.Post, "/_delete_by_query").Single();
        Assert.Equal("?conflicts=proceed&refresh=true", delete.Query);
        var query = delete.Json.GetProperty("query").GetProperty("bool");
        Assert.Equal(document.Id, Wire.First(query.GetProperty("filter")).GetProperty("term").GetProperty("document_id").GetProperty("value").GetString());
        Assert.Equal(generation, Wire.First(query.GetProperty("must_not")).GetProperty("term").GetProperty("generation").GetProperty("value").GetString());

        // The flip was conditional on the state it read: no concurrent switch can be lost.
        var flip = h.Fake.Sent(HttpMethod.Put, "/" + RegistryDocument.LiveStateId).Single();
        Assert.Contains("if_seq_no=", flip.Query, StringComparison.Ordinal);
        Assert.Contains("if_primary_term=", flip.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upsert_OnFreshIndex_CreatesTheLiveStateEntry()
    {
        await using var h = new Harness();
        await h.Index.UpsertDocumentAsync(Samples.Document(), Samples.Findings(1), TestContext.Current.CancellationToken);
        var flip = h.Fake.Sent(HttpMethod.Put, "/" + RegistryDocument.LiveStateId).Single();
        Assert.Equal("?op_type=create", flip.Query);
        Assert.Equal(h.Time.GetUtcNow(), RegistryDocument.ParseTimestamp(flip.Json.GetProperty("updated_at").GetString()));
    }

    [Fact]
    public async Task Upsert_FindingOfAnotherDocument_IsRejectedNotIndexed()
    {
        await using var h = new Harness();
        var findings = Samples.Findings(2).Append(Samples.Finding(documentId: "0000111122223333")).ToList();
        var result = await h.Index.UpsertDocumentAsync(Samples.Document(), findings, TestContext.Current.CancellationToken);
        Assert.Equal(2, result.Indexed);
        Assert.Equal("0000111122223333-0000", Assert.Single(result.Rejected).FindingId);
    }

    [Fact]
    public async Task Remove_HidesFirst_ThenDeletesRegistryAndFindings()
    {
        await using var h = new Harness();
        var document = Samples.Document();
        await h.Index.UpsertDocumentAsync(document, Samples.Findings(2), TestContext.Current.CancellationToken);
        h.Fake.Requests.Clear();

        Assert.True(await h.Index.RemoveDocumentAsync(document.Id, TestContext.Current.CancellationToken));

        var writes = h.Fake.Requests.Where(r => r.Method != HttpMethod.Get).Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal(
            [
                $"PUT /knowledge-documents/_doc/{RegistryDocument.LiveStateId}",
                $"DELETE /knowledge-documents/_doc/{document.Id}",
                "POST /knowledge-findings/_delete_by_query",
            ],
            writes);
        Assert.Empty(h.Fake.Doc("knowledge-documents", RegistryDocument.LiveStateId)!["generations"]!.AsArray());
        Assert.Null(await h.Index.GetDocumentAsync(document.Id, TestContext.Current.CancellationToken));
        Assert.False(await h.Index.RemoveDocumentAsync(document.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task GetDocument_ReadsTheRegistryEntry_AndNeverTheLiveStateEntry()
    {
        await using var h = new Harness();
        var document = Samples.Document();
        await h.Index.UpsertDocumentAsync(document, Samples.Findings(1), TestContext.Current.CancellationToken);

        Assert.Equivalent(document, await h.Index.GetDocumentAsync(document.Id, TestContext.Current.CancellationToken), strict: true);
        Assert.Null(await h.Index.GetDocumentAsync(RegistryDocument.LiveStateId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Rebuild_FillsTheNextVersion_ThenSwapsBothAliasesInOneRequest_ThenDropsOldIndices()
    {
        await using var h = new Harness();
        h.Fake.Aliases["knowledge-findings"] = "knowledge-findings-v3";
        h.Fake.Aliases["knowledge-documents"] = "knowledge-documents-v3";

        await using (var rebuild = await h.Index.BeginRebuildAsync(TestContext.Current.CancellationToken))
        {
            await rebuild.AddDocumentAsync(Samples.Document(), Samples.Findings(2), TestContext.Current.CancellationToken);
            Assert.Empty(h.Fake.Sent(HttpMethod.Post, "/_aliases"));
            await rebuild.CommitAsync(TestContext.Current.CancellationToken);
        }

        Assert.Contains(h.Fake.Requests, r => r.Method == HttpMethod.Put && r.Path == "/knowledge-findings-v4");
        Assert.Contains(h.Fake.Requests, r => r.Method == HttpMethod.Put && r.Path == "/knowledge-documents-v4");
        var bulk = h.Fake.Sent(HttpMethod.Post, "/_bulk").Single();
        Assert.Equal("/knowledge-findings-v4/_bulk", bulk.Path);
        Assert.Equal("", bulk.Query);

        var swap = Assert.Single(h.Fake.Sent(HttpMethod.Post, "/_aliases"));
        var actions = swap.Json.GetProperty("actions").EnumerateArray().Select(a => a.EnumerateObject().Single()).Select(a => $"{a.Name} {a.Value.GetProperty("index").GetString()} {a.Value.GetProperty("alias").GetString()}").ToList();
        Assert.Equal(
            [
                "remove knowledge-findings-v3 knowledge-findings",
                "add knowledge-findings-v4 knowledge-findings",
                "remove knowledge-documents-v3 knowledge-documents",
                "add knowledge-documents-v4 knowledge-documents",
            ],
            actions);

        // The new registry's live state lists the rebuilt document before the swap makes it visible.
        var state = h.Fake.Doc("knowledge-documents-v4", RegistryDocument.LiveStateId)!;
        Assert.Single(state["generations"]!.AsArray());
        var order = h.Fake.Requests.Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.True(order.IndexOf("POST /knowledge-findings-v4,knowledge-documents-v4/_refresh") < order.IndexOf("POST /_aliases"));
        Assert.True(order.IndexOf("POST /_aliases") < order.IndexOf("DELETE /knowledge-findings-v3,knowledge-documents-v3"));
    }

    [Fact]
    public async Task Rebuild_DisposedWithoutCommit_DeletesItsIndices_AndLeavesAliasesAlone()
    {
        await using var h = new Harness();
        await using (var rebuild = await h.Index.BeginRebuildAsync(TestContext.Current.CancellationToken))
        {
            await rebuild.AddDocumentAsync(Samples.Document(), Samples.Findings(1), TestContext.Current.CancellationToken);
        }

        Assert.Empty(h.Fake.Sent(HttpMethod.Post, "/_aliases"));
        Assert.Contains(h.Fake.Requests, r => r.Method == HttpMethod.Delete && r.Path == "/knowledge-findings-v2,knowledge-documents-v2");
    }

    [Fact]
    public async Task GetState_CountsLiveFindings_AndFingerprintFollowsContent()
    {
        await using var h = new Harness();
        h.Fake.CountResponse = 12;
        var document = Samples.Document();
        string? registrySearch = null;
        h.Fake.SearchResponse = r =>
        {
            if (!r.Path.StartsWith("/knowledge-documents", StringComparison.Ordinal))
            {
                return FakeElasticsearch.EmptySearch;
            }

            return registrySearch ?? FakeElasticsearch.EmptySearch;
        };

        var empty = await h.Index.GetStateAsync(TestContext.Current.CancellationToken);
        await h.Index.UpsertDocumentAsync(document, Samples.Findings(2), TestContext.Current.CancellationToken);
        var entry = h.Fake.Doc("knowledge-documents", document.Id)!;
        registrySearch = RegistryHits(document.Id, entry);
        var one = await h.Index.GetStateAsync(TestContext.Current.CancellationToken);
        await h.Index.UpsertDocumentAsync(document, Samples.Findings(3), TestContext.Current.CancellationToken);
        entry = h.Fake.Doc("knowledge-documents", document.Id)!;
        registrySearch = RegistryHits(document.Id, entry);
        var changed = await h.Index.GetStateAsync(TestContext.Current.CancellationToken);

        Assert.Equal("elasticsearch", one.Engine);
        Assert.Equal(12, one.Findings);
        Assert.Null(empty.UpdatedAt);
        Assert.Equal(h.Time.GetUtcNow(), one.UpdatedAt);
        Assert.NotEqual(empty.Fingerprint, one.Fingerprint);
        Assert.NotEqual(one.Fingerprint, changed.Fingerprint);

        var count = h.Fake.Sent(HttpMethod.Post, "/knowledge-findings/_count").Last();
        Assert.Equal("knowledge-documents", Wire.First(count.Json.GetProperty("query").GetProperty("bool").GetProperty("filter")).GetProperty("terms").GetProperty("generation").GetProperty("index").GetString());
        Assert.Equal(JsonValueKind.Object, h.Fake.Sent(HttpMethod.Post, "/knowledge-documents/_search").Last().Json.GetProperty("_source").ValueKind);
    }
}
