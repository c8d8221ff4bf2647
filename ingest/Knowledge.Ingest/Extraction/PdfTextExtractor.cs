using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Outline;

namespace Knowledge.Ingest.Extraction;

/// <summary>Reads a PDF with PdfPig into an <see cref="ExtractedDocument"/>, one page at a time.</summary>
internal static class PdfTextExtractor
{
    public static ExtractedDocument Extract(Stream pdf, IReadOnlyList<string> passwords, CancellationToken cancellationToken)
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
            var warnings = new List<string>();
            var pages = new List<IReadOnlyList<PageLine>>(document.NumberOfPages);
            var emptyPages = 0;
            var failedPages = 0;
            var region = 0;
            for (var n = 1; n <= document.NumberOfPages; n++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                IReadOnlyList<PageLine> lines;
                try
                {
                    var page = document.GetPage(n);
                    lines = PageLayout.Analyze(page, region, warnings);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
                {
                    // One unreadable page never costs the rest of the document; it is reported.
                    warnings.Add($"page {n} illisible : {ex.GetType().Name} — {ex.Message}");
                    failedPages++;
                    lines = [];
                }

                if (lines.Count == 0)
                {
                    emptyPages++;
                }
                else
                {
                    region = lines.Max(l => l.Region) + 1;
                }

                pages.Add(lines);
            }

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
                EmptyPages = emptyPages,
            };
        }
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
