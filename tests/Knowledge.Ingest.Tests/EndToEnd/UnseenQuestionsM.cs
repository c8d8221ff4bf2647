namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set M of held-out research questions over <see cref="UnseenReportsM"/>: 13 per report, written blind
/// to the glossary, the lexicon, the query understanding, the ranking and the results of the earlier
/// sets, and frozen before any search was run on them. Each names one phrase that stands verbatim in the
/// one passage that answers it (or a figure of the report's table). Styles as in
/// <see cref="SearchOverUnseenDocumentsTests.Question"/>; a question with no style is a plain one.
/// </summary>
internal static class UnseenQuestionsM
{
    private const string Kaf = UnseenReportsM.KafalaFile;
    private const string Gui = UnseenReportsM.ProtestFile;
    private const string Bab = UnseenReportsM.BabyFactoryFile;
    private const string Car = UnseenReportsM.YoungCarersFile;

    internal static readonly SearchOverUnseenDocumentsTests.Question[] Questions =
    [
        // Mali, Sénégal and Mauritanie, kafala, adoption and informal placement of children (French PDF).
        new("m-ka-01", "does kafala create legal parentage like adoption does", "en", ["cross"], Kaf, "ne crée aucun lien de filiation"),
        new("m-ka-02", "is adoption prohibited under Mauritanian personal status law", "en", ["cross", "filtered"], Kaf, "interdit l'adoption et ne reconnaît que la kafala", Country: "MR", Theme: "legal-framework"),
        new("m-ka-03", "share of abandoned newborns placed with a family in Dakar", "en", ["cross", "table"], Kaf, "47 %"),
        new("m-ka-04", "village girls placed with urban families end up as unpaid maids", "en", ["cross"], Kaf, "employées comme domestiques sans salaire"),
        new("m-ka-05", "Senegal halts intercountry adoption applications pending Hague Convention compliance", "en", ["cross", "filtered"], Kaf, "suspendu l'enregistrement de nouvelles demandes étrangères", Country: "SN"),
        new("m-ka-06", "middlemen offering cash to single mothers for their newborn babies", "en", ["cross", "filtered"], Kaf, "proposent de l'argent à des mères isolées", Theme: "trafficking"),
        new("m-ka-07", "enfant recueilli privé d'héritage à la mort de son tuteur", "fr", ["paraphrase"], Kaf, "exclu de la succession"),
        new("m-ka-08", "jeunes filles hébergées chez des étrangers données en épouses sans consentement parental", "fr", ["paraphrase"], Kaf, "mariées par leur famille d'accueil"),
        new("m-ka-09", "enquete sociale absente ou baclee dans les dossiers de kafala", "fr", ["noaccent"], Kaf, "résumait à une attestation du chef de quartier"),
        new("m-ka-10", "part des bebes abandonnes toujours en pouponniere a Nouakchott", "fr", ["noaccent", "table"], Kaf, "52 %"),
        new("m-ka-11", "nouveau-nés abandonnés devant les mosquées par des mères célibataires trevolank", "fr", ["junk"], Kaf, "déposés à la maternité, devant une mosquée"),
        new("m-ka-12", "loi mauritanienne de 2018 sur la protection de l'enfant et kafala", "fr", ["noaccent", "filtered"], Kaf, "parmi les mesures de protection de remplacement", Country: "MR"),
        new("m-ka-13", "aucune visite de suivi des services sociaux après la kafala", "fr", [], Kaf, "n'avait reçu de visite d'un travailleur social"),

        // Guinée, children and violence during political demonstrations, 2019–2023 (French Word file).
        new("m-gu-01", "children shot dead in Conakry who were only bystanders", "en", ["cross"], Gui, "d'autres étaient de simples passants"),
        new("m-gu-02", "tear gas fired into classrooms and family compounds", "en", ["cross"], Gui, "à l'intérieur d'une salle de classe"),
        new("m-gu-03", "how many children were arrested during protests in 2020", "en", ["cross", "table"], Gui, "236"),
        new("m-gu-04", "minors tried for unlawful assembly without a lawyer in Guinea", "en", ["cross", "filtered"], Gui, "participation à un attroupement", Country: "GN", Theme: "justice-law-enforcement"),
        new("m-gu-05", "teenagers rounded up in house searches and held with adults", "en", ["cross"], Gui, "sans vérifier leur âge"),
        new("m-gu-06", "school days lost in Ratoma because of protest closures", "en", ["cross", "filtered"], Gui, "perdu plus de trente jours de cours", Theme: "education"),
        new("m-gu-07", "familles rançonnées pour faire relâcher les adolescents détenus", "fr", ["paraphrase"], Gui, "payer des sommes d'argent pour obtenir leur libération"),
        new("m-gu-08", "enfants traumatisés effrayés par chaque détonation après les tueries", "fr", ["paraphrase"], Gui, "sursautent au moindre bruit"),
        new("m-gu-09", "examens nationaux reportes et cours de rattrapage payants", "fr", ["noaccent"], Gui, "cours de rattrapage le samedi"),
        new("m-gu-10", "nombre d'enfants arretes lors des manifestations en 2023", "fr", ["noaccent", "table"], Gui, "187"),
        new("m-gu-11", "aucun agent des forces de sécurité jugé pour la mort d'enfants plorvendique", "fr", ["junk"], Gui, "n'avait été condamné pour la mort d'un enfant"),
        new("m-gu-12", "l'OPROGEM peut-il enqueter sur la police et la gendarmerie", "fr", ["noaccent", "filtered"], Gui, "ne pas pouvoir enquêter sur d'autres services", Country: "GN"),
        new("m-gu-13", "rôle de l'institution nationale des droits humains après les violences", "fr", [], Gui, "visité des lieux de détention"),

        // South-east Nigeria, "baby factories" (English PDF).
        new("m-ba-01", "jeunes femmes enfermées dans des maisons pour accoucher au Nigeria", "fr", ["cross"], Bab, "kept behind locked gates and rarely see daylight"),
        new("m-ba-02", "jeunes femmes mises enceintes de force par des hommes payés", "fr", ["cross", "filtered"], Bab, "made pregnant on the premises by men hired", Theme: "sexual-violence"),
        new("m-ba-03", "nombre de filles et de femmes secourues dans l'État d'Imo", "fr", ["cross", "table"], Bab, "163"),
        new("m-ba-04", "filles enceintes abordees par des recruteuses dans les marches et gares routieres", "fr", ["cross", "noaccent"], Bab, "approached them in markets, motor parks and hospitals"),
        new("m-ba-05", "acheter un bébé pour cacher la stérilité du couple", "fr", ["cross"], Bab, "less shameful than admitting infertility"),
        new("m-ba-06", "fausses offres d'emploi de domestique pour attirer les filles au Nigeria", "fr", ["cross", "noaccent", "filtered"], Bab, "answered offers of jobs as housemaids", Country: "NG"),
        new("m-ba-07", "mothers falsely informed their newborn did not survive", "en", ["paraphrase"], Bab, "told that the baby had died"),
        new("m-ba-08", "how long rescued women can remain in government refuges", "en", ["paraphrase"], Bab, "Stays are limited to a few weeks"),
        new("m-ba-09", "girls and women rescued from baby factories in Abia", "en", ["table"], Bab, "118"),
        new("m-ba-10", "forged birth certificates sold to couples buying babies glimtrosk", "en", ["junk"], Bab, "fees charged to buyers for false birth certificates"),
        new("m-ba-11", "why baby factory prosecutions drag on without judgment in Nigeria", "en", ["filtered"], Bab, "trials are adjourned for years", Country: "NG", Theme: "justice-law-enforcement"),
        new("m-ba-12", "rescued girls charged with selling their own baby", "en", [], Bab, "held in police cells"),
        new("m-ba-13", "prices of babies sold by sex, boys or girls", "en", [], Bab, "boys fetching higher prices than girls"),

        // Sierra Leone and Ghana, young carers of sick, disabled or elderly parents (English PDF).
        new("m-yc-01", "enfants qui soignent une mère victime d'un AVC ou du diabète", "fr", ["cross"], Car, "most often named were stroke, diabetes"),
        new("m-yc-02", "age des plus jeunes enfants aidants dans l'enquete", "fr", ["cross", "noaccent"], Car, "youngest carers in the survey were eight"),
        new("m-yc-03", "part des jeunes aidants privés de repas dans le nord du Ghana", "fr", ["cross", "table"], Car, "51%"),
        new("m-yc-04", "enfants qui font les piqûres d'insuline à leur parent diabétique", "fr", ["cross"], Car, "give injections of insulin"),
        new("m-yc-05", "élèves aidants qui cachent leur situation aux enseignants par peur", "fr", ["cross", "filtered"], Car, "feared being pitied or punished", Theme: "education"),
        new("m-yc-06", "enfants qui donnent leur part de repas au parent malade", "fr", ["cross", "noaccent"], Car, "giving their share to the sick parent"),
        new("m-yc-07", "extended family staying away and blaming sorcery for the illness", "en", ["paraphrase"], Car, "believe it is the result of witchcraft"),
        new("m-yc-08", "sleep interrupted to reposition a bedridden mother or father", "en", ["paraphrase"], Car, "woke several times to turn the parent"),
        new("m-yc-09", "share of young carers who missed school in Port Loko", "en", ["table"], Car, "53%"),
        new("m-yc-10", "flexible school attendance on hospital days for carers vormiglast", "en", ["junk"], Car, "allow flexible attendance on clinic days"),
        new("m-yc-11", "LEAP cash grants for households with a disabled parent in Ghana", "en", ["filtered"], Car, "did not know that they could apply", Country: "GH"),
        new("m-yc-12", "reading test results of young carers compared with other children", "en", [], Car, "scored lower on a simple reading test"),
        new("m-yc-13", "children selling charcoal after school to pay for medicines", "en", [], Car, "sell water, groundnuts or charcoal after school"),
    ];
}
