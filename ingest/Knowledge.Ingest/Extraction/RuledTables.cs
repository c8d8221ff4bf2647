using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Knowledge.Ingest.Extraction;

/// <summary>
/// A table outlined by ruling lines: its box and the positions of its column and row rules.
/// <see cref="Xs"/> run left to right; <see cref="Ys"/> top to bottom. A table ruled only
/// horizontally has no inner column rules: its columns are read from the white space.
/// </summary>
internal sealed record TableGrid(double Left, double Right, double Bottom, double Top, double[] Xs, double[] Ys)
{
    /// <summary>Column rules on both sides of at least two columns.</summary>
    public bool HasColumns => Xs.Length >= 3;
}

/// <summary>
/// Finds tables drawn with ruling lines: stroked lines and rectangle edges, and the thin filled
/// rectangles that browsers and word processors print borders as. Rules that touch form one
/// table; one needs at least two rows and two columns of cells, so a framed box of prose is not
/// one. Rules stacked with the same extent and no column rules (a table ruled only between
/// rows) make a table too when there are at least three.
/// </summary>
internal static class RuledTables
{
    private const double Thin = 2.5;
    private const double Touch = 2.5;
    private const double MinRule = 4;

    public static List<TableGrid> Find(Page page)
    {
        var horizontal = new List<Segment>();
        var vertical = new List<Segment>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled))
            {
                continue;
            }

            foreach (var sub in path)
            {
                if (sub.GetBoundingRectangle() is not { } box)
                {
                    continue;
                }

                if (box.Width <= Thin && box.Height >= MinRule)
                {
                    vertical.Add(new Segment((box.Left + box.Right) / 2, box.Bottom, box.Top));
                }
                else if (box.Height <= Thin && box.Width >= MinRule)
                {
                    horizontal.Add(new Segment((box.Bottom + box.Top) / 2, box.Left, box.Right));
                }
                else if (path.IsStroked)
                {
                    AddEdges(sub, horizontal, vertical);
                }
            }

            // A page drawn as thousands of tiny strokes (a chart, a map) is not a table: give up early.
            if (horizontal.Count + vertical.Count > 4000)
            {
                return [];
            }
        }

        var grids = new List<TableGrid>();
        if (horizontal.Count < 3)
        {
            return grids;
        }

        var used = new bool[horizontal.Count];
        if (vertical.Count >= 3)
        {
            FullGrids(horizontal, vertical, used, grids);
        }

        RowRuledGrids(horizontal, used, grids);
        return grids;
    }

    private static void AddEdges(PdfSubpath sub, List<Segment> horizontal, List<Segment> vertical)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in sub.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    Add(line.From, line.To);
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    Add(c, s);
                    current = s;
                    break;
                default:
                    // A curve breaks the outline; what follows starts from its end point, which the
                    // next line command carries.
                    break;
            }
        }

        void Add(PdfPoint a, PdfPoint b)
        {
            if (Math.Abs(a.Y - b.Y) <= 0.5 && Math.Abs(a.X - b.X) >= MinRule)
            {
                horizontal.Add(new Segment(a.Y, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
            }
            else if (Math.Abs(a.X - b.X) <= 0.5 && Math.Abs(a.Y - b.Y) >= MinRule)
            {
                vertical.Add(new Segment(a.X, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
            }
        }
    }

    /// <summary>Groups crossing horizontal and vertical rules into tables with rules on every side of their cells.</summary>
    private static void FullGrids(List<Segment> horizontal, List<Segment> vertical, bool[] used, List<TableGrid> grids)
    {
        var parent = Enumerable.Range(0, horizontal.Count + vertical.Count).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        for (var h = 0; h < horizontal.Count; h++)
        {
            var hs = horizontal[h];
            for (var v = 0; v < vertical.Count; v++)
            {
                var vs = vertical[v];
                if (vs.At >= hs.From - Touch && vs.At <= hs.To + Touch && hs.At >= vs.From - Touch && hs.At <= vs.To + Touch)
                {
                    parent[Root(h)] = Root(horizontal.Count + v);
                }
            }
        }

        foreach (var group in Enumerable.Range(0, parent.Length).GroupBy(Root))
        {
            var hs = group.Where(i => i < horizontal.Count).ToList();
            var vs = group.Where(i => i >= horizontal.Count).Select(i => vertical[i - horizontal.Count]).ToList();
            var xs = Cluster(vs.Select(s => s.At));
            var ys = Cluster(hs.Select(i => horizontal[i].At));
            if (xs.Length < 3 || ys.Length < 3)
            {
                continue;
            }

            var left = xs[0];
            var right = xs[^1];
            if (right - left < 40 || ys[^1] - ys[0] < 12)
            {
                continue;
            }

            foreach (var i in hs)
            {
                used[i] = true;
            }

            grids.Add(new TableGrid(left, right, ys[0], ys[^1], xs, [.. ys.Reverse()]));
        }
    }

    /// <summary>At least three rules of one extent stacked close together, with no column rules: a table ruled between rows.</summary>
    private static void RowRuledGrids(List<Segment> horizontal, bool[] used, List<TableGrid> grids)
    {
        var free = Enumerable.Range(0, horizontal.Count).Where(i => !used[i] && horizontal[i].To - horizontal[i].From >= 100).Select(i => horizontal[i]).ToList();
        foreach (var sameExtent in free.GroupBy(s => ((int)Math.Round(s.From / 3), (int)Math.Round(s.To / 3))))
        {
            var ys = Cluster(sameExtent.Select(s => s.At)).Reverse().ToArray();
            var run = new List<double> { };
            for (var i = 0; i <= ys.Length; i++)
            {
                if (i < ys.Length && (run.Count == 0 || run[^1] - ys[i] <= 90))
                {
                    run.Add(ys[i]);
                    continue;
                }

                var first = sameExtent.First();
                if (run.Count >= 3 && !grids.Any(g => Overlaps(g, first.From, first.To, run[^1], run[0])))
                {
                    grids.Add(new TableGrid(first.From, first.To, run[^1], run[0], [first.From, first.To], [.. run]));
                }

                run.Clear();
                if (i < ys.Length)
                {
                    run.Add(ys[i]);
                }
            }
        }
    }

    private static bool Overlaps(TableGrid g, double left, double right, double bottom, double top) =>
        left < g.Right && right > g.Left && bottom < g.Top && top > g.Bottom;

    /// <summary>Distinct positions, ascending; rules closer than <see cref="Touch"/> (double rules, cell borders drawn twice) are one.</summary>
    private static double[] Cluster(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var result = new List<double>();
        foreach (var v in sorted)
        {
            if (result.Count == 0 || v - result[^1] > Touch)
            {
                result.Add(v);
            }
        }

        return [.. result];
    }

    private readonly record struct Segment(double At, double From, double To);
}
