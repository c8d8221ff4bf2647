namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set K (<see cref="UnseenReportsK"/>, <see cref="UnseenQuestionsK"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. No ranking test: the set is
/// measured later, by someone who did not write it.
/// </summary>
public sealed class UnseenSetKTests(UnseenSearchEvidenceK evidence) : IClassFixture<UnseenSearchEvidenceK>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsK.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsK.All, "k-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsK.All, evidence);
}
