using System.Globalization;
using System.Text;

namespace Knowledge.Generators.Exports.Citations;

/// <summary>
/// BibTeX references: one <c>@techreport</c> per document, the publisher as <c>institution</c>.
/// Accented letters stay as UTF-8 rather than LaTeX escapes: biber/biblatex, Zotero and JabRef read
/// UTF-8, and escapes cannot spell every letter of West African names (ɓ, ŋ, ɗ). The characters
/// LaTeX treats as commands (<c># $ % &amp; _ { } ~ ^ \</c>) are escaped; titles are wrapped in a second
/// pair of braces so styles keep their capitals (proper nouns, acronyms such as CEDEAO).
/// </summary>
internal static class BibtexReferences
{
    public static byte[] Write(IReadOnlyList<CitedDocument> documents)
    {
        var sb = new StringBuilder();
        foreach (var d in documents)
        {
            sb.Append("@techreport{").Append(d.Key).Append(",\n");
            Field(sb, "title", "{" + Escape(d.Title) + "}");
            if (d.Institution is { } institution)
            {
                Field(sb, "institution", Escape(institution));
            }

            if (d.Year is { } year)
            {
                Field(sb, "year", year.ToString(CultureInfo.InvariantCulture));
            }

            Field(sb, "type", Escape(d.Genre));
            Field(sb, "language", d.Language == "en" ? "english" : "french");
            Field(sb, "url", UrlField(d.Url));
            if (d.Countries.Count > 0)
            {
                Field(sb, "keywords", Escape(string.Join(", ", d.Countries)));
            }

            sb.Append("}\n\n");
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static void Field(StringBuilder sb, string name, string value) =>
        sb.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");

    /// <summary>LaTeX's special characters escaped; line breaks made spaces.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in CitedDocument.OneLine(text))
        {
            sb.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '#' => @"\#",
                '$' => @"\$",
                '%' => @"\%",
                '&' => @"\&",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>A URL is verbatim in biblatex; braces would unbalance the field, so they are percent-encoded.</summary>
    private static string UrlField(string url) => url.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal);
}
