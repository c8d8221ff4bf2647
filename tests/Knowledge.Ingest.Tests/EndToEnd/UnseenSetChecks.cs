using Knowledge.Core.Taxonomy;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// The checks every blind search set from B on must pass before it is measured: its questions cover
/// every style in both languages, evenly over its reports, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it.
/// </summary>
internal static class UnseenSetChecks
{
    /// <summary>At least 52 questions with ids starting <paramref name="idPrefix"/>, every style's minimum, both languages, 13 a report, styles consistent with each question.</summary>
    public static void AssertCoverEveryStyle(IReadOnlyList<SearchOverUnseenDocumentsTests.Question> questions, IReadOnlyList<UnseenReports.Report> reports, string idPrefix)
    {
        Assert.True(questions.Count >= 52, $"{questions.Count} questions");
        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct().Count());
        Assert.All(questions, q => Assert.StartsWith(idPrefix, q.Id, StringComparison.Ordinal));

        Assert.True(Count("cross") >= 20, $"cross {Count("cross")}");
        Assert.True(Count("paraphrase") >= 8, $"paraphrase {Count("paraphrase")}");
        Assert.True(Count("noaccent") >= 6, $"noaccent {Count("noaccent")}");
        Assert.True(Count("filtered") >= 6, $"filtered {Count("filtered")}");
        Assert.True(Count("table") >= 6, $"table {Count("table")}");
        Assert.True(Count("junk") >= 4, $"junk {Count("junk")}");
        Assert.True(questions.Count(q => q.Styles.Length == 0) >= 3, "plain");

        // Balanced: about half in each language, 13 per report, at least 5 cross-language and 2 paraphrases each.
        var french = questions.Count(q => q.Language == "fr");
        var english = questions.Count(q => q.Language == "en");
        Assert.Equal(questions.Count, french + english);
        Assert.InRange(french, questions.Count * 2 / 5, questions.Count * 3 / 5);
        foreach (var report in reports)
        {
            var own = questions.Where(q => q.File == report.File).ToList();
            Assert.True(own.Count >= 13, $"{report.File}: {own.Count} questions");
            Assert.True(own.Count(q => q.Styles.Contains("cross")) >= 5, $"{report.File}: fewer than 5 cross-language questions");
            Assert.True(own.Count(q => q.Styles.Contains("paraphrase")) >= 2, $"{report.File}: fewer than 2 paraphrases");
        }

        foreach (var q in questions)
        {
            var report = reports.Single(r => r.File == q.File);
            Assert.All(q.Styles, s => Assert.Contains(s, HeldOutSearch.Styles));
            Assert.True(q.Styles.Contains("cross") == (q.Language != report.Request.Language), $"{q.Id}: cross style and languages disagree");
            Assert.False(q.Styles.Contains("paraphrase") && q.Styles.Contains("cross"), $"{q.Id}: a paraphrase is in the report's language");
            Assert.True(q.Styles.Contains("filtered") == (q.Country is not null || q.Theme is not null), $"{q.Id}: filtered style and filters disagree");
            Assert.True(!q.Styles.Contains("noaccent") || (q.Language == "fr" && q.Text.All(c => c < 128)), $"{q.Id}: not French typed without accents");

            var words = Words(q.Text);
            Assert.True(words is >= 4 and <= 14, $"{q.Id}: {words} words");
            Assert.True(q.Styles.Contains("table") || Words(q.Phrase) is >= 3 and <= 8, $"{q.Id}: phrase of {Words(q.Phrase)} words");
            Assert.False(q.Text.Contains(q.Phrase, StringComparison.OrdinalIgnoreCase) && q.Styles.Length > 0, $"{q.Id}: copies its phrase");
        }

        int Count(string style) => questions.Count(q => q.Styles.Contains(style));
        static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    /// <summary>Each phrase in exactly one finding of its document (the table when the question is a table one), filters the taxonomy knows, one table a report.</summary>
    public static void AssertEveryPhraseAnswersOnce(IReadOnlyList<SearchOverUnseenDocumentsTests.Question> questions, IReadOnlyList<UnseenReports.Report> reports, UnseenSearchIndex evidence)
    {
        var taxonomy = EvidenceTaxonomy.Default;
        foreach (var q in questions)
        {
            var report = reports.Single(r => r.File == q.File);
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

        foreach (var report in reports)
        {
            var findings = evidence.FindingsOf(report.File);
            Assert.True(findings.Max(f => f.PageEnd) >= 4 || report.File.EndsWith(".docx", StringComparison.Ordinal), $"{report.File}: fewer than 4 pages");
            Assert.Single(findings, f => f.Table is not null);
            Assert.Equal(1, report.Sections.Count(s => s.Table is not null));
        }
    }
}
