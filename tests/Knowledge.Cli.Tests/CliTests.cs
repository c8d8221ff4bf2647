using System.Text.Json;
using Knowledge.Core.Taxonomy;
using Knowledge.Lucene;

namespace Knowledge.Cli.Tests;

public class CliTests
{
    private const string Markdown = """
        ---
        title: Aperçu pays – Niger
        year: 2023
        ---
        # Mariage des enfants

        Au Niger, 76 % des femmes âgées de 20 à 24 ans ont été mariées avant l'âge de 18 ans selon l'enquête démographique et de santé de 2012, le taux le plus élevé au monde. Les écarts entre régions restent considérables et la pratique recule lentement.

        # Traite des enfants

        Les sites d'orpaillage du nord attirent des adolescentes recrutées sous de fausses promesses d'emploi puis exploitées dans la prostitution. Les services sociaux manquent de moyens pour identifier les victimes et les orienter.
        """;

    [Fact]
    public async Task Extract_WritesJsonLinesAndReport_ExitOneWhenAFileFails()
    {
        var dir = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(dir, "niger.md"), Markdown);
        File.WriteAllBytes(Path.Combine(dir, "casse.pdf"), "%PDF-1.7\ngarbage that is not a pdf body"u8.ToArray());
        var output = Path.Combine(dir, "findings.jsonl");
        var report = Path.Combine(dir, "report.json");

        var (code, _, err) = await CliRunner.RunAsync("extract", dir, "--out", output, "--report", report);

        Assert.Equal(1, code);
        Assert.Contains("1 en échec", err);
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        foreach (var field in new[] { "id", "documentId", "documentTitle", "documentKind", "year", "language", "page", "pageEnd", "sectionPath", "text", "themes", "countries", "kind", "notes" })
        {
            Assert.True(lines[0].TryGetProperty(field, out _), field);
        }

        Assert.Equal("Aperçu pays – Niger", lines[0].GetProperty("documentTitle").GetString());
        Assert.Contains("NE", lines[0].GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("statistic", lines[0].GetProperty("kind").GetString());

        var entries = JsonDocument.Parse(File.ReadAllText(report)).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        var broken = entries.Single(e => e.GetProperty("file").GetString()!.EndsWith("casse.pdf", StringComparison.Ordinal));
        Assert.Equal("failed", broken.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(broken.GetProperty("reason").GetString()));
        var ok = entries.Single(e => e.GetProperty("file").GetString()!.EndsWith("niger.md", StringComparison.Ordinal));
        Assert.Equal("ingested", ok.GetProperty("status").GetString());
        Assert.Equal(2, ok.GetProperty("findings").GetInt32());
    }

    [Fact]
    public async Task Extract_AllFilesRead_ExitZero_ToStandardOutput()
    {
        var dir = CliRunner.TempFolder();
        var file = Path.Combine(dir, "niger.md");
        File.WriteAllText(file, Markdown);

        var (code, stdout, _) = await CliRunner.RunAsync("extract", file);

        Assert.Equal(0, code);
        Assert.Equal(2, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Extract_MalformedCustomTaxonomy_ExitTwo_NamingTheFile_AndWritesNoFinding()
    {
        // The taxonomy is loaded beside the first document: its error must still stop the run.
        var dir = CliRunner.TempFolder();
        var file = Path.Combine(dir, "niger.md");
        File.WriteAllText(file, Markdown);
        var taxonomy = Directory.CreateDirectory(Path.Combine(dir, "taxonomie")).FullName;
        File.WriteAllText(Path.Combine(taxonomy, "themes.json"), "{ \"themes\": [ { \"code\": ");

        var (code, stdout, err) = await CliRunner.RunAsync("extract", file, "--taxonomy", taxonomy);

        Assert.Equal(2, code);
        Assert.Contains("erreur", err);
        Assert.Contains("themes.json", err);
        Assert.Equal(string.Empty, stdout.Trim());
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "/does/not/exist")]
    [InlineData("extract", ".", "--timeout", "0")]
    [InlineData("frobnicate")]
    public async Task BadUsage_ExitTwo(params string[] args)
    {
        var (code, _, err) = await CliRunner.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("erreur", err);
    }

    [Fact]
    public async Task IngestThenSearch_FindsThePassage()
    {
        var dir = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(dir, "niger.md"), Markdown);
        var data = Path.Combine(dir, "data");

        var ingest = await CliRunner.RunAsync("ingest", dir, "--data", data);
        var search = await CliRunner.RunAsync("search", "orpaillage adolescentes", "--data", data, "--country", "NE");

        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("1 passage(s) trouvé(s)", search.Out);
        Assert.Contains("Aperçu pays – Niger", search.Out);
    }

    /// <summary>
    /// The command line searches as the server does: an English question reaches the French passage through the
    /// glossary, the country it names is understood, and a stray word is ignored with the page's notice.
    /// </summary>
    [Fact]
    public async Task Search_UnderstandsTheQuery_AsTheServerDoes_AndSaysSo()
    {
        var (_, data) = await CliRunner.IngestedAsync(Markdown);

        var french = await CliRunner.RunAsync("search", "child marriage Niger xyzzy", "--data", data);
        var english = await CliRunner.RunAsync("search", "child marriage Niger", "--data", data, "--language", "en");

        Assert.Equal(0, french.ExitCode);
        Assert.Contains("76 % des femmes", french.Out, StringComparison.Ordinal);
        Assert.Contains("Pays : Niger", french.Out, StringComparison.Ordinal);
        Assert.Contains("Également recherché : child marriage → ", french.Out, StringComparison.Ordinal);
        Assert.Contains("Aucun résultat pour « xyzzy » : mot ignoré.", french.Out, StringComparison.Ordinal);
        Assert.Equal(0, english.ExitCode);
        Assert.Contains("Country: Niger", english.Out, StringComparison.Ordinal);
        Assert.Contains("Also searched: child marriage → ", english.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_UnknownCode_ExitsTwo_NamingIt()
    {
        var (_, data) = await CliRunner.IngestedAsync(Markdown);

        var (code, _, err) = await CliRunner.RunAsync("search", "mariage", "--data", data, "--country", "XX");

        Assert.Equal(2, code);
        Assert.Contains("code inconnu : pays « XX »", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_WhileAnotherProcessHoldsTheIndex_FailsClearly()
    {
        var dir = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(dir, "niger.md"), Markdown);
        var data = Path.Combine(dir, "data");
        await using var held = LuceneEvidenceIndex.Open(data, EvidenceTaxonomy.Default, TimeProvider.System);

        var (code, _, err) = await CliRunner.RunAsync("ingest", dir, "--data", data);

        Assert.Equal(1, code);
        Assert.Contains("déjà ouvert", err);
    }
}
