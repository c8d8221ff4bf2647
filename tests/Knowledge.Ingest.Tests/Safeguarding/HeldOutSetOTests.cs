namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set O is the held-out set of issue 16: written blind to the detector and to sets A–N while set N was
/// being measured. It measures the same frozen detector as N, with no round between them. Nobody tunes on it.
/// </summary>
public sealed class HeldOutSetOTests(ITestOutputHelper output)
{
    [Fact]
    public void SetO_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToN()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetO.All,
            HeldOutSetO.Marked,
            BlindSet.WrittenBefore(HeldOutSetO.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }

    /// <summary>
    /// The detector on text nobody tuned on, printed against the issue's floors (recall ≥ 0.95 on
    /// identifying details, precision ≥ 0.80): the per-kind table (overall, then French and English),
    /// the misses and the false positives.
    /// <para>Measured once, blind, on the detector frozen at commit 9a9a436 (the flags of every later
    /// commit up to this one are the same): recall 0.920 (286/311 spans), precision 0.947 (304/321
    /// flags), 14/237 look-alikes flagged — French 0.916/0.944, English 0.924/0.950; case numbers 27/31,
    /// photo captions 17/20, addresses 17/20, names 88/95, testimonies 24/27. The detector before this
    /// session's rounds (commit 520fcf0) scored 0.846 (263/311) / 0.962 on it. With set N (0.959), the
    /// same frozen detector finds 660 of 701 blind spans (0.942): the recall floor is not met; this test
    /// holds the measured level and prints the gap.</para>
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public void SetO_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = BlindSet.Measure(output, HeldOutSetO.All, "set O (held out, blind)");
        BlindSet.AssertKeeps(score, recall: 0.91, precision: 0.94);
    }
}
