namespace Knowledge.Core.Evidence;

/// <summary>
/// Cuts a passage into sentences and list items, the grain at which evidence is classified and
/// quoted. Spans are offsets into the text, so a quote made of whole spans is verbatim.
/// </summary>
public static class Sentences
{
    /// <summary>
    /// Sentence spans, trimmed: a sentence ends at . ! ? or … followed by white space and a capital
    /// letter or an opening quote (digits do not start a sentence, so "p. 12" stays whole); a line
    /// break before a bullet, a dash or a capital also ends one, so list items and box labels
    /// ("À retenir.") stand alone.
    /// </summary>
    public static IReadOnlyList<(int Start, int Length)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length - 1; i++)
        {
            var c = text[i];
            var lineBreak = c == '\n';
            if (!lineBreak && (c is not ('.' or '!' or '?' or '…') || !char.IsWhiteSpace(text[i + 1])))
            {
                continue;
            }

            var next = i + 1;
            var crossesLine = lineBreak;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                crossesLine |= text[next] == '\n';
                next++;
            }

            if (next >= text.Length)
            {
                break;
            }

            var opens = char.IsUpper(text[next]) || text[next] is '«' or '"' or '\u201C';
            var bullet = text[next] is '•' or '–' or '-' or '·' or '▪' or '◦';
            if ((!lineBreak && opens) || (crossesLine && (opens || bullet)))
            {
                Add(spans, text, start, i + 1);
                start = next;
            }
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    private static void Add(List<(int, int)> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add((start, end - start));
        }
    }
}
