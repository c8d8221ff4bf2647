namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set L is the held-out set of issue 16: written blind to the detector and to sets A–K while the
/// detector was being tuned on set K. It is checked for form and measured. Nobody tunes on it.
/// </summary>
public sealed class HeldOutSetLTests(ITestOutputHelper output)
{
    [Fact]
    public void SetL_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToK()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetL.All,
            HeldOutSetL.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All).Concat(HeldOutSetH.All).Concat(HeldOutSetI.All).Concat(HeldOutSetJ.All).Concat(HeldOutSetK.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }

    /// <summary>
    /// The detector on text nobody tuned on, printed against the issue's floors (recall ≥ 0.95 on
    /// identifying details, precision ≥ 0.80): the per-kind table (overall, then French and English),
    /// the misses and the false positives.
    /// <para>Measured once, blind, on the detector frozen at commit d0fbbc7 (the rounds on sets H to K,
    /// the name model trained on A–K): recall 0.906 (288/318 spans), precision 0.943 (313/332 flags),
    /// 17/218 look-alikes flagged — French 0.895/0.938, English 0.915/0.947; testimonies 17/23, ages with
    /// a detail 50/57, names 90/98, case numbers 28/31, addresses 19/22. The detector before this
    /// session's rounds (commit 520fcf0) scored 0.852 (271/318) / 0.954 on it. The recall floor is not
    /// met; this test holds the measured level and prints the gap.</para>
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public void SetL_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = BlindSet.Measure(output, HeldOutSetL.All, "set L (held out, blind)");
        BlindSet.AssertKeeps(score, recall: 0.90, precision: 0.94);
    }
}
