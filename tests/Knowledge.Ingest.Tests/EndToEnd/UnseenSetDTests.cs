using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy;
using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set D (<see cref="UnseenReportsD"/>, <see cref="UnseenQuestionsD"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. The last test ranks them
/// (added after the set was frozen, by someone who did not write it).
/// </summary>
public sealed class UnseenSetDTests(UnseenSearchEvidenceD evidence, ITestOutputHelper output) : IClassFixture<UnseenSearchEvidenceD>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsD.Questions;

    private static readonly string[] Styles = ["cross", "paraphrase", "noaccent", "filtered", "table", "junk"];

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages()
    {
        Assert.True(Questions.Length >= 52, $"{Questions.Length} questions");
        Assert.Equal(Questions.Length, Questions.Select(q => q.Id).Distinct().Count());
        Assert.All(Questions, q => Assert.StartsWith("d-", q.Id, StringComparison.Ordinal));

        Assert.True(Count("cross") >= 20, $"cross {Count("cross")}");
        Assert.True(Count("paraphrase") >= 8, $"paraphrase {Count("paraphrase")}");
        Assert.True(Count("noaccent") >= 6, $"noaccent {Count("noaccent")}");
        Assert.True(Count("filtered") >= 6, $"filtered {Count("filtered")}");
        Assert.True(Count("table") >= 6, $"table {Count("table")}");
        Assert.True(Count("junk") >= 4, $"junk {Count("junk")}");
        Assert.True(Questions.Count(q => q.Styles.Length == 0) >= 3, "plain");

        // Balanced: about half in each language, 13 per report, at least 5 cross-language and 2 paraphrases each.
        var french = Questions.Count(q => q.Language == "fr");
        var english = Questions.Count(q => q.Language == "en");
        Assert.Equal(Questions.Length, french + english);
        Assert.InRange(french, Questions.Length * 2 / 5, Questions.Length * 3 / 5);
        foreach (var report in UnseenReportsD.All)
        {
            var own = Questions.Where(q => q.File == report.File).ToList();
            Assert.True(own.Count >= 13, $"{report.File}: {own.Count} questions");
            Assert.True(own.Count(q => q.Styles.Contains("cross")) >= 5, $"{report.File}: fewer than 5 cross-language questions");
            Assert.True(own.Count(q => q.Styles.Contains("paraphrase")) >= 2, $"{report.File}: fewer than 2 paraphrases");
        }

        foreach (var q in Questions)
        {
            var report = UnseenReportsD.All.Single(r => r.File == q.File);
            Assert.All(q.Styles, s => Assert.Contains(s, Styles));
            Assert.True(q.Styles.Contains("cross") == (q.Language != report.Request.Language), $"{q.Id}: cross style and languages disagree");
            Assert.False(q.Styles.Contains("paraphrase") && q.Styles.Contains("cross"), $"{q.Id}: a paraphrase is in the report's language");
            Assert.True(q.Styles.Contains("filtered") == (q.Country is not null || q.Theme is not null), $"{q.Id}: filtered style and filters disagree");
            Assert.True(!q.Styles.Contains("noaccent") || (q.Language == "fr" && q.Text.All(c => c < 128)), $"{q.Id}: not French typed without accents");

            var words = Words(q.Text);
            Assert.True(words is >= 4 and <= 14, $"{q.Id}: {words} words");
            Assert.True(q.Styles.Contains("table") || Words(q.Phrase) is >= 3 and <= 8, $"{q.Id}: phrase of {Words(q.Phrase)} words");
            Assert.False(q.Text.Contains(q.Phrase, StringComparison.OrdinalIgnoreCase) && q.Styles.Length > 0, $"{q.Id}: copies its phrase");
        }

        static int Count(string style) => Questions.Count(q => q.Styles.Contains(style));
        static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt()
    {
        var taxonomy = EvidenceTaxonomy.Default;
        foreach (var q in Questions)
        {
            var report = UnseenReportsD.All.Single(r => r.File == q.File);
            var findings = evidence.FindingsOf(q.File);
            var answers = findings.Where(f => f.Text.Contains(q.Phrase, StringComparison.Ordinal)).ToList();
            Assert.True(answers.Count > 0, $"{q.Id}: « {q.Phrase} » is in no finding of {q.File}");
            // Exactly one passage answers: the rank then measures that passage and no other.
            Assert.True(answers.Count == 1, $"{q.Id}: « {q.Phrase} » is in {answers.Count} findings of {q.File}");
            Assert.True(q.Styles.Contains("table") == (answers[0].Table is not null), $"{q.Id}: « {q.Phrase} » is {(answers[0].Table is null ? "not " : "")}in the table");
            // The filter names a country of the document and codes the taxonomy knows (whether the
            // tagger gave the passage the theme is what the held-out run measures).
            Assert.True(q.Country is null || report.Request.Countries!.Contains(q.Country), $"{q.Id}: {q.File} is not about {q.Country}");
            Assert.True(q.Country is null || taxonomy.FindCountry(q.Country) is not null, $"{q.Id}: unknown country {q.Country}");
            Assert.True(q.Theme is null || taxonomy.FindTheme(q.Theme) is not null, $"{q.Id}: unknown theme {q.Theme}");
        }

        foreach (var report in UnseenReportsD.All)
        {
            var findings = evidence.FindingsOf(report.File);
            Assert.True(findings.Max(f => f.PageEnd) >= 4 || report.File.EndsWith(".docx", StringComparison.Ordinal), $"{report.File}: fewer than 4 pages");
            Assert.Single(findings, f => f.Table is not null);
            Assert.Equal(1, report.Sections.Count(s => s.Table is not null));
        }
    }

    /// <summary>
    /// Set D's questions, scored and printed against the issue's floors (recall@10 ≥ 0.95, MRR ≥ 0.90,
    /// every cross-language question in the top 10). Measured once, blind, on the build the session
    /// ended with (f2a10c4; search as at fa29058): recall@10 0.865 and MRR 0.756 (French 0.846/0.748,
    /// English 0.885/0.763, cross-language 0.875/0.757, paraphrases 0.625/0.516, tables 0.875/0.688,
    /// junk word 1.000/0.875), 3 of the 24 cross-language questions outside the top 10. The build the
    /// session started from (a83f1ba): 0.712/0.577 (cross-language 0.583/0.413). The floors are not met,
    /// so this test holds the measured level (floors rounded down) and prints the gap.
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public async Task SetD_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = await HeldOutSearch.MeasureAsync(Questions, evidence, output);
        Assert.True(score.Recall >= 0.86, $"recall@10 {score.Recall:F3} fell below its measured 0.865");
        Assert.True(score.Mrr >= 0.75, $"MRR {score.Mrr:F3} fell below its measured 0.756");
        Assert.True(score.JunkMissed.Count == 0, "junk-word questions not in the top 10: " + string.Join(", ", score.JunkMissed));
    }
}
