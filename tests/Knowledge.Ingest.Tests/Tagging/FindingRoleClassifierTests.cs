using Knowledge.Core.Evidence;
using Knowledge.Ingest.Tagging;

namespace Knowledge.Ingest.Tests.Tagging;

public class FindingRoleClassifierTests
{
    [Theory]
    [InlineData("Relever à 18 ans l'âge minimum légal du mariage pour les filles et pour les garçons.", "fr", FindingRole.Recommendation)]
    [InlineData("Le gouvernement devrait créer une brigade des mineurs dans chaque région.", "fr", FindingRole.Recommendation)]
    [InlineData("Aucune donnée publique ne permet d'évaluer la fréquence des sollicitations en ligne.", "fr", FindingRole.Gap)]
    [InlineData("Les poursuites restent toutefois rares dans les régions.", "fr", FindingRole.Gap)]
    [InlineData("Selon l'enquête de 2012, 76 % des femmes de 20 à 24 ans avaient été mariées avant 18 ans.", "fr", FindingRole.Statistic)]
    [InlineData("La loi n° 2019-33 du 3 juillet 2019 porte répression de la cybercriminalité.", "fr", FindingRole.Legal)]
    [InlineData("Les centres de transit accueillent temporairement des enfants migrants.", "fr", FindingRole.Response)]
    [InlineData("Les conséquences du mariage précoce sur la scolarité des filles sont bien documentées.", "fr", FindingRole.Consequence)]
    [InlineData("La pauvreté des familles pousse les filles vers les sites d'orpaillage.", "fr", FindingRole.Cause)]
    [InlineData("Des adolescentes sont exploitées dans la prostitution autour des gares routières.", "fr", FindingRole.Problem)]
    [InlineData("Le pays compte huit régions administratives.", "fr", FindingRole.Context)]
    [InlineData("Governments should criminalise the online grooming of children.", "en", FindingRole.Recommendation)]
    [InlineData("There is no national data system recording cases of online exploitation.", "en", FindingRole.Gap)]
    [InlineData("Only 12 per cent of the hotels surveyed had trained their staff.", "en", FindingRole.Statistic)]
    [InlineData("The Children's Act 2005 sets the age of marriage at 18.", "en", FindingRole.Legal)]
    public void Sentence_GetsTheRoleItCarries(string sentence, string language, FindingRole role)
    {
        var span = Assert.Single(FindingRoleClassifier.Classify(sentence, language));

        Assert.Equal(role, span.Role);
        Assert.Equal((0, sentence.Length), (span.Start, span.Length));
    }

    [Fact]
    public void BoxLabel_GetsNoSpan_AndListItemsStandAlone()
    {
        const string text = "Un décret adopté en 2017 prévoit le maintien à l'école des élèves mariées ; son application reste inégale.\nÀ retenir.\n• Adopter le Code de l'enfant.\n• Ratifier le Protocole de Maputo.";

        var spans = FindingRoleClassifier.Classify(text, "fr");

        Assert.Equal(3, spans.Count);
        Assert.DoesNotContain(spans, s => text.Substring(s.Start, s.Length).Contains("retenir", StringComparison.Ordinal));
        Assert.Equal("• Adopter le Code de l'enfant.", text.Substring(spans[1].Start, spans[1].Length));
        Assert.Equal([FindingRole.Gap, FindingRole.Recommendation, FindingRole.Recommendation], spans.Select(s => s.Role));
    }

    [Fact]
    public void Apply_SetsDistinctRolesInOrderOfFirstSentence()
    {
        var finding = new Finding
        {
            Id = "d-0000", DocumentId = "d", DocumentTitle = "T",
            Text = "Au Niger, 76 % des femmes de 20 à 24 ans étaient mariées avant 18 ans. Le Code civil fixe l'âge du mariage à 15 ans. Au Mali, 54 % l'étaient.",
        };

        var tagged = FindingRoleClassifier.Apply(finding);

        Assert.Equal([FindingRole.Statistic, FindingRole.Legal], tagged.Roles);
        Assert.Equal(3, tagged.RoleSpans.Count);
    }
}
