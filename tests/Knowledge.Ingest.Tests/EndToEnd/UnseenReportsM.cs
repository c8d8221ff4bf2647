using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set M of the held-out search evaluation (<see cref="UnseenQuestionsM"/>): four more reports, written
/// blind to the glossary, the lexicon, the query understanding, the ranking and the results of the
/// earlier sets. Two in French (Mali, Sénégal and Mauritanie, kafala, adoption and informal placement
/// of children, as a PDF; Guinée, children and violence during political demonstrations from 2019 to
/// 2023, as a Word file) and two in English (south-east Nigeria, "baby factories" where pregnant girls
/// are held and babies sold; Sierra Leone and Ghana, young carers of sick, disabled or elderly parents;
/// both PDFs). Each has headings, several pages and exactly one table with a caption. <b>Every figure,
/// survey, case and finding in them is invented test data</b>; laws, programmes and institutions are
/// named as reports of the region name them. Files are produced by <see cref="UnseenReports.Bytes"/>.
/// </summary>
internal static class UnseenReportsM
{
    public const string KafalaFile = "ml-sn-mr-kafala-adoption-placement-2025.pdf";
    public const string ProtestFile = "gn-enfants-violences-manifestations-2024.docx";
    public const string BabyFactoryFile = "ng-baby-factories-south-east-2025.pdf";
    public const string YoungCarersFile = "sl-gh-young-carers-2024.pdf";

    public static readonly UnseenReports.Report Kafala = new(
        KafalaFile,
        "Kafala, adoption et placement informel des enfants au Mali, au Sénégal et en Mauritanie",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["ML", "SN", "MR"], Language = "fr", Publisher = "Observatoire d'essai sur la protection de remplacement (exemple)" },
        [
            new("Résumé",
            [
                "Cette étude porte sur la kafala, l'adoption et le placement informel des enfants privés de leur famille au Mali, au Sénégal et en Mauritanie. Elle s'appuie sur l'examen de dossiers de placement ouverts entre 2019 et 2024 dans les tribunaux de Bamako, Dakar, Thiès et Nouakchott, sur des visites de pouponnières et sur des entretiens avec des juges, des travailleurs sociaux, des responsables religieux, des familles d'accueil et des jeunes ayant grandi hors de leur famille.",
                "Dans les trois pays, la grande majorité des enfants séparés de leurs parents vivent chez des proches sans qu'aucune autorité n'en soit informée. Les placements décidés par un juge restent rares, mal suivis et parfois détournés à des fins d'exploitation domestique ou de traite. Les nouveau-nés abandonnés attendent souvent des années en institution avant qu'une solution familiale soit trouvée.",
            ]),
            new("1. Méthodologie",
            [
                "Les dossiers judiciaires ont été consultés avec l'accord des présidents de tribunaux, et les noms des enfants et des familles ont été retirés avant l'analyse. Pour chaque dossier, l'équipe a relevé l'âge de l'enfant, la forme du placement, la présence ou non d'une enquête sociale et les mesures de suivi ordonnées par le juge.",
                "Les entretiens ont été conduits en bambara, en wolof, en hassaniya, en pulaar ou en français. Les jeunes ayant vécu en placement ont été rencontrés par des éducateurs qu'ils connaissaient. Les placements purement coutumiers, qui ne laissent aucune trace écrite, n'ont pu être approchés qu'à travers les récits des familles et des chefs de quartier.",
            ]),
            new("2. La kafala et l'adoption : deux institutions différentes",
            [
                "La kafala est l'engagement, pris devant un juge ou un notaire, de prendre en charge bénévolement l'entretien, l'éducation et la protection d'un enfant, comme un père le ferait pour son fils. Issue du droit musulman, elle ne crée aucun lien de filiation : l'enfant recueilli garde son nom d'origine et n'hérite pas de la personne qui l'a recueilli, sauf par testament dans la limite du tiers des biens.",
                "L'adoption, au contraire, fait entrer l'enfant dans la famille adoptive. Le Code de la famille du Sénégal prévoit une adoption plénière, qui rompt les liens avec la famille d'origine, et une adoption limitée, qui les laisse subsister. Au Mali, le Code des personnes et de la famille de 2011 maintient l'adoption filiative mais la réserve en pratique aux ressortissants maliens. En Mauritanie, le Code du statut personnel interdit l'adoption et ne reconnaît que la kafala.",
                "Pour beaucoup de familles, la différence reste floue. Plusieurs parents interrogés à Bamako et à Dakar croyaient que la kafala donnait à l'enfant les mêmes droits qu'un enfant né dans le foyer, et ont découvert au moment d'un décès que l'enfant recueilli était exclu de la succession.",
            ]),
            new("3. Le placement chez des proches et chez des tiers",
            [
                "Confier un enfant à une tante, à une grand-mère ou à un oncle installé en ville est une pratique ancienne dans les trois pays. Elle permet d'envoyer l'enfant à l'école, d'alléger la charge d'un ménage pauvre ou de renforcer les liens entre les branches de la famille. Dans la plupart des cas, ces arrangements se font oralement, sans passer par un juge ni par les services sociaux.",
                "Les enfants placés chez des proches sont souvent bien traités, mais leur sort dépend entièrement de la bonne volonté de la famille d'accueil. Des jeunes rencontrés à Thiès et à Kayes racontent avoir été chargés des corvées ménagères, nourris après les autres enfants et retirés de l'école lorsque l'argent manquait.",
                "Le placement chez des personnes sans lien de parenté est plus risqué. Des filles venues des villages sont confiées à des familles urbaines qui promettent de les scolariser, puis employées comme domestiques sans salaire. À Nouakchott, des travailleurs sociaux ont rencontré des fillettes placées dès l'âge de sept ans auprès de familles qu'elles ne connaissaient pas.",
            ]),
            new("4. Nouveau-nés abandonnés et pouponnières",
            [
                "Les enfants abandonnés à la naissance sont le plus souvent nés hors mariage, de mères très jeunes qui craignent le rejet de leur famille ou des poursuites pour infanticide. Ils sont déposés à la maternité, devant une mosquée ou dans un lieu public, puis confiés par la police ou le juge à une pouponnière publique ou privée.",
                "Le tableau suivant présente, pour chaque ville, le nombre de nouveau-nés abandonnés accueillis en pouponnière entre 2022 et 2024 et ce qu'ils sont devenus à la fin de la période.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Nouveau-nés abandonnés accueillis en pouponnière et leur devenir, par ville (2022-2024)",
                ["Ville", "Enfants accueillis", "Décédés avant un an", "Placés en famille", "Encore en pouponnière"],
                [
                    ["Bamako (ML)", "214", "9 %", "38 %", "41 %"],
                    ["Dakar (SN)", "186", "6 %", "47 %", "29 %"],
                    ["Thiès (SN)", "73", "11 %", "33 %", "45 %"],
                    ["Nouakchott (MR)", "128", "14 %", "26 %", "52 %"],
                ],
                [57, 175, 275, 370, 465]),
            [
                "Les pouponnières manquent de personnel : une seule nourrice s'occupe parfois de dix bébés, et les enfants restés plusieurs années en institution présentent des retards de langage et de développement. Faute de familles candidates à la kafala, certains enfants dépassent l'âge de six ans sans avoir quitté l'établissement.",
            ]),
            new("5. Adoption internationale et procédures judiciaires",
            [
                "Jusqu'au début des années 2010, des enfants maliens et sénégalais étaient adoptés par des couples européens, surtout français, belges et espagnols. Le Mali a mis fin à l'adoption internationale en réservant l'adoption filiative à ses nationaux, et le Sénégal a suspendu l'enregistrement de nouvelles demandes étrangères le temps de mettre ses procédures en conformité avec la Convention de La Haye de 1993.",
                "Les familles étrangères se tournent désormais vers la kafala, que certains tribunaux accordent à des couples vivant en Europe. Une fois l'enfant sorti du pays, aucun service ne vérifie ses conditions de vie, et des juges reconnaissent ne pas savoir ce que sont devenus les enfants partis ainsi.",
                "La procédure devant le juge des enfants ou le tribunal de première instance devrait comprendre une enquête sociale sur la famille candidate. Dans les dossiers examinés, cette enquête manquait dans près de la moitié des cas, ou se résumait à une attestation du chef de quartier. Les décisions sont rarement motivées et l'avis de l'enfant n'est presque jamais recueilli.",
            ]),
            new("6. Suivi des enfants placés, abus et risques de traite",
            [
                "Une fois la kafala prononcée, le suivi de l'enfant est confié en théorie aux services sociaux du lieu de résidence. En pratique, aucune des familles rencontrées n'avait reçu de visite d'un travailleur social après la décision, et les services disent manquer de véhicules et de personnel pour se déplacer.",
                "Ce manque de contrôle laisse place à des abus. Des enfants recueillis ont été privés d'école, frappés ou exploités comme main-d'œuvre dans le commerce familial. Des adolescentes placées chez des tiers ont été mariées par leur famille d'accueil sans l'accord de leurs parents.",
                "Les professionnels signalent aussi des risques de traite. Des intermédiaires se présentent dans les maternités et les pouponnières comme des familles candidates, ou proposent de l'argent à des mères isolées pour qu'elles leur remettent leur bébé. Au Mali et au Sénégal, des enquêtes ont été ouvertes sur des enfants recueillis puis envoyés à l'étranger avec de faux documents.",
            ]),
            new("7. Réformes et recommandations",
            [
                "Le Sénégal prépare un Code de l'enfant qui doit encadrer la kafala et le placement familial, et la Mauritanie a adopté en 2018 un Code général de protection de l'enfant qui mentionne la kafala parmi les mesures de protection de remplacement. Au Mali, la révision du Code de protection de l'enfant est en discussion depuis plusieurs années.",
                "Les États devraient tenir un registre national de tous les enfants placés, rendre l'enquête sociale obligatoire avant toute kafala ou adoption et prévoir des visites de suivi au moins une fois par an.",
                "Les pouponnières doivent être agréées et inspectées, et les autorités devraient développer des familles d'accueil temporaires pour que les nouveau-nés abandonnés ne grandissent pas en institution. Aucune kafala ne devrait être accordée à des personnes résidant à l'étranger sans un accord avec le pays de résidence garantissant le suivi de l'enfant.",
            ]),
        ]);

    public static readonly UnseenReports.Report Protest = new(
        ProtestFile,
        "Les enfants face aux violences lors des manifestations politiques en Guinée (2019-2023)",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["GN"], Language = "fr", Publisher = "Coalition d'essai pour les droits de l'enfant en Guinée (exemple)" },
        [
            new("Résumé",
            [
                "Entre octobre 2019 et la fin de l'année 2023, les manifestations contre le changement de constitution, puis contre la durée de la transition, ont été marquées en Guinée par un usage répété de la force par les forces de défense et de sécurité. Des enfants figurent parmi les morts, les blessés et les personnes arrêtées, en particulier dans les quartiers de la commune de Ratoma situés le long de la route Le Prince, à Conakry.",
                "Ce rapport rassemble les cas d'enfants victimes documentés par notre réseau, les récits des familles et des témoins, et les observations d'enseignants, de soignants et de travailleurs sociaux. Il décrit aussi les conséquences des journées de manifestation sur la scolarité et la santé mentale des enfants, et la manière dont les institutions ont répondu.",
            ]),
            new("1. Méthodologie",
            [
                "Les cas ont été recensés à partir des registres de quatre hôpitaux de Conakry, des listes tenues par des associations de victimes et d'entretiens avec des familles. Un cas n'a été retenu que si l'âge de l'enfant avait été confirmé par un acte de naissance, un carnet scolaire ou le témoignage concordant de deux personnes.",
                "Les enfants de plus de douze ans ont été interrogés en présence d'un parent et d'une psychologue, en soussou, en pular, en malinké ou en français. Par crainte de représailles, plusieurs familles ont demandé que le nom de leur quartier ne soit pas cité. Les chiffres présentés sont donc des minimums.",
            ]),
            new("2. Enfants tués et blessés",
            [
                "La plupart des enfants tués l'ont été par balle, alors qu'ils se trouvaient dans la rue, devant leur maison ou sur le chemin de l'école. Certains participaient aux manifestations ou lançaient des pierres, d'autres étaient de simples passants. Plusieurs familles affirment que les tirs venaient de véhicules de la police ou de la gendarmerie qui traversaient le quartier.",
                "Les gaz lacrymogènes ont été tirés jusque dans les cours des concessions et, dans au moins deux cas, à l'intérieur d'une salle de classe. Des nourrissons et de jeunes enfants ont dû être hospitalisés pour des difficultés respiratoires, et des mères racontent avoir fui avec leurs bébés par les arrière-cours.",
                "Le tableau suivant présente, pour chaque année, le nombre d'enfants tués, blessés par balle et arrêtés que notre réseau a pu documenter, ainsi que le nombre de plaintes déposées par les familles.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Enfants victimes documentés lors des manifestations, par année (2019-2023)",
                ["Année", "Enfants tués", "Blessés par balle", "Enfants arrêtés", "Plaintes déposées"],
                [
                    ["2019", "7", "38", "112", "4"],
                    ["2020", "11", "54", "236", "6"],
                    ["2021", "2", "9", "41", "1"],
                    ["2022", "6", "33", "158", "3"],
                    ["2023", "9", "47", "187", "5"],
                ],
                [57, 165, 265, 370, 465]),
            [
                "Les chiffres de 2020 reflètent les manifestations autour du référendum constitutionnel de mars et de l'élection présidentielle d'octobre. Le nombre de blessés est sans doute sous-estimé, car de nombreuses familles ont soigné les enfants à domicile par peur d'être signalées à l'hôpital.",
            ]),
            new("3. Arrestations, détention et procès de mineurs",
            [
                "Lors des opérations de ratissage qui suivent les manifestations, les forces de sécurité entrent dans les maisons et arrêtent les garçons et les jeunes hommes présents, sans vérifier leur âge. Des adolescents de quatorze à dix-sept ans ont été conduits dans des escadrons de gendarmerie ou des commissariats, où ils ont été détenus avec des adultes.",
                "Plusieurs adolescents disent avoir été frappés pendant leur garde à vue et forcés de nettoyer les locaux. Leurs familles n'ont souvent appris leur arrestation que le lendemain, par des voisins, et ont dû payer des sommes d'argent pour obtenir leur libération.",
                "Certains mineurs ont été présentés au tribunal de première instance et jugés pour participation à un attroupement ou destruction de biens publics, parfois sans avocat. Le Code de l'enfant prévoit pourtant que les mineurs soient jugés par le juge des enfants, que la détention reste une mesure de dernier recours et que les parents soient informés sans délai.",
            ]),
            new("4. Écoles fermées et effets psychologiques",
            [
                "Les jours de manifestation annoncés, les écoles des quartiers concernés restent fermées ou se vident dès la matinée. Les enseignants et les parents ne veulent pas exposer les enfants sur le trajet. Dans certaines écoles de Ratoma, les élèves ont perdu plus de trente jours de cours au cours de l'année scolaire 2022-2023.",
                "Les examens nationaux ont été déplacés à plusieurs reprises, et des élèves de terminale racontent avoir révisé enfermés chez eux en entendant les tirs. Des écoles privées ont organisé des cours de rattrapage le samedi, que les familles pauvres ne pouvaient pas payer.",
                "Les psychologues rencontrés décrivent des enfants qui sursautent au moindre bruit, font des cauchemars, refusent de sortir ou mouillent leur lit. Des frères et sœurs d'enfants tués ont cessé de parler pendant plusieurs semaines. Les enfants blessés qui gardent un handicap vivent souvent repliés sur eux-mêmes, et certains ont abandonné l'école.",
            ]),
            new("5. Les plaintes des familles et le rôle des institutions",
            [
                "Peu de familles portent plainte. Celles qui l'ont fait décrivent des convocations sans suite, des dossiers perdus et des pressions pour accepter une indemnisation en échange du retrait de la plainte. À la fin de 2023, aucun membre des forces de sécurité n'avait été condamné pour la mort d'un enfant lors d'une manifestation.",
                "L'Office de protection du genre, de l'enfance et des mœurs (OPROGEM) est chargé d'enquêter sur les infractions commises contre les enfants, mais ses agents disent ne pas pouvoir enquêter sur d'autres services de police ou de gendarmerie. L'office est surtout intervenu pour retrouver des enfants arrêtés et les remettre à leurs parents.",
                "L'Institution nationale indépendante des droits humains et le bureau du Haut-Commissariat des Nations unies aux droits de l'homme ont publié des communiqués et visité des lieux de détention. Leurs recommandations sur l'usage de la force et l'ouverture d'enquêtes indépendantes sont restées en grande partie sans effet.",
            ]),
            new("6. Recommandations",
            [
                "Les forces de défense et de sécurité doivent renoncer à l'usage d'armes à feu pour le maintien de l'ordre, ne jamais tirer de gaz lacrymogènes près des écoles et des habitations, et identifier chaque unité déployée lors des manifestations.",
                "Tout enfant arrêté doit être présenté sans délai au juge des enfants, séparé des adultes et assisté d'un avocat, et ses parents doivent être prévenus dès son arrestation.",
                "L'État doit ouvrir une enquête indépendante sur chaque décès d'enfant, indemniser les familles sans conditions et financer une prise en charge psychologique gratuite pour les enfants blessés et leurs proches.",
            ]),
        ]);

    public static readonly UnseenReports.Report BabyFactory = new(
        BabyFactoryFile,
        "Baby factories in south-east Nigeria: girls held for childbirth, babies sold and the state response",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["NG"], Language = "en", Publisher = "Nigerian Child Rights Trial Research Centre (example)" },
        [
            new("Summary",
            [
                "This report examines the so-called baby factories of south-east Nigeria: clinics, maternity homes, orphanages and private houses where pregnant girls and young women are held until they give birth and where their babies are sold. It covers Anambra, Imo, Abia, Enugu and Ebonyi states and draws on court records, police and agency reports from 2018 to 2024, and on interviews with rescued girls and women, health workers, investigators, lawyers and shelter staff.",
                "The trade feeds on the stigma of pregnancy outside marriage, on the shame attached to infertility and on the weakness of formal adoption. Girls are recruited with promises of work or shelter, and many are confined for months. Raids have closed dozens of premises, but prosecutions are slow and the care offered to rescued mothers and babies remains short.",
            ]),
            new("1. Methodology",
            [
                "The research team reviewed the files of raids reported by the police and by the National Agency for the Prohibition of Trafficking in Persons (NAPTIP), together with the judgments available in state high courts. Interviews with rescued girls and women took place in shelters, with their consent and with a counsellor present, in Igbo, Pidgin or English.",
                "Names of persons and premises have been removed. Because most baby factories operate in secret and many raids are never reported in the press, the figures in this report describe known cases only and certainly understate the scale of the trade.",
            ]),
            new("2. What baby factories are",
            [
                "Baby factories take several forms. Some are registered private hospitals or maternity homes whose owners present themselves as doctors or nurses. Others are orphanages or charity homes that receive pregnant girls in the name of helping them. Many are ordinary houses in residential areas, where girls are kept behind locked gates and rarely see daylight.",
                "Some girls arrive already pregnant and are told they may stay until the birth. Others are made pregnant on the premises by men hired for that purpose, sometimes by rape. Girls described being held for up to a year, giving birth without qualified help and being told that the baby had died or been given to a good family.",
                "Operators earn money at each step: from the sale of the baby, from fees charged to buyers for false birth certificates and sometimes from selling the girls' labour while they wait. Several premises were run by networks that included a clinic owner, a recruiter and a lawyer who prepared the papers.",
            ]),
            new("3. How the girls are recruited",
            [
                "Most of the girls and young women interviewed were between fourteen and twenty-four years old when they were recruited. Many had left home after becoming pregnant and being rejected by their family or church. Recruiters, often women, approached them in markets, motor parks and hospitals, offering a place to stay until the birth and help with the baby.",
                "Other girls were not pregnant when recruited. They answered offers of jobs as housemaids, shop assistants or hotel workers in Lagos, Onitsha or Port Harcourt, and found themselves locked in a house on arrival. Some came from poor families in other states who had been told that their daughter would be trained in a trade.",
                "Girls were told that leaving would bring shame on their family or that they owed money for food and care. Some were threatened with spiritual oaths or with violence against relatives. Few knew where exactly they were held.",
            ]),
            new("4. Sale of babies, infertility and illegal adoption",
            [
                "Buyers are mostly couples who have been unable to have children. In south-east Nigeria, a childless woman faces heavy pressure from her husband's family, and may be blamed, mocked or replaced by a second wife. For some couples, buying a baby appears less shameful than admitting infertility or going through a formal adoption that relatives would know about.",
                "The following table shows, for each state, the raids on baby factories recorded between 2018 and 2024, the number of girls and women and of babies and children rescued, and the number of cases that reached a judgment.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Raids on baby factories, persons rescued and judgments, by state (2018-2024)",
                ["State", "Raids recorded", "Girls and women rescued", "Babies and children rescued", "Judgments"],
                [
                    ["Anambra", "31", "214", "96", "7"],
                    ["Imo", "24", "163", "71", "4"],
                    ["Abia", "17", "118", "52", "3"],
                    ["Enugu", "9", "47", "23", "2"],
                    ["Ebonyi", "6", "29", "14", "0"],
                ],
                [57, 160, 265, 385, 490]),
            [
                "Babies are sold for sums that depend on their sex, boys fetching higher prices than girls. Buyers then register the child as their own, often with a birth certificate from the same clinic, so that the child's origin is hidden and the sale cannot be traced.",
            ]),
            new("5. Raids, rescues and prosecutions",
            [
                "Most raids follow a tip from a neighbour, an escaped girl or a relative searching for a missing daughter. Police and NAPTIP officers have closed premises in Aba, Umuahia, Owerri, Onitsha and Enugu, sometimes finding more than twenty pregnant girls in a single house. Operators often escape before the raid or reopen elsewhere under another name.",
                "Suspects can be charged under the Trafficking in Persons (Prohibition) Enforcement and Administration Act of 2015, which punishes the sale of children, and under the Child Rights Law of each state. Anambra and Imo have also passed laws that specifically ban baby factories. Yet few cases reach judgment: files move between the police, the agency and state prosecutors, witnesses disappear and trials are adjourned for years.",
                "Rescued girls are sometimes themselves charged, for conspiracy or for selling their own baby, and held in police cells. Lawyers interviewed said that this discourages victims from testifying and blurs the line between victims and offenders.",
            ]),
            new("6. Care of the rescued mothers and babies",
            [
                "After a raid, girls and women are taken to NAPTIP shelters or to state social welfare homes, where they receive medical care, counselling and, for some, skills training. Stays are limited to a few weeks, and many leave before their baby is born or soon after, without a plan for where they will live.",
                "Rescued babies are placed in state-approved orphanages while their mothers are traced. Mothers who wish to keep their baby often lack the means to do so and face rejection at home. Social workers reported cases in which rescued babies were later given to couples through informal arrangements that resembled the sale they had been rescued from.",
                "Few girls receive help to return to school or find work. Family reunification is often attempted without preparing the family, and some girls said they had been sent away again and feared being recruited a second time.",
            ]),
            new("7. Recommendations",
            [
                "State governments should license and inspect every maternity home, clinic and orphanage, and close those that hold pregnant girls without medical justification.",
                "Formal adoption should be made faster, cheaper and more discreet, so that couples are not pushed towards the illegal market, and public campaigns should challenge the stigma of infertility and of pregnancy outside marriage.",
                "Rescued girls should never be prosecuted for acts linked to their exploitation, and should receive shelter, health care and support for at least a year, with a free choice about keeping their baby.",
            ]),
        ]);

    public static readonly UnseenReports.Report YoungCarers = new(
        YoungCarersFile,
        "Children who care: young carers of sick, disabled and elderly parents in Sierra Leone and Ghana",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["SL", "GH"], Language = "en", Publisher = "West African Family Care Trial Study Group (example)" },
        [
            new("Summary",
            [
                "This study looks at children who provide regular care to a parent or grandparent who is chronically ill, disabled or frail with age, in Sierra Leone, in Bo and Port Loko districts, and in Ghana, in the Northern and Central regions. It is based on a household survey that identified young carers aged 8 to 17, on interviews with children and their families, and on discussions with nurses, community health workers, teachers and social welfare officers in 2024.",
                "Young carers wash, feed and lift their parents, give medicines, take them to clinics and run the household. Many do so for several hours a day, on top of school, farming or petty trading. Their work keeps families together, but it costs them schooling, rest and friendships, and it is almost invisible to the services that could help.",
                "Children were interviewed at home or at school, in Krio, Mende, Temne, Dagbani, Fante or English, by researchers trained in talking with children about difficult feelings. The survey asked about the past week. Children who described serious distress or neglect were referred, with their consent, to social welfare services.",
            ]),
            new("1. Who the young carers are and whom they care for",
            [
                "Most young carers look after their mother. The illnesses most often named were stroke, diabetes, tuberculosis, HIV, mental illness and the lasting effects of Ebola in Sierra Leone. Other children care for a parent who lost a leg in an accident or became blind, or for a grandparent who raised them and can no longer walk.",
                "Girls are slightly more numerous than boys, but boys take on a large share of the care when the sick parent is their father, or when there is no sister. The youngest carers in the survey were eight years old. In many households the young carer is the eldest child, and also looks after younger brothers and sisters.",
                "Care often begins suddenly, after a stroke or an accident, and lasts for years. Relatives who might have helped live far away or have withdrawn, sometimes because they fear the illness or believe it is the result of witchcraft.",
            ]),
            new("2. Hours and tasks of care",
            [
                "Young carers do a wide range of tasks. The most common are cooking, fetching water, cleaning, and helping the parent to eat and to go to the toilet. Older children also bathe their parent, change dressings, give injections of insulin or keep track of tuberculosis tablets, often without ever having been shown how by a health worker.",
                "The following table shows, for each district or region, the number of young carers surveyed, the average hours of care they gave in the past week, the share who missed at least one school day because of care, and the share who went without a meal.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Young carers, hours of care, missed school and meals in the past week, by area (2024)",
                ["Area", "Carers surveyed", "Hours of care a week", "Missed a school day", "Went without a meal"],
                [
                    ["Bo (SL)", "310", "26", "44%", "39%"],
                    ["Port Loko (SL)", "285", "31", "53%", "47%"],
                    ["Northern (GH)", "342", "29", "48%", "51%"],
                    ["Central (GH)", "303", "19", "32%", "27%"],
                ],
                [57, 170, 275, 380, 470]),
            [
                "Care does not stop at night. Children caring for a parent after a stroke or with mental illness said they woke several times to turn the parent, take them outside or calm them, and they often arrived at school tired.",
            ]),
            new("3. School and learning",
            [
                "Most young carers are enrolled in school, but attend irregularly. They miss days when the parent has a clinic appointment, when there is no one else at home, or when the parent's condition gets worse. Several children had repeated a class, and older girls in Port Loko and the Northern region had left school altogether to care full time.",
                "Teachers rarely know why these pupils are absent or late. Children said they did not tell teachers about their situation because they feared being pitied or punished, and some had been caned for lateness. Where a teacher knew, help depended on personal goodwill: allowing a child to leave early, sharing notes or paying for exercise books.",
                "Homework is done late at night or not at all. Young carers in the survey scored lower on a simple reading test than other children of the same age in their communities.",
            ]),
            new("4. Money and food",
            [
                "Households with a sick or disabled parent usually lose the income of that parent, and often of a second adult who stays at home. Young carers help to fill the gap: they sell water, groundnuts or charcoal after school, work on other people's farms or carry loads in the market. Some of the money goes on medicines and transport to the hospital.",
                "Food is the most frequent worry. Children described eating once a day, giving their share to the sick parent or to younger siblings, and going to school hungry. Medicines that must be taken with food, such as tuberculosis and HIV treatment, are sometimes skipped when there is nothing to eat.",
                "Health care is meant to be free for some groups, but families still pay for drugs, tests and transport. Several children had gone with their parent to a herbalist or a prayer camp because it was cheaper than the hospital.",
            ]),
            new("5. Feelings and isolation",
            [
                "Many young carers spoke with pride about looking after their parent, and said that caring was what a good child should do. At the same time they described worry, sadness and anger, fear that the parent would die, and guilt when they went out to play.",
                "Young carers often lose contact with friends, because they cannot join games, church youth groups or football after school. Some were teased by classmates for smelling of the sick room or for wearing dirty uniforms. Children caring for a parent with HIV or mental illness also bore the stigma attached to the illness and kept the family's situation secret.",
                "Very few children had ever been asked how they themselves were coping. When asked what would help, they spoke of someone to talk to, a few hours of rest, and help with food and school costs.",
            ]),
            new("6. What health workers, schools and social protection do",
            [
                "Nurses and community health workers see young carers every time they bring a parent to the clinic, yet none of those interviewed had a way of recording or referring them. Health workers give the child instructions about medicines, but rarely ask whether the child is in school or has eaten.",
                "In Ghana, the Livelihood Empowerment Against Poverty programme (LEAP) gives cash to poor households that include a person with severe disability or an elderly person without support, and some families of young carers received it. Payments are small and irregular, and many families did not know that they could apply. In Sierra Leone, the social safety net programme reached only a few of the surveyed households.",
                "Neither country has a policy that names young carers. Child protection and social welfare services focus on children without parental care, and a child who looks after a parent is seen as a helpful child rather than a child in need of support.",
            ]),
            new("7. Recommendations",
            [
                "Health workers should ask every child who accompanies a patient about school, food and rest, and refer young carers to social welfare officers and community support.",
                "Schools should appoint a teacher to identify young carers, allow flexible attendance on clinic days without punishment, and waive fees and the costs of exercise books and uniforms.",
                "Governments should recognise young carers in social protection and child protection policies, give priority to their households in cash transfer programmes and fund home-based care so that the care of adults does not fall on children.",
            ]),
        ]);

    public static IReadOnlyList<UnseenReports.Report> All { get; } = [Kafala, Protest, BabyFactory, YoungCarers];
}
