namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set L of held-out research questions over <see cref="UnseenReportsL"/>: 13 per report, written blind
/// to the glossary, the lexicon, the query understanding, the ranking and the results of sets A to K,
/// and frozen before any search was run on them. Each names one phrase that stands verbatim in the one
/// passage that answers it (or a figure of the report's table). Styles as in
/// <see cref="SearchOverUnseenDocumentsTests.Question"/>; a question with no style is a plain one.
/// </summary>
internal static class UnseenQuestionsL
{
    private const string Bro = UnseenReportsL.FraudFile;
    private const string Esc = UnseenReportsL.SlaveryFile;
    private const string Aid = UnseenReportsL.AidAbuseFile;
    private const string Edo = UnseenReportsL.EdoFile;

    internal static readonly SearchOverUnseenDocumentsTests.Question[] Questions =
    [
        // Côte d'Ivoire and Bénin, adolescents drawn into online fraud, the « brouteurs » (French PDF).
        new("l-br-01", "how teenage boys are drawn into internet scams by older youths", "en", ["cross"], Bro, "initiés par un aîné du quartier"),
        new("l-br-02", "share of adolescent scammers no longer in school in Abobo", "en", ["cross", "table"], Bro, "63 %"),
        new("l-br-03", "rituals and charms from marabouts to make online fraud work", "en", ["cross"], Bro, "des bains rituels, des amulettes cousues"),
        new("l-br-04", "girls used as bait in video calls with scam victims", "en", ["cross"], Bro, "tromper les victimes lors des appels vidéo"),
        new("l-br-05", "minors held with adults in police custody after cybercrime raids", "en", ["cross", "filtered"], Bro, "dans les mêmes cellules que les majeurs", Country: "CI", Theme: "justice-law-enforcement"),
        new("l-br-06", "Benin digital code penalties for online fraud and the special court", "en", ["cross", "filtered"], Bro, "Code du numérique punit sévèrement l'escroquerie", Country: "BJ", Theme: "legal-framework"),
        new("l-br-07", "gamins escrocs qui dilapident leurs gains et paradent dans les boîtes de nuit", "fr", ["paraphrase"], Bro, "jeter des liasses de billets sur les danseurs"),
        new("l-br-08", "proches complices qui profitent des revenus illicites de l'adolescent", "fr", ["paraphrase"], Bro, "le garçon paie le loyer"),
        new("l-br-09", "gain mensuel median declare par les brouteurs a Abomey-Calavi", "fr", ["noaccent", "table"], Bro, "150 000"),
        new("l-br-10", "collegiens qui decrochent et dorment en classe a cause du broutage", "fr", ["noaccent"], Bro, "des élèves qui dorment en classe"),
        new("l-br-11", "anciens brouteurs repentis qui témoignent dans les collèges frambulique", "fr", ["junk"], Bro, "plus marqués par ces témoignages"),
        new("l-br-12", "écuries de brouteurs dirigées par un boss qui fournit les cartes SIM", "fr", [], Bro, "fournit la connexion, les cartes SIM"),
        new("l-br-13", "juges des enfants, liberté surveillée et centres d'observation des mineurs", "fr", [], Bro, "privilégient la liberté surveillée et le placement éducatif"),

        // Mauritanie and Niger, descent-based slavery and the children born into it (French Word file).
        new("l-es-01", "children of enslaved mothers owned by the master from birth", "en", ["cross"], Esc, "le statut servile se transmet par la mère"),
        new("l-es-02", "share of children without a birth certificate in Tahoua", "en", ["cross", "table"], Esc, "72 %"),
        new("l-es-03", "wahaya fifth wife girls bought by wealthy men", "en", ["cross", "filtered"], Esc, "n'a aucun des droits d'une épouse légitime", Country: "NE"),
        new("l-es-04", "Mauritania 2015 anti-slavery law and the special courts", "en", ["cross", "filtered"], Esc, "trois tribunaux spéciaux compétents pour les infractions esclavagistes", Country: "MR", Theme: "legal-framework"),
        new("l-es-05", "former masters seizing the herd of a dead man of slave descent", "en", ["cross"], Esc, "dû céder le troupeau de leur mari"),
        new("l-es-06", "ECOWAS court ruling against Niger in a former wahaya's case", "en", ["cross"], Esc, "condamné le Niger pour ne pas avoir protégé"),
        new("l-es-07", "petits pâtres isolés des semaines dans la brousse avec les bêtes du propriétaire", "fr", ["paraphrase"], Esc, "les chameaux, les chèvres et les bovins"),
        new("l-es-08", "affaires d'asservissement déguisées en querelles d'embauche par les policiers", "fr", ["paraphrase"], Esc, "requalifiées en simples conflits de travail"),
        new("l-es-09", "part des enfants scolarises a Nouakchott selon l'enquete", "fr", ["noaccent", "table"], Esc, "46 %"),
        new("l-es-10", "enrolement biometrique et numero national d'identification pour les examens", "fr", ["noaccent"], Esc, "sans numéro national d'identification l'enfant"),
        new("l-es-11", "centres d'accueil pour enfants sortis de servitude et financements quorvinel", "fr", ["junk"], Esc, "dépendent de financements étrangers"),
        new("l-es-12", "enfants séparés de leur mère pour servir une autre tente", "fr", [], Esc, "servir dans une autre tente de la famille"),
        new("l-es-13", "audiences foraines d'état civil pour délivrer des actes de naissance", "fr", [], Esc, "organiser des audiences foraines d'état civil"),

        // Liberia and Sierra Leone, sexual exploitation and abuse of children by aid workers and peacekeepers (English PDF).
        new("l-ai-01", "filles échangeant des relations sexuelles contre du riz et de l'huile", "fr", ["cross"], Aid, "received rice, cooking oil, soap"),
        new("l-ai-02", "part des allégations impliquant des Casques bleus dans le Nimba", "fr", ["cross", "table"], Aid, "52%"),
        new("l-ai-03", "pourquoi les enfants ne denoncent pas les abus des humanitaires", "fr", ["cross", "noaccent"], Aid, "fear of losing food aid"),
        new("l-ai-04", "enfants nes de Casques bleus abandonnes par leur pere au Liberia", "fr", ["cross", "noaccent", "filtered"], Aid, "at the end of their deployment or contract", Country: "LR"),
        new("l-ai-05", "reconnaissance de paternité et pension alimentaire par tests ADN", "fr", ["cross"], Aid, "including through DNA testing"),
        new("l-ai-06", "vérification des antécédents des chauffeurs et gardiens des sous-traitants", "fr", ["cross", "filtered"], Aid, "are still rarely covered by these checks", Theme: "humanitarian-conflict"),
        new("l-ai-07", "officials handing out relief supplies demanding intimacy to enrol households", "en", ["paraphrase"], Aid, "in exchange for adding a family"),
        new("l-ai-08", "troops handing teenage girls' contacts on to their comrades", "en", ["paraphrase"], Aid, "passed their phone numbers to one another"),
        new("l-ai-09", "share of allegations investigated within a year in Freetown", "en", ["table"], Aid, "35%"),
        new("l-ai-10", "assistance given to girls abused by aid workers zantrelux", "en", ["junk"], Aid, "medical care, school fees or a small grant"),
        new("l-ai-11", "prosecution of peacekeepers left to the troop-contributing country", "en", ["filtered"], Aid, "prosecution depends on the country that sent him", Country: "SL", Theme: "justice-law-enforcement"),
        new("l-ai-12", "children of peacekeepers with no father's name on birth records", "en", [], Aid, "no father's name on their birth record"),
        new("l-ai-13", "complaint channels for children run by women from the community", "en", [], Aid, "run by women from the community"),

        // Nigeria, trafficking of girls and young women from Edo State through Niger and Libya (English PDF).
        new("l-ed-01", "serment juju devant un prêtre traditionnel avant le départ", "fr", ["cross"], Edo, "a native doctor made them swear an oath"),
        new("l-ed-02", "édit de l'Oba de Benin annulant les serments en 2018", "fr", ["cross"], Edo, "revoked all oaths taken to bind victims"),
        new("l-ed-03", "part des rapatriées passées par la détention en Libye en 2023", "fr", ["cross", "table"], Edo, "74%"),
        new("l-ed-04", "detention des filles nigerianes dans les ghettos de Sabha et Tripoli", "fr", ["cross", "noaccent"], Edo, "locked houses known as ghettos"),
        new("l-ed-05", "montant de la dette imposee aux filles par les madams", "fr", ["cross", "noaccent", "filtered"], Edo, "ranged from 25,000 to 45,000 euros", Country: "NG", Theme: "trafficking"),
        new("l-ed-06", "stigmatisation des jeunes femmes revenues de Libye à Benin City", "fr", ["cross", "filtered"], Edo, "assume that every returnee was a sex worker", Country: "NG"),
        new("l-ed-07", "survivors who graduate to running prostitution networks overseas", "en", ["paraphrase"], Edo, "once travelled the same route"),
        new("l-ed-08", "returnees trained as seamstresses lacking funds to set up in business", "en", ["paraphrase"], Edo, "without capital or a shop"),
        new("l-ed-09", "share of returnees under eighteen at departure in 2022", "en", ["table"], Edo, "36%"),
        new("l-ed-10", "girls raped by drivers while crossing the desert from Agadez plandrovic", "en", ["junk"], Edo, "forced to have sex with drivers and guards"),
        new("l-ed-11", "Edo State Task Force Against Human Trafficking and prosecutions under state law", "en", ["filtered"], Edo, "created in 2017, receives returnees", Theme: "trafficking"),
        new("l-ed-12", "girls intercepted at sea and returned to Libyan detention", "en", [], Edo, "intercepted at sea and brought back"),
        new("l-ed-13", "voluntary humanitarian returns to Lagos with a cash allowance", "en", [], Edo, "a small cash allowance"),
    ];
}
