namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set J (<see cref="UnseenReportsJ"/>, <see cref="UnseenQuestionsJ"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. The set is frozen blind: no
/// search has been run on it, and its measurement is added later by someone who did not write it.
/// </summary>
public sealed class UnseenSetJTests(UnseenSearchEvidenceJ evidence) : IClassFixture<UnseenSearchEvidenceJ>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsJ.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsJ.All, "j-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsJ.All, evidence);
}
