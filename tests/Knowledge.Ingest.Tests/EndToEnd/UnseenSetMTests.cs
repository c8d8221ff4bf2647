namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set M (<see cref="UnseenReportsM"/>, <see cref="UnseenQuestionsM"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. No ranking test: the set is
/// measured later, blind, by someone who did not write it.
/// </summary>
public sealed class UnseenSetMTests(UnseenSearchEvidenceM evidence) : IClassFixture<UnseenSearchEvidenceM>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsM.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsM.All, "m-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsM.All, evidence);
}
