namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>The checks on set V that do not run the detector: it is well formed, large enough and new.</summary>
public sealed class HeldOutSetVTests(ITestOutputHelper output)
{
    [Fact]
    public void SetV_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToU()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetV.All,
            HeldOutSetV.Marked,
            BlindSet.WrittenBefore(HeldOutSetV.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }

    /// <summary>
    /// Set V, written blind to the detector and to sets A–U (research reports, situational analyses, baseline
    /// and endline studies, thematic briefs), measured once on the detector frozen at commit e51d9cb, alongside
    /// set W: recall 0.928 (297/320 spans), precision 0.949 (314/331 flags), 14/239 look-alikes flagged; French
    /// 0.944/0.937, English 0.911/0.962; testimonies only 14/26 (unquoted answers and paraphrased accounts),
    /// addresses 23/27. The build this session started from (da82ae5) scored 0.891 / 0.953 on it. With set W,
    /// 589 of 626 blind spans (0.941): the recall floor is not met on this pair.
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public void SetV_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = BlindSet.Measure(output, HeldOutSetV.All, "set V (held out, blind)");
        BlindSet.AssertKeeps(score, recall: 0.92, precision: 0.94);
    }
}
