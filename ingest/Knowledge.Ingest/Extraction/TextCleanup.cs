using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Knowledge.Ingest.Extraction;

/// <summary>Character-level clean-up shared by every reader: ligatures, odd spaces, link debris.</summary>
internal static partial class TextCleanup
{
    private static readonly System.Buffers.SearchValues<char> Superscripts = System.Buffers.SearchValues.Create("¹²³⁴⁵⁶⁷⁸⁹⁰");

    /// <summary>Expands ligatures, normalises spaces and composes accents (NFC).</summary>
    public static string Normalize(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\uFB00': sb.Append("ff"); break;
                case '\uFB01': sb.Append("fi"); break;
                case '\uFB02': sb.Append("fl"); break;
                case '\uFB03': sb.Append("ffi"); break;
                case '\uFB04': sb.Append("ffl"); break;
                case '\uFB05':
                case '\uFB06': sb.Append("st"); break;
                case '\u0132': sb.Append("IJ"); break;
                case '\u0133': sb.Append("ij"); break;
                case '\u00AD': break; // soft hyphen: invisible, never part of the word
                case '\u00A0':
                case '\u202F':
                case '\u2007':
                case '\u2009':
                case '\t': sb.Append(' '); break;
                case '\u2010':
                case '\u2011': sb.Append('-'); break;
                case '\uFFFD': break;
                default:
                    if (!char.IsControl(c) || c == PageLine.MarkerStart || c == PageLine.MarkerEnd)
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        var s = sb.ToString();
        if (!s.IsNormalized(NormalizationForm.FormC))
        {
            s = s.Normalize(NormalizationForm.FormC);
        }

        return s;
    }

    /// <summary>"[Titre](#)" is what a Markdown-to-HTML slip leaves in printed reports: keep the title.</summary>
    public static string RemoveLinkDebris(string text) =>
        text.Contains("](", StringComparison.Ordinal) ? MarkdownLink().Replace(text, "$1") : text;

    /// <summary>Unicode superscript digits stuck to a word become note markers.</summary>
    public static string MarkInlineSuperscripts(string text)
    {
        if (text.AsSpan().IndexOfAny(Superscripts) < 0)
        {
            return text;
        }

        return InlineSuperscript().Replace(text, m => $"{PageLine.MarkerStart}{SuperscriptToDigits(m.Groups[1].Value)}{PageLine.MarkerEnd}");
    }

    /// <summary>Unicode superscript digits as plain digits ("¹²" → "12"); other characters unchanged.</summary>
    public static string SuperscriptToDigits(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '¹' => '1', '²' => '2', '³' => '3', '⁴' => '4', '⁵' => '5',
                '⁶' => '6', '⁷' => '7', '⁸' => '8', '⁹' => '9', '⁰' => '0',
                _ => c,
            });
        }

        return sb.ToString();
    }

    /// <summary>Collapses runs of spaces and trims.</summary>
    public static string CollapseSpaces(string text) => Spaces().Replace(text, " ").Trim();

    /// <summary>Takes note markers out of a text, returning the clean text and the labels in order.</summary>
    public static (string Text, IReadOnlyList<string> Labels) ExtractMarkers(string text)
    {
        if (text.IndexOf(PageLine.MarkerStart, StringComparison.Ordinal) < 0)
        {
            return (text, []);
        }

        var labels = new List<string>();

        // A marker set between a word and its full stop ("habitants¹ .") leaves no space behind.
        text = MarkerBeforePunctuation().Replace(text, "$1$2");
        var clean = Marker().Replace(text, m =>
        {
            foreach (var part in m.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!labels.Contains(part))
                {
                    labels.Add(part);
                }
            }

            return string.Empty;
        });
        return (CollapseSpaces(clean), labels);
    }

    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        while (t.Length > 0 && t[^1] == PageLine.MarkerEnd)
        {
            var start = t.LastIndexOf(PageLine.MarkerStart);
            t = start >= 0 ? t[..start].TrimEnd() : t[..^1];
        }

        if (t.Length == 0)
        {
            return true;
        }

        var last = t[^1];
        return last is '.' or '!' or '?' or ':' or ';' or '…' or '»' or '”' or '"' or ')' && !t.EndsWith("etc", StringComparison.Ordinal);
    }

    public static bool StartsLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }

            if (!char.IsWhiteSpace(c) && c != '(' && c != '«' && c != '"')
            {
                return false;
            }
        }

        return false;
    }

    public static int CountWords(string text)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var w = char.IsLetterOrDigit(c);
            if (w && !inWord)
            {
                n++;
            }

            inWord = w;
        }

        return n;
    }

    public static string FoldForKey(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(char.IsDigit(c) ? '#' : char.ToLowerInvariant(c));
        }

        return CollapseSpaces(sb.ToString());
    }

    [GeneratedRegex(@"\[([^\]\[]{1,300})\]\(#?[^)\s]{0,300}\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(?<=[\p{L}\p{N}.,;:)\]»”])([¹²³⁴⁵⁶⁷⁸⁹⁰]+)")]
    private static partial Regex InlineSuperscript();

    [GeneratedRegex("\u0001([^\u0002]*)\u0002")]
    private static partial Regex Marker();

    [GeneratedRegex("(\u0001[^\u0002]*\u0002)\\s+([.,)])")]
    private static partial Regex MarkerBeforePunctuation();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
