using System.Text.Json;
using System.Text.RegularExpressions;
using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;

namespace Knowledge.Ingest.Tests.Corpus;

/// <summary>
/// The sample library the main job loads, read through the real pipeline. A finding is junk when
/// a reviewer would not quote it, by these rules (none names a document or a finding):
/// <list type="bullet">
/// <item>a label: a finding outside a table with fewer than eight words;</item>
/// <item>boilerplate: two findings of different documents sharing at least 60 % of their words
/// (tables left out: two countries' ratification tables rightly look alike);</item>
/// <item>picture text: a finding that starts like a photo credit or an image description;</item>
/// <item>a finding outside a table with no sentence in it (cover lines, titles, stray cells).</item>
/// </list>
/// </summary>
public sealed partial class SampleLibraryFindingsTests
{
    private static readonly Lazy<Task<List<(string File, string Language, IngestResult Result)>>> Library = new(IngestLibraryAsync);

    [Fact]
    public async Task SampleLibrary_HasNoJunkFindings()
    {
        var findings = (await Library.Value).SelectMany(d => d.Result.Findings).ToList();
        var junk = new List<string>();
        foreach (var f in findings.Where(f => f.Table is null))
        {
            if (Words(f.Text).Count < 8 || !SentenceEnd().IsMatch(f.Text))
            {
                junk.Add($"{f.Id} (étiquette) : {f.Text}");
            }

            if (PictureText().IsMatch(f.Text))
            {
                junk.Add($"{f.Id} (légende de photo) : {f.Text}");
            }
        }

        var prose = findings.Where(f => f.Table is null).Select(f => (Finding: f, Words: Words(f.Text).ToHashSet(StringComparer.Ordinal))).ToList();
        for (var i = 0; i < prose.Count; i++)
        {
            for (var j = i + 1; j < prose.Count; j++)
            {
                if (prose[i].Finding.DocumentId != prose[j].Finding.DocumentId && Jaccard(prose[i].Words, prose[j].Words) >= 0.6)
                {
                    junk.Add($"{prose[i].Finding.Id} ≈ {prose[j].Finding.Id} (texte répété d'un document à l'autre) : {prose[i].Finding.Text}");
                }
            }
        }

        Assert.True(junk.Count == 0, $"{junk.Count} passages inutilisables sur {findings.Count} :\n" + string.Join("\n", junk));
    }

    [Fact]
    public async Task SampleLibrary_DocumentLanguage_IsTheLanguageOfItsBody()
    {
        foreach (var (file, language, result) in await Library.Value)
        {
            Assert.True(language == result.Document!.Language, $"{file} : langue {result.Document.Language}, attendue {language}");
        }
    }

    [Fact]
    public async Task SampleLibrary_Tables_ReadRowByRowWithCaptionAndColumns()
    {
        var tables = (await Library.Value).SelectMany(d => d.Result.Findings).Where(f => f.Table is not null).ToList();

        // Every table of the library's sources has a caption and at least two columns.
        Assert.True(tables.Count >= 12, $"{tables.Count} passages de tableau");
        Assert.All(tables, t =>
        {
            Assert.False(string.IsNullOrEmpty(t.Table!.Caption), t.Text);
            Assert.True(t.Table.Columns.Count >= 2, t.Text);
            Assert.All(t.Table.Rows, r => Assert.Equal(t.Table.Columns.Count, r.Count));
            Assert.Equal(t.Table.Rows.Count + 1, t.Text.Split('\n').Length);
        });
        var cyber = Assert.Single(tables, t => t.Table!.Caption!.Contains("cybercriminalité", StringComparison.Ordinal));
        Assert.Contains("Côte d’Ivoire — Texte : Loi n° 2013-451 relative à la lutte contre la cybercriminalité — Année : 2013", cyber.Text.Split('\n'));
        Assert.Contains("Burkina Faso — Texte : Dispositions du Code pénal (loi n° 025-2018/AN) — Année : 2018", cyber.Text.Split('\n'));
    }

    private static async Task<List<(string File, string Language, IngestResult Result)>> IngestLibraryAsync()
    {
        var folder = Path.Combine(TestFiles.RepositoryRoot, "ingest", "SampleLibrary", "library");
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "library.json")));
        var pipeline = IngestRun.Pipeline();
        var results = new List<(string, string, IngestResult)>();
        foreach (var doc in manifest.RootElement.GetProperty("documents").EnumerateArray())
        {
            var file = doc.GetProperty("file").GetString()!;
            var result = await pipeline.IngestFileAsync(Path.Combine(folder, file));
            Assert.Equal(IngestStatus.Ingested, result.Status);
            results.Add((file, doc.GetProperty("language").GetString()!, result));
        }

        return results;
    }

    private static List<string> Words(string text) => [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    private static double Jaccard(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : a.Count(b.Contains) / (double)(a.Count + b.Count - a.Count(b.Contains));

    [GeneratedRegex(@"[^\W\d_]{3,}")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[.!?:;…](?:[»”""')\]]*)(?:\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:photo|image|crédit|credit|©|cover|couverture)", RegexOptions.IgnoreCase)]
    private static partial Regex PictureText();
}
