namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set T is well formed: large enough, every kind and every hard negative the issue names in both
/// languages, and no passage shared with the sets written before it. The detector is measured on it
/// once, by the lead, after it was handed over; it must not be tuned on.
/// </summary>
public sealed class HeldOutSetTTests(ITestOutputHelper output)
{
    [Fact]
    public void SetT_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToS()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetT.All,
            HeldOutSetT.Marked,
            BlindSet.WrittenBefore(HeldOutSetT.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }

    /// <summary>
    /// Set T, written blind to the detector and to sets A–S (communications, media and education material),
    /// measured once on the detector frozen at commit 8ec4f9b with the emoji fix of 483b121 (its first run
    /// stopped on a post with an emoji, which is how that fault was found): recall 0.932 (329/353 spans),
    /// precision 0.928 (311/335 flags), 17/251 look-alikes flagged; French 0.945/0.937, English 0.918/0.919;
    /// names 118/131, testimonies 22/26. The build this session started from (da82ae5, given the same emoji
    /// fix so that it can run) scored 0.907 / 0.897 on it. With set U, 661 of 713 blind spans (0.927).
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public void SetT_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = BlindSet.Measure(output, HeldOutSetT.All, "set T (held out, blind)");
        BlindSet.AssertKeeps(score, recall: 0.93, precision: 0.92);
    }
}
