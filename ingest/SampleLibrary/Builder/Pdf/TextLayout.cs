using Knowledge.SampleLibrary.Builder.Sources;
using PdfSharp.Drawing;

namespace Knowledge.SampleLibrary.Builder.Pdf;

/// <summary>A measured piece of a word in one font; note markers are raised by <see cref="Rise"/>.</summary>
internal sealed record Piece(string Text, XFont Font, double Rise, double Width);

/// <summary>A word between two spaces; a note marker glued to it stays on the same line.</summary>
internal sealed record Word(IReadOnlyList<Piece> Pieces)
{
    public double Width { get; } = Pieces.Sum(p => p.Width);
}

/// <summary>The fonts one kind of text is set in: regular, bold, italic and the note-marker size.</summary>
internal sealed record FontSet(XFont Regular, XFont Bold, XFont Italic, XFont Marker)
{
    public static FontSet Of(double size) => new(
        new XFont(DejaVuFontResolver.Family, size, XFontStyleEx.Regular),
        new XFont(DejaVuFontResolver.Family, size, XFontStyleEx.Bold),
        new XFont(DejaVuFontResolver.Family, size, XFontStyleEx.Italic),
        new XFont(DejaVuFontResolver.Family, size * 0.62, XFontStyleEx.Regular));

    public double Size => Regular.Size;

    public XFont For(RunStyle style) => style switch
    {
        RunStyle.Bold => Bold,
        RunStyle.Italic => Italic,
        RunStyle.NoteMarker => Marker,
        _ => Regular,
    };
}

/// <summary>
/// Breaks runs into words and words into lines, measuring every piece with
/// <see cref="XGraphics.MeasureString(string, XFont)"/> so justified lines fill the measure exactly.
/// </summary>
internal sealed class TextLayout(XGraphics measure)
{
    public double Measure(string text, XFont font) => measure.MeasureString(text, font).Width;

    public List<Word> Words(IEnumerable<Run> runs, FontSet fonts)
    {
        var words = new List<Word>();
        var current = new List<Piece>();

        void EndWord()
        {
            if (current.Count > 0)
                words.Add(new Word(current));
            current = [];
        }

        foreach (var run in runs)
        {
            var font = fonts.For(run.Style);
            if (run.Style == RunStyle.NoteMarker)
            {
                // A marker belongs to the word before it; PDF readers then see "mariage¹" as one token.
                current.Add(new Piece(run.Text, font, fonts.Size * 0.38, Measure(run.Text, font)));
                continue;
            }

            var parts = run.Text.Split(' ');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                    EndWord();
                if (parts[i].Length > 0)
                    current.Add(new Piece(parts[i], font, 0, Measure(parts[i], font)));
            }
        }

        EndWord();
        return GlueFrenchPunctuation(words, fonts);
    }

    /// <summary>
    /// French sets a space before « » : ; ! ? and % ; that space must never become a line break,
    /// so those marks travel with their word (the space stays a real, measured space glyph).
    /// </summary>
    private List<Word> GlueFrenchPunctuation(List<Word> words, FontSet fonts)
    {
        static bool IsMark(Word w, string mark) =>
            w.Pieces.Count == 1 && w.Pieces[0].Rise == 0 && w.Pieces[0].Text == mark;

        var space = new Piece(" ", fonts.Regular, 0, Measure(" ", fonts.Regular));
        var glued = new List<Word>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (IsMark(word, "«") && i + 1 < words.Count)
            {
                words[i + 1] = new Word([.. word.Pieces, space, .. words[i + 1].Pieces]);
                continue;
            }

            if (glued.Count > 0 && word.Pieces.Count == 1 && word.Pieces[0].Text is "»" or ":" or ";" or "!" or "?" or "%" or "»," or "»." or "%," or "%." or "%)")
            {
                glued[^1] = new Word([.. glued[^1].Pieces, space, .. word.Pieces]);
                continue;
            }

            glued.Add(word);
        }

        return glued;
    }

    public static List<List<Word>> Lines(IReadOnlyList<Word> words, double width, double spaceWidth)
    {
        var lines = new List<List<Word>>();
        var line = new List<Word>();
        var used = 0.0;
        foreach (var word in words)
        {
            var needed = line.Count == 0 ? word.Width : used + spaceWidth + word.Width;
            if (line.Count > 0 && needed > width)
            {
                lines.Add(line);
                line = [word];
                used = word.Width;
                continue;
            }

            line.Add(word);
            used = needed;
        }

        if (line.Count > 0)
            lines.Add(line);
        return lines;
    }

    /// <summary>
    /// Draws one line. Every gap between words carries a real space glyph (drawn with the word
    /// before it) so text extractors read spaces, not just gaps; justification adds room after it.
    /// </summary>
    public void DrawLine(XGraphics gfx, IReadOnlyList<Word> line, FontSet fonts, double x, double baseline,
        double width, bool justify, XBrush brush)
    {
        var space = Measure(" ", fonts.Regular);
        var natural = line.Sum(w => w.Width) + space * (line.Count - 1);
        var extra = justify && line.Count > 1 ? Math.Max(0, (width - natural) / (line.Count - 1)) : 0;
        var cursor = x;
        for (var i = 0; i < line.Count; i++)
        {
            var pieces = line[i].Pieces;
            for (var p = 0; p < pieces.Count; p++)
            {
                var piece = pieces[p];
                var last = p == pieces.Count - 1 && i < line.Count - 1;
                var trailingSpace = last && piece.Rise == 0 && piece.Font.Size == fonts.Size;
                gfx.DrawString(trailingSpace ? piece.Text + " " : piece.Text, piece.Font, brush,
                    cursor, baseline - piece.Rise, XStringFormats.BaseLineLeft);
                if (last && !trailingSpace)
                    gfx.DrawString(" ", fonts.Regular, brush, cursor + piece.Width, baseline, XStringFormats.BaseLineLeft);
                cursor += piece.Width;
            }

            cursor += space + extra;
        }
    }
}
