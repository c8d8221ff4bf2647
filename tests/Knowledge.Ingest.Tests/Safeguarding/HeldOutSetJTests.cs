namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set J is well formed: large enough, every kind and every hard-negative category the issue names in
/// both languages, marks that round-trip, and no passage shared with sets A–I. It measures nothing: the
/// lead measures the detector on J once, after hand-over, so that nobody tunes on it.
/// </summary>
public sealed class HeldOutSetJTests
{
    [Fact]
    public void SetJ_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToI()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetJ.All,
            HeldOutSetJ.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All).Concat(HeldOutSetH.All).Concat(HeldOutSetI.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
