using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using Knowledge.Generators.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Knowledge.Generators.Rendering;

/// <summary>
/// Renders a <see cref="GeneratedDocument"/> as DOCX: real heading styles, a TOC field Word and
/// LibreOffice refresh on opening, footnote citations, real tables and highlighted fields to complete.
/// The output is byte-stable: relationship ids are explicit, the core properties part has a fixed
/// name and the zip is rewritten with fixed entry timestamps.
/// </summary>
internal static class DocxRenderer
{
    private const int TextWidthTwips = 9638; // A4 less 2 cm margins each side

    public static byte[] Render(GeneratedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            // Package-level relationship ids are random unless set: fix them for byte-stable output.
            package.ChangeIdOfPart(main, "rIdDocument");
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            PackageParts.Feed(styles, StylesXml(document.Language));
            var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
            PackageParts.Feed(settings, SettingsXml);
            var footnotesPart = main.AddNewPart<FootnotesPart>("rIdFootnotes");
            var footerPart = main.AddNewPart<FooterPart>("rIdFooter");
            footerPart.Footer = PageNumberFooter();

            var footnotes = new W.Footnotes(
                new W.Footnote(new W.Paragraph(new W.Run(new W.SeparatorMark()))) { Type = W.FootnoteEndnoteValues.Separator, Id = -1 },
                new W.Footnote(new W.Paragraph(new W.Run(new W.ContinuationSeparatorMark()))) { Type = W.FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            var body = new W.Body();
            var headings = document.Blocks.OfType<Heading>().ToList();
            var writer = new BodyWriter(document.Language, footnotes, headings);
            body.Append(BodyWriter.StyledParagraph("Title", document.Title));
            body.Append(BodyWriter.StyledParagraph("Subtitle", document.Subject));
            foreach (var block in document.Blocks)
            {
                body.Append(writer.Render(block));
            }

            body.Append(new W.SectionProperties(
                new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = "rIdFooter" },
                new W.PageSize { Width = 11906U, Height = 16838U },
                new W.PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document = new W.Document(body);
            footnotesPart.Footnotes = footnotes;

            var core = package.AddCoreFilePropertiesPart();
            package.ChangeIdOfPart(core, "rIdCore");
            PackageParts.Feed(core, PackageParts.CoreXml(document.Title, document.Subject, document.Keywords, AboutSection.Summary(document), document.Language, document.CreatedAt));
            var custom = package.AddCustomFilePropertiesPart();
            package.ChangeIdOfPart(custom, "rIdCustom");
            custom.Properties = PackageParts.CustomProperties(document.Kind.ToString(), document.Request, document.IndexState);
        }

        return PackageParts.WithFixedZipTimestamps(buffer.ToArray());
    }

    private static W.Footer PageNumberFooter() => new(
        new W.Paragraph(
            new W.ParagraphProperties(new W.ParagraphStyleId { Val = "Footer" }, new W.Justification { Val = W.JustificationValues.Center }),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
            new W.Run(new W.FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
            new W.Run(new W.Text("1")),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End })));

    private static string StylesXml(string language) => $$"""
        <?xml version="1.0" encoding="utf-8"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:docDefaults>
            <w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="{{(language == "en" ? "en-GB" : "fr-FR")}}"/></w:rPr></w:rPrDefault>
            <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
          </w:docDefaults>
          <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
          <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
          <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="360"/></w:pPr><w:rPr><w:i/><w:color w:val="44546A"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="2F5496"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:color w:val="2F5496"/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/></w:pPr><w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="60"/><w:ind w:left="220"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="TOC3"><w:name w:val="toc 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="60"/><w:ind w:left="440"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="EvidenceQuote"><w:name w:val="Evidence Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="2F5496"/></w:pBdr><w:spacing w:before="60" w:after="160"/><w:ind w:left="567" w:right="567"/></w:pPr><w:rPr><w:color w:val="262626"/></w:rPr></w:style>
          <w:style w:type="character" w:styleId="EvidenceText"><w:name w:val="Evidence Text"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr><w:i/><w:iCs/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="GapNotice"><w:name w:val="Gap Notice"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="C55A11"/><w:left w:val="single" w:sz="4" w:space="4" w:color="C55A11"/><w:bottom w:val="single" w:sz="4" w:space="4" w:color="C55A11"/><w:right w:val="single" w:sz="4" w:space="4" w:color="C55A11"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="FBE4D5"/><w:spacing w:before="120" w:after="160"/><w:ind w:left="113" w:right="113"/></w:pPr><w:rPr><w:color w:val="833C0B"/></w:rPr></w:style>
          <w:style w:type="character" w:styleId="ToComplete"><w:name w:val="To Complete"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr><w:b/><w:color w:val="7F6000"/><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/><w:ind w:left="567" w:hanging="283"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:i/><w:color w:val="44546A"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
          <w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>
          <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
          <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/><w:left w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/><w:right w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/></w:tblBorders></w:tblPr></w:style>
        </w:styles>
        """;

    private const string SettingsXml = """
        <?xml version="1.0" encoding="utf-8"?>
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:defaultTabStop w:val="708"/>
          <w:characterSpacingControl w:val="doNotCompress"/>
          <w:updateFields w:val="true"/>
          <w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>
          <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
        </w:settings>
        """;

    /// <summary>Turns blocks into WordprocessingML, numbering footnotes as quotes appear.</summary>
    private sealed class BodyWriter(string language, W.Footnotes footnotes, IReadOnlyList<Heading> headings)
    {
        private readonly bool _english = language == "en";
        private int _nextFootnote = 1;

        public static W.Paragraph StyledParagraph(string style, string text) =>
            new(new W.ParagraphProperties(new W.ParagraphStyleId { Val = style }), TextRunOf(text));

        public IEnumerable<OpenXmlElement> Render(Block block) => block switch
        {
            Heading h => [StyledParagraph("Heading" + Math.Clamp(h.Level, 1, 3).ToString(CultureInfo.InvariantCulture), h.Text)],
            TableOfContents toc => [Toc(toc)],
            Documents.Paragraph p => [Para(null, p.Content)],
            EvidenceBlock q => [Para("EvidenceQuote", [q.Quote])],
            GapNotice g => [Para("GapNotice", [new TextRun(g.Text)])],
            BulletList list => list.Items.Select(item => Para("ListBullet", [new TextRun("•\t"), .. item])),
            Documents.Table t => TableOf(t),
            _ => throw new NotSupportedException($"Unknown block {block.GetType().Name}."),
        };

        private W.Paragraph Para(string? style, IEnumerable<Inline> content)
        {
            var paragraph = new W.Paragraph();
            if (style is not null)
            {
                paragraph.Append(new W.ParagraphProperties(new W.ParagraphStyleId { Val = style }));
            }

            foreach (var inline in content)
            {
                paragraph.Append(Runs(inline));
            }

            return paragraph;
        }

        private IEnumerable<OpenXmlElement> Runs(Inline inline)
        {
            switch (inline)
            {
                case TextRun t:
                    var props = new W.RunProperties();
                    if (t.Bold)
                    {
                        props.Append(new W.Bold());
                    }

                    if (t.Italic)
                    {
                        props.Append(new W.Italic());
                    }

                    var run = TextRunOf(t.Text);
                    if (props.HasChildren)
                    {
                        run.PrependChild(props);
                    }

                    return [run];
                case FieldToComplete f:
                    var label = (_english ? "[To complete: " : "[À compléter : ") + f.Prompt + "]";
                    return
                    [
                        new W.SdtRun(
                            new W.SdtProperties(new W.SdtAlias { Val = _english ? "To complete" : "À compléter" }, new W.Tag { Val = "to-complete" }),
                            new W.SdtContentRun(new W.Run(
                                // Highlight is direct formatting only (the schema forbids it in styles).
                                new W.RunProperties(new W.RunStyle { Val = "ToComplete" }, new W.Highlight { Val = W.HighlightColorValues.Yellow }),
                                new W.Text(label) { Space = SpaceProcessingModeValues.Preserve }))),
                    ];
                case QuotedEvidence q:
                    var id = _nextFootnote++;
                    footnotes.Append(new W.Footnote(
                        new W.Paragraph(
                            new W.ParagraphProperties(new W.ParagraphStyleId { Val = "FootnoteText" }),
                            new W.Run(new W.RunProperties(new W.RunStyle { Val = "FootnoteReference" }), new W.FootnoteReferenceMark()),
                            TextRunOf(" " + q.Source.Citation.Format(language))))
                    { Id = id });
                    return
                    [
                        TextRunOf(_english ? "\u201C" : "«\u00A0"),
                        StyledRun("EvidenceText", q.Text),
                        TextRunOf(_english ? "\u201D" : "\u00A0»"),
                        new W.Run(new W.RunProperties(new W.RunStyle { Val = "FootnoteReference" }), new W.FootnoteReference { Id = id }),
                    ];
                default:
                    throw new NotSupportedException($"Unknown inline {inline.GetType().Name}.");
            }
        }

        private IEnumerable<OpenXmlElement> TableOf(Documents.Table table)
        {
            if (table.Caption is not null)
            {
                yield return StyledParagraph("Caption", table.Caption);
            }

            var columns = Math.Max(1, table.Header.Count);
            var width = TextWidthTwips / columns;
            var grid = new W.TableGrid();
            for (var i = 0; i < columns; i++)
            {
                grid.Append(new W.GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) });
            }

            var result = new W.Table(
                new W.TableProperties(
                    new W.TableStyle { Val = "TableGrid" },
                    new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct },
                    new W.TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
                grid);
            var header = new W.TableRow(new W.TableRowProperties(new W.TableHeader()));
            foreach (var cell in table.Header)
            {
                header.Append(new W.TableCell(
                    new W.TableCellProperties(new W.Shading { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" }),
                    new W.Paragraph(new W.Run(new W.RunProperties(new W.Bold()), new W.Text(cell) { Space = SpaceProcessingModeValues.Preserve }))));
            }

            result.Append(header);
            foreach (var row in table.Rows)
            {
                var tr = new W.TableRow();
                for (var i = 0; i < columns; i++)
                {
                    tr.Append(new W.TableCell(Para(null, i < row.Count ? row[i] : [])));
                }

                result.Append(tr);
            }

            yield return result;

            // Word needs a paragraph between a table and whatever follows it.
            yield return new W.Paragraph();
        }

        /// <summary>
        /// The TOC field, dirty so Word rebuilds it on opening; its cached result already lists the
        /// headings (without page numbers) so viewers that do not update fields still show a contents list.
        /// </summary>
        private W.SdtBlock Toc(TableOfContents toc)
        {
            var content = new W.SdtContentBlock(StyledParagraph("TOCHeading", toc.Title));
            var entries = headings.Count > 0
                ? headings.Select(h => (Style: "TOC" + Math.Clamp(h.Level, 1, 3).ToString(CultureInfo.InvariantCulture), h.Text)).ToList()
                : [("TOC1", _english
                    ? "Right-click and choose Update Field to build the table of contents."
                    : "Clic droit puis « Mettre à jour les champs » pour construire la table des matières.")];
            for (var i = 0; i < entries.Count; i++)
            {
                var paragraph = new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = entries[i].Style }));
                if (i == 0)
                {
                    paragraph.Append(
                        new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin, Dirty = true }),
                        new W.Run(new W.FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
                        new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }));
                }

                paragraph.Append(TextRunOf(entries[i].Text));
                if (i == entries.Count - 1)
                {
                    paragraph.Append(new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End }));
                }

                content.Append(paragraph);
            }

            return new W.SdtBlock(
                new W.SdtProperties(new W.SdtContentDocPartObject(new W.DocPartGallery { Val = "Table of Contents" }, new W.DocPartUnique())),
                content);
        }

        /// <summary>A styled run; each line of a multi-line quote (list items) starts on its own line, so lists stay lists.</summary>
        private static W.Run StyledRun(string style, string text)
        {
            var run = new W.Run(new W.RunProperties(new W.RunStyle { Val = style }));
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    run.Append(new W.Break());
                }

                run.Append(new W.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            }

            return run;
        }

        private static W.Run TextRunOf(string text) => new(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
