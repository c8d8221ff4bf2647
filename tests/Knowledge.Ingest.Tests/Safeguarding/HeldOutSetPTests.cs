namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>Set P (see <see cref="HeldOutSetP"/>) is well formed before anyone measures the detector on it.</summary>
public sealed class HeldOutSetPTests
{
    [Fact]
    public void SetP_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToO()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetP.All,
            HeldOutSetP.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All).Concat(HeldOutSetH.All).Concat(HeldOutSetI.All).Concat(HeldOutSetJ.All).Concat(HeldOutSetK.All).Concat(HeldOutSetL.All).Concat(HeldOutSetM.All).Concat(HeldOutSetN.All).Concat(HeldOutSetO.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
