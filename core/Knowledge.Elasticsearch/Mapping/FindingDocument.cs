using System.Text.Json;
using System.Text.Json.Nodes;
using Knowledge.Core.Evidence;
using Knowledge.Core.Safeguarding;

namespace Knowledge.Elasticsearch.Mapping;

/// <summary>
/// A finding as stored in the findings index. The passage goes to <c>text_fr</c> or <c>text_en</c>
/// by the finding's language, so each is analysed with its own language's rules; queries hit both.
/// </summary>
internal static class FindingDocument
{
    public static JsonObject ToJson(Finding finding, string generation)
    {
        var english = IsEnglish(finding.Language);
        var json = new JsonObject
        {
            [FindingFields.FindingId] = finding.Id,
            [FindingFields.DocumentId] = finding.DocumentId,
            [FindingFields.Generation] = generation,
            [FindingFields.DocumentTitle] = finding.DocumentTitle,
            [FindingFields.DocumentKind] = finding.DocumentKind.ToCode(),
            [FindingFields.Publisher] = finding.Publisher,
            [FindingFields.Year] = finding.Year,
            [FindingFields.Language] = finding.Language,
            [FindingFields.Page] = finding.Page,
            [FindingFields.PageEnd] = finding.PageEnd,
            [FindingFields.SectionPath] = Strings(finding.SectionPath),
            [english ? FindingFields.TextEn : FindingFields.TextFr] = finding.Text,
            [english ? FindingFields.ContextEn : FindingFields.ContextFr] = Core.Search.SearchText.Context(finding),
            [FindingFields.Themes] = Strings(finding.Themes),
            [FindingFields.Countries] = Strings(finding.Countries),
            [FindingFields.Kind] = finding.Kind.ToCode(),
            [FindingFields.Notes] = Strings(finding.Notes),
            [FindingFields.Ordinal] = finding.Ordinal,
            [FindingFields.Roles] = Strings(finding.Roles.Select(r => r.ToCode())),
            [FindingFields.RoleSpans] = new JsonArray([.. finding.RoleSpans.Select(r => (JsonNode)new JsonObject
            {
                ["start"] = r.Start,
                ["length"] = r.Length,
                ["role"] = r.Role.ToCode(),
            })]),
            [FindingFields.Section] = finding.Section,
            [FindingFields.Paragraph] = finding.Paragraph,
            [FindingFields.ParagraphEnd] = finding.ParagraphEnd,
            [FindingFields.OcrConfidence] = finding.OcrConfidence,
        };
        // The machine translation is the other language's context, searched as the embedded engine searches it, and read back from there.
        if (!string.IsNullOrWhiteSpace(finding.Translation))
        {
            json[english ? FindingFields.ContextFr : FindingFields.ContextEn] = finding.Translation;
        }

        if (finding.Table is { } table)
        {
            json[FindingFields.Table] = JsonSerializer.SerializeToNode(table, TableJson);
        }

        if (finding.Safeguarding.Count > 0)
        {
            json[FindingFields.Safeguarding] = JsonSerializer.SerializeToNode(finding.Safeguarding, TableJson);
        }

        return json;
    }

    public static Finding FromJson(JsonElement source)
    {
        // Unknown codes (written by a newer version) read as the neutral kind rather than failing the search.
        var documentKind = EvidenceCodes.TryParseDocumentKind(OptionalString(source, FindingFields.DocumentKind), out var dk) ? dk : DocumentKind.Other;
        var kind = EvidenceCodes.TryParseFindingKind(OptionalString(source, FindingFields.Kind), out var fk) ? fk : FindingKind.Context;
        var text = OptionalString(source, FindingFields.TextFr) ?? OptionalString(source, FindingFields.TextEn) ?? "";
        var language = OptionalString(source, FindingFields.Language) ?? "fr";
        return new Finding
        {
            Id = OptionalString(source, FindingFields.FindingId) ?? "",
            DocumentId = OptionalString(source, FindingFields.DocumentId) ?? "",
            DocumentTitle = OptionalString(source, FindingFields.DocumentTitle) ?? "",
            DocumentKind = documentKind,
            Publisher = OptionalString(source, FindingFields.Publisher),
            Year = OptionalInt(source, FindingFields.Year),
            Language = language,
            Translation = OptionalString(source, IsEnglish(language) ? FindingFields.ContextFr : FindingFields.ContextEn),
            Page = OptionalInt(source, FindingFields.Page) ?? 0,
            PageEnd = OptionalInt(source, FindingFields.PageEnd) ?? 0,
            SectionPath = StringList(source, FindingFields.SectionPath),
            Text = text,
            Themes = StringList(source, FindingFields.Themes),
            Countries = StringList(source, FindingFields.Countries),
            Kind = kind,
            Notes = StringList(source, FindingFields.Notes),
            Ordinal = OptionalInt(source, FindingFields.Ordinal) ?? 0,
            Roles = [.. StringList(source, FindingFields.Roles).Select(c => FindingRoles.TryParse(c, out var r) ? r : FindingRole.Context).Distinct()],
            RoleSpans = RoleSpans(source, text.Length),
            Section = OptionalString(source, FindingFields.Section),
            Paragraph = OptionalInt(source, FindingFields.Paragraph) ?? 0,
            ParagraphEnd = OptionalInt(source, FindingFields.ParagraphEnd) ?? 0,
            OcrConfidence = source.TryGetProperty(FindingFields.OcrConfidence, out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : null,
            Table = source.TryGetProperty(FindingFields.Table, out var table) && table.ValueKind == JsonValueKind.Object
                ? table.Deserialize<FindingTable>(TableJson)
                : null,
            Safeguarding = source.TryGetProperty(FindingFields.Safeguarding, out var flags) && flags.ValueKind == JsonValueKind.Array
                ? flags.Deserialize<List<SafeguardingFlag>>(TableJson) ?? []
                : [],
        };
    }

    /// <summary>Role spans as stored; a span that does not fit the text (a corrupt entry) is dropped rather than failing the search.</summary>
    private static List<RoleSpan> RoleSpans(JsonElement source, int textLength)
    {
        if (!source.TryGetProperty(FindingFields.RoleSpans, out var v) || v.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var spans = new List<RoleSpan>();
        foreach (var e in v.EnumerateArray())
        {
            if (e.ValueKind == JsonValueKind.Object && OptionalInt(e, "start") is { } start && OptionalInt(e, "length") is { } length
                && start >= 0 && length > 0 && start + length <= textLength)
            {
                spans.Add(new RoleSpan(start, length, FindingRoles.TryParse(OptionalString(e, "role"), out var role) ? role : FindingRole.Context));
            }
        }

        return spans;
    }

    // Tables and safeguarding flags are kept in the source only (never searched); enums as names.
    private static readonly JsonSerializerOptions TableJson = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static bool IsEnglish(string? language) => string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);

    internal static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)v)]);

    internal static string? OptionalString(JsonElement source, string name) =>
        source.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    internal static int? OptionalInt(JsonElement source, string name) =>
        source.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    internal static IReadOnlyList<string> StringList(JsonElement source, string name)
    {
        if (!source.TryGetProperty(name, out var v))
        {
            return [];
        }

        return v.ValueKind switch
        {
            JsonValueKind.Array => [.. v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            JsonValueKind.String => [v.GetString()!],
            _ => [],
        };
    }
}
