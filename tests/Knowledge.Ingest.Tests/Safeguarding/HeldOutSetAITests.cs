namespace Knowledge.Ingest.Tests.Safeguarding;

public sealed class HeldOutSetAITests
{
    [Fact]
    public void SetAI_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToAG()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetAI.All,
            HeldOutSetAI.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All).Concat(HeldOutSetH.All).Concat(HeldOutSetI.All).Concat(HeldOutSetJ.All).Concat(HeldOutSetK.All).Concat(HeldOutSetL.All).Concat(HeldOutSetM.All).Concat(HeldOutSetN.All).Concat(HeldOutSetO.All).Concat(HeldOutSetP.All).Concat(HeldOutSetQ.All).Concat(HeldOutSetR.All).Concat(HeldOutSetS.All).Concat(HeldOutSetT.All).Concat(HeldOutSetU.All).Concat(HeldOutSetV.All).Concat(HeldOutSetW.All).Concat(HeldOutSetX.All).Concat(HeldOutSetY.All).Concat(HeldOutSetZ.All).Concat(HeldOutSetAA.All).Concat(HeldOutSetAB.All).Concat(HeldOutSetAC.All).Concat(HeldOutSetAD.All).Concat(HeldOutSetAE.All).Concat(HeldOutSetAF.All).Concat(HeldOutSetAG.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
