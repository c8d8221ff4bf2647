namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set K's well-formedness only: it is measured once by the lead after hand-over, so no measurement
/// test lives here yet (a test that printed its figures would invite tuning on it).
/// </summary>
public sealed class HeldOutSetKTests
{
    [Fact]
    public void SetK_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToJ()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetK.All,
            HeldOutSetK.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All).Concat(HeldOutSetH.All).Concat(HeldOutSetI.All).Concat(HeldOutSetJ.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
