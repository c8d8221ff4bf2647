using System.Globalization;
using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy;

namespace Knowledge.Generators.Exports.Tables;

/// <summary>One row of the evidence table, as text (and the two numbers a spreadsheet should sort as numbers).</summary>
internal sealed record EvidenceTableRow(
    string Quote,
    string Citation,
    string Document,
    int? Year,
    string Location,
    int? Page,
    string CountryCodes,
    string Countries,
    string ThemeCodes,
    string Themes,
    string Kind,
    string Roles,
    string Link,
    string Id);

/// <summary>The evidence table's columns and rows, the same for XLSX and CSV.</summary>
internal static class EvidenceTableRows
{
    /// <summary>Header keys in column order (see <c>ExportText.resx</c>, <c>Column.*</c>).</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["Quote", "Citation", "Document", "Year", "Page", "CountryCodes", "Countries", "ThemeCodes", "Themes", "Kind", "Roles", "Link", "Id"];

    public static IReadOnlyList<string> Headers(string language) => [.. Columns.Select(c => ExportText.Get("Column." + c, language))];

    public static IEnumerable<EvidenceTableRow> Of(EvidenceExport export, EvidenceTaxonomy taxonomy)
    {
        var lang = export.Language;
        var separator = "; ";
        foreach (var row in export.Findings)
        {
            var f = row.Finding;
            yield return new EvidenceTableRow(
                f.Text,
                EvidenceExporter.CitationOf(row, lang),
                f.DocumentTitle,
                f.Year,
                Location(f, lang),
                f.Page > 0 && f.PageEnd <= f.Page ? f.Page : null,
                string.Join(separator, f.Countries),
                string.Join(separator, f.Countries.Select(c => taxonomy.FindCountry(c)?.Name.Get(lang) ?? c)),
                string.Join(separator, f.Themes),
                string.Join(separator, f.Themes.Select(t => taxonomy.FindTheme(t)?.Label.Get(lang) ?? t)),
                ExportText.Get("FindingKind." + f.Kind.ToCode(), lang),
                string.Join(separator, f.Roles.Select(r => ExportText.Get("Role." + r.ToCode(), lang))),
                export.FindingUrl(f.Id),
                f.Id);
        }
    }

    /// <summary>The page ("12", "12-13"), or the Word locator ("§ 3.2, al. 4") when the file has no pages.</summary>
    private static string Location(Finding f, string language)
    {
        if (f.Page > 0)
        {
            return f.PageEnd > f.Page
                ? string.Create(CultureInfo.InvariantCulture, $"{f.Page}-{f.PageEnd}")
                : f.Page.ToString(CultureInfo.InvariantCulture);
        }

        // The citation's own locator, without the title and year before it.
        var bare = new Citation(string.Empty, null, 0, 0, null, f.Section, f.Paragraph, f.ParagraphEnd).Format(language);
        var comma = bare.IndexOf(", ", 2, StringComparison.Ordinal);
        return comma < 0 ? string.Empty : bare[(comma + 2)..];
    }
}

/// <summary>What a spreadsheet cell may hold: text XML can carry, never read as a formula.</summary>
internal static class CellText
{
    /// <summary>Longest text a spreadsheet cell holds (Excel's limit).</summary>
    public const int MaxLength = 32_767;

    /// <summary>
    /// True when a spreadsheet would read the text as a formula or a command (OWASP "CSV injection"):
    /// it starts with = + - @, a tab or a carriage return.
    /// </summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>The text without characters XML 1.0 cannot carry (control characters, lone surrogates), cut to <see cref="MaxLength"/>.</summary>
    public static string Clean(string text)
    {
        var needsCleaning = false;
        for (var i = 0; i < text.Length && !needsCleaning; i++)
        {
            needsCleaning = !IsXmlChar(text, i);
        }

        if (needsCleaning)
        {
            var sb = new System.Text.StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(text[i]).Append(text[i + 1]);
                    i++;
                }
                else if (IsXmlChar(text, i))
                {
                    sb.Append(text[i]);
                }
            }

            text = sb.ToString();
        }

        if (text.Length > MaxLength)
        {
            text = text[..(char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength)];
        }

        return text;
    }

    private static bool IsXmlChar(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(text[i - 1]);
        }

        return c is '\t' or '\n' or '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF');
    }
}
