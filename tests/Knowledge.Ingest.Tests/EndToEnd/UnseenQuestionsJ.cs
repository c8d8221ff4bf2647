namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set J of held-out research questions over <see cref="UnseenReportsJ"/>: 13 per report, written blind
/// to the glossary, the lexicon, the query understanding, the ranking and the results of the earlier
/// sets, and frozen before any search was run on them. Each names one phrase that stands verbatim in the
/// one passage that answers it (or a figure of the report's table). Styles as in
/// <see cref="SearchOverUnseenDocumentsTests.Question"/>; a question with no style is a plain one.
/// </summary>
internal static class UnseenQuestionsJ
{
    private const string Wit = UnseenReportsJ.WitchcraftFile;
    private const string Caj = UnseenReportsJ.CashewFile;
    private const string Kay = UnseenReportsJ.KayayeiFile;
    private const string Mhp = UnseenReportsJ.MentalHealthFile;

    internal static readonly SearchOverUnseenDocumentsTests.Question[] Questions =
    [
        // Bénin and Togo, children accused of witchcraft (French PDF).
        new("j-wi-01", "chili pepper rubbed in the eyes of children accused of witchcraft", "en", ["cross"], Wit, "brûlures au piment ou à l'huile chaude"),
        new("j-wi-02", "revival church pastors charging families for exorcism sessions in Benin", "en", ["cross", "filtered"], Wit, "font payer aux familles des séances de prière", Country: "BJ"),
        new("j-wi-03", "share of accused children under ten in Kara and Savanes", "en", ["cross", "table"], Wit, "53 %"),
        new("j-wi-04", "children rejected as witches sleeping rough around Dantokpa market", "en", ["cross"], Wit, "dorment sous les étals, survivent de petits travaux"),
        new("j-wi-05", "Togo evangelical churches declaration against labelling children as witches", "en", ["cross"], Wit, "une fédération d'églises évangéliques a adopté en 2023"),
        new("j-wi-06", "few prosecutions and suspended sentences for abusing accused children", "en", ["cross", "filtered"], Wit, "le plus souvent assorties du sursis", Theme: "justice-law-enforcement"),
        new("j-wi-07", "confession extorquée qui poursuit l'enfant pendant toute son existence", "fr", ["paraphrase"], Wit, "reste marqué à vie dans son quartier"),
        new("j-wi-08", "retour précipité chez les parents et risque d'être de nouveau désigné", "fr", ["paraphrase"], Wit, "exposer l'enfant à une nouvelle accusation"),
        new("j-wi-09", "enfants accuses attaches et affames jusqu'a ce qu'ils avouent", "fr", ["noaccent"], Wit, "enchaîné pour lui faire avouer ses pouvoirs"),
        new("j-wi-10", "part des enfants accuses victimes de violences physiques dans le Borgou", "fr", ["noaccent", "table"], Wit, "72 %"),
        new("j-wi-11", "comités villageois réunissant chefs coutumiers et pasteurs contre les accusations brontivelle", "fr", ["junk"], Wit, "réunissent chefs coutumiers, imams, pasteurs, guérisseurs"),
        new("j-wi-12", "code de l'enfant du Benin et pratiques traditionnelles nefastes", "fr", ["noaccent", "filtered"], Wit, "interdit expressément les pratiques traditionnelles néfastes", Country: "BJ", Theme: "legal-framework"),
        new("j-wi-13", "émissions de radio avec témoignages d'anciens enfants accusés", "fr", [], Wit, "donnent la parole à d'anciens enfants accusés"),

        // Côte d'Ivoire and Burkina Faso, child labour in the cashew sector (French Word file).
        new("j-ca-01", "caustic liquid in cashew shells burning children's hands", "en", ["cross"], Caj, "un baume caustique qui brûle la peau"),
        new("j-ca-02", "share of children shelling cashew nuts in Poro", "en", ["cross", "table"], Caj, "21 %"),
        new("j-ca-03", "pupils missing school from February during the cashew harvest", "en", ["cross"], Caj, "les classes se vident à partir de février"),
        new("j-ca-04", "cashew exporters unable to trace nuts back to the farm", "en", ["cross", "filtered"], Caj, "ne connaissent presque jamais le verger d'origine", Theme: "private-sector"),
        new("j-ca-05", "Ivory Coast list of hazardous work forbidden to children heavy loads", "en", ["cross", "filtered"], Caj, "inclut le port de charges lourdes", Country: "CI"),
        new("j-ca-06", "children from Burkina and Mali working in Ivorian cashew orchards for board", "en", ["cross"], Caj, "en échange du logement et de la nourriture"),
        new("j-ca-07", "jeunes qui entretiennent le feu de torréfaction et souffrent des bronches", "fr", ["paraphrase"], Caj, "plusieurs se plaignent de toux et d'yeux irrités"),
        new("j-ca-08", "mamans venant avec leurs fillettes pour produire davantage et toucher la paie", "fr", ["paraphrase"], Caj, "augmenter la quantité décortiquée"),
        new("j-ca-09", "prix plancher de la noix de cajou non respecte en brousse", "fr", ["noaccent"], Caj, "rarement respecté dans les villages éloignés"),
        new("j-ca-10", "taux de scolarisation des enfants dans les Cascades et Hauts-Bassins", "fr", ["noaccent", "table"], Caj, "39 %"),
        new("j-ca-11", "système de suivi et remédiation des coopératives financé par une prime glorvanix", "fr", ["junk"], Caj, "dépend d'une prime versée par un seul acheteur"),
        new("j-ca-12", "inspecteurs du travail sans vehicule ni carburant au Burkina", "fr", ["noaccent", "filtered"], Caj, "ni de véhicule ni de carburant", Country: "BF"),
        new("j-ca-13", "calendrier des examens et cantines scolaires dans les zones de production", "fr", [], Caj, "cantines scolaires dans les zones de production"),

        // Ghana, kayayei girl head porters in Accra and Kumasi (English PDF).
        new("j-ka-01", "porteuses de charges qui dorment devant les boutiques fermées du marché", "fr", ["cross"], Kay, "sleep in front of closed shops"),
        new("j-ka-02", "part des porteuses de moins de 15 ans à Makola", "fr", ["cross", "table"], Kay, "27%"),
        new("j-ka-03", "épargne perdue quand le collecteur susu disparaît", "fr", ["cross"], Kay, "lost all their savings when the collector disappeared"),
        new("j-ka-04", "filles du nord qui fuient un mariage force en partant a Accra", "fr", ["cross", "noaccent"], Kay, "escape a marriage arranged without their consent"),
        new("j-ka-05", "expulsions nocturnes des porteuses par les agents municipaux au Ghana", "fr", ["cross", "filtered"], Kay, "chased away from their sleeping places", Country: "GH"),
        new("j-ka-06", "carte d'assurance maladie valable seulement dans le district d'origine", "fr", ["cross"], Kay, "valid only in their home district"),
        new("j-ka-07", "girls saving for cooking utensils and fabric they must bring when they wed", "en", ["paraphrase"], Kay, "buy the pots, cloth and basins"),
        new("j-ka-08", "night guards asking for intercourse in return for shelter", "en", ["paraphrase"], Kay, "demanded sex in exchange for a safe place"),
        new("j-ka-09", "share of porters sleeping outdoors at Kejetia market", "en", ["table"], Kay, "57%"),
        new("j-ka-10", "why returnees go back south after dressmaking training wuzzlethorp", "en", ["junk"], Kay, "without start-up tools and a market"),
        new("j-ka-11", "neck and back pain from carrying heavy loads on the head", "en", ["filtered"], Kay, "causes neck, back and chest pain", Theme: "child-labour"),
        new("j-ka-12", "bursaries and bicycles to keep northern girls in school", "en", [], Kay, "through bursaries, bicycles and support"),
        new("j-ka-13", "drop-in centres with night shelter for head porters", "en", [], Kay, "set up drop-in centres with safe night shelter"),

        // Borno State and the Far North of Cameroon, mental health and psychosocial support (English PDF).
        new("j-mh-01", "enfants déplacés qui recommencent à faire pipi au lit", "fr", ["cross"], Mhp, "had begun wetting the bed again"),
        new("j-mh-02", "part des enfants orientés vers des soins spécialisés à Mokolo", "fr", ["cross", "table"], Mhp, "6.3%"),
        new("j-mh-03", "filles revenues de captivité rejetées par leur communauté", "fr", ["cross"], Mhp, "carrying the blood of the fighters"),
        new("j-mh-04", "aucun pedopsychiatre dans l'Etat de Borno", "fr", ["cross", "noaccent", "filtered"], Mhp, "none trained in child and adolescent psychiatry", Country: "NG"),
        new("j-mh-05", "enfants épileptiques enchaînés faute de traitement", "fr", ["cross"], Mhp, "chained at home or at a healing centre"),
        new("j-mh-06", "peu d'espaces amis des enfants dans les communautes hotes", "fr", ["cross", "noaccent"], Mhp, "newly accessible towns have few or none"),
        new("j-mh-07", "mothers worn out and losing their temper with their kids since fleeing", "en", ["paraphrase"], Mhp, "shouting at or beating their children"),
        new("j-mh-08", "support stops when donor money runs out and children lose their counsellor", "en", ["paraphrase"], Mhp, "lose the facilitator they had learned to trust"),
        new("j-mh-09", "share of children with frequent nightmares in Bama and Gwoza", "en", ["table"], Mhp, "58%"),
        new("j-mh-10", "referred children not reaching services because of transport costs plonkary", "en", ["junk"], Mhp, "fewer than half reached a service"),
        new("j-mh-11", "only one psychiatrist in Maroua for the Far North", "en", ["filtered"], Mhp, "one psychiatrist for a population of several million", Country: "CM"),
        new("j-mh-12", "Nigeria mental health act 2023 not funded in conflict areas", "en", ["filtered"], Mhp, "neither has yet been funded", Country: "NG", Theme: "legal-framework"),
        new("j-mh-13", "screening questionnaire translated into Kanuri and Shuwa Arabic", "en", [], Mhp, "adapted to Hausa, Kanuri, Shuwa Arabic and Fulfulde"),
    ];
}
