using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Outline;

namespace Knowledge.Ingest.Extraction;

/// <summary>Reads a PDF with PdfPig into an <see cref="ExtractedDocument"/>, one page at a time.</summary>
internal static class PdfTextExtractor
{
    public static ExtractedDocument Extract(Stream pdf, IReadOnlyList<string> passwords, CancellationToken cancellationToken, int pageParallelism = 1)
    {
        var options = new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = true,
            ClipPaths = false,
            // An empty user password is tried first, so files "encrypted" only against editing open.
            Passwords = [string.Empty, .. passwords],
        };

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(pdf, options);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw passwords.Count == 0
                ? new ExtractionException("encrypted", "chiffré : mot de passe requis", ex)
                : new ExtractionException("bad-password", "chiffré : mot de passe incorrect", ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            throw new ExtractionException("unreadable", $"fichier PDF illisible : {ex.Message}", ex);
        }

        using (document)
        {
            var count = document.NumberOfPages;
            var results = new PageResult[count];

            // The parser walks pages in order on this thread; the layout of each parsed page (the
            // larger half of the work) runs beside it, so one long document uses every core.
            var inFlight = new Queue<Task>();
            for (var n = 1; n <= count; n++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var index = n - 1;
                Page page;
                try
                {
                    page = document.GetPage(n);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
                {
                    // One unreadable page never costs the rest of the document; it is reported.
                    results[index] = PageResult.Unreadable($"page {n} illisible : {ex.GetType().Name} — {ex.Message}");
                    continue;
                }

                if (pageParallelism <= 1)
                {
                    results[index] = AnalyzePage(page, index);
                    continue;
                }

                while (inFlight.Count >= pageParallelism * 2)
                {
                    inFlight.Dequeue().GetAwaiter().GetResult();
                }

                inFlight.Enqueue(Task.Run(() => results[index] = AnalyzePage(page, index), cancellationToken));
            }

            while (inFlight.Count > 0)
            {
                inFlight.Dequeue().GetAwaiter().GetResult();
            }

            var warnings = results.SelectMany(r => r.Warnings).ToList();
            var pages = results.Select(r => r.Lines).ToList();
            var failedPages = results.Count(r => r.Failed);

            if (document.NumberOfPages > 0 && failedPages == document.NumberOfPages)
            {
                throw new ExtractionException("unreadable", $"aucune page lisible ({warnings[0]})");
            }

            if (pages.All(p => p.Count == 0))
            {
                throw new ExtractionException("no-text", "aucune couche texte : document scanné, OCR nécessaire");
            }

            var (blocks, notes) = DocumentAssembler.Assemble(pages, BookmarkLevels(document));
            return new ExtractedDocument
            {
                Title = MeaningfulTitle(document.Information.Title),
                Author = string.IsNullOrWhiteSpace(document.Information.Author) ? null : document.Information.Author.Trim(),
                Pages = document.NumberOfPages,
                Blocks = blocks,
                Notes = notes,
                Warnings = warnings,
            };
        }
    }

    /// <summary>Region ids are made unique per page up front so pages can be laid out in any order.</summary>
    private const int RegionsPerPage = 100_000;

    private static PageResult AnalyzePage(Page page, int index)
    {
        var warnings = new List<string>();
        try
        {
            return new PageResult(PageLayout.Analyze(page, index * RegionsPerPage, warnings), warnings, false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            warnings.Add($"page {page.Number} illisible : {ex.GetType().Name} — {ex.Message}");
            return new PageResult([], warnings, true);
        }
    }

    private sealed record PageResult(IReadOnlyList<PageLine> Lines, IReadOnlyList<string> Warnings, bool Failed)
    {
        public static PageResult Unreadable(string warning) => new([], [warning], true);
    }

    private static Dictionary<string, int>? BookmarkLevels(PdfDocument document)
    {
        try
        {
            if (!document.TryGetBookmarks(out var bookmarks))
            {
                return null;
            }

            var levels = new Dictionary<string, int>(StringComparer.Ordinal);
            void Walk(IEnumerable<BookmarkNode> nodes)
            {
                foreach (var node in nodes)
                {
                    var key = TextCleanup.FoldForKey(TextCleanup.Normalize(node.Title ?? string.Empty));
                    if (key.Length > 0)
                    {
                        levels.TryAdd(key, node.Level + 1);
                    }

                    Walk(node.Children);
                }
            }

            Walk(bookmarks.Roots);
            return levels.Count > 0 ? levels : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Bookmarks only refine heading levels; a broken outline is not worth failing over.
            return null;
        }
    }

    private static string? MeaningfulTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var t = TextCleanup.CollapseSpaces(TextCleanup.Normalize(title));
        if (t.Length < 4
            || t.StartsWith("Microsoft Word", StringComparison.OrdinalIgnoreCase)
            || t.EndsWith(".doc", StringComparison.OrdinalIgnoreCase)
            || t.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)
            || t.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
            || t.Equals("untitled", StringComparison.OrdinalIgnoreCase)
            || t.Equals("sans titre", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return t;
    }
}
