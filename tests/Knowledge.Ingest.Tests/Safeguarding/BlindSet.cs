using System.Globalization;
using System.Text;
using Knowledge.Ingest.Safeguarding;

namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// What the sets written blind to the detector (D, E, F, G) share: their marks, the checks that a set
/// is well formed, and the measurement printed against the issue's floors. Marks are those of
/// <see cref="GeneratedPassages"/>: <c>⟦kind|…⟧</c> for an identifying detail, <c>⟪category|…⟫</c>
/// for a look-alike that must stay unflagged.
/// </summary>
internal static class BlindSet
{
    public static readonly string[] Kinds = ["name", "testimony", "age-with-detail", "phone", "email", "case-number", "address", "coordinates", "photo-caption"];

    public static readonly string[] Categories =
    [
        "official", "author", "law", "organisation", "place-policy", "statistic", "age-rule", "report-number",
        "isbn", "date", "hotline", "org-contact", "caption", "official-quote",
    ];

    // The hard negatives the issue names, wanted in each language of a set.
    private static readonly string[] IssueCategories = ["official", "author", "law", "place-policy", "hotline", "org-contact", "caption", "official-quote"];

    /// <summary>How large a set must be: in all, per language, per kind, and per hard-negative category the issue names (0: not checked).</summary>
    public sealed record Minimums(int Spans, int LookAlikes, int SpansPerLanguage, int LookAlikesPerLanguage, int PerKind, int PerIssueCategory);

    /// <summary>
    /// Every labelled set in the order it was written: the generated ones, then C onwards (a pair written at once in
    /// the order of its letters). A new set goes at the end.
    /// </summary>
    private static IReadOnlyList<GeneratedPassage>[] Written =>
    [
        GeneratedPassages.All,
        GeneratedPassages.Fresh,
        HeldOutSetC.All,
        HeldOutSetD.All,
        HeldOutSetE.All,
        HeldOutSetF.All,
        HeldOutSetG.All,
        HeldOutSetH.All,
        HeldOutSetI.All,
        HeldOutSetJ.All,
        HeldOutSetK.All,
        HeldOutSetL.All,
        HeldOutSetM.All,
        HeldOutSetN.All,
        HeldOutSetO.All,
        HeldOutSetP.All,
        HeldOutSetQ.All,
        HeldOutSetR.All,
        HeldOutSetS.All,
        HeldOutSetT.All,
        HeldOutSetU.All,
        HeldOutSetV.All,
        HeldOutSetW.All,
        HeldOutSetX.All,
        HeldOutSetY.All,
        HeldOutSetZ.All,
        HeldOutSetAA.All,
        HeldOutSetAB.All,
        HeldOutSetAC.All,
        HeldOutSetAD.All,
        HeldOutSetAE.All,
        HeldOutSetAF.All,
        HeldOutSetAG.All,
        HeldOutSetAH.All,
        HeldOutSetAI.All,
        HeldOutSetAJ.All,
        HeldOutSetAK.All,
        HeldOutSetAL.All,
        HeldOutSetAM.All,
        HeldOutSetAN.All,
        HeldOutSetAO.All,
    ];

    /// <summary>The passages of every set written before <paramref name="set"/>, in order.</summary>
    public static IEnumerable<GeneratedPassage> WrittenBefore(IReadOnlyList<GeneratedPassage> set) => WrittenUpTo(set, inclusive: false);

    /// <summary>The passages of every set written up to and including <paramref name="set"/>, in order.</summary>
    public static IEnumerable<GeneratedPassage> WrittenThrough(IReadOnlyList<GeneratedPassage> set) => WrittenUpTo(set, inclusive: true);

    private static IEnumerable<GeneratedPassage> WrittenUpTo(IReadOnlyList<GeneratedPassage> set, bool inclusive)
    {
        var written = Written;
        var at = Array.FindIndex(written, s => ReferenceEquals(s, set));
        if (at < 0)
        {
            throw new ArgumentException("This set is not in BlindSet.Written: add it there, after the last one.", nameof(set));
        }

        return written.Take(inclusive ? at + 1 : at).SelectMany(s => s);
    }

    /// <summary>The passages of a set, French first, each parsed from its marks.</summary>
    public static IReadOnlyList<GeneratedPassage> Parse(string[] french, string[] english) =>
        [.. french.Select(p => GeneratedPassages.Parse(p, "fr")), .. english.Select(p => GeneratedPassages.Parse(p, "en"))];

    /// <summary>The passages as written, marks included (for the round-trip check).</summary>
    public static IReadOnlyList<(string Marked, string Language)> Marked(string[] french, string[] english) =>
        [.. french.Select(p => (p, "fr")), .. english.Select(p => (p, "en"))];

    /// <summary>
    /// The set is large enough, covers every kind in both languages, uses known codes, repeats no
    /// passage of <paramref name="earlier"/> nor of itself, and its spans are trimmed, apart, and sit
    /// exactly where they were marked.
    /// </summary>
    public static void AssertWellFormed(IReadOnlyList<GeneratedPassage> all, IReadOnlyList<(string Marked, string Language)> marked, IEnumerable<GeneratedPassage> earlier, Minimums min)
    {
        Assert.True(all.Sum(p => p.Positives.Count) >= min.Spans, $"{all.Sum(p => p.Positives.Count)} planted spans");
        Assert.True(all.Sum(p => p.Negatives.Count) >= min.LookAlikes, $"{all.Sum(p => p.Negatives.Count)} look-alikes");
        foreach (var lang in new[] { "fr", "en" })
        {
            var passages = all.Where(p => p.Language == lang).ToList();
            Assert.True(passages.Sum(p => p.Positives.Count) >= min.SpansPerLanguage, $"{lang}: {passages.Sum(p => p.Positives.Count)} planted spans");
            Assert.True(passages.Sum(p => p.Negatives.Count) >= min.LookAlikesPerLanguage, $"{lang}: {passages.Sum(p => p.Negatives.Count)} look-alikes");
            foreach (var kind in Kinds)
            {
                // Every kind in each language, often enough that a per-kind figure means something.
                Assert.True(passages.Sum(p => p.Positives.Count(s => s.Kind == kind)) >= min.PerKind, $"{lang} {kind}");
            }

            foreach (var category in IssueCategories)
            {
                Assert.True(passages.Sum(p => p.Negatives.Count(n => n.Category == category)) >= min.PerIssueCategory, $"{lang} {category}");
            }
        }

        Assert.All(all.SelectMany(p => p.Positives), s => Assert.Contains(s.Kind, Kinds));
        Assert.All(all.SelectMany(p => p.Negatives), s => Assert.Contains(s.Category, Categories));

        // New text: no passage of the earlier sets, and no passage twice.
        var seen = earlier.Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(all.Count, all.Select(p => p.Text).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(all.Count, marked.Count);
        foreach (var (passage, (text, language)) in all.Zip(marked))
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
            Assert.Equal(text, rebuilt.ToString());
        }
    }

    /// <summary>
    /// The detector on <paramref name="set"/>: the per-kind table (overall, then French and English),
    /// every miss and false positive, and the figures against the issue's floors, printed; the counts
    /// checked for consistency. The caller asserts the level the set must keep.
    /// </summary>
    public static DetectorScore Measure(ITestOutputHelper output, IReadOnlyList<GeneratedPassage> set, string title)
    {
        var detector = new ChildIdentityDetector();
        var score = DetectorScore.Measure(detector, set);
        output.WriteLine(score.Table(title));
        foreach (var lang in new[] { "fr", "en" })
        {
            output.WriteLine(DetectorScore.Measure(detector, set.Where(p => p.Language == lang)).Table(lang));
        }

        foreach (var line in score.Misses.Select(m => "missed: " + m).Concat(score.FalsePositives.Select(f => "false positive: " + f)))
        {
            output.WriteLine(line);
        }

        Assert.Equal(set.Sum(p => p.Positives.Count), score.Expected);
        Assert.Equal(score.Expected - score.Found, score.Misses.Count);
        Assert.Equal(score.Flags - score.Right, score.FalsePositives.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"issue floors: recall {score.Recall:F3} of 0.95, precision {score.Precision:F3} of 0.80"));
        return score;
    }

    /// <summary>The level a set must keep: its tuned level for a development set, its measured one for the held-out set.</summary>
    public static void AssertKeeps(DetectorScore score, double recall, double precision)
    {
        Assert.True(score.Recall >= recall, string.Create(CultureInfo.InvariantCulture, $"recall {score.Recall:F3} ({score.Found}/{score.Expected}) fell below the {recall:F2} this set keeps"));
        Assert.True(score.Precision >= precision, string.Create(CultureInfo.InvariantCulture, $"precision {score.Precision:F3} ({score.Right}/{score.Flags}) fell below the {precision:F2} this set keeps"));
    }
}
