using Knowledge.Core.Evidence;
using Knowledge.Generators.Evidence;
using Knowledge.Generators.Requests;
using Knowledge.Generators.Tests.TestData;

namespace Knowledge.Generators.Tests;

public class MarkdownAndExcerptTests
{
    [Fact]
    public async Task Markdown_HasHeadingsQuotesFootnotesTablesAndFields()
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var document = await service.GenerateAsync(new NationalPlanRequest { Country = "BF", PeriodStart = 2026, PeriodEnd = 2027, Language = "en" }, TestContext.Current.CancellationToken);
        var md = GenerationService.RenderMarkdown(document);

        Assert.StartsWith("# National advocacy plan: Burkina Faso, 2026–2027", md, StringComparison.Ordinal);
        Assert.Contains("\n## Context\n", md, StringComparison.Ordinal);
        Assert.Contains("==[To complete: ", md, StringComparison.Ordinal);
        Assert.Contains("|---|", md, StringComparison.Ordinal);
        var quotes = document.Quotes().ToList();
        Assert.Contains($"[^{quotes.Count}]: {quotes[^1].Source.Citation.Format("en")}", md, StringComparison.Ordinal);
        Assert.Contains("## Sources and method", md, StringComparison.Ordinal);
        // Provenance is for regenerating the document: it sits in the properties, not the body.
        Assert.DoesNotContain(document.IndexState.Fingerprint, md, StringComparison.Ordinal);
    }

    [Fact]
    public void Excerpt_OfAStatistic_StartsAtTheSentenceWithTheFigure_AndStaysVerbatim()
    {
        var text = string.Concat(Enumerable.Repeat("Le contexte général est décrit longuement dans cette phrase d'introduction. ", 6))
            + "Au total, 1 250 cas ont été recensés en 2022. Les auteurs notent une hausse.";
        var finding = new Finding { Id = "d-0001", DocumentId = "d", DocumentTitle = "T", Text = text, Kind = FindingKind.Statistic, Page = 1, PageEnd = 1 };

        var excerpt = Excerpt.For(finding, [FindingRole.Statistic])!.Value.Text;

        Assert.StartsWith("Au total, 1 250 cas", excerpt, StringComparison.Ordinal);
        Assert.Contains(excerpt, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentences_DoNotSplitBeforeDigits()
    {
        var spans = Sentences.Split("Voir p. 12 du rapport. Une autre phrase.");
        Assert.Equal(2, spans.Count);
    }
}
