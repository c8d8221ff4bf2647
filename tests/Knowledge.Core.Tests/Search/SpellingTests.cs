using Knowledge.Core.Search;

namespace Knowledge.Core.Tests.Search;

/// <summary>The did-you-mean rules both engines share.</summary>
public sealed class SpellingTests
{
    [Theory]
    [InlineData("orpaillag", "orpaillag", 0)]
    [InlineData("orpallag", "orpaillag", 1)]
    [InlineData("mariag", "maraig", 1)]
    [InlineData("talibi", "tribal", 4)]
    [InlineData("", "abc", 3)]
    [InlineData("traite", "", 6)]
    public void Distance_CountsInsertionsDeletionsSubstitutionsAndAdjacentSwaps(string a, string b, int expected)
    {
        Assert.Equal(expected, Spelling.Distance(a, b));
        Assert.Equal(expected, Spelling.Distance(b, a));
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 2)]
    [InlineData(14, 2)]
    public void MaxEdits_IsOneUpToSevenLetters_TwoBeyond(int length, int expected) =>
        Assert.Equal(expected, Spelling.MaxEdits(length));

    [Theory]
    [InlineData("d'orpaillage", "orpaillage")]
    [InlineData("L’Enfant", "enfant")]
    [InlineData("Talibés", "talibés")]
    [InlineData("aujourd'", "aujourd'")]
    [InlineData("'Yahoo", "'yahoo")]
    public void SurfaceWord_DropsAnElidedWord_AndLowersTheCase(string written, string expected) =>
        Assert.Equal(expected, Spelling.SurfaceWord(written));
}
