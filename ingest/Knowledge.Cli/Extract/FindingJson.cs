using System.Text.Json;
using System.Text.Json.Serialization;
using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Cli.Extract;

/// <summary>One line of <c>findings.jsonl</c>: the wire shape of a finding.</summary>
internal sealed record FindingLine(
    string Id,
    string DocumentId,
    string DocumentTitle,
    string DocumentKind,
    int? Year,
    string Language,
    int Page,
    int PageEnd,
    IReadOnlyList<string> SectionPath,
    string Text,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Countries,
    string Kind,
    IReadOnlyList<string> Notes,
    FindingTable? Table)
{
    public static FindingLine From(Finding f) => new(
        f.Id, f.DocumentId, f.DocumentTitle, f.DocumentKind.ToCode(), f.Year, f.Language, f.Page, f.PageEnd,
        f.SectionPath, f.Text, f.Themes, f.Countries, f.Kind.ToCode(), f.Notes, f.Table);
}

/// <summary>One entry of the <c>--report</c> file.</summary>
internal sealed record ReportEntry(string File, string Status, string? Reason, int Pages, int Findings, long ElapsedMs, IReadOnlyList<string> Warnings)
{
    public static ReportEntry From(string path, IngestResult r) => new(
        path,
        r.Status switch { IngestStatus.Ingested => "ingested", IngestStatus.Skipped => "skipped", _ => "failed" },
        r.Reason,
        r.Pages,
        r.Findings.Count,
        r.ElapsedMs,
        r.Warnings);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(FindingLine))]
[JsonSerializable(typeof(List<ReportEntry>))]
internal sealed partial class CliJson : JsonSerializerContext
{
    public static JsonSerializerOptions Indented { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true, TypeInfoResolver = Default };
}
