using System.Text.Json;
using Knowledge.Elasticsearch.Indexing;
using Knowledge.Elasticsearch.Mapping;
using Knowledge.Elasticsearch.Tests.Fakes;
using Knowledge.Elasticsearch.Tests.OpenApi;
using Knowledge.Elasticsearch.Transport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Knowledge.Elasticsearch.Tests;

public sealed class BulkWriterTests
{
    [Fact]
    public async Task Upsert_MixedItemFailures_RetriesOverloadAndReportsMappingErrors_LosingNothing()
    {
        await using var h = new Harness();
        h.Fake.BulkItemOutcome = (id, attempt) => id switch
        {
            _ when id.StartsWith("a1b2c3d4e5f60718-0001.", StringComparison.Ordinal) && attempt <= 2 => (429, "es_rejected_execution_exception", "rejected execution of coordinating operation"),
            _ when id.StartsWith("a1b2c3d4e5f60718-0003.", StringComparison.Ordinal) => (400, "document_parsing_exception", "[1:42] failed to parse field [year] of type [integer]"),
            _ when id.StartsWith("a1b2c3d4e5f60718-0004.", StringComparison.Ordinal) && attempt == 1 => (503, "unavailable_shards_exception", "primary shard is not active"),
            _ => null,
        };

        var result = await h.Index.UpsertDocumentAsync(Samples.Document(), Samples.Findings(6), TestContext.Current.CancellationToken);

        Assert.Equal(5, result.Indexed);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("a1b2c3d4e5f60718-0003", rejected.FindingId);
        Assert.Contains("document_parsing_exception", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("failed to parse field [year]", rejected.Reason, StringComparison.Ordinal);

        // 6 items, then the 429 and 503 items again, then the 429 item a third time; the 400 item never again.
        var bulks = h.Fake.Sent(HttpMethod.Post, "/_bulk").ToList();
        Assert.Equal([6, 2, 1], bulks.Select(b => b.NdjsonLines.Count / 2));
        Assert.DoesNotContain(bulks.Skip(1).SelectMany(b => b.NdjsonLines), l => l.Contains("-0003.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upsert_OverloadThatNeverClears_ReportsEachFindingAfterMaxRetries()
    {
        await using var h = new Harness(o => o.MaxRetries = 2);
        h.Fake.BulkItemOutcome = (id, _) => id.Contains("-0000.", StringComparison.Ordinal) ? (429, "es_rejected_execution_exception", "queue full") : null;

        var result = await h.Index.UpsertDocumentAsync(Samples.Document(), Samples.Findings(2), TestContext.Current.CancellationToken);

        Assert.Equal(1, result.Indexed);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("a1b2c3d4e5f60718-0000", rejected.FindingId);
        Assert.Contains("3 tentatives", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(3, h.Fake.Sent(HttpMethod.Post, "/_bulk").Count());
    }

    [Fact]
    public async Task Bulk_IsNdjsonWithCompatibleMediaType_OneActionAndOneDocumentLinePerFinding()
    {
        await using var h = new Harness();
        await h.Index.UpsertDocumentAsync(Samples.Document(), Samples.Findings(3), TestContext.Current.CancellationToken);

        var bulk = Assert.Single(h.Fake.Sent(HttpMethod.Post, "/_bulk"));
        Assert.Equal("/knowledge-findings/_bulk", bulk.Path);
        Assert.Equal("?refresh=wait_for", bulk.Query);
        Assert.Equal("application/x-ndjson", bulk.ContentType);
        Assert.EndsWith("\n", bulk.Text, StringComparison.Ordinal);
        var lines = bulk.NdjsonLines;
        Assert.Equal(6, lines.Count);
        for (var i = 0; i < lines.Count; i += 2)
        {
            using var action = JsonDocument.Parse(lines[i]);
            var index = action.RootElement.GetProperty("index");
            Assert.StartsWith($"a1b2c3d4e5f60718-{i / 2:D4}.", index.GetProperty("_id").GetString(), StringComparison.Ordinal);
            Assert.Empty(OpenApiSpec.Shared.ValidateSchema("_global.bulk.OperationContainer", action.RootElement));

            using var doc = JsonDocument.Parse(lines[i + 1]);
            Assert.Equal($"a1b2c3d4e5f60718-{i / 2:D4}", doc.RootElement.GetProperty("finding_id").GetString());
        }
    }

    [Fact]
    public void Batches_AreBoundedInBytes_AndAnOversizedFindingGoesAlone()
    {
        var items = Enumerable.Range(0, 10)
            .Select(i => BulkWriter.Encode(new BulkItem($"f{i}", $"f{i}.g", FindingDocument.ToJson(Samples.Finding(ordinal: i, text: new string('x', i == 7 ? 5000 : 300)), "g"))))
            .ToList();

        var batches = BulkWriter.Batches(items, 2000).ToList();

        Assert.All(batches, b => Assert.True(b.Count == 1 || b.Sum(i => i.Size) <= 2000));
        Assert.Contains(batches, b => b.Count == 1 && b[0].Item.FindingId == "f7");
        Assert.Equal(items.Select(i => i.Item.FindingId), batches.SelectMany(b => b).Select(i => i.Item.FindingId));
    }

    [Fact]
    public async Task Bulk_SplitsIntoSeveralRequests_WhenBodyExceedsBulkMaxBytes()
    {
        await using var h = new Harness(o => o.BulkMaxBytes = 16 * 1024);
        var findings = Enumerable.Range(0, 40).Select(i => Samples.Finding(ordinal: i, text: new string('a', 1500) + " enfant")).ToList();

        var result = await h.Index.UpsertDocumentAsync(Samples.Document(), findings, TestContext.Current.CancellationToken);

        Assert.Equal(40, result.Indexed);
        var bulks = h.Fake.Sent(HttpMethod.Post, "/_bulk").ToList();
        Assert.True(bulks.Count > 1);
        Assert.All(bulks, b => Assert.True(b.Body.Length <= 16 * 1024));
        Assert.Equal(40, bulks.Sum(b => b.NdjsonLines.Count / 2));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(12)]
    public void BackoffDelay_IsExponentialWithJitter_BetweenHalfAndFull_CappedAt30s(int attempt)
    {
        var baseDelay = TimeSpan.FromMilliseconds(200);
        var full = Math.Min(200 * Math.Pow(2, attempt), 30_000);
        var random = new Random(42);
        var delays = Enumerable.Range(0, 50).Select(_ => BulkWriter.BackoffDelay(attempt, baseDelay, random).TotalMilliseconds).ToList();

        Assert.All(delays, d => Assert.InRange(d, full / 2, full));
        Assert.True(delays.Distinct().Count() > 40, "jitter spreads the retries");
    }

    [Fact]
    public void SpecExample_BulkResponseWithErrors_IsReadPerItem()
    {
        // BulkResponseExample2: two updates failed with 404 document_missing_exception, one create succeeded.
        var response = Wire.Read<Elastic.Clients.Elasticsearch.BulkResponse>(SpecExamples.Value("_global.bulk.response.BulkResponseExample2.yaml"));
        Assert.True(response.Errors);

        var reasons = response.Items.Select(item => BulkWriter.Reason(item.Status, item.Error)).ToList();

        Assert.Equal("HTTP 404, document_missing_exception : [5]: document missing", reasons[0]);
        Assert.Equal("HTTP 404, document_missing_exception : [6]: document missing", reasons[1]);
        Assert.Equal("HTTP 201", reasons[2]);
    }

    [Fact]
    public async Task Writer_OnSpecExampleBulkResponse_CountsSuccessesAndReportsFailures()
    {
        using var handler = new CannedHandler(SpecExamples.Value("_global.bulk.response.BulkResponseExample2.yaml"));
        var options = new ElasticsearchOptions { Url = new Uri("http://es.test:9200"), RetryBaseDelay = TimeSpan.Zero };
        var writer = new BulkWriter(ElasticsearchClientFactory.Create(options, TimeProvider.System, handler), options, TimeProvider.System, NullLogger.Instance);
        var items = new[] { "5", "6", "7" }.Select(id => new BulkItem(id, id, new System.Text.Json.Nodes.JsonObject())).ToList();

        var outcome = await writer.WriteAsync("index1", items, waitForRefresh: false, TestContext.Current.CancellationToken);

        Assert.Equal(1, outcome.Indexed);
        Assert.Equal(["5", "6"], outcome.Rejected.Select(r => r.FindingId));
    }

    private sealed class CannedHandler(string json) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK)
            {
                Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
                Headers = { { "X-Elastic-Product", "Elasticsearch" } },
            });
    }
}
