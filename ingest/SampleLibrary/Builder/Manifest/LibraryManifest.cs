using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Knowledge.SampleLibrary.Builder.Sources;

namespace Knowledge.SampleLibrary.Builder.Manifest;

/// <summary>
/// <c>library.json</c>: one entry per generated file with the metadata the server ingests it
/// with (the files' own metadata says the same, but the manifest is authoritative and cheap to read).
/// </summary>
internal sealed record LibraryManifest(
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("documents")] IReadOnlyList<LibraryEntry> Documents)
{
    public const string FileName = "library.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Keep accented titles readable in the committed file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static LibraryManifest From(IEnumerable<ReportSource> sources) => new(
        "Sample library written for the Knowledge project (not real publications of the named publishers). " +
        "Built from ingest/SampleLibrary/sources by ingest/SampleLibrary/Builder.",
        sources.OrderBy(s => s.OutputFile, StringComparer.Ordinal).Select(s => new LibraryEntry(
            s.OutputFile,
            s.SourceFile,
            s.Format == OutputFormat.Docx
                ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : "application/pdf",
            s.Title,
            s.Publisher,
            s.Year,
            s.Language,
            s.Kind,
            s.Countries)).ToList());

    public void Save(string folder) =>
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Options) + "\n");

    public static LibraryManifest Load(string folder) =>
        JsonSerializer.Deserialize<LibraryManifest>(File.ReadAllText(Path.Combine(folder, FileName)), Options)
        ?? throw new InvalidDataException($"{FileName} is empty");
}

internal sealed record LibraryEntry(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("mediaType")] string MediaType,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("publisher")] string Publisher,
    [property: JsonPropertyName("year")] int Year,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("countries")] IReadOnlyList<string> Countries);
