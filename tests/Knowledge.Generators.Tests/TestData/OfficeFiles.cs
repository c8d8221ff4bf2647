using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Knowledge.Generators.Tests.TestData;

/// <summary>Reads generated XLSX and PPTX back: validation errors, sheets, cells, slides, quotes and notes.</summary>
public static class OfficeFiles
{
    public static IReadOnlyList<string> ValidationErrors(OpenXmlPackage package) =>
        [.. new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];

    public static SpreadsheetDocument OpenXlsx(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    public static PresentationDocument OpenPptx(byte[] bytes) => PresentationDocument.Open(new MemoryStream(bytes), false);

    /// <summary>Sheet names in workbook order, each with its rows as (style index, text) cells.</summary>
    public static IReadOnlyList<(string Name, WorksheetPart Part)> Sheets(SpreadsheetDocument xlsx)
    {
        var workbook = xlsx.WorkbookPart!;
        return [.. workbook.Workbook!.Sheets!.Elements<S.Sheet>().Select(s => (s.Name!.Value!, (WorksheetPart)workbook.GetPartById(s.Id!.Value!)))];
    }

    public static IReadOnlyList<IReadOnlyList<(uint Style, string Text)>> Rows(WorksheetPart sheet) =>
        [.. sheet.Worksheet!.GetFirstChild<S.SheetData>()!.Elements<S.Row>().Select(r => (IReadOnlyList<(uint, string)>)
            [.. r.Elements<S.Cell>().Select(c => (c.StyleIndex?.Value ?? 0U, c.InlineString?.InnerText ?? c.CellValue?.Text ?? ""))])];

    /// <summary>Slides in order with their title, every paragraph's runs, and the notes text.</summary>
    public static IReadOnlyList<(string Title, IReadOnlyList<IReadOnlyList<A.Run>> Paragraphs, string Notes, SlidePart Part)> Slides(PresentationDocument pptx)
    {
        var presentation = pptx.PresentationPart!;
        var result = new List<(string, IReadOnlyList<IReadOnlyList<A.Run>>, string, SlidePart)>();
        foreach (var id in presentation.Presentation!.SlideIdList!.Elements<P.SlideId>())
        {
            var part = (SlidePart)presentation.GetPartById(id.RelationshipId!.Value!);
            var title = part.Slide!.Descendants<P.Shape>()
                .First(s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value == P.PlaceholderValues.Title);
            var paragraphs = part.Slide.Descendants<A.Paragraph>().Select(p => (IReadOnlyList<A.Run>)[.. p.Elements<A.Run>()]).ToList();
            var notes = part.NotesSlidePart?.NotesSlide?.InnerText ?? "";
            result.Add((title.InnerText, paragraphs, notes, part));
        }

        return result;
    }
}
