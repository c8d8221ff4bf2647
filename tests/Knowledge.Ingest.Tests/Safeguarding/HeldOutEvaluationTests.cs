using Knowledge.Ingest.Safeguarding;

namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// The detector on set C (<see cref="HeldOutSetC"/>), written blind and measured once as the detector
/// stood, then used to fix it (see <see cref="SetC_RecallAndPrecision_MeetTheSafeguardingFloor_AfterTuningOnIt"/>).
/// </summary>
public sealed class HeldOutEvaluationTests(ITestOutputHelper output)
{
    private static readonly string[] Kinds = ["name", "testimony", "age-with-detail", "phone", "email", "case-number", "address", "coordinates", "photo-caption"];

    [Fact]
    public void SetC_IsWellFormed_LargeEnough_InBothLanguages_AndNewToSetsAAndB()
    {
        var all = HeldOutSetC.All;
        Assert.True(all.Sum(p => p.Positives.Count) >= 100);
        Assert.True(all.Sum(p => p.Negatives.Count) >= 100);
        foreach (var lang in new[] { "fr", "en" })
        {
            Assert.True(all.Where(p => p.Language == lang).Sum(p => p.Positives.Count) >= 50, lang);
            Assert.True(all.Where(p => p.Language == lang).Sum(p => p.Negatives.Count) >= 50, lang);
        }

        Assert.Equal(Kinds.Order(StringComparer.Ordinal), all.SelectMany(p => p.Positives).Select(p => p.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(all.SelectMany(p => p.Negatives), n => n.Category == "hotline");

        var seen = GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var passage in all)
        {
            Assert.DoesNotContain(passage.Text, seen);
            Assert.DoesNotMatch(@"[{}⟦⟧⟪⟫]", passage.Text);
            var spans = passage.Positives.Select(p => (p.Start, p.Length)).Concat(passage.Negatives.Select(n => (n.Start, n.Length))).OrderBy(s => s.Start).ToList();
            for (var i = 0; i < spans.Count; i++)
            {
                var (start, length) = spans[i];
                Assert.True(start >= 0 && length > 0 && start + length <= passage.Text.Length, passage.Text);
                var span = passage.Text.Substring(start, length);
                Assert.Equal(span.Trim(), span);
                Assert.True(i == 0 || spans[i - 1].Start + spans[i - 1].Length <= start, $"overlapping spans in « {passage.Text} »");
            }
        }
    }

    /// <summary>
    /// Set C was held out until its first run (recall 0.583, 84/144 spans; precision 0.967, 88/91 flags;
    /// 3/168 hard negatives flagged). The detector was then fixed on what it missed, by rule families
    /// wider than set C's strings, and now meets the floors here; set C is therefore a tuning set like
    /// A and B, and the floors are asserted. The measure on unseen text is a new blind set.
    /// </summary>
    [Fact]
    public void SetC_RecallAndPrecision_MeetTheSafeguardingFloor_AfterTuningOnIt()
    {
        var score = DetectorScore.Measure(new ChildIdentityDetector(), HeldOutSetC.All);
        output.WriteLine(score.Table("set C (tuned on since its first run)"));
        foreach (var lang in new[] { "fr", "en" })
        {
            output.WriteLine(DetectorScore.Measure(new ChildIdentityDetector(), HeldOutSetC.All.Where(p => p.Language == lang)).Table(lang));
        }

        foreach (var line in score.Misses.Select(m => "missed: " + m).Concat(score.FalsePositives.Select(f => "false positive: " + f)))
        {
            output.WriteLine(line);
        }

        // Every planted span and look-alike is counted once, and every miss is listed.
        Assert.Equal(HeldOutSetC.All.Sum(p => p.Positives.Count), score.Expected);
        Assert.Equal(HeldOutSetC.All.Sum(p => p.Negatives.Count), score.NegativesByCategory.Values.Sum(v => v.Total));
        Assert.Equal(score.Expected - score.Found, score.Misses.Count);
        Assert.Equal(score.Flags - score.Right, score.FalsePositives.Count);
        Assert.True(score.Recall >= 0.95, $"rappel {score.Recall:P1} < 95 %");
        Assert.True(score.Precision >= 0.80, $"précision {score.Precision:P1} < 80 %");
    }
}
