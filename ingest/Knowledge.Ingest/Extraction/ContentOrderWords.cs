using UglyToad.PdfPig.Content;

namespace Knowledge.Ingest.Extraction;

/// <summary>
/// Groups a page's letters into words in one pass over the order the page draws them, as poppler's
/// <c>pdftotext</c> does: a letter joins the word before it when it starts where that word's last
/// letter ends (the nearest-neighbour extractor's own test: Manhattan distance under 20 % of the
/// larger of the two letters' widths and sizes), or when it is drawn over that letter (an accent,
/// a kerned apostrophe). Most pages draw their text in order, and there this gives the words the
/// nearest-neighbour search gives, without building a k-d tree per page (a quarter of extraction's
/// CPU). A page that draws letters of one line out of order is left to the nearest-neighbour
/// search: <see cref="TryGroup"/> then says no.
/// </summary>
internal static class ContentOrderWords
{
    /// <summary>Letters of one line drawn right to left of the letter before: the page is not drawn in reading order.</summary>
    private const double BackwardTolerance = 0.1;

    public static bool TryGroup(List<Letter> letters, out List<Word> words)
    {
        words = new List<Word>(letters.Count / 5);
        var current = new List<Letter>(16);
        Letter? last = null;
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                Close(current, words);
                last = null;
                continue;
            }

            if (last is not null && SameLine(last, letter) && letter.StartBaseLine.X < last.StartBaseLine.X - (BackwardTolerance * Size(last, letter)) && !Overlaps(last, letter))
            {
                // Drawn out of order on its line (a kerned apostrophe placed after its word, a
                // right-to-left run): only the neighbour search finds where it belongs.
                words = [];
                return false;
            }

            if (last is not null && !Joins(last, letter))
            {
                Close(current, words);
            }

            current.Add(letter);
            last = letter;
        }

        Close(current, words);
        return true;
    }

    private static bool Joins(Letter previous, Letter next)
    {
        var gap = Math.Abs(next.StartBaseLine.X - previous.EndBaseLine.X) + Math.Abs(next.StartBaseLine.Y - previous.EndBaseLine.Y);
        var limit = 0.2 * Math.Max(
            Math.Max(Math.Max(Math.Abs(previous.BoundingBox.Width), Math.Abs(next.BoundingBox.Width)), Math.Max(Math.Abs(previous.Width), Math.Abs(next.Width))),
            Math.Max(previous.PointSize, next.PointSize));
        return gap < limit || (SameLine(previous, next) && Overlaps(previous, next));
    }

    /// <summary>The next letter starts inside the previous one: an accent or an apostrophe drawn over it.</summary>
    private static bool Overlaps(Letter previous, Letter next)
    {
        var left = Math.Min(previous.StartBaseLine.X, previous.EndBaseLine.X);
        var right = Math.Max(previous.StartBaseLine.X, previous.EndBaseLine.X);
        return next.StartBaseLine.X >= left - 0.01 && next.StartBaseLine.X < right;
    }

    private static bool SameLine(Letter a, Letter b) => Math.Abs(a.StartBaseLine.Y - b.StartBaseLine.Y) < 0.3 * Size(a, b);

    private static double Size(Letter a, Letter b) => Math.Max(1, Math.Max(a.PointSize, b.PointSize));

    private static void Close(List<Letter> current, List<Word> words)
    {
        if (current.Count > 0)
        {
            words.Add(new Word([.. current]));
            current.Clear();
        }
    }
}
