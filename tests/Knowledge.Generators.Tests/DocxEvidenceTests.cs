using Knowledge.Core.Evidence;
using Knowledge.Generators.Requests;
using Knowledge.Generators.Tests.TestData;

namespace Knowledge.Generators.Tests;

public class DocxEvidenceTests
{
    [Theory]
    [MemberData(nameof(Generation.AllKinds), MemberType = typeof(Generation))]
    public async Task EveryQuote_IsVerbatimFromAFinding_AndItsFootnoteCitesThatFinding(GenerationRequest request)
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var document = await service.GenerateAsync(request, TestContext.Current.CancellationToken);
        var quotes = Generation.Quotes(GenerationService.RenderDocx(document));

        Assert.NotEmpty(quotes);
        Assert.Equal(document.Quotes().Count(), quotes.Count);
        foreach (var (quote, footnote) in quotes)
        {
            var sources = EvidenceFixture.AllFindings
                .Where(f => f.Text.Contains(quote, StringComparison.Ordinal) && f.Citation.Format(request.Language) == footnote)
                .ToList();
            Assert.True(sources.Count > 0, $"Quote not verbatim from a finding cited as \"{footnote}\": {quote}");
            var f = sources[0];
            Assert.Contains(f.DocumentTitle, footnote, StringComparison.Ordinal);
            Assert.Contains(f.PageEnd > f.Page ? $"pp. {f.Page}-{f.PageEnd}" : $"p. {f.Page}", footnote, StringComparison.Ordinal);
            if (f.Year is { } year)
            {
                Assert.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), footnote, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Generation.AllKinds), MemberType = typeof(Generation))]
    public async Task NoFinding_IsQuotedTwiceInOneDocument(GenerationRequest request)
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var document = await service.GenerateAsync(request, TestContext.Current.CancellationToken);

        var ids = document.Quotes().Select(q => q.Source.FindingId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Generation.AllKinds), MemberType = typeof(Generation))]
    public async Task EveryQuote_IsOneToThreeWholeSentencesOfItsFinding(GenerationRequest request)
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var document = await service.GenerateAsync(request, TestContext.Current.CancellationToken);

        Assert.NotEmpty(document.Quotes());
        foreach (var q in document.Quotes())
        {
            var finding = EvidenceFixture.AllFindings.Single(f => f.Id == q.Source.FindingId);
            Assert.Contains(q.Text, finding.Text, StringComparison.Ordinal);
            Assert.True(q.Text.Length <= 450, q.Text);
            Assert.InRange(Sentences.Split(q.Text).Count, 1, 3);
            Assert.EndsWith(".", q.Text, StringComparison.Ordinal);
            Assert.True(char.IsUpper(q.Text[0]), q.Text);
        }
    }
}
