namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set C of held-out research questions over <see cref="UnseenReportsC"/>: 13 per report, written blind
/// to the glossary, the lexicon, the query understanding, the ranking and the results of sets A and B,
/// and frozen before any search was run on them. Each names one phrase that stands verbatim in the one
/// passage that answers it (or a figure of the report's table). Styles as in
/// <see cref="SearchOverUnseenDocumentsTests.Question"/>; a question with no style is a plain one.
/// </summary>
internal static class UnseenQuestionsC
{
    private const string Exc = UnseenReportsC.ExcisionFile;
    private const string Sah = UnseenReportsC.SchoolsFile;
    private const string Coc = UnseenReportsC.CocoaFile;
    private const string Bir = UnseenReportsC.BirthFile;

    internal static readonly SearchOverUnseenDocumentsTests.Question[] Questions =
    [
        // Guinée and Mali, excision and its abandonment (French PDF).
        new("c-ex-01", "is female circumcision required by Islam according to local imams", "en", ["cross"], Exc, "aucun texte ne l'impose"),
        new("c-ex-02", "belief that cutting keeps girls virgins until marriage", "en", ["cross"], Exc, "préserver la virginité des filles"),
        new("c-ex-03", "bleeding and infections in girls after cutting in the village", "en", ["cross"], Exc, "hémorragies graves dans les jours qui suivent"),
        new("c-ex-04", "share of girls cut before age five in Kayes", "en", ["cross", "table"], Exc, "81 %"),
        new("c-ex-05", "FGM court cases in Guinea ending in suspended sentences", "en", ["cross", "filtered"], Exc, "des peines avec sursis", Country: "GN", Theme: "legal-framework"),
        new("c-ex-06", "former cutters taking up the practice again in secret", "en", ["cross"], Exc, "repris leur activité en secret"),
        new("c-ex-07", "les aïeules imposent la coutume aux jeunes parents", "fr", ["paraphrase"], Exc, "tradition transmise par les grands-mères"),
        new("c-ex-08", "mères mutilées qui peinent à mettre au monde leur bébé", "fr", ["paraphrase"], Exc, "des accouchements difficiles"),
        new("c-ex-09", "medicalisation de l'excision infirmiers et sages-femmes en ville", "fr", ["noaccent"], Exc, "font appel à un infirmier"),
        new("c-ex-10", "proportion de meres favorables a l'arret de l'excision a Labe", "fr", ["noaccent", "table"], Exc, "22 %"),
        new("c-ex-11", "déclarations collectives d'abandon entre villages grulphomin", "fr", ["junk"], Exc, "déclarations publiques d'abandon"),
        new("c-ex-12", "absence de loi reprimant l'excision au Mali", "fr", ["noaccent", "filtered"], Exc, "aucune loi n'interdit encore spécifiquement", Country: "ML"),
        new("c-ex-13", "soutenir la reconversion des anciennes exciseuses", "fr", [], Exc, "reconversion durable des anciennes exciseuses"),

        // Burkina Faso and Niger, armed conflict and school closures in the Sahel (French Word file).
        new("c-sa-01", "pupils affected by school closures in Centre-Nord", "en", ["cross", "table"], Sah, "187 500"),
        new("c-sa-02", "displaced children turned away by host schools in the middle of the year", "en", ["cross"], Sah, "refusent de les inscrire en cours d'année"),
        new("c-sa-03", "armed groups luring teenagers with cash or motorbikes", "en", ["cross", "filtered"], Sah, "promettant de l'argent, une moto", Country: "BF", Theme: "humanitarian-conflict"),
        new("c-sa-04", "teachers sent death threat letters ordering them to shut schools", "en", ["cross"], Sah, "des lettres leur ordonnant de fermer"),
        new("c-sa-05", "radio distance learning for children out of school", "en", ["cross"], Sah, "l'enseignement à distance par la radio"),
        new("c-sa-06", "handover of children captured from armed groups to child protection services", "en", ["cross"], Sah, "protocoles de remise des enfants associés"),
        new("c-sa-07", "parents déplacés qui unissent leurs adolescentes prématurément pour leur sécurité", "fr", ["paraphrase"], Sah, "avoir marié une fille plus tôt que prévu"),
        new("c-sa-08", "élèves terrifiés incapables de fixer leur attention depuis l'assaut", "fr", ["paraphrase"], Sah, "difficultés de concentration"),
        new("c-sa-09", "ecoles occupees par l'armee ou servant d'abri aux deplaces", "fr", ["noaccent"], Sah, "utilisés à des fins militaires"),
        new("c-sa-10", "classes passerelles pour rattraper l'ecole au Niger", "fr", ["noaccent", "filtered"], Sah, "des classes passerelles permettent", Country: "NE", Theme: "education"),
        new("c-sa-11", "financement humanitaire de l'éducation insuffisant sprodunel", "fr", ["junk"], Sah, "part consacrée à l'éducation reste"),
        new("c-sa-12", "nombre d'enseignants touchés par les fermetures à Tillabéri", "fr", ["table"], Sah, "2 870"),
        new("c-sa-13", "espaces temporaires d'apprentissage dans les sites de déplacés", "fr", [], Sah, "espaces temporaires d'apprentissage"),

        // Côte d'Ivoire and Ghana, child labour on cocoa farms (English PDF).
        new("c-co-01", "enfants blessés à la machette lors du défrichage des champs", "fr", ["cross"], Coc, "clearing land and weeding with a machete"),
        new("c-co-02", "enfants exposes aux pesticides sans equipement de protection", "fr", ["cross", "noaccent"], Coc, "without gloves, masks or boots"),
        new("c-co-03", "absentéisme scolaire pendant la récolte du cacao", "fr", ["cross"], Coc, "fell by a third during the harvest"),
        new("c-co-04", "enfants burkinabè amenés par un intermédiaire dans les plantations ivoiriennes", "fr", ["cross", "filtered"], Coc, "brought by an intermediary or a relative", Country: "CI", Theme: "migration-unaccompanied"),
        new("c-co-05", "proportion d'enfants blessés l'an dernier à Soubré", "fr", ["cross", "table"], Coc, "18%"),
        new("c-co-06", "âge minimum pour les travaux légers au Ghana", "fr", ["cross"], Coc, "minimum age for light work at 13"),
        new("c-co-07", "youngsters hauling burdens far too heavy for their size", "en", ["paraphrase"], Coc, "more than half their body weight"),
        new("c-co-08", "growers too poor to pay grown-up workers", "en", ["paraphrase"], Coc, "unable to hire adult labourers"),
        new("c-co-09", "share of children doing hazardous work in Daloa", "en", ["table"], Coc, "37%"),
        new("c-co-10", "adult labour teams clearing land for households frobnistic", "en", ["junk"], Coc, "adult labour groups that clear land"),
        new("c-co-11", "Ivorian law against child labour and trafficking penalties", "en", ["filtered"], Coc, "Côte d'Ivoire's Law of 2010", Country: "CI", Theme: "child-labour"),
        new("c-co-12", "company child labour monitoring and remediation systems", "en", [], Coc, "child labour monitoring and remediation systems"),
        new("c-co-13", "children found again in hazardous work the next season", "en", [], Coc, "again doing hazardous work in the next"),

        // Nigeria and Sierra Leone, birth registration and statelessness (English PDF).
        new("c-br-01", "bureaux d'état civil trop éloignés des villages au Nigeria", "fr", ["cross", "filtered"], Bir, "more than a day's travel away", Country: "NG", Theme: "birth-registration"),
        new("c-br-02", "mères célibataires empêchées de déclarer la naissance sans le père", "fr", ["cross"], Bir, "excluded children of single mothers"),
        new("c-br-03", "réforme permettant aux mères de transmettre la nationalité en Sierra Leone", "fr", ["cross", "filtered"], Bir, "mothers as well as fathers can pass citizenship", Country: "SL", Theme: "legal-framework"),
        new("c-br-04", "enfants de refugies nes dans les camps sans acte de naissance", "fr", ["cross", "noaccent"], Bir, "recorded only on a humanitarian agency's list"),
        new("c-br-05", "part des enfants dont le certificat a été vu à Kenema", "fr", ["cross", "table"], Bir, "46%"),
        new("c-br-06", "enfants sans acte de naissance oubliés par les campagnes de vaccination", "fr", ["cross"], Bir, "missed by vaccination campaigns"),
        new("c-br-07", "clerks demanding under-the-table money for papers", "en", ["paraphrase"], Bir, "asked to pay informal fees"),
        new("c-br-08", "citizenship of a baby left on a doorstep by unknown parents", "en", ["paraphrase"], Bir, "nationality of an abandoned child"),
        new("c-br-09", "share of under-fives with a registered birth in Kano", "en", ["table"], Bir, "34%"),
        new("c-br-10", "which agency runs civil registration in Nigeria", "en", ["filtered"], Bir, "National Population Commission", Country: "NG", Theme: "birth-registration"),
        new("c-br-11", "proving a girl is a minor to stop a marriage zentrovane", "en", ["junk"], Bir, "cannot easily prove they are under 18"),
        new("c-br-12", "birth certificate needed for the national identification number", "en", [], Bir, "national identification number"),
        new("c-br-13", "registrars posted in hospitals and immunisation clinics", "en", [], Bir, "registrars are posted in some hospitals"),
    ];
}
