namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set H (<see cref="UnseenReportsH"/>, <see cref="UnseenQuestionsH"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. No ranking test: the set is
/// measured later, blind, by someone who did not write it.
/// </summary>
public sealed class UnseenSetHTests(UnseenSearchEvidenceH evidence) : IClassFixture<UnseenSearchEvidenceH>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsH.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsH.All, "h-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsH.All, evidence);
}
