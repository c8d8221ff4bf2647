using Knowledge.Lucene.Analysis;
using Knowledge.Lucene.Highlighting;
using Knowledge.Lucene.Querying;

namespace Knowledge.Lucene.Tests;

public sealed class PassageHighlighterTests
{
    private static readonly FrenchEvidenceAnalyzer French = new();

    [Fact]
    public void Highlight_LongPassage_CutsOnWordsAroundTheMatch()
    {
        var filler = string.Join(' ', Enumerable.Repeat("La protection sociale reste un chantier important pour les familles.", 25));
        var text = $"{filler} Les cas d'orpaillage sont nombreux. {filler}";
        var html = PassageHighlighter.Highlight(text, French, "text_fr", Words("orpaillage"));
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
    public void Highlight_ShortPassage_MarksWholeWordsOnly(string text, string query, string? expected) =>
        Assert.Equal(expected, PassageHighlighter.Highlight(text, French, "text_fr", Words(query)));

    [Theory]
    [InlineData("Un divorce précoce suit souvent un mariage précoce.", "Un divorce précoce suit souvent un <mark>mariage précoce</mark>.")]
    [InlineData("Le mariage n'est pas précoce ici.", null)]
    [InlineData("Les mariages précoces et le mariage précoce.", "Les <mark>mariages précoces</mark> et le <mark>mariage précoce</mark>.")]
    public void Highlight_Phrase_MarksOnlyWhereItsWordsFollowEachOther(string text, string? expected) =>
        Assert.Equal(expected, PassageHighlighter.Highlight(text, French, "text_fr", [Phrase("mariage précoce", slop: 0)]));

    [Fact]
    public void Highlight_GlossaryPhraseWithSlop_MarksTheWordsBetweenToo()
    {
        // "mariage d'enfants" searched with one position of slack also finds "mariage des enfants".
        var html = PassageHighlighter.Highlight("Le mariage des enfants recule.", French, "text_fr", [Phrase("mariage d'enfants", slop: 1)]);
        Assert.Equal("Le <mark>mariage des enfants</mark> recule.", html);
    }

    [Fact]
    public void Highlight_WordAndPhraseUnits_MarkBothWithoutNesting()
    {
        var html = PassageHighlighter.Highlight("La traite et le mariage précoce.", French, "text_fr", [.. Words("traite"), Phrase("mariage précoce", 0), .. Words("mariage")]);
        Assert.Equal("La <mark>traite</mark> et le <mark>mariage précoce</mark>.", html);
    }

    private static List<HighlightUnit> Words(string query) =>
        [.. EvidenceAnalyzers.Terms(French, "text_fr", query).Select(t => new HighlightUnit([t.Term], [0], 0))];

    private static HighlightUnit Phrase(string phrase, int slop)
    {
        var terms = EvidenceAnalyzers.Terms(French, "text_fr", phrase);
        return new HighlightUnit([.. terms.Select(t => t.Term)], [.. terms.Select(t => t.Position)], slop);
    }
}
