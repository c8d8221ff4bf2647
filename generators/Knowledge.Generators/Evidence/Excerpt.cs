using System.Text.RegularExpressions;
using Knowledge.Core.Evidence;

namespace Knowledge.Generators.Evidence;

/// <summary>
/// Cuts a quotable excerpt from a finding at the grain of its roles: the one to three consecutive
/// sentences that carry the role a section asked for, never a box label. The result is always a
/// verbatim substring of the finding's text.
/// </summary>
internal static partial class Excerpt
{
    public const int MaxChars = 450;

    public const int MaxSentences = 3;

    /// <summary>The sentences of a finding with their roles; findings indexed before roles existed take their kind's role.</summary>
    public static IReadOnlyList<RoleSpan> Spans(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.RoleSpans.Count > 0)
        {
            return finding.RoleSpans;
        }

        // A statistic's figure is in some of its sentences only: the others are context.
        var role = FindingRoles.FromKind(finding.Kind);
        var text = finding.Text;
        return [.. Sentences.Split(text).Select(s => new RoleSpan(s.Start, s.Length,
            role != FindingRole.Statistic || text.AsSpan(s.Start, s.Length).IndexOfAnyInRange('0', '9') >= 0 ? role : FindingRole.Context))];
    }

    /// <summary>The roles a finding carries, in order of first sentence.</summary>
    public static IReadOnlyList<FindingRole> Roles(Finding finding) =>
        finding.Roles.Count > 0 && finding.RoleSpans.Count > 0 ? finding.Roles : [.. Spans(finding).Select(s => s.Role).Distinct()];

    /// <summary>
    /// The excerpt carrying the first of <paramref name="wanted"/> the finding has (any role when
    /// empty): from its first sentence of that role, extended by the following sentences of a
    /// wanted role, up to three sentences and <paramref name="maxChars"/> characters. Null when the
    /// finding carries none of the roles.
    /// </summary>
    public static (string Text, FindingRole Role)? For(Finding finding, IReadOnlyList<FindingRole> wanted, int maxChars = MaxChars)
    {
        var spans = Spans(finding);
        if (spans.Count == 0)
        {
            return null;
        }

        var order = wanted.Count > 0 ? wanted : [.. spans.Select(s => s.Role).Distinct()];
        foreach (var role in order)
        {
            var first = -1;
            for (var i = 0; i < spans.Count; i++)
            {
                if (spans[i].Role == role && spans[i].Length <= maxChars)
                {
                    first = i;
                    break;
                }
            }

            if (first < 0)
            {
                continue;
            }

            var start = spans[first].Start;
            var end = start + spans[first].Length;
            for (var i = first + 1; i < spans.Count && i < first + MaxSentences; i++)
            {
                var candidateEnd = spans[i].Start + spans[i].Length;
                // Stop at a sentence of another role, at a label the spans skipped, or at the size limit.
                if (!(spans[i].Role == role || (wanted.Count > 0 && wanted.Contains(spans[i].Role) && spans[i].Role != FindingRole.Context))
                    || !OnlySpaceBetween(finding.Text, spans[i - 1].Start + spans[i - 1].Length, spans[i].Start)
                    || candidateEnd - start > maxChars)
                {
                    break;
                }

                end = candidateEnd;
            }

            // A list item is quoted without its bullet: the quote stays a verbatim substring.
            while (start < end && finding.Text[start] is '•' or '·' or '▪' or '◦' or '–' or '-' || (start < end && char.IsWhiteSpace(finding.Text[start])))
            {
                start++;
            }

            return (finding.Text[start..end], role);
        }

        return null;
    }

    /// <summary>
    /// True when the finding is a table flattened into text (a caption "Tableau 1 –" or rows with
    /// " | " cells): it is shown as a table or not at all, never quoted as prose.
    /// </summary>
    public static bool IsTable(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return TableCaption().IsMatch(finding.Text) || finding.Text.Split('\n').Any(l => l.Contains(" | ", StringComparison.Ordinal));
    }

    /// <summary>The figures an excerpt states ("76 %", "1 200"), normalised, so that one figure is never quoted twice.</summary>
    public static IEnumerable<string> Figures(string text)
    {
        foreach (Match m in Figure().Matches(text))
        {
            yield return m.Value.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal)
                .Replace("\u202F", "", StringComparison.Ordinal).Replace(",", ".", StringComparison.Ordinal);
        }
    }

    /// <summary>The words of a text (lower case, four letters or more), for spotting the same sentence quoted from two sources.</summary>
    public static HashSet<string> Words(string text) =>
        [.. WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 4)];

    /// <summary>True when two quotes share most of their words (Jaccard ≥ 0.5).</summary>
    public static bool Similar(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        var shared = a.Count(b.Contains);
        return shared >= 0.5 * (a.Count + b.Count - shared);
    }

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\s*(Tableau|Table|Figure|Graphique)\s+\d+\s*[–—:.-]", RegexOptions.CultureInvariant)]
    private static partial Regex TableCaption();

    // A percentage, or a count with thousands separators (a bare number is too often a year or an age).
    [GeneratedRegex(@"\d+(?:[.,]\d+)?[\s\u00A0\u202F]?%|\d{1,3}(?:[\u00A0\u202F ]\d{3})+(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();
}
