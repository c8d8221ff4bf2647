using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Requests;

namespace Knowledge.Generators.Tests;

public class HtmlRendererTests
{
    private static GeneratedDocument Document(params Block[] blocks) => new()
    {
        Kind = GeneratedKind.NationalPlan,
        Language = "fr",
        Title = "Plan",
        Subject = "Sujet <b>",
        CreatedAt = DateTimeOffset.UnixEpoch,
        IndexState = new IndexState("test", 1, 1, "x", null),
        Request = new NationalPlanRequest { Country = "NE", PeriodStart = 2026, PeriodEnd = 2028 },
        Blocks = blocks,
    };

    private static readonly EvidenceSource Source = new("doc-0001", "doc", new Citation("Rapport <script>", 2023, 4, 4));

    [Fact]
    public void Html_EncodesEveryText_FromTemplatesAndDocuments()
    {
        var html = GenerationService.RenderHtml(
            Document(
                new Heading(1, "Titre <i>"),
                new Paragraph(new TextRun("Texte & <img src=x onerror=alert(1)>"), new QuotedEvidence("« <script>alert(1)</script> »", Source)),
                new Documents.Table(["<th>"], [[[new TextRun("<td>")]]])),
            s => "/findings/" + s.FindingId);

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Texte &amp; &lt;img", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Titre &lt;i&gt;</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_MarksEachQuoteWithItsFinding_AndLinksIt()
    {
        var html = GenerationService.RenderHtml(
            Document(new EvidenceBlock(new QuotedEvidence("Un passage cité.", Source)), new Paragraph(new QuotedEvidence("Une phrase.", Source))),
            s => "/findings/" + s.FindingId);

        Assert.Contains("<blockquote class=\"quote\" data-finding=\"doc-0001\"><p>Un passage cité.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<q class=\"quote\" data-finding=\"doc-0001\">Une phrase.</q><sup class=\"quote-ref\"><a href=\"/findings/doc-0001\"", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"note-2\"><a href=\"/findings/doc-0001\">Rapport &lt;script&gt;, 2023, p.", html, StringComparison.Ordinal);
    }
}
