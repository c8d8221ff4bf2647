using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Util;

namespace Knowledge.Ingest.Extraction;

/// <summary>
/// Recovers the lines of one PDF page in reading order: words (in drawing order, or by nearest neighbour when a line is drawn out of order), baseline lines,
/// line segments split at wide gaps, then a recursive XY-cut that only cuts a band into columns
/// when both sides read as prose (so table rows stay rows). Every stage has a simpler fallback:
/// a page that defeats one stage is read with the next, never dropped.
/// </summary>
internal static class PageLayout
{
    // One page is already one work item (pages and documents run in parallel up to the core
    // count): PdfPig's own default fans each page's neighbour search out again, which only adds
    // task overhead and contention. The words are the same at any degree of parallelism.
    private static readonly NearestNeighbourWordExtractor WordExtractor = new(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions { MaxDegreeOfParallelism = 1 });

    public static IReadOnlyList<PageLine> Analyze(Page page, int regionBase, List<string> warnings, bool tables = true)
    {
        // Space glyphs stay in: tightly justified text often has inter-word gaps narrower than the
        // nearest-neighbour threshold, and the explicit spaces are what tell those words apart.
        var letters = new List<Letter>(page.Letters.Count);
        var visible = 0;
        foreach (var l in page.Letters)
        {
            if (l.TextOrientation == TextOrientation.Horizontal && l.PointSize > 0.5 && !string.IsNullOrEmpty(l.Value))
            {
                letters.Add(l);
                if (!string.IsNullOrWhiteSpace(l.Value))
                {
                    visible++;
                }
            }
        }

        if (visible == 0)
        {
            return [];
        }

        IReadOnlyList<Word> words;
        try
        {
            words = ContentOrderWords.TryGroup(letters, out var inOrder) ? inOrder : [.. WordExtractor.GetWords(letters)];
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Rare geometry (NaN boxes, degenerate fonts) defeats the nearest-neighbour search; the
            // default extractor only walks letters in content order and cannot fail the same way.
            warnings.Add($"page {page.Number} : découpage en mots de repli ({ex.GetType().Name})");
            words = [.. DefaultWordExtractor.Instance.GetWords(letters)];
        }

        var pieces = words.Where(w => w.Letters.Count > 0 && !string.IsNullOrWhiteSpace(w.Text)).Select(Piece.From).ToList();
        return Lay(pieces, new PageFrame(page.Number, page.Height, tables), pieces.Count > 0 && tables ? FindGrids(page, warnings) : [], regionBase, warnings);
    }

    /// <summary>
    /// Lays out words read by OCR through the same path as a text layer's words: columns, tables,
    /// headers and footers all work from word boxes, baselines and sizes, which OCR gives too.
    /// </summary>
    public static IReadOnlyList<PageLine> AnalyzeWords(Ocr.OcrPage page, int regionBase, List<string> warnings)
    {
        var pieces = page.Words.Select(w => new Piece
        {
            Text = w.Text,
            Left = w.Left,
            Right = w.Right,
            Baseline = w.Baseline,
            Top = Math.Max(w.Top, w.Baseline + (0.7 * w.FontSize)),
            Bottom = Math.Min(w.Bottom, w.Baseline - (0.2 * w.FontSize)),
            FontSize = w.FontSize,
        }).ToList();

        // A scan has no drawing to read ruling lines from: its tables are found from word alignment.
        return Lay(pieces, new PageFrame(page.Number, page.Height), [], regionBase, warnings);
    }

    /// <summary>
    /// What the layout needs to know of a page besides its words. <paramref name="Tables"/> off
    /// reads every region as prose: only the extraction benchmark turns it off, to weigh what
    /// table detection costs.
    /// </summary>
    private readonly record struct PageFrame(int Number, double Height, bool Tables = true);

    private static List<PageLine> Lay(List<Piece> pieces, PageFrame page, List<TableGrid> grids, int regionBase, List<string> warnings)
    {
        if (pieces.Count == 0)
        {
            return [];
        }

        var bodySize = MedianSize(pieces);

        // A ruled table's words are taken out and stand in the cut as one block the size of the
        // table, so the table is placed in reading order but never read with the prose beside it.
        var tables = new List<(TableGrid Grid, List<Piece> Pieces)>();
        if (grids.Count > 0)
        {
            (pieces, tables) = SetTablesApart(pieces, grids, bodySize);
        }

        List<List<Piece>> regions = [];
        try
        {
            XyCut(pieces, bodySize, regions, depth: 0, page.Tables);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            warnings.Add($"page {page.Number} : segmentation de repli, lignes dans l'ordre vertical ({ex.GetType().Name})");
            regions = [pieces];
        }

        if (page.Tables)
        {
            MergeTableFragments(regions, bodySize);
        }

        var result = new List<PageLine>(pieces.Count / 8);
        var regionId = regionBase;
        foreach (var region in regions)
        {
            if (tables.Count == 0 || !region.Any(p => p.Table >= 0))
            {
                EmitRegion(region, bodySize, page, regionId++, result);
                continue;
            }

            // Prose above a table, the table, prose beside it, then what follows below.
            var rest = region.Where(p => p.Table < 0).ToList();
            foreach (var block in region.Where(p => p.Table >= 0).OrderByDescending(p => p.Top))
            {
                var above = rest.Where(p => p.Baseline > block.Top).ToList();
                var beside = rest.Where(p => p.Baseline <= block.Top && p.Baseline >= block.Bottom).ToList();
                EmitRegion(above, bodySize, page, regionId++, result);
                var (grid, cellPieces) = tables[block.Table];
                EmitGrid(grid, cellPieces, bodySize, page, regionId++, result);
                EmitRegion(beside, bodySize, page, regionId++, result);
                rest = [.. rest.Where(p => p.Baseline < block.Bottom)];
            }

            EmitRegion(rest, bodySize, page, regionId++, result);
        }

        return result;
    }

    private static List<TableGrid> FindGrids(Page page, List<string> warnings)
    {
        try
        {
            return RuledTables.Find(page);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Ruling lines only help; a page whose drawing cannot be read is laid out from its words.
            warnings.Add($"page {page.Number} : filets de tableau illisibles ({ex.GetType().Name})");
            return [];
        }
    }

    /// <summary>Words inside a ruled table go to that table; each table is replaced by one block covering it.</summary>
    private static (List<Piece> Pieces, List<(TableGrid Grid, List<Piece> Pieces)> Tables) SetTablesApart(List<Piece> pieces, List<TableGrid> grids, double bodySize)
    {
        var inside = grids.Select(_ => new List<Piece>()).ToList();
        var outside = new List<Piece>(pieces.Count);
        foreach (var p in pieces)
        {
            var cx = (p.Left + p.Right) / 2;
            var cy = (p.Baseline + p.Top) / 2;
            var g = grids.FindIndex(t => cx >= t.Left - 1 && cx <= t.Right + 1 && cy >= t.Bottom - 1 && cy <= t.Top + 1);
            (g >= 0 ? inside[g] : outside).Add(p);
        }

        var tables = new List<(TableGrid, List<Piece>)>();
        for (var i = 0; i < grids.Count; i++)
        {
            if (inside[i].Count < 2)
            {
                outside.AddRange(inside[i]);
                continue;
            }

            var g = grids[i];
            outside.Add(new Piece
            {
                Text = string.Empty,
                Left = g.Left,
                Right = g.Right,
                Top = g.Top,
                Bottom = g.Bottom,
                Baseline = g.Bottom + 1,
                FontSize = bodySize,
                Table = tables.Count,
            });
            tables.Add((g, inside[i]));
        }

        return (outside, tables);
    }

    /// <summary>
    /// A ruled table's rows: words go to the cell whose rules enclose them, wrapped lines join
    /// their cell, and each band between two row rules is one row. A table ruled only between rows
    /// takes its columns from the white space, like an unruled one.
    /// </summary>
    private static void EmitGrid(TableGrid grid, List<Piece> pieces, double bodySize, PageFrame page, int regionId, List<PageLine> output)
    {
        var lines = BuildLines(pieces, bodySize);
        if (!grid.HasColumns)
        {
            var bounds = lines.Count >= 2 ? CellBoundaries(lines, bodySize) : [];
            if (bounds.Count is > 0 and <= 8)
            {
                EmitTable(lines, bounds, grid.Left, grid.Right, page, regionId, output);
            }
            else
            {
                EmitRegion(pieces, bodySize, page, regionId, output);
            }

            return;
        }

        var columns = grid.Xs.Length - 1;
        for (var r = 0; r + 1 < grid.Ys.Length; r++)
        {
            var top = grid.Ys[r];
            var bottom = grid.Ys[r + 1];
            var band = lines.Where(l => CenterY(l) <= top && CenterY(l) > bottom).ToList();
            if (band.Count == 0)
            {
                continue;
            }

            var cells = new string[columns];
            for (var c = 0; c < columns; c++)
            {
                cells[c] = CellText(band.Select(l => l.Where(p => ColumnOf(p, grid.Xs) == c).ToList()).Where(l => l.Count > 0));
            }

            var all = band.SelectMany(l => l).ToList();
            output.Add(MakeLine(all, string.Join(" ", cells.Where(c => c.Length > 0)), cells, inTable: true, grid.Left, grid.Right, page, regionId));
        }

        static double CenterY(List<Piece> line) => line[0].Baseline + (0.35 * line[0].FontSize);
    }

    private static int ColumnOf(Piece p, double[] xs)
    {
        var cx = (p.Left + p.Right) / 2;
        var c = 0;
        while (c + 2 < xs.Length && cx > xs[c + 1])
        {
            c++;
        }

        return c;
    }

    /// <summary>A cell's lines top to bottom, joined; a line ending in a hyphen ("EDS-", "2014-") runs on.</summary>
    private static string CellText(IEnumerable<List<Piece>> lines)
    {
        var text = string.Empty;
        foreach (var line in lines)
        {
            var part = Join(line);
            text = text.Length == 0 ? part : text.EndsWith('-') ? text + part : text + " " + part;
        }

        return text;
    }

    private static double MedianSize(List<Piece> pieces)
    {
        // Weighted by characters: the body text dominates a page even when headings are many.
        var sizes = pieces.Select(p => (p.FontSize, p.Text.Length)).OrderBy(s => s.FontSize).ToList();
        var half = sizes.Sum(s => s.Length) / 2;
        var acc = 0;
        foreach (var (size, len) in sizes)
        {
            acc += len;
            if (acc >= half)
            {
                return size;
            }
        }

        return sizes[^1].FontSize;
    }

    /// <summary>Groups words on shared baselines; small raised words become note markers on their line.</summary>
    private static List<List<Piece>> BuildLines(List<Piece> pieces, double bodySize)
    {
        var normal = new List<Piece>();
        var small = new List<Piece>();
        foreach (var p in pieces)
        {
            // Browsers print <sup> at about 83 % of the text size; word processors nearer 60 %.
            (p.FontSize < 0.88 * bodySize && (p.Text.Length <= 4 || (p.Text.Length <= 12 && IsMarkerText(p.Text))) ? small : normal).Add(p);
        }

        normal.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        var lines = new List<List<Piece>>();
        var baselines = new List<double>();
        var sizes = new List<double>();
        foreach (var p in normal)
        {
            var last = lines.Count - 1;
            if (last >= 0 && Math.Abs(baselines[last] - p.Baseline) <= 0.3 * Math.Min(sizes[last], p.FontSize))
            {
                lines[last].Add(p);
            }
            else
            {
                lines.Add([p]);
                baselines.Add(p.Baseline);
                sizes.Add(p.FontSize);
            }
        }

        // A short small word sitting above a line's baseline but below its top is a superscript
        // (a note marker or an exponent); anything else small is a line of its own (footnotes).
        var orphans = new List<Piece>();
        foreach (var s in small)
        {
            var attached = false;
            for (var i = 0; i < lines.Count; i++)
            {
                var raise = s.Baseline - baselines[i];
                if (raise > 0.15 * sizes[i] && raise < 0.75 * sizes[i]
                    && lines[i].Any(p => s.Left >= p.Left - (2 * sizes[i]) && s.Left <= p.Right + (2 * sizes[i])))
                {
                    s.IsMarker = IsMarkerText(s.Text);
                    lines[i].Add(s);
                    attached = true;
                    break;
                }
            }

            if (!attached)
            {
                orphans.Add(s);
            }
        }

        orphans.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        foreach (var p in orphans)
        {
            // A short word of a small-print line (a caption, a footnote) joins the line it sits on.
            var idx = lines.FindIndex(l => Math.Abs(l[0].Baseline - p.Baseline) <= 0.3 * p.FontSize);
            if (idx >= 0)
            {
                lines[idx].Add(p);
            }
            else
            {
                lines.Add([p]);
            }
        }

        foreach (var l in lines)
        {
            l.Sort((a, b) => a.Left.CompareTo(b.Left));
        }

        return lines;
    }

    private static bool IsMarkerText(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsDigit(c) || "*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰abcdefghij,-–".Contains(c, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    /// <summary>
    /// Recursive XY-cut over word boxes: a column gutter is the one vertical strip that no word
    /// crosses over a tall band (justified word gaps never line up that way). A vertical cut is
    /// taken only when both sides read as prose, so a table's columns are not read one after the
    /// other; a horizontal cut is taken at wide gaps, or at any line gap that frees a column cut
    /// hidden under a spanning title.
    /// </summary>
    private static void XyCut(List<Piece> pieces, double bodySize, List<List<Piece>> output, int depth, bool tables)
    {
        if (pieces.Count <= 3 || depth > 60)
        {
            output.Add(pieces);
            return;
        }

        var (xGap, xCut) = WidestXGap(pieces);
        if (xGap >= 0.8 * bodySize && IsColumnSplit(pieces, xCut))
        {
            XyCut([.. pieces.Where(p => p.Right <= xCut)], bodySize, output, depth + 1, tables);
            XyCut([.. pieces.Where(p => p.Left >= xCut)], bodySize, output, depth + 1, tables);
            return;
        }

        // A band spanning the columns at the top or bottom (running header, title, footer) hides
        // the gutter: peel it off first when the rest then splits into columns.
        if (PeelSpanningBand(pieces, bodySize) is { } peel)
        {
            XyCut(peel.Above, bodySize, output, depth + 1, tables);
            XyCut(peel.Below, bodySize, output, depth + 1, tables);
            return;
        }

        var (yGap, yCut) = WidestYGap(pieces);
        if (yGap <= 0.1 * bodySize)
        {
            output.Add(pieces);
            return;
        }

        var above = pieces.Where(p => p.Bottom >= yCut).ToList();
        var below = pieces.Where(p => p.Top < yCut).ToList();
        if (above.Count == 0 || below.Count == 0 || above.Count + below.Count != pieces.Count)
        {
            output.Add(pieces);
            return;
        }

        var wideGap = yGap >= 1.0 * bodySize && !(tables && yGap < 3 * bodySize && SameTable(above, below, bodySize));
        if (wideGap || HasColumnCut(above, bodySize) || HasColumnCut(below, bodySize))
        {
            XyCut(above, bodySize, output, depth + 1, tables);
            XyCut(below, bodySize, output, depth + 1, tables);
            return;
        }

        output.Add(pieces);
    }

    private static (List<Piece> Above, List<Piece> Below)? PeelSpanningBand(List<Piece> pieces, double bodySize)
    {
        if (pieces.Count < 24)
        {
            return null;
        }

        var gaps = YGaps(pieces, 0.25 * bodySize);
        if (gaps.Count == 0)
        {
            return null;
        }

        // At most three bands from the top and three from the bottom.
        var candidates = gaps.Take(3).Concat(gaps.Skip(Math.Max(3, gaps.Count - 3)));
        foreach (var cut in candidates)
        {
            var above = pieces.Where(p => p.Bottom >= cut).ToList();
            var below = pieces.Where(p => p.Top < cut).ToList();
            if (above.Count == 0 || below.Count == 0 || above.Count + below.Count != pieces.Count)
            {
                continue;
            }

            // A band spans the columns: one that splits into columns itself is the lower half of
            // a two-column page parted by a white line that happens to run across both columns,
            // and peeling it would read the page half by half instead of column by column.
            var fromTop = cut >= gaps[0] - 0.001 && above.Count < below.Count;
            var (band, rest) = fromTop ? (above, below) : (below, above);
            if (HasColumnCut(band, bodySize))
            {
                continue;
            }

            if (HasColumnCut(rest, bodySize))
            {
                return (above, below);
            }
        }

        return null;
    }

    /// <summary>Positions of horizontal white bands at least <paramref name="min"/> tall, top to bottom.</summary>
    private static List<double> YGaps(List<Piece> pieces, double min)
    {
        var sorted = TopDown(pieces);
        var cuts = new List<double>();
        var low = sorted[0].Bottom;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (low - sorted[i].Top >= min)
            {
                cuts.Add((low + sorted[i].Top) / 2);
            }

            low = Math.Min(low, sorted[i].Bottom);
        }

        return cuts;
    }

    /// <summary>
    /// Rows of one table can stand further apart than paragraph lines: two bands whose words
    /// leave the same vertical white strips, with several rows spanning them, stay one region.
    /// </summary>
    private static bool SameTable(List<Piece> above, List<Piece> below, double bodySize)
    {
        if (above.Count + below.Count > 600)
        {
            return false;
        }

        var lines = BuildLines([.. above, .. below], bodySize);
        if (lines.Count < 3)
        {
            return false;
        }

        var bounds = CellBoundaries(lines, bodySize);
        if (bounds.Count is 0 or > 6 || IsHangingList(lines, bounds[0]))
        {
            return false;
        }

        var aboveTop = below.Max(p => p.Top);
        var spanning = lines.Where(l => CellOf(l[0], bounds) != CellOf(l[^1], bounds)).ToList();
        return spanning.Any(l => l[0].Baseline > aboveTop) && spanning.Any(l => l[0].Baseline <= aboveTop) && spanning.Count >= 2;
    }

    private static bool HasColumnCut(List<Piece> pieces, double bodySize)
    {
        if (pieces.Count < 12)
        {
            return false;
        }

        var (gap, cut) = WidestXGap(pieces);
        return gap >= 0.8 * bodySize && IsColumnSplit(pieces, cut);
    }

    private static bool IsColumnSplit(List<Piece> pieces, double cut)
    {
        var left = new Dictionary<int, Line>();
        var right = new Dictionary<int, Line>();
        foreach (var p in pieces)
        {
            if (p.Table >= 0)
            {
                // A ruled table is whole on one side of a clean gap: whatever is on the other side
                // is a column of its own.
                return true;
            }

            var side = p.Right <= cut ? left : right;
            var key = (int)Math.Round(p.Baseline / 2);
            if (!side.TryGetValue(key, out var line))
            {
                side[key] = line = new Line();
            }

            line.Add(p);
        }

        if (left.Count == 0 || right.Count == 0)
        {
            return false;
        }

        // Prose columns: several lines per side, several words per line, and most lines running
        // the full width of their column (justified or ragged-right text). Table columns fail the
        // last test: their cells are as wide as their content. A side holding a short label or a
        // page number still splits off cleanly.
        var leftProse = IsProse(left.Values);
        var rightProse = IsProse(right.Values);
        var leftWords = left.Values.Sum(l => l.Words);
        var rightWords = right.Values.Sum(l => l.Words);
        var tinySide = (left.Count <= 2 && leftWords <= 6) || (right.Count <= 2 && rightWords <= 6);
        if ((leftProse && rightProse) || (tinySide && (leftProse || rightProse) && left.Count + right.Count > 4))
        {
            return true;
        }

        // Prose beside a table or list in the other column: a column split when the two sides do
        // not share baselines. A table's cells sit on its rows' baselines, so a table whose one
        // column holds long text is not read column by column.
        if ((leftProse || rightProse) && left.Count >= 3 && right.Count >= 3)
        {
            var shared = left.Keys.Count(k => right.ContainsKey(k) || right.ContainsKey(k - 1) || right.ContainsKey(k + 1));
            return shared * 2 < Math.Min(left.Count, right.Count);
        }

        return false;
    }

    private static bool IsProse(ICollection<Line> lines)
    {
        // Four words a line on average, or three long ones: a narrow column of long words (French
        // "sensibilisation", "réintégration") holds fewer than four but still thirty characters.
        var words = lines.Sum(l => l.Words);
        if (lines.Count < 3 || (words < 4 * lines.Count && (words < 3 * lines.Count || lines.Sum(l => l.Chars) < 30 * lines.Count)))
        {
            return false;
        }

        var sideLeft = lines.Min(l => l.Left);
        var width = lines.Max(l => l.Right) - sideLeft;
        var full = lines.Count(l => l.Right - sideLeft >= 0.8 * width);
        return full * 2 >= lines.Count;
    }

    private sealed class Line
    {
        public double Left { get; private set; } = double.MaxValue;

        public double Right { get; private set; } = double.MinValue;

        public int Words { get; private set; }

        public int Chars { get; private set; }

        public void Add(Piece p)
        {
            Left = Math.Min(Left, p.Left);
            Right = Math.Max(Right, p.Right);
            Words++;
            Chars += p.Text.Length + 1;
        }
    }

    private static (double Gap, double Cut) WidestYGap(List<Piece> pieces)
    {
        var sorted = TopDown(pieces);
        double best = 0, cut = 0;
        var low = sorted[0].Bottom;
        for (var i = 1; i < sorted.Length; i++)
        {
            var gap = low - sorted[i].Top;
            if (gap > best)
            {
                best = gap;
                cut = (low + sorted[i].Top) / 2;
            }

            low = Math.Min(low, sorted[i].Bottom);
        }

        return (best, cut);
    }

    private static (double Gap, double Cut) WidestXGap(List<Piece> pieces)
    {
        var sorted = LeftToRight(pieces);
        double best = 0, cut = 0;
        var right = sorted[0].Right;
        for (var i = 1; i < sorted.Length; i++)
        {
            var gap = sorted[i].Left - right;
            if (gap > best)
            {
                best = gap;
                cut = (right + sorted[i].Left) / 2;
            }

            right = Math.Max(right, sorted[i].Right);
        }

        return (best, cut);
    }

    // The XY-cut sorts every band it looks at, several times per level of a recursion that goes
    // one paragraph deep at a time: sorting on a key array (Array.Sort over doubles) instead of
    // LINQ's OrderBy halves the layout's cost. The gap scans read only the running extreme of the
    // sorted edges, so the order among equal keys (which Array.Sort does not keep) changes no cut.
    private static Piece[] LeftToRight(List<Piece> pieces) => SortedBy(pieces, static p => p.Left);

    private static Piece[] TopDown(List<Piece> pieces) => SortedBy(pieces, static p => -p.Top);

    private static Piece[] SortedBy(List<Piece> pieces, Func<Piece, double> key)
    {
        var sorted = pieces.ToArray();
        var keys = new double[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            keys[i] = key(sorted[i]);
        }

        Array.Sort(keys, sorted);
        return sorted;
    }

    /// <summary>Vertical white strips inside a region: where table cells part.</summary>
    private static List<double> CellBoundaries(List<List<Piece>> lines, double bodySize)
    {
        var intervals = lines.SelectMany(l => l).Where(p => !p.IsMarker).Select(p => (p.Left, p.Right)).OrderBy(i => i.Left).ToList();
        var bounds = new List<double>();
        if (intervals.Count == 0)
        {
            return bounds;
        }

        var right = intervals[0].Right;
        for (var i = 1; i < intervals.Count; i++)
        {
            if (intervals[i].Left - right >= 0.6 * bodySize)
            {
                bounds.Add((right + intervals[i].Left) / 2);
            }

            right = Math.Max(right, intervals[i].Right);
        }

        return bounds;
    }

    /// <summary>The column boundaries of a region that reads as a table, or null when it does not.</summary>
    private static List<double>? TableBounds(List<List<Piece>> lines, double bodySize)
    {
        var bounds = lines.Count >= 2 ? CellBoundaries(lines, bodySize) : [];
        var multiCellRows = 0;
        var wrapped = 0;
        for (var i = 0; bounds.Count > 0 && i < lines.Count; i++)
        {
            if (CellOf(lines[i][0], bounds) != CellOf(lines[i][^1], bounds))
            {
                multiCellRows++;
            }
            else if (i > 0 && CellOf(lines[i - 1][0], bounds) != CellOf(lines[i - 1][^1], bounds)
                && lines[i - 1][0].Baseline - lines[i][0].Baseline <= 1.4 * lines[i][0].FontSize)
            {
                // One cell right under a row, at the text's leading: that row's cell wrapped (a
                // header over two lines).
                wrapped++;
            }
        }

        // Justified prose can leave a chance alignment of gaps in a short region: a table has few
        // columns, and in a small region every row spans several of them (or wraps a cell).
        var isTable = bounds.Count is > 0 and <= 6 && multiCellRows >= 2 && (lines.Count > 3 || multiCellRows + wrapped == lines.Count)
            && !IsHangingList(lines, bounds[0]);
        return isTable ? bounds : null;
    }

    /// <summary>
    /// The cut can part an unruled table into pieces (its last column, its first rows) when gaps
    /// inside it look like gutters. Neighbouring regions in reading order that are tabular — short
    /// lines, no prose — and that together read as a table, without covering any other region,
    /// are put back together.
    /// </summary>
    private static void MergeTableFragments(List<List<Piece>> regions, double bodySize)
    {
        // A region is tested as a pair's member and as a member of every run over it: its lines are
        // built once. A merged region is a new list, so a kept answer never outlives its region.
        var tabular = new Dictionary<List<Piece>, bool>(ReferenceEqualityComparer.Instance);
        var i = 0;
        while (i + 1 < regions.Count)
        {
            var a = regions[i];
            var b = regions[i + 1];
            if (a.Count > 0 && b.Count > 0 && a.Count + b.Count <= 600 && a.All(p => p.Table < 0) && b.All(p => p.Table < 0))
            {
                var aligned = SideBySideRows(a, b, bodySize);
                if ((aligned || Near(Box(a), Box(b), bodySize)) && IsTabular(a) && IsTabular(b))
                {
                    List<Piece> merged = [.. a, .. b];
                    var clear = CoversNoOther(i, 2, Box(merged));
                    // Side by side on the same baselines, neither piece need read as a table alone: the
                    // labels and the figures of the same rows (a header wrapped above the figures only
                    // leaves the figures' piece with a one-cell line).
                    if (clear && TableBounds(BuildLines(merged, bodySize), bodySize) is not null
                        && (aligned || TableBounds(BuildLines(a, bodySize), bodySize) is not null || TableBounds(BuildLines(b, bodySize), bodySize) is not null))
                    {
                        regions[i] = merged;
                        regions.RemoveAt(i + 1);
                        continue;
                    }
                }

                if (MergeRun(i))
                {
                    continue;
                }
            }

            i++;
        }

        // Three or four fragments in a row can make one table when no two of them do: the label
        // column's header, the first row's label (both cut off by the white a wrapped header leaves
        // above the first row), the figures under the header, the later rows. Each is tabular, each
        // touches the next or shares its baselines (one row is enough here), one already reads as a
        // table, and together they read as one table that covers no other region.
        bool MergeRun(int start)
        {
            for (var count = 3; count <= 4 && start + count <= regions.Count; count++)
            {
                var run = regions.GetRange(start, count);
                if (run.Any(r => r.Count == 0 || r.Any(p => p.Table >= 0)) || run.Sum(r => r.Count) > 600
                    || !run.Zip(run.Skip(1)).All(pair => Near(Box(pair.First), Box(pair.Second), bodySize) || SideBySideRows(pair.First, pair.Second, bodySize, minRows: 1))
                    || !run.All(IsTabular) || !run.Any(r => TableBounds(BuildLines(r, bodySize), bodySize) is not null))
                {
                    continue;
                }

                List<Piece> merged = [.. run.SelectMany(r => r)];
                if (!CoversNoOther(start, count, Box(merged)))
                {
                    continue;
                }

                // The run opens on the header row, not on a title of one cell above it.
                var lines = BuildLines(merged, bodySize);
                if (TableBounds(lines, bodySize) is not { } bounds || CellOf(lines[0][0], bounds) == CellOf(lines[0][^1], bounds))
                {
                    continue;
                }

                regions[start] = merged;
                regions.RemoveRange(start + 1, count - 1);
                return true;
            }

            return false;
        }

        bool IsTabular(List<Piece> region) =>
            tabular.TryGetValue(region, out var known) ? known : tabular[region] = Tabular(region, bodySize);

        // The box of the regions from start on, merged, overlaps none of the other regions.
        bool CoversNoOther(int start, int count, (double L, double R, double B, double T) box) =>
            !regions.Where((r, k) => (k < start || k >= start + count) && r.Count > 0).Any(r => Intersects(Box(r), box));

        static (double L, double R, double B, double T) Box(List<Piece> r) => (r.Min(p => p.Left), r.Max(p => p.Right), r.Min(p => p.Bottom), r.Max(p => p.Top));

        static bool Intersects((double L, double R, double B, double T) x, (double L, double R, double B, double T) y) =>
            x.L < y.R - 1 && x.R > y.L + 1 && x.B < y.T - 1 && x.T > y.B + 1;

        static bool Near((double L, double R, double B, double T) x, (double L, double R, double B, double T) y, double size)
        {
            var dx = Math.Max(0, Math.Max(x.L, y.L) - Math.Min(x.R, y.R));
            var dy = Math.Max(0, Math.Max(x.B, y.B) - Math.Min(x.T, y.T));
            return (dx == 0 && dy <= 2.5 * size) || (dy == 0 && dx <= 6 * size);
        }

        // A table's label column can stand far from its figures (a wide first column, a header
        // wrapped over two lines above the figures only): fragments side by side whose lines sit on
        // the same baselines are rows of one table, however wide the white between them.
        static bool SideBySideRows(List<Piece> a, List<Piece> b, double size, int minRows = 2)
        {
            var (x, y) = (Box(a), Box(b));
            var dx = Math.Max(0, Math.Max(x.L, y.L) - Math.Min(x.R, y.R));
            var overlap = Math.Min(x.T, y.T) - Math.Max(x.B, y.B);
            if (dx == 0 || dx > 15 * size || overlap <= 0)
            {
                return false;
            }

            var (fewer, more) = a.Count <= b.Count ? (a, b) : (b, a);
            var baselines = more.Select(p => p.Baseline).ToList();
            var rows = fewer.Select(p => p.Baseline).Distinct().ToList();
            return rows.Count >= minRows && rows.All(r => baselines.Any(m => Math.Abs(m - r) <= 0.25 * size));
        }

        // Short lines (a few words each, none over twelve), or a fragment already read as a table
        // (rows of many figures, "38 %" two words each): a caption or prose never joins a table.
        static bool Tabular(List<Piece> r, double size)
        {
            var lines = BuildLines(r, size);
            return lines.All(l => l.Count <= 12) && !TableText.IsCaption(Join(lines[0]))
                && (r.Count <= 5 * lines.Count + 2 || TableBounds(lines, size) is not null);
        }
    }

    private static void EmitRegion(List<Piece> region, double bodySize, PageFrame page, int regionId, List<PageLine> output)
    {
        if (region.Count == 0)
        {
            return;
        }

        var lines = BuildLines(region, bodySize);
        var left = region.Min(p => p.Left);
        var right = region.Max(p => p.Right);
        var bounds = page.Tables ? TableBounds(lines, bodySize) : null;
        if (bounds is not null)
        {
            EmitTable(lines, bounds, left, right, page, regionId, output);
            return;
        }

        var zone = page.Height * 0.12;
        foreach (var line in lines)
        {
            IReadOnlyList<string>? cells = null;

            // In the header and footer bands a gap of two ems parts two items (a footer's
            // address and its page counter, a header's date and title).
            if (line[0].Baseline >= page.Height - zone || line[0].Baseline <= zone)
            {
                var parts = SplitAtWideGaps(line);
                cells = parts.Count > 1 ? [.. parts.Select(Join)] : null;
            }

            output.Add(MakeLine(line, Join(line), cells, inTable: false, left, right, page, regionId));
        }
    }

    /// <summary>
    /// Emits table rows with one cell per column. A line whose first column is empty and that
    /// follows a row closely continues that row's cells (wrapped cell text), so a row reads whole.
    /// </summary>
    private static void EmitTable(List<List<Piece>> lines, List<double> bounds, double left, double right, PageFrame page, int regionId, List<PageLine> output)
    {
        // Lines of one row (wrapped cells) follow each other at the text's leading; rows are
        // further apart (cell padding, rules). When the gaps differ that much, group by them.
        var gaps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            gaps.Add(lines[i - 1][0].Baseline - lines[i][0].Baseline);
        }

        var leading = gaps.Count > 0 ? gaps.Where(g => g > 0).DefaultIfEmpty(0).Min() : 0;
        var wraps = leading > 0 && gaps.Max() > 1.3 * leading;

        var rows = new List<(List<Piece> Pieces, string[] Cells)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var cells = new string[bounds.Count + 1];
            foreach (var group in line.GroupBy(p => CellOf(p, bounds)))
            {
                cells[group.Key] = Join(group);
            }

            var gap = i > 0 ? gaps[i - 1] : double.MaxValue;
            var continues = rows.Count > 0 && gap > 0 && (wraps
                ? gap <= 1.15 * leading
                : string.IsNullOrEmpty(cells[0]) && gap <= 1.8 * Math.Max(rows[^1].Pieces[0].FontSize, line[0].FontSize));
            if (continues)
            {
                var (prevPieces, prevCells) = rows[^1];
                for (var c = 0; c < cells.Length; c++)
                {
                    if (!string.IsNullOrEmpty(cells[c]))
                    {
                        // "EDS-" / "MICS", "2014-" / "2015": a cell wrapped at its hyphen.
                        prevCells[c] = string.IsNullOrEmpty(prevCells[c]) ? cells[c]
                            : prevCells[c].EndsWith('-') ? prevCells[c] + cells[c]
                            : prevCells[c] + " " + cells[c];
                    }
                }

                prevPieces.AddRange(line);
                continue;
            }

            rows.Add(([.. line], cells));
        }

        foreach (var (pieces, cells) in rows)
        {
            // Empty cells are kept so every row has one cell per column, in column order.
            var all = cells.Select(c => c ?? string.Empty).ToList();
            output.Add(MakeLine(pieces, string.Join(" ", all.Where(c => c.Length > 0)), all, inTable: true, left, right, page, regionId));
        }
    }

    private static PageLine MakeLine(List<Piece> line, string text, IReadOnlyList<string>? cells, bool inTable, double left, double right, PageFrame page, int regionId)
    {
        var main = line.Where(p => !p.IsMarker).DefaultIfEmpty(line[0]).MaxBy(p => p.FontSize)!;
        return new PageLine
        {
            Text = text,
            Page = page.Number,
            Left = line.Min(p => p.Left),
            Right = line.Max(p => p.Right),
            Baseline = line[0].Baseline,
            Top = line.Max(p => p.Top),
            FontSize = main.FontSize,
            Bold = line.Where(p => !p.IsMarker).All(p => p.Bold),
            Region = regionId,
            RegionLeft = left,
            RegionRight = right,
            Cells = cells,
            InTable = inTable,
            PageHeight = page.Height,
        };
    }

    /// <summary>A first "column" of bullets or item numbers is a list's hanging markers, not a table.</summary>
    private static bool IsHangingList(List<List<Piece>> lines, double firstBound)
    {
        var markers = 0;
        foreach (var line in lines)
        {
            var head = string.Concat(line.Where(p => (p.Left + p.Right) / 2 < firstBound).Select(p => p.Text));
            if (head.Length == 0)
            {
                continue;
            }

            if (head.Length > 4 || !(head.All(c => "•●▪◦■□►‣∙·✓➢➤-–—*".Contains(c, StringComparison.Ordinal)) || ItemNumber(head)))
            {
                return false;
            }

            markers++;
        }

        return markers > 0;

        static bool ItemNumber(string s) =>
            s.Length >= 2 && (s[^1] is '.' or ')') && s[..^1].All(c => char.IsDigit(c) || char.IsLower(c));
    }

    private static List<List<Piece>> SplitAtWideGaps(List<Piece> line)
    {
        var parts = new List<List<Piece>> { new() { line[0] } };
        for (var i = 1; i < line.Count; i++)
        {
            var prev = line[i - 1];
            if (!line[i].IsMarker && line[i].Left - prev.Right >= 2 * Math.Max(prev.FontSize, line[i].FontSize))
            {
                parts.Add([]);
            }

            parts[^1].Add(line[i]);
        }

        return parts;
    }

    private static int CellOf(Piece p, List<double> bounds)
    {
        var i = 0;
        while (i < bounds.Count && (p.Left + p.Right) / 2 > bounds[i])
        {
            i++;
        }

        return i;
    }

    private static string Join(IEnumerable<Piece> pieces)
    {
        var sb = new StringBuilder();
        foreach (var p in pieces)
        {
            if (p.IsMarker)
            {
                sb.Append(PageLine.MarkerStart).Append(TextCleanup.SuperscriptToDigits(p.Text)).Append(PageLine.MarkerEnd);
            }
            else
            {
                if (sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(p.Text);
            }
        }

        return sb.ToString();
    }

    private sealed class Piece
    {
        public required string Text { get; init; }

        public double Left { get; init; }

        public double Right { get; init; }

        public double Baseline { get; init; }

        public double Top { get; init; }

        public double Bottom { get; init; }

        public double FontSize { get; init; }

        public bool Bold { get; init; }

        public bool IsMarker { get; set; }

        /// <summary>For the block standing in for a ruled table: the table's index on the page; otherwise -1.</summary>
        public int Table { get; init; } = -1;

        /// <summary>
        /// The word's letters left to right. The nearest-neighbour graph can hand back a kerned
        /// apostrophe after the letters it overlaps ("Lexploitation’" for "L’exploitation").
        /// </summary>
        private static string InReadingOrder(Word w)
        {
            var letters = w.Letters;
            for (var i = 1; i < letters.Count; i++)
            {
                if (letters[i].StartBaseLine.X < letters[i - 1].StartBaseLine.X)
                {
                    return string.Concat(letters.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value));
                }
            }

            return w.Text;
        }

        public static Piece From(Word w)
        {
            var first = w.Letters[0];
            var size = first.PointSize;
            var font = first.FontName ?? string.Empty;
            var box = w.BoundingBox;
            return new Piece
            {
                Text = InReadingOrder(w),
                Left = box.Left,
                Right = box.Right,
                Baseline = first.StartBaseLine.Y,
                Top = Math.Max(box.Top, first.StartBaseLine.Y + (0.7 * size)),
                Bottom = Math.Min(box.Bottom, first.StartBaseLine.Y - (0.2 * size)),
                FontSize = Math.Round(size, 1),
                Bold = font.Contains("Bold", StringComparison.OrdinalIgnoreCase)
                    || font.Contains("Black", StringComparison.OrdinalIgnoreCase)
                    || font.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
                    || font.Contains("Semibold", StringComparison.OrdinalIgnoreCase)
                    || (first.FontDetails?.IsBold ?? false),
            };
        }
    }
}
