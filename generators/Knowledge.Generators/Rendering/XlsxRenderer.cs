using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Toolkit;

namespace Knowledge.Generators.Rendering;

/// <summary>
/// Renders an <see cref="AdvocacyTracker"/> as XLSX with the Open XML SDK: one worksheet per sheet,
/// a frozen, filterable header row that repeats on printed pages, column widths, drop-down lists
/// on choice columns, real dates (date cells with a date format and date validation), input rows
/// tinted so a member sees where to type. Byte-stable like the DOCX: fixed relationship ids, fixed
/// zip timestamps.
/// </summary>
internal static class XlsxRenderer
{
    // Cell formats (indexes into cellXfs, in the order StylesPart writes them).
    private const uint Header = 1, Text = 2, DateStyle = 3, Number = 4, Quote = 5, Gap = 6, Link = 7, Note = 8, InputText = 9, InputDate = 10, InputNumber = 11;

    private const uint DateFormatId = 164;

    private static readonly double MinDate = new DateTime(1990, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).ToOADate();

    private static readonly double MaxDate = new DateTime(2100, 12, 31, 0, 0, 0, DateTimeKind.Unspecified).ToOADate();

    public static byte[] Render(AdvocacyTracker tracker, Func<EvidenceSource, string>? findingLink)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        using var buffer = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = package.AddWorkbookPart();
            package.ChangeIdOfPart(workbookPart, "rIdWorkbook");
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            stylesPart.Stylesheet = Styles(tracker.Language);

            var sheets = new Sheets();
            var definedNames = new DefinedNames();
            for (var i = 0; i < tracker.Sheets.Count; i++)
            {
                var sheet = tracker.Sheets[i];
                var part = workbookPart.AddNewPart<WorksheetPart>("rIdSheet" + (i + 1).ToString(CultureInfo.InvariantCulture));
                part.Worksheet = Worksheet(part, sheet, tracker, i == 0, findingLink);
                sheets.Append(new Sheet { Name = sheet.Name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part) });
                var lastColumn = ColumnName(sheet.Columns.Count - 1);
                var lastRow = LastTableRow(sheet);
                definedNames.Append(new DefinedName($"{Quoted(sheet.Name)}!$A$1:${lastColumn}${lastRow}") { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
                definedNames.Append(new DefinedName($"{Quoted(sheet.Name)}!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
            }

            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0U }),
                sheets,
                definedNames);

            var core = package.AddCoreFilePropertiesPart();
            package.ChangeIdOfPart(core, "rIdCore");
            PackageParts.Feed(core, PackageParts.CoreXml(
                tracker.Title, tracker.Sheets.Count > 0 ? string.Join(", ", tracker.Sheets.Select(s => s.Name)) : "", [],
                PackageParts.Summary("Tracker", tracker.IndexState, tracker.CreatedAt, tracker.Request), tracker.Language, tracker.CreatedAt));
            var custom = package.AddCustomFilePropertiesPart();
            package.ChangeIdOfPart(custom, "rIdCustom");
            custom.Properties = PackageParts.CustomProperties("Tracker", tracker.Request, tracker.IndexState);
        }

        return PackageParts.WithFixedZipTimestamps(buffer.ToArray());
    }

    private static int LastTableRow(TrackerSheet sheet) => 1 + sheet.Rows.Count + sheet.InputRows;

    private static Worksheet Worksheet(WorksheetPart part, TrackerSheet sheet, AdvocacyTracker tracker, bool selected, Func<EvidenceSource, string>? findingLink)
    {
        var columnCount = sheet.Columns.Count;
        var lastRow = LastTableRow(sheet);
        var columns = new Columns();
        for (var c = 0; c < columnCount; c++)
        {
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = sheet.Columns[c].Width + 0.7, CustomWidth = true });
        }

        var data = new SheetData();
        var header = new Row { RowIndex = 1U };
        for (var c = 0; c < columnCount; c++)
        {
            header.Append(TextCell(Ref(c, 1), sheet.Columns[c].Header, Header));
        }

        FitHeight(header, sheet.Columns.Select(c => c.Header).ToList(), sheet.Columns, bold: true);

        data.Append(header);
        var hyperlinks = new Hyperlinks();
        var rowIndex = 2;
        foreach (var row in sheet.Rows)
        {
            var r = new Row { RowIndex = (uint)rowIndex };
            var texts = new List<string>();
            for (var c = 0; c < columnCount; c++)
            {
                var cell = c < row.Count ? row[c] : null;
                texts.Add(cell switch
                {
                    TextCell t => t.Text,
                    QuoteCell q => q.Quote.Text,
                    CitationCell s => s.Source.Citation.Format(tracker.Language),
                    LinkCell l => findingLink?.Invoke(l.Source) ?? l.Source.FindingId,
                    _ => "",
                });
                var reference = Ref(c, rowIndex);
                r.Append(cell switch
                {
                    null => Empty(reference, sheet.Columns[c]),
                    TextCell { Gap: true } t => TextCell(reference, t.Text, Gap),
                    TextCell t => TextCell(reference, t.Text, Text),
                    DateCell d => NumberCell(reference, d.Date.ToDateTime(TimeOnly.MinValue).ToOADate(), DateStyle),
                    NumberCell n => NumberCell(reference, n.Value, Number),
                    QuoteCell q => TextCell(reference, q.Quote.Text, Quote),
                    CitationCell s => TextCell(reference, s.Source.Citation.Format(tracker.Language), Text),
                    LinkCell l => LinkCell(part, hyperlinks, reference, l.Source, findingLink),
                    _ => Empty(reference, sheet.Columns[c]),
                });
            }

            FitHeight(r, texts, sheet.Columns, bold: false);
            data.Append(r);
            rowIndex++;
        }

        for (var i = 0; i < sheet.InputRows; i++, rowIndex++)
        {
            var r = new Row { RowIndex = (uint)rowIndex };
            for (var c = 0; c < columnCount; c++)
            {
                var reference = Ref(c, rowIndex);
                r.Append(c == 0 && sheet.InputIdFormat is { } id
                    ? TextCell(reference, string.Format(CultureInfo.InvariantCulture, id, i + 1), InputText)
                    : Empty(reference, sheet.Columns[c]));
            }

            data.Append(r);
        }

        // Notes under the table, after a blank row.
        rowIndex++;
        foreach (var note in sheet.Notes)
        {
            data.Append(new Row(TextCell(Ref(0, rowIndex), note, Note)) { RowIndex = (uint)rowIndex });
            rowIndex++;
        }

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetDimension { Reference = $"A1:{ColumnName(columnCount - 1)}{Math.Max(lastRow, rowIndex - 1)}" },
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { TabSelected = selected, WorkbookViewId = 0U }),
            new SheetFormatProperties { DefaultRowHeight = 15D },
            columns,
            data,
            new AutoFilter { Reference = $"A1:{ColumnName(columnCount - 1)}{lastRow}" });

        var validations = Validations(sheet, tracker.Language == "en", lastRow);
        if (validations.HasChildren)
        {
            validations.Count = (uint)validations.ChildElements.Count;
            worksheet.Append(validations);
        }

        if (hyperlinks.HasChildren)
        {
            worksheet.Append(hyperlinks);
        }

        worksheet.Append(
            new PageMargins { Left = 0.5D, Right = 0.5D, Top = 0.6D, Bottom = 0.6D, Header = 0.3D, Footer = 0.3D },
            new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U },
            new HeaderFooter(new OddFooter(PackageParts.XmlSafe($"&L{Escape(tracker.Title)}&R&P / &N"))));
        return worksheet;
    }

    /// <summary>Drop-down lists, dates and page numbers checked as the member types, over pre-filled and input rows alike.</summary>
    private static DataValidations Validations(TrackerSheet sheet, bool english, int lastRow)
    {
        var validations = new DataValidations();
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            var column = sheet.Columns[c];
            var range = new ListValue<StringValue> { InnerText = $"{ColumnName(c)}2:{ColumnName(c)}{lastRow}" };
            DataValidation? validation = column.Kind switch
            {
                TrackerColumnKind.Choice when column.ChoicesFrom is { } from => new DataValidation(new Formula1(
                    $"{Quoted(from.Sheet)}!${ColumnName(from.Column - 1)}$2:${ColumnName(from.Column - 1)}${1 + from.Rows}"))
                {
                    Type = DataValidationValues.List, ErrorStyle = DataValidationErrorStyleValues.Warning,
                },
                TrackerColumnKind.Choice => new DataValidation(new Formula1("\"" + string.Join(",", column.Choices.Select(ch => ch.Replace(",", " ", StringComparison.Ordinal).Replace("\"", "'", StringComparison.Ordinal))) + "\""))
                {
                    Type = DataValidationValues.List,
                },
                TrackerColumnKind.Date => new DataValidation(
                    new Formula1(MinDate.ToString(CultureInfo.InvariantCulture)),
                    new Formula2(MaxDate.ToString(CultureInfo.InvariantCulture)))
                {
                    Type = DataValidationValues.Date, Operator = DataValidationOperatorValues.Between,
                },
                TrackerColumnKind.Number => new DataValidation(new Formula1("0")) { Type = DataValidationValues.Whole, Operator = DataValidationOperatorValues.GreaterThanOrEqual },
                _ => null,
            };
            if (validation is null)
            {
                continue;
            }

            validation.AllowBlank = true;
            validation.ShowErrorMessage = true;
            validation.ErrorTitle = english ? "Unexpected value" : "Valeur non prévue";
            validation.Error = column.Kind switch
            {
                TrackerColumnKind.Date => english ? "Enter a date (for example 15/03/2027)." : "Saisissez une date (par exemple 15/03/2027).",
                TrackerColumnKind.Number => english ? "Enter a whole number." : "Saisissez un nombre entier.",
                _ => english ? "Choose a value from the list." : "Choisissez une valeur dans la liste.",
            };
            validation.SequenceOfReferences = range;
            validations.Append(validation);
        }

        return validations;
    }

    private static Cell Empty(string reference, TrackerColumn column) => new()
    {
        CellReference = reference,
        StyleIndex = column.Kind switch
        {
            TrackerColumnKind.Date => InputDate,
            TrackerColumnKind.Number => InputNumber,
            _ => InputText,
        },
    };

    private static Cell TextCell(string reference, string text, uint style) => new(new InlineString(new Text(PackageParts.XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    private static Cell NumberCell(string reference, double value, uint style) => new(new CellValue(value.ToString("R", CultureInfo.InvariantCulture)))
    {
        CellReference = reference,
        StyleIndex = style,
    };

    /// <summary>A link to the finding: a live hyperlink when the caller gives an absolute URL, else the finding id.</summary>
    private static Cell LinkCell(WorksheetPart part, Hyperlinks hyperlinks, string reference, EvidenceSource source, Func<EvidenceSource, string>? findingLink)
    {
        var link = findingLink?.Invoke(source);
        if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out var uri))
        {
            return TextCell(reference, source.FindingId, Text);
        }

        var id = "rIdLink" + (hyperlinks.ChildElements.Count + 1).ToString(CultureInfo.InvariantCulture);
        part.AddHyperlinkRelationship(uri, true, id);
        hyperlinks.Append(new Hyperlink { Reference = reference, Id = id });
        return TextCell(reference, uri.AbsoluteUri, Link);
    }

    /// <summary>
    /// Sets the row's height to its tallest wrapped cell. Excel keeps the height a file gives, and
    /// LibreOffice does not always re-measure wrapped rows on import: without this, long quotes
    /// would print over the next row.
    /// </summary>
    private static void FitHeight(Row row, List<string> texts, IReadOnlyList<TrackerColumn> columns, bool bold)
    {
        var lines = 1;
        for (var c = 0; c < texts.Count && c < columns.Count; c++)
        {
            lines = Math.Max(lines, Lines(texts[c], columns[c].Width * (bold ? 1.0 : 1.15)));
        }

        if (lines > 1)
        {
            row.Height = Math.Round((lines * 12.9) + 3, 1);
            row.CustomHeight = true;
        }
    }

    /// <summary>Lines a text wraps to in a column <paramref name="chars"/> characters wide (words kept whole).</summary>
    private static int Lines(string text, double chars)
    {
        var perLine = Math.Max(4, (int)chars);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines++;
            var used = 0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (used > 0 && used + 1 + word.Length > perLine)
                {
                    lines++;
                    used = 0;
                }

                used += (used > 0 ? 1 : 0) + word.Length;
                for (; used > perLine; used -= perLine)
                {
                    lines++;
                }
            }
        }

        return lines;
    }

    private static string Escape(string headerText) => headerText.Replace("&", "&&", StringComparison.Ordinal);

    private static string Quoted(string sheetName) => "'" + sheetName.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Ref(int column, int row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    private static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Styles(string language)
    {
        var border = new Border(
            new LeftBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        static Font Font(bool bold = false, bool italic = false, string? rgb = null, bool underline = false)
        {
            var font = new Font();
            if (bold)
            {
                font.Append(new Bold());
            }

            if (italic)
            {
                font.Append(new Italic());
            }

            if (underline)
            {
                font.Append(new Underline());
            }

            font.Append(new FontSize { Val = 10D });
            font.Append(rgb is null ? new Color { Theme = 1U } : new Color { Rgb = rgb });
            font.Append(new FontName { Val = "Arial" });
            font.Append(new FontFamilyNumbering { Val = 2 });
            return font;
        }

        static Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid });
        static CellFormat Format(uint font, uint fill, uint border, uint numberFormat = 0, bool wrap = false, bool center = false) => new(
            new Alignment { Vertical = center ? VerticalAlignmentValues.Center : VerticalAlignmentValues.Top, WrapText = wrap })
        {
            FontId = font, FillId = fill, BorderId = border, NumberFormatId = numberFormat, FormatId = 0U,
            ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = border != 0, ApplyNumberFormat = numberFormat != 0, ApplyAlignment = true,
        };

        var dateFormat = language == "en" ? "d mmm yyyy" : "dd/mm/yyyy";
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = dateFormat }) { Count = 1U },
            new Fonts(Font(), Font(bold: true, rgb: "FFFFFFFF"), Font(italic: true), Font(rgb: "FF0563C1", underline: true), Font(italic: true, rgb: "FF595959")) { Count = 5U },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FF1F4E79"),
                Solid("FFFCE4D6"),
                Solid("FFFFF8E1"))
            { Count = 5U },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), border) { Count = 2U },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            new CellFormats(
                new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
                Format(1, 2, 1, wrap: true, center: true), // Header
                Format(0, 0, 1, wrap: true), // Text
                Format(0, 0, 1, DateFormatId), // DateStyle
                Format(0, 0, 1, 1), // Number
                Format(2, 0, 1, wrap: true), // Quote
                Format(2, 3, 1, wrap: true), // Gap
                Format(3, 0, 1, wrap: true), // Link
                Format(4, 0, 0), // Note
                Format(0, 4, 1, wrap: true), // InputText
                Format(0, 4, 1, DateFormatId), // InputDate
                Format(0, 4, 1, 1)) // InputNumber
            { Count = 12U },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
    }
}
