namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set O (<see cref="UnseenReportsO"/>, <see cref="UnseenQuestionsO"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. The set was written blind and
/// frozen before any search was run on it; the test that ranks it is added by someone who did not write it.
/// </summary>
public sealed class UnseenSetOTests(UnseenSearchEvidenceO evidence) : IClassFixture<UnseenSearchEvidenceO>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsO.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsO.All, "o-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsO.All, evidence);
}
