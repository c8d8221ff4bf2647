using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;
using Knowledge.Core.Search;
using Knowledge.Elasticsearch.Transport;
using Microsoft.Extensions.Logging;

namespace Knowledge.Elasticsearch.Indexing;

/// <summary>One finding ready for the bulk API: its id, its Elasticsearch <c>_id</c> and its document.</summary>
internal sealed record BulkItem(string FindingId, string ElasticId, JsonObject Document);

/// <summary>What a bulk write did: findings written and findings refused with their reasons.</summary>
internal sealed record BulkOutcome(int Indexed, IReadOnlyList<RejectedFinding> Rejected);

/// <summary>
/// Writes findings with the bulk API, in batches bounded in bytes (the client's <c>BulkAll</c> batches
/// by count and halts on item errors). Every item's result is read, even when the response says
/// <c>errors: true</c>: items refused with 429 (or a 5xx of one shard) are sent again with exponential
/// back-off and jitter, a bounded number of times; items refused for their content (400: mapping,
/// parsing) are reported per finding and never retried, since sending the same bytes again cannot
/// succeed. Nothing is dropped silently: each finding ends either indexed or rejected with a reason.
/// </summary>
internal sealed class BulkWriter(ElasticsearchClient client, ElasticsearchOptions options, TimeProvider timeProvider, ILogger logger, Random? random = null)
{
    private readonly Random _random = random ?? Random.Shared;

    public async Task<BulkOutcome> WriteAsync(string index, IReadOnlyList<BulkItem> items, bool waitForRefresh, CancellationToken cancellationToken)
    {
        var encoded = items.Select(Encode).ToList();
        var rejected = new List<RejectedFinding>();
        var indexed = 0;
        var pending = encoded;
        var attempt = 0;

        while (pending.Count > 0)
        {
            var retry = new List<EncodedItem>();
            var lastReason = new Dictionary<EncodedItem, string>();
            foreach (var batch in Batches(pending, options.BulkMaxBytes))
            {
                var result = await SendBatchAsync(index, waitForRefresh, batch, cancellationToken);
                indexed += result.Indexed;
                rejected.AddRange(result.Rejected);
                foreach (var (item, reason) in result.Retry)
                {
                    retry.Add(item);
                    lastReason[item] = reason;
                }
            }

            if (retry.Count == 0)
            {
                break;
            }

            if (attempt >= options.MaxRetries)
            {
                foreach (var item in retry)
                {
                    rejected.Add(new RejectedFinding(item.Item.FindingId, $"abandonné après {attempt + 1} tentatives : {lastReason[item]}"));
                }

                break;
            }

            var delay = BackoffDelay(attempt, options.RetryBaseDelay, _random);
            logger.LogInformation("Elasticsearch bulk: {Count} findings refused for load, retry {Attempt} in {Delay}", retry.Count, attempt + 1, delay);
            await Task.Delay(delay, timeProvider, cancellationToken);
            attempt++;
            pending = retry;
        }

        return new BulkOutcome(indexed, rejected);
    }

    /// <summary>Exponential back-off with "equal jitter": between half and all of <c>base·2^attempt</c>, capped at 30 s.</summary>
    public static TimeSpan BackoffDelay(int attempt, TimeSpan baseDelay, Random random)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, attempt);
        var capped = Math.Min(exponential, 30_000);
        return TimeSpan.FromMilliseconds((capped / 2) + (random.NextDouble() * capped / 2));
    }

    internal static IEnumerable<List<EncodedItem>> Batches(IReadOnlyList<EncodedItem> items, int maxBytes)
    {
        var batch = new List<EncodedItem>();
        long size = 0;
        foreach (var item in items)
        {
            // A finding larger than the limit still goes, alone: the limit shapes batches, it does not censor content.
            if (batch.Count > 0 && size + item.Size > maxBytes)
            {
                yield return batch;
                batch = [];
                size = 0;
            }

            batch.Add(item);
            size += item.Size;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>The item's size on the wire: its document plus the action line (<c>{"index":{"_id":…}}</c> and two newlines).</summary>
    internal static EncodedItem Encode(BulkItem item) =>
        new(item, JsonSerializer.SerializeToUtf8Bytes(item.Document).Length + Encoding.UTF8.GetByteCount(item.ElasticId) + 22);

    private sealed record BatchResult(int Indexed, List<RejectedFinding> Rejected, List<(EncodedItem Item, string Reason)> Retry);

    private async Task<BatchResult> SendBatchAsync(string index, bool waitForRefresh, List<EncodedItem> batch, CancellationToken cancellationToken)
    {
        var request = new BulkRequest(index)
        {
            Refresh = waitForRefresh ? Refresh.WaitFor : null,
            Operations = [.. batch.Select(i => new BulkIndexOperation<JsonObject>(i.Item.Document) { Id = i.Item.ElasticId })],
        };
        var response = await client.BulkAsync(request, cancellationToken);
        var result = new BatchResult(0, [], []);
        if (response.Status() == 429)
        {
            // The whole request was pushed back: every item of it is worth another try.
            result.Retry.AddRange(batch.Select(i => (i, "HTTP 429 (cluster saturé)")));
            return result;
        }

        response.Ensure(options.SafeUrl);
        if (response.Items is null || response.Items.Count != batch.Count)
        {
            throw new ElasticsearchException($"Réponse bulk incohérente : {batch.Count} actions envoyées, nombre de résultats différent.");
        }

        // Items answer in the order they were sent, whatever "errors" says.
        var indexed = 0;
        foreach (var (entry, item) in response.Items.Zip(batch))
        {
            if (entry.Status is >= 200 and < 300)
            {
                indexed++;
                continue;
            }

            var reason = Reason(entry.Status, entry.Error);
            if (entry.Status == 429 || entry.Status >= 500)
            {
                result.Retry.Add((item, reason));
            }
            else
            {
                result.Rejected.Add(new RejectedFinding(item.Item.FindingId, reason));
            }
        }

        return result with { Indexed = indexed };
    }

    internal static string Reason(int status, ErrorCause? error)
    {
        var sb = new StringBuilder();
        sb.Append("HTTP ").Append(status);
        if (error is not null)
        {
            sb.Append(", ").Append(error.Type);
            if (error.Reason is not null)
            {
                sb.Append(" : ").Append(error.Reason);
            }

            // Mapping errors put the useful part ("failed to parse field [year]…") in caused_by.
            if (error.CausedBy?.Reason is { } cause)
            {
                sb.Append(" (").Append(cause).Append(')');
            }
        }

        return sb.ToString();
    }
}

/// <summary>A bulk item and its size on the wire, which the byte-bounded batching adds up.</summary>
internal sealed record EncodedItem(BulkItem Item, int Size);
