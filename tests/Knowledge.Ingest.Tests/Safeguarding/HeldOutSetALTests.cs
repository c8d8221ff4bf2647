namespace Knowledge.Ingest.Tests.Safeguarding;

public sealed class HeldOutSetALTests
{
    [Fact]
    public void SetAL_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToAK()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetAL.All,
            HeldOutSetAL.Marked,
            BlindSet.WrittenBefore(HeldOutSetAL.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
