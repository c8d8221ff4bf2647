namespace Knowledge.Ingest.Tests.Safeguarding;

public sealed class HeldOutSetAOTests(ITestOutputHelper output)
{
    [Fact]
    public void SetAO_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToAN()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetAO.All,
            HeldOutSetAO.Marked,
            BlindSet.WrittenBefore(HeldOutSetAO.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }

    /// <summary>
    /// Set AO, written blind to the detector and to sets A–AN (online exploitation and digital evidence: cybercrime-unit
    /// case notes, reporting-portal submissions, takedown requests, transcribed chats, sextortion files, payment trails,
    /// class messaging groups, phone extraction summaries), measured once, alongside set AN, on the detector of commit
    /// 1d63cd1 and not tuned on: recall 0.980 (338/345 spans), precision 0.957 (353/369 flags), 13/254 look-alikes
    /// flagged; names 116/117, ages 57/59, testimonies 23/23. The detector before the round on AJ and AK (1861e9f)
    /// scored 0.980 / 0.956.
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public void SetAO_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = BlindSet.Measure(output, HeldOutSetAO.All, "set AO (held out, blind)");
        BlindSet.AssertKeeps(score, recall: 0.97, precision: 0.95);
    }
}
