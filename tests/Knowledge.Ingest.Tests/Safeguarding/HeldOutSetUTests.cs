namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set U is well formed: large enough, every kind and every hard negative the issue names in both
/// languages, and no passage shared with the sets written before it. The detector is measured on it
/// by the lead, once, outside this class.
/// </summary>
public sealed class HeldOutSetUTests(ITestOutputHelper output)
{
    [Fact]
    public void SetU_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToS()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetU.All,
            HeldOutSetU.Marked,
            BlindSet.WrittenBefore(HeldOutSetU.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }

    /// <summary>
    /// Set U, written blind to the detector and to sets A–S (health, community and civil-status material),
    /// measured once on the detector frozen at commit 8ec4f9b: recall 0.922 (332/360 spans), precision 0.966
    /// (340/352 flags), 9/239 look-alikes flagged; French 0.928/0.977, English 0.916/0.955; ages 64/76, case
    /// numbers 26/31. The build this session started from (da82ae5) scored 0.889 / 0.941 on it. With set T,
    /// 661 of 713 blind spans (0.927): the recall floor is not met on this pair.
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public void SetU_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = BlindSet.Measure(output, HeldOutSetU.All, "set U (held out, blind)");
        BlindSet.AssertKeeps(score, recall: 0.92, precision: 0.96);
    }
}
