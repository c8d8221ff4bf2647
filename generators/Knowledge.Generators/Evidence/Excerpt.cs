using Knowledge.Core.Evidence;

namespace Knowledge.Generators.Evidence;

/// <summary>
/// Cuts a quotable excerpt from a finding: the whole text when short, otherwise a run of whole
/// consecutive sentences. The result is always a verbatim substring of the finding's text.
/// </summary>
internal static class Excerpt
{
    public const int MaxChars = 450;

    public static string Of(Finding finding, int maxChars = MaxChars)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var text = finding.Text.Trim();
        if (text.Length <= maxChars)
        {
            return text;
        }

        var sentences = Sentences(text);
        // A statistic is quoted from the sentence that carries its figure.
        var first = finding.Kind == FindingKind.Statistic
            ? Math.Max(0, sentences.FindIndex(s => text.AsSpan(s.Start, s.Length).IndexOfAnyInRange('0', '9') >= 0))
            : 0;
        var start = sentences[first].Start;
        var end = sentences[first].Start + sentences[first].Length;
        for (var i = first + 1; i < sentences.Count; i++)
        {
            var candidateEnd = sentences[i].Start + sentences[i].Length;
            if (candidateEnd - start > maxChars)
            {
                break;
            }

            end = candidateEnd;
        }

        return text[start..end];
    }

    /// <summary>
    /// Sentence spans: a sentence ends at . ! ? or … followed by white space and a capital letter
    /// or an opening quote. Digits do not start a sentence, so "p. 12" stays whole.
    /// </summary>
    internal static List<(int Start, int Length)> Sentences(string text)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or '…') || !char.IsWhiteSpace(text[i + 1]))
            {
                continue;
            }

            var next = i + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < text.Length && (char.IsUpper(text[next]) || text[next] is '«' or '"' or '\u201C'))
            {
                spans.Add((start, i + 1 - start));
                start = next;
            }
        }

        spans.Add((start, text.Length - start));
        return spans;
    }
}
