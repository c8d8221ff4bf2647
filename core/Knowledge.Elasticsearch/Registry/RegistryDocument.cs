using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Knowledge.Core.Evidence;
using Knowledge.Elasticsearch.Mapping;

namespace Knowledge.Elasticsearch.Registry;

/// <summary>
/// Entries of the registry index. Besides one entry per source document, the registry holds one
/// live-state entry (id <see cref="LiveStateId"/>) listing the live generation of every document:
/// searches filter findings on that list through a terms lookup, which is what makes a document's
/// switch from old to new findings a single-document write.
/// </summary>
internal static class RegistryDocument
{
    public const string LiveStateId = "live-state";
    public const string DocumentEntry = "document";
    public const string StateEntry = "state";

    public static JsonObject ToJson(SourceDocument document, string generation, string contentHash) => new()
    {
        [RegistryFields.EntryType] = DocumentEntry,
        [RegistryFields.Id] = document.Id,
        [RegistryFields.Sha256] = document.Sha256,
        [RegistryFields.Title] = document.Title,
        [RegistryFields.Publisher] = document.Publisher,
        [RegistryFields.Year] = document.Year,
        [RegistryFields.Language] = document.Language,
        [RegistryFields.Kind] = document.Kind.ToCode(),
        [RegistryFields.Countries] = FindingDocument.Strings(document.Countries),
        [RegistryFields.FileName] = document.FileName,
        [RegistryFields.StoredPath] = document.StoredPath,
        [RegistryFields.MediaType] = document.MediaType,
        [RegistryFields.Pages] = document.Pages,
        [RegistryFields.FindingCount] = document.FindingCount,
        [RegistryFields.AddedAt] = Timestamp(document.AddedAt),
        [RegistryFields.UpdatedAt] = Timestamp(document.UpdatedAt),
        [RegistryFields.Generation] = generation,
        [RegistryFields.ContentHash] = contentHash,
    };

    public static SourceDocument FromJson(JsonElement source)
    {
        var kind = EvidenceCodes.TryParseDocumentKind(FindingDocument.OptionalString(source, RegistryFields.Kind), out var k) ? k : DocumentKind.Other;
        return new SourceDocument
        {
            Id = FindingDocument.OptionalString(source, RegistryFields.Id) ?? "",
            Sha256 = FindingDocument.OptionalString(source, RegistryFields.Sha256) ?? "",
            Title = FindingDocument.OptionalString(source, RegistryFields.Title) ?? "",
            Publisher = FindingDocument.OptionalString(source, RegistryFields.Publisher),
            Year = FindingDocument.OptionalInt(source, RegistryFields.Year),
            Language = FindingDocument.OptionalString(source, RegistryFields.Language) ?? "fr",
            Kind = kind,
            Countries = FindingDocument.StringList(source, RegistryFields.Countries),
            FileName = FindingDocument.OptionalString(source, RegistryFields.FileName) ?? "",
            StoredPath = FindingDocument.OptionalString(source, RegistryFields.StoredPath),
            MediaType = FindingDocument.OptionalString(source, RegistryFields.MediaType) ?? "application/pdf",
            Pages = FindingDocument.OptionalInt(source, RegistryFields.Pages) ?? 0,
            FindingCount = FindingDocument.OptionalInt(source, RegistryFields.FindingCount) ?? 0,
            AddedAt = ParseTimestamp(FindingDocument.OptionalString(source, RegistryFields.AddedAt)) ?? default,
            UpdatedAt = ParseTimestamp(FindingDocument.OptionalString(source, RegistryFields.UpdatedAt)) ?? default,
        };
    }

    public static JsonObject LiveState(IEnumerable<string> generations, DateTimeOffset updatedAt) => new()
    {
        [RegistryFields.EntryType] = StateEntry,
        [RegistryFields.Generations] = FindingDocument.Strings(generations.Order(StringComparer.Ordinal)),
        [RegistryFields.UpdatedAt] = Timestamp(updatedAt),
    };

    /// <summary>Generations belong to a document by prefix: <c>{documentId}.{random}</c>.</summary>
    public static string NewGeneration(string documentId) => $"{documentId}.{Guid.NewGuid():N}";

    public static bool IsGenerationOf(string generation, string documentId) =>
        generation.Length > documentId.Length + 1
        && generation.StartsWith(documentId, StringComparison.Ordinal)
        && generation[documentId.Length] == '.';

    // Seven fractional digits: the _source keeps the string, so a read gives back the exact instant written.
    public static string Timestamp(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffK", CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseTimestamp(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;
}
