namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set G of held-out research questions over <see cref="UnseenReportsG"/>: 13 per report, written blind
/// to the glossary, the lexicon, the query understanding, the ranking and the results of the earlier
/// sets, and frozen before any search was run on them. Each names one phrase that stands verbatim in the
/// one passage that answers it (or a figure of the report's table). Styles as in
/// <see cref="SearchOverUnseenDocumentsTests.Question"/>; a question with no style is a plain one.
/// </summary>
internal static class UnseenQuestionsG
{
    private const string Tra = UnseenReportsG.TraffickingFile;
    private const string Men = UnseenReportsG.MenstrualFile;
    private const string Qua = UnseenReportsG.QuarryFile;
    private const string Inf = UnseenReportsG.InfantFile;

    internal static readonly SearchOverUnseenDocumentsTests.Question[] Questions =
    [
        // Bénin, Togo and Gabon, child trafficking to plantations and markets (French PDF).
        new("g-tr-01", "recruiters giving parents a cash advance to let the child leave", "en", ["cross"], Tra, "une avance de quelques dizaines de milliers"),
        new("g-tr-02", "children taken by motorised canoe along the coast to Gabon", "en", ["cross"], Tra, "embarquent sur des pirogues motorisées"),
        new("g-tr-03", "share of girls among returned children from the Plateaux region of Togo", "en", ["cross", "table"], Tra, "73 %"),
        new("g-tr-04", "returned children handed back to the relative who sent them away", "en", ["cross", "filtered"], Tra, "remis à l'oncle même qui les avait", Country: "BJ"),
        new("g-tr-05", "girls street vending in Libreville forced to hand over daily takings", "en", ["cross"], Tra, "remettre chaque soir une recette fixée"),
        new("g-tr-06", "Togo 2021 anti-trafficking law", "en", ["cross", "filtered"], Tra, "loi relative à la lutte contre la traite", Theme: "legal-framework"),
        new("g-tr-07", "garçons obligés de pulvériser des pesticides sans équipement", "fr", ["paraphrase"], Tra, "épandent des produits chimiques sans protection"),
        new("g-tr-08", "enfants rentrés au pays qui quittent de nouveau leur village peu après", "fr", ["paraphrase"], Tra, "une partie des enfants repartent dans l'année"),
        new("g-tr-09", "duree moyenne passee au Gabon par les enfants venus du Couffo", "fr", ["noaccent", "table"], Tra, "4,2 ans"),
        new("g-tr-10", "commerçantes de Libreville qui font venir des fillettes du village plorvinde", "fr", ["junk"], Tra, "placer comme vendeuses ambulantes ou aides ménagères"),
        new("g-tr-11", "accord multilateral de cooperation contre la traite et son suivi", "fr", ["noaccent", "filtered"], Tra, "ses mécanismes de suivi se réunissent rarement", Theme: "trafficking"),
        new("g-tr-12", "naufrages de pirogues au large de la Guinée équatoriale", "fr", [], Tra, "des naufrages ont été signalés"),
        new("g-tr-13", "violences sexuelles subies par les filles placees chez des tutrices", "fr", ["noaccent"], Tra, "Plusieurs filles ont décrit des violences sexuelles"),

        // Niger and Tchad, menstrual health, water and sanitation in schools (French Word file).
        new("g-me-01", "girls staying home during their period for fear of stains on the uniform", "en", ["cross"], Men, "une tache sur l'uniforme"),
        new("g-me-02", "share of schools with separate latrines for girls in Ouaddai, Chad", "en", ["cross", "table"], Men, "19 %"),
        new("g-me-03", "used menstrual cloths hidden because of witchcraft fears", "en", ["cross"], Men, "servent à des pratiques de sorcellerie"),
        new("g-me-04", "schoolgirls taking money from older men to buy sanitary pads", "en", ["cross"], Men, "accepter de l'argent d'hommes plus âgés"),
        new("g-me-05", "school toilets locked and kept for teachers only in Niger", "en", ["cross", "filtered"], Men, "fermées à clé pour être réservées aux enseignants", Country: "NE"),
        new("g-me-06", "first menstruation as the time families decide to marry daughters", "en", ["cross"], Men, "envisagent de marier leur fille"),
        new("g-me-07", "adolescentes surprises par leurs premières menstruations sans y être préparées", "fr", ["paraphrase"], Men, "sans savoir ce qui leur arrivait"),
        new("g-me-08", "serviettes du commerce trop chères pour le budget d'une élève", "fr", ["paraphrase"], Men, "coûtent plus que ce que reçoit une fille"),
        new("g-me-09", "groupements de femmes a Zinder fabriquant des serviettes reutilisables", "fr", ["noaccent"], Men, "cousent des serviettes lavables en tissu"),
        new("g-me-10", "part des filles absentes pendant les regles a Tillaberi", "fr", ["noaccent", "table"], Men, "58 %"),
        new("g-me-11", "budgets d'entretien des latrines scolaires jamais versés trambolique", "fr", ["junk"], Men, "rarement versés aux écoles"),
        new("g-me-12", "éducation à la puberté pour les filles et les garçons à l'école primaire", "fr", [], Men, "dès le cours moyen, par des enseignants formés"),
        new("g-me-13", "interdits de cuisine et de prière pendant les règles", "fr", [], Men, "ne doivent pas cuisiner pour les hommes"),

        // Nigeria and Ghana, child labour in quarries and brick-making (English PDF).
        new("g-qu-01", "enfants casseurs de pierres payés à la bassine de gravier", "fr", ["cross"], Qua, "paid by the basin of gravel filled"),
        new("g-qu-02", "familles endettées auprès des propriétaires de briqueteries", "fr", ["cross"], Qua, "lends them money for food, school fees"),
        new("g-qu-03", "part des enfants blessés au travail dans les carrières de Kumasi", "fr", ["cross", "table"], Qua, "62%"),
        new("g-qu-04", "enfants noyes dans les fosses abandonnees pendant la saison des pluies", "fr", ["cross", "noaccent"], Qua, "several children have drowned in them"),
        new("g-qu-05", "liste des travaux dangereux interdits aux mineurs au Ghana carrières", "fr", ["cross", "filtered"], Qua, "lists quarrying and stone crushing among", Country: "GH", Theme: "child-labour"),
        new("g-qu-06", "toux et problèmes respiratoires dus à la poussière des carrières", "fr", ["cross"], Qua, "persistent coughs and breathing problems"),
        new("g-qu-07", "working pupils nodding off during lessons after shifts at the site", "en", ["paraphrase"], Qua, "often fall asleep in class"),
        new("g-qu-08", "kids hauling loads that outweigh them at the quarry", "en", ["paraphrase"], Qua, "heavier than their own body weight"),
        new("g-qu-09", "share of children attending school in Ashanti brick yards", "en", ["table"], Qua, "61%"),
        new("g-qu-10", "quarry owners never fined for employing children glimbersome", "en", ["junk"], Qua, "had ever been fined for employing children"),
        new("g-qu-11", "school levies keeping children working at brick sites in Nigeria", "en", ["filtered"], Qua, "uniforms, books and levies charged by schools", Country: "NG"),
        new("g-qu-12", "children sleeping beside brick kilns to keep the fire going", "en", [], Qua, "sleep beside the kilns to keep"),
        new("g-qu-13", "girls carrying water and selling food at quarry sites", "en", [], Qua, "describe them as helping their mothers"),

        // Nigeria and Liberia, infant abandonment, baby homes and birth in prison (English PDF).
        new("g-in-01", "jeunes filles enceintes séquestrées et bébés vendus au Nigeria", "fr", ["cross", "filtered"], Inf, "raided so-called baby factories", Country: "NG"),
        new("g-in-02", "part des nourrissons trouvés dans un lieu public à Kano", "fr", ["cross", "table"], Inf, "67%"),
        new("g-in-03", "femmes enceintes en detention provisoire menottees pour accoucher", "fr", ["cross", "noaccent"], Inf, "escorted to hospital in handcuffs"),
        new("g-in-04", "orphelinats sans agrément ouverts au Libéria après Ebola", "fr", ["cross", "filtered"], Inf, "Ebola outbreak remain unlicensed", Country: "LR"),
        new("g-in-05", "adoption internationale suspendue au Liberia apres des irregularites", "fr", ["cross", "noaccent"], Inf, "suspended intercountry adoption after irregularities"),
        new("g-in-06", "une seule nourrice pour huit bébés la nuit dans les pouponnières", "fr", ["cross"], Inf, "responsible for eight or more babies"),
        new("g-in-07", "babies fed alone in their cribs instead of being held by carers", "en", ["paraphrase"], Inf, "fed by propped bottles left in their cots"),
        new("g-in-08", "teenage mothers who concealed the pregnancy and gave birth unassisted", "en", ["paraphrase"], Inf, "hidden their pregnancy until birth"),
        new("g-in-09", "share of abandoned infants reunited with family in Montserrado", "en", ["table"], Inf, "17%"),
        new("g-in-10", "mothers in prison losing track of children taken away blorpingham", "en", ["junk"], Inf, "lost contact with a child taken"),
        new("g-in-11", "shortage of trained foster families outside capital cities in Nigeria", "en", ["filtered"], Inf, "very few trained foster families exist", Country: "NG"),
        new("g-in-12", "disabled newborns left in maternity wards by their parents", "en", [], Inf, "maternity ward without ever returning"),
        new("g-in-13", "non-custodial sentences for pregnant women and mothers of infants", "en", [], Inf, "Courts seldom consider non-custodial sentences"),
    ];
}
