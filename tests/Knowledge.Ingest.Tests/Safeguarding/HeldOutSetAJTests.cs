namespace Knowledge.Ingest.Tests.Safeguarding;

public sealed class HeldOutSetAJTests
{
    [Fact]
    public void SetAJ_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToAI()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetAJ.All,
            HeldOutSetAJ.Marked,
            BlindSet.WrittenBefore(HeldOutSetAJ.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }
}
