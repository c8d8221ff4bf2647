using Knowledge.Core.Taxonomy;
using Knowledge.Lucene;

namespace Knowledge.Cli.Tests;

public class ReindexCommandTests
{
    private static string Report(string marker) => $"""
        # Rapport {marker}

        Au Sénégal, l'enquête {marker} menée en 2022 montre que 14 % des enfants talibés interrogés à Dakar mendient plus de six heures par jour, exposés aux accidents, aux violences et à l'exploitation, selon les services sociaux et les associations consultées dans les quartiers.

        Les associations recommandent {marker} de recenser les daaras, de contrôler leurs conditions d'accueil et de soutenir les familles pour que les enfants retrouvent le chemin de l'école et d'une formation professionnelle.
        """;

    [Fact]
    public async Task Reindex_SweepsTheFolders_ThenRecognisesAMoveWithoutReadingItAgain()
    {
        var dir = CliRunner.TempFolder();
        var data = Path.Combine(dir, "data");
        var watched = Path.Combine(dir, "rapports");
        Directory.CreateDirectory(watched);
        File.WriteAllText(Path.Combine(watched, "talibes.md"), Report("talibes"));
        File.WriteAllBytes(Path.Combine(watched, "casse.pdf"), "%PDF-1.7\nnot a pdf body at all"u8.ToArray());

        var first = await CliRunner.RunAsync("reindex", "--data", data, "--folder", watched);

        Assert.Equal(1, first.ExitCode);
        Assert.Contains("1 nouveau(x)", first.Out, StringComparison.Ordinal);
        Assert.Contains("1 en échec", first.Out, StringComparison.Ordinal);
        Assert.Contains("casse.pdf", first.Err, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data, "quarantine", "casse.pdf.raison.txt")));

        Directory.CreateDirectory(Path.Combine(watched, "2022"));
        File.Move(Path.Combine(watched, "talibes.md"), Path.Combine(watched, "2022", "talibes-dakar.md"));
        var second = await CliRunner.RunAsync("reindex", "--data", data, "--folder", watched);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("1 déplacé(s)", second.Out, StringComparison.Ordinal);
        Assert.Contains("0 retiré(s)", second.Out, StringComparison.Ordinal);
        await using var index = LuceneEvidenceIndex.Open(data, EvidenceTaxonomy.Default, TimeProvider.System);
        var state = await index.GetStateAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, state.Documents);
        Assert.True(state.Findings > 0);
    }

    [Fact]
    public async Task Reindex_IndexHeldByAnotherProcess_SaysHowToAskTheServer()
    {
        var dir = CliRunner.TempFolder();
        var data = Path.Combine(dir, "data");
        await using var held = LuceneEvidenceIndex.Open(data, EvidenceTaxonomy.Default, TimeProvider.System);

        var (code, _, err) = await CliRunner.RunAsync("reindex", "--data", data);

        Assert.Equal(1, code);
        Assert.Contains("--server", err, StringComparison.Ordinal);
    }
}
