using Knowledge.Core.Taxonomy;
using Knowledge.Ingest.Tagging;

namespace Knowledge.Ingest.Tests.Tagging;

/// <summary>Checks the shipped data files against the tagger: every name tags its own country and nothing else.</summary>
public sealed class TaxonomyTaggingTests
{
    private static readonly EvidenceTagger Tagger = new(EvidenceTaxonomy.Default);

    // Names that are also common words or first names are blocked on purpose; their longer forms tag.
    private static readonly Dictionary<string, string> BlockedNames = new(StringComparer.Ordinal)
    {
        ["DM"] = "la Dominique",
        ["MU"] = "l'île Maurice",
        ["RE"] = "l'île de la Réunion",
        ["GD"] = "l'île de la Grenade",
        ["SV"] = "le Salvador",
    };

    public static TheoryData<string> CountryCodes() => [.. EvidenceTaxonomy.Default.Countries.Select(c => c.Code)];

    [Theory]
    [MemberData(nameof(CountryCodes))]
    public void Tag_EveryCountryName_TagsThatCountryOnly(string code)
    {
        var country = EvidenceTaxonomy.Default.FindCountry(code)!;
        var french = BlockedNames.GetValueOrDefault(code, country.Name.Fr);
        Assert.Equal([code], Tagger.Tag($"Situation des enfants : {french}.", "fr").Countries);
        if (!BlockedNames.ContainsKey(code))
        {
            Assert.Equal([code], Tagger.Tag($"Situation of children: {country.Name.En}.", "en").Countries);
        }
    }

    /// <summary>
    /// Every locality tags its country and no other: no two countries share one, and none is hidden
    /// inside another country's name or variant (« Kebbi » inside « Mayo-Kebbi » is Chad's).
    /// </summary>
    [Theory]
    [MemberData(nameof(CountryCodes))]
    public void Tag_EveryLocality_TagsItsCountryOnly(string code)
    {
        foreach (var locality in EvidenceTaxonomy.Default.FindCountry(code)!.Localities)
        {
            Assert.Equal([code], Tagger.Tag($"Situation des enfants : {locality}.", "fr").Countries);
        }
    }

    [Theory]
    [InlineData("Dans l'État de Borno, la moitié des écoles sont fermées.", "NG")]
    [InlineData("Les familles déplacées de l'Extrême-Nord vivent dans des sites informels.", "CM")]
    [InlineData("In Kambia and Kailahun, girls are recruited for work in bars.", "SL")]
    [InlineData("La région du Mayo-Kebbi compte de nombreux enfants bouviers.", "TD")]
    [InlineData("Children in the Upper East Region walk far to school.", "GH")]
    public void Tag_PassageNamingOnlyALocality_TagsItsCountry(string text, string code) =>
        Assert.Equal([code], Tagger.Tag(text, "fr").Countries);

    public static TheoryData<string> RegionCodes() => [.. EvidenceTaxonomy.Default.Regions.Select(r => r.Code)];

    [Theory]
    [MemberData(nameof(RegionCodes))]
    public void Tag_EveryRegionVariant_TagsThatRegion(string code)
    {
        var region = EvidenceTaxonomy.Default.FindRegion(code)!;
        Assert.All(region.Variants, variant =>
            Assert.Equal([code], Tagger.Tag($"Dans la zone {variant} aussi.", "fr").Regions));
    }

    [Fact]
    public void Tag_IsThreadSafe_SameResultsInParallel()
    {
        var passages = EvalPassage.Load().Select(p => p.Text).ToArray();
        var sequential = passages.Select(p => Tagger.Tag(p, "fr")).ToArray();
        var parallel = new TagResult[passages.Length];
        Parallel.For(0, passages.Length * 4, i => parallel[i % passages.Length] = Tagger.Tag(passages[i % passages.Length], "fr"));
        for (var i = 0; i < passages.Length; i++)
        {
            Assert.Equal(sequential[i].Themes, parallel[i].Themes);
            Assert.Equal(sequential[i].Countries, parallel[i].Countries);
            Assert.Equal(sequential[i].Kind, parallel[i].Kind);
        }
    }
}
