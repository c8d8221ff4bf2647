using System.Globalization;
using System.Text.Json;
using Knowledge.Generators.Requests;

namespace Knowledge.Generators.Documents;

/// <summary>The request as recorded in a document's properties, and the period as printed.</summary>
internal static class RequestText
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Json(GenerationRequest request) => JsonSerializer.Serialize(request, Options);

    public static string Period(int start, int end) => string.Create(CultureInfo.InvariantCulture, $"{start}–{end}");
}
