namespace Knowledge.Ingest.Tests.Safeguarding;

public sealed class HeldOutSetACTests(ITestOutputHelper output)
{
    [Fact]
    public void SetAC_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToAA()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetAC.All,
            HeldOutSetAC.Marked,
            BlindSet.WrittenBefore(HeldOutSetAC.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }

    /// <summary>
    /// Set AC, written blind to the detector and to sets A–AA (the education sector: inspections, school-related
    /// violence reports, disciplinary hearings, bursaries, exam lists, boarding logs, parents' association minutes;
    /// and online exploitation: cybercrime unit reports, platform referrals, chat extracts, sextortion cases),
    /// measured once on the detector frozen at commit d2a9e5b, alongside set AB: recall 0.955 (317/332 spans),
    /// precision 0.969 (342/353 flags), 9/230 look-alikes flagged; French 0.953/0.973, English 0.956/0.964; names
    /// 109/116, ages 46/48, testimonies 21/23. The build this session started from (1c6f402) scored 0.949 / 0.963.
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public void SetAC_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = BlindSet.Measure(output, HeldOutSetAC.All, "set AC (held out, blind)");
        BlindSet.AssertKeeps(score, recall: 0.95, precision: 0.96);
    }
}
