namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set O is well formed: large enough, every kind and issue-named look-alike in both languages, marks
/// that round-trip, and no passage shared with the earlier sets. It is measured once by the lead, not here.
/// </summary>
public sealed class HeldOutSetOTests
{
    [Fact]
    public void SetO_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToN()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetO.All,
            HeldOutSetO.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All).Concat(HeldOutSetH.All).Concat(HeldOutSetI.All).Concat(HeldOutSetJ.All).Concat(HeldOutSetK.All).Concat(HeldOutSetL.All).Concat(HeldOutSetM.All).Concat(HeldOutSetN.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
