namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set H is the held-out set of issue 16: written blind to the detector and to sets A–G, it is only
/// checked for form here. Its measurement is added once, after one blind run, so that nobody tunes on it.
/// </summary>
public sealed class HeldOutSetHTests
{
    [Fact]
    public void SetH_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToG()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetH.All,
            HeldOutSetH.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 220, SpansPerLanguage: 110, LookAlikesPerLanguage: 100, PerKind: 8, PerIssueCategory: 4));
    }
}
