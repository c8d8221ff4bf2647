namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set K of held-out research questions over <see cref="UnseenReportsK"/>: 13 per report, written blind
/// to the glossary, the lexicon, the query understanding, the ranking and the results of the earlier
/// sets, and frozen before any search was run on them. Each names one phrase that stands verbatim in the
/// one passage that answers it (or a figure of the report's table). Styles as in
/// <see cref="SearchOverUnseenDocumentsTests.Question"/>; a question with no style is a plain one.
/// </summary>
internal static class UnseenQuestionsK
{
    private const string Bo = UnseenReportsK.HerderFile;
    private const string Eb = UnseenReportsK.EpidemicFile;
    private const string Ew = UnseenReportsK.EwasteFile;
    private const string Ku = UnseenReportsK.KushFile;

    internal static readonly SearchOverUnseenDocumentsTests.Question[] Questions =
    [
        // Tchad and Niger, child herders and transhumance (French PDF).
        new("k-bo-01", "who decides when a boy leaves with the family herd in Chad", "en", ["cross", "filtered"], Bo, "c'est le père ou l'oncle paternel", Country: "TD"),
        new("k-bo-02", "child herders paid with a calf at the end of the season", "en", ["cross"], Bo, "payés en nature, le plus souvent un veau"),
        new("k-bo-03", "farmers beating young herders when cattle enter their fields", "en", ["cross"], Bo, "frappés à coups de bâton"),
        new("k-bo-04", "young shepherds kidnapped for ransom by cattle thieves near Lake Chad", "en", ["cross"], Bo, "enlèvent parfois un jeune berger"),
        new("k-bo-05", "share of child herders never enrolled in school in Diffa", "en", ["cross", "table"], Bo, "88 %"),
        new("k-bo-06", "joint vaccination campaigns for children and livestock in pastoral camps", "en", ["cross"], Bo, "campagnes conjointes de vaccination"),
        new("k-bo-07", "ECOWAS transhumance certificate does not check the age of herders", "en", ["cross", "filtered"], Bo, "vérifier l'âge des bergers", Theme: "legal-framework"),
        new("k-bo-08", "petits pâtres qui ne voient plus leur maman depuis longtemps", "fr", ["paraphrase"], Bo, "ne pas avoir revu leur mère"),
        new("k-bo-09", "où passent la nuit les jeunes gardiens de troupeaux pendant la marche", "fr", ["paraphrase"], Bo, "dorment à la belle étoile"),
        new("k-bo-10", "ecoles nomades dans les campements manque d'enseignants qualifies", "fr", ["noaccent", "filtered"], Bo, "manquent toutefois de matériel et d'enseignants qualifiés", Country: "TD"),
        new("k-bo-11", "cours du soir pour les garcons bergers apres la garde du betail", "fr", ["noaccent", "filtered"], Bo, "proposent des cours du soir en fulfulde", Country: "NE"),
        new("k-bo-12", "age moyen au premier depart avec le troupeau dans le Batha", "fr", ["noaccent", "table"], Bo, "9,5 ans"),
        new("k-bo-13", "ordonnance sur le pastoralisme et couloirs de passage brovatinque", "fr", ["junk"], Bo, "reconnaît la mobilité des troupeaux"),

        // Guinée, Ebola and COVID-19 and child protection (French Word file).
        new("k-eb-01", "Ebola orphans taken in by grandparents with only food aid", "en", ["cross"], Eb, "recueillis par des grands-parents"),
        new("k-eb-02", "Ebola survivor children sent away from school by other parents", "en", ["cross"], Eb, "renvoyés de l'école par des parents d'élèves"),
        new("k-eb-03", "teenage pregnancies during COVID-19 school closures", "en", ["cross", "filtered"], Eb, "hausse des grossesses d'adolescentes", Country: "GN"),
        new("k-eb-04", "child helpline 116 calls going unanswered during COVID", "en", ["cross"], Eb, "restés sans réponse aux heures de pointe"),
        new("k-eb-05", "share of pupils who did not return to school in Kankan", "en", ["cross", "table"], Eb, "17 %"),
        new("k-eb-06", "lessons for the next epidemic: child protection from day one of the response", "en", ["cross"], Eb, "dès le premier jour"),
        new("k-eb-07", "jeunes sans parents relégués aux corvées et servis en dernier chez leurs hôtes", "fr", ["paraphrase"], Eb, "ils mangeaient après les autres"),
        new("k-eb-08", "foyers recueillant des orphelins privés de soutien financier après l'épidémie", "fr", ["paraphrase"], Eb, "transferts monétaires destinés aux familles d'accueil"),
        new("k-eb-09", "mariages d'eleves pendant la fermeture des ecoles a Kankan", "fr", ["noaccent", "filtered"], Eb, "célébrer des mariages d'élèves", Theme: "child-marriage"),
        new("k-eb-10", "séquelles des enfants survivants d'Ebola et suivi médical", "fr", [], Eb, "sans bénéficier d'un suivi médical régulier"),
        new("k-eb-11", "part des eleves non revenus a Gueckedou apres la reouverture", "fr", ["noaccent", "table"], Eb, "19 %"),
        new("k-eb-12", "violences à la maison contre les enfants pendant le confinement", "fr", [], Eb, "des coups plus fréquents"),
        new("k-eb-13", "comités communautaires de protection de l'enfance après Ebola plumbarique", "fr", ["junk"], Eb, "créés ou réactivés pendant Ebola"),

        // Ghana, children in e-waste recovery at Agbogbloshie and other scrap sites (English PDF).
        new("k-ew-01", "enfants qui brûlent des câbles pour récupérer le cuivre à Accra", "fr", ["cross"], Ew, "burn bundles of cables to strip off"),
        new("k-ew-02", "plomb dans le sang des enfants travaillant dans les déchets électroniques", "fr", ["cross"], Ew, "blood lead levels above the reference value"),
        new("k-ew-03", "gain quotidien moyen des enfants sur le site de ferraille de Kumasi", "fr", ["cross", "table"], Ew, "GHS 27"),
        new("k-ew-04", "démolition d'Agbogbloshie et transfert des ferrailleurs hors d'Accra", "fr", ["cross"], Ew, "moved the dealers to a new site"),
        new("k-ew-05", "enfants endettés auprès des acheteurs de métaux", "fr", ["cross"], Ew, "owe money to a dealer"),
        new("k-ew-06", "ecotaxe sur les equipements electroniques importes et recyclage", "fr", ["cross", "noaccent", "filtered"], Ew, "introduced an eco-levy on imported", Country: "GH"),
        new("k-ew-07", "oeufs contamines vendus sur les sites de recyclage", "fr", ["cross", "noaccent"], Ew, "eggs from hens raised near"),
        new("k-ew-08", "youngest boys sifting the dirt for tiny scraps to sell by weight", "en", ["paraphrase"], Ew, "pulling a magnet on a string"),
        new("k-ew-09", "burning moved out of sight after the authorities cleared the yard", "en", ["paraphrase"], Ew, "often at night to avoid the police"),
        new("k-ew-10", "share of children cheated on weight at roadside points in Accra", "en", ["table"], Ew, "61%"),
        new("k-ew-11", "free health checks for children working at scrap sites", "en", ["filtered"], Ew, "free regular health checks", Theme: "services-support"),
        new("k-ew-12", "evening classes for scrap yard children who fall asleep", "en", [], Ew, "often fall asleep in class"),
        new("k-ew-13", "children dismantling televisions and car batteries with hammers snorblatex", "en", ["junk"], Ew, "dismantle televisions, computers, refrigerators"),

        // Sierra Leone and Liberia, kush and street-connected adolescents (English PDF).
        new("k-ku-01", "qu'est-ce que le kush et quelles substances contient-il", "fr", ["cross"], Ku, "found synthetic cannabinoids"),
        new("k-ku-02", "premier joint offert gratuitement par le dealer aux garçons", "fr", ["cross"], Ku, "the first joint was offered free"),
        new("k-ku-03", "filles qui fument du kush pour supporter les violences sexuelles", "fr", ["cross"], Ku, "to cope with sexual violence"),
        new("k-ku-04", "rafles policières dans les ghettos et mineurs détenus avec des adultes", "fr", ["cross", "filtered"], Ku, "held for days in police cells", Country: "SL"),
        new("k-ku-05", "urgence nationale sur la drogue déclarée en 2024 en Sierra Leone", "fr", ["cross"], Ku, "declared drug abuse a national emergency"),
        new("k-ku-06", "age moyen de la premiere consommation de kush a Monrovia", "fr", ["cross", "noaccent", "table"], Ku, "13.8 years"),
        new("k-ku-07", "reunification familiale des adolescents avec des mediateurs de quartier", "fr", ["cross", "noaccent"], Ku, "mediators from the neighbourhood"),
        new("k-ku-08", "teenagers dozing while upright, with puffy legs and sores that stay open", "en", ["paraphrase"], Ku, "falling asleep standing up"),
        new("k-ku-09", "how teenage users settle what they owe to their suppliers", "en", ["paraphrase"], Ku, "the debts are repaid by running errands"),
        new("k-ku-10", "share of adolescents smoking kush every day in Gbarnga", "en", ["table"], Ku, "42%"),
        new("k-ku-11", "adolescents chained in overcrowded psychiatric wards in Freetown flerbinox", "en", ["junk"], Ku, "restrained with chains when staff were too few"),
        new("k-ku-12", "peer educators who quit drugs helping street adolescents recover", "en", ["filtered"], Ku, "peer educators who had stopped using", Country: "LR"),
        new("k-ku-13", "naloxone for outreach teams and adolescent-friendly treatment services", "en", [], Ku, "make naloxone available to outreach teams"),
    ];
}
