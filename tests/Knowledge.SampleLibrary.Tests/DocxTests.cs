using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Knowledge.SampleLibrary.Builder.Sources;
using Heading = Knowledge.SampleLibrary.Builder.Sources.Heading;

namespace Knowledge.SampleLibrary.Tests;

public sealed class DocxTests
{
    public static TheoryData<string> DocxSources() =>
        new(Directory.GetFiles(TestFiles.SampleLibrary("sources"), "*.md")
            .Select(ReportSourceParser.Parse)
            .Where(s => s.Format == OutputFormat.Docx)
            .Select(s => s.SourceFile));

    [Theory]
    [MemberData(nameof(DocxSources))]
    public void Docx_HasHeadingStylesTablesAndFootnotes_FromItsSource(string sourceFile)
    {
        var source = ReportSourceParser.Parse(Path.Combine(TestFiles.SampleLibrary("sources"), sourceFile));
        using var doc = WordprocessingDocument.Open(Path.Combine(TestFiles.SampleLibrary("library"), source.OutputFile), false);
        var main = doc.MainDocumentPart!;
        var paragraphs = main.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().ToList();

        string? StyleOf(DocumentFormat.OpenXml.Wordprocessing.Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var h1 = paragraphs.Where(p => StyleOf(p) == "Heading1").Select(p => p.InnerText).ToList();
        var h2 = paragraphs.Where(p => StyleOf(p) == "Heading2").Select(p => p.InnerText).ToList();
        Assert.Equal(source.Blocks.OfType<Heading>().Where(h => h.Level == 1).Select(h => h.Text), h1);
        Assert.Equal(source.Blocks.OfType<Heading>().Where(h => h.Level == 2).Select(h => h.Text), h2);

        // The styles the paragraphs use must exist, or Word falls back to Normal and loses the outline.
        var styleIds = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).ToHashSet();
        Assert.Contains("Heading1", styleIds);
        Assert.Contains("Heading2", styleIds);
        Assert.Contains(main.StyleDefinitionsPart.Styles.Elements<Style>(), s => s.StyleId?.Value == "Heading1" && s.StyleParagraphProperties?.OutlineLevel?.Val?.Value == 0);

        Assert.Equal(source.Blocks.OfType<Knowledge.SampleLibrary.Builder.Sources.Table>().Count(),
            main.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Count());

        var notes = main.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id!.Value > 0).ToList();
        Assert.Equal(source.Notes.Count, notes.Count);
        var references = main.Document.Body.Descendants<FootnoteReference>().Select(r => r.Id!.Value).Distinct().Order().ToList();
        Assert.Equal(Enumerable.Range(1, source.Notes.Count).Select(i => (long)i), references);

        Assert.Equal(source.Title, doc.PackageProperties.Title);
        Assert.Equal(source.Year, doc.PackageProperties.Created!.Value.Year);
    }

    [Theory]
    [MemberData(nameof(DocxSources))]
    public void Docx_IsValidOpenXml(string sourceFile)
    {
        var source = ReportSourceParser.Parse(Path.Combine(TestFiles.SampleLibrary("sources"), sourceFile));
        using var doc = WordprocessingDocument.Open(Path.Combine(TestFiles.SampleLibrary("library"), source.OutputFile), false);
        var errors = new OpenXmlValidator().Validate(doc, TestContext.Current.CancellationToken).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
