namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set E (<see cref="UnseenReportsE"/>, <see cref="UnseenQuestionsE"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. No ranking here: the set is
/// frozen unmeasured, and the measurement is added later by someone who did not write it.
/// </summary>
public sealed class UnseenSetETests(UnseenSearchEvidenceE evidence) : IClassFixture<UnseenSearchEvidenceE>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsE.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsE.All, "e-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsE.All, evidence);
}
