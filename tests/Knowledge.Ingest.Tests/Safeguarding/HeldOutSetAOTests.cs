namespace Knowledge.Ingest.Tests.Safeguarding;

public sealed class HeldOutSetAOTests
{
    [Fact]
    public void SetAO_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToAN()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetAO.All,
            HeldOutSetAO.Marked,
            BlindSet.WrittenBefore(HeldOutSetAO.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
