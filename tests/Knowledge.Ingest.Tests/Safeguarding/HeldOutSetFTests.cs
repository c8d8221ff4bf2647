using System.Globalization;
using System.Text;
using Knowledge.Ingest.Safeguarding;

namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// The detector on set F (<see cref="HeldOutSetF"/>), written blind to the detector and to sets A–E,
/// while sets D and E were being used for tuning.
/// </summary>
public sealed class HeldOutSetFTests(ITestOutputHelper output)
{
    private static readonly string[] Kinds = ["name", "testimony", "age-with-detail", "phone", "email", "case-number", "address", "coordinates", "photo-caption"];

    private static readonly string[] Categories =
    [
        "official", "author", "law", "organisation", "place-policy", "statistic", "age-rule", "report-number",
        "isbn", "date", "hotline", "org-contact", "caption", "official-quote",
    ];

    [Fact]
    public void SetF_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToE()
    {
        var all = HeldOutSetF.All;
        Assert.True(all.Sum(p => p.Positives.Count) >= 250, $"{all.Sum(p => p.Positives.Count)} planted spans");
        Assert.True(all.Sum(p => p.Negatives.Count) >= 220, $"{all.Sum(p => p.Negatives.Count)} look-alikes");
        foreach (var lang in new[] { "fr", "en" })
        {
            var passages = all.Where(p => p.Language == lang).ToList();
            Assert.True(passages.Sum(p => p.Positives.Count) >= 110, $"{lang}: {passages.Sum(p => p.Positives.Count)} planted spans");
            Assert.True(passages.Sum(p => p.Negatives.Count) >= 100, $"{lang}: {passages.Sum(p => p.Negatives.Count)} look-alikes");
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
        var seen = GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All)
            .Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(all.Count, all.Select(p => p.Text).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(all.Count, HeldOutSetF.Marked.Count);
        foreach (var (passage, (marked, language)) in all.Zip(HeldOutSetF.Marked))
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
        var detector = new ChildIdentityDetector();
        var score = DetectorScore.Measure(detector, HeldOutSetF.All);
        output.WriteLine(score.Table("set F (written blind, tuned on since)"));
        foreach (var lang in new[] { "fr", "en" })
        {
            output.WriteLine(DetectorScore.Measure(detector, HeldOutSetF.All.Where(p => p.Language == lang)).Table(lang));
        }

        foreach (var line in score.Misses.Select(m => "missed: " + m).Concat(score.FalsePositives.Select(f => "false positive: " + f)))
        {
            output.WriteLine(line);
        }

        Assert.Equal(HeldOutSetF.All.Sum(p => p.Positives.Count), score.Expected);
        Assert.Equal(score.Expected - score.Found, score.Misses.Count);
        Assert.Equal(score.Flags - score.Right, score.FalsePositives.Count);
        Assert.True(score.Recall >= 0.99, $"recall {score.Recall:F3} ({score.Found}/{score.Expected}) fell below its tuned level");
        Assert.True(score.Precision >= 0.99, $"precision {score.Precision:F3} ({score.Right}/{score.Flags}) fell below its tuned level");
    }
}
