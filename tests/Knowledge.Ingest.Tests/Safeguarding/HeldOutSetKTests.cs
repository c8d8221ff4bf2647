namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set K is the held-out set of issue 16: written blind to the detector and to sets A–J while the
/// detector was being tuned on set J. It is checked for form and measured. Nobody tunes on it.
/// </summary>
public sealed class HeldOutSetKTests(ITestOutputHelper output)
{
    [Fact]
    public void SetK_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToJ()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetK.All,
            HeldOutSetK.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All).Concat(HeldOutSetH.All).Concat(HeldOutSetI.All).Concat(HeldOutSetJ.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }

    /// <summary>
    /// The detector on text nobody tuned on, printed against the issue's floors (recall ≥ 0.95 on
    /// identifying details, precision ≥ 0.80): the per-kind table (overall, then French and English),
    /// the misses and the false positives.
    /// <para>Measured once, blind, on the detector frozen at commit f2429d3 (the rounds on sets H, I and
    /// J, the name model trained on A–J): recall 0.898 (273/304 spans), precision 0.917 (289/315 flags),
    /// 18/207 look-alikes flagged — French 0.930/0.924, English 0.864/0.909; names 90/100, ages with a
    /// detail 44/50, testimonies 19/24, photo captions 14/19, addresses 16/19. The detector before those
    /// rounds (commit 520fcf0) scored 0.793 (241/304) / 0.935 on it. The recall floor is not met; this
    /// test holds the measured level and prints the gap.</para>
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public void SetK_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = BlindSet.Measure(output, HeldOutSetK.All, "set K (held out, blind)");
        BlindSet.AssertKeeps(score, recall: 0.89, precision: 0.91);
    }
}
