using System.Globalization;
using System.Xml;

namespace Knowledge.Ingest.Extraction.Ocr;

/// <summary>One word Tesseract read, in PDF points from the page bottom (the PdfPig frame).</summary>
internal readonly record struct OcrWord(string Text, double Left, double Right, double Baseline, double Top, double Bottom, double FontSize, double Confidence);

/// <summary>The words of one page read by OCR, and the page's height in points.</summary>
internal sealed record OcrPage(int Number, double Height, IReadOnlyList<OcrWord> Words)
{
    /// <summary>Mean word confidence, 0–100 (0 for a page with no word).</summary>
    public double Confidence => Words.Count == 0 ? 0 : Words.Average(w => w.Confidence);
}

/// <summary>
/// Reads Tesseract's hOCR: word boxes and confidences, and for each line its baseline and text
/// size (<c>x_size</c>), which give every word of a line one baseline and one font size, as a text
/// layer would. Pixel coordinates become points at the rasterisation's resolution.
/// </summary>
internal static class HocrReader
{
    public static OcrPage Read(TextReader hocr, int pageNumber, int dpi)
    {
        var scale = 72.0 / dpi;
        var words = new List<OcrWord>();
        double heightPx = 0;
        double lineBaselinePx = 0, lineSizePx = 0;

        using var reader = XmlReader.Create(hocr, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = true });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var cls = reader.GetAttribute("class");
            var title = reader.GetAttribute("title");
            if (cls is null || title is null)
            {
                continue;
            }

            if (cls == "ocr_page")
            {
                heightPx = Bbox(title)?.Bottom ?? 0;
            }
            else if (cls is "ocr_line" or "ocr_caption" or "ocr_header" or "ocr_textfloat")
            {
                if (Bbox(title) is not { } box)
                {
                    continue;
                }

                // "baseline p1 p0": the baseline sits p0 pixels from the box bottom (negative: above).
                var baseline = Numbers(title, "baseline");
                lineBaselinePx = box.Bottom + (baseline.Length == 2 ? baseline[1] : 0);
                var size = Numbers(title, "x_size");
                lineSizePx = size.Length == 1 ? size[0] : box.Bottom - box.Top;
            }
            else if (cls == "ocrx_word")
            {
                if (Bbox(title) is not { } box)
                {
                    continue;
                }

                var conf = Numbers(title, "x_wconf");
                var text = InnerText(reader).Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                var baselinePx = lineBaselinePx > 0 ? lineBaselinePx : box.Bottom;
                var sizePx = lineSizePx > 0 ? lineSizePx : box.Bottom - box.Top;
                words.Add(new OcrWord(
                    text,
                    box.Left * scale,
                    box.Right * scale,
                    (heightPx - baselinePx) * scale,
                    (heightPx - box.Top) * scale,
                    (heightPx - box.Bottom) * scale,
                    Math.Round(sizePx * scale, 1),
                    conf.Length == 1 ? conf[0] : 0));
            }
        }

        return new OcrPage(pageNumber, heightPx * scale, words);
    }

    /// <summary>A word's text, whatever markup (font info) Tesseract put around it.</summary>
    private static string InnerText(XmlReader reader)
    {
        using var sub = reader.ReadSubtree();
        var sb = new System.Text.StringBuilder();
        while (sub.Read())
        {
            if (sub.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                sb.Append(sub.Value);
            }
        }

        return sb.ToString();
    }

    private readonly record struct Box(double Left, double Top, double Right, double Bottom);

    private static Box? Bbox(string title)
    {
        var n = Numbers(title, "bbox");
        return n.Length == 4 ? new Box(n[0], n[1], n[2], n[3]) : null;
    }

    /// <summary>The numbers after <paramref name="key"/> in an hOCR title ("bbox 1 2 3 4; x_wconf 96").</summary>
    private static double[] Numbers(string title, string key)
    {
        foreach (var part in title.Split(';', StringSplitOptions.TrimEntries))
        {
            if (!part.StartsWith(key + " ", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = part[(key.Length + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var values = new double[fields.Length];
            for (var i = 0; i < fields.Length; i++)
            {
                if (!double.TryParse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
                {
                    return [];
                }
            }

            return values;
        }

        return [];
    }
}
