using System.Globalization;
using Elastic.Transport.Products.Elasticsearch;

namespace Knowledge.Elasticsearch.Transport;

/// <summary>Turns a client response that is neither a success nor an expected status into a French <see cref="ElasticsearchException"/>.</summary>
internal static class ResponseChecks
{
    /// <summary>Returns the response when its status is a success or one of <paramref name="accepted"/>.</summary>
    public static T Ensure<T>(this T response, string safeUrl, params int[] accepted)
        where T : ElasticsearchResponse
    {
        var details = response.ApiCallDetails;
        if (details.HttpStatusCode is not { } status)
        {
            // No answer at all: connection refused, DNS, TLS or every retry timed out. The message never
            // carries credentials: they live only in the Authorization header.
            var reason = details.OriginalException?.InnerException?.Message ?? details.OriginalException?.Message ?? "aucune réponse";
            throw new ElasticsearchException($"Elasticsearch injoignable à {safeUrl} : {reason}", null, null, details.OriginalException);
        }

        if (status is >= 200 and < 300 || accepted.Contains(status))
        {
            return response;
        }

        throw Refusal(response);
    }

    public static ElasticsearchException Refusal(ElasticsearchResponse response)
    {
        var details = response.ApiCallDetails;
        var status = details.HttpStatusCode ?? 0;
        var error = response.ElasticsearchServerError?.Error;
        var type = error?.Type;
        var reason = error?.Reason ?? (error?.CausedBy?.Reason) ?? "aucune raison donnée";
        var path = details.Uri?.AbsolutePath ?? "?";
        var message = $"Elasticsearch a refusé {details.HttpMethod.ToString().ToUpperInvariant()} {path} (HTTP {status.ToString(CultureInfo.InvariantCulture)}{(type is null ? "" : ", " + type)}) : {reason}";
        return new ElasticsearchException(message, (System.Net.HttpStatusCode)status, type);
    }

    public static int Status(this ElasticsearchResponse response) => response.ApiCallDetails.HttpStatusCode ?? 0;

    public static string? ErrorType(this ElasticsearchResponse response) => response.ElasticsearchServerError?.Error?.Type;
}
