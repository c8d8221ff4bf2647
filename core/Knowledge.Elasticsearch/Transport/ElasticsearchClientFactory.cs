using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace Knowledge.Elasticsearch.Transport;

/// <summary>
/// Builds the one <see cref="ElasticsearchClient"/> the engine uses. The client's transport does the
/// wire format (<c>compatible-with=9</c> media types, authentication, serialisation); below it, our
/// own handlers keep two things the transport does not give: a CA check that refuses forged chains
/// (the transport's <c>AuthorityIsRoot</c> and fingerprint options accepted them when tried), and the
/// Polly pipeline (the transport does not retry against a single node).
/// </summary>
internal static class ElasticsearchClientFactory
{
    /// <param name="options">validated settings.</param>
    /// <param name="timeProvider">clock of the retry back-off.</param>
    /// <param name="primaryHandler">the socket handler; tests pass a recording fake node here.</param>
    public static ElasticsearchClient Create(ElasticsearchOptions options, TimeProvider timeProvider, HttpMessageHandler? primaryHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Url);
        var pipeline = ResilienceHandler.CreatePipeline(options, timeProvider);

        // The transport asks for a handler per connection configuration; ours replaces its default one.
        var invoker = new HttpRequestInvoker((_, _) => new ResilienceHandler(pipeline)
        {
            InnerHandler = primaryHandler ?? CertificateAuthorityValidator.CreatePrimaryHandler(options),
        });

        var settings = new ElasticsearchClientSettings(new SingleNodePool(options.Url), invoker)
            .MaximumRetries(0)
            .DisablePing()
            // Per-attempt timeouts live in the Polly pipeline; this outer bound covers all attempts and back-offs.
            .RequestTimeout((options.RequestTimeout * (options.MaxRetries + 1)) + TimeSpan.FromMinutes(1));
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            settings = settings.Authentication(new ApiKey(options.ApiKey));
        }
        else if (!string.IsNullOrEmpty(options.Username))
        {
            settings = settings.Authentication(new BasicAuthentication(options.Username, options.Password ?? ""));
        }

        return new ElasticsearchClient(settings);
    }
}
