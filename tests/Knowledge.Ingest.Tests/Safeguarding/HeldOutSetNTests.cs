namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set N is well formed: large enough, every kind in both languages, spans where they were marked, and
/// no passage of sets A to M. The detector is measured on it by the lead, once, not here.
/// </summary>
public sealed class HeldOutSetNTests
{
    [Fact]
    public void SetN_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToM()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetN.All,
            HeldOutSetN.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All).Concat(HeldOutSetH.All).Concat(HeldOutSetI.All).Concat(HeldOutSetJ.All).Concat(HeldOutSetK.All).Concat(HeldOutSetL.All).Concat(HeldOutSetM.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
