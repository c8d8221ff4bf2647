using System.Text;
using System.Text.RegularExpressions;

namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>A generated passage: its text, the identifying spans planted in it and the look-alikes beside them.</summary>
/// <param name="Text">The passage as the detector reads it.</param>
/// <param name="Language"><c>fr</c> or <c>en</c>.</param>
/// <param name="Positives">Planted identifying details: where they are and their kind (wire code).</param>
/// <param name="Negatives">Planted look-alikes that must not be flagged: where they are and their category.</param>
internal sealed record GeneratedPassage(
    string Text,
    string Language,
    IReadOnlyList<(int Start, int Length, string Kind)> Positives,
    IReadOnlyList<(int Start, int Length, string Category)> Negatives);

/// <summary>
/// A larger held-out evaluation set, built by code from report-style templates and lists of names,
/// places, numbers and public figures, in French and English. Every template was written before the
/// detector was run on it; none is taken from the corpus. A template marks an identifying detail
/// <c>⟦kind|…⟧</c> and a look-alike that must stay unflagged <c>⟪category|…⟫</c>; each template is
/// filled several times from the lists, so the set counts a few hundred spans of each side.
/// Shared with the <c>safeguarding</c> bench (linked into tests/Knowledge.Benchmarks).
/// </summary>
internal static partial class GeneratedPassages
{
    // Given names common in the Sahel, coastal West Africa and France; some are in the shipped
    // lexicon and some are not, as in real reports.
    private static readonly string[] GirlsFr = ["Aïssa", "Habsatou", "Mariama", "Rakiatou", "Zouera", "Salamatou", "Fatoumata", "Korotimi", "Adjara", "Haoua", "Nafissatou", "Djenabou", "Kadidiatou", "Aminatou", "Oumou", "Clarisse"];
    private static readonly string[] BoysFr = ["Boureima", "Issoufou", "Souleymane", "Mamadou", "Abdoulaye", "Ibrahim", "Seydou", "Adama", "Moussa", "Oumarou", "Lassina", "Yacouba"];
    private static readonly string[] GirlsEn = ["Abena", "Ngozi", "Fatmata", "Isatu", "Adaeze", "Mariatu", "Akosua", "Kadiatu", "Memuna", "Efua", "Hauwa", "Zainab", "Chiamaka", "Aisha"];
    private static readonly string[] BoysEn = ["Kwame", "Kofi", "Emmanuel", "Samuel", "Ibrahim", "Musa", "Abdul", "Joseph", "Daniel", "Yaw"];
    private static readonly string[] Villages = ["Kouré", "Tibiri", "Dogondoutchi", "Bankilaré", "Gorom-Gorom", "Kantchari", "Banfora", "Kolondiéba", "Bougouni", "Koundara", "Mamou", "Kaédi", "Sélibaby", "Bakel", "Kolda", "Tanout"];
    private static readonly string[] TownsEn = ["Bawku", "Tamale", "Bo", "Kenema", "Makeni", "Kano", "Sokoto", "Yendi", "Kailahun", "Ho"];
    private static readonly string[] RegionsFr = ["la région de Zinder", "la région de Tillabéri", "la région du Sahel", "la région de Kayes", "la région de Kankan", "la région de Tahoua", "la région de Sédhiou", "la région du Hodh El Chargui"];
    private static readonly string[] RegionsEn = ["the Upper East Region", "the Northern Region", "Kailahun District", "Kano State", "the Eastern Province", "Sokoto State"];
    private static readonly string[] MinistersFr = ["Mme Aminata Zerbo", "M. Mamadou Diallo", "Mme Fatoumata Sidibé", "M. Issoufou Garba", "Mme Mariam Koné", "M. Oumar Sy"];
    private static readonly string[] MinistersEn = ["Hon. Sarah Adwoa Safo", "Mrs Fatmata Kamara", "Dr Ibrahim Musa", "Hon. Grace Mensah", "Mr Joseph Koroma", "Minister Aisha Bello"];
    private static readonly string[] AuthorsFr = ["Traoré", "Diallo", "Ouédraogo", "Sawadogo", "Coulibaly", "Ndiaye", "Konaté", "Barry"];
    private static readonly string[] AuthorsEn = ["Mensah", "Okafor", "Boateng", "Kamara", "Adeyemi", "Owusu", "Bangura", "Asante"];
    private static readonly string[] MonthsFr = ["janvier", "mars", "avril", "juin", "juillet", "septembre", "octobre", "décembre"];
    private static readonly string[] MonthsEn = ["January", "March", "April", "June", "July", "September", "October", "December"];

    // Declared before the sets are built: static fields are set in the order they are written.
    private static readonly Names FirstNames = new(GirlsFr, BoysFr, GirlsEn, BoysEn, Villages, TownsEn);

    private static readonly string[] PositiveFr =
    [
        // A name beside a child or victim word.
        "Lors de l'entretien, ⟦name|{G}⟧, une adolescente placée comme domestique à Niamey, a décrit ses journées de travail.",
        "La victime, ⟦name|{G}⟧, avait été recrutée par une intermédiaire qui promettait un emploi en ville.",
        "Selon l'assistante sociale, la jeune ⟦name|{G}⟧ travaillait depuis deux ans sur un site d'orpaillage.",
        "Le garçon, prénommé ⟦name|{B}⟧, mendiait chaque jour pour le compte de son maître coranique.",
        "⟦name|{B}⟧, un enfant talibé rencontré à la gare routière, dit ne plus avoir vu sa famille depuis l'âge de sept ans.",
        // A quoted first-person testimony.
        "⟦testimony|« Je n'avais pas le droit de sortir et on me frappait quand je refusais »⟧, raconte une jeune fille rencontrée dans un centre d'accueil.",
        "Une adolescente interrogée à {V} témoigne : ⟦testimony|« Mon père m'a donnée en mariage à un homme que je ne connaissais pas »⟧.",
        "⟦testimony|« J'ai quitté l'école parce que ma tante avait besoin de moi au marché »⟧, confie une fillette suivie par l'association.",
        // An age with a locality, a school, a family detail or a date.
        "Les enquêteurs ont rencontré ⟦age-with-detail|une fille de {A} ans originaire du village de {V}⟧, mariée l'année précédente.",
        "Le rapport mentionne ⟦age-with-detail|un garçon de {A} ans, élève de CM2 à l'école de {V}⟧, contraint de travailler dans une carrière.",
        "⟦age-with-detail|Âgée de {A} ans, orpheline de mère⟧, l'adolescente vivait chez un oncle qui l'a confiée à un réseau.",
        "⟦age-with-detail|Une fillette de {A} ans a été retrouvée le {D} {M} 2023⟧ dans un bus à destination de la frontière.",
        // Contact details, case numbers, addresses, coordinates.
        "La famille de la victime peut être jointe au ⟦phone|+227 96 {P2} {P3} {P4}⟧ selon la fiche de suivi.",
        "Sur la fiche de signalement figure le numéro de la mère : ⟦phone|Tél. : 70 {P2} {P3} {P4}⟧.",
        "La fiche d'accueil indique l'adresse électronique de la tutrice, ⟦email|{g}.tutrice{A}@yahoo.fr⟧, et celle de l'école.",
        "Le ⟦case-number|dossier n° 2023/{P3}{P4}/TGI⟧ a été transmis au juge des enfants de Ouagadougou.",
        "L'audition a été consignée dans le ⟦case-number|PV n° {P2}{P3}/2022/BM⟧ de la brigade des mineurs.",
        "La jeune fille était hébergée ⟦address|rue {P2}.{P3}, porte {P4}⟧, chez une ancienne employeuse.",
        "L'enfant a été retrouvé au ⟦address|{P2} rue des Jardins⟧, à Dakar, par une équipe de l'AEMO.",
        "Le campement où vivaient les enfants se situe aux coordonnées ⟦coordinates|13.{P3}{P4}, 2.{P2}{P3}⟧ selon l'équipe mobile.",
        "L'équipe a localisé le site à ⟦coordinates|12°{P2}'{P3}\" N, 1°{P4}' O⟧, à deux heures de piste.",
        // A photo caption naming or describing a child.
        "⟦photo-caption|Photo : {G}, {A} ans, devant la maison de sa grand-mère à {V}⟧.",
        "⟦photo-caption|Légende : un garçon talibé, {B}, dans la cour d'un daara⟧.",
    ];

    private static readonly string[] PositiveEn =
    [
        "During the interview, ⟦name|{G}⟧, a girl working as a domestic servant in Accra, described her days.",
        "The victim, ⟦name|{G}⟧, had been recruited by a woman who promised her a job in the city.",
        "According to the social worker, a boy named ⟦name|{B}⟧ had been working at the quarry for two years.",
        "⟦name|{B}⟧, a child begging at the lorry park, said he had not seen his family since he was seven.",
        "⟦name|{G}⟧, a survivor of trafficking now living in a shelter, hopes to go back to school.",
        "⟦testimony|\"I was not allowed to go out and they beat me when I refused\"⟧, one girl told the researchers.",
        "A teenager interviewed in {T} recalled: ⟦testimony|\"My father gave me in marriage to a man I had never met.\"⟧",
        "⟦testimony|\"I left school because my aunt needed me at the market,\"⟧ said a girl supported by the project.",
        "Researchers met ⟦age-with-detail|a {A}-year-old girl from the village of {T}⟧ who had been married the year before.",
        "The report describes ⟦age-with-detail|a boy aged {A}, in grade 5 at the primary school in {T}⟧, forced to work in a mine.",
        "⟦age-with-detail|A {A}-year-old girl whose mother had died⟧ was living with an uncle who handed her to a broker.",
        "⟦age-with-detail|A {A}-year-old girl was found on {D} {M} 2023⟧ on a bus heading for the border.",
        "The victim's family can be reached on ⟦phone|+233 24 {P3} {P4}{P2}⟧, according to the case sheet.",
        "The referral form gives the mother's number: ⟦phone|Tel: 076 {P3} {P2}{P4}⟧.",
        "The intake form lists the guardian's email, ⟦email|{g}{A}.family@gmail.com⟧, and the school's.",
        "⟦case-number|Case no. 2023-{P3}{P4}⟧ was referred to the family court in Freetown.",
        "The statement was recorded under ⟦case-number|file number CF/2022/{P3}⟧ at the police station.",
        "The girl was kept at ⟦address|{P2} Liberation Road⟧, in the house of a former employer.",
        "The child was found at ⟦address|{P4} Kanda Street⟧ by an outreach team.",
        "The camp where the children lived lies at ⟦coordinates|9.{P3}{P4}, -0.{P2}{P3}⟧ according to the mobile team.",
        "The team located the site at ⟦coordinates|10°{P2}'{P3}\" N, 0°{P4}' W⟧, two hours from the road.",
        "⟦photo-caption|Photo: {G}, {A}, outside her grandmother's house in {T}⟧.",
        "⟦photo-caption|Pictured: a child vendor, {B}, at the market in {T}⟧.",
    ];

    private static readonly string[] NegativeFr =
    [
        "La ministre de la Femme et de la Protection de l'enfant, ⟪official|{MIN}⟫, a lancé la campagne nationale.",
        "Le procureur ⟪official|{AU}⟫ a rappelé que la traite des enfants est passible de dix ans d'emprisonnement.",
        "L'⟪organisation|Association des femmes juristes⟫ et la ⟪organisation|Fondation {G} pour l'enfance⟫ accompagnent les victimes.",
        "Les ⟪organisation|Centres {G} Diallo⟫ accueillent les enfants en situation de rue.",
        "La ⟪law|loi n° 2014-0{P2} du {D} {M} 2014⟫ relative à la traite des personnes a été révisée en 2021.",
        "Le pays a ratifié la ⟪law|Charte africaine des droits et du bien-être de l'enfant⟫ et le ⟪law|Protocole de Maputo⟫.",
        "Selon ⟪author|{AU} (20{P1})⟫, la prévalence du mariage des enfants reste élevée.",
        "Comme le montrent ⟪author|{AU} et al.⟫, la pauvreté pousse les familles à marier leurs filles tôt.",
        "Les travaux de ⟪author|{AU}, A. (2018)⟫ et de ⟪author|{AU2} (2020)⟫ portent sur le travail des enfants.",
        "Dans ⟪place|{R}⟫, ⟪statistic|{P2} % des filles de 20 à 24 ans⟫ étaient mariées avant 18 ans.",
        "⟪place|{R}⟫ compte ⟪statistic|{P2} {P3}0 enfants de 5 à 17 ans⟫ astreints au travail selon l'enquête.",
        "L'enquête a porté sur ⟪age-range|les adolescentes de 15 à 19 ans⟫ vivant dans ⟪place|{R}⟫.",
        "⟪age-range|Les enfants de moins de 18 ans⟫ représentent la moitié de la population de ⟪place|{R}⟫.",
        "⟪statistic|En 2022, 1 {P3} {P4}0 cas⟫ ont été signalés aux services sociaux, contre 980 en 2021.",
        "Le budget du plan s'élève à ⟪phone-like|3 {P3} {P4}0 000⟫ francs CFA, dont 40 % financés par les partenaires.",
        "Le ⟪report-number|rapport n° 2021/{P3}⟫ du Comité recommande d'harmoniser l'âge du mariage.",
        "Les ⟪report-number|observations finales CRC/C/NER/CO/3-5⟫ du Comité des droits de l'enfant restent d'actualité.",
        "Le ⟪date|décret du {D} {M} 2019⟫ fixe la liste des travaux dangereux interdits aux enfants.",
        "Les filles des écoles de ⟪place|{R}⟫ quittent la classe plus tôt que les garçons, selon ⟪official|le ministère de l'Éducation⟫.",
        "Les villages de ⟪place|{R}⟫ comptent peu de services de protection de l'enfance.",
    ];

    private static readonly string[] NegativeEn =
    [
        "The Minister of Gender, Children and Social Protection, ⟪official|{MIN}⟫, launched the national campaign.",
        "Judge ⟪official|{AU}⟫ reminded the court that child trafficking carries a ten-year sentence.",
        "The ⟪organisation|{G} Foundation⟫ and ⟪organisation|Save the Children⟫ support survivors.",
        "The ⟪organisation|Hope for Children Centre⟫ in ⟪place|{R}⟫ runs a shelter for girls.",
        "The ⟪law|Children's Act 1998 (Act 560)⟫ was amended by the ⟪law|Human Trafficking Act of 2005⟫.",
        "The country ratified the ⟪law|African Charter on the Rights and Welfare of the Child⟫ in 2005.",
        "According to ⟪author|{AU} (20{P1})⟫, child marriage remains common in rural areas.",
        "As ⟪author|{AU} et al.⟫ show, poverty drives families to marry their daughters early.",
        "The studies by ⟪author|{AU} and {AU2} (2019)⟫ focus on child labour in mining.",
        "In ⟪place|{R}⟫, ⟪statistic|{P2}% of women aged 20 to 24⟫ were married before 18.",
        "⟪place|{R}⟫ has ⟪statistic|{P2},{P3}0 children aged 5-17⟫ in child labour according to the survey.",
        "The survey covered ⟪age-range|girls aged 15 to 19⟫ living in ⟪place|{R}⟫.",
        "⟪age-range|Children under 18⟫ make up half of the population of ⟪place|{R}⟫.",
        "⟪statistic|In 2022, 1,{P3} cases⟫ were reported to social welfare, up from 980 in 2021.",
        "Police recorded ⟪phone-like|12,{P3}, 13,{P4} and 15,{P2}0⟫ reports in 2019, 2020 and 2021.",
        "The plan's budget is ⟪phone-like|GHS 24 {P3} {P4}0⟫, of which 40% comes from partners.",
        "⟪report-number|Report No. 2021/{P3}⟫ of the Committee recommends raising the age of marriage.",
        "The ⟪report-number|concluding observations CRC/C/GHA/CO/3-5⟫ remain relevant.",
        "The ⟪date|regulation of {D} {M} 2019⟫ lists the hazardous work forbidden to children.",
        "Girls in the schools of ⟪place|{R}⟫ drop out earlier than boys, the ⟪official|Ministry of Education⟫ says.",
        "The country ⟪report-number|profile 2022⟫ shows progress on birth registration.",
    ];

    // A second, smaller set written after the detector was fixed on the first and measured once as
    // it stood: other phrasings, other names and places, and some details the rules do not know.
    private static readonly string[] FreshGirlsFr = ["Bibata", "Hassetou", "Kounkou", "Maïmounatou", "Tené", "Abibatou", "Sadio", "Raïnatou"];
    private static readonly string[] FreshBoysFr = ["Hamado", "Soumaïla", "Boukari", "Inza", "Fousseni", "Daouda"];
    private static readonly string[] FreshGirlsEn = ["Yatta", "Kumba", "Esi", "Afia", "Mabinty", "Sia", "Naa", "Adjoa"];
    private static readonly string[] FreshBoysEn = ["Foday", "Kojo", "Alusine", "Kwesi", "Sahr", "Mohamed"];
    private static readonly string[] FreshVillages = ["Mayahi", "Guidan-Roumdji", "Kombissiri", "Ziniaré", "Siguiri", "Kankan", "Aleg", "Matam"];
    private static readonly string[] FreshTowns = ["Lunsar", "Kabala", "Wa", "Bolgatanga", "Koidu", "Port Loko"];

    private static readonly string[] FreshPositiveFr =
    [
        "La mineure ⟦name|{G}⟧ a été interceptée à la frontière avec deux autres enfants.",
        "Parmi les enfants rencontrés figurait ⟦name|{B}⟧, 11 ans, placé chez un marabout.",
        "Dans son témoignage recueilli à Diffa, ⟦name|{G}⟧, quatorze ans, explique avoir été promise à un commerçant.",
        "« ⟦testimony|Quand je pleurais, la patronne me privait de repas⟧ », se souvient une ancienne domestique de 15 ans.",
        "⟦age-with-detail|Âgé de 12 ans, le garçon fréquentait l'école coranique de {V}⟧ avant sa disparition.",
        "⟦age-with-detail|Une élève de 13 ans scolarisée au collège de {V}⟧ a été enlevée en {M} 2022.",
        "La mère reste joignable au ⟦phone|(+224) 622 {P2} {P3} {P4}⟧ d'après la fiche d'orientation.",
        "Le frère aîné a communiqué son adresse, ⟦email|{g}.{A}@hotmail.com⟧, aux enquêteurs.",
        "La ⟦case-number|plainte n° {P2}/{P3}/CAB⟧ a été déposée au commissariat central.",
        "L'adolescente logeait ⟦address|rue KK-{P2}, porte {P3}⟧, dans le quartier Koira Kano.",
        "⟦photo-caption|Crédit photo : une fillette de {A} ans vendant des beignets à {V}⟧.",
    ];

    private static readonly string[] FreshPositiveEn =
    [
        "The minor ⟦name|{G}⟧ was intercepted at the border with two other children.",
        "Among the children interviewed was ⟦name|{B}⟧, 12, who had been sent to a Koranic teacher.",
        "The survivor, ⟦name|{G}⟧, now attends a vocational course in the capital.",
        "⟦testimony|\"When I cried, my employer refused to feed me\"⟧, recalled a former domestic worker aged 15.",
        "⟦age-with-detail|A 13-year-old pupil at the junior high school in {T}⟧ was abducted in {M} 2022.",
        "The mother can still be reached on ⟦phone|(+232) 76 {P3} {P4}{P2}⟧, according to the referral sheet.",
        "Her elder brother gave investigators his address, ⟦email|{g}.{A}@yahoo.com⟧.",
        "⟦case-number|Complaint no. {P2}/{P3}⟧ was filed at the central police station.",
        "The girl was lodged at ⟦address|{P2} Wilkinson Road⟧, in a house rented by the broker.",
        "The quarry lies at ⟦coordinates|8.{P3}{P4}° N, 13.{P2}{P3}° W⟧, an hour from the highway.",
        "⟦photo-caption|Photo credit: a girl of {A} selling groundnuts in {T}⟧.",
    ];

    private static readonly string[] FreshNegativeFr =
    [
        "Le juge des enfants, ⟪official|M. {AU}⟫, a présidé l'audience de la chambre des mineurs.",
        "Le ministre ⟪official|Abdoulaye Diop⟫ a rappelé que la protection des enfants reste une priorité.",
        "Le ⟪organisation|Centre {G} Koné⟫ accueille les filles victimes de violences.",
        "Selon la ⟪law|loi n° 2018-{P2} portant Code de l'enfant⟫, le mariage est interdit avant 18 ans.",
        "⟪author|{AU} et {AU2} (2017)⟫ estiment que la moitié des enfants talibés mendient plus de six heures par jour.",
        "Dans ⟪place|la commune de {V}⟫, ⟪statistic|{P2} % des enfants de moins de cinq ans⟫ ne sont pas enregistrés à la naissance.",
        "⟪age-range|Les filles âgées de 10 à 14 ans⟫ sont les plus exposées au travail domestique.",
        "⟪statistic|Entre 2015 et 2020, 12 {P3} enfants⟫ ont été pris en charge par les services sociaux.",
        "Le ⟪report-number|rapport A/HRC/{P2}/{P3}⟫ du Rapporteur spécial décrit la situation des enfants des rues.",
        "La ⟪date|circulaire du {D} {M} 2021⟫ interdit les châtiments corporels envers les élèves.",
    ];

    private static readonly string[] FreshNegativeEn =
    [
        "Family court judge ⟪official|Justice {AU}⟫ heard the case of the three children.",
        "The ⟪organisation|Kofi Annan Foundation⟫ funds research on child protection.",
        "⟪author|{AU} (2019)⟫ found that girls who marry before 15 rarely complete primary school.",
        "⟪law|The Child Rights Act 2003⟫ sets the age of majority at 18 for every child.",
        "In ⟪place|Bombali District⟫, ⟪statistic|{P2}% of children aged 5-14⟫ work on farms.",
        "⟪age-range|Adolescents aged 15-19⟫ account for a third of the reported victims.",
        "⟪phone-like|1,{P3},{P4}0 children⟫ were registered at birth in 2021.",
        "⟪report-number|Document E/CN.{P2}/2020/{P3}⟫ reviews progress on child labour.",
        "⟪official|President Julius Maada Bio⟫ launched the free school programme for every child.",
        "⟪date|On {D} {M} 2019⟫, parliament raised the minimum age of marriage to 18 for every girl.",
    ];

    /// <summary>How many times each template is filled (with different names, places and numbers).</summary>
    public const int Fills = 4;

    /// <summary>The whole set, French then English, in a fixed order (same build, same set).</summary>
    public static IReadOnlyList<GeneratedPassage> All { get; } = Build();

    /// <summary>The second set, written after the fixes the first one led to (see <see cref="FreshPositiveFr"/>).</summary>
    public static IReadOnlyList<GeneratedPassage> Fresh { get; } = Build(
        [(FreshPositiveFr, "fr"), (FreshNegativeFr, "fr"), (FreshPositiveEn, "en"), (FreshNegativeEn, "en")],
        new Names(FreshGirlsFr, FreshBoysFr, FreshGirlsEn, FreshBoysEn, FreshVillages, FreshTowns),
        fills: 3);

    private sealed record Names(string[] GirlsFr, string[] BoysFr, string[] GirlsEn, string[] BoysEn, string[] Villages, string[] Towns);

    private static List<GeneratedPassage> Build() =>
        Build([(PositiveFr, "fr"), (NegativeFr, "fr"), (PositiveEn, "en"), (NegativeEn, "en")], FirstNames, Fills);

    private static List<GeneratedPassage> Build((string[] Templates, string Lang)[] sets, Names names, int fills)
    {
        var passages = new List<GeneratedPassage>();
        var n = 0;
        foreach (var (templates, lang) in sets)
        {
            for (var t = 0; t < templates.Length; t++)
            {
                for (var fill = 0; fill < fills; fill++)
                {
                    passages.Add(Parse(Fill(templates[t], lang, n++, names), lang));
                }
            }
        }

        return passages;
    }

    // Fills a template's placeholders from the lists, stepping through them so that neighbouring
    // passages use different names, places and numbers.
    private static string Fill(string template, string lang, int n, Names names)
    {
        var fr = lang == "fr";
        var girl = Pick(fr ? names.GirlsFr : names.GirlsEn, n);
        string Pick(string[] list, int i) => list[((i % list.Length) + list.Length) % list.Length];
        return template
            .Replace("{G}", girl, StringComparison.Ordinal)
            .Replace("{g}", Ascii(girl).ToLowerInvariant(), StringComparison.Ordinal)
            .Replace("{B}", Pick(fr ? names.BoysFr : names.BoysEn, n * 3), StringComparison.Ordinal)
            .Replace("{V}", Pick(names.Villages, n * 5), StringComparison.Ordinal)
            .Replace("{T}", Pick(names.Towns, n * 7), StringComparison.Ordinal)
            .Replace("{R}", Pick(fr ? RegionsFr : RegionsEn, n * 3), StringComparison.Ordinal)
            .Replace("{MIN}", Pick(fr ? MinistersFr : MinistersEn, n), StringComparison.Ordinal)
            .Replace("{AU2}", Pick(fr ? AuthorsFr : AuthorsEn, n + 3), StringComparison.Ordinal)
            .Replace("{AU}", Pick(fr ? AuthorsFr : AuthorsEn, n), StringComparison.Ordinal)
            .Replace("{M}", Pick(fr ? MonthsFr : MonthsEn, n * 3), StringComparison.Ordinal)
            .Replace("{D}", (1 + (n * 7 % 28)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{A}", (8 + (n % 9)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{P1}", (10 + (n % 12)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{P2}", (11 + (n * 13 % 88)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{P3}", (10 + (n * 29 % 89)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{P4}", (10 + (n * 47 % 89)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static string Ascii(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (c < 128)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A passage from its marked text: <c>⟦kind|…⟧</c> an identifying detail, <c>⟪category|…⟫</c> a
    /// look-alike. Shared by every labelled set (A, C and the sets D–G written blind).
    /// </summary>
    internal static GeneratedPassage Parse(string marked, string lang)
    {
        var text = new StringBuilder();
        var positives = new List<(int, int, string)>();
        var negatives = new List<(int, int, string)>();
        var at = 0;
        foreach (Match m in Mark().Matches(marked))
        {
            text.Append(marked, at, m.Index - at);
            var inner = m.Groups["t"].Value;
            (m.Value[0] == '⟦' ? positives : negatives).Add((text.Length, inner.Length, m.Groups["k"].Value));
            text.Append(inner);
            at = m.Index + m.Length;
        }

        text.Append(marked, at, marked.Length - at);
        return new GeneratedPassage(text.ToString(), lang, positives, negatives);
    }

    // A mark's text holds no other mark: an unclosed one cannot swallow the next.
    [GeneratedRegex(@"[⟦⟪](?<k>[a-z-]+)\|(?<t>[^⟦⟪⟧⟫]+)[⟧⟫]")]
    private static partial Regex Mark();
}
