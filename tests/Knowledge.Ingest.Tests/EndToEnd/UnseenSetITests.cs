namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set I (<see cref="UnseenReportsI"/>, <see cref="UnseenQuestionsI"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. The last test ranks them
/// (added after the set was frozen, by someone who did not write it).
/// </summary>
public sealed class UnseenSetITests(UnseenSearchEvidenceI evidence, ITestOutputHelper output) : IClassFixture<UnseenSearchEvidenceI>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsI.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsI.All, "i-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsI.All, evidence);

    /// <summary>
    /// Set I's questions, scored and printed against the issue's floors (recall@10 ≥ 0.95, MRR ≥ 0.90, every
    /// cross-language question in the top 10). Measured once, blind, on the build at 049c623 (search ranking as at
    /// b78dde9, tables with two-line headers read whole): recall@10 0.904 and MRR 0.798 (French 0.885/0.772, English
    /// 0.923/0.824, cross-language 0.917/0.785, paraphrases 0.875/0.729, unaccented 0.900/0.900, filtered 0.900/0.825,
    /// tables 0.625/0.479, junk word 1.000/0.833); 2 of the 24 cross-language questions outside the top 10. None of the
    /// floors is met, so this test holds the measured level (rounded down) and prints the gap.
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public async Task SetI_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = await HeldOutSearch.MeasureAsync(Questions, evidence, output);
        Assert.True(score.Recall >= 0.98, $"recall@10 {score.Recall:F3} fell below the 0.981 it reaches with the passages' machine translations");
        Assert.True(score.Mrr >= 0.90, $"MRR {score.Mrr:F3} fell below the 0.902 it reaches with the passages' machine translations");
        Assert.True(score.JunkMissed.Count == 0, "junk-word questions not in the top 10: " + string.Join(", ", score.JunkMissed));
    }
}
