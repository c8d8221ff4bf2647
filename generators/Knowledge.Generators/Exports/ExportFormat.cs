namespace Knowledge.Generators.Exports;

/// <summary>What an export is written as: an evidence table (XLSX, CSV) or a list of references (RIS, BibTeX, CSL-JSON).</summary>
public enum ExportFormat
{
    /// <summary>Excel workbook: the evidence table and a sheet describing the query.</summary>
    Xlsx,

    /// <summary>RFC 4180 CSV, UTF-8 with a byte-order mark so Excel reads accents.</summary>
    Csv,

    /// <summary>RIS references (Zotero, EndNote, Mendeley).</summary>
    Ris,

    /// <summary>BibTeX references, UTF-8.</summary>
    Bibtex,

    /// <summary>CSL-JSON references (Zotero, Pandoc, citation processors).</summary>
    CslJson,
}

/// <summary>Wire codes, media types and file extensions of the export formats.</summary>
public static class ExportFormats
{
    /// <summary>Every format, in the order they are offered.</summary>
    public static IReadOnlyList<ExportFormat> All { get; } = [ExportFormat.Xlsx, ExportFormat.Csv, ExportFormat.Ris, ExportFormat.Bibtex, ExportFormat.CslJson];

    /// <summary>The formats that list references rather than findings.</summary>
    public static IReadOnlyList<ExportFormat> Citations { get; } = [ExportFormat.Ris, ExportFormat.Bibtex, ExportFormat.CslJson];

    /// <summary>The <c>format=</c> code: <c>xlsx</c>, <c>csv</c>, <c>ris</c>, <c>bibtex</c> or <c>csljson</c>.</summary>
    public static string Code(this ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => "xlsx",
        ExportFormat.Csv => "csv",
        ExportFormat.Ris => "ris",
        ExportFormat.Bibtex => "bibtex",
        _ => "csljson",
    };

    /// <summary>The media type sent and recognised in <c>Accept</c>.</summary>
    public static string MediaType(this ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ExportFormat.Csv => "text/csv",
        ExportFormat.Ris => "application/x-research-info-systems",
        ExportFormat.Bibtex => "application/x-bibtex",
        _ => "application/vnd.citationstyles.csl+json",
    };

    /// <summary>The Content-Type header: text formats say their charset.</summary>
    public static string ContentType(this ExportFormat format) => format == ExportFormat.Xlsx
        ? format.MediaType()
        : format.MediaType() + "; charset=utf-8";

    /// <summary>The download file's extension, without the dot.</summary>
    public static string Extension(this ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => "xlsx",
        ExportFormat.Csv => "csv",
        ExportFormat.Ris => "ris",
        ExportFormat.Bibtex => "bib",
        _ => "json",
    };

    /// <summary>True for the formats that list references (one per document) rather than findings.</summary>
    public static bool IsCitationFormat(this ExportFormat format) => format is ExportFormat.Ris or ExportFormat.Bibtex or ExportFormat.CslJson;

    /// <summary>Parses a <c>format=</c> code (case-insensitive); <c>bib</c> and <c>csl-json</c> are accepted too.</summary>
    public static bool TryParse(string? code, out ExportFormat format)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "xlsx":
                format = ExportFormat.Xlsx;
                return true;
            case "csv":
                format = ExportFormat.Csv;
                return true;
            case "ris":
                format = ExportFormat.Ris;
                return true;
            case "bibtex" or "bib":
                format = ExportFormat.Bibtex;
                return true;
            case "csljson" or "csl-json" or "csl":
                format = ExportFormat.CslJson;
                return true;
            default:
                format = default;
                return false;
        }
    }
}
