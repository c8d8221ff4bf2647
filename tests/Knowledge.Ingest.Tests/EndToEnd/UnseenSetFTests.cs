namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Well-formedness of held-out set F (<see cref="UnseenReportsF"/>, <see cref="UnseenQuestionsF"/>):
/// the questions cover every style in both languages, and every expected phrase stands verbatim in
/// exactly one finding of its document as the real pipeline extracts it. No ranking here: the set is
/// frozen blind, and its measurement is added later by someone who did not write it.
/// </summary>
public sealed class UnseenSetFTests(UnseenSearchEvidenceF evidence) : IClassFixture<UnseenSearchEvidenceF>
{
    private static SearchOverUnseenDocumentsTests.Question[] Questions => UnseenQuestionsF.Questions;

    [Fact]
    public void Questions_CoverEveryStyle_InBothLanguages() =>
        UnseenSetChecks.AssertCoverEveryStyle(Questions, UnseenReportsF.All, "f-");

    [Fact]
    public void EveryExpectedPhrase_IsInAFindingOfItsDocument_AndEveryFilterAdmitsIt() =>
        UnseenSetChecks.AssertEveryPhraseAnswersOnce(Questions, UnseenReportsF.All, evidence);
}
