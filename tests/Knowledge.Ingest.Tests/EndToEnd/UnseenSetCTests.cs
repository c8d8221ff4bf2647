namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set C (<see cref="UnseenReportsC"/>, <see cref="UnseenQuestionsC"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. The last test ranks them.
/// </summary>
public sealed class UnseenSetCTests(UnseenSearchEvidenceC evidence, ITestOutputHelper output) : IClassFixture<UnseenSearchEvidenceC>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsC.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsC.All, "c-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsC.All, evidence);

    /// <summary>
    /// Set C's questions, scored and printed against the issue's floors (recall@10 ≥ 0.95, MRR ≥ 0.90,
    /// every cross-language question in the top 10). Measured once, blind, when the set was frozen, on
    /// commit 988555e (the general lexicon's two waves, the nested glossary terms, countries of two- and
    /// three-country reports, elided letters in glossary keys): recall@10 0.769 and MRR 0.685 (French
    /// 0.731/0.654, English 0.808/0.716, cross-language 0.792/0.729, paraphrases 0.125/0.016, junk word
    /// 1.000/0.750), 5 of the 24 cross-language questions outside the top 10. The build this session
    /// started from (a83f1ba): 0.654/0.596 (cross-language 0.583/0.500, paraphrases 0/0). Not tuned on:
    /// measured again on fa29058 (lexicon wave 3, a third of a long question, room for each word's own
    /// translation), after rounds studied on sets A and B only: 0.846/0.721 (cross-language 0.833/0.736,
    /// paraphrases 0.500/0.228). The floors are not met, so this test holds that level (rounded down) and prints the gap.
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public async Task SetC_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = await HeldOutSearch.MeasureAsync(Questions, evidence, output);
        Assert.True(score.Recall >= 0.90, $"recall@10 {score.Recall:F3} fell below the 0.904 it reaches with the passages' machine translations");
        Assert.True(score.Mrr >= 0.79, $"MRR {score.Mrr:F3} fell below the 0.794 it reaches with the passages' machine translations");
        Assert.True(score.JunkMissed.Count == 0, "junk-word questions not in the top 10: " + string.Join(", ", score.JunkMissed));
    }
}
