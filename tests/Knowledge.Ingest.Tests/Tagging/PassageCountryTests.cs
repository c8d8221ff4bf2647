using System.Text;
using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;

namespace Knowledge.Ingest.Tests.Tagging;

/// <summary>
/// A passage that names no country speaks of its document's: the one country or the two or three a
/// report covers, so that a country filter keeps it; a regional overview's general passages stay untagged.
/// </summary>
public sealed class PassageCountryTests
{
    private const string Unnamed = "Les enfants décrivent la police davantage comme une menace que comme une protection. Lors des opérations de ramassage, les plus jeunes sont conduits au commissariat, parfois gardés plusieurs jours avec des adultes, puis relâchés sans qu'aucun service social ne soit prévenu.";

    private const string Named = "Au Sénégal, les centres d'accueil de jour dépendent presque tous de financements extérieurs de courte durée, et les éducateurs de rue manquent de moyens pour suivre les enfants la nuit.";

    [Theory]
    [InlineData("NE")]
    [InlineData("GN,ML")]
    [InlineData("BF,NE,ML")]
    public async Task PassageNamingNoCountry_TakesTheCountriesOfAReportOnOneToThree(string codes)
    {
        var countries = codes.Split(',');
        var (unnamed, named) = await IngestAsync(countries);
        Assert.Equal(countries, unnamed.Countries);
        Assert.Equal(["SN"], named.Countries);
    }

    [Fact]
    public async Task PassageNamingNoCountry_InARegionalOverview_TakesNone()
    {
        var (unnamed, named) = await IngestAsync(["BF", "NE", "ML", "GN"]);
        Assert.Empty(unnamed.Countries);
        Assert.Equal(["SN"], named.Countries);
    }

    private static async Task<(Core.Evidence.Finding Unnamed, Core.Evidence.Finding Named)> IngestAsync(string[] countries)
    {
        var text = "# Les enfants en situation de rue\n\n## La police\n\n" + Unnamed + "\n\n## Les services\n\n" + Named + "\n";
        var result = await IngestRun.RunAsync(Encoding.UTF8.GetBytes(text), "rapport.md", new IngestRequest { Countries = countries, Language = "fr", Year = 2024 });
        Assert.Equal(IngestStatus.Ingested, result.Status);
        return (Assert.Single(result.Findings, f => f.Text.Contains("ramassage", StringComparison.Ordinal)),
                Assert.Single(result.Findings, f => f.Text.Contains("Au Sénégal", StringComparison.Ordinal)));
    }
}
