namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set Q is only a measure while it stays well formed and new: these checks hold it to the size, the
/// coverage and the exact offsets the issue's figures rely on. The detector itself is measured on it by
/// the held-out evaluation, once, by the lead.
/// </summary>
public sealed class HeldOutSetQTests
{
    [Fact]
    public void SetQ_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToO()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetQ.All,
            HeldOutSetQ.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All).Concat(HeldOutSetH.All).Concat(HeldOutSetI.All).Concat(HeldOutSetJ.All).Concat(HeldOutSetK.All).Concat(HeldOutSetL.All).Concat(HeldOutSetM.All).Concat(HeldOutSetN.All).Concat(HeldOutSetO.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
