using System.Text;
using Knowledge.Ingest.Safeguarding;

namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// The detector on set D (<see cref="HeldOutSetD"/>), written blind to the detector and to sets A–C.
/// </summary>
public sealed class HeldOutSetDTests(ITestOutputHelper output)
{
    private static readonly string[] Kinds = ["name", "testimony", "age-with-detail", "phone", "email", "case-number", "address", "coordinates", "photo-caption"];

    private static readonly string[] Categories =
    [
        "official", "author", "law", "organisation", "place-policy", "statistic", "age-rule", "report-number",
        "isbn", "date", "hotline", "org-contact", "caption", "official-quote",
    ];

    [Fact]
    public void SetD_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages()
    {
        var all = HeldOutSetD.All;
        Assert.True(all.Sum(p => p.Positives.Count) >= 160, $"{all.Sum(p => p.Positives.Count)} planted spans");
        Assert.True(all.Sum(p => p.Negatives.Count) >= 160, $"{all.Sum(p => p.Negatives.Count)} look-alikes");
        foreach (var lang in new[] { "fr", "en" })
        {
            var passages = all.Where(p => p.Language == lang).ToList();
            Assert.True(passages.Sum(p => p.Positives.Count) >= 80, lang);
            Assert.True(passages.Sum(p => p.Negatives.Count) >= 80, lang);
            foreach (var kind in Kinds)
            {
                // Every kind in each language, at least five times, so a per-kind figure means something.
                Assert.True(passages.Sum(p => p.Positives.Count(s => s.Kind == kind)) >= 5, $"{lang} {kind}");
            }
        }

        Assert.All(all.SelectMany(p => p.Positives), s => Assert.Contains(s.Kind, Kinds));
        Assert.All(all.SelectMany(p => p.Negatives), s => Assert.Contains(s.Category, Categories));
        Assert.Contains(all.SelectMany(p => p.Negatives), n => n.Category == "hotline");
        Assert.Contains(all.SelectMany(p => p.Negatives), n => n.Category == "org-contact");

        // New text: no passage of the earlier sets, and no passage twice.
        var seen = GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(all.Count, all.Select(p => p.Text).Distinct(StringComparer.Ordinal).Count());
        foreach (var (passage, (marked, language)) in all.Zip(HeldOutSetD.Marked))
        {
            Assert.DoesNotContain(passage.Text, seen);
            Assert.Equal(language, passage.Language);
            Assert.DoesNotMatch(@"[{}⟦⟧⟪⟫]", passage.Text);
            var spans = passage.Positives.Select(p => (p.Start, p.Length, Mark: '⟦', Code: p.Kind))
                .Concat(passage.Negatives.Select(n => (n.Start, n.Length, Mark: '⟪', Code: n.Category)))
                .OrderBy(s => s.Start).ToList();
            for (var i = 0; i < spans.Count; i++)
            {
                var (start, length, _, _) = spans[i];
                Assert.True(start >= 0 && length > 0 && start + length <= passage.Text.Length, passage.Text);
                var span = passage.Text.Substring(start, length);
                Assert.Equal(span.Trim(), span);
                Assert.True(i == 0 || spans[i - 1].Start + spans[i - 1].Length <= start, $"overlapping spans in « {passage.Text} »");
            }

            // Putting the marks back at the recorded offsets gives the passage as written: every
            // span's offsets point at exactly the text that was marked.
            var rebuilt = new StringBuilder();
            var at = 0;
            foreach (var (start, length, mark, code) in spans)
            {
                rebuilt.Append(passage.Text, at, start - at).Append(mark).Append(code).Append('|').Append(passage.Text, start, length).Append(mark == '⟦' ? '⟧' : '⟫');
                at = start + length;
            }

            rebuilt.Append(passage.Text, at, passage.Text.Length - at);
            Assert.Equal(marked, rebuilt.ToString());
        }
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
        var detector = new ChildIdentityDetector();
        var score = DetectorScore.Measure(detector, HeldOutSetD.All);
        output.WriteLine(score.Table("set D (written blind, tuned on since)"));
        foreach (var lang in new[] { "fr", "en" })
        {
            output.WriteLine(DetectorScore.Measure(detector, HeldOutSetD.All.Where(p => p.Language == lang)).Table(lang));
        }

        foreach (var line in score.Misses.Select(m => "missed: " + m).Concat(score.FalsePositives.Select(f => "false positive: " + f)))
        {
            output.WriteLine(line);
        }

        Assert.Equal(HeldOutSetD.All.Sum(p => p.Positives.Count), score.Expected);
        Assert.Equal(score.Expected - score.Found, score.Misses.Count);
        Assert.True(score.Recall >= 0.99, $"recall {score.Recall:F3} ({score.Found}/{score.Expected}) fell below its measured level");
        Assert.True(score.Precision >= 0.99, $"precision {score.Precision:F3} ({score.Right}/{score.Flags}) fell below its measured level");
    }
}
