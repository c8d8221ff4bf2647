namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set M (<see cref="UnseenReportsM"/>, <see cref="UnseenQuestionsM"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. The last test ranks them
/// (added after the set was frozen, by someone who did not write it).
/// </summary>
public sealed class UnseenSetMTests(UnseenSearchEvidenceM evidence, ITestOutputHelper output) : IClassFixture<UnseenSearchEvidenceM>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsM.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsM.All, "m-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsM.All, evidence);

    /// <summary>
    /// Set M's questions, scored and printed against the issue's floors (recall@10 ≥ 0.95, MRR ≥ 0.90, every
    /// cross-language question in the top 10). Measured once, blind, on the build at 006c780 (findings holding
    /// some of the words after the few holding most of them, the shared stop words, the lexicon words from sets K and
    /// L): recall@10 0.885 and MRR 0.821 (French 0.846/0.744, English 0.923/0.897, cross-language 0.917/0.847,
    /// paraphrases 0.500/0.500, unaccented 0.900/0.733, filtered 1.000/0.903, tables 1.000/0.938, junk word
    /// 1.000/1.000); 2 of the 24 cross-language questions outside the top 10. The build before this session's search changes
    /// (74fc4a6) gave 0.865/0.811 on the same questions. None of the floors is
    /// met, so this test holds the measured level (rounded down) and prints the gap.
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public async Task SetM_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = await HeldOutSearch.MeasureAsync(Questions, evidence, output);
        Assert.True(score.Recall >= 0.90, $"recall@10 {score.Recall:F3} fell below the 0.904 it reaches with the passages' machine translations");
        Assert.True(score.Mrr >= 0.82, $"MRR {score.Mrr:F3} fell below the 0.827 it reaches with the passages' machine translations");
        Assert.True(score.JunkMissed.Count == 0, "junk-word questions not in the top 10: " + string.Join(", ", score.JunkMissed));
    }
}
