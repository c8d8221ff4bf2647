using System.Globalization;
using System.Text;
using Knowledge.Core.Safeguarding;
using Knowledge.Ingest.Safeguarding;

namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Precision and recall of the detector on <see cref="GeneratedPassages"/>, overall and per kind.
/// A planted span counts as found when a flag overlaps it (whatever the flag's kind: what matters
/// is that it is masked); a flag counts as right when it overlaps a planted span. Per-kind precision
/// is by the flag's own kind. Hard negatives count as flagged when a flag overlaps them.
/// Shared with the <c>safeguarding</c> bench (linked into tests/Knowledge.Benchmarks).
/// </summary>
internal sealed record DetectorScore(
    IReadOnlyDictionary<string, (int Found, int Total)> RecallByKind,
    IReadOnlyDictionary<string, (int Right, int Flags)> PrecisionByKind,
    IReadOnlyDictionary<string, (int Flagged, int Total)> NegativesByCategory,
    IReadOnlyList<string> Misses,
    IReadOnlyList<string> FalsePositives)
{
    public int Expected => RecallByKind.Values.Sum(v => v.Total);

    public int Found => RecallByKind.Values.Sum(v => v.Found);

    public int Flags => PrecisionByKind.Values.Sum(v => v.Flags);

    public int Right => PrecisionByKind.Values.Sum(v => v.Right);

    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;

    public double Precision => Flags == 0 ? 1 : (double)Right / Flags;

    public static DetectorScore Measure(ChildIdentityDetector detector, IEnumerable<GeneratedPassage> passages)
    {
        var recall = new SortedDictionary<string, (int, int)>(StringComparer.Ordinal);
        var precision = new SortedDictionary<string, (int, int)>(StringComparer.Ordinal);
        var negatives = new SortedDictionary<string, (int, int)>(StringComparer.Ordinal);
        var misses = new List<string>();
        var falsePositives = new List<string>();
        foreach (var passage in passages)
        {
            var flags = detector.Detect(passage.Text);
            foreach (var (start, length, kind) in passage.Positives)
            {
                var hit = flags.Any(f => Overlaps(f.Start, f.Length, start, length));
                var (found, total) = recall.GetValueOrDefault(kind);
                recall[kind] = (found + (hit ? 1 : 0), total + 1);
                if (!hit)
                {
                    misses.Add($"{kind}: « {passage.Text.Substring(start, length)} » in « {passage.Text} »");
                }
            }

            foreach (var (start, length, category) in passage.Negatives)
            {
                var hit = flags.Any(f => Overlaps(f.Start, f.Length, start, length));
                var (flagged, total) = negatives.GetValueOrDefault(category);
                negatives[category] = (flagged + (hit ? 1 : 0), total + 1);
            }

            foreach (var flag in flags)
            {
                var right = passage.Positives.Any(p => Overlaps(flag.Start, flag.Length, p.Start, p.Length));
                var kind = flag.Kind.ToCode();
                var (r, n) = precision.GetValueOrDefault(kind);
                precision[kind] = (r + (right ? 1 : 0), n + 1);
                if (!right)
                {
                    falsePositives.Add($"{kind} ({flag.Reason}): « {flag.Text} » in « {passage.Text} »");
                }
            }
        }

        return new DetectorScore(recall, precision, negatives, misses, falsePositives);
    }

    /// <summary>The figures as a plain-text table, one line per kind, then the negatives by category.</summary>
    public string Table(string title)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"{title}: recall {Recall:F3} ({Found}/{Expected} spans), precision {Precision:F3} ({Right}/{Flags} flags), hard negatives flagged {NegativesByCategory.Values.Sum(v => v.Flagged)}/{NegativesByCategory.Values.Sum(v => v.Total)}");
        sb.AppendLine(c, $"  {"kind",-16} {"recall",-14} {"precision",-14}");
        foreach (var kind in RecallByKind.Keys.Union(PrecisionByKind.Keys).Order(StringComparer.Ordinal))
        {
            var (found, total) = RecallByKind.GetValueOrDefault(kind);
            var (right, flags) = PrecisionByKind.GetValueOrDefault(kind);
            sb.AppendLine(c, $"  {kind,-16} {Ratio(found, total),-14} {Ratio(right, flags),-14}");
        }

        sb.AppendLine("  hard negatives flagged, by category:");
        foreach (var (category, (flagged, total)) in NegativesByCategory)
        {
            sb.AppendLine(c, $"  {category,-16} {flagged}/{total}");
        }

        return sb.ToString();

        static string Ratio(int a, int b) => b == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{(double)a / b:F3} ({a}/{b})");
    }

    private static bool Overlaps(int aStart, int aLength, int bStart, int bLength) => aStart < bStart + bLength && bStart < aStart + aLength;
}
