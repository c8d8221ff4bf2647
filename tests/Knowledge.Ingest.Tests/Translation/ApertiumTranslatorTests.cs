using System.Text;
using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;
using Knowledge.Ingest.Translation;

namespace Knowledge.Ingest.Tests.Translation;

public sealed class ApertiumTranslatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Split_CutsAtTheMarkerParagraphs_AndDropsApertiumsMarks()
    {
        var output = $"The #boys begs in the @rues.\n\n{ApertiumTranslator.Separator}.\n\n\n{ApertiumTranslator.Separator}.\n\nTwo\nlines.\n\n{ApertiumTranslator.Separator}.\n";
        Assert.Equal(["The boys begs in the rues.", null, "Two lines."], ApertiumTranslator.Split(output));
    }

    [Fact]
    public async Task TranslatesEachPassage_IntoTheOtherLanguage_InOrder()
    {
        MachineTranslation.RequireInstalled();
        var translator = new ApertiumTranslator();

        var english = await translator.TranslateAsync("fr", ["Les filles revenues de captivité.", "Les familles\nfuient vers la ville."], Ct);
        Assert.Equal(2, english.Count);
        Assert.Contains("captivity", english[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("families", english[1], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("city", english[1], StringComparison.OrdinalIgnoreCase);

        var french = await translator.TranslateAsync("en", ["The drought hits the villages."], Ct);
        Assert.Contains("sécheresse", Assert.Single(french), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutApertium_NamesThePackages_AndTranslatesNothing()
    {
        var translator = new ApertiumTranslator("/nonexistent/apertium");
        Assert.False(translator.Availability.Available);
        Assert.Equal(["apertium", "apertium-fr-es", "apertium-eng-spa"], translator.Availability.MissingPackages);
        Assert.Equal([null, null], await translator.TranslateAsync("fr", ["un", "deux"], Ct));
    }

    [Fact]
    public void Unlinked_KeepsEachWordTheGlossaryCannotReach_Once()
    {
        Assert.Equal("captivity raptores", TranslationTerms.Unlinked("The children of the captivity: the captivity, drought, 2021 and the raptores.", Core.Taxonomy.Glossary.Default));
        Assert.Null(TranslationTerms.Unlinked("The children and the drought.", Core.Taxonomy.Glossary.Default));
        Assert.Null(TranslationTerms.Unlinked("  ", Core.Taxonomy.Glossary.Default));
    }

    [Fact]
    public async Task Pipeline_GivesEveryFindingItsTranslation_OnlyWhenEnabled()
    {
        MachineTranslation.RequireInstalled();
        var text = Encoding.UTF8.GetBytes("# Filles revenues de captivité\n\nLes filles revenues de captivité sont souvent rejetées par leur communauté.\n\nLes enfants enlevés restent des mois en captivité avant leur libération.\n");

        var translated = await IngestRun.Pipeline(new IngestOptions { TranslationEnabled = true }).IngestAsync(text, "secheresse.md", cancellationToken: Ct);
        Assert.Equal(IngestStatus.Ingested, translated.Status);
        Assert.NotEmpty(translated.Findings);
        Assert.All(translated.Findings, f => Assert.Contains("captivity", f.Translation, StringComparison.OrdinalIgnoreCase));

        // What the glossary already links ("children" for « enfants ») is not kept, nor stop words.
        Assert.All(translated.Findings, f => Assert.DoesNotContain("children", f.Translation!.Split(' '), StringComparer.OrdinalIgnoreCase));
        Assert.All(translated.Findings, f => Assert.DoesNotContain("the", f.Translation!.Split(' '), StringComparer.OrdinalIgnoreCase));

        var plain = await IngestRun.Pipeline(new IngestOptions { TranslationEnabled = false }).IngestAsync(text, "secheresse.md", cancellationToken: Ct);
        Assert.All(plain.Findings, f => Assert.Null(f.Translation));
        Assert.Equal(plain.Findings.Select(f => f.Text), translated.Findings.Select(f => f.Text));
    }
}
