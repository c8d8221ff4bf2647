namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set N is the held-out set of issue 16: written blind to the detector and to sets A–M while the
/// detector was being tuned on set M. It is checked for form and measured. Nobody tunes on it.
/// </summary>
public sealed class HeldOutSetNTests(ITestOutputHelper output)
{
    [Fact]
    public void SetN_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToM()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetN.All,
            HeldOutSetN.Marked,
            BlindSet.WrittenBefore(HeldOutSetN.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }

    /// <summary>
    /// The detector on text nobody tuned on, printed against the issue's floors (recall ≥ 0.95 on
    /// identifying details, precision ≥ 0.80): the per-kind table (overall, then French and English),
    /// the misses and the false positives.
    /// <para>Measured once, blind, on the detector frozen at commit 9a9a436 (the rounds on sets H to M,
    /// the name model trained on A–M, the sample library's precision fixes): recall 0.959 (374/390
    /// spans), precision 0.948 (401/423 flags), 16/237 look-alikes flagged — French 0.956/0.959, English
    /// 0.962/0.937; case numbers 28/32, photo captions 20/22, names 124/130, testimonies 26/27. The first
    /// blind set to meet the issue's floors (recall 0.95, precision 0.80), by a margin within its own
    /// sampling error (±0.02 at 390 spans).</para>
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public void SetN_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = BlindSet.Measure(output, HeldOutSetN.All, "set N (held out, blind)");
        BlindSet.AssertKeeps(score, recall: 0.95, precision: 0.94);
    }
}
