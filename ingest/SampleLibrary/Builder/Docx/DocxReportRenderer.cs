using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Knowledge.SampleLibrary.Builder.Pdf;
using Knowledge.SampleLibrary.Builder.Sources;
using Run = DocumentFormat.OpenXml.Wordprocessing.Run;
using SourceStyle = Knowledge.SampleLibrary.Builder.Sources.RunStyle;
using WordRunStyle = DocumentFormat.OpenXml.Wordprocessing.RunStyle;
using SourceRun = Knowledge.SampleLibrary.Builder.Sources.Run;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Knowledge.SampleLibrary.Builder.Docx;

/// <summary>
/// Writes a source as a Word document the way staff would have made it: Title/Heading1/Heading2
/// styles, bulleted list numbering, a grid table with a caption, real footnotes, A4 page with a
/// running header and a "PAGE / NUMPAGES" footer.
/// </summary>
internal static partial class DocxReportRenderer
{
    private const string AccentHex = "1F3A5F";
    private const int BulletNumberingId = 1;

    public static void Render(ReportSource source, string outputPath)
    {
        using (var word = WordprocessingDocument.Create(outputPath, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            AddStyles(main, source.IsFrench ? "fr-FR" : "en-GB");
            AddNumbering(main);
            AddFootnotes(main, source);
            var (headerId, footerId) = AddHeaderAndFooter(main, source);

            var body = new Body();
            AddTitleBlock(body, source);
            var tableCount = 0;
            foreach (var block in source.Blocks)
            {
                switch (block)
                {
                    case Heading h:
                        body.Append(StyledParagraph(h.Level == 1 ? "Heading1" : "Heading2", new Run(new Text(h.Text))));
                        break;
                    case Sources.Paragraph p:
                        body.Append(StyledParagraph("Normal", Runs(p.Runs)));
                        break;
                    case BulletItem b:
                        var item = new Paragraph(new ParagraphProperties(
                            new ParagraphStyleId { Val = "ListBullet" },
                            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumberingId })));
                        item.Append(Runs(b.Runs));
                        body.Append(item);
                        break;
                    case Callout c:
                        body.Append(StyledParagraph("Encadre", Runs(c.Runs)));
                        break;
                    case Sources.Table t:
                        tableCount++;
                        if (t.Caption is { } caption)
                        {
                            var label = (source.IsFrench ? "Tableau " : "Table ") + tableCount.ToString(CultureInfo.InvariantCulture) + " – ";
                            body.Append(StyledParagraph("Caption", new Run(new Text(label + caption) { Space = SpaceProcessingModeValues.Preserve })));
                        }

                        body.Append(GridTable(t));
                        body.Append(new Paragraph());
                        break;
                }
            }

            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
                new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
                new FootnoteProperties(new NumberingFormat { Val = NumberFormatValues.Decimal }),
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1418, Bottom = 1304, Left = 1247, Right = 1247, Header = 680, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);

            var date = new DateTime(source.Year, 6, 30, 12, 0, 0, DateTimeKind.Utc);
            word.PackageProperties.Title = source.Title;
            word.PackageProperties.Creator = source.Publisher;
            word.PackageProperties.Subject = source.Subtitle ?? PdfReportRenderer.KindLabel(source.Kind, source.IsFrench);
            word.PackageProperties.Keywords = string.Join(", ", source.Countries);
            word.PackageProperties.Language = source.IsFrench ? "fr-FR" : "en-GB";
            word.PackageProperties.Created = date;
            word.PackageProperties.Modified = date;
        }

        MakeReproducible(outputPath, new DateTimeOffset(source.Year, 6, 30, 12, 0, 0, TimeSpan.Zero));
    }

    /// <summary>
    /// The packaging layer stamps each save with random relationship ids, a random core-properties
    /// part name and the build time; all three are replaced by stable values so a rebuild reproduces
    /// the committed file byte for byte.
    /// </summary>
    private static void MakeReproducible(string path, DateTimeOffset time)
    {
        List<(string Name, string Text)> entries;
        using (var zip = ZipFile.OpenRead(path))
        {
            entries = zip.Entries.Select(e =>
            {
                using var reader = new StreamReader(e.Open(), Encoding.UTF8);
                return (e.FullName, reader.ReadToEnd());
            }).ToList();
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string Stable(string text)
        {
            text = RandomRelationshipId().Replace(text, m =>
            {
                if (!ids.TryGetValue(m.Value, out var id))
                {
                    id = "rId" + (100 + ids.Count).ToString(CultureInfo.InvariantCulture);
                    ids[m.Value] = id;
                }

                return id;
            });
            return RandomPartName().Replace(text, "core.psmdcp");
        }

        // Relationship ids are first met in the .rels parts; map them in a fixed order.
        var ordered = entries.OrderBy(e => e.Name.EndsWith(".rels", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => (Name: Stable(e.Name), Text: Stable(e.Text)))
            .ToDictionary(e => e.Name, e => e.Text, StringComparer.Ordinal);

        File.Delete(path);
        using var output = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var name in entries.Select(e => Stable(e.Name)))
        {
            var entry = output.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = time;
            using var stream = entry.Open();
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ordered[name]);
            stream.Write(bytes);
        }
    }

    [GeneratedRegex(@"\bR[0-9a-f]{16}\b")]
    private static partial Regex RandomRelationshipId();

    [GeneratedRegex(@"[0-9a-f]{32}\.psmdcp")]
    private static partial Regex RandomPartName();

    private static void AddTitleBlock(Body body, ReportSource source)
    {
        body.Append(StyledParagraph("Kicker", new Run(new Text(PdfReportRenderer.KindLabel(source.Kind, source.IsFrench).ToUpperInvariant()))));
        body.Append(StyledParagraph("Title", new Run(new Text(source.Title))));
        if (source.Subtitle is { } subtitle)
            body.Append(StyledParagraph("Subtitle", new Run(new Text(subtitle))));
        body.Append(StyledParagraph("Meta", new Run(new Text($"{source.Publisher} · {source.Year}"))));
        var disclaimer = source.IsFrench
            ? "Document d’exemple rédigé pour le projet Knowledge. Les chiffres et références proviennent des sources publiques citées en notes de bas de page."
            : "Sample document written for the Knowledge project. Figures and references come from the public sources cited in the footnotes.";
        body.Append(StyledParagraph("Meta", new Run(new RunProperties(new Italic()), new Text(disclaimer))));
    }

    private static Paragraph StyledParagraph(string style, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(content);
        return paragraph;
    }

    private static OpenXmlElement[] Runs(IEnumerable<SourceRun> runs) => runs.Select(run => (OpenXmlElement)(run.Style switch
    {
        SourceStyle.NoteMarker => new Run(
            new RunProperties(new WordRunStyle { Val = "FootnoteReference" }),
            new FootnoteReference { Id = long.Parse(run.Text, CultureInfo.InvariantCulture) }),
        SourceStyle.Bold => new Run(new RunProperties(new Bold()), PreservedText(run.Text)),
        SourceStyle.Italic => new Run(new RunProperties(new Italic()), PreservedText(run.Text)),
        _ => new Run(PreservedText(run.Text)),
    })).ToArray();

    private static Text PreservedText(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    private static Table GridTable(Sources.Table table)
    {
        static BorderType Line<T>() where T : BorderType, new() =>
            new T { Val = BorderValues.Single, Size = 4, Color = "808080" };

        var result = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(),
                Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
            new TableLook { Val = "04A0" }));

        // Word needs the grid; the columns share the text width (A4 minus margins, 9412 twips) evenly.
        var columns = table.Rows[0].Count;
        var grid = new TableGrid();
        for (var c = 0; c < columns; c++)
            grid.Append(new GridColumn { Width = (9412 / columns).ToString(CultureInfo.InvariantCulture) });
        result.Append(grid);

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = new TableRow();
            if (r == 0)
                row.Append(new TableRowProperties(new TableHeader()));
            foreach (var cell in table.Rows[r])
            {
                var runs = r == 0 ? cell.Select(run => run.Style == SourceStyle.NoteMarker ? run : run with { Style = SourceStyle.Bold }) : cell;
                var properties = new TableCellProperties();
                if (r == 0)
                    properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "E4E9F0", Color = "auto" });
                row.Append(new TableCell(properties, StyledParagraph("TableText", Runs(runs))));
            }

            result.Append(row);
        }

        return result;
    }

    private static void AddFootnotes(MainDocumentPart main, ReportSource source)
    {
        var part = main.AddNewPart<FootnotesPart>();
        var footnotes = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        for (var i = 0; i < source.Notes.Count; i++)
        {
            var paragraph = StyledParagraph("FootnoteText",
                new Run(new RunProperties(new WordRunStyle { Val = "FootnoteReference" }), new FootnoteReferenceMark()),
                new Run(PreservedText(" ")));
            paragraph.Append(Runs(source.Notes[i]));
            footnotes.Append(new Footnote(paragraph) { Id = i + 1 });
        }

        part.Footnotes = footnotes;
    }

    private static (string HeaderId, string FooterId) AddHeaderAndFooter(MainDocumentPart main, ReportSource source)
    {
        var headerPart = main.AddNewPart<HeaderPart>();
        headerPart.Header = new Header(new Paragraph(
            new ParagraphProperties(
                new ParagraphStyleId { Val = "Header" },
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = 9412 })),
            new Run(new Text(source.ShortTitle)),
            new Run(new TabChar(), new Text(source.Publisher))));

        var footerPart = main.AddNewPart<FooterPart>();
        var footerLeft = source.IsFrench ? $"Document d’exemple · {source.Year}" : $"Sample document · {source.Year}";
        footerPart.Footer = new Footer(new Paragraph(
            new ParagraphProperties(
                new ParagraphStyleId { Val = "Footer" },
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = 9412 })),
            new Run(new Text(footerLeft)),
            new Run(new TabChar()),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(PreservedText(" / ")),
            new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));

        return (main.GetIdOfPart(headerPart), main.GetIdOfPart(footerPart));
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new Numbering(
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = NumberFormatValues.Bullet },
                    new LevelText { Val = "•" },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = "567", Hanging = "283" }))
                { LevelIndex = 0 })
            { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletNumberingId });
    }

    private static void AddStyles(MainDocumentPart main, string language)
    {
        static Style ParagraphStyle(string id, string name, StyleRunProperties run, StyleParagraphProperties? paragraph = null,
            bool primary = true)
        {
            var style = new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" })
            {
                Type = StyleValues.Paragraph,
                StyleId = id,
            };
            if (primary)
                style.Append(new PrimaryStyle());
            if (paragraph is not null)
                style.Append(paragraph);
            style.Append(run);
            return style;
        }

        static StyleRunProperties RunProps(int halfPoints, bool bold = false, bool italic = false, string? color = null)
        {
            var props = new StyleRunProperties();
            if (bold)
                props.Append(new Bold());
            if (italic)
                props.Append(new Italic());
            if (color is not null)
                props.Append(new Color { Val = color });
            props.Append(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
            return props;
        }

        static StyleParagraphProperties Spacing(int before, int after, int? outline = null, bool keepNext = false, bool justify = false)
        {
            var props = new StyleParagraphProperties();
            if (keepNext)
                props.Append(new KeepNext());
            props.Append(new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture) });
            // Styles are based on Normal, which is justified; titles, headings and table cells must not inherit that.
            props.Append(new Justification { Val = justify ? JustificationValues.Both : JustificationValues.Left });
            if (outline is { } level)
                props.Append(new OutlineLevel { Val = level });
            return props;
        }

        var normal = new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle(),
            Spacing(0, 120, justify: true),
            new StyleRunProperties(new FontSize { Val = "21" }))
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };

        var callout = ParagraphStyle("Encadre", "Encadré", RunProps(21), Spacing(120, 120));
        // Schema order inside pPr: pBdr and shd come before spacing, ind right after it (before jc).
        callout.StyleParagraphProperties!.PrependChild(new Shading { Val = ShadingPatternValues.Clear, Fill = "F1F4F8", Color = "auto" });
        callout.StyleParagraphProperties.PrependChild(
            new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 24, Color = AccentHex, Space = 8 }));
        callout.StyleParagraphProperties.InsertAfter(new Indentation { Left = "227", Right = "113" },
            callout.StyleParagraphProperties.GetFirstChild<SpacingBetweenLines>());

        var footnoteReference = new Style(
            new StyleName { Val = "footnote reference" },
            new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }))
        { Type = StyleValues.Character, StyleId = "FootnoteReference" };

        main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "DejaVu Sans", HighAnsi = "DejaVu Sans", ComplexScript = "DejaVu Sans" },
                    new FontSize { Val = "21" },
                    new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            normal,
            ParagraphStyle("Title", "Title", RunProps(40, bold: true, color: AccentHex), Spacing(0, 120)),
            ParagraphStyle("Subtitle", "Subtitle", RunProps(24, italic: true), Spacing(0, 120)),
            ParagraphStyle("Kicker", "Kicker", RunProps(17, bold: true, color: AccentHex), Spacing(0, 60), primary: false),
            ParagraphStyle("Meta", "Meta", RunProps(17, color: "606060"), Spacing(0, 60), primary: false),
            ParagraphStyle("Heading1", "heading 1", RunProps(28, bold: true, color: AccentHex), Spacing(360, 120, outline: 0, keepNext: true)),
            ParagraphStyle("Heading2", "heading 2", RunProps(23, bold: true, color: AccentHex), Spacing(240, 80, outline: 1, keepNext: true)),
            ParagraphStyle("ListBullet", "List Bullet", RunProps(21), Spacing(0, 60, justify: true)),
            ParagraphStyle("Caption", "caption", RunProps(18, bold: true, color: AccentHex), Spacing(120, 60, keepNext: true)),
            ParagraphStyle("TableText", "Table Text", RunProps(17), Spacing(0, 0), primary: false),
            ParagraphStyle("FootnoteText", "footnote text", RunProps(17), Spacing(0, 40), primary: false),
            ParagraphStyle("Header", "header", RunProps(16, color: "606060"), Spacing(0, 0), primary: false),
            ParagraphStyle("Footer", "footer", RunProps(16, color: "606060"), Spacing(0, 0), primary: false),
            callout,
            footnoteReference,
            new Style(new StyleName { Val = "Table Grid" }) { Type = StyleValues.Table, StyleId = "TableGrid" });
    }
}
