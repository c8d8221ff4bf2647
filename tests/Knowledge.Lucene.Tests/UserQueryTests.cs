using Knowledge.Core.Search;
using Knowledge.Lucene.Analysis;
using Lucene.Net.Analysis;

namespace Knowledge.Lucene.Tests;

public sealed class UserQueryTests
{
    [Fact]
    public void Parse_WordsPhrasesExclusionsAndOr()
    {
        var query = UserQuery.Parse("mariage \"traite des enfants\" -Niger -\"code pénal\" Mali OR Sénégal");
        Assert.Equal(
            ["mariage", "traite des enfants", "Mali|Sénégal"],
            query.Groups.Select(g => string.Join('|', g.Alternatives.Select(a => a.Text))));
        Assert.True(query.Groups[1].IsPhraseOnly);
        Assert.Equal(["Niger", "code pénal"], query.Excluded.Select(e => e.Text));
    }

    [Theory]
    [InlineData("\"unbalanced phrase", 1, 0)]
    [InlineData("-", 0, 0)]
    [InlineData("a - b", 2, 0)]
    [InlineData("OR a OR", 1, 0)]
    [InlineData("\"\" -\"\"", 0, 0)]
    [InlineData("a OR -b c", 2, 1)]
    public void Parse_OddInput_IsReadAsText(string text, int groups, int excluded)
    {
        var query = UserQuery.Parse(text);
        Assert.Equal(groups, query.Groups.Count);
        Assert.Equal(excluded, query.Excluded.Count);
    }

    [Fact]
    public void Parse_CapsItemsAndLength()
    {
        var query = UserQuery.Parse(string.Join(' ', Enumerable.Range(0, 5000).Select(i => "mot" + i)));
        Assert.Equal(UserQuery.MaxItems, query.Groups.Count);
    }

    [Theory]
    [InlineData("précoces", "precoce")]
    [InlineData("Mariées", "mariee")]
    [InlineData("l'exploitation", "exploitation")]
    [InlineData("lorsqu'enfant", "enfants")]
    [InlineData("qu’évaluations", "evaluation")]
    public void French_AccentedAndUnaccentedFormsShareATerm(string a, string b)
    {
        using var analyzer = new FrenchEvidenceAnalyzer();
        Assert.Equal(Terms(analyzer, a), Terms(analyzer, b));
    }

    [Theory]
    [InlineData("trafficked", "trafficking")]
    [InlineData("children's", "children")]
    [InlineData("Côte", "cote")]
    public void English_InflectionsShareATerm(string a, string b)
    {
        using var analyzer = new EnglishEvidenceAnalyzer();
        Assert.Equal(Terms(analyzer, a), Terms(analyzer, b));
    }

    private static string[] Terms(Analyzer analyzer, string text) =>
        [.. EvidenceAnalyzers.Terms(analyzer, "text", text).Select(t => t.Term)];
}
