using DocumentFormat.OpenXml.Packaging;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Requests;
using Knowledge.Generators.Tests.Fakes;
using Knowledge.Generators.Tests.TestData;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Knowledge.Generators.Tests;

public class EmptyEvidenceTests
{
    [Theory]
    [MemberData(nameof(Generation.AllKinds), MemberType = typeof(Generation))]
    public async Task EmptyIndex_GivesADocumentThatSaysSo_WithNoQuotes(GenerationRequest request)
    {
        var service = Generation.Service(new InMemoryEvidenceIndex(EvidenceFixture.Taxonomy));
        var document = await service.GenerateAsync(request, TestContext.Current.CancellationToken);
        var bytes = GenerationService.RenderDocx(document);

        Assert.Empty(document.Quotes());
        Assert.Empty(Generation.Quotes(bytes));
        Assert.Contains(document.Blocks, b => b is GapNotice);
        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var main = package.MainDocumentPart!;
        Assert.Empty(main.Document!.Body!.Descendants<W.FootnoteReference>());
        var gaps = main.Document.Body.Descendants<W.ParagraphStyleId>().Count(s => s.Val == "GapNotice");
        Assert.True(gaps > 0);
        var text = main.Document.Body.InnerText;
        Assert.Contains(request.Language == "en" ? "holds no finding" : "aucun constat", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemeWithoutEvidenceForTheCountry_GetsAGapNoticeNamingThemeAndCountry()
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var document = await service.GenerateAsync(
            new MessagesRequest { Country = "BF", Audience = "media", Themes = ["online-exploitation", "child-marriage"] },
            TestContext.Current.CancellationToken);

        var gap = Assert.Single(document.Blocks.OfType<GapNotice>(), g => g.Text.Contains("Exploitation sexuelle en ligne", StringComparison.Ordinal));
        Assert.Contains("Burkina Faso", gap.Text, StringComparison.Ordinal);
        Assert.Contains(document.Quotes(), q => q.Source.FindingId.StartsWith("bf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThemeWhoseFindingsAreQuotedElsewhere_IsNotReportedAsAGap()
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var document = await service.GenerateAsync(new NationalPlanRequest { Country = "BF", PeriodStart = 2026, PeriodEnd = 2027 }, TestContext.Current.CancellationToken);

        // Every trafficking finding on BF is also tagged with another theme and quoted there first.
        Assert.Contains(EvidenceFixture.AllFindings, f => f.Themes.Contains("trafficking") && f.Countries.Contains("BF"));
        Assert.DoesNotContain(document.Blocks.OfType<GapNotice>(), g => g.Text.Contains("aucun constat sur Traite des enfants", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(document.Blocks, b => (b is Paragraph { Content: [TextRun { Text: var t }] } && t.Contains("déjà cités plus haut", StringComparison.Ordinal))
            || (b is GapNotice g && g.Text.Contains("n'apportent pas ce que cette section demande", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RegionalStrategy_MatrixCountsFindingsPerCell_AndShowsEmptyCells()
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var document = await service.GenerateAsync(new RegionalStrategyRequest { Region = "sahel", PeriodStart = 2026, PeriodEnd = 2028 }, TestContext.Current.CancellationToken);

        // Countries as rows, themes as columns: a few columns stay readable where one per country did not.
        var matrix = document.Blocks.OfType<Table>().First(t => t.Header.Count > 0 && t.Header[0] == "Pays");
        var manifestations = EvidenceFixture.Taxonomy.Themes.Where(t => t.Group == "manifestation").ToList();
        Assert.Equal(["Pays", .. manifestations.Select(t => t.Label.Fr)], matrix.Header);
        Assert.Equal(["Burkina Faso", "Mali", "Niger"], matrix.Rows.Select(r => ((TextRun)r[0][0]).Text));
        string Cell(string themeLabel, string countryLabel) =>
            ((TextRun)matrix.Rows.Single(r => ((TextRun)r[0][0]).Text == countryLabel)[matrix.Header.ToList().IndexOf(themeLabel)][0]).Text;
        foreach (var theme in manifestations)
        {
            foreach (var (country, label) in new[] { ("BF", "Burkina Faso"), ("ML", "Mali"), ("NE", "Niger") })
            {
                var expected = EvidenceFixture.AllFindings.Count(f => f.Themes.Contains(theme.Code) && f.Countries.Contains(country));
                Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), Cell(theme.Label.Fr, label));
            }
        }

        Assert.Equal("0", Cell("Mariage d'enfants", "Mali"));
    }
}
