namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>Set X is well formed and large enough; the lead measures the detector on it once, after hand-over.</summary>
public sealed class HeldOutSetXTests(ITestOutputHelper output)
{
    [Fact]
    public void SetX_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToW()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetX.All,
            HeldOutSetX.Marked,
            BlindSet.WrittenBefore(HeldOutSetX.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }

    /// <summary>
    /// Set X, written blind to the detector and to sets A–W (advocacy and policy outputs that quote evidence),
    /// measured once on the detector frozen at commit ff69307, alongside set Y: recall 0.959 (284/296 spans),
    /// precision 0.920 (297/323 flags), 27/239 look-alikes flagged; French 0.959/0.928, English 0.960/0.912;
    /// testimonies 15/22, names 97/99. The build this session started from (da82ae5) scored 0.936 / 0.913 on
    /// it. With set Y, 548 of 577 blind spans (0.9497): just under the recall floor.
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public void SetX_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = BlindSet.Measure(output, HeldOutSetX.All, "set X (held out, blind)");
        BlindSet.AssertKeeps(score, recall: 0.95, precision: 0.91);
    }
}
