using System.Text;
using Knowledge.Core.Evidence;

namespace Knowledge.Core.Search;

/// <summary>
/// The one normalisation every engine applies to queries and to indexed text before analysis:
/// Unicode NFC, so that "pre\u0301coce" typed on a keyboard (or copied from a PDF) that decomposes
/// accents is the same word as "précoce"; zero-width and bidirectional control characters dropped,
/// since they are invisible and would otherwise split or hide words.
/// </summary>
public static class SearchText
{
    /// <summary>The text in NFC without invisible format characters; empty for null.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Most text is already clean NFC: check once and return it as is, without allocating.
        if (!HasInvisible(text) && text.IsNormalized(NormalizationForm.FormC))
        {
            return text;
        }

        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        if (!HasInvisible(composed))
        {
            return composed;
        }

        var sb = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            if (!IsInvisible(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// What both engines search a passage with beside its text, at <see cref="RankingWeights.ContextWeight"/>:
    /// the document title, the headings above the passage and, for a table, the paragraph that says
    /// what it shows (<see cref="FindingTable.Introduction"/>), whose words its rows abbreviate.
    /// </summary>
    public static string Context(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var context = finding.SectionPath.Prepend(finding.DocumentTitle);
        return Normalize(string.Join(" / ", finding.Table?.Introduction is { } introduction ? context.Append(introduction) : context));
    }

    /// <summary>
    /// Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM), the soft hyphen, and the
    /// bidirectional marks, embeddings, overrides and isolates.
    /// </summary>
    public static bool IsInvisible(char c) => c switch
    {
        '\u00AD' or '\u061C' or '\u180E' or '\uFEFF' => true,
        >= '\u200B' and <= '\u200F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2060' and <= '\u2064' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };

    private static bool HasInvisible(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u00AD' && IsInvisible(c))
            {
                return true;
            }
        }

        return false;
    }
}
