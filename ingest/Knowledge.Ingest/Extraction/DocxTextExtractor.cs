using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Knowledge.Ingest.Extraction;

/// <summary>
/// Reads a Word document as a stream of XML events (<see cref="OpenXmlReader"/>), never as a whole
/// tree, so a part that inflates to gigabytes costs no more than the limits allow: decompressed
/// characters per part, paragraphs and total text are counted as they are read, and the file is
/// refused as soon as one is passed. Heading styles (or outline levels) become headings,
/// numbered/bulleted paragraphs list items, tables readable rows, note references note markers.
/// Every block carries a locator that exists in the file: the page, when Word recorded its page
/// breaks, and always the section number and paragraph within it.
/// </summary>
internal static class DocxTextExtractor
{
    public static ExtractedDocument Extract(Stream docx, ExtractionLimits limits, CancellationToken cancellationToken)
    {
        CheckDeclaredSizes(docx, limits);

        WordprocessingDocument doc;
        try
        {
            // The SDK's own guard against entity and inflation bombs: any part read through it stops
            // at this many characters with an XmlException, whatever the zip header claims.
            doc = WordprocessingDocument.Open(docx, false, new OpenSettings { MaxCharactersInPart = limits.MaxPartChars });
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            throw new ExtractionException("unreadable", $"fichier Word illisible : {ex.Message}", ex);
        }

        using (doc)
        {
            var main = doc.MainDocumentPart ?? throw new ExtractionException("unreadable", "fichier Word illisible : pas de document principal");
            var budget = new Budget(limits);
            try
            {
                var (styles, titles) = main.StyleDefinitionsPart is { } stylePart ? StyleLevels(stylePart, cancellationToken) : ([], []);
                var notes = new Dictionary<string, string>(StringComparer.Ordinal);
                if (main.FootnotesPart is { } footnotes)
                {
                    ReadNotes(footnotes, budget, notes, cancellationToken);
                }

                if (main.EndnotesPart is { } endnotes)
                {
                    ReadNotes(endnotes, budget, notes, cancellationToken);
                }

                var body = new BodyReader(styles, titles, budget);
                using (var reader = OpenXmlReader.Create(main))
                {
                    body.Read(reader, cancellationToken);
                }

                var blocks = body.Blocks();
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
                    Pages = body.RecordsPages ? body.LastPage : 0,
                    Blocks = blocks,
                    Notes = notes,
                };
            }
            catch (XmlException ex) when (ex.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
            {
                throw ExtractionLimits.Oversized(string.Create(CultureInfo.InvariantCulture, $"une partie du fichier dépasse {limits.MaxPartChars / 1_000_000} millions de caractères"), ex);
            }
            catch (Exception ex) when (ex is XmlException or OpenXmlPackageException or InvalidDataException or IOException)
            {
                throw new ExtractionException("unreadable", $"fichier Word illisible : {ex.Message}", ex);
            }
        }
    }

    /// <summary>
    /// A zip header that admits an inflated size beyond the limit is refused before anything is
    /// inflated; a header that lies is caught by the character limit while reading.
    /// </summary>
    private static void CheckDeclaredSizes(Stream docx, ExtractionLimits limits)
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(docx, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                // Pictures and embedded files are never inflated; only the XML parts are read.
                if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                total += entry.Length;
                if (entry.Length > limits.MaxPartChars * 4L)
                {
                    throw ExtractionLimits.Oversized(string.Create(CultureInfo.InvariantCulture, $"la partie {entry.FullName} se décompresse en {entry.Length / (1024 * 1024)} Mo (limite {limits.MaxPartChars * 4L / (1024 * 1024)} Mo)"));
                }
            }

            if (total > limits.MaxPartChars * 16L)
            {
                throw ExtractionLimits.Oversized(string.Create(CultureInfo.InvariantCulture, $"{total / (1024 * 1024)} Mo une fois décompressé (limite {limits.MaxPartChars * 16L / (1024 * 1024)} Mo)"));
            }
        }
        catch (InvalidDataException ex)
        {
            throw new ExtractionException("unreadable", $"fichier Word illisible : {ex.Message}", ex);
        }
        finally
        {
            docx.Position = 0;
        }
    }

    /// <summary>Counts paragraphs and characters across every part read, against the limits.</summary>
    private sealed class Budget(ExtractionLimits limits)
    {
        private int _paragraphs;
        private long _chars;

        public void Paragraph()
        {
            if (++_paragraphs > limits.MaxParagraphs)
            {
                throw ExtractionLimits.Oversized(string.Create(CultureInfo.InvariantCulture, $"plus de {limits.MaxParagraphs} paragraphes"));
            }
        }

        public void Text(int length)
        {
            _chars += length;
            if (_chars > limits.MaxTextChars)
            {
                throw ExtractionLimits.Oversized(string.Create(CultureInfo.InvariantCulture, $"plus de {limits.MaxTextChars / 1_000_000} millions de caractères de texte"));
            }
        }
    }

    /// <summary>Text of one paragraph as it is read, with its note references and where its text sits.</summary>
    private sealed class ParagraphState
    {
        public StringBuilder Text { get; } = new();

        public List<string> Refs { get; } = [];

        public string? Style { get; set; }

        public int? OutlineLevel { get; set; }

        public bool Numbered { get; set; }

        public int FirstPage { get; set; }

        public int LastPage { get; set; }
    }

    /// <summary>
    /// Walks the body's events. Paragraphs nested in a paragraph (text boxes) add to the outer one;
    /// paragraphs inside a table add to the current cell; a nested table's text stays in its cell.
    /// </summary>
    private sealed class BodyReader(Dictionary<string, int> styles, HashSet<string> titles, Budget budget)
    {
        private readonly List<TextBlock> _blocks = [];
        private readonly int[] _headingCounters = new int[10];
        private string? _section;
        private int _paragraphInSection;

        private int _page = 1;
        private bool _textSinceBreak = true;
        private bool _pageBreakBeforeNext;

        private ParagraphState? _paragraph;
        private int _paragraphDepth;
        private int _tableDepth;
        private List<List<string>>? _rows;
        private List<string>? _cells;
        private StringBuilder? _cell;
        private List<string>? _tableRefs;
        private int _tableFirstPage;
        private int _tableLastPage;

        public bool RecordsPages { get; private set; }

        public int LastPage => _page;

        public List<TextBlock> Blocks() =>
            RecordsPages ? _blocks : [.. _blocks.Select(b => b with { Page = 0, PageEnd = 0 })];

        public void Read(OpenXmlReader reader, CancellationToken cancellationToken)
        {
            var inBody = false;
            var events = 0;
            while (reader.Read())
            {
                if ((++events & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var type = reader.ElementType;
                if (type == typeof(Body))
                {
                    inBody = reader.IsStartElement;
                    continue;
                }

                if (!inBody)
                {
                    continue;
                }

                if (reader.IsStartElement)
                {
                    Start(reader, type);
                }
                else if (reader.IsEndElement)
                {
                    End(type);
                }
            }
        }

        private void Start(OpenXmlReader reader, Type type)
        {
            if (type == typeof(Paragraph))
            {
                budget.Paragraph();
                if (_paragraphDepth++ == 0)
                {
                    _paragraph = new ParagraphState { FirstPage = 0 };
                }

                return;
            }

            if (type == typeof(Table))
            {
                if (_tableDepth++ == 0 && _paragraphDepth == 0)
                {
                    _rows = [];
                    _tableRefs = [];
                    _tableFirstPage = 0;
                    _tableLastPage = 0;
                }

                return;
            }

            if (type == typeof(TableRow) && _tableDepth == 1)
            {
                _cells = [];
                return;
            }

            if (type == typeof(TableCell) && _tableDepth == 1)
            {
                _cell = new StringBuilder();
                return;
            }

            var p = _paragraph;
            if (p is null)
            {
                return;
            }

            if (type == typeof(Text))
            {
                var text = reader.GetText();
                budget.Text(text.Length);
                if (text.Length > 0)
                {
                    p.Text.Append(text);
                    Touch(p);
                }
            }
            else if (type == typeof(TabChar) || type == typeof(CarriageReturn) || type == typeof(PositionalTab))
            {
                p.Text.Append(' ');
            }
            else if (type == typeof(NoBreakHyphen))
            {
                p.Text.Append('-');
            }
            else if (type == typeof(Break))
            {
                var kind = Attribute(reader, "type");
                if (kind == "page")
                {
                    PageBreak(rendered: false);
                }

                p.Text.Append(' ');
            }
            else if (type == typeof(LastRenderedPageBreak))
            {
                PageBreak(rendered: true);
            }
            else if (type == typeof(FootnoteReference) || type == typeof(EndnoteReference))
            {
                if (long.TryParse(Attribute(reader, "id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                {
                    (_tableDepth > 0 && _tableRefs is not null ? _tableRefs : p.Refs).Add(id.ToString(CultureInfo.InvariantCulture));
                }
            }
            else if (_paragraphDepth == 1 && type == typeof(ParagraphStyleId))
            {
                p.Style = Attribute(reader, "val");
            }
            else if (_paragraphDepth == 1 && type == typeof(OutlineLevel))
            {
                p.OutlineLevel = int.TryParse(Attribute(reader, "val"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var o) ? o : null;
            }
            else if (_paragraphDepth == 1 && type == typeof(NumberingProperties))
            {
                p.Numbered = true;
            }
            else if (_paragraphDepth == 1 && type == typeof(SectionProperties))
            {
                // A section break inside a paragraph starts the next section on a new page unless
                // it is continuous; Word records no other trace of that page when it did not lay out.
                var sectionType = reader.LoadCurrentElement() is SectionProperties sp ? sp.GetFirstChild<SectionType>()?.Val?.Value : null;
                if (sectionType is null || sectionType != SectionMarkValues.Continuous)
                {
                    _pageBreakBeforeNext = true;
                }
            }
        }

        private void End(Type type)
        {
            if (type == typeof(Paragraph))
            {
                if (--_paragraphDepth == 0 && _paragraph is { } p)
                {
                    _paragraph = null;
                    EndParagraph(p);
                }

                return;
            }

            if (type == typeof(TableCell) && _tableDepth == 1 && _cell is not null)
            {
                _cells?.Add(TextCleanup.CollapseSpaces(TextCleanup.Normalize(_cell.ToString())));
                _cell = null;
                return;
            }

            if (type == typeof(TableRow) && _tableDepth == 1 && _cells is not null)
            {
                if (_cells.Any(c => c.Length > 0))
                {
                    _rows?.Add(_cells);
                }

                _cells = null;
                return;
            }

            if (type == typeof(Table) && --_tableDepth == 0 && _rows is not null)
            {
                if (_rows.Count > 0)
                {
                    AddBlock(
                        BlockKind.Table,
                        string.Join("\n", _rows.Select(r => string.Join(" | ", r))),
                        _tableFirstPage == 0 ? _page : _tableFirstPage,
                        _tableLastPage == 0 ? _page : _tableLastPage,
                        0,
                        [.. _tableRefs!.Distinct()]);
                }

                _rows = null;
                _tableRefs = null;
            }
        }

        private void Touch(ParagraphState p)
        {
            _textSinceBreak = true;
            if (p.FirstPage == 0)
            {
                p.FirstPage = _page;
            }

            p.LastPage = _page;
            if (_tableDepth > 0)
            {
                _tableFirstPage = _tableFirstPage == 0 ? _page : _tableFirstPage;
                _tableLastPage = _page;
            }
        }

        /// <summary>
        /// Word writes a rendered break at the top of the page an explicit break (or section break)
        /// opened; counted twice that would cite a page that does not exist.
        /// </summary>
        private void PageBreak(bool rendered)
        {
            RecordsPages = true;
            if (rendered && !_textSinceBreak)
            {
                return;
            }

            _page++;
            _textSinceBreak = false;
        }

        private void EndParagraph(ParagraphState p)
        {
            if (_tableDepth > 0)
            {
                if (_cell is not null)
                {
                    if (_cell.Length > 0)
                    {
                        _cell.Append(' ');
                    }

                    _cell.Append(p.Text);
                }

                FlushSectionBreak();
                return;
            }

            var text = TextCleanup.CollapseSpaces(TextCleanup.Normalize(p.Text.ToString()));
            if (text.Length > 0)
            {
                var level = HeadingLevel(p);
                var kind = level > 0 ? BlockKind.Heading
                    : p.Numbered || IsListStyle(p.Style) ? BlockKind.ListItem
                    : BlockKind.Paragraph;
                var title = kind == BlockKind.Heading && p.Style is not null && titles.Contains(p.Style);
                AddBlock(kind, text, p.FirstPage == 0 ? _page : p.FirstPage, p.LastPage == 0 ? _page : p.LastPage, level, p.Refs, title);
            }

            FlushSectionBreak();
        }

        private void FlushSectionBreak()
        {
            if (_pageBreakBeforeNext)
            {
                _pageBreakBeforeNext = false;
                PageBreak(rendered: false);
            }
        }

        private void AddBlock(BlockKind kind, string text, int page, int pageEnd, int level, IReadOnlyList<string> refs, bool title = false)
        {
            if (kind == BlockKind.Heading)
            {
                // The document's title heads it all; numbering its sections from the title would
                // make every "§ 1" a "§ 2" against the headings the reader sees.
                if (title)
                {
                    (_section, _paragraphInSection) = (null, 0);
                }
                else
                {
                    EnterSection(level, text);
                }

                _blocks.Add(new TextBlock { Kind = kind, Text = text, Page = page, PageEnd = pageEnd, HeadingLevel = level, NoteRefs = refs, Section = _section });
                return;
            }

            // A sentence that a page break cut into two paragraphs ("… les enfants" / "sont exposés …")
            // is one paragraph in the file's meaning: it stays whole, with no line break inside.
            if (kind == BlockKind.Paragraph && _blocks.Count > 0 && _blocks[^1] is { Kind: BlockKind.Paragraph } last
                && pageEnd > last.PageEnd && !TextCleanup.EndsSentence(last.Text) && TextCleanup.StartsLower(text))
            {
                _blocks[^1] = last with { Text = last.Text + " " + text, PageEnd = pageEnd, NoteRefs = [.. last.NoteRefs, .. refs] };
                return;
            }

            _paragraphInSection++;
            _blocks.Add(new TextBlock
            {
                Kind = kind,
                Text = text,
                Page = page,
                PageEnd = Math.Max(page, pageEnd),
                NoteRefs = refs,
                Section = _section,
                Paragraph = _paragraphInSection,
            });
        }

        /// <summary>
        /// The section number is the one the heading prints ("3.2 Les causes") when it has one, else
        /// the heading's position among its siblings, counted the way a reader would number them.
        /// </summary>
        private void EnterSection(int level, string heading)
        {
            level = Math.Clamp(level, 1, _headingCounters.Length - 1);
            _headingCounters[level]++;
            for (var l = level + 1; l < _headingCounters.Length; l++)
            {
                _headingCounters[l] = 0;
            }

            var printed = PrintedNumber(heading);
            _section = printed ?? string.Join(".", _headingCounters.Skip(1).Take(level).Where(c => c > 0).Select(c => c.ToString(CultureInfo.InvariantCulture)));
            _paragraphInSection = 0;
        }

        private static string? PrintedNumber(string heading)
        {
            var end = 0;
            while (end < heading.Length && (char.IsAsciiDigit(heading[end]) || (heading[end] == '.' && end > 0)))
            {
                end++;
            }

            var number = heading[..end].TrimEnd('.');
            return number.Length > 0 && end < heading.Length && heading[end] == ' ' && number.Length <= 12 ? number : null;
        }

        private int HeadingLevel(ParagraphState p)
        {
            if (p.OutlineLevel is int o and >= 0 and < 9)
            {
                return o + 1;
            }

            return p.Style is not null && styles.TryGetValue(p.Style, out var level) ? level : 0;
        }
    }

    private static string? Attribute(OpenXmlReader reader, string localName)
    {
        foreach (var a in reader.Attributes)
        {
            if (a.LocalName == localName)
            {
                return a.Value;
            }
        }

        return null;
    }

    /// <summary>Footnotes and endnotes, read as a stream too: a notes part can be a bomb as well.</summary>
    private static void ReadNotes(OpenXmlPart part, Budget budget, Dictionary<string, string> output, CancellationToken cancellationToken)
    {
        using var reader = OpenXmlReader.Create(part);
        long? id = null;
        StringBuilder? text = null;
        var events = 0;
        while (reader.Read())
        {
            if ((++events & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var type = reader.ElementType;
            if (type == typeof(Footnote) || type == typeof(Endnote))
            {
                if (reader.IsStartElement)
                {
                    id = long.TryParse(Attribute(reader, "id"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
                    text = new StringBuilder();
                }
                else if (reader.IsEndElement && text is not null)
                {
                    // Ids -1 and 0 are Word's separator notes, not content.
                    var note = TextCleanup.CollapseSpaces(TextCleanup.Normalize(text.ToString()));
                    if (id is > 0 && note.Length > 0)
                    {
                        output[id.Value.ToString(CultureInfo.InvariantCulture)] = note;
                    }

                    text = null;
                }
            }
            else if (text is not null && reader.IsStartElement)
            {
                if (type == typeof(Text))
                {
                    var t = reader.GetText();
                    budget.Text(t.Length);
                    text.Append(t);
                }
                else if (type == typeof(Paragraph))
                {
                    budget.Paragraph();
                    text.Append(' ');
                }
                else if (type == typeof(TabChar) || type == typeof(Break) || type == typeof(CarriageReturn))
                {
                    text.Append(' ');
                }
            }
        }
    }

    /// <summary>Heading levels by style id, and the ids of title styles, read one style at a time.</summary>
    private static (Dictionary<string, int> Levels, HashSet<string> Titles) StyleLevels(StyleDefinitionsPart part, CancellationToken cancellationToken)
    {
        var levels = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Style) || !reader.IsStartElement)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (reader.LoadCurrentElement() is not Style style || style.StyleId?.Value is not { } id)
            {
                continue;
            }

            var outline = style.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
            var name = style.StyleName?.Val?.Value ?? id;
            var level = outline is int o and >= 0 and < 9 ? o + 1 : LevelFromName(name) ?? LevelFromName(id) ?? 0;
            if (level > 0)
            {
                levels[id] = level;
            }

            if (outline is null && name.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant() is "title" or "titre")
            {
                titles.Add(id);
            }
        }

        return (levels, titles);
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

    private static bool IsListStyle(string? style) =>
        style is not null && (style.Contains("List", StringComparison.OrdinalIgnoreCase) || style.Contains("Liste", StringComparison.OrdinalIgnoreCase));
}
