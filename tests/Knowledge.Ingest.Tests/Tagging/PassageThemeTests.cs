using System.Text;
using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;

namespace Knowledge.Ingest.Tests.Tagging;

/// <summary>
/// A passage that names no theme speaks of its section's: the themes most of the section's tagged passages carry,
/// so that a theme filter keeps it. A section with no tagged passage gives none, and a tagged passage keeps its own.
/// </summary>
public sealed class PassageThemeTests
{
    private const string Labour = "Dans les ménages bénéficiaires, le travail des enfants recule nettement au cours de la période étudiée : les enfants de 10 à 14 ans consacrent moins d'heures aux travaux agricoles et au travail domestique, surtout pendant les mois où les versements arrivent à temps. Les filles en profitent davantage que les garçons, car elles étaient les plus chargées de corvées avant le programme.";

    private const string AlsoLabour = "Le travail des enfants pour des tiers, dans les champs de coton ou sur les sites d'orpaillage, baisse de moitié pendant les mois de versement. Les familles interrogées expliquent qu'elles n'ont plus besoin d'envoyer un fils chez un voisin ou un patron pour payer la nourriture, et que les enfants retournent plus souvent en classe après la récolte.";

    private const string Untagged = "L'effet est plus faible lorsque le ménage achète du petit bétail ou ouvre une petite boutique. Dans ces cas, les plus jeunes gardent alors les animaux ou tiennent l'étal pendant la journée, si bien que l'activité familiale augmente alors même que l'activité pour des tiers diminue. Les équipes proposent de suivre de près la présence en classe dans ces familles.";

    private const string Method = "L'équipe a rencontré les ménages à deux reprises, au début et à la fin de la période, et a comparé les réponses des deux passages. Les questionnaires ont été administrés en bambara et en français par des animateurs recrutés dans chaque commune, puis relus par un superviseur avant la saisie, et les données ont été pondérées selon la taille des villages.";

    [Fact]
    public async Task PassageNamingNoTheme_TakesTheThemeOfItsSection_AndASectionWithNoneGivesNone()
    {
        var text = "# Transferts monétaires\n\n## Effets sur le travail des enfants\n\n" + Labour + "\n\n" + AlsoLabour + "\n\n" + Untagged
            + "\n\n## Méthode\n\n" + Method + "\n";
        var result = await IngestRun.RunAsync(Encoding.UTF8.GetBytes(text), "rapport.md", new IngestRequest { Countries = ["ML"], Language = "fr", Year = 2024 });
        Assert.Equal(IngestStatus.Ingested, result.Status);
        var labour = Assert.Single(result.Findings, f => f.Text.StartsWith("Dans les ménages", StringComparison.Ordinal));
        Assert.Contains("child-labour", labour.Themes);
        var untagged = Assert.Single(result.Findings, f => f.Text.StartsWith("L'effet est plus faible", StringComparison.Ordinal));
        Assert.Contains("child-labour", untagged.Themes);
        var method = Assert.Single(result.Findings, f => f.Text.StartsWith("L'équipe a rencontré", StringComparison.Ordinal));
        Assert.Empty(method.Themes);
    }
}
