namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set L was the held-out set of issue 16: written blind to the detector and to sets A–K while the
/// detector was being tuned on set K, and measured once, blind. It has since been a development set
/// and part of the learned name model's training data; sets M and N took its place.
/// </summary>
public sealed class HeldOutSetLTests(ITestOutputHelper output)
{
    [Fact]
    public void SetL_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToK()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetL.All,
            HeldOutSetL.Marked,
            BlindSet.WrittenBefore(HeldOutSetL.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }

    /// <summary>
    /// The detector's figures on set L, printed against the issue's floors (recall ≥ 0.95 on
    /// identifying details, precision ≥ 0.80): the per-kind table (overall, then French and English),
    /// the misses and the false positives.
    /// <para>Measured once, blind, on the detector frozen at commit d0fbbc7 (the rounds on sets H to K,
    /// the name model trained on A–K): recall 0.906 (288/318 spans), precision 0.943 (313/332 flags),
    /// 17/218 look-alikes flagged — French 0.895/0.938, English 0.915/0.947; testimonies 17/23, ages with
    /// a detail 50/57, names 90/98, case numbers 28/31, addresses 19/22. The detector before this
    /// session's rounds (commit 520fcf0) scored 0.852 (271/318) / 0.954 on it.</para>
    /// <para>L then became the development set of one more round (the wider nets and the learned names
    /// also cast in a passage that gives a person's phone, e-mail, home, case number or own words; "was
    /// fourteen" as a sign of a child; a birth-date field with its clause; a relative named after the tie
    /// and a courtesy title; more address cues) and joined the model's training data: recall 0.931
    /// (296/318), precision 0.953 (322/338). A regression floor now, not a measure of unseen text (set M
    /// is).</para>
    /// </summary>
    [Fact]
    public void SetL_KeepsItsTunedLevel_AndPrintsItsFigures()
    {
        var score = BlindSet.Measure(output, HeldOutSetL.All, "set L (written blind, tuned and trained on since)");
        BlindSet.AssertKeeps(score, recall: 0.93, precision: 0.94);
    }
}
