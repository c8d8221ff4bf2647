namespace Knowledge.Ingest.Tests.Safeguarding;

public sealed class HeldOutSetAKTests
{
    [Fact]
    public void SetAK_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToAJ()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetAK.All,
            HeldOutSetAK.Marked,
            BlindSet.WrittenBefore(HeldOutSetAK.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
