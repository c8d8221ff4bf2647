namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set I (<see cref="UnseenReportsI"/>, <see cref="UnseenQuestionsI"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. No ranking test: the
/// measurement is added after the set is frozen, by someone who did not write it.
/// </summary>
public sealed class UnseenSetITests(UnseenSearchEvidenceI evidence) : IClassFixture<UnseenSearchEvidenceI>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsI.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsI.All, "i-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsI.All, evidence);
}
