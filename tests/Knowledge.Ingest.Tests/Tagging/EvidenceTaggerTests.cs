using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy;
using Knowledge.Ingest.Tagging;

namespace Knowledge.Ingest.Tests.Tagging;

public sealed class EvidenceTaggerTests
{
    private static readonly EvidenceTagger Tagger = new(EvidenceTaxonomy.Default);

    private static IReadOnlyList<string> Countries(string text) => Tagger.Tag(text, "fr").Countries;

    [Theory]
    [InlineData("La situation au Niger reste préoccupante.", "NE")]
    [InlineData("La situation au Nigeria reste préoccupante.", "NG")]
    [InlineData("Au Nigéria, les filles sont exposées.", "NG")]
    [InlineData("Les filles nigériennes sont mariées tôt.", "NE")]
    [InlineData("Les trafiquants nigérians recrutent à Benin City.", "NG")]
    [InlineData("Nigerien girls are married early.", "NE")]
    [InlineData("Nigerian girls are trafficked to Europe.", "NG")]
    [InlineData("La pollution du delta du Niger touche les familles.", "NG")]
    public void Tag_NigerAndNigeria_AreToldApart(string text, string expected) =>
        Assert.Equal([expected], Countries(text));

    [Theory]
    [InlineData("Les enfants de Guinée sont concernés.", "GN")]
    [InlineData("Les enfants de Guinée-Bissau sont concernés.", "GW")]
    [InlineData("Les enfants de Guinée Bissau sont concernés.", "GW")]
    [InlineData("Les enfants de Guinée équatoriale sont concernés.", "GQ")]
    [InlineData("La République de Guinée équatoriale a ratifié le protocole.", "GQ")]
    [InlineData("Les enfants de Papouasie-Nouvelle-Guinée sont concernés.", "PG")]
    [InlineData("Children in Guinea are affected.", "GN")]
    [InlineData("Children in Guinea-Bissau are affected.", "GW")]
    [InlineData("Children in Equatorial Guinea are affected.", "GQ")]
    [InlineData("Children in Papua New Guinea are affected.", "PG")]
    [InlineData("Les autorités guinéennes ont réagi.", "GN")]
    [InlineData("Les autorités bissau-guinéennes ont réagi.", "GW")]
    [InlineData("Les autorités équato-guinéennes ont réagi.", "GQ")]
    public void Tag_TheGuineas_AreOneMentionEach(string text, string expected) =>
        Assert.Equal([expected], Countries(text));

    [Fact]
    public void CountCountries_GuineaBissau_IsNotAlsoCountedAsGuinea()
    {
        var mentions = Tagger.CountCountries("La Guinée-Bissau et la Guinée-Bissau, puis la Guinée.");
        Assert.Equal([new CountryMention("GW", 2), new CountryMention("GN", 1)], mentions);
    }

    [Fact]
    public void Tag_GulfOfGuinea_IsNotACountry() =>
        Assert.Empty(Countries("La piraterie dans le golfe de Guinée perturbe le commerce."));

    [Theory]
    [InlineData("Les filles burkinabè déplacées à l'intérieur du pays.", "BF")]
    [InlineData("Les Burkinabés vivant à l'étranger.", "BF")]
    [InlineData("The Burkinabe authorities responded.", "BF")]
    [InlineData("Les familles maliennes réfugiées.", "ML")]
    [InlineData("Les autorités mauritaniennes ont adopté la loi.", "MR")]
    [InlineData("Les talibés sénégalais mendient.", "SN")]
    [InlineData("Une adolescente ivoirienne témoigne.", "CI")]
    [InlineData("Les jeunes filles tchadiennes sont exposées.", "TD")]
    public void Tag_Demonyms_TagTheirCountry(string text, string expected) =>
        Assert.Equal([expected], Countries(text));

    [Theory]
    [InlineData("En Côte d'Ivoire, la loi a changé.")]
    [InlineData("En Côte d’Ivoire, la loi a changé.")]
    [InlineData("En COTE D'IVOIRE, la loi a changé.")]
    [InlineData("In Ivory Coast, the law changed.")]
    [InlineData("In Cote d'Ivoire, the law changed.")]
    public void Tag_CoteDIvoire_AllSpellings(string text) =>
        Assert.Equal(["CI"], Countries(text));

    [Theory]
    [InlineData("Le rapport est disponible en français et en anglais.")]
    [InlineData("La langue française est la langue officielle ; les Français de l'étranger.")]
    [InlineData("Les textes en arabe et en espagnol ont été traduits.")]
    [InlineData("Lors de la réunion du comité, Dominique et Maurice ont présenté l'étude.")]
    [InlineData("Selon les lignes directrices de Luxembourg et l'Organisation des États américains.")]
    [InlineData("Les enfants en conflit avec la loi au bord du fleuve Niger.")]
    public void Tag_LanguagesNamesAndRivers_AreNotCountries(string text) =>
        Assert.Empty(Countries(text));

    [Theory]
    [InlineData("La Déclaration d'Abuja engage les États à consacrer 15 % de leur budget à la santé.")]
    [InlineData("La Convention de Malabo sur la cybersécurité n'est ratifiée que par une minorité d'États.")]
    [InlineData("Le siège de la CEDEAO à Abuja accueillera la réunion des ministres.")]
    [InlineData("The Abuja Declaration set a target for health spending across the continent.")]
    [InlineData("Les engagements de Ouagadougou sur la traite ont été renouvelés par les ministres.")]
    [InlineData("Le Cadre d'action de Dakar fixe les objectifs de l'éducation pour tous.")]
    public void Tag_TreatiesAndSeatsNamedAfterCities_AreNotTheCountry(string text) =>
        Assert.Empty(Countries(text));

    [Theory]
    [InlineData("À Abuja, des adolescentes sont exploitées dans les quartiers périphériques.", "NG")]
    [InlineData("Les enfants des rues de Malabo sont exposés à l'exploitation.", "GQ")]
    [InlineData("La Convention de Malabo a été ratifiée par le Niger en 2020.", "NE")]
    public void Tag_CitiesOutsideSuchNames_StillTagTheCountry(string text, string code) =>
        Assert.Equal([code], Countries(text));

    [Fact]
    public void Tag_France_IsTaggedByItsName() =>
        Assert.Equal(["FR"], Countries("Des touristes venus de France ont été arrêtés."));

    [Fact]
    public void Tag_Countries_InOrderOfFirstMention() =>
        Assert.Equal(["TG", "BJ", "GA"], Countries("Des filles du Togo et du Bénin sont exploitées au Gabon, puis renvoyées au Togo."));

    [Fact]
    public void Tag_Regions_LongestNameWins()
    {
        var result = Tagger.Tag("La Communauté économique des États de l'Afrique de l'Ouest (CEDEAO) et les pays du Sahel.", "fr");
        Assert.Equal(["ecowas", "sahel"], result.Regions);
        Assert.Empty(result.Countries);
    }

    [Fact]
    public void Tag_WestAfricaAndAes_AreRegions() =>
        Assert.Equal(["west-africa", "aes", "ecowas"], Tagger.Tag("En Afrique de l'Ouest, les pays de l'Alliance des États du Sahel ont quitté la CEDEAO.", "fr").Regions);

    [Theory]
    [InlineData("Les mariages précoces restent fréquents.", "child-marriage")]
    [InlineData("Le mariage d'enfants est interdit.", "child-marriage")]
    [InlineData("Une fille sur deux est mariée avant l'âge de 18 ans.", "child-marriage")]
    [InlineData("Child marriage remains widespread.", "child-marriage")]
    [InlineData("Les unions précoces touchent les adolescentes.", "child-marriage")]
    [InlineData("Les victimes de la traite transfrontalière.", "trafficking")]
    [InlineData("Victims of trafficking were identified.", "trafficking")]
    [InlineData("Les cas de sextorsion via les réseaux sociaux.", "online")]
    [InlineData("Les garçons sont aussi victimes.", "gender-boys")]
    [InlineData("Les enfants talibés contraints à la mendicité.", "child-labour")]
    [InlineData("L'enregistrement des naissances progresse.", "birth-registration")]
    [InlineData("Après une mauvaise récolte, la dot versée par la famille du mari nourrit le foyer.", "child-marriage")]
    [InlineData("Les parents préfèrent marier leur fille dès la puberté.", "child-marriage")]
    [InlineData("The bride price paid after a poor harvest feeds the household.", "child-marriage")]
    [InlineData("Le décret range le travail dans les mines parmi les travaux dangereux.", "child-labour")]
    [InlineData("Hazardous work in quarries is prohibited for anyone under 18.", "child-labour")]
    public void Tag_Themes_FromPatterns(string text, string theme) =>
        Assert.Contains(theme, Tagger.Tag(text, "fr").Themes);

    [Theory]
    [InlineData("Les dossiers ont été traités par le tribunal.", "trafficking")]
    [InlineData("Les filles et les garçons de l'école primaire.", "gender-boys")]
    [InlineData("Il y a eu un abus de pouvoir du chef de village.", "sexual-violence")]
    [InlineData("Les enfants en conflit avec la loi sont détenus.", "humanitarian-conflict")]
    [InlineData("Il a brisé la loi du silence.", "legal-framework")]
    [InlineData("Les violences domestiques touchent les mères.", "child-labour")]
    public void Tag_AmbiguousWords_DoNotTagTheTheme(string text, string theme) =>
        Assert.DoesNotContain(theme, Tagger.Tag(text, "fr").Themes);

    [Fact]
    public void Tag_Themes_InTaxonomyOrder()
    {
        var result = Tagger.Tag("La traite des enfants et la prostitution des mineurs, y compris en ligne.", "fr");
        Assert.Equal(["prostitution", "trafficking", "online"], result.Themes);
    }

    [Fact]
    public void Tag_MinHits_NeedsDistinctPatterns()
    {
        var themes = new[]
        {
            new Theme { Code = "funding", Group = "cross-cutting", Label = new("Financement", "Funding"), MinHits = 2, Patterns = new() { Fr = ["budget*", "bailleur*"] } },
        };
        var tagger = new EvidenceTagger(new EvidenceTaxonomy(themes, [], []));
        Assert.Empty(tagger.Tag("Le budget, le budget et encore le budget.", "fr").Themes);
        Assert.Equal(["funding"], tagger.Tag("Le budget dépend des bailleurs.", "fr").Themes);
    }

    [Fact]
    public void Constructor_BadRegex_NamesThePatternAndTheme()
    {
        var themes = new[]
        {
            new Theme { Code = "broken", Group = "response", Label = new("Cassé", "Broken"), Patterns = new() { Fr = ["re:(unclosed"] } },
        };
        var ex = Assert.Throws<TaxonomyException>(() => new EvidenceTagger(new EvidenceTaxonomy(themes, [], [])));
        Assert.Contains("broken", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(unclosed", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Au Niger, 76 % des femmes de 20 à 24 ans ont été mariées avant 18 ans.", "fr", FindingKind.Statistic)]
    [InlineData("En 2023, la brigade a interpellé 37 personnes.", "fr", FindingKind.Statistic)]
    [InlineData("Une fille sur trois est mariée avant 15 ans.", "fr", FindingKind.Statistic)]
    [InlineData("Only 26% of children have a birth certificate.", "en", FindingKind.Statistic)]
    [InlineData("In 2019, the 2,345 calls received were logged.", "en", FindingKind.Statistic)]
    [InlineData("Nous recommandons au gouvernement d'adopter la loi.", "fr", FindingKind.Recommendation)]
    [InlineData("Il faut renforcer la prise en charge des victimes.", "fr", FindingKind.Recommendation)]
    [InlineData("Renforcer les capacités des travailleurs sociaux.", "fr", FindingKind.Recommendation)]
    [InlineData("The government should allocate a budget line.", "en", FindingKind.Recommendation)]
    [InlineData("Ensure that every child victim has access to care.", "en", FindingKind.Recommendation)]
    [InlineData("La loi n° 2005-06 du 29 avril 2005 relative à la traite punit la mendicité forcée.", "fr", FindingKind.Legal)]
    [InlineData("L'article 12 de la loi de 2015 interdit le mariage des enfants.", "fr", FindingKind.Legal)]
    [InlineData("The Sexual Offences Act of 2012 raised the penalty.", "en", FindingKind.Legal)]
    [InlineData("Il existe une absence de données sur les garçons victimes.", "fr", FindingKind.Gap)]
    [InlineData("There is a lack of reliable data on child prostitution.", "en", FindingKind.Gap)]
    [InlineData("Les services de prise en charge restent insuffisants dans les zones rurales.", "fr", FindingKind.Gap)]
    [InlineData("Les enfants talibés vivent dans les daaras de la ville.", "fr", FindingKind.Context)]
    [InlineData("Voir la page 12 et le chapitre 3 du rapport publié en 2021.", "fr", FindingKind.Context)]
    public void Tag_Kind(string text, string language, FindingKind expected) =>
        Assert.Equal(expected, Tagger.Tag(text, language).Kind);

    [Theory]
    [InlineData("1. Les enfants des rues, selon la loi de 2003, sont protégés.")]
    [InlineData("Depuis 2019-2023, la covid-19 a marqué les esprits.")]
    [InlineData("Le 12 mars 2021, le comité s'est réuni.")]
    [InlineData("Les enfants de 10 à 17 ans sont concernés.")]
    [InlineData("Une peine de cinq à dix ans et de 5 à 10 ans de prison.")]
    [InlineData("11/22/26, 5:07 PM Cadre stratégique, page 15/48, candidatures jusqu'au 30/06/2022 inclus.")]
    [InlineData("Priorités : 2. Cadres juridiques solides 3. Accès à la justice.")]
    [InlineData("Voir le rapport sur la traite (2020). 41. Revue 17(11), 2.")]
    public void Tag_YearsDatesAgesAndNumbering_AreNotStatistics(string text) =>
        Assert.NotEqual(FindingKind.Statistic, Tagger.Tag(text, "fr").Kind);

    [Fact]
    public void Tag_EmptyText_GivesNothing()
    {
        var result = Tagger.Tag(string.Empty, "fr");
        Assert.Empty(result.Themes);
        Assert.Empty(result.Countries);
        Assert.Equal(FindingKind.Context, result.Kind);
    }
}
