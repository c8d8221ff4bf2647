using System.Text.RegularExpressions;
using Knowledge.Core.Evidence;

namespace Knowledge.Ingest.Extraction;

/// <summary>
/// How a table reads as text, for every format: each body row on its own line, whole and
/// self-contained ("Niger — Valeur : 76 % — Source : EDSN-MICS 2012"), led by the caption.
/// </summary>
internal static partial class TableText
{
    /// <summary>A caption line: "Tableau 1 : …", "Table 2 – …", "Tab. 3. …" (and Markdown's "Table: …").</summary>
    public static bool IsCaption(string text) => Caption().IsMatch(text);

    /// <summary>One row as text: the first filled cell names the row; the others say which column they fill.</summary>
    public static string Row(IReadOnlyList<string> header, IReadOnlyList<string> row)
    {
        var parts = new List<string>(row.Count);
        for (var c = 0; c < row.Count; c++)
        {
            if (row[c].Length == 0)
            {
                continue;
            }

            var label = c < header.Count ? header[c] : string.Empty;
            parts.Add(parts.Count == 0 || label.Length == 0 ? row[c] : label + " : " + row[c]);
        }

        return string.Join(" — ", parts);
    }

    /// <summary>
    /// Gives structure to the table blocks that came without it (Word and Markdown tables arrive as
    /// "cell | cell" lines): the first row is the header, and a caption paragraph just before the
    /// table becomes its caption.
    /// </summary>
    public static List<TextBlock> Complete(IReadOnlyList<TextBlock> blocks)
    {
        var result = new List<TextBlock>(blocks.Count);
        foreach (var b in blocks)
        {
            if (b.Kind != BlockKind.Table || b.Table is not null)
            {
                result.Add(b);
                continue;
            }

            var rows = b.Text.Split('\n').Select(r => r.Split(" | ").Select(c => c.Trim()).ToArray()).Where(r => r.Any(c => c.Length > 0)).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            string? caption = null;
            var paragraph = b.Paragraph;
            if (result.Count > 0 && result[^1] is { Kind: BlockKind.Paragraph or BlockKind.Heading } prev && IsCaption(prev.Text) && TextCleanup.CountWords(prev.Text) <= 40)
            {
                // The table's findings open with the caption, so their locator starts at it.
                caption = prev.Text;
                paragraph = prev.Paragraph;
                result.RemoveAt(result.Count - 1);
            }

            var header = rows.Count > 1 ? rows[0] : [];
            var body = rows.Count > 1 ? rows.Skip(1).ToList() : rows;
            result.Add(b with
            {
                Paragraph = paragraph,
                Text = string.Join("\n", body.Select(r => Row(header, r))),
                Table = new FindingTable { Caption = caption, Columns = header, Rows = [.. body.Select(r => (IReadOnlyList<string>)r)] },
            });
        }

        return result;
    }

    [GeneratedRegex(@"^\s*(?:(?:tableau|table|tab\.)\s*(?:n°\s*)?[\dIVX]{1,3}(?:\.\d{1,2})?\s*[:.–—-]|table\s*:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Caption();
}
