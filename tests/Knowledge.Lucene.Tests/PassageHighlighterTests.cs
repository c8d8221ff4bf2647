using Knowledge.Lucene.Analysis;
using Knowledge.Lucene.Highlighting;

namespace Knowledge.Lucene.Tests;

public sealed class PassageHighlighterTests
{
    private static readonly FrenchEvidenceAnalyzer French = new();

    [Fact]
    public void Highlight_LongPassage_CutsOnWordsAroundTheMatch()
    {
        var filler = string.Join(' ', Enumerable.Repeat("La protection sociale reste un chantier important pour les familles.", 25));
        var text = $"{filler} Les cas d'orpaillage sont nombreux. {filler}";
        var html = PassageHighlighter.Highlight(text, French, "text_fr", EvidenceAnalyzers.Terms(French, "text_fr", "orpaillage").Select(t => t.Term).ToHashSet());
        Assert.NotNull(html);
        Assert.StartsWith("…protection sociale", html, StringComparison.Ordinal);
        Assert.Contains("Les cas d&#39;<mark>orpaillage</mark> sont nombreux.", html, StringComparison.Ordinal);
        Assert.EndsWith("…", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" po…", html, StringComparison.Ordinal);
        Assert.InRange(html.Length, 200, 280);
    }

    [Theory]
    [InlineData("Les enfants et l'enfant.", "enfant", "Les <mark>enfants</mark> et l&#39;<mark>enfant</mark>.")]
    [InlineData("Mariages PRÉCOCES", "precoce mariage", "<mark>Mariages</mark> <mark>PRÉCOCES</mark>")]
    [InlineData("Jusqu’à présent, lorsqu'un enfant…", "enfant", "Jusqu’à présent, lorsqu&#39;un <mark>enfant</mark>…")]
    [InlineData("Aucune occurrence ici.", "enfant", null)]
    public void Highlight_ShortPassage_MarksWholeWordsOnly(string text, string query, string? expected)
    {
        var terms = EvidenceAnalyzers.Terms(French, "text_fr", query).Select(t => t.Term).ToHashSet();
        Assert.Equal(expected, PassageHighlighter.Highlight(text, French, "text_fr", terms));
    }
}
