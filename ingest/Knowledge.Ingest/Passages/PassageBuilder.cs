using System.Text.RegularExpressions;
using Knowledge.Core.Evidence;
using Knowledge.Ingest.Extraction;

namespace Knowledge.Ingest.Passages;

/// <summary>A citable passage before tagging.</summary>
internal sealed record Passage(string Text, int Page, int PageEnd, IReadOnlyList<string> SectionPath, IReadOnlyList<string> NoteLabels, FindingTable? Table = null)
{
    /// <summary>Section number of a file without pages (see <see cref="TextBlock.Section"/>).</summary>
    public string? Section { get; init; }

    /// <summary>First and last paragraph within the section, for files without pages; 0 otherwise.</summary>
    public int Paragraph { get; init; }

    public int ParagraphEnd { get; init; }
}

/// <summary>
/// Cuts a document's blocks into passages of roughly 40–350 words that never end mid-sentence:
/// short paragraphs (and a list with its lead-in) are packed together within a section, long ones
/// are split at sentence boundaries. Every body word ends up in exactly one passage.
/// </summary>
internal static partial class PassageBuilder
{
    public const int MinWords = 40;
    public const int MaxWords = 350;
    private const int SplitTarget = 220;

    public static List<Passage> Build(IReadOnlyList<TextBlock> blocks)
    {
        var passages = new List<Passage>();
        var headings = new List<(int Level, string Text)>();
        var section = new List<Unit>();

        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (block.Kind == BlockKind.Heading)
            {
                Flush(section, Path(headings), passages);
                section.Clear();
                while (headings.Count > 0 && headings[^1].Level >= block.HeadingLevel)
                {
                    headings.RemoveAt(headings.Count - 1);
                }

                headings.Add((block.HeadingLevel, block.Text));
                continue;
            }

            if (block.Table is { } table)
            {
                // A table never shares a passage with the prose around it, but it carries the
                // paragraph that introduces it, to be searched with its rows.
                var introduction = Introduction(section.Count > 0 ? section[^1] : null, b + 1 < blocks.Count ? blocks[b + 1] : null, table);
                Flush(section, Path(headings), passages);
                section.Clear();
                TablePassages(block, table with { Introduction = introduction }, Path(headings), passages);
                continue;
            }

            section.AddRange(Units(block));
        }

        Flush(section, Path(headings), passages);
        return passages;
    }

    /// <summary>
    /// A table's passages: whole rows, as many as fit near <see cref="SplitTarget"/> words, each
    /// passage led by the caption and carrying its rows' structure.
    /// </summary>
    private static void TablePassages(TextBlock block, FindingTable table, string[] path, List<Passage> output)
    {
        var lines = block.Text.Split('\n');
        var pages = block.TableRowPages ?? [];
        var start = 0;
        while (start < lines.Length)
        {
            var end = start;
            var words = 0;
            while (end < lines.Length && (end == start || words + TextCleanup.CountWords(lines[end]) <= SplitTarget))
            {
                words += TextCleanup.CountWords(lines[end]);
                end++;
            }

            var rows = table.Rows.Skip(start).Take(end - start).ToList();
            var text = string.Join("\n", lines[start..end]);
            var first = start < pages.Count ? pages[start] : block.Page;
            var last = end - 1 < pages.Count ? pages[end - 1] : block.PageEnd;
            output.Add(new Passage(
                table.Caption is { } caption ? caption + "\n" + text : text,
                first,
                Math.Max(first, last),
                path,
                block.NoteRefs,
                table with { Rows = rows })
            {
                Section = block.Section,
                Paragraph = block.Paragraph,
                ParagraphEnd = block.Paragraph,
            });
            start = end;
        }
    }

    /// <summary>
    /// The paragraph that says what a table shows: the one just before it in the same section when it
    /// speaks of a table or leads into it with a colon ("Le tableau suivant présente…", "as follows:"),
    /// else the one just after it when it names this table ("Table 1 shows…", « Ce tableau montre… »).
    /// </summary>
    private static string? Introduction(Unit? before, TextBlock? after, FindingTable table)
    {
        if (before is { Kind: BlockKind.Paragraph, Words: <= MaxIntroductionWords } && (MentionsTable().IsMatch(before.Text) || before.Text.TrimEnd().EndsWith(':'))
            && !NamesAnotherTable(before.Text, table.Caption))
        {
            return before.Text;
        }

        if (after is { Kind: BlockKind.Paragraph, Table: null } && TextCleanup.CountWords(after.Text) <= MaxIntroductionWords && NamesThisTable(after.Text, table.Caption))
        {
            return after.Text;
        }

        return null;
    }

    /// <summary>Whether a paragraph after a table speaks of it: "this table", « ce tableau », or the number its caption gives it.</summary>
    private static bool NamesThisTable(string text, string? caption)
    {
        if (ThisTable().IsMatch(text))
        {
            return true;
        }

        var number = Number(caption);
        return number is not null && NumberedTable().Matches(text).Any(m => m.Groups[1].Value == number);
    }

    /// <summary>Whether a paragraph names numbered tables, none of them this one ("Le tableau 1 montre…" just before table 2).</summary>
    private static bool NamesAnotherTable(string text, string? caption)
    {
        var own = Number(caption);
        var named = NumberedTable().Matches(text).Select(m => m.Groups[1].Value).ToList();
        return own is not null && named.Count > 0 && !named.Contains(own);
    }

    private static string? Number(string? caption) =>
        caption is not null && CaptionNumber().Match(caption) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>A legend longer than this is a section of prose, not a table's introduction.</summary>
    private const int MaxIntroductionWords = 120;

    // « Table ronde », "round table": a meeting, not a table of figures.
    [GeneratedRegex(@"(?<!\bround\s)\b(?:tableaux?|tables?)\b(?!\s+rondes?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MentionsTable();

    // "Le tableau", "the table" alone: followed by a number, "suivant" or "below", it is another table.
    [GeneratedRegex(@"\b(?:(?:ce|le|du|au)\s+tableau|(?:this|the|above)\s+table)\b(?!\s*(?:n°\s*)?[\dIVX]|\s+(?:suivant|ci-dessous|below))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisTable();

    [GeneratedRegex(@"^\s*(?:tableau|table|tab\.)\s*(?:n°\s*)?([\dIVX]{1,3}(?:\.\d{1,2})?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionNumber();

    [GeneratedRegex(@"\b(?:tableau|table)\s*(?:n°\s*)?([\dIVX]{1,3}(?:\.\d{1,2})?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedTable();

    private static string[] Path(List<(int Level, string Text)> headings) => [.. headings.Select(h => h.Text)];

    private static IEnumerable<Unit> Units(TextBlock block)
    {
        var words = TextCleanup.CountWords(block.Text);
        if (words <= MaxWords)
        {
            yield return new Unit(block.Text, words, block.Page, block.PageEnd, block.NoteRefs, block.Kind) { Section = block.Section, Paragraph = block.Paragraph };
            yield break;
        }

        // Long block: split at sentence (or table row) boundaries into pieces near SplitTarget words.
        IReadOnlyList<string> sentences = block.Kind == BlockKind.Table ? block.Text.Split('\n') : SplitSentences(block.Text);
        var buffer = new List<string>();
        var count = 0;
        var pieces = new List<(string Text, int Words)>();
        foreach (var s in sentences)
        {
            var w = TextCleanup.CountWords(s);
            if (count > 0 && count + w > SplitTarget && count >= MinWords)
            {
                pieces.Add((string.Join(block.Kind == BlockKind.Table ? "\n" : " ", buffer), count));
                buffer.Clear();
                count = 0;
            }

            buffer.Add(s);
            count += w;
        }

        if (buffer.Count > 0)
        {
            var text = string.Join(block.Kind == BlockKind.Table ? "\n" : " ", buffer);
            if (count < MinWords && pieces.Count > 0 && pieces[^1].Words + count <= MaxWords)
            {
                pieces[^1] = (pieces[^1].Text + (block.Kind == BlockKind.Table ? "\n" : " ") + text, pieces[^1].Words + count);
            }
            else
            {
                pieces.Add((text, count));
            }
        }

        // A piece only knows its block's page range; notes stay with the whole block's pieces.
        foreach (var (text, w) in pieces)
        {
            yield return new Unit(text, w, block.Page, block.PageEnd, block.NoteRefs, block.Kind) { Section = block.Section, Paragraph = block.Paragraph };
        }
    }

    private static void Flush(List<Unit> units, string[] path, List<Passage> output)
    {
        if (units.Count == 0)
        {
            return;
        }

        var current = new List<Unit>();
        var words = 0;
        var sectionStart = output.Count;
        foreach (var u in units)
        {
            var leadIn = current.Count > 0 && current[^1].Text.TrimEnd().EndsWith(':') && u.Kind == BlockKind.ListItem;
            var fits = words + u.Words <= MaxWords;
            if (current.Count > 0 && !(fits && (words < MinWords || leadIn || (u.Kind == BlockKind.ListItem && current[^1].Kind == BlockKind.ListItem && words + u.Words <= SplitTarget))))
            {
                output.Add(Make(current, path));
                current = [];
                words = 0;
            }

            current.Add(u);
            words += u.Words;
        }

        if (current.Count > 0)
        {
            // A short tail joins the passage before it in the same section when it fits.
            var last = output.Count > sectionStart ? output[^1] : null;
            if (words < MinWords && last is not null && TextCleanup.CountWords(last.Text) + words <= MaxWords)
            {
                var merged = Make(current, path);
                output[^1] = last with
                {
                    Text = last.Text + "\n" + merged.Text,
                    PageEnd = Math.Max(last.PageEnd, merged.PageEnd),
                    ParagraphEnd = Math.Max(last.ParagraphEnd, merged.ParagraphEnd),
                    NoteLabels = [.. last.NoteLabels.Concat(merged.NoteLabels).Distinct()],
                };
            }
            else
            {
                output.Add(Make(current, path));
            }
        }
    }

    private static Passage Make(List<Unit> units, string[] path)
    {
        var text = string.Empty;
        for (var i = 0; i < units.Count; i++)
        {
            // Paragraphs, list items and table rows packed into one passage stay on their own lines.
            var sep = i == 0 ? string.Empty : "\n";
            text += sep + units[i].Text;
        }

        return new Passage(
            text,
            units.Min(u => u.Page),
            units.Max(u => u.PageEnd),
            path,
            [.. units.SelectMany(u => u.Notes).Distinct()])
        {
            Section = units[0].Section,
            Paragraph = units.Min(u => u.Paragraph),
            ParagraphEnd = units.Max(u => u.Paragraph),
        };
    }

    /// <summary>Splits prose into sentences, keeping abbreviations ("art.", "p.", "M.") and decimals intact.</summary>
    internal static List<string> SplitSentences(string text)
    {
        var result = new List<string>();
        var start = 0;
        foreach (Match m in SentenceEnd().Matches(text))
        {
            var end = m.Index + 1;
            var before = text[start..end];
            var lastWord = before.TrimEnd('.', '!', '?', '…').Split(' ').LastOrDefault() ?? string.Empty;
            if (Abbreviations.Contains(lastWord.ToLowerInvariant()) || (lastWord.Length == 1 && char.IsUpper(lastWord[0])))
            {
                continue;
            }

            result.Add(before.Trim());
            start = m.Index + m.Length;
        }

        if (start < text.Length)
        {
            var rest = text[start..].Trim();
            if (rest.Length > 0)
            {
                result.Add(rest);
            }
        }

        return result;
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "art", "arts", "al", "p", "pp", "n", "no", "n°", "vol", "chap",
        "cf", "etc", "ex", "env", "fig", "éd", "ed", "eds", "op", "cit", "ibid", "st", "ste", "mr", "mrs", "ms", "vs",
        "e.g", "i.e", "inc", "ltd", "jan", "janv", "fév", "févr", "av", "avr", "juil", "sept", "oct", "nov", "déc", "dec",
    };


    [GeneratedRegex(@"[.!?…](?:[»”""')\]]*)\s+(?=[«“""(\[]?\s?[\p{Lu}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    private sealed record Unit(string Text, int Words, int Page, int PageEnd, IReadOnlyList<string> Notes, BlockKind Kind)
    {
        public string? Section { get; init; }

        public int Paragraph { get; init; }
    }
}
