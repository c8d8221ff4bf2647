using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Knowledge.Elasticsearch.Tests.Fakes;

/// <summary>One request as the engine sent it.</summary>
internal sealed record RecordedRequest(HttpMethod Method, string Path, string Query, string? ContentType, string? Accept, string? Authorization, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public IReadOnlyList<string> NdjsonLines => Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"{Method} {Path}{Query}";
}

/// <summary>
/// Stands in for a cluster at the HTTP boundary: records every request and answers with realistic
/// Elasticsearch 9 responses. It keeps single documents (<c>_doc</c>) in memory so optimistic concurrency
/// on the live-state entry behaves as on a cluster; searches and counts answer what a test scripts.
/// </summary>
internal sealed class FakeElasticsearch : HttpMessageHandler
{
    private readonly Dictionary<string, (JsonObject Source, long SeqNo)> _docs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _bulkAttempts = new(StringComparer.Ordinal);
    private long _seqNo;

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>Indices the aliases point at; empty means the aliases do not exist yet.</summary>
    public Dictionary<string, string> Aliases { get; } = new(StringComparer.Ordinal);

    public string Version { get; set; } = "9.5.3";

    public string? ProductHeader { get; set; } = "Elasticsearch";

    /// <summary>Per bulk item: (finding _id, attempt number from 1) → (status, error type, reason); null means 201 created.</summary>
    public Func<string, int, (int Status, string Type, string Reason)?> BulkItemOutcome { get; set; } = (_, _) => null;

    /// <summary>Answer to searches, by request; default: no hits.</summary>
    public Func<RecordedRequest, string> SearchResponse { get; set; } = _ => EmptySearch;

    public long CountResponse { get; set; }

    public long DeletedByQuery { get; set; }

    /// <summary>Statuses to answer before behaving normally, one per request (e.g. 503 twice).</summary>
    public Queue<HttpStatusCode> Failures { get; } = new();

    public const string EmptySearch = """{"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},"hits":{"total":{"value":0,"relation":"eq"},"max_score":null,"hits":[]}}""";

    public IEnumerable<RecordedRequest> Sent(HttpMethod method, string pathEnding) =>
        Requests.Where(r => r.Method == method && r.Path.EndsWith(pathEnding, StringComparison.Ordinal));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        if (request.Content?.Headers.ContentEncoding.Contains("gzip") == true)
        {
            // The client compresses request bodies; record what it meant to send.
            await using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress);
            using var plain = new MemoryStream();
            await gzip.CopyToAsync(plain, cancellationToken);
            body = plain.ToArray();
        }

        var recorded = new RecordedRequest(
            request.Method,
            Uri.UnescapeDataString(request.RequestUri!.AbsolutePath),
            request.RequestUri.Query,
            request.Content?.Headers.ContentType?.ToString(),
            request.Headers.Accept.ToString(),
            request.Headers.Authorization?.ToString(),
            body);
        Requests.Add(recorded);
        if (Failures.TryDequeue(out var failure))
        {
            return Respond(failure, $$"""{"error":{"type":"unavailable","reason":"fake {{(int)failure}}"},"status":{{(int)failure}}}""");
        }

        if (Version.StartsWith("8.", StringComparison.Ordinal) && recorded.Accept?.Contains("compatible-with=9", StringComparison.Ordinal) == true)
        {
            // What an 8.x node answers a 9.x client, before anything else.
            return Respond(HttpStatusCode.BadRequest, """{"error":{"root_cause":[{"type":"media_type_header_exception","reason":"Invalid media-type value on headers [Accept]"}],"type":"media_type_header_exception","reason":"Invalid media-type value on headers [Accept]","caused_by":{"type":"status_exception","reason":"Accept version must be either version 8 or 7, but found 9. Accept=application/vnd.elasticsearch+json;compatible-with=9"}},"status":400}""");
        }

        return Route(recorded);
    }

    private HttpResponseMessage Route(RecordedRequest r)
    {
        var segments = r.Path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var method = r.Method.Method;
        return (method, segments) switch
        {
            ("GET", []) => Respond(HttpStatusCode.OK, $$"""{"name":"node-1","cluster_name":"docker-cluster","cluster_uuid":"x","version":{"number":"{{Version}}","build_flavor":"default","lucene_version":"10.3.1"},"tagline":"You Know, for Search"}"""),
            ("GET", ["_alias", var alias]) => AliasResponse(alias),
            ("PUT", [var index]) => Respond(HttpStatusCode.OK, $$"""{"acknowledged":true,"shards_acknowledged":true,"index":"{{index}}"}"""),
            ("PUT", [_, "_mapping"]) => Respond(HttpStatusCode.OK, """{"acknowledged":true}"""),
            ("DELETE", [_]) => Respond(HttpStatusCode.OK, """{"acknowledged":true}"""),
            ("POST", ["_aliases"]) => Respond(HttpStatusCode.OK, """{"acknowledged":true,"errors":false}"""),
            ("POST", [_, "_refresh"]) => Respond(HttpStatusCode.OK, """{"_shards":{"total":2,"successful":2,"failed":0}}"""),
            ("POST", [_, "_bulk"]) => Bulk(r),
            ("POST", [_, "_search"]) => Respond(HttpStatusCode.OK, SearchResponse(r)),
            ("POST", [_, "_count"]) => Respond(HttpStatusCode.OK, $$"""{"count":{{CountResponse}},"_shards":{"total":1,"successful":1,"skipped":0,"failed":0} }"""),
            ("POST", [_, "_delete_by_query"]) => Respond(HttpStatusCode.OK, $$"""{"took":3,"timed_out":false,"total":{{DeletedByQuery}},"deleted":{{DeletedByQuery}},"batches":1,"version_conflicts":0,"noops":0,"retries":{"bulk":0,"search":0},"throttled_millis":0,"requests_per_second":-1.0,"throttled_until_millis":0,"failures":[]}"""),
            ("GET", [var index, "_doc", var id]) => GetDoc(index, id),
            ("PUT", [var index, "_doc", var id]) => PutDoc(index, id, r),
            ("DELETE", [var index, "_doc", var id]) => DeleteDoc(index, id),
            _ => Respond(HttpStatusCode.BadRequest, $$"""{"error":{"type":"fake_unrouted","reason":"no fake route for {{method}} {{r.Path}}"},"status":400}"""),
        };
    }

    private HttpResponseMessage AliasResponse(string alias) =>
        Aliases.TryGetValue(alias, out var index)
            ? Respond(HttpStatusCode.OK, $$"""{"{{index}}":{"aliases":{"{{alias}}":{} } } }""")
            : Respond(HttpStatusCode.NotFound, $$"""{"error":"alias [{{alias}}] missing","status":404}""");

    private HttpResponseMessage Bulk(RecordedRequest r)
    {
        var lines = r.NdjsonLines;
        var items = new JsonArray();
        var errors = false;
        for (var i = 0; i < lines.Count; i += 2)
        {
            var action = JsonNode.Parse(lines[i])!.AsObject();
            var (op, meta) = action.First();
            var id = meta!["_id"]!.GetValue<string>();
            var attempt = _bulkAttempts[id] = _bulkAttempts.GetValueOrDefault(id) + 1;
            var outcome = BulkItemOutcome(id, attempt);
            var index = r.Path.Trim('/').Split('/')[0];
            JsonObject item;
            if (outcome is { } failed)
            {
                errors = true;
                item = new JsonObject
                {
                    ["_index"] = index,
                    ["_id"] = id,
                    ["status"] = failed.Status,
                    ["error"] = new JsonObject { ["type"] = failed.Type, ["reason"] = failed.Reason, ["index_uuid"] = "aAsFqTI0Tc2W0LCWgPNrOA", ["shard"] = "0", ["index"] = index },
                };
            }
            else
            {
                item = new JsonObject
                {
                    ["_index"] = index,
                    ["_id"] = id,
                    ["_version"] = 1,
                    ["result"] = "created",
                    ["_shards"] = new JsonObject { ["total"] = 2, ["successful"] = 1, ["failed"] = 0 },
                    ["_seq_no"] = _seqNo++,
                    ["_primary_term"] = 1,
                    ["status"] = 201,
                };
            }

            items.Add(new JsonObject { [op] = item });
        }

        var response = new JsonObject { ["took"] = 30, ["errors"] = errors, ["items"] = items };
        return Respond(HttpStatusCode.OK, response.ToJsonString());
    }

    private HttpResponseMessage GetDoc(string index, string id)
    {
        var key = Key(index, id);
        if (!_docs.TryGetValue(key, out var doc))
        {
            return Respond(HttpStatusCode.NotFound, $$"""{"_index":"{{Resolve(index)}}","_id":"{{id}}","found":false}""");
        }

        var response = new JsonObject
        {
            ["_index"] = Resolve(index),
            ["_id"] = id,
            ["_version"] = doc.SeqNo + 1,
            ["_seq_no"] = doc.SeqNo,
            ["_primary_term"] = 1,
            ["found"] = true,
            ["_source"] = doc.Source.DeepClone(),
        };
        return Respond(HttpStatusCode.OK, response.ToJsonString());
    }

    private HttpResponseMessage PutDoc(string index, string id, RecordedRequest r)
    {
        var key = Key(index, id);
        var query = System.Web.HttpUtility.ParseQueryString(r.Query);
        var exists = _docs.TryGetValue(key, out var current);
        if (query["op_type"] == "create" && exists)
        {
            return Respond(HttpStatusCode.Conflict, $$"""{"error":{"type":"version_conflict_engine_exception","reason":"[{{id}}]: version conflict, document already exists"},"status":409}""");
        }

        if (query["if_seq_no"] is { } seq && (!exists || current.SeqNo.ToString(System.Globalization.CultureInfo.InvariantCulture) != seq))
        {
            return Respond(HttpStatusCode.Conflict, $$"""{"error":{"type":"version_conflict_engine_exception","reason":"[{{id}}]: version conflict, required seqNo [{{seq}}]"},"status":409}""");
        }

        var seqNo = _seqNo++;
        _docs[key] = (JsonNode.Parse(r.Body)!.AsObject(), seqNo);
        return Respond(exists ? HttpStatusCode.OK : HttpStatusCode.Created, $$"""{"_index":"{{Resolve(index)}}","_id":"{{id}}","_version":1,"result":"{{(exists ? "updated" : "created")}}","_shards":{"total":2,"successful":1,"failed":0},"_seq_no":{{seqNo}},"_primary_term":1}""");
    }

    private HttpResponseMessage DeleteDoc(string index, string id) =>
        _docs.Remove(Key(index, id))
            ? Respond(HttpStatusCode.OK, $$"""{"_index":"{{Resolve(index)}}","_id":"{{id}}","result":"deleted"}""")
            : Respond(HttpStatusCode.NotFound, $$"""{"_index":"{{Resolve(index)}}","_id":"{{id}}","result":"not_found"}""");

    /// <summary>A stored single document, as the engine last wrote it.</summary>
    public JsonObject? Doc(string indexOrAlias, string id) => _docs.TryGetValue(Key(indexOrAlias, id), out var d) ? d.Source : null;

    /// <summary>Seeds a single document as if a previous run had written it.</summary>
    public void Seed(string indexOrAlias, string id, JsonObject source) => _docs[Key(indexOrAlias, id)] = (source, _seqNo++);

    private string Resolve(string indexOrAlias) => Aliases.GetValueOrDefault(indexOrAlias, indexOrAlias);

    private string Key(string index, string id) => $"{Resolve(index)}/{id}";

    private HttpResponseMessage Respond(HttpStatusCode status, string json)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ProductHeader is not null)
        {
            response.Headers.Add("X-Elastic-Product", ProductHeader);
        }

        return response;
    }
}
