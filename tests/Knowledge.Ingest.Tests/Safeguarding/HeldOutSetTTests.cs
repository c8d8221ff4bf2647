namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set T is well formed: large enough, every kind and every hard negative the issue names in both
/// languages, and no passage shared with the sets written before it. The detector is measured on it
/// once, by the lead, after it was handed over; it must not be tuned on.
/// </summary>
public sealed class HeldOutSetTTests
{
    [Fact]
    public void SetT_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToS()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetT.All,
            HeldOutSetT.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All).Concat(HeldOutSetH.All).Concat(HeldOutSetI.All).Concat(HeldOutSetJ.All).Concat(HeldOutSetK.All).Concat(HeldOutSetL.All).Concat(HeldOutSetM.All).Concat(HeldOutSetN.All).Concat(HeldOutSetO.All).Concat(HeldOutSetP.All).Concat(HeldOutSetQ.All).Concat(HeldOutSetR.All).Concat(HeldOutSetS.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
