namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set J (<see cref="UnseenReportsJ"/>, <see cref="UnseenQuestionsJ"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. The last test ranks them
/// (added after the set was frozen, by someone who did not write it).
/// </summary>
public sealed class UnseenSetJTests(UnseenSearchEvidenceJ evidence, ITestOutputHelper output) : IClassFixture<UnseenSearchEvidenceJ>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsJ.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsJ.All, "j-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsJ.All, evidence);

    /// <summary>
    /// Set J's questions, scored and printed against the issue's floors (recall@10 ≥ 0.95, MRR ≥ 0.90, every
    /// cross-language question in the top 10). Measured once, blind, on the build at 7f54185 (tables
    /// searched with their introduction, figures preferred when asked for): recall@10 0.865 and MRR 0.777 (French
    /// 0.923/0.840, English 0.808/0.715, cross-language 0.917/0.795, paraphrases 0.625/0.417, unaccented 1.000/0.944,
    /// filtered 0.727/0.727, tables 1.000/1.000, junk word 1.000/1.000); 2 of the 24 cross-language questions outside
    /// the top 10. The three filtered misses are passages the tagger did not give the theme filtered on (private
    /// sector, child labour, legal framework): a filter excludes them whatever their rank. None of
    /// the floors is met, so this test holds the measured level (rounded down) and prints the gap. Since the lexicon
    /// and the theme vocabulary were widened (b94cd3c, 302e1bf): 0.942 / 0.857, but the briefs of those changes named
    /// a few words from J's misses (bedwetting, head loads, exporters and traceability, acts of parliament), so that
    /// gain is not evidence; set K, written before them and blind to them, is.
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public async Task SetJ_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = await HeldOutSearch.MeasureAsync(Questions, evidence, output);
        Assert.True(score.Recall >= 0.98, $"recall@10 {score.Recall:F3} fell below the 0.981 it reaches with the passages' machine translations");
        Assert.True(score.Mrr >= 0.90, $"MRR {score.Mrr:F3} fell below the 0.903 it reaches with the passages' machine translations");
        Assert.True(score.CrossMissed.Count == 0, "cross-language questions not in the top 10: " + string.Join(", ", score.CrossMissed));
        Assert.True(score.JunkMissed.Count == 0, "junk-word questions not in the top 10: " + string.Join(", ", score.JunkMissed));
    }
}
