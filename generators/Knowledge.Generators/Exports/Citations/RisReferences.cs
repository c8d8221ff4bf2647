using System.Globalization;
using System.Text;

namespace Knowledge.Generators.Exports.Citations;

/// <summary>
/// RIS (Research Information Systems) references: one <c>TY  - RPRT</c> record per document, tags
/// of two characters, two spaces, a hyphen and a space, CRLF line ends, UTF-8 without a byte-order
/// mark. Zotero reads <c>PB</c> of a report as its institution and <c>M3</c> as the report type.
/// </summary>
internal static class RisReferences
{
    public static byte[] Write(IReadOnlyList<CitedDocument> documents)
    {
        var sb = new StringBuilder();
        foreach (var d in documents)
        {
            Tag(sb, "TY", "RPRT");
            Tag(sb, "ID", d.Key);
            Tag(sb, "TI", d.Title);
            if (d.Institution is { } institution)
            {
                Tag(sb, "PB", institution);
            }

            if (d.Year is { } year)
            {
                Tag(sb, "PY", year.ToString(CultureInfo.InvariantCulture));
            }

            Tag(sb, "M3", d.Genre);
            Tag(sb, "LA", d.Language);
            Tag(sb, "UR", d.Url);
            foreach (var country in d.Countries)
            {
                Tag(sb, "KW", country);
            }

            sb.Append("ER  - \r\n\r\n");
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static void Tag(StringBuilder sb, string tag, string value)
    {
        var line = CitedDocument.OneLine(value);
        if (line.Length > 0)
        {
            sb.Append(tag).Append("  - ").Append(line).Append("\r\n");
        }
    }
}
