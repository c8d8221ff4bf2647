using System.Globalization;
using System.Text;
using Knowledge.Core.Taxonomy;

namespace Knowledge.Generators.Exports.Tables;

/// <summary>
/// The evidence table as CSV: RFC 4180 (comma, CRLF, fields quoted when they hold a comma, a quote or
/// a line break, quotes doubled), UTF-8 with a byte-order mark so Excel reads accents. A field a
/// spreadsheet would run as a formula gets a leading apostrophe. When the export was cut, a last
/// record says so in the quote column.
/// </summary>
internal static class CsvEvidenceTable
{
    public static byte[] Write(EvidenceExport export, EvidenceTaxonomy taxonomy)
    {
        var sb = new StringBuilder();
        Record(sb, EvidenceTableRows.Headers(export.Language));
        foreach (var row in EvidenceTableRows.Of(export, taxonomy))
        {
            Record(sb,
            [
                row.Quote, row.Citation, row.Document, row.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, row.Location,
                row.CountryCodes, row.Countries, row.ThemeCodes, row.Themes, row.Kind, row.Roles, row.Link, row.Id,
            ]);
        }

        if (export.Truncated)
        {
            var notice = new string[EvidenceTableRows.Columns.Count];
            Array.Fill(notice, string.Empty);
            notice[0] = ExportText.Format("Query.Truncated", export.Language, export.Findings.Count, export.TotalHits);
            Record(sb, notice);
        }

        var bom = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(sb.ToString());
        return [.. bom, .. body];
    }

    private static void Record(StringBuilder sb, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            Field(sb, fields[i]);
        }

        sb.Append("\r\n");
    }

    /// <summary>Writes one field: neutralised when it looks like a formula, quoted when RFC 4180 requires it.</summary>
    internal static void Field(StringBuilder sb, string value)
    {
        value = CellText.Clean(value);
        if (CellText.LooksLikeFormula(value))
        {
            value = "'" + value;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            sb.Append(value);
            return;
        }

        sb.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
