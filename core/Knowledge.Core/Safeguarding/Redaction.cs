using System.Text;
using System.Text.RegularExpressions;
using Knowledge.Core.Evidence;

namespace Knowledge.Core.Safeguarding;

/// <summary>
/// Hides flagged spans. Every way text leaves the evidence base (search results, highlights,
/// generated documents, exports) goes through here, so no unreviewed span reaches a reader.
/// </summary>
public static partial class Redaction
{
    /// <summary>What stands in a masked span's place, by language.</summary>
    public static string Placeholder(string language) =>
        string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? "[detail masked]" : "[détail masqué]";

    /// <summary>True when the finding has a span readers must not see.</summary>
    public static bool HasHiddenSpans(this Finding finding) => finding.Safeguarding.Any(f => f.Hides);

    /// <summary>The finding's text with every hidden span replaced by the placeholder.</summary>
    public static string ReaderText(this Finding finding, string language = "fr") => finding.ForReaders(language).Text;

    /// <summary>
    /// The finding as a reader may see it: every hidden span (pending or confirmed) replaced by the
    /// placeholder in the text and in its flag, the flags' offsets moved to match.
    /// </summary>
    public static Finding ForReaders(this Finding finding, string language = "fr") =>
        Replace(finding, f => f.Hides, Placeholder(language));

    /// <summary>
    /// Replaces the spans of the flags <paramref name="which"/> selects with <paramref name="placeholder"/>,
    /// in the text and in the flags themselves, moving the other flags' offsets accordingly.
    /// Spans already reading as the placeholder stay as they are, so the operation is idempotent.
    /// </summary>
    public static Finding Replace(Finding finding, Func<SafeguardingFlag, bool> which, string placeholder)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var text = finding.Text;
        if (!finding.Safeguarding.Any(f => which(f) && f.Text != placeholder))
        {
            return finding;
        }

        var sb = new StringBuilder(text.Length);
        var flags = new List<SafeguardingFlag>(finding.Safeguarding.Count);
        var at = 0;
        foreach (var f in finding.Safeguarding.OrderBy(f => f.Start))
        {
            if (f.Start < at || f.Start + f.Length > text.Length)
            {
                continue;
            }

            sb.Append(text, at, f.Start - at);
            if (which(f))
            {
                flags.Add(f with { Text = placeholder, Start = sb.Length, Length = placeholder.Length });
                sb.Append(placeholder);
            }
            else
            {
                flags.Add(f with { Start = sb.Length });
                sb.Append(text, f.Start, f.Length);
            }

            at = f.Start + f.Length;
        }

        sb.Append(text, at, text.Length - at);
        return finding with { Text = sb.ToString(), Safeguarding = flags };
    }

    /// <summary>
    /// Masks the hidden spans inside an HTML highlight of the finding's text (HTML-escaped text with
    /// <c>&lt;mark&gt;</c> tags anywhere, possibly a fragment of the passage). A span is found with
    /// marks allowed between any two characters; any word of it still left (a fragment cut through
    /// the span) is masked on its own.
    /// </summary>
    public static string MaskHighlight(string highlight, Finding finding, string language = "fr")
    {
        var hidden = finding.Safeguarding.Where(f => f.Hides).ToList();
        if (hidden.Count == 0 || string.IsNullOrEmpty(highlight))
        {
            return highlight;
        }

        var placeholder = System.Net.WebUtility.HtmlEncode(Placeholder(language));
        foreach (var flag in hidden.OrderByDescending(f => f.Text.Length))
        {
            highlight = SpanPattern(flag.Text).Replace(highlight, placeholder);
            foreach (var word in Words().Matches(flag.Text).Select(m => m.Value).Where(w => w.Length >= 3).Distinct())
            {
                highlight = SpanPattern(word, wholeWord: true).Replace(highlight, placeholder);
            }
        }

        return highlight;
    }

    private static Regex SpanPattern(string span, bool wholeWord = false)
    {
        var sb = new StringBuilder();
        if (wholeWord)
        {
            sb.Append(@"(?<![\p{L}\p{N}])");
        }

        var first = true;
        foreach (var ch in span)
        {
            if (!first)
            {
                sb.Append(@"(?:</?mark>)*");
            }

            first = false;
            var encoded = System.Net.WebUtility.HtmlEncode(ch.ToString());
            sb.Append(char.IsWhiteSpace(ch) ? @"\s+" : Regex.Escape(encoded));
        }

        if (wholeWord)
        {
            sb.Append(@"(?![\p{L}\p{N}])");
        }

        return new Regex(sb.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex(@"[\p{L}\p{N}@.+'’-]+")]
    private static partial Regex Words();
}
