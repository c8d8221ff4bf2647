using Knowledge.Ingest.Safeguarding;

namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// The detector on set C (<see cref="HeldOutSetC"/>), the set it was not tuned on.
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
    /// Prints the figures; does not assert the issue's floors (recall ≥ 0.95, precision ≥ 0.80),
    /// because the first run, on the detector as it stood, did not meet them: recall 0.583
    /// (84/144 spans), precision 0.967 (88/91 flags), 3/168 hard negatives flagged. The per-kind
    /// table, the misses and the false positives are written to the test output. Once the detector
    /// meets the floors on this set it is no longer held out, and the floors belong in an assertion.
    /// </summary>
    [Fact]
    public void SetC_Figures_ArePrinted_ForEveryPlantedSpan()
    {
        var score = DetectorScore.Measure(new ChildIdentityDetector(), HeldOutSetC.All);
        output.WriteLine(score.Table("set C (held out)"));
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
    }
}
