namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set L (<see cref="UnseenReportsL"/>, <see cref="UnseenQuestionsL"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. No search is run here: the
/// set was frozen blind, and its measurement is added later by someone who did not write it.
/// </summary>
public sealed class UnseenSetLTests(UnseenSearchEvidenceL evidence) : IClassFixture<UnseenSearchEvidenceL>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsL.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsL.All, "l-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsL.All, evidence);
}
