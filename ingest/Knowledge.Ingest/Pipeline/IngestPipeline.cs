using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Ingest.Extraction;
using Knowledge.Ingest.Extraction.Ocr;
using Knowledge.Ingest.Passages;
using Knowledge.Ingest.Safeguarding;
using Knowledge.Ingest.Tagging;
using Knowledge.Ingest.Translation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Knowledge.Ingest.Pipeline;

/// <summary>
/// File → source document + tagged findings. Reads PDF, DOCX, plain text and Markdown (format told
/// by content, not name), within a per-document time limit, on its own thread so that a file that
/// hangs or recurses deeply inside the PDF parser cannot stall or crash the caller.
/// </summary>
public sealed partial class IngestPipeline
{
    /// <summary>The most countries a document may cover for its passages that name none to take them all.</summary>
    public const int MaxInheritedCountries = 3;

    /// <summary>The most themes an untagged passage takes from its section.</summary>
    public const int MaxInheritedThemes = 3;

    private const int ExtractionStackBytes = 64 * 1024 * 1024;

    private readonly Task<EvidenceTagger> _tagger;
    private readonly TimeProvider _time;
    private readonly IngestOptions _options;
    private readonly Task<ChildIdentityDetector> _detector;
    private readonly IReviewDecisions? _decisions;
    private readonly ExtractionLimits _limits;
    private readonly TesseractOcr _ocr;
    private readonly ApertiumTranslator _translator;
    private readonly Glossary _glossary;
    private readonly ILogger _logger;

    public IngestPipeline(EvidenceTaxonomy taxonomy, TimeProvider time, IngestOptions? options = null, SafeguardingLexicon? lexicon = null, IReviewDecisions? decisions = null, ILogger<IngestPipeline>? logger = null, Glossary? glossary = null)
        : this(() => taxonomy, time, options, lexicon, decisions, logger, glossary)
    {
    }

    /// <summary>
    /// A pipeline whose taxonomy is loaded in the background with the tagger (a short CLI run
    /// starts reading its first document meanwhile). What loading it throws (a malformed custom
    /// taxonomy: <see cref="TaxonomyException"/>) is thrown by the first ingest, or by <see cref="EnsureReady"/>.
    /// </summary>
    /// <remarks>
    /// <paramref name="glossary"/> is the one searches use (the shipped one when null): the words of a passage's
    /// translation it already links across languages are not kept (<see cref="TranslationTerms.Unlinked"/>).
    /// </remarks>
    public IngestPipeline(Func<EvidenceTaxonomy> taxonomy, TimeProvider time, IngestOptions? options = null, SafeguardingLexicon? lexicon = null, IReviewDecisions? decisions = null, ILogger<IngestPipeline>? logger = null, Glossary? glossary = null)
    {
        _glossary = glossary ?? Glossary.Default;
        // The tagger's automaton and the safeguarding lexicon are the two costly parts of start-up
        // (about 40 and 30 ms): they are built side by side, and while the first document is being
        // read, which needs neither. An invalid pattern throws where they are first needed, once a
        // document has been extracted (or from EnsureReady).
        _time = time;
        _options = options ?? new IngestOptions();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _tagger = Task.Run(() => new EvidenceTagger(taxonomy()));
        var timeout = _options.PatternTimeout;
        var custom = _options.SafeguardingPath;
        _detector = Task.Run(() => new ChildIdentityDetector(lexicon ?? SafeguardingLexicon.Load(custom), timeout, NameModel.Load(custom)));
        _decisions = decisions;
        _limits = new ExtractionLimits
        {
            MaxPartChars = _options.MaxPartChars,
            MaxParagraphs = _options.MaxParagraphs,
            MaxTextChars = _options.MaxTextChars,
            MaxPages = _options.MaxPages,
            MaxPageChars = _options.MaxPageChars,
        };
        _translator = new ApertiumTranslator(_options.ApertiumCommand, _options.TranslationTimeout);
        _ocr = new TesseractOcr(new OcrSettings
        {
            Enabled = _options.OcrEnabled,
            TesseractCommand = _options.TesseractCommand,
            PdftoppmCommand = _options.PdftoppmCommand,
            Dpi = _options.OcrDpi,
            PageTimeout = _options.OcrPageTimeout,
            Parallelism = _options.PageParallelism,
            Languages = string.IsNullOrWhiteSpace(_options.OcrLanguages) ? null : _options.OcrLanguages,
        });
    }

    private EvidenceTagger Tagger => _tagger.GetAwaiter().GetResult();

    private ChildIdentityDetector Detector => _detector.GetAwaiter().GetResult();

    /// <summary>Waits until the tagger and the safeguarding detector are built; throws what building them threw (an invalid taxonomy pattern).</summary>
    public void EnsureReady()
    {
        _ = Tagger;
        _ = Detector;
    }

    /// <summary>Scanned pages can be read: OCR is enabled and Tesseract, its languages and poppler are installed.</summary>
    public bool OcrAvailable => _options.OcrEnabled && _ocr.Availability.Available;

    /// <summary>
    /// What keeps OCR from running or lowers it (a missing package, named), in French; null when
    /// everything is installed or OCR is switched off.
    /// </summary>
    public string? OcrProblem => _options.OcrEnabled ? _ocr.Availability.Problem : null;

    /// <summary>
    /// What keeps passages from being machine-translated (a missing package, named), in French; null when Apertium and
    /// its two pairs are installed or translation is switched off.
    /// </summary>
    public string? TranslationProblem => _options.TranslationEnabled ? _translator.Availability.Problem : null;

    /// <summary>The media types this pipeline reads, by format code.</summary>
    public static IReadOnlyDictionary<string, string> MediaTypes { get; } = new Dictionary<string, string>
    {
        ["pdf"] = "application/pdf",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["text"] = "text/plain",
        ["markdown"] = "text/markdown",
    };

    /// <summary>Ingests a file from disk.</summary>
    public async Task<IngestResult> IngestFileAsync(string path, IngestRequest? request = null, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Failed(name, "not-found", "fichier introuvable", 0);
            }

            if (info.Length > _options.MaxFileBytes)
            {
                return Failed(name, "too-large", $"fichier trop volumineux : {info.Length / (1024 * 1024)} Mo (limite {_options.MaxFileBytes / (1024 * 1024)} Mo)", 0);
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(name, "io", $"lecture du fichier impossible : {ex.Message}", 0);
        }

        return await IngestAsync(bytes, name, request, cancellationToken);
    }

    /// <summary>Ingests a file's bytes; <paramref name="fileName"/> is used for the title fallback and text formats.</summary>
    public async Task<IngestResult> IngestAsync(byte[] content, string fileName, IngestRequest? request = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var format = DetectFormat(content, fileName);
        if (format is null)
        {
            return new IngestResult
            {
                File = fileName,
                Status = IngestStatus.Skipped,
                ReasonCode = "unsupported",
                Reason = "format non pris en charge : seuls PDF, DOCX, texte et Markdown sont lus",
            };
        }

        // The per-document limit runs from the start; OCR, when a page needs it, adds its own
        // budget to what is left, so a long scan is not cut short by a limit meant for text layers.
        var clockStart = _time.GetTimestamp();
        var ocrStage = 0;
        using var deadline = new CancellationTokenSource(_options.DocumentTimeout, _time);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var ocr = new OcrRun(_ocr, request?.Language, () =>
        {
            Volatile.Write(ref ocrStage, 1);
            var left = _options.DocumentTimeout - _time.GetElapsedTime(clockStart);
            deadline.CancelAfter((left > TimeSpan.Zero ? left : TimeSpan.Zero) + _options.OcrTimeout);
        });
        var completion = new TaskCompletionSource<IngestResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(
            () =>
            {
                try
                {
                    completion.TrySetResult(Run(content, fileName, format, request, started, ocr, timeout.Token));
                }
                catch (Exception ex)
                {
                    completion.TrySetException(ex);
                }
            },
            ExtractionStackBytes)
        {
            IsBackground = true,
            Name = "ingest " + fileName,
        };
        thread.Start();

        IngestResult result;
        try
        {
            result = await completion.Task.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The parser checks the token between pages; a page stuck inside it is abandoned on its
            // background thread and the run goes on.
            return Volatile.Read(ref ocrStage) == 1
                ? Failed(fileName, IngestReasonCodes.OcrTimeout, $"délai de l'OCR dépassé après {_options.OcrTimeout.TotalMinutes:0} min", Elapsed(started))
                : Failed(fileName, "timeout", $"délai dépassé après {_options.DocumentTimeout.TotalSeconds:0} s", Elapsed(started));
        }

        return await TranslateAsync(result, started, cancellationToken);
    }

    /// <summary>Whether passages are machine-translated into the other language: enabled, and Apertium's two pairs installed.</summary>
    public bool TranslationAvailable => _options.TranslationEnabled && _translator.Availability.Available;

    /// <summary>
    /// The result with each finding's <see cref="Finding.Translation"/>, when translation is available; unchanged,
    /// with a warning, when the translator fails (the document stays searchable in its own language).
    /// </summary>
    private async Task<IngestResult> TranslateAsync(IngestResult result, long started, CancellationToken cancellationToken)
    {
        if (result.Status != IngestStatus.Ingested || result.Findings.Count == 0 || !TranslationAvailable)
        {
            return result;
        }

        var findings = result.Findings;
        var translated = findings.ToArray();
        foreach (var language in findings.Select(f => f.Language).Distinct().Where(ApertiumTranslator.Translates))
        {
            var indexes = Enumerable.Range(0, findings.Count).Where(i => findings[i].Language == language).ToList();
            var translations = await _translator.TranslateAsync(language, [.. indexes.Select(i => findings[i].Text)], cancellationToken);
            if (translations.All(t => t is null))
            {
                LogTranslationFailed(_logger, result.File, language);
                return result with { Warnings = [.. result.Warnings, "traduction automatique indisponible pour ce document : ses passages ne sont cherchés que dans leur langue"], ElapsedMs = Elapsed(started) };
            }

            for (var k = 0; k < indexes.Count; k++)
            {
                translated[indexes[k]] = translated[indexes[k]] with { Translation = TranslationTerms.Unlinked(translations[k], _glossary) };
            }
        }

        return result with { Findings = translated, ElapsedMs = Elapsed(started) };
    }

    private IngestResult Run(byte[] content, string fileName, string format, IngestRequest? request, long started, OcrRun ocr, CancellationToken token)
    {
        ExtractedDocument extracted;
        IReadOnlyDictionary<string, string> front = new Dictionary<string, string>();
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            switch (format)
            {
                case "pdf":
                    extracted = PdfTextExtractor.Extract(stream, [.. _options.Passwords, .. request?.Passwords ?? []], token, _options.PageParallelism, _limits, ocr);
                    break;
                case "docx":
                    extracted = DocxTextExtractor.Extract(stream, _limits, token);
                    break;
                default:
                    (extracted, front) = PlainTextExtractor.Extract(stream, token);
                    break;
            }
        }
        catch (ExtractionException ex)
        {
            return Failed(fileName, ex.Code, ex.Message, Elapsed(started));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Failed(fileName, "unreadable", $"fichier illisible : {ex.GetType().Name} — {ex.Message}", Elapsed(started));
        }

        // Cover labels, disclaimers and picture credits never become findings; the body, not the
        // first block, tells the document's language.
        var passages = PassageBuilder.Build(JunkFilter.Clean(TableText.Complete(extracted.Blocks), out var bodyLanguage));
        if (passages.Count == 0)
        {
            return Failed(fileName, "no-text", "aucun passage exploitable : le document ne contient pas de texte suivi", Elapsed(started)) with { Pages = extracted.Pages, Warnings = extracted.Warnings };
        }

        var document = DescribeDocument(content, fileName, format, extracted, front, passages, request, bodyLanguage);
        // A passage that names no country speaks of the document's: its one country, or the two or
        // three a report covers ("Guinée et Mali"), so that a country filter keeps it. A regional
        // overview's general passages are about none of its many countries in particular.
        IReadOnlyList<string> documentCountries = document.Countries.Count <= MaxInheritedCountries ? document.Countries : [];
        // Each passage is tagged, classified and screened on its own: they run in parallel (at most
        // PageParallelism at once), and their results and warnings are gathered in reading order.
        var built = new (Finding Finding, bool RolesTimedOut, bool DetectionTimedOut)[passages.Count];
        void Build(int i)
        {
            var p = passages[i];
            var language = TextCleanup.CountWords(p.Text) >= 25 ? LanguageDetector.Detect(p.Text) : document.Language;
            var tags = Tagger.Tag(p.Text, language);
            var countries = tags.Countries.Count > 0 ? tags.Countries : documentCountries;
            var extractedFinding = new Finding
            {
                Id = Finding.MakeId(document.Id, i),
                DocumentId = document.Id,
                DocumentTitle = document.Title,
                DocumentKind = document.Kind,
                Publisher = document.Publisher,
                Year = document.Year,
                Language = language,
                Page = p.Page,
                PageEnd = p.Page == 0 ? 0 : Math.Max(p.Page, p.PageEnd),
                Section = p.Section,
                Paragraph = p.Paragraph,
                ParagraphEnd = Math.Max(p.Paragraph, p.ParagraphEnd),
                OcrConfidence = OcrConfidence(extracted.OcrPages, p.Page, p.PageEnd),
                SectionPath = p.SectionPath,
                Text = p.Text,
                Themes = tags.Themes,
                Countries = countries,
                Kind = tags.Kind,
                Notes = [.. p.NoteLabels.Select(l => extracted.Notes.TryGetValue(l, out var note) ? note : null).OfType<string>()],
                Table = p.Table,
                Ordinal = i,
            };
            var finding = FindingRoleClassifier.Apply(extractedFinding, _options.PatternTimeout, out var rolesTimedOut);
            finding = SafeguardingReview.Flag(finding, Detector, _decisions);
            built[i] = (finding, rolesTimedOut, finding.Safeguarding.Any(f => f.Reason == ChildIdentityDetector.TimeoutReason));
        }

        if (_options.PageParallelism > 1 && passages.Count > 1)
        {
            Parallel.For(0, passages.Count, new ParallelOptions { MaxDegreeOfParallelism = _options.PageParallelism, CancellationToken = token }, Build);
        }
        else
        {
            for (var i = 0; i < passages.Count; i++)
            {
                token.ThrowIfCancellationRequested();
                Build(i);
            }
        }

        var findings = new List<Finding>(passages.Count);
        var warnings = new List<string>(extracted.Warnings);
        for (var i = 0; i < built.Length; i++)
        {
            if (built[i].RolesTimedOut)
            {
                LogRolesTimedOut(_logger, fileName, i);
                warnings.Add($"passage {i + 1} : classement des phrases interrompu (délai dépassé), passage gardé sans rôle");
            }

            if (built[i].DetectionTimedOut)
            {
                LogDetectionTimedOut(_logger, fileName, i);
                warnings.Add($"passage {i + 1} : détection des détails identifiants interrompue (délai dépassé), passage entier signalé pour relecture");
            }

            findings.Add(built[i].Finding);
        }

        InheritSectionThemes(findings);
        return new IngestResult
        {
            File = fileName,
            Status = IngestStatus.Ingested,
            Document = document with { FindingCount = findings.Count },
            Findings = findings,
            Pages = extracted.Pages,
            ElapsedMs = Elapsed(started),
            Warnings = warnings,
            OcrPages = extracted.OcrPages,
        };
    }

    /// <summary>
    /// A passage that names no theme speaks of its section's: the themes at least half of the section's tagged
    /// passages carry (at most <see cref="MaxInheritedThemes"/>), so that a theme filter keeps « Dans ces cas, les
    /// enfants sont chargés de garder les animaux… » in a section on child labour. A section none of whose passages
    /// is tagged gives none.
    /// </summary>
    internal static void InheritSectionThemes(List<Finding> findings)
    {
        foreach (var section in findings.Select((f, i) => (f, i)).Where(x => x.f.SectionPath.Count > 0)
            .GroupBy(x => string.Join("\u001f", x.f.SectionPath), StringComparer.Ordinal))
        {
            var tagged = section.Where(x => x.f.Themes.Count > 0).ToList();
            if (tagged.Count == 0 || tagged.Count == section.Count())
            {
                continue;
            }

            IReadOnlyList<string> themes = [.. tagged.SelectMany(x => x.f.Themes).GroupBy(t => t, StringComparer.Ordinal)
                .Where(g => g.Count() * 2 >= tagged.Count).OrderByDescending(g => g.Count()).Take(MaxInheritedThemes).Select(g => g.Key)];
            if (themes.Count == 0)
            {
                continue;
            }

            foreach (var (finding, i) in section.Where(x => x.f.Themes.Count == 0))
            {
                findings[i] = finding with { Themes = themes };
            }
        }
    }

    /// <summary>Mean confidence of the OCR pages a passage spans; null when none of them was read by OCR.</summary>
    private static double? OcrConfidence(IReadOnlyDictionary<int, double> ocrPages, int page, int pageEnd)
    {
        if (ocrPages.Count == 0)
        {
            return null;
        }

        double sum = 0;
        var count = 0;
        for (var n = page; n <= Math.Max(page, pageEnd); n++)
        {
            if (ocrPages.TryGetValue(n, out var c))
            {
                sum += c;
                count++;
            }
        }

        return count == 0 ? null : Math.Round(sum / count, 1);
    }

    private SourceDocument DescribeDocument(
        byte[] content,
        string fileName,
        string format,
        ExtractedDocument extracted,
        IReadOnlyDictionary<string, string> front,
        List<Passage> passages,
        IngestRequest? request,
        string bodyLanguage)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var firstHeading = extracted.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Text;
        var title = request?.Title ?? extracted.Title ?? firstHeading ?? Path.GetFileNameWithoutExtension(fileName);

        var leading = new StringBuilder();
        foreach (var p in passages)
        {
            if (leading.Length > 6000)
            {
                break;
            }

            leading.Append(p.Text).Append('\n');
        }

        var sample = leading.ToString();
        var language = request?.Language ?? front.GetValueOrDefault("language") ?? bodyLanguage;
        var kind = request?.Kind
            ?? (EvidenceCodes.TryParseDocumentKind(front.GetValueOrDefault("kind"), out var k) ? k : DocumentKindClassifier.Classify(title, sample));
        var year = request?.Year ?? extracted.Year ?? YearFrom(title) ?? YearFrom(sample, publicationOnly: true);
        var countries = request?.Countries?.Select(c => c.ToUpperInvariant()).ToList() ?? PrimaryCountries(title, passages);

        var now = _time.GetUtcNow();
        return new SourceDocument
        {
            Id = sha[..16],
            Sha256 = sha,
            Title = title,
            Publisher = request?.Publisher ?? front.GetValueOrDefault("publisher") ?? extracted.Author,
            Year = year,
            Language = language is "en" ? "en" : "fr",
            Kind = kind,
            Countries = countries,
            FileName = fileName,
            MediaType = MediaTypes[format],
            Pages = extracted.Pages,
            AddedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>
    /// The countries a document is about: the one its title names, or the one that dominates its
    /// mentions (at least half, and three or more). Otherwise it is about a region or none.
    /// </summary>
    private List<string> PrimaryCountries(string title, List<Passage> passages)
    {
        var inTitle = Tagger.CountCountries(title);
        if (inTitle.Count == 1)
        {
            return [inTitle[0].Code];
        }

        var counts = Tagger.CountCountries(string.Join("\n", passages.Select(p => p.Text)));
        if (counts.Count == 0)
        {
            return [];
        }

        var total = counts.Sum(c => c.Count);
        var top = counts[0];
        return top.Count >= 3 && top.Count * 2 >= total ? [top.Code] : [];
    }

    internal static int? YearFrom(string text, bool publicationOnly = false)
    {
        var pattern = publicationOnly ? PublicationYear() : AnyYear();
        var m = pattern.Match(text);
        return m.Success && int.TryParse(m.Groups["y"].Value, out var y) ? y : null;
    }

    internal static string? DetectFormat(byte[] content, string fileName)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 1024));
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return "pdf";
        }

        if (content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4)
        {
            // A zip: only a Word package is ours (its main part lives under word/).
            return content.AsSpan().IndexOf("word/"u8) >= 0 ? "docx" : null;
        }

        // A file named .pdf without the signature near its start may still be a damaged PDF: let the
        // lenient parser decide, so the report carries its reason rather than "unsupported".
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (ext == ".pdf")
        {
            return "pdf";
        }

        if (ext is ".txt" or ".md" or ".markdown" && content.AsSpan(0, Math.Min(content.Length, 8192)).IndexOf((byte)0) < 0)
        {
            return ext == ".txt" ? "text" : "markdown";
        }

        return null;
    }

    private static IngestResult Failed(string file, string code, string reason, long elapsedMs) => new()
    {
        File = file,
        Status = IngestStatus.Failed,
        ReasonCode = code,
        Reason = reason,
        ElapsedMs = elapsedMs,
    };

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    [GeneratedRegex(@"\b(?<y>(?:19[89]|20[0-4])\d)\b")]
    private static partial Regex AnyYear();


    // "© 2021", "publié en mars 2021", "juin 2020", "édition 2019", "Published 2018".
    [GeneratedRegex(@"(?:©|copyright|publié(?:e)? en|édition|published(?: in)?|(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december))\s+(?<y>(?:19[89]|20[0-4])\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublicationYear();

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File}, passage {Ordinal} : classement des rôles interrompu par le délai des motifs ; le passage est gardé sans rôle")]
    private static partial void LogRolesTimedOut(ILogger logger, string file, int ordinal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File}, passage {Ordinal} : détection des détails identifiants interrompue par le délai des motifs ; le passage entier est signalé pour relecture")]
    private static partial void LogDetectionTimedOut(ILogger logger, string file, int ordinal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} : la traduction automatique des passages ({Language}) a échoué ; le document n'est cherché que dans sa langue")]
    private static partial void LogTranslationFailed(ILogger logger, string file, string language);
}
