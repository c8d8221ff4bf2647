using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Knowledge.Ingest.Extraction;

/// <summary>
/// Reads a Word document: heading styles (or outline levels) become headings, numbered/bulleted
/// paragraphs list items, tables readable rows, footnote/endnote references note markers.
/// Page numbers follow the page breaks Word recorded when it last laid the file out.
/// </summary>
internal static class DocxTextExtractor
{
    public static ExtractedDocument Extract(Stream docx, CancellationToken cancellationToken)
    {
        WordprocessingDocument doc;
        try
        {
            doc = WordprocessingDocument.Open(docx, false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            throw new ExtractionException("unreadable", $"fichier Word illisible : {ex.Message}", ex);
        }

        using (doc)
        {
            var main = doc.MainDocumentPart ?? throw new ExtractionException("unreadable", "fichier Word illisible : pas de document principal");
            var body = main.Document?.Body ?? throw new ExtractionException("unreadable", "fichier Word illisible : corps du document absent");
            var styles = StyleLevels(main);
            var notes = new Dictionary<string, string>(StringComparer.Ordinal);
            CollectNotes(main.FootnotesPart?.Footnotes?.Elements<Footnote>().Select(f => (f.Id?.Value, (OpenXmlElement)f)), "", notes);
            CollectNotes(main.EndnotesPart?.Endnotes?.Elements<Endnote>().Select(f => (f.Id?.Value, (OpenXmlElement)f)), "", notes);

            var blocks = new List<TextBlock>();
            var page = 1;
            foreach (var element in body.ChildElements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (element is Paragraph p)
                {
                    var (text, refs, breaks) = ParagraphText(p);
                    var startPage = page;
                    page += breaks;
                    text = TextCleanup.CollapseSpaces(TextCleanup.Normalize(text));
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    var level = HeadingLevel(p, styles);
                    var kind = level > 0 ? BlockKind.Heading : p.ParagraphProperties?.NumberingProperties is not null || IsListStyle(p) ? BlockKind.ListItem : BlockKind.Paragraph;
                    blocks.Add(new TextBlock { Kind = kind, Text = text, Page = startPage, PageEnd = page, HeadingLevel = level, NoteRefs = refs });
                }
                else if (element is Table table)
                {
                    var rows = new List<string>();
                    var refs = new List<string>();
                    var startPage = page;
                    foreach (var row in table.Elements<TableRow>())
                    {
                        var cells = new List<string>();
                        foreach (var cell in row.Elements<TableCell>())
                        {
                            var parts = cell.Elements<Paragraph>().Select(ParagraphText).ToList();
                            page += parts.Sum(x => x.Breaks);
                            refs.AddRange(parts.SelectMany(x => x.Refs));
                            cells.Add(TextCleanup.CollapseSpaces(TextCleanup.Normalize(string.Join(" ", parts.Select(x => x.Text)))));
                        }

                        if (cells.Any(c => c.Length > 0))
                        {
                            rows.Add(string.Join(" | ", cells));
                        }
                    }

                    if (rows.Count > 0)
                    {
                        blocks.Add(new TextBlock { Kind = BlockKind.Table, Text = string.Join("\n", rows), Page = startPage, PageEnd = page, NoteRefs = refs.Distinct().ToList() });
                    }
                }
            }

            if (blocks.Count == 0)
            {
                throw new ExtractionException("no-text", "document Word vide : aucun texte");
            }

            var props = doc.PackageProperties;
            var title = string.IsNullOrWhiteSpace(props.Title) ? null : props.Title.Trim();
            return new ExtractedDocument
            {
                Title = title,
                Author = string.IsNullOrWhiteSpace(props.Creator) ? null : props.Creator.Trim(),
                Year = props.Created?.Year is int y and > 1990 ? y : null,
                Pages = page,
                Blocks = blocks,
                Notes = notes,
            };
        }
    }

    private static (string Text, IReadOnlyList<string> Refs, int Breaks) ParagraphText(Paragraph p)
    {
        var sb = new StringBuilder();
        var refs = new List<string>();
        var breaks = 0;
        foreach (var node in p.Descendants())
        {
            switch (node)
            {
                case Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar:
                    sb.Append(' ');
                    break;
                case Break br when br.Type?.Value == BreakValues.Page:
                    breaks++;
                    sb.Append(' ');
                    break;
                case Break:
                    sb.Append(' ');
                    break;
                case LastRenderedPageBreak:
                    breaks++;
                    break;
                case FootnoteReference fr when fr.Id?.Value is long id:
                    refs.Add(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case EndnoteReference er when er.Id?.Value is long id:
                    refs.Add(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        return (sb.ToString(), refs, breaks);
    }

    private static void CollectNotes(IEnumerable<(long? Id, OpenXmlElement Note)>? notes, string prefix, Dictionary<string, string> output)
    {
        if (notes is null)
        {
            return;
        }

        foreach (var (id, note) in notes)
        {
            // Ids -1 and 0 are Word's separator notes, not content.
            if (id is null or <= 0)
            {
                continue;
            }

            var text = TextCleanup.CollapseSpaces(TextCleanup.Normalize(string.Join(" ", note.Descendants<Paragraph>().Select(p => ParagraphText(p).Text))));
            if (text.Length > 0)
            {
                output[prefix + id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)] = text;
            }
        }
    }

    private static Dictionary<string, int> StyleLevels(MainDocumentPart main)
    {
        var levels = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var styles = main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [];
        foreach (var style in styles)
        {
            var id = style.StyleId?.Value;
            if (id is null)
            {
                continue;
            }

            var outline = style.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
            var name = style.StyleName?.Val?.Value ?? id;
            var level = outline is int o ? o + 1 : LevelFromName(name) ?? LevelFromName(id) ?? 0;
            if (level > 0)
            {
                levels[id] = level;
            }
        }

        return levels;
    }

    private static int? LevelFromName(string name)
    {
        var n = name.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (n is "title" or "titre")
        {
            return 1;
        }

        foreach (var prefix in new[] { "heading", "titre" })
        {
            if (n.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(n[prefix.Length..], out var l) && l is >= 1 and <= 9)
            {
                return l;
            }
        }

        return null;
    }

    private static int HeadingLevel(Paragraph p, Dictionary<string, int> styles)
    {
        var props = p.ParagraphProperties;
        if (props?.OutlineLevel?.Val?.Value is int o && o < 9)
        {
            return o + 1;
        }

        var style = props?.ParagraphStyleId?.Val?.Value;
        return style is not null && styles.TryGetValue(style, out var level) ? level : 0;
    }

    private static bool IsListStyle(Paragraph p)
    {
        var style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        return style is not null && (style.Contains("List", StringComparison.OrdinalIgnoreCase) || style.Contains("Liste", StringComparison.OrdinalIgnoreCase));
    }
}
