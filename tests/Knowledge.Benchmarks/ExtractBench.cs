using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Knowledge.Core.Taxonomy;
using Knowledge.Ingest.Extraction;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Benchmarks;

/// <summary>
/// End-to-end extraction throughput: `extract [folder…] [--runs N] [--memory FILE]`. Runs the real
/// pipeline (layout, clean-up, passages, tagging) over every PDF of the given folders (default:
/// ../shared/corpus/reports and ../shared/corpus/robustness), once to warm up, then N times
/// single-threaded and N times with documents and their pages spread over every core, and reports pages per second (median)
/// and the process's peak working set. `--memory FILE` ingests one file in this process and
/// reports its peak working set alone. Targets (issue): ≥ 60 pages/s on one core and ≥ 100 on two
/// on the reports corpus; under 1 GB peak on FailedToParseContentForPage32.pdf. For a true
/// one-core figure run it under `taskset -c 0`. Then the cost of table detection (the same
/// pages' extraction with and without it) and OCR throughput (pages per core-second, pages per
/// CPU second) on image-only copies the bench makes of the shorter reports.
/// </summary>
internal sealed class ExtractBench : IBench
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string Name => "extract";

    public string Description => "pages/s de l'extraction de bout en bout (1 cœur et tous les cœurs), mémoire de pointe";

    public async Task<int> RunAsync(string[] args)
    {
        var runs = 3;
        string? memoryFile = null;
        var folders = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs":
                    runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--memory":
                    memoryFile = args[++i];
                    break;
                default:
                    folders.Add(args[i]);
                    break;
            }
        }

        var pipeline = new IngestPipeline(EvidenceTaxonomy.Default, TimeProvider.System, new IngestOptions { DocumentTimeout = TimeSpan.FromMinutes(5) });
        var onePipeline = new IngestPipeline(EvidenceTaxonomy.Default, TimeProvider.System, new IngestOptions { DocumentTimeout = TimeSpan.FromMinutes(5), PageParallelism = 1 });
        if (memoryFile is not null)
        {
            var sw = Stopwatch.StartNew();
            var r = await pipeline.IngestFileAsync(memoryFile);
            Console.WriteLine($"{Path.GetFileName(memoryFile)}: {r.Status} {r.Pages} pages, {r.Findings.Count} passages, {sw.ElapsedMilliseconds} ms, pic mémoire {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} Mo");
            return 0;
        }

        if (folders.Count == 0)
        {
            folders.Add(Path.Combine(TestFiles.Corpus, "reports"));
            folders.Add(Path.Combine(TestFiles.Corpus, "robustness"));
        }

        var results = new List<object>();
        foreach (var folder in folders)
        {
            var files = Directory.EnumerateFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToList();
            var passwords = new IngestRequest { Passwords = ["password"] };
            var pages = 0;
            foreach (var f in files)
            {
                pages += (await pipeline.IngestFileAsync(f, passwords)).Pages; // warm-up and page count
            }

            var single = new List<double>();
            var parallel = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var sw = Stopwatch.StartNew();
                foreach (var f in files)
                {
                    await onePipeline.IngestFileAsync(f, passwords);
                }

                single.Add(pages / sw.Elapsed.TotalSeconds);

                sw.Restart();
                await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (f, ct) => await pipeline.IngestFileAsync(f, passwords, ct));
                parallel.Add(pages / sw.Elapsed.TotalSeconds);
            }

            var row = new
            {
                folder = Path.GetFileName(Path.GetFullPath(folder)),
                files = files.Count,
                pages,
                pagesPerSecondOneThread = Median(single),
                pagesPerSecondAllCores = Median(parallel),
                cores = Environment.ProcessorCount,
            };
            results.Add(row);
            Console.WriteLine($"{row.folder,-12} {row.files,3} fichiers {row.pages,5} pages | 1 fil : {row.pagesPerSecondOneThread,7:F1} p/s | {row.cores} cœurs : {row.pagesPerSecondAllCores,7:F1} p/s");
        }

        var tables = TableCost(Path.Combine(TestFiles.Corpus, "reports"), runs);
        var ocr = await OcrThroughputAsync(Path.Combine(TestFiles.Corpus, "reports"));
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
        Console.WriteLine($"pic mémoire du processus : {peak} Mo");
        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        await File.WriteAllTextAsync(Path.Combine("BenchmarkDotNet.Artifacts", "extract.json"), JsonSerializer.Serialize(new { results, tables, ocr, peakWorkingSetMb = peak }, Indented));
        return 0;
    }

    /// <summary>
    /// What table detection costs: the layout of the same pages, one thread, with and without it
    /// (ruling lines, aligned columns, fragments put back together), extraction only.
    /// </summary>
    private static object TableCost(string folder, int runs)
    {
        var files = Directory.EnumerateFiles(folder, "*.pdf").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var with = new List<double>();
        var without = new List<double>();
        var on = new ExtractionLimits();
        var off = new ExtractionLimits { DetectTables = false };
        for (var run = 0; run <= 2 * runs; run++)
        {
            foreach (var (limits, times) in new[] { (on, with), (off, without) })
            {
                // CPU time, not wall time: the machine is often shared, and one thread's work is
                // what is compared here.
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                foreach (var bytes in files)
                {
                    using var stream = new MemoryStream(bytes);
                    PdfTextExtractor.Extract(stream, [], CancellationToken.None, pageParallelism: 1, limits);
                }

                if (run > 0)
                {
                    times.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds); // run 0 warms both paths up
                }
            }
        }

        var withMs = Median(with);
        var withoutMs = Median(without);
        var share = Math.Round(100 * (withMs - withoutMs) / withMs, 1);
        Console.WriteLine($"tableaux : extraction {withMs:F0} ms de CPU avec la détection, {withoutMs:F0} ms sans ({share:F1} % du temps d'extraction, 1 fil, médianes)");
        return new { withCpuMs = withMs, withoutCpuMs = withoutMs, sharePercent = share };
    }

    /// <summary>
    /// OCR throughput: an image-only copy (200 dpi, no text layer) of the reports corpus' three
    /// smallest files, read through the pipeline with one page per core. Pages per core-second counts the
    /// wall time of every core; pages per CPU second counts the CPU time of this process and of
    /// the pdftoppm and tesseract processes it waited for.
    /// </summary>
    private static async Task<object?> OcrThroughputAsync(string folder)
    {
        var pipeline = new IngestPipeline(EvidenceTaxonomy.Default, TimeProvider.System, new IngestOptions { DocumentTimeout = TimeSpan.FromMinutes(10) });
        if (!pipeline.OcrAvailable)
        {
            Console.WriteLine($"OCR : non mesuré ({pipeline.OcrProblem})");
            return null;
        }

        var sources = Directory.EnumerateFiles(folder, "*.pdf").OrderBy(f => new FileInfo(f).Length).ThenBy(f => f, StringComparer.Ordinal).Take(3).ToList();
        var scans = sources.Select(f => ScanCopy(File.ReadAllBytes(f))).ToList();
        var cpuBefore = ProcessCpuSeconds();
        var sw = Stopwatch.StartNew();
        var pages = 0;
        var ocrPages = 0;
        for (var i = 0; i < scans.Count; i++)
        {
            var r = await pipeline.IngestAsync(scans[i], Path.GetFileName(sources[i]));
            pages += r.Pages;
            ocrPages += r.OcrPages.Count;
            Console.WriteLine($"  {Path.GetFileName(sources[i])} (copie image) : {r.Status}, {r.OcrPages.Count}/{r.Pages} pages par OCR, {r.Findings.Count} passages {r.Reason}");
        }

        var wall = sw.Elapsed.TotalSeconds;
        var cpu = ProcessCpuSeconds() - cpuBefore;
        var perCoreSecond = Math.Round(ocrPages / (wall * Environment.ProcessorCount), 2);
        var perCpuSecond = Math.Round(ocrPages / cpu, 2);
        Console.WriteLine($"OCR : {ocrPages}/{pages} pages lues par OCR en {wall:F1} s sur {Environment.ProcessorCount} cœurs : {perCoreSecond:F2} pages par cœur-seconde, {perCpuSecond:F2} pages par seconde de CPU");
        return new { pages, ocrPages, wallSeconds = Math.Round(wall, 2), cpuSeconds = Math.Round(cpu, 2), pagesPerCoreSecond = perCoreSecond, pagesPerCpuSecond = perCpuSecond };
    }

    /// <summary>This process's CPU time plus that of the child processes it has waited for (Linux).</summary>
    private static double ProcessCpuSeconds()
    {
        var own = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');

        // Fields 16 and 17 of stat (cutime, cstime) in clock ticks; Linux reports 100 per second.
        var children = (long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture)) / 100.0;
        return own + children;
    }

    /// <summary>
    /// Every page rasterised at 200 dpi by pdftoppm (greyscale) and written as the only content
    /// of a page of the same size: a PDF with pictures and no text layer, as a scanner makes.
    /// </summary>
    private static byte[] ScanCopy(byte[] pdf)
    {
        var folder = Directory.CreateTempSubdirectory("knowledge-bench-scan-");
        try
        {
            var input = Path.Combine(folder.FullName, "text.pdf");
            File.WriteAllBytes(input, pdf);
            var start = new ProcessStartInfo("pdftoppm") { UseShellExecute = false };
            foreach (var a in new[] { "-r", "200", "-gray", input, Path.Combine(folder.FullName, "page") })
            {
                start.ArgumentList.Add(a);
            }

            using (var process = Process.Start(start)!)
            {
                process.WaitForExit();
            }

            using var source = UglyToad.PdfPig.PdfDocument.Open(pdf);
            var images = Directory.EnumerateFiles(folder.FullName, "page*.pgm").Order(StringComparer.Ordinal).ToList();
            using var output = new MemoryStream();
            var offsets = new List<long>();
            void Write(string text) => output.Write(System.Text.Encoding.ASCII.GetBytes(text));
            void Begin() => offsets.Add(output.Position);
            Write("%PDF-1.4\n");
            Begin();
            Write("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
            Begin();
            var kids = string.Join(' ', images.Select((_, i) => $"{3 + (3 * i)} 0 R"));
            Write($"2 0 obj << /Type /Pages /Count {images.Count} /Kids [{kids}] >> endobj\n");
            for (var i = 0; i < images.Count; i++)
            {
                var page = source.GetPage(i + 1);
                var (w, h) = (page.Width.ToString(CultureInfo.InvariantCulture), page.Height.ToString(CultureInfo.InvariantCulture));
                var (pixelsWide, pixelsHigh, pixels) = ReadPgm(File.ReadAllBytes(images[i]));
                using var packed = new MemoryStream();
                using (var zlib = new System.IO.Compression.ZLibStream(packed, System.IO.Compression.CompressionLevel.Fastest))
                {
                    zlib.Write(pixels.Span);
                }

                var data = packed.ToArray();
                var id = 3 + (3 * i);
                Begin();
                Write($"{id} 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 {w} {h}] /Resources << /XObject << /Im0 {id + 2} 0 R >> >> /Contents {id + 1} 0 R >> endobj\n");
                var draw = $"q {w} 0 0 {h} 0 0 cm /Im0 Do Q";
                Begin();
                Write($"{id + 1} 0 obj << /Length {draw.Length} >> stream\n{draw}\nendstream endobj\n");
                Begin();
                Write($"{id + 2} 0 obj << /Type /XObject /Subtype /Image /Width {pixelsWide} /Height {pixelsHigh} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {data.Length} >> stream\n");
                output.Write(data);
                Write("\nendstream endobj\n");
            }

            var xref = output.Position;
            Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
            foreach (var offset in offsets)
            {
                Write($"{offset:D10} 00000 n \n");
            }

            Write($"trailer << /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
            return output.ToArray();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Width, height and pixels of a binary greyscale PGM (P5, 8 bits) as pdftoppm writes it.</summary>
    private static (int Width, int Height, ReadOnlyMemory<byte> Pixels) ReadPgm(byte[] pgm)
    {
        var fields = new List<int>();
        var i = 2;
        while (fields.Count < 3)
        {
            while (char.IsWhiteSpace((char)pgm[i]))
            {
                i++;
            }

            var start = i;
            while (!char.IsWhiteSpace((char)pgm[i]))
            {
                i++;
            }

            fields.Add(int.Parse(System.Text.Encoding.ASCII.GetString(pgm, start, i - start), CultureInfo.InvariantCulture));
        }

        return (fields[0], fields[1], pgm.AsMemory(i + 1, fields[0] * fields[1]));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return Math.Round(sorted[sorted.Count / 2], 1);
    }
}
