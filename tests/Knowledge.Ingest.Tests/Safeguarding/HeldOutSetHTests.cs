namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set H is the held-out set of issue 16: written blind to the detector and to sets A–G while the
/// detector was being tuned on set G. Nobody tunes on it.
/// </summary>
public sealed class HeldOutSetHTests(ITestOutputHelper output)
{
    [Fact]
    public void SetH_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToG()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetH.All,
            HeldOutSetH.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 220, SpansPerLanguage: 110, LookAlikesPerLanguage: 100, PerKind: 8, PerIssueCategory: 4));
    }

    /// <summary>
    /// The detector on text nobody tuned on, printed against the issue's floors (recall ≥ 0.95 on
    /// identifying details, precision ≥ 0.80): the per-kind table (overall, then French and English),
    /// the misses and the false positives.
    /// <para>Measured twice, blind both times. Before the round on set G (commit 92b11c3): recall
    /// 0.806 (282/350 spans), precision 0.955 (299/313 flags), 13/242 look-alikes flagged; testimonies
    /// 7/23, addresses 18/27, ages with a detail 45/60, names 95/122. After it (commit a850084):
    /// recall 0.846 (296/350), precision 0.963 (312/324), 11/242 look-alikes flagged — French
    /// 0.874/0.958, English 0.817/0.968; testimonies 11/23, addresses 18/27, ages with a detail 49/60,
    /// names 102/122; 7 of 21 institutional contacts flagged. The round lifted G from 0.843 to 0.961
    /// and H from 0.806 to 0.846: rules written from one writer's misses carry over only in part to
    /// another's. The recall floor is not met; this test holds the measured level and prints the gap.</para>
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public void SetH_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = BlindSet.Measure(output, HeldOutSetH.All, "set H (held out, blind)");
        BlindSet.AssertKeeps(score, recall: 0.84, precision: 0.96);
    }
}
