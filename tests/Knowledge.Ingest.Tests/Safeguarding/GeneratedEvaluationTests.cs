using Knowledge.Ingest.Safeguarding;

namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// The detector on the larger generated held-out set (<see cref="GeneratedPassages"/>): report-style
/// passages in both languages with identifying details of every kind and look-alike negatives.
/// </summary>
public sealed class GeneratedEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void GeneratedSet_IsLargeEnough_InBothLanguages()
    {
        var all = GeneratedPassages.All;
        Assert.True(all.Sum(p => p.Positives.Count) >= 150);
        Assert.True(all.Sum(p => p.Negatives.Count) >= 150);
        foreach (var lang in new[] { "fr", "en" })
        {
            Assert.True(all.Where(p => p.Language == lang).Sum(p => p.Positives.Count) >= 75, lang);
            Assert.True(all.Where(p => p.Language == lang).Sum(p => p.Negatives.Count) >= 75, lang);
        }

        // Every kind of identifying detail is planted.
        var kinds = all.SelectMany(p => p.Positives).Select(p => p.Kind).ToHashSet();
        Assert.Equal(9, kinds.Count);
    }

    [Fact]
    public void GeneratedSet_RecallAndPrecision_MeetTheSafeguardingFloor()
    {
        var score = DetectorScore.Measure(new ChildIdentityDetector(), GeneratedPassages.All);
        output.WriteLine(score.Table("generated held-out"));
        foreach (var lang in new[] { "fr", "en" })
        {
            output.WriteLine(DetectorScore.Measure(new ChildIdentityDetector(), GeneratedPassages.All.Where(p => p.Language == lang)).Table(lang));
        }

        foreach (var miss in score.Misses)
        {
            output.WriteLine("missed: " + miss);
        }

        foreach (var fp in score.FalsePositives)
        {
            output.WriteLine("false positive: " + fp);
        }

        Assert.True(score.Recall >= 0.95, $"rappel {score.Recall:P1} < 95 %");
        Assert.True(score.Precision >= 0.80, $"précision {score.Precision:P1} < 80 %");
    }

    /// <summary>
    /// The second set, written after the detector was fixed on the first, measured as it stood.
    /// It holds details the rules were not written for (an age in words, a number in brackets).
    /// </summary>
    [Fact]
    public void FreshSet_RecallAndPrecision_MeetTheSafeguardingFloor()
    {
        var score = DetectorScore.Measure(new ChildIdentityDetector(), GeneratedPassages.Fresh);
        output.WriteLine(score.Table("fresh held-out"));
        foreach (var line in score.Misses.Select(m => "missed: " + m).Concat(score.FalsePositives.Select(f => "false positive: " + f)))
        {
            output.WriteLine(line);
        }

        Assert.True(score.Recall >= 0.95, $"rappel {score.Recall:P1} < 95 %");
        Assert.True(score.Precision >= 0.80, $"précision {score.Precision:P1} < 80 %");
    }
}
