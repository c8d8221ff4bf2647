namespace Knowledge.Ingest.Tests.Safeguarding;

public sealed class HeldOutSetAGTests(ITestOutputHelper output)
{
    [Fact]
    public void SetAG_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToAE()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetAG.All,
            HeldOutSetAG.Marked,
            BlindSet.WrittenBefore(HeldOutSetAG.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }

    /// <summary>
    /// Set AG, written blind to the detector and to sets A–AE (research instruments and data management: filled-in
    /// questionnaires and household rosters, attendance sheets, interview guides with answers, enumerator notes,
    /// cleaning and anonymisation logs, leaked pseudonym keys, codebooks, ethics protocols, data-sharing agreements),
    /// measured once on the detector frozen at commit 4c6a321, alongside set AF: recall 0.906 (374/413 spans),
    /// precision 0.947 (394/416 flags), 14/257 look-alikes flagged; French 0.908/0.939, English 0.903/0.956; names
    /// 160/180, ages 56/61, testimonies 22/29. The build this session started from (1c6f402) scored 0.877 / 0.939.
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public void SetAG_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = BlindSet.Measure(output, HeldOutSetAG.All, "set AG (held out, blind)");
        BlindSet.AssertKeeps(score, recall: 0.90, precision: 0.94);
    }
}
