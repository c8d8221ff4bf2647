namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>The checks on set V that do not run the detector: it is well formed, large enough and new.</summary>
public sealed class HeldOutSetVTests
{
    [Fact]
    public void SetV_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToU()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetV.All,
            HeldOutSetV.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All).Concat(HeldOutSetH.All).Concat(HeldOutSetI.All).Concat(HeldOutSetJ.All).Concat(HeldOutSetK.All).Concat(HeldOutSetL.All).Concat(HeldOutSetM.All).Concat(HeldOutSetN.All).Concat(HeldOutSetO.All).Concat(HeldOutSetP.All).Concat(HeldOutSetQ.All).Concat(HeldOutSetR.All).Concat(HeldOutSetS.All).Concat(HeldOutSetT.All).Concat(HeldOutSetU.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
