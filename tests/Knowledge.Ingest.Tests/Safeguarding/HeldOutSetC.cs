using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set C: a third evaluation set, written for issue 16 by a reviewer who had read the issue and the
/// scoring, but not the detector's rules, and measured once against the detector as it stood. Sets A
/// and B (<see cref="GeneratedPassages"/>) were used to tune the detector, so they are no longer held
/// out; after its first run (recall 0.583, precision 0.967) the detector was fixed on this one too, so
/// it is no longer held out either. Its templates are other kinds of report prose (NGO case studies, field-visit
/// notes, press paragraphs, monitoring reports), its names are other West African (Fula, Hausa,
/// Mandinka, Wolof, Soninke, Kanuri, Mooré, Hassaniya) and French/English names, its places other
/// villages, towns and schools, and its numbers other national formats.
/// </summary>
/// <remarks>
/// Marks are those of <see cref="GeneratedPassages"/>: <c>⟦kind|…⟧</c> for an identifying detail
/// (kind is the wire code), <c>⟪category|…⟫</c> for a look-alike that must stay unflagged.
/// Placeholders are filled from a <see cref="Random"/> with a fixed seed, so every build yields the
/// same set; a placeholder used twice in one passage gets the same value.
/// <para>
/// What counts as a <b>public hotline</b> (category <c>hotline</c>, a negative): a number published
/// for anyone to call and run by a public service or a national helpline — the short codes
/// (116 child helpline, 17/18 in francophone countries, 112/191 in anglophone ones) and a toll-free
/// number introduced as such ("numéro vert", "toll-free line") and attributed to a ministry. A number
/// attributed to a person (a parent, a guardian, a case worker) is a phone detail, a positive.
/// </para>
/// <para>
/// One fix after the first run, to the set, not the detector: the degree-minute coordinates drew
/// their minutes from 10–99, so some were impossible (14°75'); they now draw from 10–59 with the
/// same number of draws, so every other passage is unchanged. All eight coordinates were missed
/// before and after, so the figures did not move.
/// </para>
/// </remarks>
internal static partial class HeldOutSetC
{
    /// <summary>The fixed seed of the fill (the date the set was written).</summary>
    public const int Seed = 20261204;

    /// <summary>How many times each template is filled.</summary>
    public const int Fills = 2;

    // Children's given names, by language of the passage.
    private static readonly string[] GirlsFr = ["Dieynaba", "Coumba", "Ndèye", "Sokhna", "Penda", "Binta", "Wendkouni", "Rasmata", "Nyima", "Sirandou", "Sira", "Yagana", "Kaltoum", "Mariem", "Toutou", "Vatimetou", "Lemina", "Élodie"];
    private static readonly string[] BoysFr = ["Ousseynou", "Modou", "Cheikh", "Samba", "Demba", "Hamidou", "Wendpanga", "Sibiri", "Kalilou", "Bakary", "Sidi", "Mohamedou", "Brahim", "Bukar", "Goni", "Mahamadou", "Théo"];
    private static readonly string[] GirlsEn = ["Rahama", "Halima", "Rabi", "Jummai", "Yakaka", "Bintu", "Isatou", "Kaddijatou", "Fatou", "Blessing", "Precious", "Patience", "Mercy", "Hannah", "Maryam", "Nyima"];
    private static readonly string[] BoysEn = ["Lamin", "Ebrima", "Alieu", "Usman", "Sani", "Auwal", "Nasiru", "Babagana", "Modu", "Gideon", "Peter", "Isaac", "Ousman"];

    // Surnames, shared by children (full names) and public figures (officials, foundations, authors).
    private static readonly string[] SurnamesFr = ["Diop", "Sow", "Kaboré", "Zongo", "Camara", "Kanouté", "Ould Ahmed", "Mahamane", "Tounkara", "Ndour", "Sylla", "Compaoré"];
    private static readonly string[] SurnamesEn = ["Bello", "Yusuf", "Jallow", "Ceesay", "Sesay", "Kargbo", "Adamu", "Monguno", "Agyeman", "Njie", "Danjuma", "Touray"];

    // Adults' given names for public figures: some are also children's names, as in real reports.
    private static readonly string[] AdultsFr = ["Aminata", "Fatou", "Moussa", "Ousmane", "Mariam", "Salif", "Awa", "Ibrahima", "Coumba", "Sira"];
    private static readonly string[] AdultsEn = ["Amina", "Halima", "Usman", "Isatou", "Lamin", "Grace", "Fatima", "Bukola", "Rabi"];

    private static readonly string[] VillagesFr = ["Ndiaganiao", "Thiénaba", "Kéniéba", "Yorosso", "Djibo", "Koupéla", "Ayorou", "Filingué", "Magaria", "Boutilimit", "Aïoun", "Kiffa", "Ourossogui", "Dioura", "Tougan", "Sinthiou Malème"];
    private static readonly string[] TownsEn = ["Basse", "Brikama", "Farafenni", "Maiduguri", "Potiskum", "Katsina", "Gusau", "Zaria", "Damongo", "Salaga", "Pujehun", "Kambia", "Magburaka"];
    private static readonly string[] SchoolsFr = ["l'école primaire Sainte-Thérèse de {V}", "le CEG de {V}", "l'école franco-arabe de {V}", "le collège d'enseignement moyen de {V}", "l'école Kankou-Moussa de {V}"];
    private static readonly string[] SchoolsEn = ["St. Mary's Primary School in {T}", "Government Girls' Secondary School, {T}", "the Islamiyya school in {T}", "Ansarudeen Basic School, {T}", "the junior secondary school in {T}"];
    private static readonly string[] RegionsFr = ["la région de Maradi", "la région de Diffa", "la région de Tambacounda", "la région de Mopti", "la région de Ségou", "la région de la Boucle du Mouhoun", "la région du Centre-Nord", "la wilaya de l'Assaba", "la région de Kédougou"];
    private static readonly string[] RegionsEn = ["Borno State", "Zamfara State", "the Upper West Region", "the North East Region", "the Central River Region", "Pujehun District", "Katsina State"];
    private static readonly string[] MonthsFr = ["février", "mars", "mai", "juin", "août", "septembre", "novembre", "décembre"];
    private static readonly string[] MonthsEn = ["February", "March", "May", "June", "August", "September", "November", "December"];

    private static readonly string[] PositiveFr =
    [
        // A name near a child or victim word: case-study, field-note and press phrasings.
        "Étude de cas — ⟦name|{G}⟧ est une fillette que l'équipe a accompagnée pendant six mois après son retrait d'un ménage à Bamako.",
        "Notes de visite : rencontré ⟦name|{B}⟧, garçon d'environ douze ans, au point de collecte de ferraille.",
        "Notre correspondant a pu parler à ⟦name|{G} {SUR}⟧, mineure au moment des faits, dans un foyer tenu par des religieuses.",
        "D'après la fiche de suivi, l'enfant ⟦name|{B}⟧ ne va plus à l'école depuis la saison des pluies.",
        "La survivante ⟦name|{G}⟧ a accepté que son histoire soit partagée, mais pas sa photo.",
        "Ce mois-ci, le comité de veille a suivi le cas de la petite ⟦name|{G}⟧, retirée d'un site aurifère.",
        "⟦name|{B}⟧ (prénom modifié), jeune apprenti mécanicien, dit travailler sans salaire depuis l'an dernier.",
        // Quoted first-person testimony.
        "Dans le récit recueilli par l'équipe, la fillette explique : ⟦testimony|« Le soir, je dormais par terre dans la cuisine et je me levais avant tout le monde »⟧.",
        "⟦testimony|« Ils m'ont dit que si je parlais, ma mère serait chassée du village »⟧, rapporte une adolescente accompagnée par le centre.",
        "Un garçon des rues confie à notre reporter : ⟦testimony|« Je garde l'argent dans ma chaussure pour que les grands ne le prennent pas »⟧.",
        "Extrait d'entretien avec une fille mariée précocement : ⟦testimony|“Je n'ai pas choisi, on m'a seulement prévenue le jour du mariage.”⟧",
        // An age with a locality, a school, a family detail or a date.
        "⟦age-with-detail|Une jeune fille de {A} ans, scolarisée à {S}⟧, a été retirée de l'école par son père.",
        "Le moniteur a recensé ⟦age-with-detail|un garçon de {A} ans, troisième d'une fratrie de sept, vivant à {V}⟧.",
        "⟦age-with-detail|La plus jeune, {A} ans, a été mariée le {D} {M} {Y} à {V}⟧.",
        "⟦age-with-detail|Âgée de {A} ans au moment des faits et fille unique d'une veuve de {V}⟧, elle a été placée chez une commerçante.",
        "⟦age-with-detail|Un adolescent de {A} ans, élève dans {S}⟧, a été recruté par un groupe armé en {M} {Y}.",
        "⟦age-with-detail|{A} ans, née à {V}, une mère qui vend du poisson au marché⟧ : voilà ce que l'article publiait sur la victime.",
        // Phone numbers in several national formats.
        "Pour le suivi, la grand-mère a donné son numéro : ⟦phone|+221 77 {N3} {N2} {N2b}⟧.",
        "Numéro du père (fiche d'écoute) : ⟦phone|00223 76 {N2} {N2b} {N2c}⟧.",
        "La tutrice est joignable au ⟦phone|(+226) 70.{N2}.{N2b}.{N2c}⟧ en soirée.",
        "L'oncle de la fillette a laissé un numéro ivoirien, le ⟦phone|+225 07 07 {N2} {N2b} {N2c}⟧.",
        "Contact de la famille d'accueil : ⟦phone|+222 36 {N2} {N2b} {N2c}⟧ à Nouakchott.",
        "Sur le cahier de l'éducateur figure le ⟦phone|77-{N3}-{N2}-{N2b}⟧, numéro de la mère de l'enfant.",
        // Email addresses.
        "Le père de la victime a écrit depuis ⟦email|{g}.papa{N2}@gmail.com⟧ pour demander des nouvelles.",
        "L'adresse de l'élève, ⟦email|{g}_{N2}@orange.sn⟧, figure sur la fiche d'inscription.",
        // Case and file numbers.
        "La ⟦case-number|procédure n° RP {N3}/{Y}⟧ vise l'employeuse de la fillette.",
        "Le juge a ouvert le ⟦case-number|dossier d'assistance éducative AE-{Y}-{N4}⟧ au nom de l'enfant.",
        "Référence interne du cas suivi : ⟦case-number|CP/BKO/{Y}/{N4}⟧.",
        // Street addresses.
        "L'enfant vivait ⟦address|villa n° {N3}, cité Keur Gorgui⟧, chez son employeur.",
        "La jeune fille a été retrouvée ⟦address|secteur {N2}, rue {N4}, porte {N3}⟧, à Ouagadougou.",
        "Domicile de la tutrice de la victime : ⟦address|{N2}, avenue Gamal Abdel Nasser⟧, à Nouakchott.",
        // GPS coordinates.
        "Point GPS du site où travaillaient les enfants : ⟦coordinates|N 14°{MM}.{N3}' W 016°{MMb}.{N3b}'⟧.",
        "Le relevé de l'enquêteur situe le hameau de la famille à ⟦coordinates|lat. 11,{N4}, long. -4,{N4b}⟧.",
        // Photo captions naming a child.
        "⟦photo-caption|© Ph. ONG : {B}, {A} ans, porte un seau d'eau dans la concession familiale à {V}⟧.",
        "⟦photo-caption|Sur la photo, {G} et son petit frère, devant l'école de {V}⟧.",
        "⟦photo-caption|Illustration : {G} ({A} ans) au centre de transit de {V}⟧.",
    ];

    private static readonly string[] PositiveEn =
    [
        "Case study: ⟦name|{G}⟧ is a girl our team supported for six months after she was removed from a household in Lagos.",
        "Field notes: met ⟦name|{B}⟧, a boy of about twelve, at the scrap collection point.",
        "Our correspondent spoke to ⟦name|{G} {SUR}⟧, a minor at the time, in a shelter run by nuns.",
        "According to the follow-up sheet, the child ⟦name|{B}⟧ has not been to school since the rainy season.",
        "The survivor ⟦name|{G}⟧ agreed that her story be shared, but not her photograph.",
        "This month the watch committee followed the case of little ⟦name|{G}⟧, removed from a gold mining site.",
        "⟦name|{B}⟧ (not his real name), a young apprentice mechanic, says he has worked without pay since last year.",
        "In the account collected by the team, the girl explains: ⟦testimony|\"At night I slept on the kitchen floor and got up before everyone else.\"⟧",
        "⟦testimony|“They told me that if I spoke, my mother would be driven out of the village,”⟧ says a teenager supported by the centre.",
        "A street boy told our reporter: ⟦testimony|'I keep the money in my shoe so the big boys can't take it.'⟧",
        "Interview extract, girl married early: ⟦testimony|\"I did not choose; they only told me on the day of the wedding.\"⟧",
        "⟦age-with-detail|A {A}-year-old girl at {S}⟧ was taken out of school by her father.",
        "The monitor recorded ⟦age-with-detail|a boy of {A}, the third of seven siblings, living in {T}⟧.",
        "⟦age-with-detail|The youngest, aged {A}, was married on {D} {M} {Y} in {T}⟧.",
        "⟦age-with-detail|Aged {A} at the time and the only daughter of a widow in {T}⟧, she was placed with a trader.",
        "⟦age-with-detail|A {A}-year-old pupil at {S}⟧ was recruited by an armed group in {M} {Y}.",
        "⟦age-with-detail|{A} years old, born in {T}, her mother sells fish at the market⟧: that is what the article printed about the victim.",
        "For follow-up, the grandmother gave her number: ⟦phone|+234 803 {N3} {N4}⟧.",
        "Father's number (helpline log): ⟦phone|0806-{N3}-{N4}⟧.",
        "The guardian can be reached on ⟦phone|(+233) 20 {N3} {N4}⟧ in the evenings.",
        "The girl's uncle left a Gambian number, ⟦phone|+220 7{N2} {N4}⟧.",
        "Foster family contact: ⟦phone|+232 (0)78 {N3}{N3b}⟧ in Freetown.",
        "The caseworker's notebook lists ⟦phone|024.{N3}.{N4}⟧, the child's mother's number.",
        "The victim's father wrote from ⟦email|{g}.dad{N2}@yahoo.co.uk⟧ asking for news.",
        "The pupil's address, ⟦email|{g}{N2}@outlook.com⟧, appears on the enrolment form.",
        "⟦case-number|Charge No. FHC/KN/CR/{N3}/{Y}⟧ targets the girl's employer.",
        "The magistrate opened ⟦case-number|care order file CO-{Y}-{N4}⟧ for the child.",
        "Internal reference of the case followed: ⟦case-number|DSW/NR/{Y}/{N4}⟧.",
        "The child lived at ⟦address|Plot {N3}, Block C, Kpone Estate⟧, with her employer.",
        "The girl was found at ⟦address|No. {N2} Ahmadu Bello Way⟧, Kaduna.",
        "The victim's guardian lives at ⟦address|House {N2}, Lane {N1}, off Bakau New Town Road⟧.",
        "GPS point of the site where the children worked: ⟦coordinates|N 11°{MM}.{N3}' E 013°{MMb}.{N3b}'⟧.",
        "The surveyor's reading places the family's hamlet at ⟦coordinates|lat 7.{N4}, long -11.{N4b}⟧.",
        "⟦photo-caption|© NGO photo: {B}, {A}, carries a bucket of water in the family compound in {T}⟧.",
        "⟦photo-caption|In the picture, {G} and her little brother outside the school in {T}⟧.",
        "⟦photo-caption|Above: {G} ({A}) at the transit centre in {T}⟧.",
    ];

    private static readonly string[] NegativeFr =
    [
        "Le ministre de la Justice, ⟪official|M. {AD} {AU}⟫, a installé le comité national de lutte contre la traite des enfants.",
        "La directrice générale de la protection de l'enfant, ⟪official|Mme {AD} {AU}⟫, a présenté le bilan annuel à la presse.",
        "La ⟪organisation|Fondation {AD} {AU}⟫ et l'⟪organisation|Association {AD2} pour l'enfance⟫ cofinancent les centres d'écoute pour les filles.",
        "Le ⟪organisation|Centre {AD} {AU}⟫ accueille les enfants en situation de rue depuis 2015.",
        "La ⟪law|loi n° {Y0}-{N2} du {D} {M} {Y0}⟫ portant Code de protection de l'enfant a été promulguée.",
        "Le ⟪law|Code des personnes et de la famille⟫ et la ⟪law|Convention n° 182 de l'OIT⟫ fixent le cadre juridique.",
        "Selon ⟪author|{AU} ({Y})⟫ et ⟪author|{AU2} et al. ({Y2})⟫, l'abandon scolaire touche d'abord les filles.",
        "Ces chiffres sur les enfants victimes sont discutés (⟪author|{AU}, {Y}, p. {N2}⟫).",
        "Dans ⟪place|{R}⟫, ⟪statistic|{N2} % des filles de 15 à 19 ans⟫ sont déjà mariées.",
        "Les communes de ⟪place|{V}⟫ et de ⟪place|{V2}⟫ sont prioritaires dans le plan d'action 2024-2026.",
        "⟪age-range|Les enfants âgés de 6 à 14 ans⟫ représentent ⟪statistic|{N2},{N1} % de la population⟫.",
        "Le taux de scolarisation des ⟪age-range|filles de 12 à 16 ans⟫ est passé de ⟪statistic|{N2} % en 2015 à {N2b} % en 2022⟫.",
        "Pour signaler un enfant en danger, appelez le ⟪hotline|116⟫, numéro gratuit de la ligne d'assistance à l'enfance.",
        "Le ⟪hotline|numéro vert 800 00 {N2} {N2b}⟫ du ministère de la Femme est ouvert jour et nuit.",
        "En cas d'urgence, composez le ⟪hotline|17⟫ (police) ou le ⟪hotline|18⟫ (sapeurs-pompiers).",
        "L'étude sur les enfants talibés (⟪report-number|ISBN 978-92-806-{N4}-{N1}⟫) est disponible en ligne.",
        "Le ⟪report-number|document de travail n° {N2}/{Y}⟫ de la Banque mondiale estime le coût du mariage des enfants.",
        "La ⟪date|loi du {D} {M} {Y0}⟫ a relevé à 18 ans l'âge minimum du mariage des filles.",
        "Le ⟪organisation|prix {AD} {AU} des droits de l'enfant⟫ a été remis à une association de jeunes filles.",
        "Le gouverneur, ⟪official|le général {AU}⟫, a présidé la cérémonie de lancement dans ⟪place|{R}⟫.",
        "Selon l'⟪organisation|UNICEF⟫ et ⟪organisation|Plan International⟫, ⟪statistic|un enfant sur quatre⟫ n'est pas enregistré à la naissance.",
        "L'atelier s'est tenu du ⟪date|{D} au {D2} {M} {Y}⟫ à Bamako avec les travailleurs sociaux.",
        "Le budget alloué atteint ⟪statistic|{N3} {N3b} 000 FCFA⟫, soit ⟪statistic|{N1},{N1b} % du budget national⟫.",
        "Le ⟪report-number|rapport n° {N4}-{Y}/MFPE⟫ du ministère évalue les normes des centres d'accueil.",
        "Les auteurs remercient ⟪official|le Pr {AD} {AU}⟫ de l'⟪organisation|université Cheikh-Anta-Diop⟫ pour sa relecture.",
        "Le ⟪law|Protocole facultatif concernant la vente d'enfants⟫ a été ratifié le ⟪date|{D} {M} {Y0}⟫.",
        "Au Niger, ⟪age-range|l'âge légal du mariage est de 15 ans⟫ pour les filles et de 18 ans pour les garçons.",
        "La ⟪official|Première dame, Mme {AD} {AU}⟫, a parrainé la campagne pour le maintien des filles à l'école.",
    ];

    private static readonly string[] NegativeEn =
    [
        "The Minister of Women Affairs, ⟪official|Hon. {AD} {AU}⟫, inaugurated the national steering committee on child trafficking.",
        "The Director of Social Welfare, ⟪official|Mrs {AD} {AU}⟫, presented the annual report to the press.",
        "The ⟪organisation|{AD} {AU} Foundation⟫ and the ⟪organisation|{AD2} Trust for Children⟫ co-fund the listening centres for girls.",
        "The ⟪organisation|{AD} {AU} Memorial Centre⟫ has hosted street children since 2015.",
        "The ⟪law|Katsina State Child Protection Law {Y0}⟫ was signed by the governor.",
        "The ⟪law|Women's Act 2010⟫ and ⟪law|ILO Convention No. 138⟫ set the legal framework.",
        "According to ⟪author|{AU} ({Y})⟫ and ⟪author|{AU2} et al. ({Y2})⟫, school dropout affects girls first.",
        "These figures on child victims are disputed (⟪author|{AU}, {Y}, p. {N2}⟫).",
        "In ⟪place|{R}⟫, ⟪statistic|{N2}% of girls aged 15-19⟫ are already married.",
        "⟪place|{T} District⟫ and ⟪place|{T2} District⟫ are priority areas in the 2024-2026 action plan.",
        "⟪age-range|Children aged 6-14⟫ make up ⟪statistic|{N2}.{N1}% of the population⟫.",
        "Enrolment of ⟪age-range|girls aged 12 to 16⟫ rose from ⟪statistic|{N2}% in 2015 to {N2b}% in 2022⟫.",
        "To report a child at risk, call ⟪hotline|116⟫, the free child helpline.",
        "The ministry's ⟪hotline|toll-free line 0800 {N3} {N3b}⟫ is open around the clock.",
        "In an emergency, dial ⟪hotline|112⟫ (police) or ⟪hotline|191⟫ (fire service).",
        "The study on child domestic workers (⟪report-number|ISBN 978-1-{N4}-{N4b}-{N1}⟫) is available online.",
        "⟪report-number|World Bank Working Paper No. {N4}⟫ estimates the cost of child marriage.",
        "⟪date|The law of {D} {M} {Y0}⟫ raised the minimum age of marriage for girls to 18.",
        "The ⟪organisation|{AD} {AU} Award for Children's Rights⟫ went to a girls' youth group.",
        "Governor ⟪official|{AU}⟫ chaired the launch ceremony in ⟪place|{R}⟫.",
        "According to ⟪organisation|UNICEF⟫ and ⟪organisation|Plan International⟫, ⟪statistic|one child in four⟫ is not registered at birth.",
        "The workshop took place from ⟪date|{D} to {D2} {M} {Y}⟫ in the capital with social workers.",
        "The allocated budget reaches ⟪statistic|NGN {N3},{N3b},000⟫, or ⟪statistic|{N1}.{N1b}% of the national budget⟫.",
        "⟪report-number|Report No. {N4}-{Y}/MWCSD⟫ of the ministry reviews shelter standards.",
        "The authors thank ⟪official|Prof. {AD} {AU}⟫ of ⟪organisation|Ahmadu Bello University⟫ for reviewing the draft.",
        "The ⟪law|Optional Protocol on the sale of children⟫ was ratified on ⟪date|{D} {M} {Y0}⟫.",
        "In Sierra Leone, ⟪age-range|the legal age of marriage is 18⟫ for both girls and boys.",
        "⟪official|First Lady {AD} {AU}⟫ sponsored the campaign to keep girls in school.",
    ];

    /// <summary>The whole set, French then English, positives then negatives, in a fixed order.</summary>
    public static IReadOnlyList<GeneratedPassage> All { get; } = Build();

    private static List<GeneratedPassage> Build()
    {
        var random = new Random(Seed);
        var passages = new List<GeneratedPassage>();
        foreach (var (templates, lang) in new[] { (PositiveFr, "fr"), (NegativeFr, "fr"), (PositiveEn, "en"), (NegativeEn, "en") })
        {
            foreach (var template in templates)
            {
                for (var fill = 0; fill < Fills; fill++)
                {
                    passages.Add(GeneratedPassages.Parse(Fill(template, lang, random), lang));
                }
            }
        }

        return passages;
    }

    // Fills the placeholders of one passage; a value is drawn the first time its placeholder is met,
    // so a placeholder used twice reads the same, and {g} is the ASCII lower-case form of {G}.
    private static string Fill(string template, string lang, Random random)
    {
        var fr = lang == "fr";
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string Pick(string[] list) => list[random.Next(list.Length)];
        string Num(int min, int max) => random.Next(min, max + 1).ToString(CultureInfo.InvariantCulture);
        string Value(string key)
        {
            if (values.TryGetValue(key, out var known))
            {
                return known;
            }

            var value = key switch
            {
                "G" => Pick(fr ? GirlsFr : GirlsEn),
                "g" => Ascii(Value("G")).ToLowerInvariant(),
                "B" => Pick(fr ? BoysFr : BoysEn),
                "SUR" or "AU" => Pick(fr ? SurnamesFr : SurnamesEn),
                "AU2" => Other(fr ? SurnamesFr : SurnamesEn, Value("AU")),
                "AD" => Pick(fr ? AdultsFr : AdultsEn),
                "AD2" => Other(fr ? AdultsFr : AdultsEn, Value("AD")),
                "V" => Pick(VillagesFr),
                "V2" => Other(VillagesFr, Value("V")),
                "T" => Pick(TownsEn),
                "T2" => Other(TownsEn, Value("T")),
                "S" => Placeholder().Replace(Pick(fr ? SchoolsFr : SchoolsEn), m => Value(m.Groups["k"].Value)),
                "R" => Pick(fr ? RegionsFr : RegionsEn),
                "M" => Pick(fr ? MonthsFr : MonthsEn),
                "A" => Num(7, 17),
                "D" => Num(1, 25),
                "D2" => (int.Parse(Value("D"), CultureInfo.InvariantCulture) + 2).ToString(CultureInfo.InvariantCulture),
                "Y" or "Y2" => Num(2019, 2024),
                "Y0" => Num(2003, 2018),
                // Minutes of arc stay below 60 (one draw, like the N2 they replaced after the first run).
                _ when key.StartsWith("MM", StringComparison.Ordinal) => Num(10, 59),
                _ when key.StartsWith("N1", StringComparison.Ordinal) => Num(1, 9),
                _ when key.StartsWith("N2", StringComparison.Ordinal) => Num(10, 99),
                _ when key.StartsWith("N3", StringComparison.Ordinal) => Num(100, 999),
                _ when key.StartsWith("N4", StringComparison.Ordinal) => Num(1000, 9999),
                _ => throw new InvalidOperationException($"Set C template uses an unknown placeholder {{{key}}}."),
            };
            values[key] = value;
            return value;
        }

        string Other(string[] list, string not)
        {
            var value = Pick(list);
            return value == not ? list[(Array.IndexOf(list, value) + 1) % list.Length] : value;
        }

        return Placeholder().Replace(template, m => Value(m.Groups["k"].Value));
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

    [GeneratedRegex(@"\{(?<k>[A-Za-z0-9]+)\}")]
    private static partial Regex Placeholder();
}
