namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// The detector on set G (<see cref="HeldOutSetG"/>), written blind to the detector and to sets A–F,
/// while the earlier sets were being used for tuning.
/// </summary>
public sealed class HeldOutSetGTests(ITestOutputHelper output)
{
    [Fact]
    public void SetG_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToF()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetG.All,
            HeldOutSetG.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All),
            new BlindSet.Minimums(Spans: 220, LookAlikes: 200, SpansPerLanguage: 100, LookAlikesPerLanguage: 90, PerKind: 6, PerIssueCategory: 3));
    }

    /// <summary>
    /// The detector on text nobody tuned on, printed against the issue's floors (recall ≥ 0.95 on
    /// identifying details, precision ≥ 0.80): the per-kind table (overall, then French and
    /// English), the misses and the false positives.
    /// <para>Measured once, after the rounds on sets D, E and F (commit 06e0d52): recall 0.843
    /// (327/388 spans), precision 0.955 (341/357 flags), 14/256 look-alikes flagged — French
    /// 0.887/0.963, English 0.784/0.944; testimonies 17/25 (G counts a child's words in an unquoted
    /// transcript as testimony), ages with a detail 68/86 and names 123/149 the weakest kinds; 7 of 19
    /// institutional contacts flagged. The detector as it stood before those rounds (commit 60f38d3)
    /// scored 0.655 / 0.921 on it. The recall floor is not met: this test holds the measured level as
    /// a regression floor and prints the gap. Tuning on G's misses would end its use as a held-out
    /// set.</para>
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public void SetG_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = BlindSet.Measure(output, HeldOutSetG.All, "set G (held out, blind)");
        BlindSet.AssertKeeps(score, recall: 0.84, precision: 0.95);
    }
}
