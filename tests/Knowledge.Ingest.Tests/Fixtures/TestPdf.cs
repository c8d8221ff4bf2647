using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Knowledge.Ingest.Tests.Fixtures;

/// <summary>
/// Writes PDFs with known text at known places (PDFsharp, DejaVu fonts), so each extraction step
/// can be tested against what was actually drawn. Coordinates are points from the top-left.
/// </summary>
internal sealed class TestPdf : IDisposable
{
    public const double Width = 595;

    public const double Height = 842;

    private readonly PdfDocument _document = new();
    private XGraphics? _gfx;

    static TestPdf()
    {
        // PDFsharp 6.5 refuses to work until a licence is chosen; test fixtures use it under the AGPL.
        PdfSharp.PdfSharpLicense.SetAgplLicense();
        DejaVuFontResolver.Install();
    }

    public TestPdf Page()
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(Width);
        page.Height = XUnit.FromPoint(Height);
        _gfx = XGraphics.FromPdfPage(page);
        return this;
    }

    /// <summary>Draws one line of text with its baseline at <paramref name="y"/>.</summary>
    public TestPdf Text(double x, double y, string text, double size = 11, bool bold = false)
    {
        var font = new XFont("DejaVu Sans", size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
        _gfx!.DrawString(text, font, XBrushes.Black, new XPoint(x, y), XStringFormats.BaseLineLeft);
        return this;
    }

    /// <summary>Width of a text in the test font.</summary>
    public double Measure(string text, double size = 11, bool bold = false) =>
        _gfx!.MeasureString(text, new XFont("DejaVu Sans", size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular)).Width;

    /// <summary>
    /// Flows <paramref name="text"/> into lines no wider than <paramref name="width"/> from (x, y),
    /// with the given line height; returns the baseline after the last line.
    /// </summary>
    public double Paragraph(double x, double y, double width, string text, double size = 11, double leading = 15, bool bold = false)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Measure(candidate, size, bold) > width)
            {
                Text(x, y, line, size, bold);
                y += leading;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            Text(x, y, line, size, bold);
            y += leading;
        }

        return y;
    }

    /// <summary>Strokes a straight line (a table rule) from (x1, y1) to (x2, y2).</summary>
    public TestPdf Line(double x1, double y1, double x2, double y2)
    {
        _gfx!.DrawLine(XPens.Black, x1, y1, x2, y2);
        return this;
    }

    public TestPdf Rectangle(double x, double y, double w, double h)
    {
        _gfx!.DrawRectangle(XPens.Black, x, y, w, h);
        return this;
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _document.Dispose();
    }

    public byte[] Save(string? userPassword = null, string? ownerPassword = null)
    {
        _gfx?.Dispose();
        _gfx = null;
        if (userPassword is not null || ownerPassword is not null)
        {
            var security = _document.SecuritySettings;
            if (userPassword is not null)
            {
                security.UserPassword = userPassword;
            }

            security.OwnerPassword = ownerPassword ?? userPassword + "-owner";
        }

        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>PDFsharp needs fonts on Linux: DejaVu, which the CI script installs.</summary>
    private sealed class DejaVuFontResolver : IFontResolver
    {
        private const string Folder = "/usr/share/fonts/truetype/dejavu";
        private static readonly object Gate = new();
        private static bool s_installed;

        public static void Install()
        {
            lock (Gate)
            {
                if (!s_installed)
                {
                    GlobalFontSettings.FontResolver = new DejaVuFontResolver();
                    s_installed = true;
                }
            }
        }

        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

        public byte[] GetFont(string faceName)
        {
            var path = Path.Combine(Folder, faceName + ".ttf");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Police de test absente : {path} (installez fonts-dejavu-core)", path);
            }

            return File.ReadAllBytes(path);
        }
    }
}
