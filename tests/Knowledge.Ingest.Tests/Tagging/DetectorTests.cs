using Knowledge.Core.Evidence;
using Knowledge.Ingest.Tagging;

namespace Knowledge.Ingest.Tests.Tagging;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Les enfants des rues sont exposés à l'exploitation sexuelle dans les villes du pays.", "fr")]
    [InlineData("Children living on the streets are exposed to sexual exploitation in the cities of the country.", "en")]
    [InlineData("Child Rights Act", "fr")]
    [InlineData("", "fr")]
    [InlineData("Le rapport « Child marriage in West Africa » a été publié par le bureau régional et il est cité ici.", "fr")]
    public void Detect_ByStopWords_FrenchByDefault(string text, string expected) =>
        Assert.Equal(expected, LanguageDetector.Detect(text));
}

public sealed class DocumentKindClassifierTests
{
    [Theory]
    [InlineData("Aperçu pays : Niger", "", DocumentKind.CountryOverview)]
    [InlineData("Country overview: Burkina Faso", "", DocumentKind.CountryOverview)]
    [InlineData("Stratégie régionale de protection de l'enfant 2024-2028", "", DocumentKind.Strategy)]
    [InlineData("Plan d'action national contre la traite", "", DocumentKind.Strategy)]
    [InlineData("Note de politique : mettre fin au mariage des enfants", "", DocumentKind.PolicyBrief)]
    [InlineData("Policy brief: online child sexual exploitation", "", DocumentKind.PolicyBrief)]
    [InlineData("Étude sur l'exploitation sexuelle des enfants au Sénégal", "", DocumentKind.ResearchReport)]
    [InlineData("Rapport annuel 2022", "", DocumentKind.Other)]
    [InlineData("Les enfants du Sahel", "Méthodologie. L'étude repose sur 40 entretiens et des groupes de discussion avec un échantillon de 300 enfants.", DocumentKind.ResearchReport)]
    [InlineData("Agir ensemble", "Axes stratégiques. Objectif stratégique 1 : prévenir. Cadre logique et résultats attendus.", DocumentKind.Strategy)]
    [InlineData("Agir ensemble", "Messages clés pour les décideurs.", DocumentKind.PolicyBrief)]
    [InlineData("Bulletin", "Le comité s'est réuni.", DocumentKind.Other)]
    public void Classify_FromTitleThenLeadingText(string title, string leading, DocumentKind expected) =>
        Assert.Equal(expected, DocumentKindClassifier.Classify(title, leading));
}
