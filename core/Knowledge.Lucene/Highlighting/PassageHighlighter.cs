using System.Text;
using Lucene.Net.Analysis;
using Knowledge.Lucene.Analysis;
using Knowledge.Lucene.Querying;
using Lucene.Net.Analysis.TokenAttributes;

namespace Knowledge.Lucene.Highlighting;

/// <summary>
/// Marks what the query matched in a passage, phrase-true: a quoted phrase only where its words
/// follow each other, glossary terms (the other language's words and synonyms) as well as the
/// user's words. The passage is run through the same analyzer that indexed it, so "précoces" is
/// marked for the query "precoce"; offsets map each analysed token back to the original characters.
/// Cost: one analysis of the passage per hit shown (twenty per page), never per match. Returns the whole passage when it is short, otherwise the fragment of
/// about <see cref="FragmentLength"/> characters holding the most matches, cut on word boundaries
/// with "…" at each cut end. Everything outside the marks is HTML-escaped.
/// </summary>
internal static class PassageHighlighter
{
    public const int FragmentLength = 240;

    /// <summary>Passages up to this length are returned whole: cutting them saves nothing.</summary>
    public const int WholePassageLength = 320;

    public static string? Highlight(string text, Analyzer analyzer, string field, IReadOnlyList<HighlightUnit> units)
    {
        if (units.Count == 0 || string.IsNullOrEmpty(text))
        {
            return null;
        }

        var matches = Matches(text, analyzer, field, units);
        if (matches.Count == 0)
        {
            return null;
        }

        var (start, end) = text.Length <= WholePassageLength ? (0, text.Length) : BestWindow(text, matches);
        var html = new StringBuilder(end - start + (matches.Count * 13) + 2);
        if (start > 0)
        {
            html.Append('…');
        }

        var at = start;
        foreach (var (s, e) in matches)
        {
            if (s < start || e > end)
            {
                continue;
            }

            Escape(html, text.AsSpan(at, s - at));
            html.Append("<mark>");
            Escape(html, text.AsSpan(s, e - s));
            html.Append("</mark>");
            at = e;
        }

        Escape(html, text.AsSpan(at, end - at));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }

    /// <summary>
    /// The character spans to mark: every token of a one-word unit, and every complete occurrence of
    /// a phrase unit (its terms at their relative positions, within the unit's slop) as one span from
    /// its first word to its last. A phrase's words found elsewhere on their own are not marked, so
    /// "mariage précoce" never marks the "précoce" of "divorce précoce".
    /// </summary>
    private static List<(int Start, int End)> Matches(string text, Analyzer analyzer, string field, IReadOnlyList<HighlightUnit> units)
    {
        var tokens = new List<(string Term, int Position, int Start, int End)>();
        using (var stream = analyzer.GetTokenStream(field, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var lastEnd = 0;
            var position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;

                // Offsets are clamped so a filter that misreports them can never cut outside the text.
                var s = Math.Clamp(offset.StartOffset, lastEnd, text.Length);
                var e = Math.Clamp(offset.EndOffset, s, text.Length);
                if (e > s)
                {
                    tokens.Add((term.ToString(), position, AfterElision(text, s, e), e));
                    lastEnd = e;
                }
            }

            stream.End();
        }

        var spans = new List<(int Start, int End)>();
        foreach (var unit in units)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Term != unit.Terms[0])
                {
                    continue;
                }

                var last = PhraseEnd(tokens, i, unit);
                if (last >= 0)
                {
                    spans.Add((tokens[i].Start, tokens[last].End));
                }
            }
        }

        // Overlapping spans (a word inside a marked phrase) merge into one mark.
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<(int Start, int End)>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start < merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    /// <summary>The index of the last token of the unit's occurrence starting at token <paramref name="first"/>, or -1.</summary>
    private static int PhraseEnd(List<(string Term, int Position, int Start, int End)> tokens, int first, HighlightUnit unit)
    {
        var lastIndex = first;
        for (var k = 1; k < unit.Terms.Length; k++)
        {
            var lowest = tokens[first].Position + unit.Positions[k] - unit.Positions[0];
            var found = -1;
            for (var j = lastIndex + 1; j < tokens.Count && tokens[j].Position <= lowest + unit.Slop; j++)
            {
                if (tokens[j].Position >= lowest && tokens[j].Term == unit.Terms[k])
                {
                    found = j;
                    break;
                }
            }

            if (found < 0)
            {
                return -1;
            }

            lastIndex = found;
        }

        return lastIndex;
    }

    /// <summary>"l'exploitation" is one token whose term is "exploit…": mark the word, not the article.</summary>
    private static int AfterElision(string text, int start, int end)
    {
        var apostrophe = text.AsSpan(start, Math.Min(end - start, 8)).IndexOfAny('\'', '\u2019');
        return apostrophe > 0 && start + apostrophe + 1 < end && FrenchEvidenceAnalyzer.ElidedWords.Contains(text.Substring(start, apostrophe))
            ? start + apostrophe + 1
            : start;
    }

    /// <summary>The window holding the most matches, widened to <see cref="FragmentLength"/> and snapped to word boundaries.</summary>
    private static (int Start, int End) BestWindow(string text, List<(int Start, int End)> matches)
    {
        int bestFirst = 0, bestLast = 0;
        var last = 0;
        for (var first = 0; first < matches.Count; first++)
        {
            last = Math.Max(last, first);
            while (last + 1 < matches.Count && matches[last + 1].End - matches[first].Start <= FragmentLength)
            {
                last++;
            }

            if (last - first > bestLast - bestFirst)
            {
                (bestFirst, bestLast) = (first, last);
            }
        }

        var spanStart = matches[bestFirst].Start;
        var spanEnd = matches[bestLast].End;
        var slack = Math.Max(0, FragmentLength - (spanEnd - spanStart));
        var start = Math.Max(0, spanStart - (slack / 3));
        var end = Math.Min(text.Length, Math.Max(spanEnd, start + FragmentLength));
        start = Math.Min(start, Math.Max(0, end - FragmentLength));
        start = Math.Min(start, spanStart);

        // Snap outwards-in: never cut a word, never lose the first or last match of the window.
        if (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            var next = text.IndexOf(' ', start, spanStart - start);
            start = next >= 0 ? next + 1 : BackToSpace(text, start);
        }

        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            var previous = end > spanEnd ? text.LastIndexOf(' ', end - 1, end - spanEnd) : -1;
            end = previous >= 0 ? previous : ForwardToSpace(text, end);
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static int BackToSpace(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    private static int ForwardToSpace(string text, int index)
    {
        while (index < text.Length && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private static void Escape(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                '\'' => html.Append("&#39;"),
                _ => html.Append(c),
            };
        }
    }
}
