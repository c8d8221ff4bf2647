namespace Knowledge.Ingest.Tests.Safeguarding;

public sealed class HeldOutSetAMTests
{
    [Fact]
    public void SetAM_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToAL()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetAM.All,
            HeldOutSetAM.Marked,
            BlindSet.WrittenBefore(HeldOutSetAM.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
