using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Knowledge.Ingest.Extraction.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Outline;

namespace Knowledge.Ingest.Extraction;

/// <summary>What OCR a PDF extraction may use: the engine, the document's language if known, and a
/// callback that starts OCR's own time budget.</summary>
internal sealed record OcrRun(TesseractOcr Engine, string? Language = null, Action? Started = null);

/// <summary>
/// Reads a PDF with PdfPig into an <see cref="ExtractedDocument"/>, one page at a time. Pages with
/// no text layer but an image are read by OCR when it is available, and their words take the
/// same layout path as the others.
/// </summary>
internal static class PdfTextExtractor
{
    /// <summary>Below this mean word confidence an OCR page is reported as unreliable.</summary>
    public const double LowConfidence = 70;

    public static ExtractedDocument Extract(Stream pdf, IReadOnlyList<string> passwords, CancellationToken cancellationToken, int pageParallelism = 1, ExtractionLimits? limits = null, OcrRun? ocr = null)
    {
        limits ??= new ExtractionLimits();
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
            if (count > limits.MaxPages)
            {
                throw ExtractionLimits.Oversized(string.Create(CultureInfo.InvariantCulture, $"{count} pages (limite {limits.MaxPages})"));
            }

            var results = new PageResult[count];
            ReadPagesInOrder(document, pageParallelism, results, limits, cancellationToken);

            if (results.FirstOrDefault(r => r.Oversized is not null) is { } over)
            {
                throw ExtractionLimits.Oversized(over.Oversized!);
            }

            var ocrPages = ReadScannedPages(pdf, results, ocr, out var ocrWarnings, cancellationToken);
            var warnings = results.SelectMany(r => r.Warnings).Concat(ocrWarnings).ToList();
            var pages = results.Select(r => r.Lines).ToList();
            var failedPages = results.Count(r => r.Failed);

            if (document.NumberOfPages > 0 && failedPages == document.NumberOfPages)
            {
                throw new ExtractionException("unreadable", $"aucune page lisible ({warnings[0]})");
            }

            if (pages.All(p => p.Count == 0))
            {
                throw NoText(results, ocr, ocrPages);
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
                OcrPages = ocrPages,
            };
        }
    }

    /// <summary>
    /// The parser walks pages in order on this thread; the layout of each parsed page runs beside
    /// it, up to <paramref name="pageParallelism"/> pages at once.
    /// </summary>
    private static void ReadPagesInOrder(PdfDocument document, int pageParallelism, PageResult[] results, ExtractionLimits limits, CancellationToken cancellationToken)
    {
        var inFlight = new Queue<Task>();
        for (var n = 1; n <= results.Length; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var index = n - 1;
            if (!TryGetPage(document, n, results, out var page))
            {
                continue;
            }

            if (pageParallelism <= 1)
            {
                results[index] = AnalyzePage(page, index, limits);
                continue;
            }

            while (inFlight.Count >= pageParallelism * 2)
            {
                inFlight.Dequeue().GetAwaiter().GetResult();
            }

            inFlight.Enqueue(Task.Run(() => results[index] = AnalyzePage(page, index, limits), cancellationToken));
        }

        while (inFlight.Count > 0)
        {
            inFlight.Dequeue().GetAwaiter().GetResult();
        }
    }

    private static bool TryGetPage(PdfDocument document, int n, PageResult[] results, [NotNullWhen(true)] out Page? page)
    {
        try
        {
            page = document.GetPage(n);
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            // One unreadable page never costs the rest of the document; it is reported.
            results[n - 1] = PageResult.Unreadable($"page {n} illisible : {ex.GetType().Name} — {ex.Message}");
            page = null;
            return false;
        }
    }

    /// <summary>
    /// Reads the pages that have an image but no text by OCR, in place. Without OCR the pages are
    /// named in a warning that says which package is missing.
    /// </summary>
    private static Dictionary<int, double> ReadScannedPages(Stream pdf, PageResult[] results, OcrRun? ocr, out List<string> warnings, CancellationToken cancellationToken)
    {
        warnings = [];
        var confidences = new Dictionary<int, double>();
        var scanned = Enumerable.Range(1, results.Length).Where(n => results[n - 1].Scanned).ToList();
        if (scanned.Count == 0 || ocr is null || !ocr.Engine.Settings.Enabled)
        {
            return confidences;
        }

        var availability = ocr.Engine.Availability;
        if (!availability.Available)
        {
            if (scanned.Count < results.Length)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{scanned.Count} page(s) sans couche texte non lue(s) ({Pages(scanned)}) : {availability.Problem}"));
            }

            return confidences;
        }

        if (availability.Problem is { } partial)
        {
            warnings.Add(partial);
        }

        ocr.Started?.Invoke();
        foreach (var page in ocr.Engine.ReadPages(pdf, scanned, ocr.Engine.LanguagesFor(ocr.Language), warnings, cancellationToken))
        {
            var index = page.Number - 1;
            var pageWarnings = new List<string>();
            var lines = PageLayout.AnalyzeWords(page, index * RegionsPerPage, pageWarnings);
            results[index] = new PageResult(lines, [.. results[index].Warnings, .. pageWarnings], false);
            confidences[page.Number] = Math.Round(page.Confidence, 1);
            if (page.Words.Count > 0 && page.Confidence < LowConfidence)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"page {page.Number} : OCR peu fiable (confiance moyenne {page.Confidence:0} %)"));
            }
        }

        return confidences;
    }

    private static ExtractionException NoText(PageResult[] results, OcrRun? ocr, Dictionary<int, double> ocrPages)
    {
        if (!results.Any(r => r.Scanned))
        {
            return new ExtractionException("no-text", "aucun texte : les pages ne portent ni texte ni image");
        }

        if (ocr is null || !ocr.Engine.Settings.Enabled)
        {
            return new ExtractionException("no-text", "aucune couche texte : document scanné, OCR désactivée");
        }

        if (ocr.Engine.Availability is { Available: false } missing)
        {
            return new ExtractionException(OcrUnavailableCode, $"aucune couche texte : document scanné ; {missing.Problem}");
        }

        return ocrPages.Count == 0
            ? new ExtractionException("ocr-failed", "document scanné : l'OCR n'a pu lire aucune page")
            : new ExtractionException("no-text", "document scanné : l'OCR n'a reconnu aucun texte");
    }

    /// <summary>A scanned file refused only because OCR is not installed; the worker retries it once it is.</summary>
    public const string OcrUnavailableCode = Pipeline.IngestReasonCodes.OcrUnavailable;

    private static string Pages(List<int> pages) =>
        pages.Count <= 10 ? "p. " + string.Join(", ", pages) : string.Create(CultureInfo.InvariantCulture, $"p. {string.Join(", ", pages.Take(10))}…");

    /// <summary>Region ids are made unique per page up front so pages can be laid out in any order.</summary>
    private const int RegionsPerPage = 100_000;

    private static PageResult AnalyzePage(Page page, int index, ExtractionLimits limits)
    {
        var warnings = new List<string>();
        try
        {
            if (page.Letters.Count > limits.MaxPageChars)
            {
                return new PageResult([], warnings, false)
                {
                    Oversized = string.Create(CultureInfo.InvariantCulture, $"la page {page.Number} porte {page.Letters.Count} caractères (limite {limits.MaxPageChars})"),
                };
            }

            var lines = PageLayout.Analyze(page, index * RegionsPerPage, warnings, limits.DetectTables);
            return new PageResult(lines, warnings, false) { Scanned = lines.Count == 0 && HasImage(page) };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            warnings.Add($"page {page.Number} illisible : {ex.GetType().Name} — {ex.Message}");
            return new PageResult([], warnings, true);
        }
    }

    /// <summary>A page whose text is an image: what OCR is for. Vector art with no text is left alone.</summary>
    private static bool HasImage(Page page)
    {
        try
        {
            return page.GetImages().Any();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            // An image that cannot be listed may still be drawn; OCR decides.
            return true;
        }
    }

    private sealed record PageResult(IReadOnlyList<PageLine> Lines, IReadOnlyList<string> Warnings, bool Failed)
    {
        /// <summary>The page has an image and no text layer.</summary>
        public bool Scanned { get; init; }

        /// <summary>Why the page passes a limit, when it does.</summary>
        public string? Oversized { get; init; }

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
