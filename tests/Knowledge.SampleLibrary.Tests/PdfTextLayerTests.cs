using Knowledge.SampleLibrary.Builder.Manifest;
using Knowledge.SampleLibrary.Builder.Sources;
using UglyToad.PdfPig;

namespace Knowledge.SampleLibrary.Tests;

public sealed class PdfTextLayerTests
{
    private const int MinimumWords = 800;

    public static TheoryData<string> PdfSources() =>
        new(Directory.GetFiles(TestFiles.SampleLibrary("sources"), "*.md")
            .Select(ReportSourceParser.Parse)
            .Where(s => s.Format == OutputFormat.Pdf)
            .Select(s => s.SourceFile)
            .Order(StringComparer.Ordinal));

    private static (ReportSource Source, string Pdf) Load(string sourceFile)
    {
        var source = ReportSourceParser.Parse(Path.Combine(TestFiles.SampleLibrary("sources"), sourceFile));
        return (source, Path.Combine(TestFiles.SampleLibrary("library"), source.OutputFile));
    }

    [Theory]
    [MemberData(nameof(PdfSources))]
    public void Pdf_OpensWithPdfPig_AndHasAFullTextLayer(string sourceFile)
    {
        var (_, pdf) = Load(sourceFile);
        using var document = PdfDocument.Open(pdf);
        var words = document.GetPages().Sum(p => p.GetWords().Count());
        Assert.True(words > MinimumWords, $"{pdf}: {words} words, expected more than {MinimumWords}");
    }

    [Theory]
    [MemberData(nameof(PdfSources))]
    public void Pdf_Metadata_ComesFromFrontMatter(string sourceFile)
    {
        var (source, pdf) = Load(sourceFile);
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(source.Title, document.Information.Title);
        Assert.Equal(source.Publisher, document.Information.Author);
        Assert.StartsWith($"D:{source.Year}", document.Information.CreationDate, StringComparison.Ordinal);
        Assert.Equal(LibraryManifest.Load(TestFiles.SampleLibrary("library")).Documents.Single(d => d.Source == sourceFile).Title,
            document.Information.Title);
    }

    [Theory]
    [MemberData(nameof(PdfSources))]
    public void Pdf_EveryPage_HasRunningHeaderAndPageOfPagesFooter(string sourceFile)
    {
        var (source, pdf) = Load(sourceFile);
        var pages = ExtractedText.PdfPages(pdf);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains(source.ShortTitle, pages[i], StringComparison.Ordinal);
            Assert.Contains($"{i + 1} / {pages.Count}", pages[i], StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The opening words of every paragraph must come out of the PDF as separate, correctly
    /// accented words: this fails if spaces are lost (glued words) or glyphs map to wrong characters.
    /// </summary>
    [Theory]
    [MemberData(nameof(PdfSources))]
    public void Pdf_ParagraphOpenings_ExtractWithSpacesAndAccents(string sourceFile)
    {
        var (source, pdf) = Load(sourceFile);
        var text = ExtractedText.PdfContentOrder(pdf);
        var openings = source.Blocks.OfType<Paragraph>().Select(p => Opening(p.Runs)).Where(o => o.Length > 0).ToList();
        Assert.NotEmpty(openings);
        Assert.All(openings, opening => Assert.Contains(opening, text, StringComparison.Ordinal));
        Assert.Contains(source.IsFrench ? "é" : "the", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PdfSources))]
    public void Pdf_NotesSection_ListsEveryNote(string sourceFile)
    {
        var (source, pdf) = Load(sourceFile);
        var text = ExtractedText.Of(pdf);
        var notesAt = text.LastIndexOf("Notes", StringComparison.Ordinal);
        Assert.True(notesAt >= 0, "no Notes heading");
        for (var i = 0; i < source.Notes.Count; i++)
        {
            var opening = Opening(source.Notes[i], maxWords: 5);
            Assert.True(text.IndexOf(opening, notesAt, StringComparison.Ordinal) > notesAt, $"note {i + 1} '{opening}' not in the Notes section");
        }
    }

    /// <summary>Up to <paramref name="maxWords"/> words before the first note marker, minus the word a marker would be glued to.</summary>
    private static string Opening(IReadOnlyList<Run> runs, int maxWords = 10)
    {
        var beforeMarker = string.Concat(runs.TakeWhile(r => r.Style != RunStyle.NoteMarker).Select(r => r.Text));
        var words = ExtractedText.Normalize(beforeMarker).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var hitMarker = runs.Any(r => r.Style == RunStyle.NoteMarker);
        var take = hitMarker && words.Length <= maxWords ? words.Length - 1 : Math.Min(maxWords, words.Length);
        return string.Join(' ', words.Take(Math.Max(0, take)));
    }
}
