namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set L is only checked for form here: the lead measures the detector on it once, after the set is
/// handed over, so that nobody tunes on it before.
/// </summary>
public sealed class HeldOutSetLTests
{
    [Fact]
    public void SetL_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToK()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetL.All,
            HeldOutSetL.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All).Concat(HeldOutSetH.All).Concat(HeldOutSetI.All).Concat(HeldOutSetJ.All).Concat(HeldOutSetK.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
