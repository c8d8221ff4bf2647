namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set U is well formed: large enough, every kind and every hard negative the issue names in both
/// languages, and no passage shared with the sets written before it. The detector is measured on it
/// by the lead, once, outside this class.
/// </summary>
public sealed class HeldOutSetUTests
{
    [Fact]
    public void SetU_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToS()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetU.All,
            HeldOutSetU.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All).Concat(HeldOutSetH.All).Concat(HeldOutSetI.All).Concat(HeldOutSetJ.All).Concat(HeldOutSetK.All).Concat(HeldOutSetL.All).Concat(HeldOutSetM.All).Concat(HeldOutSetN.All).Concat(HeldOutSetO.All).Concat(HeldOutSetP.All).Concat(HeldOutSetQ.All).Concat(HeldOutSetR.All).Concat(HeldOutSetS.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
