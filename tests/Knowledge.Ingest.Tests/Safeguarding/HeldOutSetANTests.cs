namespace Knowledge.Ingest.Tests.Safeguarding;

public sealed class HeldOutSetANTests
{
    [Fact]
    public void SetAN_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToAM()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetAN.All,
            HeldOutSetAN.Marked,
            BlindSet.WrittenBefore(HeldOutSetAN.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
