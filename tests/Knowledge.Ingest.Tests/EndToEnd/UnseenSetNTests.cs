namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set N (<see cref="UnseenReportsN"/>, <see cref="UnseenQuestionsN"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. No ranking test: the set is
/// frozen unmeasured, and the measurement is added later by someone who did not write it.
/// </summary>
public sealed class UnseenSetNTests(UnseenSearchEvidenceN evidence) : IClassFixture<UnseenSearchEvidenceN>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsN.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsN.All, "n-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsN.All, evidence);
}
