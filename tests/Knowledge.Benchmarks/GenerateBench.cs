using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators;
using Knowledge.Generators.Audiences;
using Knowledge.Generators.Requests;
using Knowledge.Generators.Tests.Fakes;

namespace Knowledge.Benchmarks;

/// <summary>
/// National plan generation time over a large synthetic index (target: under 1 s per plan at
/// 100k findings). Usage: <c>generate [--findings N] [--runs N] [--engine lucene|memory]</c>.
/// The engine factory is the one place to switch once the Lucene engine is on this branch.
/// </summary>
internal sealed class GenerateBench : IBench
{
    private static readonly string[] Themes = ["sexual-exploitation", "child-marriage", "online-exploitation", "trafficking", "child-labour", "justice", "services", "prevention"];
    private static readonly string[] Countries = ["BF", "NE", "ML", "SN", "GN", "CI", "MR"];

    public string Name => "generate";

    public string Description => "national plan generation time at 100k findings (DOCX included)";

    public async Task<int> RunAsync(string[] args)
    {
        var findings = IntArg(args, "--findings", 100_000);
        var runs = IntArg(args, "--runs", 5);
        var engine = StringArg(args, "--engine", "lucene");
        var taxonomy = BenchTaxonomy();
        await using var index = CreateIndex(engine, taxonomy);
        if (index is null)
        {
            await Console.Error.WriteLineAsync($"moteur inconnu « {engine} » : lucene ou memory");
            return 3;
        }

        var load = Stopwatch.StartNew();
        await FillAsync(index, findings);
        load.Stop();
        var timed = new TimedIndex(index);
        var service = new GenerationService(timed, taxonomy, AudienceCatalog.Default, TimeProvider.System);

        var generate = new List<double>();
        var inIndex = new List<double>();
        var calls = 0;
        var render = new List<double>();
        var bytes = 0;
        for (var run = -1; run < runs; run++)
        {
            // Rotate countries so no run benefits from a cache warmed by the same query.
            var request = new NationalPlanRequest { Country = Countries[(run + 1) % Countries.Length], PeriodStart = 2026, PeriodEnd = 2028 };
            timed.Reset();
            var sw = Stopwatch.StartNew();
            var document = await service.GenerateAsync(request);
            var built = sw.Elapsed.TotalMilliseconds;
            var docx = GenerationService.RenderDocx(document);
            var total = sw.Elapsed.TotalMilliseconds;
            if (run >= 0)
            {
                generate.Add(built);
                inIndex.Add(timed.Elapsed.TotalMilliseconds);
                calls = timed.Calls;
                render.Add(total - built);
                bytes = docx.Length;
            }
        }

        var totals = generate.Zip(render, (g, r) => g + r).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine {index.Engine}, {findings} findings (loaded in {load.Elapsed.TotalSeconds:F1} s), {runs} runs"));
        Console.WriteLine($"{"step",-20} {"mean ms",10} {"min ms",10} {"max ms",10}");
        var own = generate.Zip(inIndex, (g, i) => g - i).ToList();
        foreach (var (name, values) in new[] { ("generate (model)", generate), ("  of which index", inIndex), ("  of which generator", own), ("render docx", render), ("total", totals) })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-20} {values.Average(),10:F1} {values.Min(),10:F1} {values.Max(),10:F1}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{calls} index calls per plan; docx size {bytes} bytes; target < 1000 ms per plan: {(totals.Max() < 1000 ? "met" : "NOT met")}"));
        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        await File.WriteAllTextAsync(
            Path.Combine("BenchmarkDotNet.Artifacts", "generate.json"),
            JsonSerializer.Serialize(new { bench = Name, engine = index.Engine, findings, runs, generateMs = generate, renderMs = render, totalMs = totals, indexMs = inIndex, indexCalls = calls, meanTotalMs = totals.Average(), maxTotalMs = totals.Max(), docxBytes = bytes }, Indented));
        return 0;
    }

    /// <summary>The engines the bench can fill: the embedded engine (default) and the tests' in-memory fake.</summary>
    private static readonly Dictionary<string, Func<EvidenceTaxonomy, IEvidenceIndex>> Engines = new(StringComparer.Ordinal)
    {
        ["lucene"] = taxonomy => Knowledge.Lucene.LuceneEvidenceIndex.Open(
            Path.Combine(Path.GetTempPath(), "knowledge-generate-bench-" + Guid.NewGuid().ToString("N")), taxonomy, TimeProvider.System),
        ["memory"] = taxonomy => new InMemoryEvidenceIndex(taxonomy),
    };

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static IEvidenceIndex? CreateIndex(string engine, EvidenceTaxonomy taxonomy) =>
        Engines.TryGetValue(engine, out var create) ? create(taxonomy) : null;

    private static async Task FillAsync(IEvidenceIndex index, int count)
    {
        const int PerDocument = 100;
        var random = new Random(42);
        string[] subjects = ["Les enfants", "Les filles", "Les garçons", "Les familles", "Les autorités", "Les services sociaux", "La police", "Les communautés"];
        string[] verbs = ["sont exposés à", "signalent", "documentent", "ignorent", "combattent", "subissent", "dénoncent"];
        string[] objects = ["l'exploitation sexuelle", "le mariage précoce", "la traite", "les abus en ligne", "le travail forcé", "l'impunité des auteurs", "le manque de données", "l'absence de loi"];
        for (var d = 0; d * PerDocument < count; d++)
        {
            var id = d.ToString("x16", CultureInfo.InvariantCulture);
            var year = 2010 + random.Next(16);
            var title = string.Create(CultureInfo.InvariantCulture, $"Rapport synthétique {d}");
            var document = new SourceDocument
            {
                Id = id, Sha256 = id + new string('0', 48), Title = title, Year = year, FileName = id + ".pdf",
                Kind = DocumentKind.ResearchReport, Pages = 60, FindingCount = PerDocument,
            };
            var list = new List<Finding>(PerDocument);
            for (var i = 0; i < PerDocument && d * PerDocument + i < count; i++)
            {
                var text = new StringBuilder();
                var sentences = 2 + random.Next(5);
                for (var s = 0; s < sentences; s++)
                {
                    text.Append(subjects[random.Next(subjects.Length)]).Append(' ').Append(verbs[random.Next(verbs.Length)]).Append(' ')
                        .Append(objects[random.Next(objects.Length)]).Append(CultureInfo.InvariantCulture, $" dans {random.Next(100)} % des cas étudiés selon l'enquête. ");
                }

                var page = 1 + random.Next(59);
                list.Add(new Finding
                {
                    Id = Finding.MakeId(id, i), DocumentId = id, DocumentTitle = title, Year = year, Page = page, PageEnd = page, Ordinal = i,
                    Text = text.ToString().Trim(), Kind = (FindingKind)random.Next(5),
                    Themes = [.. Themes.Where(_ => random.Next(4) == 0).DefaultIfEmpty(Themes[random.Next(Themes.Length)])],
                    Countries = [.. Countries.Where(_ => random.Next(5) == 0).DefaultIfEmpty(Countries[random.Next(Countries.Length)])],
                });
            }

            await index.UpsertDocumentAsync(document, list);
        }
    }

    private static EvidenceTaxonomy BenchTaxonomy() => new(
        Themes.Select(t => new Theme { Code = t, Group = t is "justice" or "services" or "prevention" ? "response" : "manifestation", Label = new(t, t) }),
        Countries.Select(c => new Country { Code = c, Name = new(c, c) }),
        [new Region { Code = "sahel", Label = new("Sahel", "Sahel"), Countries = ["BF", "ML", "NE"] }]);

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string StringArg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    /// <summary>Times the index calls so the figures separate engine time from generator time.</summary>
    private sealed class TimedIndex(IEvidenceIndex inner) : IEvidenceIndex
    {
        private long _ticks;

        public int Calls { get; private set; }

        public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, _ticks);

        public string Engine => inner.Engine;

        public void Reset()
        {
            _ticks = 0;
            Calls = 0;
        }

        public Task<SearchResults> SearchAsync(EvidenceQuery query, CancellationToken cancellationToken = default) => Time(() => inner.SearchAsync(query, cancellationToken));

        public Task<FacetCounts> FacetsAsync(EvidenceQuery query, CancellationToken cancellationToken = default) => Time(() => inner.FacetsAsync(query, cancellationToken));

        public Task<IndexState> GetStateAsync(CancellationToken cancellationToken = default) => Time(() => inner.GetStateAsync(cancellationToken));

        public Task<IndexWriteResult> UpsertDocumentAsync(SourceDocument document, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default) => inner.UpsertDocumentAsync(document, findings, cancellationToken);

        public Task<bool> RemoveDocumentAsync(string documentId, CancellationToken cancellationToken = default) => inner.RemoveDocumentAsync(documentId, cancellationToken);

        public Task<Finding?> GetFindingAsync(string findingId, CancellationToken cancellationToken = default) => inner.GetFindingAsync(findingId, cancellationToken);

        public Task<IReadOnlyList<Finding>> GetDocumentFindingsAsync(string documentId, CancellationToken cancellationToken = default) => inner.GetDocumentFindingsAsync(documentId, cancellationToken);

        public Task<SourceDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default) => inner.GetDocumentAsync(documentId, cancellationToken);

        public Task<Paged<SourceDocument>> ListDocumentsAsync(int page, int pageSize, CancellationToken cancellationToken = default) => inner.ListDocumentsAsync(page, pageSize, cancellationToken);

        public Task<IIndexRebuild> BeginRebuildAsync(CancellationToken cancellationToken = default) => inner.BeginRebuildAsync(cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private async Task<T> Time<T>(Func<Task<T>> call)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                return await call();
            }
            finally
            {
                _ticks += Stopwatch.GetTimestamp() - start;
                Calls++;
            }
        }
    }
}
