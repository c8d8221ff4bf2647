using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Ingest.Translation;
using Knowledge.Lucene;

namespace Knowledge.Benchmarks;

/// <summary>
/// Embedded index at scale: `index [findings=100000] [queries=500] [full|plain|notext|nohighlight|nofacets|queries][+untranslated][+nopeer]`
/// (<c>+nopeer</c> skips the FTS5 peer, for iterating on the engine alone). Synthesises findings from
/// realistic French and English sentences with a fixed seed, bulk-loads them through a rebuild,
/// times single-document upserts, then times searches with text, two filters, facets and
/// highlights. Targets (issue): ≥ 10,000 findings/s indexing; search p95 ≤ 30 ms at 1M findings.
/// </summary>
internal sealed class IndexBench : IBench
{
    private const int FindingsPerDocument = 50;
    private const int Seed = 20260301;

    private static readonly JsonSerializerOptions JsonOutput = new() { WriteIndented = true };

    private static readonly string[] French =
    [
        "Les mariages précoces touchent {n} % des filles de moins de dix-huit ans au {country}.",
        "L'exploitation sexuelle des enfants dans le contexte des voyages et du tourisme reste peu documentée.",
        "Le travail des enfants dans les mines d'or artisanales expose les garçons à des risques graves.",
        "L'enregistrement des naissances demeure faible dans les zones rurales, privant les enfants de leurs droits.",
        "Les enfants talibés sont contraints à la mendicité forcée par certains maîtres coraniques.",
        "La traite des enfants à des fins d'exploitation économique traverse les frontières de la sous-région.",
        "Le code de protection de l'enfant adopté en {year} criminalise l'exploitation sexuelle en ligne.",
        "Les services sociaux manquent de moyens pour prendre en charge les victimes de violences sexuelles.",
        "Selon l'enquête démographique et de santé, {n} % des femmes ont été mariées avant quinze ans.",
        "Il est recommandé de renforcer la formation des forces de défense et de sécurité sur les droits de l'enfant.",
        "Les données sur les abus sexuels en ligne sont quasi inexistantes, faute de mécanisme de signalement.",
        "Les filles domestiques sont particulièrement exposées aux violences et à l'exploitation par leurs employeurs.",
        "La stratégie nationale prévoit la création de centres d'accueil pour les enfants en situation de rue.",
        "Les déplacements forcés liés à l'insécurité augmentent la vulnérabilité des enfants à la traite.",
        "Le gouvernement doit harmoniser l'âge minimum du mariage à dix-huit ans pour les filles et les garçons.",
        "Les mutilations génitales féminines persistent malgré l'interdiction légale depuis {year}.",
        "Les enfants en conflit avec la loi sont souvent détenus avec des adultes, en violation des normes.",
        "Le financement de la protection de l'enfance représente moins de {n} % du budget national.",
        "Les communautés religieuses jouent un rôle clé dans la prévention du mariage des enfants.",
        "L'accès à la justice des enfants victimes reste limité par la lenteur des procédures.",
    ];

    private static readonly string[] English =
    [
        "Child marriage affects {n} per cent of girls under eighteen in {country}.",
        "Sexual exploitation of children in travel and tourism remains under-reported.",
        "Children working in artisanal gold mines face serious health and safety risks.",
        "Birth registration rates remain low in rural areas, leaving children without legal identity.",
        "Trafficking networks move children across borders for forced labour and begging.",
        "Online child sexual abuse material is rarely reported due to the absence of hotlines.",
        "The government should raise the minimum age of marriage to eighteen for both sexes.",
        "Social workers lack resources to support child victims of sexual violence.",
        "The national strategy adopted in {year} provides for shelters for street children.",
        "Displacement caused by insecurity increases children's vulnerability to trafficking.",
        "Child protection receives less than {n} per cent of the national budget.",
        "Religious leaders play a key role in preventing child marriage in rural communities.",
    ];

    private static readonly string[] Countries = ["BF", "NE", "ML", "MR", "SN", "GN", "CI", "TG", "BJ", "TD"];
    private static readonly string[] CountryNames = ["Burkina Faso", "Niger", "Mali", "Mauritanie", "Sénégal", "Guinée", "Côte d'Ivoire", "Togo", "Bénin", "Tchad"];
    private static readonly string[] Themes = ["child-marriage", "trafficking", "sexual-exploitation", "online-abuse", "child-labour", "birth-registration", "street-children", "justice", "fgm", "funding"];

    private static readonly string[] Queries =
    [
        "mariage précoce", "exploitation sexuelle", "child trafficking", "enregistrement des naissances",
        "travail des enfants mines", "talibés mendicité", "\"âge minimum du mariage\"", "online abuse",
        "violences sexuelles victimes", "traite OR trafficking", "budget protection enfance", "street children shelters",
        "mutilations génitales", "justice enfants détenus", "déplacements insécurité traite", "birth registration rural",
        "exploitation -tourisme", "religious leaders marriage", "abus sexuels en ligne signalement", "forces de sécurité formation",

        // Named places and themes, English on French text, and figures: understanding, expansion and boosts at work.
        "trafficking Niger", "mariage précoce au Mali", "how many child marriages Burkina Faso", "sextortion en ligne",
    ];

    private static readonly QueryUnderstanding Understanding = new(EvidenceTaxonomy.Default, Glossary.Default, Thesaurus.Installed);

    public string Name => "index";

    public string Description => "Embedded Lucene index: bulk indexing rate, size, search latency (understood and expanded text + filters + facets + highlights), with SQLite FTS5 measured beside it on the same findings and queries.";

    public async Task<int> RunAsync(string[] args)
    {
        var total = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var queryCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500;
        var mode = args.Length > 2 ? args[2] : "full";
        var withPeer = !mode.EndsWith("+nopeer", StringComparison.Ordinal);
        mode = withPeer ? mode : mode[..^"+nopeer".Length];
        Untranslated = mode.EndsWith("+untranslated", StringComparison.Ordinal);
        mode = Untranslated ? mode[..^"+untranslated".Length] : mode;
        // KNOWLEDGE_BENCH_INDEX names a folder kept between runs: the index is built there once
        // and reused while it holds the same number of findings (for iterating on search only).
        var kept = Environment.GetEnvironmentVariable("KNOWLEDGE_BENCH_INDEX");
        var folder = string.IsNullOrEmpty(kept)
            ? Path.Combine(Path.GetTempPath(), "knowledge-index-bench-" + Guid.NewGuid().ToString("N")[..8])
            : Path.GetFullPath(kept);
        try
        {
            return await RunAsync(folder, total, queryCount, mode, keep: !string.IsNullOrEmpty(kept), withPeer);
        }
        finally
        {
            if (string.IsNullOrEmpty(kept))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<int> RunAsync(string folder, int total, int queryCount, string mode, bool keep, bool withPeer)
    {
        var random = new Random(Seed);
        var time = TimeProvider.System;
        var documents = Enumerable.Range(0, (total + FindingsPerDocument - 1) / FindingsPerDocument)
            .Select(i => Math.Min(FindingsPerDocument, total - (i * FindingsPerDocument)))
            .ToList();

        await using var index = LuceneEvidenceIndex.Open(new LuceneIndexOptions { DataPath = folder, RamBufferMb = 256 }, EvidenceTaxonomy.Default, time);

        // Bulk path: a rebuild writes without a commit per document, one writer thread per core.
        // Findings are synthesised on the fly (from a per-document seed, so the data does not
        // depend on thread timing); the rate includes that small cost.
        var bulkCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var reused = (await index.GetStateAsync()).Findings == total;
        if (reused)
        {
            Console.WriteLine($"reusing the index in {folder}: indexing figures below are not measured");
        }
        else
        {
            await using var rebuild = await index.BeginRebuildAsync();
            await Parallel.ForEachAsync(
                Enumerable.Range(0, documents.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                async (d, ct) =>
                {
                    var (document, findings) = Synthesize(new Random(Seed + d), d, documents[d]);
                    await rebuild.AddDocumentAsync(document, findings, ct);
                });
            await rebuild.CommitAsync();
        }

        var bulkSeconds = clock.Elapsed.TotalSeconds;
        var bulkCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - bulkCpu).TotalSeconds;
        var bulkPeakMegabytes = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0);
        var size = Directory.EnumerateFiles(index.IndexPath, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        var queries = Enumerable.Range(0, queryCount + 50).Select(_ => RandomQuery(random)).ToList();
        queries = mode switch
        {
            "plain" => [.. queries.Select(q => q with { Facets = false, Highlight = false })],
            "notext" => [.. queries.Select(q => q with { Text = null })],
            "nohighlight" => [.. queries.Select(q => q with { Highlight = false })],
            "nofacets" => [.. queries.Select(q => q with { Facets = false })],
            _ => queries,
        };

        // Every query goes through understanding and glossary expansion, as the API sends it.
        queries = [.. queries.Select(q => q with { Plan = Understanding.Analyse(q.Text) })];
        if (mode == "queries")
        {
            // What each text becomes once understood, expanded and checked against the index.
            foreach (var q in queries.DistinctBy(q => q.Text))
            {
                Console.WriteLine($"{q.Text}\n    {index.Describe(q)}");
            }

            return 0;
        }

        var searchCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var searchAllocated = GC.GetTotalAllocatedBytes();
        var searchGen0 = GC.CollectionCount(0);
        var searchGen2 = GC.CollectionCount(2);
        var latencies = new List<double>(queryCount);
        var timed = new List<(double Ms, EvidenceQuery Query, long Hits)>(queryCount);
        long hitsSum = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var results = await index.SearchAsync(queries[i]);
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (i >= 50)
            {
                latencies.Add(ms);
                timed.Add((ms, queries[i], results.Total));
                hitsSum += results.Total;
            }
        }

        var searchCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - searchCpu).TotalMilliseconds / queries.Count;
        var searchKilobytes = (GC.GetTotalAllocatedBytes() - searchAllocated) / 1024.0 / queries.Count;
        var gen0 = GC.CollectionCount(0) - searchGen0;
        var gen2 = GC.CollectionCount(2) - searchGen2;
        var facetLatencies = new List<double>();
        foreach (var q in queries.Take(100))
        {
            var start = Stopwatch.GetTimestamp();
            await index.FacetsAsync(q with { Text = null });
            facetLatencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        // Live path, measured after the searches so its background merges do not blur them: one
        // commit per document, as ingestion does. Skipped on a kept index, which must stay as built.
        var upserts = keep ? 0 : 100;
        clock.Restart();
        for (var d = 0; d < upserts; d++)
        {
            var (document, findings) = Synthesize(random, documents.Count + d, FindingsPerDocument);
            await index.UpsertDocumentAsync(document, findings);
        }

        var upsertSeconds = clock.Elapsed.TotalSeconds;

        Console.WriteLine($"engine measured; building the FTS5 peer over {total} findings");

        // The peer: SQLite FTS5 over the same findings (synthesised again from the same seeds) and the same queries.
        var ftsFolder = Path.Combine(folder, "fts5");
        var ftsLatencies = new List<double>(queryCount);
        double ftsBuildSeconds = 0;
        long ftsMegabytes = 0;
        long ftsHitsSum = 0;
        if (withPeer)
        {
            Directory.CreateDirectory(ftsFolder);
            using (var peer = new Fts5Peer(Path.Combine(ftsFolder, "findings.db")))
            {
                clock.Restart();
                foreach (var batch in Enumerable.Range(0, documents.Count).Chunk(200))
                {
                    peer.Add(batch.SelectMany(d => Synthesize(new Random(Seed + d), d, documents[d]).Findings));
                }

                peer.Finish();
                ftsBuildSeconds = clock.Elapsed.TotalSeconds;
                ftsMegabytes = new FileInfo(Path.Combine(ftsFolder, "findings.db")).Length / 1048576;
                Console.WriteLine($"FTS5 peer built in {ftsBuildSeconds:F1} s; running the same queries");
                for (var i = 0; i < queries.Count; i++)
                {
                    var (hits, ms) = peer.Search(queries[i], queries[i].Plan!);
                    if (i >= 50)
                    {
                        ftsLatencies.Add(ms);
                        ftsHitsSum += hits;
                    }
                }
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(ftsFolder, recursive: true);
        }

        ftsLatencies.Sort();
        latencies.Sort();
        facetLatencies.Sort();
        var gc = GC.GetGCMemoryInfo();
        var figures = new Dictionary<string, object>
        {
            ["findings"] = total,
            ["documents"] = documents.Count,
            ["cores"] = Environment.ProcessorCount,
            ["bulkFindingsPerSecond"] = reused ? 0 : Math.Round(total / bulkSeconds),
            ["bulkSeconds"] = Math.Round(bulkSeconds, 2),
            ["bulkFindingsPerCpuSecond"] = reused ? 0 : Math.Round(total / bulkCpuSeconds),
            ["upsertFindingsPerSecond"] = upserts == 0 ? 0 : Math.Round(upserts * FindingsPerDocument / upsertSeconds),
            ["upsertMsPerDocument"] = upserts == 0 ? 0 : Math.Round(upsertSeconds * 1000 / upserts, 1),
            ["indexMegabytes"] = Math.Round(size / 1048576.0, 1),
            ["searchP50Ms"] = Math.Round(Percentile(latencies, 0.50), 2),
            ["searchP95Ms"] = Math.Round(Percentile(latencies, 0.95), 2),
            ["searchP99Ms"] = Math.Round(Percentile(latencies, 0.99), 2),
            ["searchCpuMsPerQuery"] = Math.Round(searchCpuMs, 2),
            ["searchMode"] = mode,
            ["searchAllocatedKbPerQuery"] = Math.Round(searchKilobytes),
            ["searchGen0Collections"] = gen0,
            ["searchGen2Collections"] = gen2,
            ["searchMeanTotalHits"] = latencies.Count == 0 ? 0 : hitsSum / latencies.Count,
            ["facetsNoTextP95Ms"] = Math.Round(Percentile(facetLatencies, 0.95), 2),
            ["peakAfterBulkMegabytes"] = bulkPeakMegabytes,
            ["peakWorkingSetMegabytes"] = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0),
            ["gcHeapMegabytes"] = Math.Round(gc.HeapSizeBytes / 1048576.0),
            ["allocatedMegabytes"] = Math.Round(GC.GetTotalAllocatedBytes() / 1048576.0),
            ["fts5BuildFindingsPerSecond"] = withPeer ? Math.Round(total / ftsBuildSeconds) : 0,
            ["fts5Megabytes"] = ftsMegabytes,
            ["fts5SearchP50Ms"] = Math.Round(Percentile(ftsLatencies, 0.50), 2),
            ["fts5SearchP95Ms"] = Math.Round(Percentile(ftsLatencies, 0.95), 2),
            ["fts5SearchP99Ms"] = Math.Round(Percentile(ftsLatencies, 0.99), 2),
            ["fts5MeanTotalHits"] = ftsLatencies.Count == 0 ? 0 : ftsHitsSum / ftsLatencies.Count,
        };

        foreach (var (key, value) in figures)
        {
            Console.WriteLine($"{key,-26} {Convert.ToString(value, CultureInfo.InvariantCulture),12}");
        }

        Console.WriteLine("slowest queries:");
        foreach (var (ms, q, hits) in timed.OrderByDescending(t => t.Ms).Take(8))
        {
            Console.WriteLine($"  {ms,7:F1} ms {hits,8} hits  {Describe(q)}");
        }

        // Which texts cost what: filters vary, so the text (its understanding and expansion) is what to look at.
        Console.WriteLine("by query text (mean, max):");
        foreach (var group in timed.GroupBy(t => t.Query.Text ?? "(none)").OrderByDescending(g => g.Average(t => t.Ms)))
        {
            Console.WriteLine($"  {group.Average(t => t.Ms),7:F1} {group.Max(t => t.Ms),7:F1} ms  {group.Count(),3}×  {group.Key}");
        }

        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        var output = Path.Combine("BenchmarkDotNet.Artifacts", $"index-{total}.json");
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(figures, JsonOutput));
        Console.WriteLine($"written {output}");
        return 0;
    }

    private static (SourceDocument Document, List<Finding> Findings) Synthesize(Random random, int number, int count)
    {
        var language = random.NextDouble() < 0.7 ? "fr" : "en";
        var country = random.Next(Countries.Length);
        var year = 2005 + random.Next(21);
        var name = "bench-" + number.ToString(CultureInfo.InvariantCulture);
        var document = new SourceDocument
        {
            Id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..16],
            Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(name + "#1"))),
            Title = language == "fr" ? $"Rapport sur la protection de l'enfance — {CountryNames[country]} {year}" : $"Child protection report — {CountryNames[country]} {year}",
            Publisher = "ECPAT",
            Year = year,
            Language = language,
            Kind = (DocumentKind)random.Next(5),
            Countries = [Countries[country]],
            FileName = name + ".pdf",
            Pages = count,
        };
        var sentences = language == "fr" ? French : English;
        var others = language == "fr" ? English : French;
        var findings = new List<Finding>(count);
        var text = new StringBuilder();
        var translation = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Clear();
            translation.Clear();
            var n = 3 + random.Next(5);
            for (var s = 0; s < n; s++)
            {
                var pick = random.Next(sentences.Length);
                var figure = random.Next(5, 80).ToString(CultureInfo.InvariantCulture);
                var when = (1995 + random.Next(30)).ToString(CultureInfo.InvariantCulture);
                var where = CountryNames[random.Next(CountryNames.Length)];
                text.Append(Fill(sentences[pick], figure, when, where)).Append(' ');

                // The machine translation the pipeline adds (Finding.Translation): as long, in the other language, then
                // reduced as ingestion reduces it to the words the glossary does not link (figures never count, so the
                // reduction is computed once per sentence and country, outside what the bench times).
                if (UnlinkedSentence(others[pick % others.Length], where) is { } kept)
                {
                    translation.Append(kept).Append(' ');
                }
            }

            var themes = random.NextDouble() < 0.3
                ? new[] { Themes[random.Next(Themes.Length)], Themes[random.Next(Themes.Length)] }.Distinct().ToList()
                : [Themes[random.Next(Themes.Length)]];
            var countries = random.NextDouble() < 0.2 ? [Countries[country], Countries[random.Next(Countries.Length)]] : new List<string> { Countries[country] };
            findings.Add(new Finding
            {
                Id = Finding.MakeId(document.Id, i),
                DocumentId = document.Id,
                DocumentTitle = document.Title,
                DocumentKind = document.Kind,
                Publisher = document.Publisher,
                Year = year,
                Language = language,
                Page = 1 + i,
                PageEnd = 1 + i,
                SectionPath = ["Résultats", "Section " + (1 + (i / 10)).ToString(CultureInfo.InvariantCulture)],
                Text = text.ToString().TrimEnd(),
                Translation = Untranslated || translation.Length == 0 ? null : translation.ToString().TrimEnd(),
                Themes = themes,
                Countries = [.. countries.Distinct()],
                Kind = (FindingKind)random.Next(5),
                Ordinal = i,
            });
        }

        return (document, findings);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), string?> UnlinkedSentences = new();

    /// <summary>Findings without their machine translation (<c>+untranslated</c>), as ingested without Apertium: its cost, measured.</summary>
    private static bool Untranslated { get; set; }

    private static string? UnlinkedSentence(string sentence, string country) =>
        UnlinkedSentences.GetOrAdd((sentence, country), key => TranslationTerms.Unlinked(Fill(key.Item1, "", "", key.Item2), Glossary.Default));

    private static string Fill(string sentence, string number, string year, string country) => sentence
        .Replace("{n}", number, StringComparison.Ordinal)
        .Replace("{year}", year, StringComparison.Ordinal)
        .Replace("{country}", country, StringComparison.Ordinal);

    private static EvidenceQuery RandomQuery(Random random)
    {
        var query = new EvidenceQuery { Text = Queries[random.Next(Queries.Length)], PageSize = 20 };
        var filters = Enumerable.Range(0, 5).OrderBy(_ => random.Next()).Take(2);
        foreach (var filter in filters)
        {
            query = filter switch
            {
                0 => query with { Themes = [Themes[random.Next(Themes.Length)]] },
                1 => query with { Countries = [Countries[random.Next(Countries.Length)], Countries[random.Next(Countries.Length)]] },
                2 => query with { YearFrom = 2010 + random.Next(10) },
                3 => query with { Kinds = [(FindingKind)random.Next(5)] },
                _ => query with { Languages = [random.NextDouble() < 0.5 ? "fr" : "en"] },
            };
        }

        return query;
    }

    private static string Describe(EvidenceQuery q) =>
        string.Join(' ', new[]
        {
            q.Text is null ? null : $"q={q.Text}",
            q.Themes.Count > 0 ? "theme=" + string.Join(',', q.Themes) : null,
            q.Countries.Count > 0 ? "country=" + string.Join(',', q.Countries) : null,
            q.YearFrom is { } from ? $"yearFrom={from}" : null,
            q.Kinds.Count > 0 ? "kind=" + string.Join(',', q.Kinds) : null,
            q.Languages.Count > 0 ? "lang=" + string.Join(',', q.Languages) : null,
        }.Where(p => p is not null));

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
