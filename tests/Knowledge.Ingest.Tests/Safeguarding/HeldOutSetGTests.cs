using System.Globalization;
using System.Text;
using Knowledge.Ingest.Safeguarding;

namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// The detector on set G (<see cref="HeldOutSetG"/>), written blind to the detector and to sets A–F,
/// while the earlier sets were being used for tuning.
/// </summary>
public sealed class HeldOutSetGTests(ITestOutputHelper output)
{
    private static readonly string[] Kinds = ["name", "testimony", "age-with-detail", "phone", "email", "case-number", "address", "coordinates", "photo-caption"];

    private static readonly string[] Categories =
    [
        "official", "author", "law", "organisation", "place-policy", "statistic", "age-rule", "report-number",
        "isbn", "date", "hotline", "org-contact", "caption", "official-quote",
    ];

    [Fact]
    public void SetG_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToF()
    {
        var all = HeldOutSetG.All;
        Assert.True(all.Sum(p => p.Positives.Count) >= 220, $"{all.Sum(p => p.Positives.Count)} planted spans");
        Assert.True(all.Sum(p => p.Negatives.Count) >= 200, $"{all.Sum(p => p.Negatives.Count)} look-alikes");
        foreach (var lang in new[] { "fr", "en" })
        {
            var passages = all.Where(p => p.Language == lang).ToList();
            Assert.True(passages.Sum(p => p.Positives.Count) >= 100, $"{lang}: {passages.Sum(p => p.Positives.Count)} planted spans");
            Assert.True(passages.Sum(p => p.Negatives.Count) >= 90, $"{lang}: {passages.Sum(p => p.Negatives.Count)} look-alikes");
            foreach (var kind in Kinds)
            {
                // Every kind in each language, at least six times, so a per-kind figure means something.
                Assert.True(passages.Sum(p => p.Positives.Count(s => s.Kind == kind)) >= 6, $"{lang} {kind}");
            }

            // The hard negatives the issue names must be there in each language too.
            foreach (var category in new[] { "official", "author", "law", "place-policy", "hotline", "org-contact", "caption", "official-quote" })
            {
                Assert.True(passages.Sum(p => p.Negatives.Count(n => n.Category == category)) >= 3, $"{lang} {category}");
            }
        }

        Assert.All(all.SelectMany(p => p.Positives), s => Assert.Contains(s.Kind, Kinds));
        Assert.All(all.SelectMany(p => p.Negatives), s => Assert.Contains(s.Category, Categories));

        // New text: no passage of the earlier sets, and no passage twice.
        var seen = GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All)
            .Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(all.Count, all.Select(p => p.Text).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(all.Count, HeldOutSetG.Marked.Count);
        foreach (var (passage, (marked, language)) in all.Zip(HeldOutSetG.Marked))
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
    /// The detector on text nobody tuned on, printed against the issue's floors (recall ≥ 0.95 on
    /// identifying details, precision ≥ 0.80): the per-kind table (overall, then French and
    /// English), the misses and the false positives.
    /// <para>Measured once, after the rounds on sets D, E and F (commit 06e0d52): recall 0.843
    /// (327/388 spans), precision 0.955 (341/357 flags), 14/256 look-alikes flagged — French
    /// 0.887/0.963, English 0.784/0.944; testimonies 17/25 (G counts a child's words in an unquoted
    /// transcript as testimony), ages with a detail 68/86 and names 123/149 the weakest kinds; 7 of 19
    /// institutional contacts flagged. The detector as it stood before those rounds (commit 60f38d3)
    /// scored 0.655 / 0.921 on it. The recall floor is not met: this test holds the measured level as
    /// a regression floor and prints the gap. Tuning on G's misses would end its use as a held-out
    /// set.</para>
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public void SetG_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var detector = new ChildIdentityDetector();
        var score = DetectorScore.Measure(detector, HeldOutSetG.All);
        output.WriteLine(score.Table("set G (held out, blind)"));
        foreach (var lang in new[] { "fr", "en" })
        {
            output.WriteLine(DetectorScore.Measure(detector, HeldOutSetG.All.Where(p => p.Language == lang)).Table(lang));
        }

        foreach (var line in score.Misses.Select(m => "missed: " + m).Concat(score.FalsePositives.Select(f => "false positive: " + f)))
        {
            output.WriteLine(line);
        }

        Assert.Equal(HeldOutSetG.All.Sum(p => p.Positives.Count), score.Expected);
        Assert.Equal(score.Expected - score.Found, score.Misses.Count);
        Assert.Equal(score.Flags - score.Right, score.FalsePositives.Count);
        output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"issue floors: recall {score.Recall:F3} of 0.95, precision {score.Precision:F3} of 0.80"));
        Assert.True(score.Recall >= 0.84, $"recall {score.Recall:F3} ({score.Found}/{score.Expected}) fell below its measured 0.843");
        Assert.True(score.Precision >= 0.95, $"precision {score.Precision:F3} ({score.Right}/{score.Flags}) fell below its measured 0.955");
    }
}
