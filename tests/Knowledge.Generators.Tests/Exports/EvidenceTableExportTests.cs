using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Knowledge.Generators.Exports;

namespace Knowledge.Generators.Tests.Exports;

public sealed class EvidenceTableExportTests
{
    [Theory]
    [InlineData(100)]
    [InlineData(3)]
    public async Task Xlsx_PassesTheOpenXmlValidator_WithZeroErrors(int maxRows)
    {
        var bytes = await ExportFixture.BytesAsync(ExportFormat.Xlsx, maxRows);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Xlsx_HasAFrozenFilteredHeader_WrappedQuotes_LinksAndASheetDescribingTheQuery()
    {
        var (exporter, export) = await ExportFixture.ExportAsync();
        using var document = SpreadsheetDocument.Open(new MemoryStream(exporter.Write(export, ExportFormat.Xlsx)), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Passages", "Requête"], sheets.Select(s => s.Name!.Value));

        var findings = ((WorksheetPart)workbook.GetPartById(sheets[0].Id!)).Worksheet;
        var pane = findings.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal($"A1:M{export.Findings.Count + 1}", findings.Descendants<AutoFilter>().Single().Reference!.Value);
        Assert.Equal(80D, findings.Descendants<Column>().First().Width!.Value);

        var rows = Rows(findings);
        Assert.Equal("Extrait", rows[0][0]);
        Assert.Equal(export.Findings.Count + 1, rows.Count);
        var quote = findings.Descendants<Cell>().Single(c => c.CellReference == "A2");
        var style = (CellFormat)workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.ElementAt((int)quote.StyleIndex!.Value);
        Assert.True(style.Alignment!.WrapText!.Value);

        // One row per finding: quote, citation, document, year, page or Word locator, codes and labels, kind, roles, link.
        var tricky = rows.Single(r => r[0] == ExportFixture.TrickyText);
        Assert.Equal("2023", tricky[3]);
        Assert.Equal("12", tricky[4]);
        Assert.Equal("NE", tricky[5]);
        Assert.Equal("Niger", tricky[6]);
        Assert.Equal("child-marriage", tricky[7]);
        Assert.Equal("Mariage d'enfants", tricky[8]);
        Assert.Equal("Donnée chiffrée", tricky[9]);
        Assert.Equal("chiffre; problème", tricky[10]);
        Assert.Equal("https://knowledge.example.org/findings/ab12cd0000000001-0000", tricky[11]);
        Assert.Equal("13-14", rows.Single(r => r[0] == ExportFixture.FormulaText)[4]);
        Assert.Equal("§ 3.2, al. 4", rows.Single(r => r[12] == "ef34ab0000000002-0000")[4]);
        var link = findings.Descendants<Hyperlink>().First();
        Assert.Equal("L2", link.Reference!.Value);
        Assert.Equal(rows[1][11], ((WorksheetPart)workbook.GetPartById(sheets[0].Id!)).HyperlinkRelationships.Single(h => h.Id == link.Id).Uri.ToString());

        var query = Rows(((WorksheetPart)workbook.GetPartById(sheets[1].Id!)).Worksheet).ToDictionary(r => r[0], r => r.Length > 1 ? r[1] : "");
        Assert.Equal("2026-12-04 03:00:00", query["Exécutée le (UTC)"]);
        Assert.Equal(export.IndexState.Fingerprint, query["Empreinte de l'index"]);
        Assert.Equal("NE (Niger)", query["Pays (country)"]);
        Assert.Equal("relevance (pertinence)", query["Ordre (sort)"]);
        Assert.Equal(export.TotalHits.ToString(System.Globalization.CultureInfo.InvariantCulture), query["Résultats trouvés"]);
        Assert.Equal("Tous les résultats sont exportés.", query["Exhaustivité"]);
        Assert.Equal("1", query["Passages dont un détail est masqué"]);
    }

    [Fact]
    public async Task Export_IsCutAtItsCap_AndSaysSoInTheXlsxAndTheCsv()
    {
        var (exporter, export) = await ExportFixture.ExportAsync(maxRows: 3);
        Assert.Equal(3, export.Findings.Count);
        Assert.Equal(9, export.TotalHits);
        Assert.True(export.Truncated);
        const string notice = "Export limité aux 3 premiers passages sur 9 : affinez la recherche (filtres, années) pour exporter les autres.";

        using var document = SpreadsheetDocument.Open(new MemoryStream(exporter.Write(export, ExportFormat.Xlsx)), false);
        var sheets = document.WorkbookPart!.WorksheetParts.Select(p => Rows(p.Worksheet)).ToList();
        Assert.Contains(sheets[1], r => r.Length > 1 && r[1] == notice);
        Assert.Equal(notice, sheets[0][^1][0]);
        Assert.Equal("A1:M4", document.WorkbookPart.WorksheetParts.First().Worksheet.Descendants<AutoFilter>().Single().Reference!.Value);

        var csv = Rfc4180.Read(Encoding.UTF8.GetString(exporter.Write(export, ExportFormat.Csv)).TrimStart('\uFEFF'));
        Assert.Equal(5, csv.Count);
        Assert.Equal(notice, csv[^1][0]);
    }

    [Fact]
    public async Task Csv_RoundTripsThroughAStrictRfc4180Reader_AsUtf8WithBomAndCrlf()
    {
        var (exporter, export) = await ExportFixture.ExportAsync();
        var bytes = exporter.Write(export, ExportFormat.Csv);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var records = Rfc4180.Read(text);
        Assert.Equal(export.Findings.Count + 1, records.Count);
        Assert.Equal(13, records[0].Length);
        Assert.Equal("Extrait", records[0][0]);
        var tricky = records.Single(r => r[12] == "ab12cd0000000001-0000");
        Assert.Equal(ExportFixture.TrickyText, tricky[0]);
        Assert.Equal("Child_Rights & {Network} 100% #1 ~ $5 ^ \\ fin, " + ExportFixture.SpecialTitle + ", 2023, p. 12", tricky[1]);
        Assert.Contains(records, r => r[0].StartsWith("Aïcha", StringComparison.Ordinal) is false && r[0].Contains("[détail masqué]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FormulaLookalikes_AreNeutralised_InCsvAndXlsx_AndNoFormulaIsEverWritten()
    {
        var (exporter, export) = await ExportFixture.ExportAsync();

        var csv = Rfc4180.Read(Encoding.UTF8.GetString(exporter.Write(export, ExportFormat.Csv)).TrimStart('\uFEFF'));
        Assert.Contains(csv, r => r[0] == "'" + ExportFixture.FormulaText);
        Assert.Contains(csv, r => r[0].StartsWith("'+227", StringComparison.Ordinal));
        Assert.Contains(csv, r => r[0].StartsWith("'-5 points", StringComparison.Ordinal));
        Assert.Contains(csv, r => r[0].StartsWith("'@SUM", StringComparison.Ordinal));
        Assert.DoesNotContain(csv, r => r.Any(f => f.Length > 0 && f[0] is '=' or '+' or '-' or '@' or '\t' or '\r'));

        using var document = SpreadsheetDocument.Open(new MemoryStream(exporter.Write(export, ExportFormat.Xlsx)), false);
        var workbook = document.WorkbookPart!;
        Assert.Empty(workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var lookalikes = workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>())
            .Where(c => c.InlineString?.InnerText is { Length: > 0 } t && t[0] is '=' or '+' or '-' or '@')
            .ToList();
        Assert.Equal(4, lookalikes.Count);
        Assert.All(lookalikes, c =>
        {
            Assert.Equal(CellValues.InlineString, c.DataType!.Value);
            Assert.True(formats[(int)c.StyleIndex!.Value].QuotePrefix?.Value, $"{c.CellReference} is not quote-prefixed");
        });

        // The quote itself stays verbatim in the workbook.
        Assert.Contains(lookalikes, c => c.InlineString!.InnerText == ExportFixture.FormulaText);
    }

    [Fact]
    public async Task UnreviewedSpans_AreMasked_AndTheirCitationSaysSo_InEveryFormat()
    {
        var (exporter, export) = await ExportFixture.ExportAsync();
        foreach (var format in ExportFormats.All)
        {
            var text = Text(exporter.Write(export, format), format);
            Assert.DoesNotContain("Aïcha", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Tassaou", text, StringComparison.Ordinal);
            if (!format.IsCitationFormat())
            {
                Assert.Contains("[détail masqué], a été mariée de force", text, StringComparison.Ordinal);
                Assert.Contains("p. 18 (extrait caviardé)", text, StringComparison.Ordinal);
            }
        }

        var (englishExporter, english) = await ExportFixture.ExportAsync(language: "en");
        Assert.Contains("p. 18 (redacted excerpt)", Text(englishExporter.Write(english, ExportFormat.Csv), ExportFormat.Csv), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameRequest_GivesTheSameBytes_ApartFromTheWorkbookCreationTime()
    {
        foreach (var format in ExportFormats.All)
        {
            var first = await ExportFixture.BytesAsync(format);
            var again = await ExportFixture.BytesAsync(format);
            Assert.Equal(first, again);
        }

        // An hour later: the CSV is the same file; the workbook differs in its creation time and run time only.
        var later = ExportFixture.Now.AddHours(1);
        Assert.Equal(await ExportFixture.BytesAsync(ExportFormat.Csv), await ExportFixture.BytesAsync(ExportFormat.Csv, at: later));
        var before = Parts(await ExportFixture.BytesAsync(ExportFormat.Xlsx));
        var after = Parts(await ExportFixture.BytesAsync(ExportFormat.Xlsx, at: later));
        Assert.Equal(before.Keys, after.Keys);
        var changed = before.Keys.Where(k => before[k] != after[k]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["docProps/core.xml", "xl/worksheets/sheet2.xml"], changed);
        Assert.Equal(before[changed[1]].Replace("2026-12-04 03:00:00", "2026-12-04 04:00:00", StringComparison.Ordinal), after[changed[1]]);
    }

    private static Dictionary<string, string> Parts(byte[] package)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(package));
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }

    private static string Text(byte[] file, ExportFormat format)
    {
        if (format != ExportFormat.Xlsx)
        {
            return Encoding.UTF8.GetString(file);
        }

        using var document = SpreadsheetDocument.Open(new MemoryStream(file), false);
        return string.Join("\n", document.WorkbookPart!.WorksheetParts.SelectMany(p => Rows(p.Worksheet)).Select(r => string.Join("\t", r)));
    }

    /// <summary>The sheet's rows as text, empty cells as empty strings, in column order.</summary>
    private static List<string[]> Rows(Worksheet sheet) =>
    [
        .. sheet.Descendants<Row>().Select(row =>
        {
            var cells = row.Elements<Cell>().ToList();
            var width = cells.Count == 0 ? 0 : cells.Max(c => ColumnIndex(c.CellReference!.Value!)) + 1;
            var values = new string[width];
            Array.Fill(values, string.Empty);
            foreach (var cell in cells)
            {
                values[ColumnIndex(cell.CellReference!.Value!)] = cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;
            }

            return values;
        }),
    ];

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
