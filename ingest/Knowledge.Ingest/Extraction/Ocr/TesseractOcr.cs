using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Knowledge.Ingest.Extraction.Ocr;

/// <summary>How pages without a text layer are read: Tesseract on pages rasterised by poppler.</summary>
internal sealed record OcrSettings
{
    public bool Enabled { get; init; } = true;

    public string TesseractCommand { get; init; } = "tesseract";

    public string PdftoppmCommand { get; init; } = "pdftoppm";

    /// <summary>Rasterisation resolution: 300 dpi is what Tesseract is trained on.</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>Longest time one page may take (rasterising plus recognising) before it is tried once more.</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Pages read at once: one per core, each Tesseract on one thread.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Tesseract languages ("fra+eng"); null chooses from the document's language.</summary>
    public string? Languages { get; init; }
}

/// <summary>Whether OCR can run here, and if not, which Debian package is missing.</summary>
internal sealed record OcrAvailability(bool Available, IReadOnlyList<string> Languages, IReadOnlyList<string> MissingPackages)
{
    /// <summary>A French sentence naming what to install, or null when nothing is missing.</summary>
    public string? Problem => MissingPackages.Count == 0 ? null
        : string.Create(CultureInfo.InvariantCulture, $"OCR indisponible : installez {(MissingPackages.Count == 1 ? "le paquet" : "les paquets")} {string.Join(", ", MissingPackages)} (apt-get install {string.Join(' ', MissingPackages)})");
}

/// <summary>
/// Runs poppler's <c>pdftoppm</c> and Tesseract as external processes, with time limits and no
/// network, one page per core with <c>OMP_THREAD_LIMIT=1</c> (Tesseract's own threads only fight
/// each other when pages already run side by side).
/// </summary>
internal sealed class TesseractOcr(OcrSettings settings)
{
    private static readonly ConcurrentDictionary<(string, string), OcrAvailability> Probes = new();
    private static readonly string[] WantedLanguages = ["fra", "eng"];

    public OcrSettings Settings => settings;

    /// <summary>What is installed, asked once per process and command pair.</summary>
    public OcrAvailability Availability => Probes.GetOrAdd((settings.TesseractCommand, settings.PdftoppmCommand), static key => Probe(key.Item1, key.Item2));

    private static OcrAvailability Probe(string tesseract, string pdftoppm)
    {
        var missing = new List<string>();
        IReadOnlyList<string> languages = [];
        try
        {
            var (exit, output, _) = RunAsync(tesseract, ["--list-langs"], TimeSpan.FromSeconds(20), CancellationToken.None).GetAwaiter().GetResult();
            languages = exit == 0 ? [.. output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Skip(1)] : [];
            if (exit != 0)
            {
                missing.Add("tesseract-ocr");
            }
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or TimeoutException or InvalidOperationException)
        {
            missing.Add("tesseract-ocr");
        }

        if (missing.Count == 0)
        {
            missing.AddRange(WantedLanguages.Where(l => !languages.Contains(l)).Select(l => "tesseract-ocr-" + l));
        }

        try
        {
            RunAsync(pdftoppm, ["-v"], TimeSpan.FromSeconds(20), CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or TimeoutException or InvalidOperationException)
        {
            missing.Add("poppler-utils");
        }

        // A missing language pack lowers quality but OCR still runs with the other one.
        var usable = !missing.Contains("tesseract-ocr") && !missing.Contains("poppler-utils") && languages.Any(l => l is "fra" or "eng");
        return new OcrAvailability(usable, languages, missing);
    }

    /// <summary>The Tesseract language string for a document: its own language first, both when unknown.</summary>
    public string LanguagesFor(string? documentLanguage)
    {
        if (settings.Languages is { Length: > 0 } configured)
        {
            return configured;
        }

        var order = documentLanguage == "en" ? new[] { "eng", "fra" } : ["fra", "eng"];
        return string.Join('+', order.Where(l => Availability.Languages.Contains(l)));
    }

    /// <summary>
    /// Reads the given pages (1-based). A page that fails or overruns its time twice is left out
    /// with a warning; the whole call stops when <paramref name="cancellationToken"/> fires (the
    /// OCR time budget).
    /// </summary>
    public IReadOnlyList<OcrPage> ReadPages(Stream pdf, IReadOnlyList<int> pages, string languages, List<string> warnings, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "knowledge-ocr-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "document.pdf");
            var position = pdf.Position;
            using (var file = File.Create(input))
            {
                pdf.Position = 0;
                pdf.CopyTo(file);
            }

            // The PDF parser still reads this stream (bookmarks) after OCR.
            pdf.Position = position;

            var results = new ConcurrentBag<OcrPage>();
            var problems = new ConcurrentBag<string>();
            Parallel.ForEachAsync(
                pages,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism), CancellationToken = cancellationToken },
                async (page, token) =>
                {
                    for (var attempt = 1; ; attempt++)
                    {
                        try
                        {
                            results.Add(await ReadPageAsync(input, folder, page, languages, token));
                            return;
                        }
                        catch (Exception ex) when (ex is TimeoutException or OcrProcessException && attempt < 2)
                        {
                            // A page that overran or crashed once is tried once more before it is given up.
                        }
                        catch (Exception ex) when (ex is TimeoutException or OcrProcessException)
                        {
                            problems.Add(string.Create(CultureInfo.InvariantCulture, $"page {page} : OCR impossible ({ex.Message})"));
                            return;
                        }
                    }
                }).GetAwaiter().GetResult();

            warnings.AddRange(problems.Order(StringComparer.Ordinal));
            return [.. results.OrderBy(p => p.Number)];
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless; the OS clears it.
            }
        }
    }

    private async Task<OcrPage> ReadPageAsync(string input, string folder, int page, string languages, CancellationToken cancellationToken)
    {
        var n = page.ToString(CultureInfo.InvariantCulture);
        var dpi = settings.Dpi.ToString(CultureInfo.InvariantCulture);
        var image = Path.Combine(folder, "page-" + n);
        var started = Stopwatch.GetTimestamp();
        var (exit, _, error) = await RunAsync(settings.PdftoppmCommand, ["-f", n, "-l", n, "-r", dpi, "-gray", "-png", "-singlefile", input, image], settings.PageTimeout, cancellationToken);
        if (exit != 0 || !File.Exists(image + ".png"))
        {
            throw new OcrProcessException($"pdftoppm : {FirstLine(error)}");
        }

        try
        {
            var left = settings.PageTimeout - Stopwatch.GetElapsedTime(started);
            var (code, hocr, stderr) = await RunAsync(settings.TesseractCommand, [image + ".png", "stdout", "-l", languages, "--dpi", dpi, "hocr"], left > TimeSpan.Zero ? left : TimeSpan.FromSeconds(1), cancellationToken);
            if (code != 0)
            {
                throw new OcrProcessException($"tesseract : {FirstLine(stderr)}");
            }

            using var reader = new StringReader(hocr);
            return HocrReader.Read(reader, page, settings.Dpi);
        }
        finally
        {
            File.Delete(image + ".png");
        }
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "échec sans message";

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string command, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            CreateNoWindow = true,
        };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} n'a pas démarré");
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var output = process.StandardOutput.ReadToEndAsync(limit.Token);
        var error = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
            return (process.ExitCode, await output, await error);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(command)} a dépassé {timeout.TotalSeconds:0} s"));
        }
    }
}

/// <summary>An OCR tool exited with an error for one page.</summary>
internal sealed class OcrProcessException : Exception
{
    public OcrProcessException()
    {
    }

    public OcrProcessException(string message)
        : base(message)
    {
    }

    public OcrProcessException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
