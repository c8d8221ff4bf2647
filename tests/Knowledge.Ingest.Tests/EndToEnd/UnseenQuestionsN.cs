namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set N of held-out research questions over <see cref="UnseenReportsN"/>: 13 per report, written blind
/// to the glossary, the lexicon, the query understanding, the ranking and the results of the earlier
/// sets, and frozen before any search was run on them. Each names one phrase that stands verbatim in the
/// one passage that answers it (or a figure of the report's table). Styles as in
/// <see cref="SearchOverUnseenDocumentsTests.Question"/>; a question with no style is a plain one.
/// </summary>
internal static class UnseenQuestionsN
{
    private const string Tra = UnseenReportsN.TransportFile;
    private const string Bet = UnseenReportsN.BettingFile;
    private const string Cul = UnseenReportsN.CultsFile;
    private const string Cmp = UnseenReportsN.PrayerCampsFile;

    internal static readonly SearchOverUnseenDocumentsTests.Question[] Questions =
    [
        // Burkina Faso and Mali, child apprentices, coxeurs and aides in road transport (French PDF).
        new("n-tr-01", "bus apprentices injured falling from moving minibuses", "en", ["cross"], Tra, "en tombant d'un véhicule en marche"),
        new("n-tr-02", "transport union charter banning boys under fifteen at bus stations", "en", ["cross", "filtered"], Tra, "une charte interdisant l'emploi de garçons", Country: "BF"),
        new("n-tr-03", "share of minibus apprentices sleeping at the bus station in Bamako", "en", ["cross", "table"], Tra, "58 %"),
        new("n-tr-04", "pills and energy drinks to stay awake on night journeys", "en", ["cross"], Tra, "comprimés vendus sans ordonnance dans les gares"),
        new("n-tr-05", "labour inspectors not visiting bus stations where children work", "en", ["cross", "filtered"], Tra, "ne se rendent presque jamais dans les gares", Theme: "child-labour"),
        new("n-tr-06", "child apprentices handing bribes to police at road checkpoints", "en", ["cross"], Tra, "remettre les billets aux agents"),
        new("n-tr-07", "garçons roués de coups par leur patron sous prétexte d'apprentissage", "fr", ["paraphrase"], Tra, "une étape normale de la formation"),
        new("n-tr-08", "engagement seulement verbal quand un fils est placé auprès d'un routier", "fr", ["paraphrase"], Tra, "Aucun accord écrit n'est signé"),
        new("n-tr-09", "coupeurs de route sur l'axe Bamako Segou et vehicules attaques", "fr", ["noaccent"], Tra, "des attaques de coupeurs de route"),
        new("n-tr-10", "gain journalier moyen des apprentis a la gare de Sikasso", "fr", ["noaccent", "table"], Tra, "750"),
        new("n-tr-11", "consommation de tramadol et de colle chez les apprentis plorvatique", "fr", ["junk"], Tra, "le tramadol, le cannabis et l'inhalation de colle"),
        new("n-tr-12", "age legal pour travailler et travaux dangereux interdits aux mineurs au Mali", "fr", ["noaccent", "filtered"], Tra, "fixe l'âge minimum d'admission à l'emploi", Country: "ML"),
        new("n-tr-13", "apprentis des gares routières recrutés par un oncle ou un voisin chauffeur", "fr", [], Tra, "par l'intermédiaire d'un oncle, d'un voisin"),

        // Sénégal and Côte d'Ivoire, sports betting and gambling among adolescents (French Word file).
        new("n-be-01", "teenagers opening betting app accounts with an older brother's ID", "en", ["cross"], Bet, "la carte d'identité d'un grand frère"),
        new("n-be-02", "national lottery minimum age for gambling in Côte d'Ivoire", "en", ["cross", "filtered"], Bet, "fixe elle aussi à dix-huit ans", Country: "CI"),
        new("n-be-03", "average weekly stake of pupils who bet in Abidjan", "en", ["cross", "table"], Bet, "2 800"),
        new("n-be-04", "betting companies sponsoring football clubs and neighbourhood tournaments", "en", ["cross"], Bet, "sponsorisent des clubs de football"),
        new("n-be-05", "mobile operators not blocking payments to foreign betting apps", "en", ["cross", "filtered"], Bet, "ne bloquent pas les paiements vers ces plateformes", Theme: "online"),
        new("n-be-06", "pupils stealing from their family to cover gambling losses", "en", ["cross"], Bet, "revendus pour couvrir un pari perdu"),
        new("n-be-07", "collégiens qui renoncent à manger à l'école afin de garder de quoi jouer", "fr", ["paraphrase"], Bet, "saute le repas de midi"),
        new("n-be-08", "papas parieurs qui font faire leurs mises par leurs enfants", "fr", ["paraphrase"], Bet, "envoient leur fils acheter les tickets"),
        new("n-be-09", "publicites des paris sur les reseaux sociaux et bonus de bienvenue", "fr", ["noaccent"], Bet, "des paris gratuits à l'inscription"),
        new("n-be-10", "part des eleves de Kaolack ayant parie le mois dernier", "fr", ["noaccent", "table"], Bet, "23 %"),
        new("n-be-11", "dettes de jeu entre camarades et menaces des créanciers vortulane", "fr", ["junk"], Bet, "la confiscation de leur téléphone"),
        new("n-be-12", "aide et ecoute telephonique pour les jeunes joueurs au Senegal", "fr", ["noaccent", "filtered"], Bet, "une ligne d'écoute pour les joueurs", Country: "SN"),
        new("n-be-13", "paris combinés et pronostics vendus entre élèves", "fr", [], Bet, "présentés comme sûrs à leurs camarades"),

        // Nigeria, secret cults and street gangs among secondary-school boys (English PDF).
        new("n-cu-01", "rites d'initiation nocturnes et serment de silence dans les confréries", "fr", ["cross"], Cul, "sworn to secrecy with an oath"),
        new("n-cu-02", "eleves recrutes de force par les cultes et menaces contre leur famille", "fr", ["cross", "noaccent"], Cul, "their family would be harmed"),
        new("n-cu-03", "part des garçons ayant vu une attaque près de l'école à Okrika", "fr", ["cross", "table"], Cul, "53%"),
        new("n-cu-04", "mineurs détenus avec des adultes lors des rafles contre les cultes", "fr", ["cross"], Cul, "held in police cells with adults"),
        new("n-cu-05", "filles violées par plusieurs membres de cultes secrets", "fr", ["cross", "filtered"], Cul, "have sex with more than one boy", Theme: "sexual-violence"),
        new("n-cu-06", "armes louées pour une nuit par les gangs de quartier", "fr", ["cross"], Cul, "could be rented for a night"),
        new("n-cu-07", "does throwing gang-involved pupils out of school make things worse", "en", ["paraphrase"], Cul, "pushed them deeper into their group"),
        new("n-cu-08", "danger faced by ex-members once they walk away from their fraternity", "en", ["paraphrase"], Cul, "saw leaving as betrayal"),
        new("n-cu-09", "share of boys in Ikorodu approached to join a cult", "en", ["table"], Cul, "27%"),
        new("n-cu-10", "metal detectors installed at school gates after shootings glimbertov", "en", ["junk"], Cul, "installed metal detectors at the gate"),
        new("n-cu-11", "children arrested for cultism rarely brought before juvenile courts", "en", ["filtered"], Cul, "Few are brought before a juvenile court", Country: "NG", Theme: "justice-law-enforcement"),
        new("n-cu-12", "codeine cough syrup and tramadol taken before cult fights", "en", [], Cul, "taken before fights to feel brave"),
        new("n-cu-13", "renunciation programmes with vocational training and start-up grants for ex-cultists", "en", [], Cul, "a small start-up grant"),

        // Ghana and Togo, children chained in prayer camps and traditional healing centres (English PDF).
        new("n-pc-01", "enfants enchaînés à un arbre pendant des mois dans les camps de prière", "fr", ["cross"], Cmp, "chained by the ankle to a tree"),
        new("n-pc-02", "jeune force pour guerir les enfants epileptiques dans les camps de priere", "fr", ["cross", "noaccent"], Cmp, "going without food for three, seven"),
        new("n-pc-03", "part des enfants enchaînés dans les centres de la région Maritime au Togo", "fr", ["cross", "table"], Cmp, "56%"),
        new("n-pc-04", "loi ghanéenne de 2012 sur la santé mentale interdisant l'enchaînement", "fr", ["cross"], Cmp, "Mental Health Act of 2012"),
        new("n-pc-05", "aucune plainte reçue sur les enfants dans les centres de guérison traditionnels", "fr", ["cross", "filtered"], Cmp, "never received a complaint about a child", Country: "TG"),
        new("n-pc-06", "chaînes remises après le départ des inspecteurs", "fr", ["cross"], Cmp, "chains had been put back after the visit"),
        new("n-pc-07", "families convinced supernatural forces caused their son's seizures", "en", ["paraphrase"], Cmp, "the condition had a spiritual cause"),
        new("n-pc-08", "seizure medicine unavailable and specialist care far from villages", "en", ["paraphrase"], Cmp, "often out of stock in district hospitals"),
        new("n-pc-09", "share of children made to fast in Eastern Region camps", "en", ["table"], Cmp, "61%"),
        new("n-pc-10", "community psychiatric nurses treating epilepsy in prayer camps trovimarch", "en", ["junk"], Cmp, "treat children with epilepsy with medicines"),
        new("n-pc-11", "released children going home with no follow-up plan or medicines in Ghana", "en", ["filtered"], Cmp, "without a follow-up plan", Country: "GH"),
        new("n-pc-12", "girls touched by male helpers during night deliverance sessions", "en", [], Cmp, "touched by male helpers"),
        new("n-pc-13", "unannounced annual inspections of prayer camps and healing centres", "en", [], Cmp, "at least once a year without prior notice"),
    ];
}
