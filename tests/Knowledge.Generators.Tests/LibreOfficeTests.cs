using System.Diagnostics;
using Knowledge.Generators.Requests;
using Knowledge.Generators.Tests.TestData;
using UglyToad.PdfPig;

namespace Knowledge.Generators.Tests;

/// <summary>
/// The tracker and the deck open in LibreOffice: each is converted to PDF headlessly and its pages
/// counted. Needs <c>soffice</c> (libreoffice-calc-nogui, libreoffice-impress-nogui, installed by
/// tests/install-deps.sh): under CI (<c>CI=true</c>) a missing soffice fails the test; elsewhere the
/// test is skipped and says why.
/// </summary>
public class LibreOfficeTests
{
    private static readonly TimeSpan ConversionLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Deck_OpensInLibreOffice_AsOnePdfPagePerSlide()
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var deck = await service.GenerateDeckAsync(new RegionalStrategyRequest { Region = "ecowas", PeriodStart = 2026, PeriodEnd = 2028 }, TestContext.Current.CancellationToken);

        var pages = await PdfPagesAsync(GenerationService.RenderPptx(deck), "pptx");

        Assert.Equal(deck.Slides.Count, pages);
    }

    [Fact]
    public async Task Tracker_OpensInLibreOffice_WithEverySheetPrinted()
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var tracker = await service.GenerateTrackerAsync(new NationalPlanRequest { Country = "BF", PeriodStart = 2026, PeriodEnd = 2028 }, TestContext.Current.CancellationToken);

        var pages = await PdfPagesAsync(GenerationService.RenderXlsx(tracker), "xlsx");

        // Each sheet starts a page, is one page wide, and none runs past a few pages.
        Assert.InRange(pages, tracker.Sheets.Count, tracker.Sheets.Count * 3);
    }

    /// <summary>Converts the file with soffice in a private profile (parallel runs do not share one) and counts the PDF's pages.</summary>
    private static async Task<int> PdfPagesAsync(byte[] file, string extension)
    {
        var soffice = FindSoffice();
        if (soffice is null)
        {
            Prerequisites.Missing("soffice (LibreOffice) est introuvable : lancez tests/install-deps.sh (libreoffice-calc-nogui, libreoffice-impress-nogui).");
        }

        var folder = Path.Combine(Path.GetTempPath(), "knowledge-lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "document." + extension);
            await File.WriteAllBytesAsync(input, file, TestContext.Current.CancellationToken);
            var start = new ProcessStartInfo(soffice)
            {
                ArgumentList =
                {
                    "-env:UserInstallation=" + new Uri(Path.Combine(folder, "profile")).AbsoluteUri,
                    "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder, input,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            limit.CancelAfter(ConversionLimit);
            var output = process.StandardOutput.ReadToEndAsync(limit.Token);
            var error = process.StandardError.ReadToEndAsync(limit.Token);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            var pdf = Path.Combine(folder, "document.pdf");
            Assert.True(File.Exists(pdf), $"soffice made no PDF (code {process.ExitCode}): {await output} {await error}");
            using var document = PdfDocument.Open(pdf);
            return document.NumberOfPages;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? FindSoffice() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "soffice"))
            .FirstOrDefault(File.Exists);
}
