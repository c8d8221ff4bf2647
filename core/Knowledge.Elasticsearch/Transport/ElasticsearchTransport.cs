using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace Knowledge.Elasticsearch.Transport;

/// <summary>A response: status and parsed JSON body (an empty object when the body was empty).</summary>
internal sealed class EsResponse(HttpStatusCode status, JsonDocument body) : IDisposable
{
    public HttpStatusCode Status { get; } = status;

    public JsonElement Body => body.RootElement;

    public bool IsSuccess => (int)Status is >= 200 and < 300;

    /// <summary>The <c>X-Elastic-Product</c> header, which every Elasticsearch 8 response carries.</summary>
    public string? ProductHeader { get; init; }

    public void Dispose() => body.Dispose();
}

/// <summary>
/// Speaks the REST API the way the official clients do: versioned media types
/// (<c>compatible-with=8</c>), authentication on every request, and a product check before first
/// use. Retries of 502/503/504 and connection failures happen below, in the HTTP handler pipeline.
/// </summary>
internal sealed class ElasticsearchTransport
{
    public const string JsonMediaType = "application/vnd.elasticsearch+json; compatible-with=8";
    public const string NdjsonMediaType = "application/vnd.elasticsearch+x-ndjson; compatible-with=8";

    private static readonly MediaTypeWithQualityHeaderValue AcceptHeader = MediaTypeWithQualityHeaderValue.Parse(JsonMediaType);

    private readonly HttpClient _http;
    private readonly ElasticsearchOptions _options;
    private readonly ILogger _logger;
    private readonly AuthenticationHeaderValue? _authorization;

    public ElasticsearchTransport(HttpClient http, ElasticsearchOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options.Url);
        _http = http;
        _options = options;
        _logger = logger;
        _authorization = CreateAuthorization(options);
    }

    public ElasticsearchOptions Options => _options;

    public static AuthenticationHeaderValue? CreateAuthorization(ElasticsearchOptions options)
    {
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            return new AuthenticationHeaderValue("ApiKey", options.ApiKey);
        }

        if (!string.IsNullOrEmpty(options.Username))
        {
            var raw = Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}");
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));
        }

        return null;
    }

    public Task<EsResponse> SendAsync(HttpMethod method, string pathAndQuery, JsonNode? body, CancellationToken cancellationToken)
    {
        HttpContent? content = null;
        if (body is not null)
        {
            content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body));
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(JsonMediaType);
        }

        return SendRawAsync(method, pathAndQuery, content, cancellationToken);
    }

    public Task<EsResponse> SendNdjsonAsync(string pathAndQuery, ReadOnlyMemory<byte> ndjson, CancellationToken cancellationToken)
    {
        var content = new ReadOnlyMemoryContent(ndjson);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(NdjsonMediaType);
        return SendRawAsync(HttpMethod.Post, pathAndQuery, content, cancellationToken);
    }

    /// <summary>Sends and throws <see cref="ElasticsearchException"/> unless the status is a success or one of <paramref name="accepted"/>.</summary>
    public async Task<EsResponse> SendExpectingAsync(HttpMethod method, string pathAndQuery, JsonNode? body, CancellationToken cancellationToken, params HttpStatusCode[] accepted)
    {
        var response = await SendAsync(method, pathAndQuery, body, cancellationToken);
        if (response.IsSuccess || accepted.Contains(response.Status))
        {
            return response;
        }

        using (response)
        {
            throw ToException(method, pathAndQuery, response);
        }
    }

    public static ElasticsearchException ToException(HttpMethod method, string pathAndQuery, EsResponse response)
    {
        string? type = null;
        string? reason = null;
        if (response.Body.ValueKind == JsonValueKind.Object && response.Body.TryGetProperty("error", out var error))
        {
            if (error.ValueKind == JsonValueKind.Object)
            {
                type = error.TryGetProperty("type", out var t) ? t.GetString() : null;
                reason = error.TryGetProperty("reason", out var r) ? r.GetString() : null;
            }
            else if (error.ValueKind == JsonValueKind.String)
            {
                reason = error.GetString();
            }
        }

        var status = ((int)response.Status).ToString(CultureInfo.InvariantCulture);
        var message = $"Elasticsearch a refusé {method} {PathOnly(pathAndQuery)} (HTTP {status}{(type is null ? "" : ", " + type)}) : {reason ?? "aucune raison donnée"}";
        return new ElasticsearchException(message, response.Status, type);
    }

    /// <summary>
    /// The check the official clients make before first use: the server says it is Elasticsearch
    /// (<c>X-Elastic-Product</c>) and its major version is 8 or more. Returns the version.
    /// </summary>
    public async Task<string> VerifyProductAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, "/", null, cancellationToken);
        if (response.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new ElasticsearchException($"accès refusé (HTTP {(int)response.Status}) : vérifier ApiKey ou Username/Password.", response.Status, null);
        }

        if (!response.IsSuccess)
        {
            throw ToException(HttpMethod.Get, "/", response);
        }

        if (!string.Equals(response.ProductHeader, "Elasticsearch", StringComparison.Ordinal))
        {
            throw new ElasticsearchException("le serveur ne se présente pas comme Elasticsearch (en-tête X-Elastic-Product absent ou différent).");
        }

        var version = response.Body.TryGetProperty("version", out var v) && v.TryGetProperty("number", out var n) ? n.GetString() : null;
        var majorText = version?.Split('.')[0];
        if (!int.TryParse(majorText, NumberStyles.None, CultureInfo.InvariantCulture, out var major))
        {
            throw new ElasticsearchException("le serveur n'indique pas sa version (version.number).");
        }

        if (major < 8)
        {
            throw new ElasticsearchException($"version {version} non prise en charge : Elasticsearch 8 ou plus est requis.");
        }

        return version!;
    }

    private async Task<EsResponse> SendRawAsync(HttpMethod method, string pathAndQuery, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_options.Url!, pathAndQuery)) { Content = content };
        request.Headers.Accept.Add(AcceptHeader);
        request.Headers.Authorization = _authorization;
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (Exception ex) when ((ex is HttpRequestException or TaskCanceledException or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException)
                                   && !cancellationToken.IsCancellationRequested)
        {
            // The exception text never carries credentials: they live only in the Authorization header.
            _logger.LogWarning(ex, "Elasticsearch request {Method} {Path} to {Url} failed", method, PathOnly(pathAndQuery), _options.SafeUrl);
            throw new ElasticsearchException($"Elasticsearch injoignable à {_options.SafeUrl} : {ex.Message}", null, null, ex);
        }

        using (response)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            JsonDocument json;
            try
            {
                json = bytes.Length == 0 ? JsonDocument.Parse("{}") : JsonDocument.Parse(bytes);
            }
            catch (JsonException)
            {
                // Proxies in front of a cluster answer errors in HTML; keep the status, lose the page.
                json = JsonDocument.Parse("{}");
            }

            if ((int)response.StatusCode >= 400)
            {
                _logger.LogDebug("Elasticsearch {Method} {Path} answered {Status}", method, PathOnly(pathAndQuery), (int)response.StatusCode);
            }

            return new EsResponse(response.StatusCode, json) { ProductHeader = response.Headers.TryGetValues("X-Elastic-Product", out var values) ? values.FirstOrDefault() : null };
        }
    }

    private static string PathOnly(string pathAndQuery)
    {
        var q = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        return q < 0 ? pathAndQuery : pathAndQuery[..q];
    }
}
