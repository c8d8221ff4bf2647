using System.Text.RegularExpressions;
using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;

namespace Knowledge.Ingest.Tests.Extraction;

/// <summary>
/// Scanned reports: image-only copies (200 dpi, no text layer) of report pages the test draws,
/// read back by Tesseract through the same layout path as a text layer. Kept few: each OCR page
/// costs one to three seconds.
/// </summary>
public partial class OcrTests
{
    private static readonly string[] Page1 =
    [
        "Au Niger, plus de la moitié des enfants de cinq à quatorze ans travaillent, souvent dans l'agriculture familiale, les mines artisanales et le travail domestique, selon l'enquête nationale sur le travail des enfants.",
        "Les filles placées comme domestiques dans les villes sont exposées à des violences et à l'exploitation sexuelle, loin de leurs familles et sans accès à l'école ni aux services de protection.",
        "Les organisations de la société civile recommandent de renforcer l'inspection du travail, de financer les services sociaux de proximité et de former les agents communautaires au repérage des situations à risque.",
    ];

    private static readonly string[] Page2 =
    [
        "Le Code de protection de l'enfant adopté en 2022 interdit les pires formes de travail des enfants, mais son application reste limitée faute de décrets et de moyens pour les brigades des mineurs.",
        "Dans les régions de Tillabéri et de Tahoua, l'insécurité a fermé plusieurs centaines d'écoles, ce qui pousse les adolescents vers les sites d'orpaillage et les routes migratoires vers le nord.",
    ];

    [Fact]
    public async Task Ocr_ImageOnlyReport_KeepsWordsInOrderOnTheirPagesWithConfidence()
    {
        if (ScannedPdf.MissingTools() is { } missing)
        {
            Assert.Skip(missing);
        }

        var scan = ScannedPdf.From(DrawReport());

        var result = await IngestRun.RunAsync(scan, "rapport-scanne.pdf");

        Assert.Equal(IngestStatus.Ingested, result.Status);
        Assert.Equal([1, 2], result.OcrPages.Keys.Order());
        Assert.All(result.Findings, f => Assert.InRange(f.OcrConfidence!.Value, 80, 100));

        // At least 95 % of the drawn body words come back, in order (headings count through section paths).
        var reference = Words(string.Join(" ", ["Travail des enfants", .. Page1, "Cadre juridique", .. Page2]));
        var headings = result.Findings.SelectMany(f => f.SectionPath).Distinct();
        var ours = Words(string.Join(" ", headings.Concat(result.Findings.Select(f => f.Text))));
        var kept = InOrder(reference, ours);
        Assert.True(kept >= 0.95 * reference.Count, $"{kept}/{reference.Count} mots dans l'ordre");

        // Each passage on the page it was drawn on; running header and footer gone.
        Assert.Equal(1, Assert.Single(result.Findings, f => f.Text.Contains("domestiques", StringComparison.Ordinal)).Page);
        Assert.Equal(2, Assert.Single(result.Findings, f => f.Text.Contains("orpaillage", StringComparison.Ordinal)).Page);
        Assert.All(result.Findings, f => Assert.DoesNotContain("Rapport annuel", f.Text, StringComparison.Ordinal));
        Assert.All(result.Findings, f => Assert.DoesNotMatch(@"\d/2\b", f.Text));
    }

    [Fact]
    public async Task Ocr_TesseractMissing_RefusesTheScanNamingThePackage()
    {
        if (ScannedPdf.MissingTools() is { } missing)
        {
            Assert.Skip(missing);
        }

        var scan = ScannedPdf.From(DrawReport(pages: 1));

        var result = await IngestRun.RunAsync(scan, "scan.pdf", options: new IngestOptions { TesseractCommand = "/nonexistent/tesseract" });

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Equal(IngestReasonCodes.OcrUnavailable, result.ReasonCode);
        Assert.Contains("OCR indisponible : installez le paquet tesseract-ocr", result.Reason, StringComparison.Ordinal);
        Assert.True(IngestReasonCodes.AwaitsOcr(result.ReasonCode!, result.Reason!));
    }

    private static byte[] DrawReport(int pages = 2)
    {
        using var pdf = new TestPdf();
        string[][] bodies = [Page1, Page2];
        string[] headings = ["Travail des enfants", "Cadre juridique"];
        for (var p = 0; p < pages; p++)
        {
            pdf.Page();
            pdf.Text(57, 40, "Rapport annuel — Niger 2024", size: 9);
            pdf.Text(57, 110, headings[p], size: 16, bold: true);
            var y = 140.0;
            foreach (var paragraph in bodies[p])
            {
                y = pdf.Paragraph(57, y, 480, paragraph) + 10;
            }

            pdf.Text(500, 810, $"{p + 1}/2", size: 9);
        }

        return pdf.Save();
    }

    private static List<string> Words(string text) =>
        [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    /// <summary>Length of the longest common subsequence: reference words found in the same order.</summary>
    private static int InOrder(List<string> reference, List<string> ours)
    {
        var row = new int[ours.Count + 1];
        foreach (var r in reference)
        {
            var diagonal = 0;
            for (var j = 1; j <= ours.Count; j++)
            {
                var above = row[j];
                row[j] = r == ours[j - 1] ? diagonal + 1 : Math.Max(row[j], row[j - 1]);
                diagonal = above;
            }
        }

        return row[ours.Count];
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}'’-]*|\d+")]
    private static partial Regex WordPattern();
}
