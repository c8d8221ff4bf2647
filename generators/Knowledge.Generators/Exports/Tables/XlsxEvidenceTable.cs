using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Rendering;

namespace Knowledge.Generators.Exports.Tables;

/// <summary>
/// The evidence table as an Excel workbook (Open XML SDK): the findings sheet (frozen header,
/// autofilter, set widths, wrapped quote and citation), each link a real hyperlink, then a sheet
/// describing the query (parameters, what was understood, run time, index fingerprint, hits and
/// rows exported, the cut when there was one). Text is written as inline strings, never formulas;
/// text a spreadsheet would take for a formula is also marked quote-prefixed, so editing the cell
/// keeps it text. Equal exports give equal bytes apart from the creation time.
/// </summary>
internal static class XlsxEvidenceTable
{
    /// <summary>Column widths, in characters, in the order of <see cref="EvidenceTableRows.Columns"/>.</summary>
    private static readonly double[] Widths = [80, 42, 36, 8, 14, 12, 22, 22, 30, 18, 28, 46, 24];

    /// <summary>Column widths of the query sheet: labels, values.</summary>
    private static readonly double[] QueryWidths = [36, 100];

    /// <summary>Points per line of 11-point Calibri, and the tallest row a spreadsheet allows.</summary>
    private const double LineHeight = 15D;
    private const double MaxRowHeight = 409D;

    /// <summary>Columns whose text wraps (quote, citation, document, codes and labels, roles).</summary>
    private static readonly HashSet<int> Wrapped = [0, 1, 2, 5, 6, 7, 8, 10];

    // Cell formats (stylesheet cellXfs order).
    private const uint Header = 1;
    private const uint Top = 2;
    private const uint TopWrap = 3;
    private const uint TopPrefixed = 4;
    private const uint TopWrapPrefixed = 5;
    private const uint Link = 6;
    private const uint Label = 7;

    public static byte[] Write(EvidenceExport export, EvidenceTaxonomy taxonomy)
    {
        var lang = export.Language;
        using var buffer = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = package.AddWorkbookPart();
            // Relationship ids are random unless set: fix them for byte-stable output.
            package.ChangeIdOfPart(workbookPart, "rIdWorkbook");
            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Styles();
            var findingsPart = workbookPart.AddNewPart<WorksheetPart>("rIdFindings");
            var queryPart = workbookPart.AddNewPart<WorksheetPart>("rIdQuery");

            var rows = EvidenceTableRows.Of(export, taxonomy).ToList();
            var findingsSheet = ExportText.Get("Sheet.Findings", lang);
            var lastColumn = Column(EvidenceTableRows.Columns.Count - 1);
            findingsPart.Worksheet = FindingsSheet(findingsPart, export, rows);

            queryPart.Worksheet = QuerySheet(export, taxonomy);

            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0U }),
                new Sheets(
                    new Sheet { Name = findingsSheet, SheetId = 1U, Id = "rIdFindings" },
                    new Sheet { Name = ExportText.Get("Sheet.Query", lang), SheetId = 2U, Id = "rIdQuery" }),
                new DefinedNames(new DefinedName($"'{findingsSheet}'!$A$1:${lastColumn}${rows.Count + 1}")
                {
                    // Excel and LibreOffice keep an autofilter's range under this name.
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = 0U,
                    Hidden = true,
                }));

            var core = package.AddCoreFilePropertiesPart();
            package.ChangeIdOfPart(core, "rIdCore");
            using (var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(CoreXml(export))))
            {
                core.FeedData(stream);
            }
        }

        return PackageParts.WithFixedZipTimestamps(buffer.ToArray());
    }

    private static Worksheet FindingsSheet(WorksheetPart part, EvidenceExport export, List<EvidenceTableRow> rows)
    {
        var lastColumn = Column(EvidenceTableRows.Columns.Count - 1);
        var data = new SheetData();
        var headers = EvidenceTableRows.Headers(export.Language);
        var header = new Row { RowIndex = 1U, Height = Height([.. headers], Widths, _ => true), CustomHeight = true };
        for (var c = 0; c < headers.Count; c++)
        {
            header.Append(Text(c, 1, headers[c], Header));
        }

        data.Append(header);
        var hyperlinks = new Hyperlinks();
        var r = 1U;
        foreach (var row in rows)
        {
            r++;
            string[] texts = [row.Quote, row.Citation, row.Document, "", row.Location, row.CountryCodes, row.Countries, row.ThemeCodes, row.Themes, row.Kind, row.Roles, row.Link, row.Id];
            var line = new Row { RowIndex = r, Height = Height(texts, Widths, Wrapped.Contains), CustomHeight = true };
            for (var c = 0; c < texts.Length; c++)
            {
                var cell = c switch
                {
                    3 => row.Year is { } year ? Number(c, r, year) : null,
                    4 when row.Page is { } page => Number(c, r, page),
                    11 => Text(c, r, texts[c], Link),
                    _ => texts[c].Length == 0 ? null : Text(c, r, texts[c], Wrapped.Contains(c) ? TopWrap : Top),
                };
                if (cell is not null)
                {
                    line.Append(cell);
                }
            }

            data.Append(line);
            var id = "rIdLink" + (r - 1).ToString(CultureInfo.InvariantCulture);
            part.AddHyperlinkRelationship(new Uri(row.Link, UriKind.Absolute), true, id);
            hyperlinks.Append(new Hyperlink { Reference = $"{Column(11)}{r}", Id = id });
        }

        if (export.Truncated)
        {
            // Below the table, outside the filter's range: sorting never moves it among the findings.
            r += 2;
            data.Append(new Row(Text(0, r, ExportText.Format("Query.Truncated", export.Language, export.Findings.Count, export.TotalHits), Label)) { RowIndex = r });
        }

        var worksheet = new Worksheet(
            // Printed, the table fits the page's width (landscape) and runs on as many pages as it needs.
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { TabSelected = true, WorkbookViewId = 0U }),
            new SheetFormatProperties { DefaultRowHeight = 15D },
            Columns(Widths),
            data,
            new AutoFilter { Reference = $"A1:{lastColumn}{rows.Count + 1}" });
        if (hyperlinks.HasChildren)
        {
            worksheet.Append(hyperlinks);
        }

        worksheet.Append(new PageMargins { Left = 0.4D, Right = 0.4D, Top = 0.5D, Bottom = 0.5D, Header = 0.3D, Footer = 0.3D });
        worksheet.Append(new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });
        return worksheet;
    }

    private static Worksheet QuerySheet(EvidenceExport export, EvidenceTaxonomy taxonomy)
    {
        var lang = export.Language;
        var culture = ExportText.Culture(lang);
        var items = new List<(string Label, string Value)>
        {
            (ExportText.Get("Query.Source", lang), export.GeneratedTitle is { } title
                ? ExportText.Format("Query.SourceDocument", lang, title)
                : ExportText.Get("Query.SourceSearch", lang)),
        };
        items.AddRange(QueryParameters.Describe(export, taxonomy));
        if (export.Understood.Count > 0)
        {
            items.Add((ExportText.Get("Query.Understood", lang), string.Join(ExportText.Get("Separator", lang), export.Understood)));
        }

        items.Add((ExportText.Get("Query.RunAt", lang), export.RunAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)));
        items.Add((ExportText.Get("Query.Engine", lang), export.IndexState.Engine));
        items.Add((ExportText.Get("Query.IndexSize", lang), ExportText.Format("Query.IndexSizeValue", lang, export.IndexState.Documents, export.IndexState.Findings)));
        items.Add((ExportText.Get("Query.Fingerprint", lang), export.IndexState.Fingerprint));
        items.Add((ExportText.Get("Query.Total", lang), export.TotalHits.ToString("N0", culture)));
        items.Add((ExportText.Get("Query.Exported", lang), export.Findings.Count.ToString("N0", culture)));
        items.Add((ExportText.Get("Query.Limit", lang), export.MaxRows.ToString("N0", culture)));
        items.Add((ExportText.Get("Query.Status", lang), export.Truncated
            ? ExportText.Format("Query.Truncated", lang, export.Findings.Count, export.TotalHits)
            : ExportText.Get("Query.Complete", lang)));
        items.Add((ExportText.Get("Query.Redacted", lang), export.RedactedCount.ToString("N0", culture)));
        items.Add((string.Empty, ExportText.Get("Query.RedactionNote", lang)));

        var heading = ExportText.Get("Query.Heading", lang);
        var data = new SheetData(
            new Row(Text(0, 1, heading, Header), Text(1, 1, string.Empty, Header)) { RowIndex = 1U, Height = Height([heading], QueryWidths, _ => true), CustomHeight = true },
            new Row(Text(0, 2, ExportText.Get("Query.Item", lang), Header), Text(1, 2, ExportText.Get("Query.Value", lang), Header)) { RowIndex = 2U });
        var r = 2U;
        foreach (var (label, value) in items)
        {
            r++;
            var row = new Row { RowIndex = r };
            if (label.Length > 0)
            {
                row.Append(Text(0, r, label, Label));
            }

            row.Append(Text(1, r, value, TopWrap));
            row.Height = Height([label, value], QueryWidths, _ => true);
            row.CustomHeight = true;
            data.Append(row);
        }

        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView { WorkbookViewId = 0U }),
            new SheetFormatProperties { DefaultRowHeight = 15D },
            Columns(QueryWidths),
            data,
            new PageMargins { Left = 0.4D, Right = 0.4D, Top = 0.5D, Bottom = 0.5D, Header = 0.3D, Footer = 0.3D },
            new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });
    }

    /// <summary>
    /// A row tall enough for its wrapped text. Neither Excel nor LibreOffice fits row heights when
    /// opening a file, so the height is written: lines per cell estimated from the column width
    /// (a width counts digit-wide characters; text runs about a tenth narrower), the tallest cell wins.
    /// </summary>
    private static double Height(string[] texts, double[] widths, Func<int, bool> wraps)
    {
        var lines = 1;
        for (var c = 0; c < texts.Length && c < widths.Length; c++)
        {
            if (!wraps(c))
            {
                continue;
            }

            var perLine = Math.Max(1, (int)(widths[c] * 1.1));
            var cellLines = texts[c].Split('\n').Sum(part => Math.Max(1, (part.Length + perLine - 1) / perLine));
            lines = Math.Max(lines, cellLines);
        }

        return Math.Min(MaxRowHeight, (lines * LineHeight) + 3);
    }

    private static Columns Columns(double[] widths)
    {
        var columns = new Columns();
        for (var i = 0; i < widths.Length; i++)
        {
            columns.Append(new DocumentFormat.OpenXml.Spreadsheet.Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = widths[i], CustomWidth = true });
        }

        return columns;
    }

    /// <summary>An inline-string cell; text a spreadsheet would take for a formula gets the quote-prefixed twin of its style.</summary>
    private static Cell Text(int column, uint row, string text, uint style)
    {
        text = CellText.Clean(text);
        if (CellText.LooksLikeFormula(text))
        {
            style = style is TopWrap or Label ? TopWrapPrefixed : TopPrefixed;
        }

        return new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = Column(column) + row.ToString(CultureInfo.InvariantCulture),
            DataType = CellValues.InlineString,
            StyleIndex = style,
        };
    }

    private static Cell Number(int column, uint row, int value) => new(new CellValue(value))
    {
        CellReference = Column(column) + row.ToString(CultureInfo.InvariantCulture),
        StyleIndex = Top,
    };

    /// <summary>A column's letters: 0 → A, 25 → Z, 26 → AA.</summary>
    internal static string Column(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Styles()
    {
        var top = new Alignment { Vertical = VerticalAlignmentValues.Top };
        var topWrap = new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true };
        return new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 11D }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }),
                new Font(new Bold(), new FontSize { Val = 11D }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }),
                new Font(new Underline(), new FontSize { Val = 11D }, new Color { Rgb = "FF0563C1" }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }))
            { Count = 3U },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDE4EE" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }))
            { Count = 3U },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            new CellFormats(
                new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
                new CellFormat((Alignment)topWrap.CloneNode(true)) { NumberFormatId = 0U, FontId = 1U, FillId = 2U, BorderId = 0U, FormatId = 0U, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
                new CellFormat((Alignment)top.CloneNode(true)) { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true },
                new CellFormat((Alignment)topWrap.CloneNode(true)) { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true },
                new CellFormat((Alignment)top.CloneNode(true)) { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true, QuotePrefix = true },
                new CellFormat((Alignment)topWrap.CloneNode(true)) { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true, QuotePrefix = true },
                new CellFormat((Alignment)top.CloneNode(true)) { NumberFormatId = 0U, FontId = 2U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyFont = true, ApplyAlignment = true },
                new CellFormat((Alignment)topWrap.CloneNode(true)) { NumberFormatId = 0U, FontId = 1U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyFont = true, ApplyAlignment = true })
            { Count = 8U },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
    }

    private static string CoreXml(EvidenceExport export)
    {
        var created = export.RunAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var title = System.Security.SecurityElement.Escape(CellText.Clean(export.GeneratedTitle ?? ExportText.Get("Query.Heading", export.Language)));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + $"<dc:title>{title}</dc:title><dc:creator>Knowledge</dc:creator><dc:language>{export.Language}</dc:language>"
            + $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{created}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{created}</dcterms:modified>"
            + "</cp:coreProperties>";
    }
}
