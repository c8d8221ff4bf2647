namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// The detector on set D (<see cref="HeldOutSetD"/>), written blind to the detector and to sets A–C.
/// </summary>
public sealed class HeldOutSetDTests(ITestOutputHelper output)
{
    [Fact]
    public void SetD_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetD.All,
            HeldOutSetD.Marked,
            BlindSet.WrittenBefore(HeldOutSetD.All),
            new BlindSet.Minimums(Spans: 160, LookAlikes: 160, SpansPerLanguage: 80, LookAlikesPerLanguage: 80, PerKind: 5, PerIssueCategory: 0));
        Assert.Contains(HeldOutSetD.All.SelectMany(p => p.Negatives), n => n.Category == "hotline");
        Assert.Contains(HeldOutSetD.All.SelectMany(p => p.Negatives), n => n.Category == "org-contact");
    }

    /// <summary>
    /// The detector's figures on set D, printed against the issue's floors (recall ≥ 0.95, precision ≥
    /// 0.80) with the per-kind table, the misses and the false positives.
    /// <para>Measured once while D was held out: against the detector as it stood (commit 6daf848)
    /// recall 0.588 (114/194 spans), precision 0.873 (117/134 flags); after the rule families set C led
    /// to (commit b4c51e9) recall 0.799 (155/194), precision 0.904 (160/177) — below the recall floor.
    /// The detector was then tuned on D's misses and false positives (relatives' and coordinated names,
    /// speakers after a testimony, ages at an event or given in pairs, arrivals and workplaces as
    /// details, organisations' mailboxes, law numbers after a sentence about a court, official quotes):
    /// recall 0.990, precision 1.000, and 0.995 / 1.000 after the round set E led to. D is a development
    /// set from then on, its figures held here as a regression floor; sets written blind after it
    /// (<see cref="HeldOutSetE"/>, <see cref="HeldOutSetF"/>, then <see cref="HeldOutSetG"/>) measure the detector.</para>
    /// </summary>
    [Fact]
    public void SetD_KeepsItsTunedLevel_AndPrintsItsFigures()
    {
        var score = BlindSet.Measure(output, HeldOutSetD.All, "set D (written blind, tuned on since)");
        BlindSet.AssertKeeps(score, recall: 0.99, precision: 0.99);
    }
}
