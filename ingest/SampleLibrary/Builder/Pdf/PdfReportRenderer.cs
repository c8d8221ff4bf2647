using System.Globalization;
using Knowledge.SampleLibrary.Builder.Sources;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Knowledge.SampleLibrary.Builder.Pdf;

/// <summary>
/// Lays a source out as an A4 report: title block, one or two justified columns, running header
/// and "N / M" footer on every page, grid tables, raised note markers and a numbered notes section.
/// </summary>
internal sealed class PdfReportRenderer : IDisposable
{
    private const double MarginX = 62;
    private const double Top = 74;
    private const double Bottom = 778;
    private const double ColumnGap = 18;

    private static readonly XColor Accent = XColor.FromArgb(0x1F, 0x3A, 0x5F);
    private static readonly XBrush Ink = XBrushes.Black;
    private static readonly XBrush AccentBrush = new XSolidBrush(Accent);
    private static readonly XBrush Grey = new XSolidBrush(XColor.FromArgb(0x60, 0x60, 0x60));
    private static readonly XBrush TableHeaderFill = new XSolidBrush(XColor.FromArgb(0xE4, 0xE9, 0xF0));
    private static readonly XBrush CalloutFill = new XSolidBrush(XColor.FromArgb(0xF1, 0xF4, 0xF8));
    private static readonly XPen GridPen = new(XColor.FromArgb(0x80, 0x80, 0x80), 0.5);
    private static readonly XPen RulePen = new(Accent, 0.8);

    private readonly ReportSource _source;
    private readonly PdfDocument _document = new();
    private readonly FontSet _body = FontSet.Of(9.5);
    private readonly FontSet _small = FontSet.Of(8);
    private readonly FontSet _h1 = FontSet.Of(13);
    private readonly FontSet _h2 = FontSet.Of(10.5);
    private readonly FontSet _title = FontSet.Of(19);
    private readonly FontSet _subtitle = FontSet.Of(11);

    private XGraphics _gfx = null!;
    private TextLayout _layout = null!;
    private double _pageWidth;
    private double _columnTop;
    private int _column;
    private double _y;
    private int _tableCount;

    public PdfReportRenderer(ReportSource source)
    {
        _source = source;
        NewPage();
    }

    private double ContentWidth => _pageWidth - 2 * MarginX;

    private double ColumnWidth => _source.Columns == 1 ? ContentWidth : (ContentWidth - ColumnGap) / 2;

    private double ColumnX => MarginX + _column * (ColumnWidth + ColumnGap);

    private bool AtColumnTop => _y <= _columnTop + 0.1;

    public void Render(string outputPath)
    {
        DrawTitleBlock();
        foreach (var block in _source.Blocks)
        {
            switch (block)
            {
                case Heading h:
                    DrawHeading(h.Level == 1 ? _h1 : _h2, h.Text, h.Level == 1 ? 14 : 9);
                    break;
                case Paragraph p:
                    DrawText(p.Runs, _body, indent: 0, spacingAfter: 6);
                    break;
                case BulletItem b:
                    DrawBullet(b.Runs);
                    break;
                case Callout c:
                    DrawCallout(c.Runs);
                    break;
                case Table t:
                    DrawTable(t);
                    break;
            }
        }

        DrawNotes();
        _gfx.Dispose();
        DrawRunningHeadersAndFooters();
        SetMetadata();
        using var buffer = new MemoryStream();
        _document.Save(buffer);
        File.WriteAllBytes(outputPath, ReproduciblePdf.Normalize(buffer.ToArray(), _source.SourceFile));
    }

    public void Dispose() => _document.Dispose();

    private void NewPage()
    {
        _gfx?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _pageWidth = page.Width.Point;
        _gfx = XGraphics.FromPdfPage(page);
        _layout = new TextLayout(_gfx);
        _column = 0;
        _y = _columnTop = Top;
    }

    private void NextColumn()
    {
        if (_source.Columns == 2 && _column == 0)
        {
            _column = 1;
            _y = _columnTop;
            return;
        }

        NewPage();
    }

    private void EnsureSpace(double height)
    {
        if (_y + height > Bottom && !AtColumnTop)
            NextColumn();
    }

    private static double LineHeight(FontSet fonts) => fonts.Size * 1.42;

    private void DrawTitleBlock()
    {
        var kindLabel = KindLabel(_source.Kind, _source.IsFrench).ToUpperInvariant();
        _gfx.DrawString(kindLabel, _small.Bold, AccentBrush, MarginX, _y + 8, XStringFormats.BaseLineLeft);
        _y += 20;

        DrawWrapped([new Run(_source.Title, RunStyle.Bold)], _title, MarginX, ContentWidth, AccentBrush, justify: false);
        if (_source.Subtitle is { } subtitle)
        {
            _y += 2;
            DrawWrapped([new Run(subtitle, RunStyle.Italic)], _subtitle, MarginX, ContentWidth, Ink, justify: false);
        }

        _y += 6;
        DrawWrapped([new Run($"{_source.Publisher} · {_source.Year}", RunStyle.Regular)], _small, MarginX, ContentWidth, Grey, justify: false);
        var disclaimer = _source.IsFrench
            ? "Document d’exemple rédigé pour le projet Knowledge. Les chiffres et références proviennent des sources publiques citées en notes."
            : "Sample document written for the Knowledge project. Figures and references come from the public sources cited in the notes.";
        DrawWrapped([new Run(disclaimer, RunStyle.Italic)], _small, MarginX, ContentWidth, Grey, justify: false);
        _y += 6;
        _gfx.DrawLine(RulePen, MarginX, _y, MarginX + ContentWidth, _y);
        _y += 14;
        _columnTop = _y;
    }

    private void DrawHeading(FontSet fonts, string text, double spaceBefore)
    {
        var words = _layout.Words([new Run(text, RunStyle.Bold)], fonts);
        var lines = TextLayout.Lines(words, ColumnWidth, _layout.Measure(" ", fonts.Bold));
        var height = lines.Count * LineHeight(fonts);

        // Keep a heading with the first lines that follow it.
        EnsureSpace(spaceBefore + height + 3 * LineHeight(_body));
        if (!AtColumnTop)
            _y += spaceBefore;
        foreach (var line in lines)
        {
            _layout.DrawLine(_gfx, line, fonts, ColumnX, _y + fonts.Size, ColumnWidth, justify: false, AccentBrush);
            _y += LineHeight(fonts);
        }

        _y += 3;
    }

    private void DrawText(IReadOnlyList<Run> runs, FontSet fonts, double indent, double spacingAfter)
    {
        DrawWrapped(runs, fonts, ColumnX + indent, ColumnWidth - indent, Ink, justify: true, flow: true, indent);
        _y += spacingAfter;
    }

    /// <summary>
    /// Draws justified (or ragged) lines from <see cref="_y"/>. With <paramref name="flow"/> the
    /// text may continue in the next column or page; two lines at least stay together.
    /// </summary>
    private void DrawWrapped(IReadOnlyList<Run> runs, FontSet fonts, double x, double width, XBrush brush,
        bool justify, bool flow = false, double indent = 0)
    {
        var lines = TextLayout.Lines(_layout.Words(runs, fonts), width, _layout.Measure(" ", fonts.Regular));
        var lineHeight = LineHeight(fonts);
        for (var i = 0; i < lines.Count; i++)
        {
            if (flow)
            {
                EnsureSpace(i == 0 ? Math.Min(2, lines.Count) * lineHeight : lineHeight);
                x = ColumnX + indent;
            }

            var isLast = i == lines.Count - 1;
            _layout.DrawLine(_gfx, lines[i], fonts, x, _y + fonts.Size, width, justify && !isLast, brush);
            _y += lineHeight;
        }
    }

    private void DrawBullet(IReadOnlyList<Run> runs)
    {
        const double indent = 14;
        EnsureSpace(2 * LineHeight(_body));
        _gfx.DrawString("•", _body.Regular, AccentBrush, ColumnX + 4, _y + _body.Size, XStringFormats.BaseLineLeft);
        DrawText(runs, _body, indent, spacingAfter: 3);
    }

    private void DrawCallout(IReadOnlyList<Run> runs)
    {
        const double pad = 8;
        var width = ColumnWidth - 2 * pad - 3;
        var lines = TextLayout.Lines(_layout.Words(runs, _body), width, _layout.Measure(" ", _body.Regular));
        var height = lines.Count * LineHeight(_body) + 2 * pad;
        EnsureSpace(height + 4);
        _y += 2;
        _gfx.DrawRectangle(CalloutFill, ColumnX, _y, ColumnWidth, height);
        _gfx.DrawRectangle(AccentBrush, ColumnX, _y, 3, height);
        var top = _y;
        _y += pad;
        for (var i = 0; i < lines.Count; i++)
        {
            _layout.DrawLine(_gfx, lines[i], _body, ColumnX + pad + 3, _y + _body.Size, width, i < lines.Count - 1, Ink);
            _y += LineHeight(_body);
        }

        _y = top + height + 10;
    }

    private void DrawTable(Table table)
    {
        const double pad = 3.5;
        var fonts = _small;
        var lineHeight = LineHeight(fonts);
        var width = ColumnWidth;
        var columns = table.Rows[0].Count;

        var cells = table.Rows
            .Select((row, r) => row.Select(cell => _layout.Words(
                r == 0 ? cell.Select(run => run with { Style = run.Style == RunStyle.NoteMarker ? run.Style : RunStyle.Bold }) : cell,
                fonts)).ToList())
            .ToList();
        var space = _layout.Measure(" ", fonts.Regular);
        var natural = new double[columns];
        var minimum = new double[columns];
        foreach (var row in cells)
        {
            for (var c = 0; c < columns; c++)
            {
                var words = row[c];
                natural[c] = Math.Max(natural[c], words.Sum(w => w.Width) + space * Math.Max(0, words.Count - 1) + 2 * pad);
                minimum[c] = Math.Max(minimum[c], words.Count == 0 ? 2 * pad : words.Max(w => w.Width) + 2 * pad);
            }
        }

        var widths = ColumnWidths(natural, minimum, width);

        _tableCount++;
        if (table.Caption is { } caption)
        {
            var label = (_source.IsFrench ? "Tableau " : "Table ") + _tableCount.ToString(CultureInfo.InvariantCulture) + " – ";
            EnsureSpace(LineHeight(fonts) * 2 + RowHeight(cells[0]) + RowHeight(cells.Count > 1 ? cells[1] : cells[0]));
            DrawWrapped([new Run(label + caption, RunStyle.Bold)], fonts, ColumnX, width, AccentBrush, justify: false, flow: true);
            _y += 2;
        }

        for (var r = 0; r < cells.Count; r++)
        {
            var height = RowHeight(cells[r]);
            if (_y + height > Bottom && !AtColumnTop)
            {
                NextColumn();
                if (r > 0)
                    DrawRow(cells[0], header: true);
            }

            DrawRow(cells[r], header: r == 0);
        }

        _y += 10;

        double RowHeight(List<List<Word>> row) =>
            row.Select((words, c) => TextLayout.Lines(words, widths[c] - 2 * pad, space).Count).Max() * lineHeight + 2 * pad;

        void DrawRow(List<List<Word>> row, bool header)
        {
            var height = RowHeight(row);
            var x = ColumnX;
            for (var c = 0; c < columns; c++)
            {
                if (header)
                    _gfx.DrawRectangle(TableHeaderFill, x, _y, widths[c], height);
                _gfx.DrawRectangle(GridPen, x, _y, widths[c], height);
                var y = _y + pad;
                foreach (var line in TextLayout.Lines(row[c], widths[c] - 2 * pad, space))
                {
                    _layout.DrawLine(_gfx, line, fonts, x + pad, y + fonts.Size, widths[c] - 2 * pad, justify: false, Ink);
                    y += lineHeight;
                }

                x += widths[c];
            }

            _y += height;
        }
    }

    /// <summary>Natural widths when they fit; otherwise every column keeps its longest word and shares the rest.</summary>
    private static double[] ColumnWidths(double[] natural, double[] minimum, double width)
    {
        var total = natural.Sum();
        if (total <= width)
            return natural.Select(n => n * width / total).ToArray();

        var minTotal = minimum.Sum();
        var slack = natural.Select((n, i) => n - minimum[i]).ToArray();
        var slackTotal = slack.Sum();
        return minimum.Select((m, i) => m + (width - minTotal) * (slackTotal > 0 ? slack[i] / slackTotal : 1.0 / minimum.Length)).ToArray();
    }

    private void DrawNotes()
    {
        if (_source.Notes.Count == 0)
            return;

        DrawHeading(_h1, "Notes", 14);
        const double hang = 16;
        for (var i = 0; i < _source.Notes.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture) + ".";
            EnsureSpace(LineHeight(_small) * 2);
            _gfx.DrawString(number, _small.Regular, Ink, ColumnX, _y + _small.Size, XStringFormats.BaseLineLeft);
            DrawWrapped(_source.Notes[i], _small, ColumnX + hang, ColumnWidth - hang, Ink, justify: false, flow: true, indent: hang);
            _y += 3;
        }
    }

    private void DrawRunningHeadersAndFooters()
    {
        var count = _document.PageCount;
        var total = count.ToString(CultureInfo.InvariantCulture);
        var footerLeft = _source.IsFrench
            ? $"Document d’exemple · {_source.Year}"
            : $"Sample document · {_source.Year}";
        for (var i = 0; i < count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var right = MarginX + ContentWidth;
            gfx.DrawString(_source.ShortTitle, _small.Regular, Grey, MarginX, 44, XStringFormats.BaseLineLeft);
            gfx.DrawString(_source.Publisher, _small.Regular, Grey, right, 44, XStringFormats.BaseLineRight);
            gfx.DrawLine(GridPen, MarginX, 50, right, 50);

            gfx.DrawLine(GridPen, MarginX, 796, right, 796);
            gfx.DrawString(footerLeft, _small.Regular, Grey, MarginX, 810, XStringFormats.BaseLineLeft);
            gfx.DrawString($"{(i + 1).ToString(CultureInfo.InvariantCulture)} / {total}", _small.Regular, Ink,
                right, 810, XStringFormats.BaseLineRight);
        }
    }

    private void SetMetadata()
    {
        var info = _document.Info;
        info.Title = _source.Title;
        info.Author = _source.Publisher;
        info.Subject = _source.Subtitle ?? KindLabel(_source.Kind, _source.IsFrench);
        info.Keywords = string.Join(", ", _source.Countries);
        info.Creator = "Knowledge.SampleLibrary.Builder";

        // A fixed date from the front matter keeps rebuilt files identical to the committed ones.
        var date = new DateTime(_source.Year, 6, 30, 12, 0, 0, DateTimeKind.Utc);
        info.CreationDate = date;
        info.ModificationDate = date;
    }

    public static string KindLabel(string kind, bool french) => (kind, french) switch
    {
        ("country-overview", true) => "Aperçu pays",
        ("country-overview", false) => "Country overview",
        ("research-report", true) => "Rapport de recherche",
        ("research-report", false) => "Research report",
        ("strategy", true) => "Stratégie",
        ("strategy", false) => "Strategy",
        ("policy-brief", true) => "Note d’orientation",
        ("policy-brief", false) => "Policy brief",
        (_, true) => "Document",
        _ => "Document",
    };
}
