namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>Set R is well formed and large enough; the lead measures the detector on it once, blind.</summary>
public sealed class HeldOutSetRTests
{
    [Fact]
    public void SetR_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToQ()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetR.All,
            HeldOutSetR.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All).Concat(HeldOutSetH.All).Concat(HeldOutSetI.All).Concat(HeldOutSetJ.All).Concat(HeldOutSetK.All).Concat(HeldOutSetL.All).Concat(HeldOutSetM.All).Concat(HeldOutSetN.All).Concat(HeldOutSetO.All).Concat(HeldOutSetP.All).Concat(HeldOutSetQ.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
