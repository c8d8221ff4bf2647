namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set M is checked for shape only: its measurement is taken once, by the lead, after hand-over, so
/// that nobody tunes the detector on it.
/// </summary>
public sealed class HeldOutSetMTests
{
    [Fact]
    public void SetM_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToL()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetM.All,
            HeldOutSetM.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All).Concat(HeldOutSetH.All).Concat(HeldOutSetI.All).Concat(HeldOutSetJ.All).Concat(HeldOutSetK.All).Concat(HeldOutSetL.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
