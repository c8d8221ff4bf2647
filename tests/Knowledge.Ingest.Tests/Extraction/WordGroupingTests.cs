using Knowledge.Ingest.Extraction;
using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Knowledge.Ingest.Tests.Extraction;

/// <summary>
/// Words grouped in drawing order must be the words the nearest-neighbour search finds on pages
/// drawn in order, and a page drawn out of order must be left to that search.
/// </summary>
public class WordGroupingTests
{
    private const string Body =
        "Au Niger, le mariage des enfants reste très répandu dans les régions rurales où les familles marient leurs filles tôt pour des raisons économiques. " +
        "Les organisations locales signalent que les filles mariées quittent l'école plus tôt, à 14 ou 15 ans, et sont exposées à des grossesses précoces (42 % avant 18 ans).";

    [Fact]
    public void PageDrawnInOrder_GivesTheNeighbourSearchsWords()
    {
        using var pdf = new TestPdf().Page();
        pdf.Text(57, 60, "Situation régionale", 16, bold: true);
        pdf.Paragraph(57, 100, 230, Body);
        pdf.Paragraph(310, 100, 230, Body, size: 9, leading: 12);

        var letters = Letters(pdf.Save());

        Assert.True(ContentOrderWords.TryGroup(letters, out var words));
        var neighbours = new NearestNeighbourWordExtractor().GetWords(letters).Select(Text).Where(t => t.Length > 0).Order(StringComparer.Ordinal).ToList();
        var inOrder = words.Select(Text).Order(StringComparer.Ordinal).ToList();
        Assert.True(neighbours.Count > 100, $"{neighbours.Count} words");
        Assert.Equal(neighbours, inOrder);
    }

    [Fact]
    public void WordsEndAtSpacesAndAtGapsWiderThanALetter()
    {
        using var pdf = new TestPdf().Page();
        pdf.Text(57, 100, "Indicateurs clés", 11);
        pdf.Text(57 + pdf.Measure("Indicateurs clés", 11) + 12, 100, "335 000", 11);

        Assert.True(ContentOrderWords.TryGroup(Letters(pdf.Save()), out var words));

        Assert.Equal(["Indicateurs", "clés", "335", "000"], words.Select(Text));
    }

    [Fact]
    public async Task LineDrawnRightHalfFirst_IsLeftToTheNeighbourSearch_AndReadsInOrder()
    {
        using var pdf = new TestPdf().Page();
        const string first = "Le mariage des enfants";
        const string second = "reste très répandu dans les régions rurales du Niger.";
        pdf.Paragraph(57, 80, 480, Body);
        pdf.Text(57 + pdf.Measure(first + " "), 140, second);
        pdf.Text(57, 140, first);
        var bytes = pdf.Save();

        Assert.False(ContentOrderWords.TryGroup(Letters(bytes), out _));

        var result = await IngestRun.RunAsync(bytes);
        Assert.Equal(IngestStatus.Ingested, result.Status);
        Assert.Contains(first + " " + second, IngestRun.AllText(result));
    }

    private static List<Letter> Letters(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPage(1).Letters.Where(l => l.TextOrientation == TextOrientation.Horizontal && !string.IsNullOrEmpty(l.Value))];
    }

    private static string Text(Word w) => string.Concat(w.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderBy(l => l.StartBaseLine.X).Select(l => l.Value));
}
