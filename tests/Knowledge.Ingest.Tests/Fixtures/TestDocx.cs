using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Knowledge.Ingest.Tests.Fixtures;

/// <summary>Word files the tests build: ordinary ones through the SDK, hostile ones byte by byte.</summary>
internal static class TestDocx
{
    /// <summary>A Word file with a heading style per level and the given body.</summary>
    public static byte[] Build(string title, params OpenXmlElement[] body)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            doc.PackageProperties.Title = title;
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(Enumerable.Range(1, 3).Select(l =>
                new Style(new StyleName { Val = $"heading {l}" }, new StyleParagraphProperties(new OutlineLevel { Val = l - 1 }))
                {
                    Type = StyleValues.Paragraph,
                    StyleId = $"Heading{l}",
                }));
            main.Document = new Document(new Body(body));
        }

        return stream.ToArray();
    }

    public static Paragraph Heading(int level, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" }), new Run(new Text(text)));

    public static Paragraph Para(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>A paragraph whose text runs over a page break Word recorded between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static Paragraph ParaOverRenderedBreak(string before, string after) => new(
        new Run(new Text(before) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new LastRenderedPageBreak(), new Text(after) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>An explicit page break on a paragraph of its own.</summary>
    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    /// <summary>
    /// A minimal Word package whose main part is written by <paramref name="writeBody"/> straight
    /// into the zip stream, so a part of gigabytes costs the test no memory.
    /// </summary>
    public static byte[] Raw(Action<StreamWriter> writeBody)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", w => w.Write(
                """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""));
            Write(zip, "_rels/.rels", w => w.Write(
                """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""));
            Write(zip, "word/document.xml", w =>
            {
                w.Write("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""");
                writeBody(w);
                w.Write("</w:body></w:document>");
            });
        }

        return stream.ToArray();
    }

    private static readonly Lazy<byte[]> HugeRunBomb = new(() => OneHugeRun(100_000_000));
    private static readonly Lazy<byte[]> ParagraphBomb = new(() => ManyParagraphs(2_000_000));

    /// <summary>100 million letters in one run: about 100 KB that inflate to 100 MB (built once per test run).</summary>
    public static byte[] HugeRun => HugeRunBomb.Value;

    /// <summary>Two million empty paragraphs (built once per test run).</summary>
    public static byte[] MillionsOfParagraphs => ParagraphBomb.Value;

    /// <summary>One paragraph holding one run of <paramref name="characters"/> letters.</summary>
    public static byte[] OneHugeRun(long characters) => Raw(w =>
    {
        w.Write("<w:p><w:r><w:t>");
        var chunk = new string('a', 64 * 1024);
        for (long written = 0; written < characters; written += chunk.Length)
        {
            w.Write(chunk.AsSpan(0, (int)Math.Min(chunk.Length, characters - written)));
        }

        w.Write("</w:t></w:r></w:p>");
    });

    /// <summary><paramref name="count"/> empty paragraphs.</summary>
    public static byte[] ManyParagraphs(int count) => Raw(w =>
    {
        for (var i = 0; i < count; i++)
        {
            w.Write("<w:p/>");
        }
    });

    private static void Write(ZipArchive zip, string name, Action<StreamWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false), 1 << 16);
        write(writer);
    }
}
