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
    /// <para>MEASURED</para>
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public void SetK_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = BlindSet.Measure(output, HeldOutSetK.All, "set K (held out, blind)");
        BlindSet.AssertKeeps(score, recall: 0, precision: 0);
    }
}
