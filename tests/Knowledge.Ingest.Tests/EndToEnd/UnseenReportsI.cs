using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set I of the held-out search evaluation (<see cref="UnseenQuestionsI"/>): four more reports, written
/// blind to the glossary, the lexicon, the query understanding, the ranking and the results of the
/// earlier sets. Two in French (Niger and Mali, obstetric fistula and the maternal health of adolescent
/// girls, as a PDF; Mauritanie and Niger, child protection in the Mbera refugee camp and the Diffa region,
/// as a Word file) and two in English (Côte d'Ivoire and Nigeria, adolescents living with HIV; Ghana and
/// Senegal, football academies and the trafficking of young players; both PDFs). Each has headings,
/// several pages and exactly one table with a caption. <b>Every figure, survey, case and finding in them
/// is invented test data</b>; laws, programmes and institutions are named as reports of the region name
/// them. Files are produced by <see cref="UnseenReports.Bytes"/>.
/// </summary>
internal static class UnseenReportsI
{
    public const string FistulaFile = "ne-ml-fistule-obstetricale-adolescentes-2025.pdf";
    public const string CampsFile = "mr-ne-protection-enfants-camps-refugies-2024.docx";
    public const string HivFile = "ci-ng-adolescents-living-with-hiv-2025.pdf";
    public const string FootballFile = "gh-sn-football-academies-trafficking-2024.pdf";

    public static readonly UnseenReports.Report Fistula = new(
        FistulaFile,
        "La fistule obstétricale chez les adolescentes au Niger et au Mali : grossesses précoces, réparation et réinsertion",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["NE", "ML"], Language = "fr", Publisher = "Observatoire d'essai sur la santé maternelle des adolescentes (exemple)" },
        [
            new("Résumé",
            [
                "Cette étude porte sur les adolescentes atteintes de fistule obstétricale au Niger, dans les régions de Maradi, de Zinder et de Niamey, et au Mali, dans les régions de Mopti et de Bamako. Elle repose sur des entretiens menés en 2024 avec 769 patientes reçues dans cinq centres de réparation, dont 412 avaient moins de 20 ans au moment de l'accouchement, ainsi que sur des échanges avec des sages-femmes, des chirurgiens, des chefs de village et des maris.",
                "La fistule est presque toujours la conséquence d'un accouchement prolongé sans accès à une césarienne, chez des filles mariées très jeunes dont le bassin n'a pas fini de se développer. Au-delà de la blessure physique, les jeunes femmes perdent souvent leur enfant, leur mariage et leur place dans la communauté. La réparation chirurgicale est possible, mais l'attente, le coût du voyage et la honte retardent l'arrivée des patientes dans les centres.",
            ]),
            new("1. Méthodologie",
            [
                "Les entretiens ont été conduits en haoussa, en zarma, en kanouri, en bambara ou en peul par des enquêtrices formées, toujours en l'absence du mari et de la belle-famille. Les patientes ont été rencontrées avant ou après l'opération, dans les centres de réparation et dans les maisons d'accueil où elles attendent leur tour, parfois pendant plusieurs mois.",
                "Les jeunes femmes qui n'ont jamais atteint un centre de santé ne figurent pas dans l'échantillon, et leur situation est sans doute plus grave encore. Les données sur l'âge au mariage reposent sur les souvenirs des patientes et de leurs proches, car très peu d'entre elles possèdent un acte de naissance ou un certificat de mariage.",
            ]),
            new("2. Grossesses précoces et accouchements prolongés",
            [
                "La plupart des patientes ont été mariées entre 12 et 15 ans et sont tombées enceintes dans l'année qui a suivi. Dans les villages de Maradi et de Zinder, une fille non mariée à 15 ans est souvent considérée comme une charge pour sa famille, et le mariage précoce est vu comme une protection de son honneur et de celui de ses parents.",
                "Le premier accouchement a le plus souvent eu lieu à domicile, avec une accoucheuse traditionnelle ou une parente. Beaucoup de patientes décrivent un travail qui a duré trois jours ou plus avant que la famille décide de les transporter vers un centre de santé, parfois sur une charrette tirée par un âne, sur des pistes impraticables pendant la saison des pluies.",
                "Dans la grande majorité des cas, l'enfant est mort-né. Les sages-femmes rencontrées expliquent que les centres de santé intégrés ne peuvent pas pratiquer de césarienne et que l'évacuation vers l'hôpital de district dépend d'une ambulance souvent en panne ou sans carburant, qu'il faut parfois attendre une journée entière.",
            ]),
            new("3. Ampleur de la fistule et réparation chirurgicale",
            [
                "Le tableau suivant présente, pour chaque centre, le nombre de patientes reçues, l'âge moyen au premier mariage, la part des fistules fermées dès la première opération et la part des patientes qui disent avoir été abandonnées par leur mari.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Patientes opérées d'une fistule obstétricale, par centre de réparation (2023-2024)",
                ["Centre", "Patientes reçues", "Âge au mariage", "Fermeture réussie", "Abandonnées"],
                [
                    ["Niamey (NE)", "212", "14,6 ans", "83 %", "57 %"],
                    ["Maradi (NE)", "176", "14,1 ans", "76 %", "64 %"],
                    ["Zinder (NE)", "149", "13,8 ans", "71 %", "69 %"],
                    ["Mopti (ML)", "98", "15,2 ans", "79 %", "48 %"],
                    ["Bamako (ML)", "134", "15,7 ans", "87 %", "41 %"],
                ],
                [57, 170, 270, 370, 465]),
            [
                "Les échecs de la première intervention concernent surtout les fistules anciennes et étendues. Certaines patientes ont subi trois ou quatre opérations et vivent depuis des années loin de leur village. Les chirurgiens formés à la réparation sont peu nombreux et se déplacent lors de campagnes de quelques semaines, financées par des partenaires extérieurs, entre lesquelles les listes d'attente s'allongent.",
            ]),
            new("4. Le rejet par le mari et la famille",
            [
                "L'incontinence permanente rend la vie des patientes très difficile : l'odeur les éloigne des repas collectifs, de la mosquée et du marché. Beaucoup vivent seules dans une case à l'écart de la concession, lavent leurs pagnes plusieurs fois par jour et limitent ce qu'elles boivent pour réduire les fuites.",
                "Plus de la moitié des patientes rencontrées ont été répudiées ou délaissées par leur mari, qui a souvent pris une nouvelle épouse. Certaines ont été renvoyées chez leurs parents, où elles sont considérées comme une bouche de plus à nourrir et une source de honte pour toute la famille.",
                "La maladie est fréquemment attribuée à une faute de la jeune femme, à une infidélité ou à un sort jeté par une coépouse. Ces croyances retardent le recours aux soins, car la famille consulte d'abord un guérisseur ou un marabout avant d'envisager l'hôpital, et les patientes arrivent au centre plusieurs années après l'accouchement.",
            ]),
            new("5. La réinsertion après la réparation",
            [
                "Après l'opération, les jeunes femmes doivent éviter les travaux lourds et les rapports sexuels pendant plusieurs mois, et une nouvelle grossesse doit être suivie dans un centre capable de pratiquer une césarienne. Peu d'entre elles reçoivent ces conseils dans leur langue ou sont suivies une fois rentrées au village.",
                "Les programmes de réinsertion proposent une formation en couture, en teinture, en fabrication de savon ou en petit commerce, ainsi qu'un petit capital de départ. Les anciennes patientes qui ont bénéficié de ce soutien disent avoir retrouvé une place au marché et le respect de leurs voisines, et certaines ont pu se remarier.",
                "Au Mali, des associations d'anciennes patientes, appelées ambassadrices, repèrent les femmes qui souffrent encore en silence dans les villages et les accompagnent jusqu'au centre de réparation. Au Niger, certaines ambassadrices sont aussi invitées à parler dans les écoles et aux réunions des chefs traditionnels.",
            ]),
            new("6. Prévention et cadre juridique",
            [
                "Au Niger, le Code civil fixe l'âge minimum du mariage des filles à 15 ans, et les mariages religieux et coutumiers échappent souvent à tout enregistrement. Au Mali, le Code des personnes et de la famille de 2011 fixe cet âge à 16 ans, avec des dérogations possibles. Aucun des deux pays n'a relevé l'âge du mariage à 18 ans malgré ses engagements au titre de la Charte africaine des droits et du bien-être de l'enfant.",
                "La prévention repose sur le recul de l'âge du premier mariage et de la première grossesse, sur les consultations prénatales et sur l'accès rapide à une césarienne. La gratuité de la césarienne, en vigueur dans les deux pays, n'est pas toujours appliquée : des familles doivent encore payer les médicaments, le carburant de l'ambulance ou les poches de sang.",
                "Les écoles de maris, qui réunissent des hommes respectés du village pour parler de santé maternelle, ont permis dans certains districts de Zinder d'augmenter le nombre d'accouchements assistés par une sage-femme et de convaincre des pères de retarder le mariage de leurs filles.",
            ]),
            new("7. Recommandations",
            [
                "Les gouvernements du Niger et du Mali doivent fixer à 18 ans l'âge minimum du mariage pour les filles comme pour les garçons, faire enregistrer tous les mariages et maintenir les filles à l'école jusqu'à la fin du premier cycle du secondaire.",
                "Les ministères de la santé doivent garantir une césarienne gratuite et réellement accessible dans chaque district et former davantage de chirurgiens à la réparation des fistules, pour que les opérations ne dépendent plus de campagnes ponctuelles.",
                "Les programmes de réinsertion devraient suivre chaque ancienne patiente pendant au moins deux ans et associer les maris, les belles-familles et les chefs de village à son retour.",
            ]),
        ]);

    public static readonly UnseenReports.Report Camps = new(
        CampsFile,
        "La protection des enfants dans les camps de réfugiés : Mbera (Mauritanie) et région de Diffa (Niger)",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["MR", "NE"], Language = "fr", Publisher = "Réseau d'essai pour les enfants réfugiés du Sahel (exemple)" },
        [
            new("Résumé",
            [
                "Ce rapport examine la protection des enfants dans le camp de Mbera, dans la région du Hodh Ech Chargui en Mauritanie, qui accueille des réfugiés maliens, et dans la région de Diffa au Niger, où vivent des réfugiés venus du Nigeria et des déplacés internes fuyant les violences autour du lac Tchad. Il s'appuie sur des entretiens avec 540 enfants et 210 parents ou tuteurs en 2024, et sur des échanges avec les agents humanitaires, les autorités et les comités de réfugiés.",
                "Les enfants non accompagnés et séparés restent nombreux plusieurs années après leur arrivée. Les espaces amis des enfants offrent un refuge apprécié, mais ils manquent d'animateurs formés. Une grande partie des enfants nés dans les camps n'a toujours pas d'acte de naissance, ce qui menace leur accès à l'école et, demain, leur retour au pays.",
            ]),
            new("1. Méthodologie",
            [
                "Les entretiens ont été conduits en tamasheq, en hassanya, en arabe, en haoussa, en kanouri et en français par des animateurs réfugiés formés par l'équipe de recherche. Les enfants de moins de douze ans ont participé à des ateliers de dessin et de jeux de rôle plutôt qu'à des entretiens individuels.",
                "L'insécurité autour de Diffa a empêché les enquêteurs de se rendre dans plusieurs sites spontanés proches de la frontière nigériane. Les chiffres ne représentent donc que les enfants enregistrés ou connus des organisations présentes dans les camps et les sites d'accueil, et non l'ensemble des enfants réfugiés.",
            ]),
            new("2. Enfants non accompagnés et séparés",
            [
                "Le tableau suivant présente, pour chaque site, le nombre d'enfants enregistrés comme non accompagnés ou séparés, la part des filles, la part des enfants placés dans une famille d'accueil et la part de ceux dont la famille a été retrouvée.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Enfants non accompagnés et séparés enregistrés, par site, prise en charge et recherche familiale (2024)",
                ["Site", "Enfants enregistrés", "Filles", "En famille d'accueil", "Famille retrouvée"],
                [
                    ["Mbera (MR)", "1 240", "46 %", "58 %", "23 %"],
                    ["Diffa ville (NE)", "860", "52 %", "39 %", "31 %"],
                    ["Sayam Forage (NE)", "615", "49 %", "44 %", "17 %"],
                    ["Kabelawa (NE)", "392", "55 %", "27 %", "12 %"],
                ],
                [57, 170, 270, 370, 465]),
            [
                "Les enfants séparés vivent le plus souvent avec un oncle, une grand-mère ou un voisin du village d'origine, sans que ce placement ait été évalué. Certains de ces tuteurs informels confient aux enfants la garde du bétail ou les tâches ménagères en échange du gîte, et ne les envoient pas à l'école.",
            ]),
            new("3. Recherche familiale et réunification",
            [
                "La recherche familiale repose sur les fiches remplies à l'arrivée et sur les réseaux de la Croix-Rouge. Les familles de Mbera sont souvent dispersées entre le nord du Mali, d'autres camps et les pays voisins, et les téléphones changent de numéro à chaque déplacement.",
                "Des réunifications ont eu lieu grâce aux messages diffusés par les radios communautaires et aux photos montrées lors des jours de marché. Les agents regrettent que les bases de données des différentes organisations ne soient pas reliées entre elles, si bien qu'un même enfant peut être enregistré deux fois sous des noms différents.",
                "À Diffa, la recherche dans les zones contrôlées par les groupes armés au Nigeria est presque impossible. Des enfants attendent depuis plus de trois ans sans nouvelles de leurs parents, et certains ont appris leur décès par d'autres réfugiés arrivés après eux.",
            ]),
            new("4. Les espaces amis des enfants",
            [
                "Les espaces amis des enfants accueillent les enfants plusieurs après-midi par semaine pour des jeux, du sport, du dessin et des activités de soutien psychosocial. Les parents disent que ces lieux éloignent les enfants des puits, des routes et des marchés où ils sont exposés aux accidents et aux abus.",
                "Les animateurs sont souvent des jeunes réfugiés bénévoles, peu formés et peu rémunérés, qui se retrouvent seuls face à plus de cent enfants. Ils disent ne pas savoir comment réagir lorsqu'un enfant leur confie des violences ou montre des signes de détresse.",
                "Les adolescentes fréquentent peu ces espaces, car elles sont retenues à la maison par les tâches domestiques ou la garde des plus jeunes. À Mbera, des séances réservées aux filles, animées par des femmes, ont permis d'augmenter nettement leur participation.",
            ]),
            new("5. L'enregistrement des naissances des enfants réfugiés",
            [
                "Une grande partie des enfants nés dans le camp de Mbera n'ont qu'une attestation de naissance délivrée par la structure de santé, qui n'a pas la valeur d'un acte d'état civil. Pour obtenir un acte, les parents doivent se rendre au centre d'état civil de Bassikounou avec des témoins et des pièces d'identité que beaucoup ont perdues pendant la fuite.",
                "Au Niger, des audiences foraines organisées dans la région de Diffa ont permis de délivrer des jugements supplétifs à des milliers d'enfants réfugiés et déplacés. Ces audiences restent toutefois irrégulières et dépendent du financement des partenaires.",
                "Sans acte de naissance, les enfants ne peuvent pas s'inscrire à l'examen de fin du primaire, et leur nationalité risque de ne jamais être reconnue. Les parents craignent aussi que leurs enfants ne puissent pas prouver leur lien de filiation au moment du retour au pays.",
            ]),
            new("6. Travail, mariage et recrutement",
            [
                "Faute de revenus, de nombreux garçons quittent l'école pour garder les troupeaux, puiser l'eau ou travailler dans les marchés hebdomadaires. À Diffa, des adolescents sont employés dans la culture du poivron le long de la Komadougou, pour quelques centaines de francs par jour.",
                "Le mariage des filles avant 15 ans est fréquent dans les deux contextes et s'est accentué avec la pauvreté du déplacement. Des parents expliquent qu'un mariage protège leur fille des violences et allège les dépenses d'un abri déjà surpeuplé.",
                "Dans la région de Diffa, des garçons et des filles ont été enlevés ou recrutés par les groupes armés actifs autour du lac Tchad. Les enfants qui en sont sortis sont parfois détenus pour des raisons de sécurité au lieu d'être remis aux services de protection de l'enfance.",
            ]),
            new("7. Recommandations",
            [
                "Les organisations humanitaires doivent relier leurs bases de données de recherche familiale et évaluer chaque placement chez un tuteur informel dans les trois mois.",
                "Les autorités mauritaniennes et nigériennes doivent délivrer gratuitement un acte de naissance à chaque enfant né sur leur territoire, y compris dans les camps, et multiplier les audiences foraines.",
                "Les bailleurs devraient financer des animateurs professionnels dans les espaces amis des enfants, formés à orienter les enfants victimes vers une prise en charge spécialisée.",
            ]),
        ]);

    public static readonly UnseenReports.Report Hiv = new(
        HivFile,
        "Adolescents living with HIV in Côte d'Ivoire and Nigeria: disclosure, adherence and stigma at school",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["CI", "NG"], Language = "en", Publisher = "West African Adolescent Health Trial Institute (example)" },
        [
            new("Summary",
            [
                "This report examines the lives of adolescents aged 10 to 19 living with HIV in Côte d'Ivoire, in Abidjan and Bouaké, and in Nigeria, in Lagos, Benue and Akwa Ibom states. It is based on interviews with 1 120 adolescents receiving antiretroviral treatment in 2025, on group discussions with caregivers, nurses and teachers, and on the clinical files of the health facilities that agreed to take part.",
                "Most of the adolescents acquired HIV at birth and many have lost one or both parents. They face a late and often clumsy disclosure of their status, daily pills that they must hide from classmates, and stigma that pushes some to stop treatment. Youth clubs and peer supporters make a visible difference where they exist.",
            ]),
            new("1. Methodology",
            [
                "Interviews were held in French, English, Pidgin, Tiv or Ibibio by trained interviewers who were themselves young people living with HIV. No adolescent was interviewed without the consent of a caregiver and their own assent, and no question revealed their status to anyone present.",
                "Viral load results were taken from clinic records for the past twelve months. Adolescents who had dropped out of care could not be reached through the clinics, so the study probably overstates how well adolescents in general are doing on treatment.",
            ]),
            new("2. Disclosure: learning one's own status",
            [
                "Many adolescents learned that they had HIV only at the age of 13 or 14, years after they started taking pills. Caregivers told them that the medicine was for malaria, for asthma or for weak blood, and several only discovered the truth by reading the label or overhearing a nurse.",
                "Grandmothers and aunts who care for orphaned adolescents often fear that disclosure will lead the child to ask how the parents died, or to tell the neighbours. Nurses said they had no guidance on how to support a caregiver through a gradual disclosure adapted to the child's age.",
                "Adolescents who learned their status abruptly, in anger or during a family conflict, described shock and a period of refusing to take their drugs. Those who were told step by step by a counsellor spoke of relief and of finally understanding why they had to go to the clinic every month.",
            ]),
            new("3. Adherence and viral suppression",
            [
                "The following table gives, for each site, the number of adolescents interviewed, the share who reported missing at least one dose in the past month, the share with a suppressed viral load at their last test and the share who belong to a youth club.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Adolescents on antiretroviral treatment by site, missed doses, viral suppression and youth club membership (2025)",
                ["Site", "Adolescents", "Missed a dose", "Suppressed", "Youth club"],
                [
                    ["Abidjan (CI)", "310", "38%", "74%", "45%"],
                    ["Bouaké (CI)", "180", "47%", "63%", "29%"],
                    ["Lagos (NG)", "285", "35%", "78%", "52%"],
                    ["Benue (NG)", "205", "54%", "58%", "21%"],
                    ["Akwa Ibom (NG)", "140", "61%", "49%", "16%"],
                ],
                [57, 170, 270, 370, 465]),
            [
                "Adolescents who switched to the once-daily dolutegravir regimen said that a single small pill was easier to take discreetly. Suppression was lowest among those in boarding schools and among older adolescents who had moved away from their caregivers to work or study.",
            ]),
            new("4. Stigma at school",
            [
                "Taking pills at school is the moment adolescents fear most. Many skip their evening dose in boarding schools because they cannot take it without being seen, and some remove the labels from their bottles or hide them in vitamin containers.",
                "Several adolescents had been excluded from sports, seated apart or insulted after a classmate or a teacher learned their status. In Benue, a girl was sent home by a head teacher who told her grandmother that the school could not keep a sick child.",
                "Teachers interviewed knew little about how HIV is transmitted, and some believed that sharing cups or toilets was risky. Only a few schools had a nurse or a counsellor to whom a pupil could turn in confidence.",
            ]),
            new("5. Youth clubs and peer support",
            [
                "Youth clubs bring adolescents together once a month at the clinic, often on a Saturday, for games, health talks and the collection of their drugs. Members said the club was the only place where they did not have to hide, and many had made their closest friends there.",
                "Trained peer supporters aged 18 to 24, themselves living with HIV, visit adolescents who miss appointments and call them to remind them of their doses. Clinics with peer supporters traced most adolescents lost to follow-up within a month.",
                "Club activities depend on project funding, and several clubs in Bouaké and Benue had stopped meeting when a grant ended. Transport costs also prevent adolescents in rural areas from attending regularly.",
            ]),
            new("6. Policies and services",
            [
                "Côte d'Ivoire and Nigeria provide antiretroviral treatment free of charge in public facilities, and both have adopted national guidelines on adolescent-friendly health services. In practice, clinics rarely have separate hours for adolescents, who sit in the same waiting room as adults and sometimes their own neighbours.",
                "In Nigeria, the HIV and AIDS Anti-Discrimination Act of 2014 prohibits discrimination in schools and workplaces, but few adolescents or teachers had heard of it. In Côte d'Ivoire, the law of 2014 on HIV protects the confidentiality of a person's status, yet adolescents described nurses discussing their results in front of others.",
                "The age of consent to HIV testing is a barrier: adolescents under 18 generally need a parent's consent to be tested, which discourages those who are sexually active from seeking a test on their own.",
            ]),
            new("7. Recommendations",
            [
                "Ministries of health should train nurses and caregivers in age-appropriate disclosure and offer clinic hours reserved for adolescents.",
                "Ministries of education should teach staff the facts about HIV, enforce the confidentiality of pupils' status and allow boarding pupils to take their medicine in private with the help of the school nurse.",
                "Governments and donors should fund youth clubs and peer supporters within the public health budget, and lower the age at which adolescents can consent to an HIV test.",
            ]),
        ]);

    public static readonly UnseenReports.Report Football = new(
        FootballFile,
        "Football academies and the trafficking of young players from Ghana and Senegal",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["GH", "SN"], Language = "en", Publisher = "Fair Play Child Protection Trial Initiative (example)" },
        [
            new("Summary",
            [
                "This report looks at how boys who dream of a career in professional football are recruited, moved and abandoned by intermediaries in Ghana and Senegal. It draws on interviews in 2024 with 415 young players aged 12 to 19 in academies in Accra, Kumasi, Dakar and Thiès, with 96 parents, and with coaches, club officials and consular staff in Europe, the Gulf and North Africa.",
                "Football academies have multiplied in both countries, most of them unregistered. Families pay fees to self-declared agents who promise trials with foreign clubs, and many boys end up stranded abroad without money, papers or a contract. Governments and football federations have only begun to regulate academies and intermediaries.",
            ]),
            new("1. Methodology",
            [
                "Players were interviewed at training grounds and in their homes, in English, Twi, Ga, Wolof or French, by researchers who had themselves played in academies. Returned players were found through associations of former footballers and through social workers who had assisted them after their return.",
                "The study did not reach boys who are still abroad and out of contact, who are probably those in the worst situations. The figures on fees and journeys rely on the accounts of players and parents, which could not always be checked against documents.",
            ]),
            new("2. The academy boom",
            [
                "In Accra and Dakar, academies range from a few well-equipped centres linked to European clubs to thousands of informal teams run by a coach on a beach or a dusty pitch. Most are not registered with the football federation or the sports ministry, and nobody knows exactly how many exist.",
                "Boys join as young as eight or nine. Many train every morning and afternoon and attend school irregularly or not at all, because coaches and parents see football as the family's best chance of escaping poverty.",
                "Some academies house boys from other regions or neighbouring countries in crowded rented rooms, with little food and no adult supervision at night. Parents rarely visit and often do not know where their son is sleeping.",
            ]),
            new("3. Fake agents and the promise of a trial abroad",
            [
                "Self-declared agents approach academies and tournaments looking for talented boys and then contact their parents. They ask for between 2 and 6 million CFA francs, or the equivalent in cedis, to cover a passport, a visa and the air ticket for a trial with a foreign club.",
                "To pay, families sell land or cattle, borrow from relatives or take loans with high interest. Several parents said the agent showed them videos and letters from clubs that turned out to be forged.",
                "Many agents hold no licence from FIFA or from a national federation. Some are former players or relatives of the coach, and a few work with networks that also move migrants and workers. The boys often travel on tourist visas, sometimes with falsified ages.",
            ]),
            new("4. Stranded abroad",
            [
                "The following table gives, for each group of returned players interviewed, the number of players, the share who had paid an agent, the share who never had a trial after arriving, and the share left without a return ticket.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Returned young players by country of origin and destination, fees paid, trials and abandonment (2024)",
                ["Group", "Players", "Paid an agent", "No trial held", "No return ticket"],
                [
                    ["Ghana to Europe", "64", "88%", "41%", "37%"],
                    ["Ghana to Gulf", "38", "92%", "55%", "62%"],
                    ["Senegal to Europe", "71", "83%", "34%", "30%"],
                    ["Senegal to N. Africa", "47", "76%", "68%", "57%"],
                ],
                [57, 170, 270, 370, 465]),
            [
                "Boys left without a trial described living for months in shared apartments in Paris, Lisbon, Doha or Tunis, and sleeping in mosques or train stations once the agent stopped answering his phone. Some took irregular work on building sites or in markets, and a few were arrested for overstaying their visas.",
            ]),
            new("5. Shame and return",
            [
                "Many stranded boys do not tell their families the truth, because they are ashamed of having failed and of the money lost. Some post photographs in club jerseys on social media while they are begging or working illegally.",
                "Those who return are often seen as failures by their communities. Without schooling beyond primary level and with debts to repay, several had fallen into depression, and a few had tried to leave again by the desert or the sea.",
                "Consular staff said they receive requests for help from boys with expired visas almost every week, but they have no budget to pay for return tickets. Associations of former players sometimes collect money to send a boy home.",
            ]),
            new("6. Regulation and the law",
            [
                "FIFA rules forbid the international transfer of players under 18, with narrow exceptions, and require agents to hold a licence. These rules apply to registered transfers, not to boys who travel for a trial on a visitor's visa and are never registered with a club.",
                "In Ghana, the Human Trafficking Act of 2005 covers recruitment by deception for exploitation, and the Ghana Football Association has begun registering academies. In Senegal, the 2005 law against trafficking in persons applies, and the sports ministry announced in 2023 a register of training centres, which few academies have joined.",
                "Prosecutions of fake agents are rare. Families seldom file complaints, because the agent is often a relative or a neighbour, and the police treat the loss of money as a private dispute rather than as trafficking.",
            ]),
            new("7. Recommendations",
            [
                "Football federations and sports ministries should require every academy to register, meet standards for schooling, housing and safeguarding, and publish the list of approved academies.",
                "Governments should prosecute unlicensed agents for trafficking and fraud, and consulates should have funds to return stranded boys and refer them to support on arrival.",
                "Clubs abroad should refuse trials to minors brought by unlicensed intermediaries, and awareness campaigns should reach parents before they sell land to pay an agent.",
            ]),
        ]);

    public static IReadOnlyList<UnseenReports.Report> All { get; } = [Fistula, Camps, Hiv, Football];
}
