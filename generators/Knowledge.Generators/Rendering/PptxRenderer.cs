using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Knowledge.Generators.Toolkit;

namespace Knowledge.Generators.Rendering;

/// <summary>
/// Renders a <see cref="SlideDeck"/> as a 16:9 PPTX with the Open XML SDK. The theme, slide master,
/// layout and notes master are written here (minimal, valid, one "title only" layout), so the deck
/// has no dependency on a template file. Layout is computed, not left to autofit: each text box's
/// font size is the largest that fits its box by an estimate of line count, and tables pick their
/// size the same way; autofit stays on as a safety net. Quotes are italic runs of their own,
/// followed by their citation; the notes repeat every citation. Byte-stable like the DOCX.
/// </summary>
internal static class PptxRenderer
{
    private const long Emu = 914400; // per inch
    private const long SlideWidth = 12192000;
    private const long SlideHeight = 6858000;
    private const long Margin = Emu / 2;
    private const long ContentTop = (long)(1.75 * Emu);
    private const long ContentHeight = (long)(4.95 * Emu);
    private const long ContentWidth = SlideWidth - (2 * Margin);

    private const string Dark = "1F4E79";
    private const string Accent = "C55A11";
    private const string Ink = "1F2937";
    private const string Muted = "595959";
    private const string Light = "F3F6FA";

    private const string Ns = "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";

    public static byte[] Render(SlideDeck deck)
    {
        ArgumentNullException.ThrowIfNull(deck);
        var lang = deck.Language == "en" ? "en-GB" : "fr-FR";
        using var buffer = new MemoryStream();
        using (var package = PresentationDocument.Create(buffer, DocumentFormat.OpenXml.PresentationDocumentType.Presentation))
        {
            var presentation = package.AddPresentationPart();
            package.ChangeIdOfPart(presentation, "rIdPresentation");
            var master = presentation.AddNewPart<SlideMasterPart>("rIdMaster");
            var theme = master.AddNewPart<ThemePart>("rIdTheme");
            PackageParts.Feed(theme, ThemeXml);
            presentation.AddPart(theme, "rIdTheme");
            var layout = master.AddNewPart<SlideLayoutPart>("rIdLayout1");
            PackageParts.Feed(layout, LayoutXml(deck.Language));
            layout.AddPart(master, "rIdMaster");
            PackageParts.Feed(master, MasterXml(lang));

            var notesMaster = presentation.AddNewPart<NotesMasterPart>("rIdNotesMaster");
            var notesTheme = notesMaster.AddNewPart<ThemePart>("rIdTheme");
            PackageParts.Feed(notesTheme, ThemeXml);
            PackageParts.Feed(notesMaster, NotesMasterXml(lang));

            var slideIds = new StringBuilder();
            for (var i = 0; i < deck.Slides.Count; i++)
            {
                var number = (i + 1).ToString(CultureInfo.InvariantCulture);
                var slidePart = presentation.AddNewPart<SlidePart>("rIdSlide" + number);
                slidePart.AddPart(layout, "rIdLayout");
                PackageParts.Feed(slidePart, SlideXml(deck, i, lang));
                var notes = slidePart.AddNewPart<NotesSlidePart>("rIdNotes");
                notes.AddPart(slidePart, "rIdSlide");
                notes.AddPart(notesMaster, "rIdNotesMaster");
                PackageParts.Feed(notes, NotesXml(deck.Slides[i], lang));
                slideIds.Append(CultureInfo.InvariantCulture, $"<p:sldId id=\"{256 + i}\" r:id=\"rIdSlide{number}\"/>");
            }

            var props = presentation.AddNewPart<PresentationPropertiesPart>("rIdPresProps");
            PackageParts.Feed(props, $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:presentationPr {Ns}/>");
            var view = presentation.AddNewPart<ViewPropertiesPart>("rIdViewProps");
            PackageParts.Feed(view, $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:viewPr {Ns}><p:normalViewPr><p:restoredLeft sz=\"15620\"/><p:restoredTop sz=\"80000\"/></p:normalViewPr><p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>");
            var tableStyles = presentation.AddNewPart<TableStylesPart>("rIdTableStyles");
            PackageParts.Feed(tableStyles, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>");

            PackageParts.Feed(presentation, $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <p:presentation {Ns} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rIdMaster"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rIdNotesMaster"/></p:notesMasterIdLst><p:sldIdLst>{slideIds}</p:sldIdLst><p:sldSz cx="{SlideWidth}" cy="{SlideHeight}"/><p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle><a:lvl1pPr><a:defRPr lang="{lang}"/></a:lvl1pPr></p:defaultTextStyle></p:presentation>
                """);

            var core = package.AddCoreFilePropertiesPart();
            package.ChangeIdOfPart(core, "rIdCore");
            PackageParts.Feed(core, PackageParts.CoreXml(deck.Title, deck.Subject, [], PackageParts.Summary("Deck", deck.IndexState, deck.CreatedAt, deck.Request), deck.Language, deck.CreatedAt));
            var custom = package.AddCustomFilePropertiesPart();
            package.ChangeIdOfPart(custom, "rIdCustom");
            custom.Properties = PackageParts.CustomProperties("Deck", deck.Request, deck.IndexState);
        }

        return PackageParts.WithFixedZipTimestamps(buffer.ToArray());
    }

    private static string SlideXml(SlideDeck deck, int index, string lang)
    {
        var slide = deck.Slides[index];
        var shapes = new ShapeWriter(lang, deck.Language);
        if (slide.Kind == SlideKind.Title)
        {
            shapes.Rect(0, 0, SlideWidth, SlideHeight, Dark);
            shapes.Rect(Margin, (long)(4.05 * Emu), (long)(1.6 * Emu), (long)(0.06 * Emu), Accent);
            shapes.Title(slide.Title, Margin, (long)(1.2 * Emu), ContentWidth, (long)(2.7 * Emu), 36, "FFFFFF", anchor: "b");
            shapes.TextBox(slide.Items, Margin, (long)(4.3 * Emu), ContentWidth, (long)(2.4 * Emu), [24, 22, 20, 18, 16], "FFFFFF", "D6E4F0");
        }
        else
        {
            shapes.Title(slide.Title, Margin, (long)(0.3 * Emu), ContentWidth, (long)(1.15 * Emu), TitleSize(slide.Title), Dark, anchor: "b");
            shapes.Rect(Margin, (long)(1.52 * Emu), (long)(1.2 * Emu), (long)(0.05 * Emu), Accent);
            var tables = slide.Items.OfType<SlideTable>().ToList();
            var texts = slide.Items.Where(i => i is not SlideTable).ToList();
            if (tables.Count == 0)
            {
                shapes.TextBox(texts, Margin, ContentTop, ContentWidth, ContentHeight, [20, 18, 16, 15, 14, 13, 12, 11], Ink, Muted);
            }
            else
            {
                // A table, then its legend or notes right under it.
                var reserve = texts.Count > 0 ? (long)(0.8 * Emu) : 0;
                var tableHeight = shapes.Table(tables[0], Margin, ContentTop, ContentWidth, ContentHeight - reserve);
                if (texts.Count > 0)
                {
                    shapes.TextBox(texts, Margin, ContentTop + tableHeight + (long)(0.15 * Emu), ContentWidth, reserve, [14, 13, 12, 11, 10], Muted, Muted);
                }
            }

            // Footer: the deck's title and the slide number.
            shapes.Footer(deck.Title, index + 1, deck.Slides.Count);
        }

        return $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <p:sld {Ns}><p:cSld><p:spTree>{GroupProperties}{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>
            """;
    }

    /// <summary>Long message titles step down so they stay on two lines.</summary>
    private static int TitleSize(string title) => title.Length switch
    {
        <= 70 => 28,
        <= 100 => 24,
        <= 140 => 21,
        _ => 18,
    };

    private static string NotesXml(Slide slide, string lang)
    {
        var paragraphs = new StringBuilder();
        foreach (var line in slide.Notes.Count > 0 ? slide.Notes : [""])
        {
            paragraphs.Append(CultureInfo.InvariantCulture, $"<a:p><a:r><a:rPr lang=\"{lang}\" sz=\"1200\" dirty=\"0\"/><a:t>{X(line)}</a:t></a:r></a:p>");
        }

        return $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <p:notes {Ns}><p:cSld><p:spTree>{GroupProperties}<p:sp><p:nvSpPr><p:cNvPr id="2" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{paragraphs}</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>
            """;
    }

    private const string GroupProperties = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>";

    private static string X(string text) => SecurityElement.Escape(PackageParts.XmlSafe(text));

    /// <summary>Writes the shapes of one slide, numbering them.</summary>
    private sealed class ShapeWriter(string lang, string language)
    {
        private readonly StringBuilder _xml = new();
        private int _id = 2;

        public override string ToString() => _xml.ToString();

        public void Rect(long x, long y, long w, long h, string color)
        {
            var id = _id++;
            _xml.Append(CultureInfo.InvariantCulture, $"<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"Forme {id}\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{Xfrm(x, y, w, h)}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val=\"{color}\"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr></p:sp>");
        }

        public void Title(string text, long x, long y, long w, long h, int size, string color, string anchor)
        {
            var id = _id++;
            _xml.Append(CultureInfo.InvariantCulture, $"<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"Titre {id}\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr><p:spPr>{Xfrm(x, y, w, h)}</p:spPr>");
            _xml.Append(CultureInfo.InvariantCulture, $"<p:txBody><a:bodyPr vert=\"horz\" wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"{anchor}\"><a:normAutofit/></a:bodyPr><a:lstStyle/><a:p><a:pPr algn=\"l\"><a:lnSpc><a:spcPct val=\"95000\"/></a:lnSpc></a:pPr>{Run(text, size, color, bold: true)}</a:p></p:txBody></p:sp>");
        }

        public void Footer(string title, int number, int count)
        {
            var id = _id++;
            var y = SlideHeight - (long)(0.45 * Emu);
            _xml.Append(CultureInfo.InvariantCulture, $"<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"Pied {id}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr><p:spPr>{Xfrm(Margin, y, ContentWidth, (long)(0.3 * Emu))}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>");
            _xml.Append(CultureInfo.InvariantCulture, $"<p:txBody><a:bodyPr wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"ctr\"/><a:lstStyle/><a:p><a:pPr algn=\"l\"><a:tabLst><a:tab pos=\"{ContentWidth}\" algn=\"r\"/></a:tabLst></a:pPr>{Run(title, 10, Muted)}{Run("\t" + number.ToString(CultureInfo.InvariantCulture) + " / " + count.ToString(CultureInfo.InvariantCulture), 10, Muted)}</a:p></p:txBody></p:sp>");
        }

        /// <summary>Text, quotes and gaps in one box, at the largest of <paramref name="sizes"/> that fits.</summary>
        public void TextBox(IReadOnlyList<SlideItem> items, long x, long y, long w, long h, int[] sizes, string color, string muted)
        {
            var size = sizes[^1];
            foreach (var s in sizes)
            {
                if (Height(items, s, w) <= h / (double)Emu * 72)
                {
                    size = s;
                    break;
                }
            }

            var id = _id++;
            _xml.Append(CultureInfo.InvariantCulture, $"<p:sp><p:nvSpPr><p:cNvPr id=\"{id}\" name=\"Texte {id}\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr><p:spPr>{Xfrm(x, y, w, h)}<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>");
            _xml.Append("<p:txBody><a:bodyPr wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"t\"><a:normAutofit/></a:bodyPr><a:lstStyle/>");
            var small = Math.Max(9, size - 4);
            var spacing = (size * 60).ToString(CultureInfo.InvariantCulture);
            foreach (var item in items)
            {
                switch (item)
                {
                    case SlideQuote q:
                        if (q.Lead is { } lead)
                        {
                            _xml.Append(CultureInfo.InvariantCulture, $"<a:p><a:pPr><a:spcBef><a:spcPts val=\"{spacing}\"/></a:spcBef></a:pPr>{Run(lead, size, Accent, bold: true)}</a:p>");
                        }

                        var (open, close) = language == "en" ? ("\u201C", "\u201D") : ("«\u202F", "\u202F»");
                        _xml.Append(CultureInfo.InvariantCulture, $"<a:p><a:pPr><a:spcBef><a:spcPts val=\"{(q.Lead is null ? spacing : "0")}\"/></a:spcBef></a:pPr>{Run(open, size, color)}{Run(q.Quote.Text, size, color, italic: true)}{Run(close, size, color)}</a:p>");
                        _xml.Append(CultureInfo.InvariantCulture, $"<a:p><a:pPr algn=\"r\"/>{Run("— " + q.Quote.Source.Citation.Format(language), small, muted)}</a:p>");
                        break;
                    case SlideNote n:
                        _xml.Append(CultureInfo.InvariantCulture, $"<a:p><a:pPr><a:spcBef><a:spcPts val=\"{spacing}\"/></a:spcBef></a:pPr>{Run(n.Text, small, muted)}</a:p>");
                        break;
                    case SlideGap g:
                        _xml.Append(CultureInfo.InvariantCulture, $"<a:p><a:pPr><a:spcBef><a:spcPts val=\"{spacing}\"/></a:spcBef></a:pPr>{Run(g.Text, size, Accent, bold: true)}</a:p>");
                        break;
                    case SlideText t:
                        _xml.Append(CultureInfo.InvariantCulture, $"<a:p><a:pPr><a:spcBef><a:spcPts val=\"{spacing}\"/></a:spcBef></a:pPr>{(t.Lead is null ? "" : Run(t.Lead + " ", size, color, bold: true))}{Run(t.Text, size, color)}</a:p>");
                        break;
                }
            }

            _xml.Append("</p:txBody></p:sp>");
        }

        /// <summary>A real table: header row on the theme colour, gap cells tinted, the largest font that fits.</summary>
        /// <summary>Writes the table; returns its height in EMU.</summary>
        public long Table(SlideTable table, long x, long y, long w, long h)
        {
            var total = table.ColumnWeights.Sum();
            var widths = table.ColumnWeights.Select(c => (long)(w * c / total)).ToList();
            widths[^1] = w - widths.Take(widths.Count - 1).Sum();
            var size = 9;
            foreach (var s in new[] { 16, 14, 13, 12, 11, 10, 9 })
            {
                if (TableHeight(table, widths, s) <= h / (double)Emu * 72 && WordsFit(table, widths, s))
                {
                    size = s;
                    break;
                }
            }

            var rowHeights = new[] { table.Header }.Concat(table.Rows).Select(r => RowHeight(r, widths, size)).ToList();
            var id = _id++;
            _xml.Append(CultureInfo.InvariantCulture, $"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"{id}\" name=\"Tableau {id}\"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp=\"1\"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>");
            _xml.Append(CultureInfo.InvariantCulture, $"<p:xfrm><a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{w}\" cy=\"{rowHeights.Sum()}\"/></p:xfrm><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/table\"><a:tbl><a:tblPr firstRow=\"1\" bandRow=\"1\"/><a:tblGrid>");
            foreach (var width in widths)
            {
                _xml.Append(CultureInfo.InvariantCulture, $"<a:gridCol w=\"{width}\"/>");
            }

            _xml.Append("</a:tblGrid>");
            for (var r = -1; r < table.Rows.Count; r++)
            {
                var cells = r < 0 ? table.Header : table.Rows[r];
                _xml.Append(CultureInfo.InvariantCulture, $"<a:tr h=\"{rowHeights[r + 1]}\">");
                for (var c = 0; c < widths.Count; c++)
                {
                    var text = c < cells.Count ? cells[c] : "";
                    var header = r < 0;
                    var gap = !header && table.Empty.Contains((r, c));
                    var fill = header ? Dark : gap ? "FCE4D6" : r % 2 == 1 ? Light : "FFFFFF";
                    var numeric = !header && c > 0 && text.Length > 0 && text.All(char.IsDigit);
                    _xml.Append(CultureInfo.InvariantCulture, $"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr algn=\"{(numeric || (header && c > 0 && table.Rows.All(row => c < row.Count && row[c].All(char.IsDigit))) ? "ctr" : "l")}\"/>{Run(text, size, header ? "FFFFFF" : gap ? Accent : Ink, bold: header || gap)}</a:p></a:txBody>");
                    _xml.Append(CultureInfo.InvariantCulture, $"<a:tcPr marL=\"68580\" marR=\"68580\" marT=\"34290\" marB=\"34290\" anchor=\"ctr\"><a:lnL w=\"6350\"><a:solidFill><a:srgbClr val=\"D0D7E2\"/></a:solidFill></a:lnL><a:lnR w=\"6350\"><a:solidFill><a:srgbClr val=\"D0D7E2\"/></a:solidFill></a:lnR><a:lnT w=\"6350\"><a:solidFill><a:srgbClr val=\"D0D7E2\"/></a:solidFill></a:lnT><a:lnB w=\"6350\"><a:solidFill><a:srgbClr val=\"D0D7E2\"/></a:solidFill></a:lnB><a:solidFill><a:srgbClr val=\"{fill}\"/></a:solidFill></a:tcPr></a:tc>");
                }

                _xml.Append("</a:tr>");
            }

            _xml.Append("</a:tbl></a:graphicData></a:graphic></p:graphicFrame>");
            return rowHeights.Sum();
        }

        /// <summary>True when no word is wider than its column: a header such as "Recommandations" is never broken letter by letter.</summary>
        private static bool WordsFit(SlideTable table, List<long> widths, int size) =>
            new[] { table.Header }.Concat(table.Rows).All(row => row.Select((text, c) => (text, c)).All(cell =>
                cell.c >= widths.Count || cell.text.Split(' ').All(word => word.Length <= PerLine(widths[cell.c] - 137160, size * 1.1))));

        private string Run(string text, int size, string color, bool bold = false, bool italic = false) =>
            string.Create(CultureInfo.InvariantCulture, $"<a:r><a:rPr lang=\"{lang}\" sz=\"{size * 100}\"{(bold ? " b=\"1\"" : "")}{(italic ? " i=\"1\"" : "")} dirty=\"0\"><a:solidFill><a:srgbClr val=\"{color}\"/></a:solidFill></a:rPr><a:t>{X(text)}</a:t></a:r>");

        private static string Xfrm(long x, long y, long w, long h) => string.Create(CultureInfo.InvariantCulture, $"<a:xfrm><a:off x=\"{x}\" y=\"{y}\"/><a:ext cx=\"{w}\" cy=\"{h}\"/></a:xfrm>");

        /// <summary>Estimated height in points of the items at <paramref name="size"/> in a box <paramref name="width"/> EMU wide.</summary>
        private static double Height(IReadOnlyList<SlideItem> items, int size, long width)
        {
            var lines = 0.0;
            var paragraphs = 0;
            foreach (var item in items)
            {
                switch (item)
                {
                    case SlideQuote q:
                        lines += (q.Lead is null ? 0 : Lines(q.Lead, size, width)) + Lines(q.Quote.Text + "«  »", size, width)
                            + (Lines(q.Quote.Source.Citation.Format() + "— ", Math.Max(9, size - 4), width) * Math.Max(9, size - 4) / size);
                        paragraphs++;
                        break;
                    case SlideNote n:
                        lines += Lines(n.Text, Math.Max(9, size - 4), width) * Math.Max(9, size - 4) / size;
                        paragraphs++;
                        break;
                    case SlideGap g:
                        lines += Lines(g.Text, size, width);
                        paragraphs++;
                        break;
                    case SlideText t:
                        lines += Lines((t.Lead ?? "") + " " + t.Text, size, width);
                        paragraphs++;
                        break;
                }
            }

            return (lines * size * 1.2) + (paragraphs * size * 0.6);
        }

        private static double TableHeight(SlideTable table, IReadOnlyList<long> widths, int size) =>
            new[] { table.Header }.Concat(table.Rows).Sum(r => RowHeight(r, widths, size)) / (double)Emu * 72;

        private static long RowHeight(IReadOnlyList<string> cells, IReadOnlyList<long> widths, int size)
        {
            var lines = 1;
            for (var c = 0; c < widths.Count && c < cells.Count; c++)
            {
                lines = Math.Max(lines, Lines(cells[c], size, widths[c] - 137160));
            }

            // Lines at 1.2 × size, plus the cell's top and bottom margins (0.075 in).
            return (long)(((lines * size * 1.2) + 5.4 + 2) / 72.0 * Emu);
        }

        /// <summary>Lines a text takes: words wrapped at an average glyph width of 0.52 em (Arial/Liberation Sans).</summary>
        private static int PerLine(long width, double size) => Math.Max(8, (int)(width / (double)Emu * 72 / (size * 0.52)));

        private static int Lines(string text, int size, long width)
        {
            var perLine = PerLine(width, size);
            var lines = 1;
            var used = 0;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (used > 0 && used + 1 + word.Length > perLine)
                {
                    lines++;
                    used = 0;
                }

                used += (used > 0 ? 1 : 0) + word.Length;
                while (used > perLine)
                {
                    lines++;
                    used -= perLine;
                }
            }

            return lines;
        }
    }

    private static string MasterXml(string lang) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:sldMaster {Ns}><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>{GroupProperties}<p:sp><p:nvSpPr><p:cNvPr id="2" name="Titre"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="{Margin}" y="274320"/><a:ext cx="{ContentWidth}" cy="1051560"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr anchor="b"><a:normAutofit/></a:bodyPr><a:lstStyle/><a:p><a:endParaRPr lang="{lang}"/></a:p></p:txBody></p:sp><p:sp><p:nvSpPr><p:cNvPr id="3" name="Texte"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="{Margin}" y="{ContentTop}"/><a:ext cx="{ContentWidth}" cy="{ContentHeight}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/><a:p><a:endParaRPr lang="{lang}"/></a:p></p:txBody></p:sp></p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rIdLayout1"/></p:sldLayoutIdLst><p:txStyles><p:titleStyle><a:lvl1pPr algn="l"><a:defRPr sz="2800" b="1"><a:solidFill><a:schemeClr val="tx2"/></a:solidFill><a:latin typeface="+mj-lt"/></a:defRPr></a:lvl1pPr></p:titleStyle><p:bodyStyle><a:lvl1pPr marL="0" indent="0"><a:buNone/><a:defRPr sz="1800"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/></a:defRPr></a:lvl1pPr></p:bodyStyle><p:otherStyle><a:lvl1pPr><a:defRPr sz="1800"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/></a:defRPr></a:lvl1pPr></p:otherStyle></p:txStyles></p:sldMaster>
        """;

    private static string LayoutXml(string language) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:sldLayout {Ns} type="titleOnly" preserve="1"><p:cSld name="{(language == "en" ? "Title only" : "Titre seul")}"><p:spTree>{GroupProperties}<p:sp><p:nvSpPr><p:cNvPr id="2" name="Titre"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr/></a:p></p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>
        """;

    private static string NotesMasterXml(string lang) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <p:notesMaster {Ns}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>{GroupProperties}<p:sp><p:nvSpPr><p:cNvPr id="2" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="685800" y="4400550"/><a:ext cx="5486400" cy="3600450"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="{lang}"/></a:p></p:txBody></p:sp></p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:notesStyle><a:lvl1pPr><a:defRPr sz="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/></a:defRPr></a:lvl1pPr></p:notesStyle></p:notesMaster>
        """;

    private const string ThemeXml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Knowledge"><a:themeElements><a:clrScheme name="Knowledge"><a:dk1><a:srgbClr val="1F2937"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F4E79"/></a:dk2><a:lt2><a:srgbClr val="F3F6FA"/></a:lt2><a:accent1><a:srgbClr val="1F4E79"/></a:accent1><a:accent2><a:srgbClr val="C55A11"/></a:accent2><a:accent3><a:srgbClr val="2E7D32"/></a:accent3><a:accent4><a:srgbClr val="7F6000"/></a:accent4><a:accent5><a:srgbClr val="2F75B5"/></a:accent5><a:accent6><a:srgbClr val="7F7F7F"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Knowledge"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Knowledge"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>
        """;
}
