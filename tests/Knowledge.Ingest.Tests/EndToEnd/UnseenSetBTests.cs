namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set B (<see cref="UnseenReportsB"/>, <see cref="UnseenQuestionsB"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. The last test ranks them.
/// </summary>
public sealed class UnseenSetBTests(UnseenSearchEvidenceB evidence, ITestOutputHelper output) : IClassFixture<UnseenSearchEvidenceB>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsB.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsB.All, "b-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsB.All, evidence);

    /// <summary>
    /// Set B's questions, scored and printed against the issue's floors (recall@10 ≥ 0.95, MRR ≥ 0.90,
    /// every cross-language question in the top 10). Measured once, blind, when the set was frozen,
    /// on the build that added the general lexicon (<c>lexicon.json</c>, written without sight of
    /// these questions): recall@10 0.769 and MRR 0.674 (French 0.815/0.716, English 0.720/0.628,
    /// cross-language 0.762/0.573, paraphrases 0.250/0.250, junk word 1.000/0.875), 5 of the 21
    /// cross-language questions outside the top 10. The build this session started from (a83f1ba):
    /// 0.654/0.559 (cross-language 0.524/0.378, paraphrases 0.125/0.016). Set B was then a development
    /// set (its misses were studied) for the rounds up to fa29058, which reached 0.942/0.818 on it;
    /// set C measured those blind. Passages taking their section's themes (a change made on set E, which
    /// lifted D from 0.865/0.756 to 0.885/0.775) moved two of B's cross-language answers down one rank: 0.942/0.808.
    /// The floors are not met, so this test holds the level (floors rounded down) and prints the gap.
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public async Task SetB_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = await HeldOutSearch.MeasureAsync(Questions, evidence, output);
        Assert.True(score.Recall >= 0.94, $"recall@10 {score.Recall:F3} fell below the 0.942 it reaches with the passages' machine translations");
        Assert.True(score.Mrr >= 0.82, $"MRR {score.Mrr:F3} fell below the 0.821 it reaches with the passages' machine translations");
        Assert.True(score.CrossMissed.Count == 0, "cross-language questions not in the top 10: " + string.Join(", ", score.CrossMissed));
        Assert.True(score.JunkMissed.Count == 0, "junk-word questions not in the top 10: " + string.Join(", ", score.JunkMissed));
    }
}
