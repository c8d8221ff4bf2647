using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Knowledge.SampleLibrary.Tests;

/// <summary>What a reader gets out of a generated file: words joined by single spaces.</summary>
internal static partial class ExtractedText
{
    public static string Of(string file) =>
        file.EndsWith(".docx", StringComparison.Ordinal) ? OfDocx(file) : string.Join(' ', PdfPages(file));

    /// <summary>
    /// Letters in drawing order, with only the space glyphs the PDF carries plus one space at each
    /// line end: this reads two-column pages column by column and proves the spaces are real glyphs,
    /// not gaps a word extractor has to guess.
    /// </summary>
    public static string PdfContentOrder(string file)
    {
        using var pdf = PdfDocument.Open(file);
        var text = new System.Text.StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            var letters = page.Letters;
            for (var i = 0; i < letters.Count; i++)
            {
                text.Append(letters[i].Value);
                var lineEnds = i + 1 == letters.Count
                    || Math.Abs(letters[i + 1].StartBaseLine.Y - letters[i].StartBaseLine.Y) > letters[i].PointSize;
                if (lineEnds)
                    text.Append(' ');
            }
        }

        return Normalize(text.ToString());
    }

    public static IReadOnlyList<string> PdfPages(string file)
    {
        using var pdf = PdfDocument.Open(file);
        return pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
    }

    private static string OfDocx(string file)
    {
        using var doc = WordprocessingDocument.Open(file, false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        return Normalize(string.Join(' ', body.Descendants<WordParagraph>().Select(p => p.InnerText)));
    }

    public static string Normalize(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
