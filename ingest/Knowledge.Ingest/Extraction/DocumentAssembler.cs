using System.Text.RegularExpressions;

namespace Knowledge.Ingest.Extraction;

/// <summary>
/// Turns the lines of all pages into blocks in reading order: strips running headers, footers
/// and page numbers, takes out footnotes and the notes section, joins lines into paragraphs
/// (undoing hyphenation), tells headings, list items and tables apart, and joins paragraphs
/// that continue across a column or page break.
/// </summary>
internal static partial class DocumentAssembler
{
    private const double RunningZone = 0.12;

    public static (List<TextBlock> Blocks, Dictionary<string, string> Notes) Assemble(
        IReadOnlyList<IReadOnlyList<PageLine>> pages,
        IReadOnlyDictionary<string, int>? bookmarkLevels)
    {
        var lines = RemoveRunningText(pages);
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (lines.Count == 0)
        {
            return ([], notes);
        }

        var bodySize = BodyFontSize(lines);
        lines = TakeFootnotes(lines, bodySize, notes);

        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in lines)
        {
            Hyphenation.AddWords(l.Text, vocabulary);
        }

        var hyphenation = new Hyphenation(vocabulary);
        var raw = BuildBlocks(lines, bodySize, hyphenation);
        ClassifyHeadings(raw, bodySize, bookmarkLevels);
        var blocks = JoinAcrossBreaks(raw, hyphenation);
        blocks = TakeNotesAndContents(blocks, notes);
        blocks = AssembleTables(blocks);
        return (blocks.Select(ToTextBlock).Where(b => b.Text.Length > 0).ToList(), notes);
    }

    /// <summary>
    /// Lines in the top and bottom bands of a page whose text (digits ignored) recurs on many
    /// pages are running headers/footers; page counters, print stamps and file addresses there go
    /// too, even on a single page.
    /// </summary>
    internal static List<PageLine> RemoveRunningText(IReadOnlyList<IReadOnlyList<PageLine>> pages)
    {
        var pageCount = pages.Count(p => p.Count > 0);
        var keyPages = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var line in page)
            {
                if (InRunningZone(line))
                {
                    foreach (var part in line.Cells ?? [line.Text])
                    {
                        var key = TextCleanup.FoldForKey(part);
                        if (!keyPages.TryGetValue(key, out var set))
                        {
                            keyPages[key] = set = [];
                        }

                        set.Add(line.Page);
                    }
                }
            }
        }

        var threshold = Math.Max(2, (int)Math.Ceiling(pageCount * 0.4));
        bool IsRunning(string part)
        {
            var key = TextCleanup.FoldForKey(part);
            return (pageCount >= 2 && keyPages.TryGetValue(key, out var set) && set.Count >= threshold) || IsPageFurniture(part);
        }

        var result = new List<PageLine>();
        foreach (var page in pages)
        {
            foreach (var line in page)
            {
                if (!InRunningZone(line))
                {
                    result.Add(line);
                    continue;
                }

                if (line.Cells is { } cells)
                {
                    var kept = cells.Where(c => c.Length == 0 || !IsRunning(c)).ToList();
                    if (kept.Count == cells.Count)
                    {
                        result.Add(line);
                    }
                    else if (kept.Count > 0)
                    {
                        result.Add(line with { Text = string.Join(" ", kept), Cells = kept.Count > 1 ? kept : null });
                    }
                }
                else if (!IsRunning(line.Text))
                {
                    result.Add(line);
                }
            }
        }

        return result;
    }

    private static bool InRunningZone(PageLine line) =>
        line.PageHeight > 0 && (line.Top >= line.PageHeight * (1 - RunningZone) || line.Baseline <= line.PageHeight * RunningZone);

    internal static bool IsPageFurniture(string text)
    {
        var t = TextCleanup.CollapseSpaces(text.Replace(PageLine.MarkerStart, ' ').Replace(PageLine.MarkerEnd, ' '));
        return t.Length == 0 || PageFurniture().IsMatch(t);
    }

    private static double BodyFontSize(List<PageLine> lines)
    {
        var bySize = new Dictionary<double, int>();
        foreach (var l in lines)
        {
            bySize[l.FontSize] = bySize.GetValueOrDefault(l.FontSize) + l.Text.Length;
        }

        return bySize.MaxBy(kv => kv.Value).Key;
    }

    /// <summary>Small-print lines at a page bottom that start with a note number are footnotes.</summary>
    private static List<PageLine> TakeFootnotes(List<PageLine> lines, double bodySize, Dictionary<string, string> notes)
    {
        var result = new List<PageLine>(lines.Count);
        string? currentLabel = null;
        var currentPage = -1;
        foreach (var line in lines)
        {
            var small = line.FontSize <= 0.88 * bodySize && line.Baseline < line.PageHeight * 0.4;
            if (!small)
            {
                currentLabel = null;
                result.Add(line);
                continue;
            }

            var m = NoteStart().Match(line.Text);
            if (m.Success)
            {
                currentLabel = m.Groups[1].Value;
                currentPage = line.Page;
                notes[currentLabel] = Clean(m.Groups[2].Value);
            }
            else if (currentLabel is not null && currentPage == line.Page)
            {
                notes[currentLabel] = notes[currentLabel] + " " + Clean(line.Text);
            }
            else
            {
                result.Add(line);
            }
        }

        return result;

        static string Clean(string s) => TextCleanup.CollapseSpaces(TextCleanup.Normalize(s).Replace(PageLine.MarkerStart, ' ').Replace(PageLine.MarkerEnd, ' '));
    }

    private static List<RawBlock> BuildBlocks(List<PageLine> lines, double bodySize, Hyphenation hyphenation)
    {
        var blocks = new List<RawBlock>();
        RawBlock? current = null;
        PageLine? prev = null;
        foreach (var line in lines)
        {
            var text = TextCleanup.MarkInlineSuperscripts(TextCleanup.Normalize(line.Text)).Trim();
            if (text.Length == 0 || IsPageFurniture(text) || Caption().IsMatch(text))
            {
                continue;
            }

            var isTable = line.InTable;
            var listStart = ListStart().IsMatch(text);
            var startNew = current is null || prev is null || NewBlock(prev, line, current, isTable, listStart, bodySize);

            if (startNew)
            {
                current = new RawBlock
                {
                    Kind = isTable ? BlockKind.Table : listStart ? BlockKind.ListItem : BlockKind.Paragraph,
                    Page = line.Page,
                    PageEnd = line.Page,
                    FontSize = line.FontSize,
                    Bold = line.Bold,
                    Region = line.Region,
                    Lines = 1,
                    Text = isTable ? TableRow(line) : text,
                    Rows = isTable ? [TableCells(line)] : null,
                    RowPages = isTable ? [line.Page] : null,
                };
                blocks.Add(current);
            }
            else
            {
                current!.Text = current.Kind == BlockKind.Table
                    ? current.Text + "\n" + TableRow(line)
                    : hyphenation.Join(current.Text, text);
                current.Rows?.Add(TableCells(line));
                current.RowPages?.Add(line.Page);
                current.Lines++;
                current.PageEnd = line.Page;
                current.Bold &= line.Bold;
            }

            prev = line;
        }

        return blocks;
    }

    private static string[] TableCells(PageLine line) =>
        [.. (line.Cells ?? [line.Text]).Select(c => TextCleanup.MarkInlineSuperscripts(TextCleanup.Normalize(c)).Trim())];

    private static string TableRow(PageLine line) =>
        string.Join(" | ", (line.Cells ?? [line.Text]).Select(c => TextCleanup.MarkInlineSuperscripts(TextCleanup.Normalize(c)).Trim()));

    private static bool NewBlock(PageLine prev, PageLine line, RawBlock current, bool isTable, bool listStart, double bodySize)
    {
        if (line.Region != prev.Region || line.Page != prev.Page)
        {
            return true;
        }

        if (isTable != (current.Kind == BlockKind.Table))
        {
            return true;
        }

        if (isTable)
        {
            return false;
        }

        if (listStart || TableCaption().IsMatch(line.Text))
        {
            return true;
        }

        var size = Math.Max(prev.FontSize, line.FontSize);
        if (Math.Abs(prev.FontSize - line.FontSize) > 0.1 * size || prev.Bold != line.Bold && (prev.FontSize > bodySize * 1.05 || TextCleanup.EndsSentence(prev.Text) || current.Lines <= 2 && prev.Bold))
        {
            return true;
        }

        var gap = prev.Baseline - line.Baseline;
        if (gap > 1.75 * size || gap < 0)
        {
            return true;
        }

        // A sentence that ends well before the right edge closes its paragraph.
        var width = Math.Max(1, line.RegionRight - line.RegionLeft);
        var endsShort = prev.Right < line.RegionRight - (0.12 * width);
        if (TextCleanup.EndsSentence(prev.Text) && (endsShort || line.Left > prev.Left + (0.8 * size)))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// Marks headings and gives them levels: larger type ranks higher; among headings of one size,
    /// decimal numbering ranks "1." above "1.1" above "1.1.1" (reports often set all three alike);
    /// PDF bookmarks, when they name a block, override both.
    /// </summary>
    private static void ClassifyHeadings(List<RawBlock> blocks, double bodySize, IReadOnlyDictionary<string, int>? bookmarkLevels)
    {
        var ranks = new SortedSet<(double Size, int Depth)>(Comparer<(double Size, int Depth)>.Create(
            (a, b) => a.Size != b.Size ? b.Size.CompareTo(a.Size) : a.Depth.CompareTo(b.Depth)));
        foreach (var b in blocks)
        {
            if (b.Kind is BlockKind.Paragraph or BlockKind.ListItem && LooksLikeHeading(b, bodySize))
            {
                b.Kind = BlockKind.Heading;
                ranks.Add(HeadingRank(b, bodySize));
            }
        }

        var levels = ranks.Select((rank, i) => (rank, i + 1)).ToDictionary(x => x.rank, x => x.Item2);
        foreach (var b in blocks)
        {
            var key = TextCleanup.FoldForKey(b.Text);
            if (bookmarkLevels is not null && bookmarkLevels.TryGetValue(key, out var bl) && b.Kind is BlockKind.Paragraph or BlockKind.Heading && b.Lines <= 3)
            {
                b.Kind = BlockKind.Heading;
                b.Level = bl;
            }
            else if (b.Kind == BlockKind.Heading)
            {
                b.Level = levels[HeadingRank(b, bodySize)];
            }
        }
    }

    /// <summary>A heading's size (0 for body-size headings) and numbering depth ("2.3 …" is 2; unnumbered is 1).</summary>
    private static (double Size, int Depth) HeadingRank(RawBlock b, double bodySize)
    {
        var numbering = HeadingNumber().Match(b.Text);
        var depth = numbering.Success ? 1 + numbering.Groups[1].Captures.Count : 1;
        return (b.FontSize > bodySize * 1.08 ? b.FontSize : 0, depth);
    }

    private static bool LooksLikeHeading(RawBlock b, double bodySize)
    {
        var words = TextCleanup.CountWords(b.Text);
        if (words == 0 || words > 24 || b.Lines > 3 || b.Text.Length > 220)
        {
            return false;
        }

        var t = TextCleanup.ExtractMarkers(b.Text).Text;
        if (Caption().IsMatch(t) || TableCaption().IsMatch(t))
        {
            return false;
        }

        if (t.EndsWith('.') && !NumberedHeading().IsMatch(t) || t.EndsWith(',') || t.EndsWith(';'))
        {
            return false;
        }

        if (!t.Any(char.IsLetter) || TextCleanup.StartsLower(t))
        {
            return false;
        }

        if (b.FontSize >= bodySize * 1.12)
        {
            return true;
        }

        // Bold at body size: a run-in heading when short and not ending a sentence.
        return b.Bold && b.FontSize >= bodySize * 0.95 && words <= 14 && !t.EndsWith(':');
    }

    /// <summary>A paragraph cut by a column or page break continues when the sentence does.</summary>
    private static List<RawBlock> JoinAcrossBreaks(List<RawBlock> blocks, Hyphenation hyphenation)
    {
        var result = new List<RawBlock>(blocks.Count);
        foreach (var b in blocks)
        {
            var prev = result.Count > 0 ? result[^1] : null;
            if (prev is not null
                && prev.Kind is BlockKind.Paragraph or BlockKind.ListItem
                && b.Kind == BlockKind.Paragraph
                && (b.Region != prev.Region || b.Page != prev.PageEnd)
                && !TextCleanup.EndsSentence(prev.Text)
                && (TextCleanup.StartsLower(b.Text) || prev.Text.EndsWith('-')))
            {
                prev.Text = hyphenation.Join(prev.Text, b.Text);
                prev.PageEnd = b.PageEnd;
                prev.Region = b.Region;
                prev.Lines += b.Lines;
                continue;
            }

            result.Add(b);
        }

        return result;
    }

    /// <summary>
    /// A caption ("Tableau 1 : …", "Table 2 – …") just before a table becomes the table's caption;
    /// a table that goes on in the next column or page (same columns, no caption of its own, its
    /// header printed again or not) joins the part before it.
    /// </summary>
    private static List<RawBlock> AssembleTables(List<RawBlock> blocks)
    {
        var result = new List<RawBlock>(blocks.Count);
        foreach (var b in blocks)
        {
            var prev = result.Count > 0 ? result[^1] : null;
            if (b.Kind != BlockKind.Table || b.Rows is null || prev is null)
            {
                result.Add(b);
                continue;
            }

            if (prev.Kind is BlockKind.Paragraph or BlockKind.Heading && prev.Lines <= 3 && b.Page - prev.PageEnd is 0 or 1
                && TableCaption().IsMatch(TextCleanup.ExtractMarkers(prev.Text).Text))
            {
                b.Caption = TextCleanup.CollapseSpaces(TextCleanup.ExtractMarkers(prev.Text).Text);
                result[^1] = b;
                continue;
            }

            if (prev.Kind == BlockKind.Table && prev.Rows is { Count: > 0 } before && b.Page - prev.PageEnd is 0 or 1
                && b.Rows.Count > 0 && b.Rows[0].Length == before[0].Length)
            {
                var repeated = b.Rows[0].SequenceEqual(before[0], StringComparer.Ordinal);
                before.AddRange(repeated ? b.Rows.Skip(1) : b.Rows);
                prev.RowPages!.AddRange(repeated ? b.RowPages!.Skip(1) : b.RowPages!);
                prev.Text += "\n" + b.Text;
                prev.PageEnd = b.PageEnd;
                prev.Region = b.Region;
                continue;
            }

            result.Add(b);
        }

        return result;
    }

    /// <summary>Blocks under a "Notes" heading become note definitions (split at each leading number); a table of contents is left out.</summary>
    private static List<RawBlock> TakeNotesAndContents(List<RawBlock> blocks, Dictionary<string, string> notes)
    {
        var result = new List<RawBlock>(blocks.Count);
        var inNotes = false;
        var notesLevel = 0;
        var inContents = false;
        var contentsLevel = 0;
        foreach (var b in blocks)
        {
            if (b.Kind == BlockKind.Heading)
            {
                var key = TextCleanup.FoldForKey(b.Text);
                if (inContents && b.Level <= contentsLevel)
                {
                    inContents = false;
                }

                if (ContentsHeading().IsMatch(key))
                {
                    // A table of contents repeats the headings with page numbers: not evidence.
                    inContents = true;
                    contentsLevel = b.Level;
                    continue;
                }

                if (NotesHeading().IsMatch(key))
                {
                    inNotes = true;
                    notesLevel = b.Level;
                    continue;
                }

                if (inNotes && b.Level <= notesLevel)
                {
                    inNotes = false;
                }
            }

            if (inContents)
            {
                continue;
            }

            if (!inNotes)
            {
                result.Add(b);
                continue;
            }

            var text = TextCleanup.RemoveLinkDebris(b.Text.Replace(PageLine.MarkerStart, ' ').Replace(PageLine.MarkerEnd, ' '));
            var matches = NoteItem().Matches(text);
            if (matches.Count == 0)
            {
                // An unnumbered line inside the notes section continues the previous note.
                var lastKey = notes.Keys.LastOrDefault();
                if (lastKey is not null)
                {
                    notes[lastKey] = TextCleanup.CollapseSpaces(notes[lastKey] + " " + text);
                }

                continue;
            }

            foreach (Match m in matches)
            {
                notes[m.Groups[1].Value] = TextCleanup.CollapseSpaces(m.Groups[2].Value);
            }
        }

        return result;
    }

    private static TextBlock ToTextBlock(RawBlock b)
    {
        if (b.Kind == BlockKind.Table && b.Rows is { Count: > 0 } rows)
        {
            return TableBlock(b, rows);
        }

        var (text, labels) = TextCleanup.ExtractMarkers(TextCleanup.RemoveLinkDebris(b.Text));
        if (b.Kind == BlockKind.Table)
        {
            text = string.Join("\n", text.Split('\n').Select(TextCleanup.CollapseSpaces));
        }
        else
        {
            text = TextCleanup.CollapseSpaces(text);
        }

        return new TextBlock
        {
            Kind = b.Kind,
            Text = text,
            Page = b.Page,
            PageEnd = b.PageEnd,
            HeadingLevel = b.Level,
            NoteRefs = labels,
        };
    }

    /// <summary>
    /// A table block: the first row is the header; each body row reads whole on its own line, the
    /// first cell as is and the others labelled with their column ("Niger — Valeur : 76 %").
    /// </summary>
    private static TextBlock TableBlock(RawBlock b, List<string[]> rows)
    {
        var labels = new List<string>();
        string Clean(string cell)
        {
            var (text, refs) = TextCleanup.ExtractMarkers(TextCleanup.RemoveLinkDebris(cell));
            labels.AddRange(refs);
            return TextCleanup.CollapseSpaces(text);
        }

        var cleaned = rows.Select(r => r.Select(Clean).ToArray()).ToList();
        var pages = b.RowPages ?? [.. rows.Select(_ => b.Page)];
        var keep = cleaned.Select((r, i) => (Row: r, Page: pages[Math.Min(i, pages.Count - 1)])).Where(x => x.Row.Any(c => c.Length > 0)).ToList();
        if (keep.Count == 0)
        {
            return new TextBlock { Kind = BlockKind.Table, Text = string.Empty, Page = b.Page };
        }

        var header = keep.Count > 1 ? keep[0].Row : [];
        var body = keep.Count > 1 ? keep.Skip(1).ToList() : keep;
        var lines = body.Select(r => TableRowText(header, r.Row)).ToList();
        return new TextBlock
        {
            Kind = BlockKind.Table,
            Text = string.Join("\n", lines),
            Page = b.Page,
            PageEnd = b.PageEnd,
            NoteRefs = [.. labels.Distinct()],
            Table = new Knowledge.Core.Evidence.FindingTable { Caption = b.Caption, Columns = header, Rows = [.. body.Select(r => (IReadOnlyList<string>)r.Row)] },
            TableRowPages = [.. body.Select(r => r.Page)],
        };
    }

    internal static string TableRowText(IReadOnlyList<string> header, IReadOnlyList<string> row)
    {
        var parts = new List<string>(row.Count);
        for (var c = 0; c < row.Count; c++)
        {
            if (row[c].Length == 0)
            {
                continue;
            }

            // The first filled cell names the row; the others say which column they fill.
            var label = c < header.Count ? header[c] : string.Empty;
            parts.Add(parts.Count == 0 || label.Length == 0 ? row[c] : label + " : " + row[c]);
        }

        return string.Join(" — ", parts);
    }

    // Page counters ("3/48", "Page 3 sur 48", "- 3 -"), print stamps ("11/22/26, 5:07 PM"),
    // bare URLs and file paths: never content when they stand alone in a header or footer.
    [GeneratedRegex(@"^(?:(?:page|p\.)\s*)?\d{1,4}(?:\s*(?:/|sur|of|de)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$|^(?:https?://|file:/|www\.)\S+$|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?$|^\d{1,2}:\d{2}(?:\s*[ap]m)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageFurniture();

    [GeneratedRegex(@"^\s*(?:[•●▪◦■□►‣∙·✓➢➤]\s*|[\-–—*]\s+|\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+|[ivx]{1,4}[.)]\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex ListStart();

    /// <summary>Decimal heading numbers: "1.", "1.2", "1.2.3." followed by a space (one or two digits each, so years are not numbers).</summary>
    [GeneratedRegex(@"^\d{1,2}(\.\d{1,2})*\.?\s", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingNumber();

    [GeneratedRegex(@"^\s*\u0001?(\d{1,3})\u0002?[.)]?\s+(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NoteStart();

    [GeneratedRegex(@"(?:^|\s)(\d{1,3})[.)]?\s+(.+?)(?=\s\d{1,3}[.)]?\s+\p{Lu}|$)", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex NoteItem();

    [GeneratedRegex(@"^(?:#\.?\s*)?(?:notes?(?: de fin| de bas de page| et references)?|endnotes|footnotes|renvois)$", RegexOptions.CultureInvariant)]
    private static partial Regex NotesHeading();

    // Photo credits and picture captions are not content.
    [GeneratedRegex(@"^(?:photo (?:de|by|:)|photo ©|crédits? photo|photo credits?|©).{0,90}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^\s*(?:tableau|table|tab\.)\s*(?:n°\s*)?[\dIVX]{1,3}(?:\.\d{1,2})?\s*[:.–—-]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TableCaption();

    [GeneratedRegex(@"^(?:sommaire|table des matieres|contents|table of contents)$", RegexOptions.CultureInvariant)]
    private static partial Regex ContentsHeading();

    [GeneratedRegex(@"^(?:\d+\.)+\d*\s", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedHeading();

    private sealed class RawBlock
    {
        public BlockKind Kind { get; set; }

        public required string Text { get; set; }

        public int Page { get; init; }

        public int PageEnd { get; set; }

        public double FontSize { get; init; }

        public bool Bold { get; set; }

        public int Region { get; set; }

        public int Lines { get; set; }

        public int Level { get; set; }

        /// <summary>A table's rows, each with one cell per column; null for other blocks.</summary>
        public List<string[]>? Rows { get; init; }

        public List<int>? RowPages { get; init; }

        public string? Caption { get; set; }

    }
}
