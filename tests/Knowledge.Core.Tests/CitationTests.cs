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
    public void Format_FileWithoutPages_CitesSectionAndParagraph()
    {
        var c = new Citation("Note Niger", 2024, 0, 0, Section: "3.2", Paragraph: 4, ParagraphEnd: 4);
        Assert.Equal("Note Niger, 2024, § 3.2, al. 4", c.Format("fr"));
        Assert.Equal("Note Niger, 2024, § 3.2, para. 4", c.Format("en"));
    }

    [Fact]
    public void Format_FileWithoutPages_ParagraphRangeAndNoSection()
    {
        var c = new Citation("Note", null, 0, 0, "ECPAT", Section: null, Paragraph: 2, ParagraphEnd: 5);
        Assert.Equal("ECPAT, Note, s. d., al. 2-5", c.Format("fr"));
        Assert.Equal("ECPAT, Note, n.d., paras. 2-5", c.Format("en"));
    }

    [Fact]
    public void Format_PagesWin_OverSectionAndParagraph()
    {
        var c = new Citation("Rapport", 2023, 4, 4, Section: "1", Paragraph: 2, ParagraphEnd: 2);
        Assert.Equal("Rapport, 2023, p. 4", c.Format("fr"));
    }

    [Fact]
    public void Format_NeitherPageNorParagraph_GivesNoLocator()
    {
        Assert.Equal("Rapport, 2023", new Citation("Rapport", 2023, 0, 0).Format("fr"));
    }

    [Fact]
    public void Finding_Citation_CarriesItsLocator()
    {
        var f = new Finding { Id = "d-0001", DocumentId = "d", DocumentTitle = "Note", Text = "x", Year = 2022, Section = "2", Paragraph = 3, ParagraphEnd = 3 };
        Assert.Equal("Note, 2022, § 2, al. 3", f.Citation.Format("fr"));
    }

    [Fact]
    public void MakeId_IsStableAndPadded()
    {
        Assert.Equal("abc-0007", Finding.MakeId("abc", 7));
    }
}
