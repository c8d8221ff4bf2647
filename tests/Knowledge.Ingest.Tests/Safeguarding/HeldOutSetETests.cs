using System.Text;
using Knowledge.Ingest.Safeguarding;

namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// The detector on set E (<see cref="HeldOutSetE"/>), written blind to the detector and to sets A–D,
/// after set D had been used for tuning.
/// </summary>
public sealed class HeldOutSetETests(ITestOutputHelper output)
{
    private static readonly string[] Kinds = ["name", "testimony", "age-with-detail", "phone", "email", "case-number", "address", "coordinates", "photo-caption"];

    private static readonly string[] Categories =
    [
        "official", "author", "law", "organisation", "place-policy", "statistic", "age-rule", "report-number",
        "isbn", "date", "hotline", "org-contact", "caption", "official-quote",
    ];

    [Fact]
    public void SetE_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToD()
    {
        var all = HeldOutSetE.All;
        Assert.True(all.Sum(p => p.Positives.Count) >= 190, $"{all.Sum(p => p.Positives.Count)} planted spans");
        Assert.True(all.Sum(p => p.Negatives.Count) >= 200, $"{all.Sum(p => p.Negatives.Count)} look-alikes");
        foreach (var lang in new[] { "fr", "en" })
        {
            var passages = all.Where(p => p.Language == lang).ToList();
            Assert.True(passages.Sum(p => p.Positives.Count) >= 85, $"{lang}: {passages.Sum(p => p.Positives.Count)} planted spans");
            Assert.True(passages.Sum(p => p.Negatives.Count) >= 90, $"{lang}: {passages.Sum(p => p.Negatives.Count)} look-alikes");
            foreach (var kind in Kinds)
            {
                // Every kind in each language, at least five times, so a per-kind figure means something.
                Assert.True(passages.Sum(p => p.Positives.Count(s => s.Kind == kind)) >= 5, $"{lang} {kind}");
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
        var seen = GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All)
            .Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(all.Count, all.Select(p => p.Text).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(all.Count, HeldOutSetE.Marked.Count);
        foreach (var (passage, (marked, language)) in all.Zip(HeldOutSetE.Marked))
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
    /// <para>Measured once, after the detector was tuned on set D (commit 957249c): recall 0.830
    /// (249/300 spans), precision 0.966 (258/267 flags), 14/231 look-alikes flagged — French
    /// 0.826/0.965, English 0.834/0.968; names 81/108, testimonies 11/17, photo captions 11/15 are the
    /// weakest kinds. The detector as it stood before the set D round (commit 60f38d3) scored 0.740 /
    /// 0.927 on it. The detector was then tuned on E's misses and false positives (names listed
    /// before their ages, children named after the word for them, relatives without a possessive or
    /// behind a courtesy title, speakers named before the verb, birth dates, ages listed, photo strips,
    /// switchboards, services' mailboxes at government domains, a title and its domain before a name):
    /// 1.000 / 1.000. E is a development set from then on, its figures held here as a regression
    /// floor; set F (<see cref="HeldOutSetF"/>), written blind meanwhile, measured the next round.</para>
    /// </summary>
    [Fact]
    public void SetE_KeepsItsTunedLevel_AndPrintsItsFigures()
    {
        var detector = new ChildIdentityDetector();
        var score = DetectorScore.Measure(detector, HeldOutSetE.All);
        output.WriteLine(score.Table("set E (written blind, tuned on since)"));
        foreach (var lang in new[] { "fr", "en" })
        {
            output.WriteLine(DetectorScore.Measure(detector, HeldOutSetE.All.Where(p => p.Language == lang)).Table(lang));
        }

        foreach (var line in score.Misses.Select(m => "missed: " + m).Concat(score.FalsePositives.Select(f => "false positive: " + f)))
        {
            output.WriteLine(line);
        }

        Assert.Equal(HeldOutSetE.All.Sum(p => p.Positives.Count), score.Expected);
        Assert.Equal(score.Expected - score.Found, score.Misses.Count);
        output.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"issue floors: recall {score.Recall:F3} of 0.95, precision {score.Precision:F3} of 0.80"));
        Assert.True(score.Recall >= 0.99, $"recall {score.Recall:F3} ({score.Found}/{score.Expected}) fell below its tuned level");
        Assert.True(score.Precision >= 0.99, $"precision {score.Precision:F3} ({score.Right}/{score.Flags}) fell below its tuned level");
    }
}
