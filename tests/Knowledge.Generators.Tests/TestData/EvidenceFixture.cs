using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Tests.Fakes;

namespace Knowledge.Generators.Tests.TestData;

/// <summary>
/// A small synthetic evidence base (invented passages, not real figures) and taxonomy covering
/// every finding kind, French and English sources, a page range, a missing year, long passages
/// that must be cut at sentence boundaries, and theme × country cells left empty on purpose.
/// </summary>
public static class EvidenceFixture
{
    public static EvidenceTaxonomy Taxonomy { get; } = new(
        [
            Theme("sexual-exploitation", "manifestation", "Exploitation sexuelle des enfants", "Sexual exploitation of children"),
            Theme("child-marriage", "manifestation", "Mariage d'enfants", "Child marriage"),
            Theme("online-exploitation", "manifestation", "Exploitation sexuelle en ligne", "Online sexual exploitation"),
            Theme("trafficking", "manifestation", "Traite des enfants", "Child trafficking"),
            Theme("justice", "response", "Justice et application de la loi", "Justice and law enforcement"),
        ],
        [
            Country("BF", "Burkina Faso", "Burkina Faso"), Country("NE", "Niger", "Niger"), Country("ML", "Mali", "Mali"),
            Country("SN", "Sénégal", "Senegal"), Country("GN", "Guinée", "Guinea"), Country("CI", "Côte d'Ivoire", "Côte d'Ivoire"),
            Country("MR", "Mauritanie", "Mauritania"),
        ],
        [
            new Region { Code = "sahel", Label = new("Sahel", "Sahel"), Countries = ["BF", "ML", "NE"] },
            new Region { Code = "ecowas", Label = new("CEDEAO", "ECOWAS"), Countries = ["BF", "CI", "GN", "ML", "NE", "SN"] },
        ]);

    public static IReadOnlyList<(SourceDocument Document, IReadOnlyList<Finding> Findings)> Documents { get; } = Build();

    public static IEnumerable<Finding> AllFindings => Documents.SelectMany(d => d.Findings);

    public static async Task<InMemoryEvidenceIndex> IndexAsync(bool reverse = false)
    {
        var index = new InMemoryEvidenceIndex(Taxonomy);
        foreach (var (document, findings) in reverse ? Documents.Reverse() : Documents)
        {
            await index.UpsertDocumentAsync(document, reverse ? [.. findings.Reverse()] : findings);
        }

        return index;
    }

    private static List<(SourceDocument, IReadOnlyList<Finding>)> Build()
    {
        var list = new List<(SourceDocument, IReadOnlyList<Finding>)>();
        void Add(string id, string title, int? year, string language, DocumentKind kind, string? publisher, params (string Text, FindingKind Kind, string[] Themes, string[] Countries, int Page, int PageEnd)[] passages)
        {
            var doc = new SourceDocument
            {
                Id = id, Sha256 = id + new string('0', 48), Title = title, Year = year, Language = language, Kind = kind,
                Publisher = publisher, FileName = id + ".pdf", Pages = 40, FindingCount = passages.Length,
                AddedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), UpdatedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
            };
            var findings = passages.Select((p, i) => new Finding
            {
                Id = Finding.MakeId(id, i), DocumentId = id, DocumentTitle = title, DocumentKind = kind, Publisher = publisher, Year = year,
                Language = language, Page = p.Page, PageEnd = p.PageEnd, Text = p.Text, Themes = p.Themes, Countries = p.Countries, Kind = p.Kind, Ordinal = i,
            }).ToList();
            list.Add((doc, findings));
        }

        Add("bf00000000000001", "Aperçu pays : Burkina Faso", 2023, "fr", DocumentKind.CountryOverview, null,
            ("Selon l'enquête nationale, 42 % des filles sont mariées avant l'âge de 18 ans dans les régions du Sahel et de l'Est.", FindingKind.Statistic, ["child-marriage"], ["BF"], 12, 12),
            ("Le Code des personnes et de la famille fixe l'âge du mariage à 17 ans pour les filles et 20 ans pour les garçons, avec des dérogations possibles. Cette différence est contraire aux normes internationales. Le Code pénal de 2018 réprime la prostitution des enfants mais ne définit pas l'exploitation sexuelle en ligne.", FindingKind.Legal, ["child-marriage", "sexual-exploitation"], ["BF"], 14, 15),
            ("Les services de prise en charge des enfants victimes restent concentrés à Ouagadougou. Les zones rurales ne disposent d'aucun centre d'accueil spécialisé. Les travailleurs sociaux manquent de formation sur l'exploitation sexuelle.", FindingKind.Gap, ["sexual-exploitation"], ["BF"], 21, 21),
            ("Les sites d'orpaillage attirent de nombreux enfants. Des filles y sont exploitées sexuellement dans des bars et des maisons de passe installés autour des sites. Les familles déplacées par l'insécurité sont particulièrement exposées. Les autorités locales reconnaissent l'ampleur du phénomène sans disposer de données précises. Les organisations communautaires signalent une augmentation des cas depuis 2019. Aucune enquête nationale n'a encore mesuré ce phénomène dans les zones aurifères, ce qui limite la planification des services et le suivi des engagements pris par l'État.", FindingKind.Context, ["sexual-exploitation", "trafficking"], ["BF"], 8, 9),
            ("Le gouvernement devrait harmoniser l'âge minimum du mariage à 18 ans pour les filles et les garçons, sans dérogation.", FindingKind.Recommendation, ["child-marriage"], ["BF"], 30, 30));

        Add("ne00000000000002", "Étude sur l'exploitation sexuelle des enfants au Niger", 2021, "fr", DocumentKind.ResearchReport, "Réseau national",
            ("Sur 350 enfants interrogés à Niamey, 61 ont déclaré avoir reçu de l'argent ou des cadeaux en échange de rapports sexuels.", FindingKind.Statistic, ["sexual-exploitation"], ["NE"], 18, 18),
            ("Les poursuites pour exploitation sexuelle d'enfants restent rares. La police ne dispose pas d'une unité spécialisée et les victimes renoncent souvent à porter plainte. L'impunité des auteurs est largement dénoncée par les acteurs rencontrés.", FindingKind.Gap, ["sexual-exploitation", "justice"], ["NE"], 25, 25),
            ("Il est recommandé de créer une brigade des mineurs dans chaque chef-lieu de région et de former les magistrats à l'audition des enfants victimes.", FindingKind.Recommendation, ["justice", "sexual-exploitation"], ["NE"], 40, 40),
            ("La loi de 2010 relative à la lutte contre la traite des personnes prévoit des peines aggravées lorsque la victime est un enfant.", FindingKind.Legal, ["trafficking"], ["NE"], 9, 9),
            ("Le mariage précoce touche trois filles sur quatre dans certaines régions, selon les données citées par les acteurs de terrain.", FindingKind.Statistic, ["child-marriage"], ["NE"], 11, 11));

        Add("sn00000000000003", "Country overview: Senegal", 2022, "en", DocumentKind.CountryOverview, null,
            ("Tourism hubs on the Petite Côte have been linked to the sexual exploitation of children by travellers. Hotel staff interviewed said they had no procedure to report suspicious situations.", FindingKind.Context, ["sexual-exploitation"], ["SN"], 5, 5),
            ("Only 12 per cent of the hotels surveyed had trained their staff on child protection.", FindingKind.Statistic, ["sexual-exploitation"], ["SN"], 6, 6),
            ("There is no national data system recording cases of online child sexual exploitation, and reports are not disaggregated by age or sex.", FindingKind.Gap, ["online-exploitation"], ["SN"], 17, 17),
            ("Tourism companies should join The Code and train their staff to identify and report cases.", FindingKind.Recommendation, ["sexual-exploitation"], ["SN"], 22, 22));

        Add("rg00000000000004", "Rapport régional sur la traite au Sahel", null, "fr", DocumentKind.ResearchReport, null,
            ("Des enfants sont recrutés au Mali et au Burkina Faso pour travailler dans les mines d'or, où ils sont exposés à l'exploitation sexuelle et au travail forcé.", FindingKind.Context, ["trafficking", "sexual-exploitation"], ["ML", "BF"], 3, 3),
            ("Les données sur la traite transfrontalière des enfants sont fragmentaires et ne sont pas partagées entre les pays de la région.", FindingKind.Gap, ["trafficking"], ["ML", "BF", "NE"], 7, 7));

        Add("ci00000000000005", "Cadre juridique régional de la protection de l'enfant", 2020, "fr", DocumentKind.Strategy, "Secrétariat régional",
            ("La Côte d'Ivoire a adopté en 2016 une loi sur la cybercriminalité qui réprime la pédopornographie. Elle n'incrimine cependant pas la sollicitation d'enfants en ligne à des fins sexuelles. Aucune disposition n'oblige les fournisseurs d'accès à signaler les contenus.", FindingKind.Legal, ["online-exploitation"], ["CI"], 44, 45),
            ("Les États membres devraient adopter des plans d'action nationaux chiffrés et rendre compte de leur mise en œuvre au Comité africain d'experts.", FindingKind.Recommendation, ["sexual-exploitation", "child-marriage"], ["CI", "GN", "SN"], 50, 50));
        return list;
    }

    private static Theme Theme(string code, string group, string fr, string en) => new() { Code = code, Group = group, Label = new(fr, en) };

    private static Country Country(string code, string fr, string en) => new() { Code = code, Name = new(fr, en) };
}
