using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Knowledge.Lucene.Storage;

/// <summary>
/// Turns findings and registry entries into Lucene documents and back. The whole record is kept
/// as one stored JSON field (rebuilding a finding is one read, no per-field plumbing); searchable
/// text goes into per-language fields; filter and facet values into doc values only.
/// </summary>
internal static class EntryMapping
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            // The citation is derived from the other fields; storing it would only waste space.
            Modifiers = { info => RemoveProperty(info, nameof(Finding.Citation)) },
        },
    };

    private static readonly HashSet<string> JsonOnly = [FieldNames.Json];

    public static ISet<string> JsonField => JsonOnly;

    public static Document ToDocument(Finding finding)
    {
        var language = FieldNames.NormalizeLanguage(finding.Language);
        var doc = new Document
        {
            new KeywordField(FieldNames.Type, FieldNames.FindingType),
            new KeywordField(FieldNames.DocumentId, finding.DocumentId),
            new SortedDocValuesField(FieldNames.DocumentId, new BytesRef(finding.DocumentId)),
            new KeywordField(FieldNames.FindingId, finding.Id),
            new NumericDocValuesField(FieldNames.Ordinal, finding.Ordinal),
            new TextField(FieldNames.Text(language), SearchText.Normalize(finding.Text), Field.Store.NO),
            new TextField(FieldNames.Context(language), SearchText.Context(finding), Field.Store.NO),
            new SortedDocValuesField(FieldNames.Kind, new BytesRef(finding.Kind.ToCode())),
            new SortedDocValuesField(FieldNames.Language, new BytesRef(language)),
            new SortedDocValuesField(FieldNames.DocumentKind, new BytesRef(finding.DocumentKind.ToCode())),
            new StoredField(FieldNames.Json, JsonSerializer.Serialize(finding, Json)),
        };
        // The machine translation goes to the other language's context field: a question in that language reaches the
        // passage through it, at the weight of its headings, and is analysed by that language's rules.
        if (!string.IsNullOrWhiteSpace(finding.Translation))
        {
            doc.Add(new TextField(FieldNames.Context(FieldNames.OtherLanguage(language)), SearchText.Normalize(finding.Translation), Field.Store.NO));
        }

        foreach (var theme in Distinct(finding.Themes, NormalizeTheme))
        {
            doc.Add(new SortedSetDocValuesField(FieldNames.Theme, new BytesRef(theme)));
        }

        foreach (var country in Distinct(finding.Countries, NormalizeCountry))
        {
            doc.Add(new SortedSetDocValuesField(FieldNames.Country, new BytesRef(country)));
        }

        // A finding without a year has no value here: sorts place it through their missing value.
        if (finding.Year is { } year)
        {
            doc.Add(new NumericDocValuesField(FieldNames.Year, year));
        }

        return doc;
    }

    public static Document ToDocument(SourceDocument document, string contentHash) =>
    [
        new StringField(FieldNames.Type, FieldNames.DocumentType, Field.Store.NO),
        new StringField(FieldNames.DocumentId, document.Id, Field.Store.YES),
        new SortedDocValuesField(FieldNames.DocumentId, new BytesRef(document.Id)),
        new NumericDocValuesField(FieldNames.UpdatedAt, document.UpdatedAt.UtcTicks),
        new StoredField(FieldNames.Sha256, document.Sha256),
        new StoredField(FieldNames.ContentHash, contentHash),
        new StoredField(FieldNames.Json, JsonSerializer.Serialize(document, Json)),
    ];

    public static Finding ToFinding(Document doc) =>
        JsonSerializer.Deserialize<Finding>(doc.Get(FieldNames.Json), Json)
        ?? throw new InvalidDataException("Entrée d'index vide : l'index est peut-être corrompu.");

    public static SourceDocument ToSourceDocument(Document doc) =>
        JsonSerializer.Deserialize<SourceDocument>(doc.Get(FieldNames.Json), Json)
        ?? throw new InvalidDataException("Entrée d'index vide : l'index est peut-être corrompu.");

    public static string NormalizeTheme(string theme) => theme.Trim().ToLowerInvariant();

    public static string NormalizeCountry(string country) => country.Trim().ToUpperInvariant();

    private static IEnumerable<string> Distinct(IEnumerable<string> values, Func<string, string> normalize) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(normalize).Distinct(StringComparer.Ordinal);

    private static void RemoveProperty(JsonTypeInfo info, string name)
    {
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Name == name)
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
