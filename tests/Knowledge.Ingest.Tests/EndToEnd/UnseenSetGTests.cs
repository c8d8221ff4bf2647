namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set G (<see cref="UnseenReportsG"/>, <see cref="UnseenQuestionsG"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. No ranking test: the
/// measurement is added after the set was frozen, by someone who did not write it.
/// </summary>
public sealed class UnseenSetGTests(UnseenSearchEvidenceG evidence) : IClassFixture<UnseenSearchEvidenceG>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsG.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsG.All, "g-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsG.All, evidence);
}
