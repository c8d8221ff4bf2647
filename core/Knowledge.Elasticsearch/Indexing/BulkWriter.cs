using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Knowledge.Core.Search;
using Knowledge.Elasticsearch.Transport;
using Microsoft.Extensions.Logging;

namespace Knowledge.Elasticsearch.Indexing;

/// <summary>One finding ready for the bulk API: its id, its Elasticsearch <c>_id</c> and its document line.</summary>
internal sealed record BulkItem(string FindingId, string ElasticId, JsonObject Document);

/// <summary>What a bulk write did: findings written and findings refused with their reasons.</summary>
internal sealed record BulkOutcome(int Indexed, IReadOnlyList<RejectedFinding> Rejected);

/// <summary>
/// Writes findings with the bulk API, in NDJSON batches bounded in bytes. Every item's result is read:
/// items refused with 429 (or a 5xx of one shard) are sent again with exponential back-off and jitter,
/// a bounded number of times; items refused for their content (400: mapping, parsing) are reported per
/// finding and never retried, since sending the same bytes again cannot succeed. Nothing is dropped
/// silently: each finding ends either indexed or rejected with a reason.
/// </summary>
internal sealed class BulkWriter(ElasticsearchTransport transport, ElasticsearchOptions options, TimeProvider timeProvider, ILogger logger, Random? random = null)
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private readonly Random _random = random ?? Random.Shared;

    public async Task<BulkOutcome> WriteAsync(string index, IReadOnlyList<BulkItem> items, bool waitForRefresh, CancellationToken cancellationToken)
    {
        var encoded = items.Select(Encode).ToList();
        var rejected = new List<RejectedFinding>();
        var indexed = 0;
        var pending = encoded;
        var attempt = 0;
        var path = $"/{index}/_bulk" + (waitForRefresh ? "?refresh=wait_for" : "");

        while (pending.Count > 0)
        {
            var retry = new List<EncodedItem>();
            var lastReason = new Dictionary<EncodedItem, string>();
            foreach (var batch in Batches(pending, options.BulkMaxBytes))
            {
                var result = await SendBatchAsync(path, batch, cancellationToken);
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
            if (batch.Count > 0 && size + item.Bytes.Length > maxBytes)
            {
                yield return batch;
                batch = [];
                size = 0;
            }

            batch.Add(item);
            size += item.Bytes.Length;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    internal static EncodedItem Encode(BulkItem item)
    {
        var action = new JsonObject { ["index"] = new JsonObject { ["_id"] = item.ElasticId } };
        using var stream = new MemoryStream();
        stream.Write(JsonSerializer.SerializeToUtf8Bytes(action));
        stream.Write(NewLine);
        stream.Write(JsonSerializer.SerializeToUtf8Bytes(item.Document));
        stream.Write(NewLine);
        return new EncodedItem(item, stream.ToArray());
    }

    private sealed record BatchResult(int Indexed, List<RejectedFinding> Rejected, List<(EncodedItem Item, string Reason)> Retry);

    private async Task<BatchResult> SendBatchAsync(string path, List<EncodedItem> batch, CancellationToken cancellationToken)
    {
        var body = new byte[batch.Sum(b => b.Bytes.Length)];
        var offset = 0;
        foreach (var item in batch)
        {
            item.Bytes.CopyTo(body, offset);
            offset += item.Bytes.Length;
        }

        using var response = await transport.SendNdjsonAsync(path, body, cancellationToken);
        var result = new BatchResult(0, [], []);
        if (response.Status == HttpStatusCode.TooManyRequests)
        {
            // The whole request was pushed back: every item of it is worth another try.
            result.Retry.AddRange(batch.Select(i => (i, "HTTP 429 (cluster saturé)")));
            return result;
        }

        if (!response.IsSuccess)
        {
            throw ElasticsearchTransport.ToException(HttpMethod.Post, path, response);
        }

        if (!response.Body.TryGetProperty("items", out var items) || items.GetArrayLength() != batch.Count)
        {
            throw new ElasticsearchException($"Réponse bulk incohérente : {batch.Count} actions envoyées, nombre de résultats différent.");
        }

        var indexed = 0;
        var i = 0;
        foreach (var entry in items.EnumerateArray())
        {
            var item = batch[i++];
            var op = entry.EnumerateObject().First().Value;
            var status = op.TryGetProperty("status", out var s) ? s.GetInt32() : 0;
            if (status is >= 200 and < 300)
            {
                indexed++;
                continue;
            }

            var reason = Reason(status, op);
            if (status == 429 || status >= 500)
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

    internal static string Reason(int status, JsonElement op)
    {
        var sb = new StringBuilder();
        sb.Append("HTTP ").Append(status);
        if (op.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            if (error.TryGetProperty("type", out var type))
            {
                sb.Append(", ").Append(type.GetString());
            }

            if (error.TryGetProperty("reason", out var reason))
            {
                sb.Append(" : ").Append(reason.GetString());
            }

            // Mapping errors put the useful part ("failed to parse field [year]…") in caused_by.
            if (error.TryGetProperty("caused_by", out var cause) && cause.TryGetProperty("reason", out var causeReason))
            {
                sb.Append(" (").Append(causeReason.GetString()).Append(')');
            }
        }

        return sb.ToString();
    }
}

internal sealed record EncodedItem(BulkItem Item, byte[] Bytes);
