namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// The detector on set F (<see cref="HeldOutSetF"/>), written blind to the detector and to sets A–E,
/// while sets D and E were being used for tuning.
/// </summary>
public sealed class HeldOutSetFTests(ITestOutputHelper output)
{
    [Fact]
    public void SetF_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToE()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetF.All,
            HeldOutSetF.Marked,
            BlindSet.WrittenBefore(HeldOutSetF.All),
            new BlindSet.Minimums(Spans: 250, LookAlikes: 220, SpansPerLanguage: 110, LookAlikesPerLanguage: 100, PerKind: 6, PerIssueCategory: 3));
    }

    /// <summary>
    /// The detector's figures on set F, printed against the issue's floors (recall ≥ 0.95 on
    /// identifying details, precision ≥ 0.80): the per-kind table (overall, then French and
    /// English), the misses and the false positives.
    /// <para>Measured once, after the rounds on sets D and E (commit 99d89d7): recall 0.855 (265/310
    /// spans), precision 0.965 (275/285 flags), 12/246 look-alikes flagged — French 0.845/0.972,
    /// English 0.865/0.958; names 82/106 and testimonies 14/20 the weakest kinds. The detector as it
    /// stood before those rounds (commit 60f38d3) scored 0.739 / 0.908 on it, and 0.761 / 0.946 after
    /// set D's round alone. The detector was then tuned on F's misses (children and relatives named
    /// together, nicknames, record labels, quotes split by their verb or standing alone, officials
    /// introducing a quote, roles before and after a name, origins after an age, hotline tickets):
    /// 0.994 / 1.000. F is a development set from then on, its figures held here as a regression
    /// floor; set G (<see cref="HeldOutSetG"/>), written blind meanwhile, is the held-out one.</para>
    /// </summary>
    [Fact]
    public void SetF_KeepsItsTunedLevel_AndPrintsItsFigures()
    {
        var score = BlindSet.Measure(output, HeldOutSetF.All, "set F (written blind, tuned on since)");
        BlindSet.AssertKeeps(score, recall: 0.99, precision: 0.99);
    }
}
