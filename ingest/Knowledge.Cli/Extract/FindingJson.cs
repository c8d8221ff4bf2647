using System.Text.Json;
using System.Text.Json.Serialization;
using Knowledge.Core.Evidence;
using Knowledge.Core.Safeguarding;
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
    IReadOnlyList<string> Roles,
    IReadOnlyList<RoleLine> RoleSpans,
    IReadOnlyList<FlagLine> Safeguarding,
    string? Section,
    int Paragraph,
    int ParagraphEnd,
    double? OcrConfidence,
    string Citation,
    FindingTable? Table,
    string? Translation)
{
    public static FindingLine From(Finding f) => new(
        f.Id, f.DocumentId, f.DocumentTitle, f.DocumentKind.ToCode(), f.Year, f.Language, f.Page, f.PageEnd,
        f.SectionPath, f.Text, f.Themes, f.Countries, f.Kind.ToCode(), f.Notes,
        [.. f.Roles.Select(r => r.ToCode())], [.. f.RoleSpans.Select(s => new RoleLine(s.Start, s.Length, s.Role.ToCode()))],
        [.. f.Safeguarding.Select(g => new FlagLine(g.Text, g.Start, g.Length, g.Kind.ToCode(), g.Reason, g.Status.ToCode()))],
        f.Section, f.Paragraph, f.ParagraphEnd, f.OcrConfidence, f.Citation.Format(f.Language), f.Table, f.Translation);
}

/// <summary>A sentence of a finding and its rhetorical role.</summary>
internal sealed record RoleLine(int Start, int Length, string Role);

/// <summary>A safeguarding flag as <c>extract</c> writes it: the span as it stands, for the operator reviewing the output.</summary>
internal sealed record FlagLine(string Text, int Start, int Length, string Kind, string Reason, string Status);

/// <summary>One entry of the <c>--report</c> file.</summary>
internal sealed record ReportEntry(string File, string Status, string? Reason, int Pages, int Findings, long ElapsedMs, IReadOnlyList<string> Warnings, int OcrPages, double? OcrConfidence)
{
    public static ReportEntry From(string path, IngestResult r) => new(
        path,
        r.Status switch { IngestStatus.Ingested => "ingested", IngestStatus.Skipped => "skipped", _ => "failed" },
        r.Reason,
        r.Pages,
        r.Findings.Count,
        r.ElapsedMs,
        r.Warnings,
        r.OcrPages.Count,
        r.OcrPages.Count == 0 ? null : Math.Round(r.OcrPages.Values.Average(), 1));
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(FindingLine))]
[JsonSerializable(typeof(List<ReportEntry>))]
internal sealed partial class CliJson : JsonSerializerContext
{
    public static JsonSerializerOptions Indented { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true, TypeInfoResolver = Default };
}
