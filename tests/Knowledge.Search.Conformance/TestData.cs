using System.Security.Cryptography;
using System.Text;
using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy;

namespace Knowledge.Search.Conformance;

/// <summary>
/// Builders for evidence records, shared by every engine's tests and by the generators' tests.
/// Ids are derived from names the way ingestion derives them from file contents, so the same
/// name always yields the same document and finding ids.
/// </summary>
public static class TestData
{
    /// <summary>A small taxonomy the tests rely on (the shipped one is user data and may change).</summary>
    public static EvidenceTaxonomy Taxonomy { get; } = new(
        [
            Theme("child-marriage", "Mariage d'enfants", "Child marriage"),
            Theme("trafficking", "Traite des enfants", "Child trafficking"),
            Theme("sexual-exploitation", "Exploitation sexuelle", "Sexual exploitation"),
            Theme("birth-registration", "Enregistrement des naissances", "Birth registration"),
        ],
        [
            Country("BF", "Burkina Faso", "Burkina Faso"),
            Country("NE", "Niger", "Niger"),
            Country("ML", "Mali", "Mali"),
            Country("MR", "Mauritanie", "Mauritania"),
            Country("SN", "Sénégal", "Senegal"),
            Country("GN", "Guinée", "Guinea"),
            Country("CI", "Côte d'Ivoire", "Côte d'Ivoire"),
        ],
        [
            new Region { Code = "sahel", Label = new("Sahel", "Sahel"), Countries = ["BF", "ML", "MR", "NE"] },
            new Region { Code = "ecowas", Label = new("CEDEAO", "ECOWAS"), Countries = ["BF", "CI", "GN", "ML", "NE", "SN"] },
        ]);

    /// <summary>
    /// A source document. <paramref name="name"/> stands for the file: the same name gives the same
    /// id. <paramref name="revision"/> stands for the file's bytes: another revision gives another
    /// SHA-256 while the id stays the name's, which is how a re-ingested, edited file looks.
    /// </summary>
    public static SourceDocument Document(
        string name = "rapport",
        int? year = 2021,
        string language = "fr",
        DocumentKind kind = DocumentKind.ResearchReport,
        string? title = null,
        int revision = 1,
        IReadOnlyList<string>? countries = null,
        string? publisher = "ECPAT France") => new()
        {
            Id = Hash(name)[..16],
            Sha256 = Hash(name + "#" + revision),
            Title = title ?? $"Rapport {name}",
            Publisher = publisher,
            Year = year,
            Language = language,
            Kind = kind,
            Countries = countries ?? [],
            FileName = name + ".pdf",
            Pages = 40,
        };

    /// <summary>A finding of <paramref name="document"/>; year, title, kind and language come from the document unless given.</summary>
    public static Finding Finding(
        SourceDocument document,
        int ordinal,
        string text,
        IReadOnlyList<string>? themes = null,
        IReadOnlyList<string>? countries = null,
        FindingKind kind = FindingKind.Context,
        int? page = null,
        string? language = null,
        IReadOnlyList<string>? sectionPath = null,
        IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new Finding
        {
            Id = Core.Evidence.Finding.MakeId(document.Id, ordinal),
            DocumentId = document.Id,
            DocumentTitle = document.Title,
            DocumentKind = document.Kind,
            Publisher = document.Publisher,
            Year = document.Year,
            Language = language ?? document.Language,
            Page = page ?? ordinal + 1,
            PageEnd = page ?? ordinal + 1,
            SectionPath = sectionPath ?? ["Résultats"],
            Text = text,
            Themes = themes ?? [],
            Countries = countries ?? document.Countries,
            Kind = kind,
            Notes = notes ?? [],
            Ordinal = ordinal,
        };
    }

    /// <summary>Untagged findings of <paramref name="document"/>, one per text, in order.</summary>
    public static IReadOnlyList<Finding> Findings(SourceDocument document, params string[] texts) =>
        [.. texts.Select((text, i) => Finding(document, i, text))];

    /// <summary>
    /// A small library (four documents, nine findings, French and English) with known themes,
    /// countries, years and kinds, for filter and facet tests. The conformance tests count on
    /// these values: change both together.
    /// </summary>
    public static IReadOnlyList<(SourceDocument Document, IReadOnlyList<Finding> Findings)> SampleLibrary()
    {
        var bf = Document("rapport-bf-2019", 2019, "fr", DocumentKind.ResearchReport, "Étude nationale Burkina Faso 2019", countries: ["BF"]);
        var ne = Document("apercu-ne-2021", 2021, "fr", DocumentKind.CountryOverview, "Aperçu pays 2021", countries: ["NE"]);
        var sn = Document("brief-sn-2023", 2023, "en", DocumentKind.PolicyBrief, "Policy brief: children on the move in Senegal", countries: ["SN"]);
        var gn = Document("strategie-gn-2022", 2022, "fr", DocumentKind.Strategy, "Stratégie nationale de protection de l'enfant", countries: ["GN"]);
        return
        [
            (bf, [
                Finding(bf, 0, "Les mariages précoces touchent une fille sur deux au Burkina Faso, selon l'enquête de 2018.", ["child-marriage"], ["BF"], FindingKind.Statistic),
                Finding(bf, 1, "L'exploitation sexuelle des enfants dans les sites d'orpaillage reste mal documentée.", ["sexual-exploitation"], ["BF"], FindingKind.Gap),
                Finding(bf, 2, "Le gouvernement doit renforcer l'enregistrement des naissances dans les zones rurales.", ["birth-registration"], ["BF"], FindingKind.Recommendation),
            ]),
            (ne, [
                Finding(ne, 0, "Au Niger, le mariage des enfants concerne trois filles sur quatre avant dix-huit ans.", ["child-marriage"], ["NE"], FindingKind.Statistic),
                Finding(ne, 1, "Le code pénal nigérien réprime la traite des personnes depuis 2010.", ["trafficking"], ["NE"], FindingKind.Legal),
            ]),
            (sn, [
                Finding(sn, 0, "Child trafficking networks move children from Mali to Senegal for forced begging.", ["trafficking"], ["ML", "SN"], FindingKind.Context),
                Finding(sn, 1, "Governments should end child marriage by enforcing a minimum age of 18.", ["child-marriage"], ["SN"], FindingKind.Recommendation),
                Finding(sn, 2, "Birth registration rates remain low in rural areas of Senegal.", ["birth-registration"], ["SN"], FindingKind.Statistic),
            ]),
            (gn, [
                Finding(gn, 0, "La stratégie nationale prévoit la prise en charge des victimes d'exploitation.", ["sexual-exploitation"], ["GN"], FindingKind.Recommendation),
            ]),
        ];
    }

    private static Theme Theme(string code, string fr, string en) =>
        new() { Code = code, Group = "manifestation", Label = new(fr, en) };

    private static Country Country(string code, string fr, string en) =>
        new() { Code = code, Name = new(fr, en) };

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
