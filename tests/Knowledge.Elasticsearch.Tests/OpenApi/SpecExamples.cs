using YamlDotNet.Serialization;

namespace Knowledge.Elasticsearch.Tests.OpenApi;

/// <summary>The specification's own request/response examples (YAML files whose <c>value</c> is the JSON body).</summary>
internal static class SpecExamples
{
    public static string Value(string fileName)
    {
        var yaml = File.ReadAllText(TestFiles.Shared("elasticsearch", "examples-9.5", fileName));
        var map = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(yaml);
        // Most examples hold the JSON as a string; a few write it as YAML structure.
        return map["value"] as string ?? new SerializerBuilder().JsonCompatible().Build().Serialize(map["value"]);
    }

    /// <summary>Requests without a body (GET, DELETE) have no <c>value</c>.</summary>
    public static bool HasValue(string fileName) =>
        new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(File.ReadAllText(TestFiles.Shared("elasticsearch", "examples-9.5", fileName))).ContainsKey("value");

    public static string? MethodRequest(string fileName)
    {
        var yaml = File.ReadAllText(TestFiles.Shared("elasticsearch", "examples-9.5", fileName));
        var map = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(yaml);
        return map.TryGetValue("method_request", out var m) ? (string)m : null;
    }

    public static IEnumerable<string> Files(string prefix) =>
        Directory.EnumerateFiles(TestFiles.Shared("elasticsearch", "examples-9.5"), prefix + "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}
