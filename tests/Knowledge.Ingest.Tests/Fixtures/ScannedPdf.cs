using System.Diagnostics;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Knowledge.Ingest.Tests.Fixtures;

/// <summary>
/// Makes an image-only copy of a PDF, as a scanner would: every page rasterised by poppler's
/// <c>pdftoppm</c> and placed as one picture on a page of the same size, with no text layer.
/// </summary>
internal static class ScannedPdf
{
    /// <summary>Null when the OCR tools are not installed here (then the test says which package is missing).</summary>
    public static string? MissingTools()
    {
        foreach (var (tool, package) in new[] { ("pdftoppm", "poppler-utils"), ("tesseract", "tesseract-ocr") })
        {
            if (!Environment.GetEnvironmentVariable("PATH")!.Split(':').Any(d => File.Exists(Path.Combine(d, tool))))
            {
                return $"{tool} absent : installez le paquet Debian {package} (tests/install-deps.sh)";
            }
        }

        return null;
    }

    public static byte[] From(byte[] pdf, int dpi = 200)
    {
        var folder = Directory.CreateTempSubdirectory("knowledge-scan-");
        try
        {
            var input = Path.Combine(folder.FullName, "text.pdf");
            File.WriteAllBytes(input, pdf);
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-png", input, Path.Combine(folder.FullName, "page") })
            {
                start.ArgumentList.Add(a);
            }

            using (var process = Process.Start(start)!)
            {
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, "pdftoppm : " + error);
            }

            using var document = new PdfDocument();
            foreach (var image in Directory.EnumerateFiles(folder.FullName, "page*.png").Order(StringComparer.Ordinal))
            {
                var page = document.AddPage();
                page.Width = XUnit.FromPoint(TestPdf.Width);
                page.Height = XUnit.FromPoint(TestPdf.Height);
                using var gfx = XGraphics.FromPdfPage(page);
                using var picture = XImage.FromFile(image);
                gfx.DrawImage(picture, 0, 0, TestPdf.Width, TestPdf.Height);
            }

            using var stream = new MemoryStream();
            document.Save(stream, false);
            return stream.ToArray();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
