using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy;
using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set D (<see cref="UnseenReportsD"/>, <see cref="UnseenQuestionsD"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. No search is run here: the
/// measurement of the set is added later, by someone who did not write it.
/// </summary>
public sealed class UnseenSetDTests(UnseenSetDEvidence evidence) : IClassFixture<UnseenSetDEvidence>
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
}

/// <summary>Set D's reports, ingested once by the real pipeline (nothing is indexed: no search is run).</summary>
public sealed class UnseenSetDEvidence : IAsyncLifetime
{
    private readonly Dictionary<string, List<Finding>> _findings = new(StringComparer.Ordinal);

    public IReadOnlyList<Finding> FindingsOf(string file) => _findings[file];

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var pipeline = IngestRun.Pipeline();
        foreach (var report in UnseenReportsD.All)
        {
            var result = await pipeline.IngestAsync(UnseenReports.Bytes(report), report.File, report.Request with { Title = report.Title }, ct);
            Assert.True(result.Status == IngestStatus.Ingested, $"{report.File}: {result.Reason}");
            _findings[report.File] = [.. result.Findings];
        }
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
