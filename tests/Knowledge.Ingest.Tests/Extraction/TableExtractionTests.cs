using Knowledge.Core.Evidence;
using Knowledge.Ingest.Tests.Fixtures;

namespace Knowledge.Ingest.Tests.Extraction;

/// <summary>
/// Tables drawn at known places: ruled and unruled, with wrapped cells, numbers grouped by spaces,
/// a caption, and prose in the column beside them. Each body row must come out whole, in one
/// finding, cells in column order, and no table cell may leak into a prose finding.
/// </summary>
public class TableExtractionTests
{
    private const string LeftProse =
        "Dans la région du Centre-Nord, les équipes mobiles de protection rencontrent chaque semaine des familles arrivées depuis peu dans les villes d'accueil. " +
        "Les mères racontent que les filles aînées gardent les plus jeunes pendant que les parents cherchent du travail journalier sur les marchés. " +
        "Les comités communautaires ont été relancés avec l'appui des autorités locales, mais ils manquent de moyens pour suivre les cas signalés. " +
        "Les travailleurs sociaux demandent une formation sur l'identification des victimes et sur l'orientation vers les services de santé. " +
        "Les écoles temporaires accueillent une partie des élèves, souvent dans des abris de fortune construits par les parents eux-mêmes.";

    private const string RightProse =
        "Ces chiffres ne comptent que les personnes enregistrées par les autorités et sous-estiment donc l'ampleur réelle du phénomène, selon les partenaires humanitaires interrogés pour cette étude. " +
        "Les organisations membres du réseau recommandent un enregistrement systématique des enfants séparés de leur famille dès leur arrivée.";

    private static readonly string[] Header = ["Indicateur", "Valeur", "Année"];

    [Fact]
    public async Task Extract_RuledTableBesideProse_RowsWholeAndApartFromProse()
    {
        using var pdf = new TestPdf().Page();
        pdf.Paragraph(57, 80, 230, LeftProse, size: 10, leading: 13);

        // Right column: caption, then a ruled table whose first cell wraps over two lines.
        pdf.Text(310, 80, "Tableau 1 : Personnes touchées par la crise", 9, bold: true);
        double[] xs = [310, 430, 490, 540];
        var y = 90.0;
        (string[] Lines, string Value, string Year)[] rows =
        [
            (["Indicateur"], "Valeur", "Année"),
            (["Personnes déplacées", "internes"], "335 000", "2023"),
            (["Enfants non scolarisés", "du fait de l'insécurité"], "1 254 000", "2023"),
            (["Écoles fermées"], "6 149", "2022"),
        ];
        foreach (var (lines, value, year) in rows)
        {
            var height = 6 + (12 * lines.Length);
            for (var c = 0; c + 1 < xs.Length; c++)
            {
                pdf.Rectangle(xs[c], y, xs[c + 1] - xs[c], height);
            }

            for (var l = 0; l < lines.Length; l++)
            {
                pdf.Text(xs[0] + 3, y + 12 + (12 * l), lines[l], 8);
            }

            pdf.Text(xs[1] + 3, y + 12, value, 8).Text(xs[2] + 3, y + 12, year, 8);
            y += height;
        }

        pdf.Paragraph(310, y + 30, 230, RightProse, size: 10, leading: 13);

        var result = await IngestRun.RunAsync(pdf.Save());

        var table = Assert.Single(result.Findings, f => f.Table is not null);
        Assert.Equal(Header, table.Table!.Columns);
        Assert.Equal("Tableau 1 : Personnes touchées par la crise", table.Table.Caption);
        Assert.Equal(
            [["Personnes déplacées internes", "335 000", "2023"], ["Enfants non scolarisés du fait de l'insécurité", "1 254 000", "2023"], ["Écoles fermées", "6 149", "2022"]],
            table.Table.Rows.Select(r => r.ToArray()).ToArray());
        Assert.Contains("Personnes déplacées internes — Valeur : 335 000 — Année : 2023", table.Text.Split('\n'));
        Assert.Contains("Enfants non scolarisés du fait de l'insécurité — Valeur : 1 254 000 — Année : 2023", table.Text.Split('\n'));
        AssertProseHasNoCells(result.Findings, ["335", "déplacées", "scolarisés", "Écoles fermées", "6 149"]);
        Assert.Contains(result.Findings, f => f.Table is null && f.Text.Contains("abris de fortune", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Table is null && f.Text.Contains("enregistrement systématique", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extract_UnruledTableWithWrappedCells_RowsWholeNumbersIntact()
    {
        using var pdf = new TestPdf().Page();
        pdf.Paragraph(57, 60, 480, LeftProse, size: 10, leading: 13);
        pdf.Text(57, 160, "Table 2: Key figures for the central Sahel", 10, bold: true);
        double[] xs = [57, 300, 400, 470];
        pdf.Text(xs[0], 185, "Indicator", 10, bold: true).Text(xs[1], 185, "Value", 10, bold: true).Text(xs[2], 185, "Year", 10, bold: true);
        (string[] Lines, string Value, string Year)[] rows =
        [
            (["Internally displaced persons"], "335 000", "2023"),
            (["Children out of school because", "of insecurity"], "1\u202F254\u202F000", "2023"),
            (["Schools closed"], "6 149", "2022"),
            (["Registered child victims of", "trafficking"], "1 072", "2021"),
        ];
        var y = 207.0;
        foreach (var (lines, value, year) in rows)
        {
            for (var l = 0; l < lines.Length; l++)
            {
                pdf.Text(xs[0], y + (12 * l), lines[l], 10);
            }

            pdf.Text(xs[1], y, value, 10).Text(xs[2], y, year, 10);
            y += 12 * lines.Length + 10;
        }

        pdf.Paragraph(57, y + 20, 480, RightProse, size: 10, leading: 13);

        var result = await IngestRun.RunAsync(pdf.Save());

        var table = Assert.Single(result.Findings, f => f.Table is not null);
        Assert.Equal(["Indicator", "Value", "Year"], table.Table!.Columns);
        Assert.Equal("Table 2: Key figures for the central Sahel", table.Table.Caption);
        var lines2 = table.Text.Split('\n');
        Assert.Contains("Internally displaced persons — Value : 335 000 — Year : 2023", lines2);
        Assert.Contains("Children out of school because of insecurity — Value : 1 254 000 — Year : 2023", lines2);
        Assert.Contains("Registered child victims of trafficking — Value : 1 072 — Year : 2021", lines2);
        Assert.Equal(4, table.Table.Rows.Count);
        AssertProseHasNoCells(result.Findings, ["335", "displaced", "Schools closed", "1 072"]);
    }

    [Fact]
    public async Task Extract_UnruledTableInOneColumnBesideProse_DoesNotMixWithProse()
    {
        using var pdf = new TestPdf().Page();
        pdf.Paragraph(57, 80, 230, LeftProse + " " + LeftProse, size: 10, leading: 13);
        pdf.Text(310, 80, "Tableau 3 : Écoles et élèves", 9, bold: true);
        double[] xs = [310, 440, 500];
        pdf.Text(xs[0], 100, "Indicateur", 9, bold: true).Text(xs[1], 100, "Valeur", 9, bold: true).Text(xs[2], 100, "Année", 9, bold: true);
        (string Label, string Value, string Year)[] rows =
        [
            ("Écoles fermées", "6 149", "2022"),
            ("Élèves touchés", "1 030 000", "2022"),
            ("Enseignants déplacés", "31 200", "2022"),
            ("Centres rouverts", "412", "2023"),
        ];
        var y = 118.0;
        foreach (var (label, value, year) in rows)
        {
            pdf.Text(xs[0], y, label, 9).Text(xs[1], y, value, 9).Text(xs[2], y, year, 9);
            y += 16;
        }

        pdf.Paragraph(310, y + 24, 230, RightProse, size: 10, leading: 13);

        var result = await IngestRun.RunAsync(pdf.Save());

        var table = Assert.Single(result.Findings, f => f.Table is not null);
        Assert.Equal(Header, table.Table!.Columns);
        Assert.Contains("Élèves touchés — Valeur : 1 030 000 — Année : 2022", table.Text.Split('\n'));
        Assert.Contains("Enseignants déplacés — Valeur : 31 200 — Année : 2022", table.Text.Split('\n'));
        AssertProseHasNoCells(result.Findings, ["Écoles fermées", "1 030 000", "31 200", "Centres rouverts"]);
    }

    /// <summary>
    /// An unruled table whose figure columns have headers wrapped over two lines, beside a label
    /// column whose header takes one: the white above the first row's label and the wide gap after
    /// the labels once made the cut part the table into three pieces (the labels of the first row,
    /// the figures under the header, the later rows), so rows lost their labels or their headers.
    /// </summary>
    [Fact]
    public async Task Extract_UnruledTableWithTwoLineHeaders_RowsWholeUnderTheirHeaders()
    {
        using var pdf = new TestPdf().Page();
        var top = pdf.Paragraph(57, 60, 480, LeftProse, size: 11, leading: 15) + 20;
        pdf.Text(57, top, "Tableau 1 : Santé de la peau et de la vue, par pays (consultations 2025)", 10, bold: true);
        double[] xs = [57, 170, 270, 380, 470];
        string[] header = ["Pays", "Enfants examinés", "Lésions précancéreuses", "Écran solaire régulier", "Lunettes adaptées"];
        string[][] rows = [["Mali", "248", "38 %", "17 %", "12 %"], ["Guinée", "203", "44 %", "9 %", "6 %"], ["Burkina Faso", "189", "31 %", "26 %", "21 %"]];
        var y = WrappedHeaderTable(pdf, xs, header, rows, top + 24, padding: 14);

        pdf.Paragraph(57, y + 20, 480, RightProse, size: 11, leading: 15);

        var result = await IngestRun.RunAsync(pdf.Save());

        var table = Assert.Single(result.Findings, f => f.Table is not null);
        Assert.Equal(header, table.Table!.Columns);
        Assert.Equal(rows, table.Table.Rows.Select(r => r.ToArray()).ToArray());
        Assert.Contains("Guinée — Enfants examinés : 203 — Lésions précancéreuses : 44 % — Écran solaire régulier : 9 % — Lunettes adaptées : 6 %", table.Text.Split('\n'));
        AssertProseHasNoCells(result.Findings, ["248", "Burkina Faso", "Lunettes"]);
    }

    /// <summary>
    /// Only the last header wraps ("Paid" / "nothing"), above a figure column: the piece holding the
    /// header and the first row's figures has a line of one cell, so it did not read as a table on
    /// its own and stayed apart from the labels beside it. A cell wrapped right under its row counts
    /// as part of that row.
    /// </summary>
    [Fact]
    public async Task Extract_UnruledTableWithOneWrappedHeader_RowsWholeUnderTheirHeaders()
    {
        using var pdf = new TestPdf().Page();
        pdf.Text(57, 60, "3. Hours, pay and rest", 13, bold: true);
        var top = pdf.Paragraph(57, 86, 480, "Table 1 summarises the working conditions reported by the children interviewed in each city.") + 12;
        pdf.Text(57, top + 8, "Table 1: Child domestic workers interviewed, by city", 10, bold: true);
        double[] xs = [57, 150, 275, 350, 470];
        string[] header = ["City", "Children interviewed", "Under 14", "Median hours a day", "Paid nothing"];
        string[][] rows = [["Accra", "180", "38%", "13", "44%"], ["Kumasi", "150", "31%", "12", "52%"], ["Lagos", "210", "47%", "15", "63%"], ["Abuja", "140", "29%", "14", "49%"]];
        var y = WrappedHeaderTable(pdf, xs, header, rows, top + 32, padding: 6);

        pdf.Paragraph(57, y + 20, 480, RightProse);

        var result = await IngestRun.RunAsync(pdf.Save());

        var table = Assert.Single(result.Findings, f => f.Table is not null);
        Assert.Equal(header, table.Table!.Columns);
        Assert.Equal(rows, table.Table.Rows.Select(r => r.ToArray()).ToArray());
        Assert.Contains("Accra — Children interviewed : 180 — Under 14 : 38% — Median hours a day : 13 — Paid nothing : 44%", table.Text.Split('\n'));
        AssertProseHasNoCells(result.Findings, ["Accra", "180", "nothing"]);
    }

    /// <summary>
    /// A table drawn as a word processor lays it out: caption, a header whose last figure cells wrap
    /// ("Abuse or" / "neglect") over a label column headed on one line, then the rows. The white the
    /// wrapped header leaves cut off the label column's header and the first row's label from the
    /// rest, both were lost, and the second row was read as the header of a second table. With a
    /// narrow figure column ("Players"), the first row's label keeps its first figure beside it.
    /// </summary>
    [Theory]
    [InlineData("Line and caller|Calls received|Silent or prank|Abuse or neglect|Referred", "Ghana, children|38,400|61%|9%|52%;Ghana, adults|14,900|23%|27%|68%;Gambia, children|6,200|57%|12%|46%;Gambia, adults|3,100|18%|34%|71%", new double[] { 57, 185, 285, 385, 475 })]
    [InlineData("Group|Players|Paid an agent|No trial held|No return ticket", "Ghana to Europe|64|88%|41%|37%;Ghana to Gulf|38|92%|55%|62%;Senegal to Europe|71|83%|34%|30%;Senegal to N. Africa|47|76%|68%|57%", new double[] { 57, 170, 270, 370, 465 })]
    public async Task Extract_UnruledTableUnderItsCaption_WithWrappedFigureHeaders_KeepsTheLabelColumn(string headerCells, string rowCells, double[] xs)
    {
        using var pdf = new TestPdf().Page();
        pdf.Text(57, 60, "3. Call volumes and reasons for calling", 13, bold: true);
        var top = pdf.Paragraph(57, 86, 480, "The table below shows, for each helpline and type of caller, the number of calls received in 2023, the share of silent, test or prank calls, the share of calls reporting abuse or neglect, and the share of those reports that were passed on to another service.") + 12;
        const string caption = "Table 1: Calls received by the child helplines in 2023, by line and type of caller";
        pdf.Text(57, top + 8, caption, 10, bold: true);
        var header = headerCells.Split('|');
        var rows = rowCells.Split(';').Select(r => r.Split('|')).ToArray();
        var y = WrappedHeaderTable(pdf, xs, header, rows, top + 32, padding: 6);

        pdf.Paragraph(57, y + 20, 480, RightProse);

        var result = await IngestRun.RunAsync(pdf.Save());

        var table = Assert.Single(result.Findings, f => f.Table is not null);
        Assert.Equal(caption, table.Table!.Caption);
        Assert.Equal(header, table.Table.Columns);
        Assert.Equal(rows, table.Table.Rows.Select(r => r.ToArray()).ToArray());
        AssertProseHasNoCells(result.Findings, [rows[0][0], rows[0][1], rows[1][0]]);
    }

    /// <summary>
    /// Draws an unruled table at <paramref name="xs"/>: each header wrapped within its column (up to
    /// the next column less <paramref name="padding"/>, the last up to the right margin) from
    /// <paramref name="y"/>, then the rows 18 points apart; returns the baseline after the last row.
    /// </summary>
    private static double WrappedHeaderTable(TestPdf pdf, double[] xs, string[] header, string[][] rows, double y, double padding)
    {
        var below = y;
        for (var c = 0; c < xs.Length; c++)
        {
            var width = (c + 1 < xs.Length ? xs[c + 1] : 538) - xs[c] - padding;
            below = Math.Max(below, pdf.Paragraph(xs[c], y, width, header[c], size: 10, leading: 12, bold: true));
        }

        var baseline = below + 8;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                pdf.Text(xs[c], baseline, row[c], 10);
            }

            baseline += 18;
        }

        return baseline;
    }

    private static void AssertProseHasNoCells(IEnumerable<Finding> findings, string[] cells)
    {
        foreach (var f in findings.Where(f => f.Table is null))
        {
            foreach (var cell in cells)
            {
                Assert.DoesNotContain(cell, f.Text, StringComparison.Ordinal);
            }
        }
    }
}
