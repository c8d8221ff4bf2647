using Knowledge.Core.Taxonomy;

namespace Knowledge.Core.Tests.Taxonomy;

public sealed class EvidenceTaxonomyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "knowledge-taxonomy-" + Guid.NewGuid().ToString("N"));

    public EvidenceTaxonomyTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Default_Loads_AllIsoCountriesWithBothNames()
    {
        var countries = EvidenceTaxonomy.Default.Countries;
        Assert.InRange(countries.Count, 245, 252);
        Assert.All(countries, c =>
        {
            Assert.Matches("^[A-Z]{2}$", c.Code);
            Assert.False(string.IsNullOrWhiteSpace(c.Name.Fr), c.Code);
            Assert.False(string.IsNullOrWhiteSpace(c.Name.En), c.Code);
        });
    }

    [Theory]
    [InlineData("BF", "Burkina Faso")]
    [InlineData("GN", "Guinée")]
    [InlineData("GW", "Guinée-Bissau")]
    [InlineData("NE", "Niger")]
    [InlineData("NG", "Nigeria")]
    [InlineData("MR", "Mauritanie")]
    [InlineData("ML", "Mali")]
    [InlineData("SN", "Sénégal")]
    [InlineData("CI", "Côte d'Ivoire")]
    [InlineData("TD", "Tchad")]
    public void Default_FocusCountries_HaveFrenchNames(string code, string french) =>
        Assert.Equal(french, EvidenceTaxonomy.Default.FindCountry(code)?.Name.Fr);

    [Theory]
    [InlineData("prostitution", "manifestation")]
    [InlineData("trafficking", "manifestation")]
    [InlineData("online", "manifestation")]
    [InlineData("travel-tourism", "manifestation")]
    [InlineData("child-marriage", "manifestation")]
    [InlineData("legal-framework", "response")]
    [InlineData("justice-law-enforcement", "response")]
    [InlineData("private-sector", "response")]
    [InlineData("services-support", "response")]
    [InlineData("prevention-awareness", "response")]
    [InlineData("data-research", "response")]
    [InlineData("gender-boys", "cross-cutting")]
    [InlineData("migration-unaccompanied", "cross-cutting")]
    [InlineData("humanitarian-conflict", "cross-cutting")]
    [InlineData("funding", "cross-cutting")]
    [InlineData("child-participation", "cross-cutting")]
    public void Default_RequiredThemes_ExistInTheirGroup(string code, string group)
    {
        var theme = EvidenceTaxonomy.Default.FindTheme(code);
        Assert.NotNull(theme);
        Assert.Equal(group, theme.Group);
        Assert.NotEmpty(theme.Patterns.Fr);
        Assert.NotEmpty(theme.Patterns.En);
        Assert.False(string.IsNullOrWhiteSpace(theme.Label.Fr));
        Assert.False(string.IsNullOrWhiteSpace(theme.Label.En));
    }

    [Fact]
    public void Default_RegionMembers_AreKnownCountries()
    {
        var taxonomy = EvidenceTaxonomy.Default;
        Assert.All(taxonomy.Regions, r =>
        {
            Assert.NotEmpty(r.Countries);
            Assert.All(r.Countries, code => Assert.NotNull(taxonomy.FindCountry(code)));
        });
    }

    [Theory]
    [InlineData("west-africa", 16)]
    [InlineData("ecowas", 12)]
    [InlineData("uemoa", 8)]
    [InlineData("aes", 3)]
    [InlineData("african-union", 55)]
    public void Default_RegionSizes(string code, int members) =>
        Assert.Equal(members, EvidenceTaxonomy.Default.FindRegion(code)?.Countries.Count);

    [Fact]
    public void Default_Ecowas_NoLongerHoldsTheAesCountries()
    {
        var ecowas = EvidenceTaxonomy.Default.FindRegion("ecowas")!;
        Assert.DoesNotContain("BF", ecowas.Countries);
        Assert.DoesNotContain("ML", ecowas.Countries);
        Assert.DoesNotContain("NE", ecowas.Countries);
        Assert.Contains("SN", ecowas.Countries);
    }

    [Fact]
    public void Load_UserFolderFile_ReplacesThatFileOnly()
    {
        File.WriteAllText(Path.Combine(_folder, "themes.json"), """
            // A user's own theme list.
            { "themes": [ { "code": "local-theme", "group": "response", "label": { "fr": "Thème local", "en": "Local theme" },
                            "patterns": { "fr": ["local*"] } } ] }
            """);

        var taxonomy = EvidenceTaxonomy.Load(_folder);

        Assert.Equal(["local-theme"], taxonomy.Themes.Select(t => t.Code));
        Assert.Equal(EvidenceTaxonomy.Default.Countries.Count, taxonomy.Countries.Count);
        Assert.Equal(EvidenceTaxonomy.Default.Regions.Count, taxonomy.Regions.Count);
    }

    [Fact]
    public void Load_MalformedFile_ThrowsNamingTheFile()
    {
        File.WriteAllText(Path.Combine(_folder, "regions.json"), """{ "regions": [ { "code": "x", """);

        var ex = Assert.Throws<TaxonomyException>(() => EvidenceTaxonomy.Load(_folder));

        Assert.Contains("regions.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RegionWithUnknownCountry_ThrowsNamingTheRegion()
    {
        File.WriteAllText(Path.Combine(_folder, "regions.json"), """
            { "regions": [ { "code": "atlantis", "label": { "fr": "Atlantide", "en": "Atlantis" }, "countries": ["XX"] } ] }
            """);

        var ex = Assert.Throws<TaxonomyException>(() => EvidenceTaxonomy.Load(_folder));

        Assert.Contains("atlantis", ex.Message, StringComparison.Ordinal);
        Assert.Contains("XX", ex.Message, StringComparison.Ordinal);
    }
}
