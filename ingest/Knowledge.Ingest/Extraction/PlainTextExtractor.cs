using System.Text;
using System.Text.RegularExpressions;

namespace Knowledge.Ingest.Extraction;

/// <summary>
/// Reads plain text and Markdown: <c>#</c> headings, blank-line paragraphs, <c>-</c>/<c>*</c>/<c>1.</c>
/// list items, pipe tables, <c>[^n]</c> note markers with their <c>[^n]: …</c> definitions, an
/// optional front matter (<c>title:</c>, <c>year:</c>, <c>publisher:</c>…) and form feeds as page breaks.
/// </summary>
internal static partial class PlainTextExtractor
{
    public static (ExtractedDocument Document, IReadOnlyDictionary<string, string> FrontMatter) Extract(Stream stream, CancellationToken cancellationToken)
    {
        string content;
        using (var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            content = reader.ReadToEnd();
        }

        if (content.Contains('\0', StringComparison.Ordinal))
        {
            throw new ExtractionException("unreadable", "fichier texte illisible : contenu binaire");
        }

        var front = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var i = 0;
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            for (i = 1; i < lines.Length && lines[i].Trim() != "---"; i++)
            {
                var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    front[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim().Trim('"', '\'');
                }
            }

            i++;
        }

        var blocks = new List<TextBlock>();
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        var paragraph = new List<string>();
        var kind = BlockKind.Paragraph;
        var page = 1;
        var startPage = 1;

        void Flush()
        {
            if (paragraph.Count == 0)
            {
                return;
            }

            var raw = kind == BlockKind.Table ? string.Join("\n", paragraph) : string.Join(" ", paragraph);
            var refs = new List<string>();
            raw = NoteRef().Replace(raw, m =>
            {
                refs.Add(m.Groups[1].Value);
                return string.Empty;
            });
            var text = kind == BlockKind.Table
                ? string.Join("\n", raw.Split('\n').Select(r => TextCleanup.CollapseSpaces(TextCleanup.Normalize(r))))
                : TextCleanup.CollapseSpaces(TextCleanup.Normalize(Emphasis().Replace(raw, "$1")));
            if (text.Length > 0)
            {
                blocks.Add(new TextBlock { Kind = kind, Text = text, Page = startPage, PageEnd = page, NoteRefs = refs });
            }

            paragraph.Clear();
            kind = BlockKind.Paragraph;
        }

        for (; i < lines.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i];
            if (line.Contains('\f', StringComparison.Ordinal))
            {
                page += line.Count(c => c == '\f');
                line = line.Replace("\f", string.Empty, StringComparison.Ordinal);
            }

            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                Flush();
                continue;
            }

            var noteDef = NoteDefinition().Match(trimmed);
            if (noteDef.Success)
            {
                Flush();
                notes[noteDef.Groups[1].Value] = TextCleanup.CollapseSpaces(TextCleanup.Normalize(noteDef.Groups[2].Value));
                continue;
            }

            var heading = Heading().Match(trimmed);
            if (heading.Success)
            {
                Flush();
                blocks.Add(new TextBlock
                {
                    Kind = BlockKind.Heading,
                    Text = TextCleanup.CollapseSpaces(TextCleanup.Normalize(heading.Groups[2].Value.Trim('#', ' '))),
                    Page = page,
                    PageEnd = page,
                    HeadingLevel = heading.Groups[1].Length,
                });
                continue;
            }

            if (trimmed.StartsWith('|'))
            {
                if (kind != BlockKind.Table)
                {
                    Flush();
                    kind = BlockKind.Table;
                    startPage = page;
                }

                if (!TableRule().IsMatch(trimmed))
                {
                    paragraph.Add(string.Join(" | ", trimmed.Trim('|').Split('|').Select(c => c.Trim())));
                }

                continue;
            }

            var list = ListItem().Match(trimmed);
            if (list.Success || kind == BlockKind.Table)
            {
                Flush();
                kind = list.Success ? BlockKind.ListItem : BlockKind.Paragraph;
                startPage = page;
                paragraph.Add(list.Success ? list.Groups[1].Value : trimmed);
                continue;
            }

            if (paragraph.Count == 0)
            {
                startPage = page;
            }

            paragraph.Add(trimmed);
        }

        Flush();
        if (blocks.Count == 0)
        {
            throw new ExtractionException("no-text", "fichier texte vide : aucun texte");
        }

        var document = new ExtractedDocument
        {
            Title = front.GetValueOrDefault("title"),
            Author = front.GetValueOrDefault("publisher") ?? front.GetValueOrDefault("author"),
            Year = int.TryParse(front.GetValueOrDefault("year"), out var y) ? y : null,
            Pages = page,
            Blocks = blocks,
            Notes = notes,
        };
        return (document, front);
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:[-*+•]|\d{1,3}[.)])\s+(.+)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\|?[\s:|-]+\|?$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"\[\^([^\]\s]{1,10})\]")]
    private static partial Regex NoteRef();

    [GeneratedRegex(@"^\[\^([^\]\s]{1,10})\]:\s*(.+)$")]
    private static partial Regex NoteDefinition();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Emphasis();
}
