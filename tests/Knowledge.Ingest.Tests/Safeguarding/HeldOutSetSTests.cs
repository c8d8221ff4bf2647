namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set S is well formed: large enough, every kind and every hard negative the issue names in both
/// languages, and no passage shared with the sets written before it. The detector is measured on it
/// by the lead, once, outside this class.
/// </summary>
public sealed class HeldOutSetSTests(ITestOutputHelper output)
{
    [Fact]
    public void SetS_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToQ()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetS.All,
            HeldOutSetS.Marked,
            BlindSet.WrittenBefore(HeldOutSetS.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }

    /// <summary>
    /// Set S, written blind to the detector and to sets A–Q (humanitarian and migration material: camp
    /// registers, KoBo and ODK exports, interception logs, mining-site assessments), measured once on the
    /// detector frozen at commit b6b980c, alongside set R: recall 0.941 (348/370 spans), precision 0.880
    /// (368/418 flags), 27/261 look-alikes flagged; French 0.949/0.917, English 0.931/0.845; ages 63/74,
    /// testimonies 21/25, names 116/117. Most false flags are the learned model's on places and spreadsheet
    /// column headers, and institutional mailboxes the list did not know. The build this session started
    /// from (da82ae5) scored 0.930 / 0.890 on it. With set R, 716 of 752 blind spans (0.952).
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public void SetS_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = BlindSet.Measure(output, HeldOutSetS.All, "set S (held out, blind)");
        BlindSet.AssertKeeps(score, recall: 0.94, precision: 0.87);
    }
}
