using System.Text;
using Knowledge.Worker.Safeguarding;

namespace Knowledge.Cli.Tests;

/// <summary><c>search --export</c> writes the same files as the API's export, and records the export in the audit log.</summary>
public sealed class SearchExportTests
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
    public async Task SearchExport_WritesTheFile_WithLinksToTheGivenServer_AndAuditsIt()
    {
        var (dir, data) = await CliRunner.IngestedAsync(Markdown);
        var csv = Path.Combine(dir, "niger.csv");
        var ris = Path.Combine(dir, "niger.ris");

        var table = await CliRunner.RunAsync("search", "mariage", "--data", data, "--country", "NE", "--export", "csv", "--out", csv, "--base-url", "https://preuves.example.org/");
        var references = await CliRunner.RunAsync("search", "mariage", "--data", data, "--export", "ris", "--out", ris);

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("ligne(s) écrite(s)", table.Err, StringComparison.Ordinal);
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(csv));
        Assert.StartsWith("\uFEFFExtrait,Citation,Document,Année,", text, StringComparison.Ordinal);
        Assert.Contains("76 % des femmes", text, StringComparison.Ordinal);
        Assert.Contains("https://preuves.example.org/findings/", text, StringComparison.Ordinal);
        Assert.Equal(0, references.ExitCode);
        Assert.StartsWith("TY  - RPRT\r\n", File.ReadAllText(ris), StringComparison.Ordinal);
        Assert.Contains("UR  - http://localhost:5080/api/documents/", File.ReadAllText(ris), StringComparison.Ordinal);

        var audit = new ReviewStore(data, TimeProvider.System).ReadAudit(10);
        Assert.Equal(2, audit.Count(e => e.Action == "export" && e.Actor.StartsWith("cli:", StringComparison.Ordinal) && e.Role == "local"));
        Assert.Contains(audit, e => e.Detail!.StartsWith("source=search; format=csv; rows=", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, e => e.Detail!.Contains("mariage", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--export", "pdf", "--out", "x.pdf")]
    [InlineData("--export", "csv")]
    [InlineData("--export", "csv", "--out", "x.csv", "--max-rows", "0")]
    [InlineData("--export", "csv", "--out", "x.csv", "--base-url", "ftp://example.org/")]
    public async Task SearchExport_BadUsage_ExitsTwo_NamingTheOption(params string[] args)
    {
        var dir = CliRunner.TempFolder();

        var (code, _, err) = await CliRunner.RunAsync(["search", "mariage", "--data", dir, .. args]);

        Assert.Equal(2, code);
        Assert.Contains("erreur : --", err, StringComparison.Ordinal);
    }
}
