using Knowledge.Core.Evidence;

namespace Knowledge.Core.Tests;

public class CitationTests
{
    [Fact]
    public void Format_SinglePage_French()
    {
        var c = new Citation("Aperçu pays : Niger", 2023, 12, 12);
        Assert.Equal("Aperçu pays : Niger, 2023, p. 12", c.Format("fr"));
    }

    [Fact]
    public void Format_AcrossPageBreak_UsesPageRange()
    {
        var c = new Citation("Country overview", 2021, 4, 5);
        Assert.Equal("Country overview, 2021, pp. 4-5", c.Format("en"));
    }

    [Fact]
    public void Format_NoYear_SaysSansDate()
    {
        Assert.Equal("T, s. d., p. 1", new Citation("T", null, 1, 1).Format("fr"));
        Assert.Equal("T, n.d., p. 1", new Citation("T", null, 1, 1).Format("en"));
    }

    [Fact]
    public void MakeId_IsStableAndPadded()
    {
        Assert.Equal("abc-0007", Finding.MakeId("abc", 7));
    }
}
