using System.Text.RegularExpressions;
using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;
using UglyToad.PdfPig;

namespace Knowledge.Ingest.Tests.Corpus;

/// <summary>The report-like PDFs: browser-printed NGO documents with running headers and footers.</summary>
public partial class ReportsCorpusTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(TestFiles.Corpus, "reports"), "*.pdf").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Ingest_Report_LeavesNoRunningHeaderOrFooter(string file)
    {
        var result = await IngestReport(file);

        foreach (var f in result.Findings)
        {
            Assert.DoesNotMatch(PrintStamp(), f.Text);
            Assert.DoesNotContain("localhost", f.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("file://", f.Text, StringComparison.Ordinal);
            Assert.DoesNotMatch(new Regex($@"(?<![\d/])\d{{1,3}}/{result.Pages}(?![\d/])"), f.Text);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Ingest_Report_KeepsBodyWordsAndLeavesNoHyphenationDebris(string file)
    {
        var result = await IngestReport(file);
        // Headings live in section paths (once per heading), notes in each finding's notes.
        var headings = result.Findings.SelectMany(f => f.SectionPath.Select((h, i) => string.Join("\u0001", f.SectionPath.Take(i + 1)))).Distinct().Select(p => p.Split('\u0001')[^1]);
        var notes = result.Findings.SelectMany(f => f.Notes).Distinct();
        var ours = Words(string.Join(" ", result.Findings.Select(f => f.Text).Concat(headings).Concat(notes)));

        // Reference: every word PdfPig sees between the header and footer bands.
        var reference = new List<string>();
        using (var pdf = PdfDocument.Open(TestFiles.CorpusFile("reports/" + file)))
        {
            foreach (var page in pdf.GetPages())
            {
                var body = page.GetWords().Where(w => w.BoundingBox.Bottom > page.Height * 0.06 && w.BoundingBox.Top < page.Height * 0.94);
                reference.AddRange(Words(string.Join(" ", body.Select(w => w.Text))));
            }
        }

        var available = ours.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var found = 0;
        foreach (var w in reference)
        {
            if (available.TryGetValue(w, out var n) && n > 0)
            {
                available[w] = n - 1;
                found++;
            }
        }

        var coverage = (double)found / reference.Count;
        var missing = new Dictionary<string, int>(available.Count);
        var again = ours.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        foreach (var w in reference)
        {
            if (again.TryGetValue(w, out var n) && n > 0)
            {
                again[w] = n - 1;
            }
            else
            {
                missing[w] = missing.GetValueOrDefault(w) + 1;
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine("manquants : " + string.Join(", ", missing.OrderByDescending(kv => kv.Value).Take(40).Select(kv => $"{kv.Key}×{kv.Value}")));
        TestContext.Current.TestOutputHelper?.WriteLine($"{file}: {found}/{reference.Count} mots du corps retrouvés ({coverage:P1})");
        Assert.True(coverage >= 0.97, $"{file}: seulement {coverage:P1} des mots du corps retrouvés");

        foreach (var f in result.Findings)
        {
            Assert.DoesNotMatch(HyphenDebris(), f.Text);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Ingest_Report_PassagesAreCitableUnits(string file)
    {
        var result = await IngestReport(file);

        Assert.Equal(IngestStatus.Ingested, result.Status);
        Assert.All(result.Findings, f =>
        {
            Assert.InRange(f.Page, 1, result.Pages);
            Assert.InRange(f.PageEnd, f.Page, result.Pages);
            Assert.True(f.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 350, f.Text);
        });
        var sized = result.Findings.Count(f => f.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 40);
        Assert.True(sized * 10 >= result.Findings.Count * 7, $"{file}: trop de passages courts ({sized}/{result.Findings.Count} ≥ 40 mots)");
    }

    [Fact]
    public async Task Ingest_StrategyReport_ResolvesEndnotesAndSections()
    {
        var result = await IngestReport("ecpat-cadre-strategique-2021-2025.pdf");

        Assert.True(result.Findings.Sum(f => f.Notes.Count) >= 50, "les appels de note doivent être reliés aux notes de fin");
        Assert.Contains(result.Findings, f => f.Notes.Any(n => n.Contains("ECPAT International (2020)", StringComparison.Ordinal)));
        var interviews = Assert.Single(result.Findings, f => f.Text.StartsWith("Les entretiens approfondis", StringComparison.Ordinal));
        Assert.Equal("Approche et méthodologie", interviews.SectionPath[^1]);
        Assert.DoesNotContain(result.Findings, f => f.Text.Contains("](#)", StringComparison.Ordinal));
        Assert.Equal(2021, result.Document!.Year);
    }

    [Fact]
    public async Task Ingest_TwoColumnReport_ReadsColumnsInOrder()
    {
        var result = await IngestReport("ecpat-france-cadre-2018-2021.pdf");

        var text = string.Join("\n", result.Findings.Select(f => f.Text));
        var mandate = text.IndexOf("Le réseau ECPAT est un réseau mondial", StringComparison.Ordinal);
        var status = text.IndexOf("Le réseau a un statut unique", StringComparison.Ordinal);
        Assert.True(mandate >= 0 && status > mandate, "ordre de lecture des colonnes");
    }

    private static Task<IngestResult> IngestReport(string file) =>
        IngestRun.Pipeline().IngestFileAsync(TestFiles.CorpusFile("reports/" + file), null, TestContext.Current.CancellationToken);

    private static List<string> Words(string text)
    {
        var folded = Knowledge.Ingest.Extraction.TextCleanup.Normalize(text).ToLowerInvariant();
        return [.. WordPattern().Matches(folded).Select(m => m.Value)];
    }

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\d{1,2}/\d{1,2}/\d{2,4}, \d{1,2}:\d{2}\s?[AP]M")]
    private static partial Regex PrintStamp();

    // A word broken at a line end and left broken: "exploi- tation".
    [GeneratedRegex(@"\p{Ll}{2,}- \p{Ll}{2,}")]
    private static partial Regex HyphenDebris();
}
