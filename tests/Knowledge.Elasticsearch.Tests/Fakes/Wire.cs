using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace Knowledge.Elasticsearch.Tests.Fakes;

/// <summary>
/// The client's own serializer, for tests that look at one typed request or read one canned response
/// without a round trip: what it writes here is what the client writes on the wire.
/// </summary>
internal static class Wire
{
    private static readonly ElasticsearchClient Client = new(new ElasticsearchClientSettings(new InMemoryRequestInvoker()));

    public static JsonObject Json<T>(T request)
    {
        using var stream = new MemoryStream();
        Client.RequestResponseSerializer.Serialize(request, stream);
        return JsonNode.Parse(stream.ToArray())!.AsObject();
    }

    public static T Read<T>(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Client.RequestResponseSerializer.Deserialize<T>(stream)!;
    }

    /// <summary>The first clause of a list the client may have written as a single object (one-element lists).</summary>
    public static System.Text.Json.JsonElement First(System.Text.Json.JsonElement listOrOne) =>
        listOrOne.ValueKind == System.Text.Json.JsonValueKind.Array ? listOrOne[0] : listOrOne;
}
