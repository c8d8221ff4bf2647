using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set B of the held-out search evaluation (<see cref="UnseenQuestionsB"/>): four more reports, written
/// blind to the glossary, the query understanding, the ranking and the first set's results. Two in
/// French (Guinée and Mali, children living on the street, as a PDF; Niger, child marriage and girls
/// leaving school, as a Word file) and two in English (Ghana and Nigeria, child domestic workers;
/// Liberia and The Gambia, children in conflict with the law; both PDFs). Each has headings, several
/// pages and exactly one table with a caption. <b>Every figure, survey, quotation and finding in them is
/// invented test data</b>; laws, programmes and institutions are named as reports of the region name
/// them. Files are produced by <see cref="UnseenReports.Bytes"/>.
/// </summary>
internal static class UnseenReportsB
{
    public const string StreetFile = "gn-ml-enfants-en-situation-de-rue-2024.pdf";
    public const string MarriageFile = "ne-mariage-enfants-scolarite-filles-2023.docx";
    public const string DomesticFile = "gh-ng-child-domestic-workers-2025.pdf";
    public const string JusticeFile = "lr-gm-children-in-conflict-with-the-law-2024.pdf";

    public static readonly UnseenReports.Report Street = new(
        StreetFile,
        "Enfants en situation de rue à Conakry et à Bamako : trajectoires, risques et réponses",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["GN", "ML"], Language = "fr", Publisher = "Réseau d'essai pour la protection de l'enfance (exemple)" },
        [
            new("Résumé",
            [
                "Cette étude porte sur les enfants qui vivent ou travaillent dans les rues de Conakry et de Bamako. Elle s'appuie sur un comptage de nuit réalisé en mars 2024 dans quatre communes, sur un questionnaire rempli avec 740 enfants de 8 à 17 ans et sur des entretiens avec des éducateurs de rue, des agents de police et des responsables de centres d'accueil.",
                "La rue n'est pas seulement un lieu de passage : près de la moitié des enfants rencontrés y dorment plusieurs nuits par semaine. La plupart gardent un lien, même ténu, avec un parent, ce qui ouvre des possibilités de retour en famille que les services sociaux exploitent encore trop peu.",
            ]),
            new("1. Méthodologie",
            [
                "Le comptage a été conduit entre 22 heures et 4 heures du matin par des binômes associant un éducateur et un ancien enfant de la rue, dans les gares routières, les marchés, les abords des mosquées et les bâtiments abandonnés. Chaque enfant rencontré a reçu un bracelet de couleur pour éviter les doubles comptes.",
                "Les entretiens ont eu lieu le jour, dans les locaux des associations partenaires, avec l'accord de l'enfant. Les plus jeunes ont été interrogés en soussou, en malinké ou en bambara. L'étude ne couvre pas les enfants hébergés la nuit par un employeur, qui échappent au comptage.",
            ]),
            new("2. Combien sont-ils ?",
            [
                "Le tableau suivant présente les résultats du comptage de nuit dans les quatre communes retenues, deux à Conakry et deux à Bamako.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Enfants en situation de rue recensés lors du comptage de nuit, par commune (mars 2024)",
                ["Commune", "Enfants recensés", "Dont filles", "Dorment dehors", "Âge médian"],
                [
                    ["Kaloum", "1 240", "310", "46 %", "13 ans"],
                    ["Matoto", "2 860", "545", "52 %", "12 ans"],
                    ["Commune III", "1 975", "420", "38 %", "14 ans"],
                    ["Commune VI", "3 415", "780", "61 %", "11 ans"],
                ],
                [57, 170, 270, 360, 460]),
            [
                "Les filles sont moins visibles que les garçons, car elles passent la nuit chez des logeuses ou dans des bars. Leur nombre réel est donc probablement sous-estimé par le comptage.",
            ]),
            new("3. Pourquoi les enfants quittent la maison",
            [
                "La violence au sein du foyer est la raison la plus souvent citée. Beaucoup d'enfants racontent des coups répétés, un remariage du père ou de la mère suivi de mauvais traitements par le nouveau conjoint, ou le rejet après le décès d'un parent. Certains ont été chassés après avoir été accusés de sorcellerie par leur entourage.",
                "La pauvreté joue aussi : des parents envoient un fils en ville pour rapporter de l'argent, ou le confient à un parent éloigné qui le laisse ensuite à lui-même. À Bamako, une part importante des garçons sont d'anciens élèves d'écoles coraniques qui ont fui leur maître après des années de mendicité.",
                "Enfin, l'exode depuis les zones touchées par l'insécurité au centre du Mali a poussé vers la capitale des familles entières, dont les enfants se retrouvent au marché dès le premier jour pour aider à nourrir le foyer.",
            ]),
            new("4. Survivre dans la rue",
            [
                "Pour se nourrir, les garçons portent des bagages dans les gares routières, lavent des voitures, ramassent la ferraille ou vendent de l'eau en sachet. Les gains sont faibles et souvent confisqués par des jeunes plus âgés qui contrôlent les lieux de sommeil et prélèvent un droit de passage chaque soir.",
                "La consommation de produits psychoactifs est répandue : un enfant sur trois déclare inhaler de la colle ou des solvants pour oublier la faim et le froid, et l'usage du tramadol progresse chez les adolescents.",
                "Les filles sont particulièrement exposées aux violences sexuelles. Plusieurs ont rapporté avoir été abusées par des hommes qui leur offraient un repas ou un abri pour la nuit, et certaines sont prostituées par des logeuses autour de la gare routière en échange de leur hébergement.",
            ]),
            new("5. Police, centres d'accueil et retour en famille",
            [
                "Les enfants décrivent la police davantage comme une menace que comme une protection. Lors des opérations de ramassage, les plus jeunes sont conduits au commissariat, parfois gardés plusieurs jours avec des adultes, puis relâchés sans qu'aucun service social ne soit prévenu.",
                "Les centres d'accueil de jour sont peu nombreux et dépendent presque tous de financements extérieurs de courte durée. À Conakry, un seul centre offre un hébergement d'urgence pour les filles, et il n'a que vingt places.",
                "Là où les éducateurs ont pu organiser une médiation avec la famille, le retour a souvent tenu : sur 96 enfants réunifiés par les associations partenaires en 2023, 71 vivaient encore chez eux six mois plus tard.",
            ]),
            new("6. Cadre juridique et institutionnel",
            [
                "En Guinée, le Code de l'enfant protège les enfants en situation de rue, et l'Office de protection du genre, de l'enfance et des mœurs (OPROGEM) est chargé des enquêtes sur les violences faites aux enfants. Au Mali, le Code de protection de l'enfant de 2002 prévoit l'intervention du délégué à la protection de l'enfance dès qu'un enfant est en danger.",
                "Dans les deux pays, ces textes sont peu appliqués : les délégués et les travailleurs sociaux sont trop peu nombreux, et aucune procédure commune ne lie la police, la justice et les services sociaux lorsqu'un enfant est trouvé seul la nuit.",
            ]),
            new("7. Recommandations",
            [
                "Les ministères chargés de l'enfance doivent interdire les rafles d'enfants et remplacer la garde à vue par une orientation immédiate vers un travailleur social.",
                "Il est recommandé de financer sur plusieurs années des équipes mobiles d'éducateurs de rue, actives la nuit, et d'ouvrir dans chaque capitale un foyer d'urgence réservé aux filles.",
                "Les programmes de réinsertion devraient privilégier la médiation familiale et accompagner les familles pendant au moins six mois après le retour de l'enfant.",
            ]),
        ]);

    public static readonly UnseenReports.Report Marriage = new(
        MarriageFile,
        "Mariage des enfants et déscolarisation des filles au Niger : Zinder, Maradi et Tahoua",
        new IngestRequest { Year = 2023, Kind = DocumentKind.PolicyBrief, Countries = ["NE"], Language = "fr", Publisher = "Observatoire d'essai des droits des filles (exemple)" },
        [
            new("Résumé",
            [
                "Le Niger connaît l'un des taux de mariage des enfants les plus élevés au monde. Cette note analyse le lien entre le mariage précoce et l'abandon scolaire des filles dans les régions de Zinder, de Maradi et de Tahoua, à partir d'une enquête menée auprès de 2 270 adolescentes et de leurs familles entre janvier et avril 2023.",
                "Elle montre que le mariage survient le plus souvent au moment du passage de l'école primaire au collège, et que les filles mariées quittent presque toutes l'école dans l'année qui suit. Des solutions locales existent pourtant, portées par des chefs traditionnels et des enseignantes.",
            ]),
            new("1. Méthodologie",
            [
                "L'enquête a été conduite dans 48 villages et quartiers, choisis par tirage au sort parmi les localités dotées d'une école primaire. Les adolescentes de 12 à 19 ans ont été interrogées par des enquêtrices parlant haoussa, zarma ou tamasheq, en l'absence des hommes de la famille.",
                "Des entretiens ont également été menés avec des pères, des mères, des chefs de village, des imams et des directeurs d'école, afin de comprendre comment se prend la décision de marier une fille.",
            ]),
            new("2. L'ampleur du mariage des enfants",
            [
                "Le tableau ci-dessous résume les principaux résultats de l'enquête par région.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Mariage avant 15 et 18 ans et déscolarisation des adolescentes enquêtées, par région (2023)",
                ["Région", "Adolescentes enquêtées", "Mariées avant 15 ans", "Mariées avant 18 ans", "Hors de l'école"],
                [
                    ["Zinder", "820", "29 %", "81 %", "67 %"],
                    ["Maradi", "760", "33 %", "84 %", "72 %"],
                    ["Tahoua", "690", "21 %", "74 %", "59 %"],
                    ["Ensemble", "2 270", "28 %", "80 %", "66 %"],
                ],
                []),
            [
                "Dans les trois régions, l'âge au mariage est plus bas en milieu rural, et les écarts entre villages voisins sont parfois plus grands qu'entre régions.",
            ]),
            new("3. Pourquoi marie-t-on les filles si tôt ?",
            [
                "Les parents invoquent d'abord la protection de l'honneur de la famille : une grossesse hors mariage est vécue comme une honte durable, et marier la fille dès la puberté paraît le moyen le plus sûr de l'éviter.",
                "La pauvreté pèse aussi lourdement. Après une mauvaise récolte, la dot versée par la famille du mari permet de nourrir le foyer pendant la soudure, et une bouche de moins à nourrir soulage les parents. Dans les zones frontalières, l'insécurité pousse en outre des familles à marier leurs filles pour les placer sous la protection d'un époux.",
            ]),
            new("4. Du mariage à l'abandon de l'école",
            [
                "Le passage au collège est le moment critique. Le collège est souvent situé dans une autre localité, à plusieurs kilomètres, et beaucoup de parents refusent de laisser une fille pubère se loger seule en ville. La fille qui échoue à l'examen de fin de primaire est presque toujours mariée dans les mois suivants.",
                "Une fois mariée, la jeune épouse doit tenir le ménage de sa belle-famille, et le mari décide s'il l'autorise à poursuivre ses études. Les enseignantes interrogées ont signalé que les élèves mariées qui tombent enceintes cessent de venir en classe, par honte ou sur pression de l'entourage.",
                "L'absence de latrines séparées et de points d'eau dans de nombreuses écoles pousse également les filles à manquer les cours pendant leurs règles, ce qui accroît les retards et les redoublements.",
            ]),
            new("5. Conséquences pour la santé des jeunes mères",
            [
                "Les grossesses rapprochées chez des adolescentes dont le corps n'a pas achevé sa croissance exposent à des accouchements prolongés. Les sages-femmes des centres de santé intégrés ont décrit de nombreux cas de fistule obstétricale chez des mères de moins de 16 ans, suivis du rejet de la jeune femme par son mari.",
                "Les jeunes épouses ont aussi moins accès aux soins prénatals, car elles doivent obtenir la permission de leur mari ou de leur belle-mère pour se rendre au centre de santé.",
            ]),
            new("6. Cadre juridique et initiatives",
            [
                "Le Code civil applicable au Niger fixe l'âge minimum du mariage à 15 ans pour les filles, en deçà de l'âge de 18 ans recommandé par la Charte africaine des droits et du bien-être de l'enfant. Le décret n° 2017-935 du 5 décembre 2017 garantit toutefois le maintien à l'école des filles mariées ou enceintes.",
                "Dans plusieurs communes de Maradi, des chefs traditionnels ont adopté des conventions locales qui interdisent de célébrer le mariage d'une élève avant la fin du collège. Les « écoles des maris », groupes de discussion d'hommes mariés animés par des leaders religieux, ont contribué à faire accepter la scolarisation des épouses adolescentes.",
            ]),
            new("7. Recommandations",
            [
                "Le gouvernement doit relever l'âge légal du mariage à 18 ans pour les filles comme pour les garçons, et rendre obligatoire la déclaration de tout mariage à l'état civil.",
                "Il est recommandé de construire des collèges de proximité et des internats sécurisés pour les filles, et de supprimer les frais de scolarité au premier cycle du secondaire.",
                "Les programmes de transferts monétaires devraient être versés aux familles qui maintiennent leurs filles à l'école jusqu'à la fin du collège.",
            ]),
        ]);

    public static readonly UnseenReports.Report Domestic = new(
        DomesticFile,
        "Behind closed doors: child domestic workers in Ghana and Nigeria",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["GH", "NG"], Language = "en", Publisher = "Test Labour Rights Observatory (example)" },
        [
            new("Summary",
            [
                "This report examines the situation of children who work in other people's homes in Ghana and Nigeria. It is based on interviews with 680 child domestic workers aged 10 to 17 in Accra, Kumasi, Lagos and Abuja, conducted between October 2024 and February 2025, and on discussions with employers, recruiters, teachers and labour officers.",
                "Child domestic work is widely accepted as a form of help between families, yet most of the children we met work long hours for little or no pay, are cut off from their parents and do not attend school. Many live with the constant risk of beating and sexual abuse inside the household.",
            ]),
            new("1. Methods",
            [
                "Because domestic workers are hidden inside private homes, children were reached through churches, mosques, markets, evening schools and community health volunteers. Interviews took place outside the employer's home, in the child's language, and lasted about forty minutes.",
                "Employers and recruiters were interviewed separately. The sample is not representative of all child domestic workers; children who are never allowed to leave the house could not be reached.",
            ]),
            new("2. Who the children are and how they are recruited",
            [
                "Most of the children are girls from poor rural families. In Ghana, many come from the Northern, Upper East and Volta regions to work in Accra and Kumasi. In Nigeria, children are brought to Lagos and Abuja from Akwa Ibom, Cross River, Benue and Kwara, and some from the Republic of Benin and Togo.",
                "Recruitment usually passes through a relative or a paid agent who promises the parents that the child will go to school or learn a trade. Agents often keep part of the child's wages, and some children do not know the address of their own family once they arrive in the city.",
            ]),
            new("3. Hours, pay and rest",
            [
                "Table 1 summarises the working conditions reported by the children interviewed in each city.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Child domestic workers interviewed, by city",
                ["City", "Children interviewed", "Under 14", "Median hours a day", "Paid nothing"],
                [
                    ["Accra", "180", "38%", "13", "44%"],
                    ["Kumasi", "150", "31%", "12", "52%"],
                    ["Lagos", "210", "47%", "15", "63%"],
                    ["Abuja", "140", "29%", "14", "49%"],
                ],
                [57, 150, 275, 350, 470]),
            [
                "Children typically rise before five to fetch water, sweep and prepare breakfast, then look after younger children, sell goods for the employer during the day and wash dishes late into the night. Few have a regular day off.",
            ]),
            new("4. Violence and isolation inside the household",
            [
                "Two children in five said they had been beaten by a member of the household in the past month, most often for breaking a plate, arriving late or being accused of theft. Several girls reported sexual abuse by the male head of the household or by older sons, which they had told to no one.",
                "Children are frequently given less food than the employer's own children and sleep on the kitchen floor or in a corridor. Many are not allowed to call their parents, and some had not seen their family for more than two years.",
            ]),
            new("5. Schooling",
            [
                "The promise of education is rarely kept. Only a quarter of the children attended school at all, and those who did were often late or absent because of morning chores. Some employers enrol the child in a cheap evening class and count this as keeping their promise to the parents.",
                "Children who had never been to school expressed a strong wish to learn a trade such as hairdressing or tailoring, and saw domestic work as a temporary stage before an apprenticeship.",
            ]),
            new("6. Legal framework and enforcement",
            [
                "Ghana's Children's Act 1998 (Act 560) sets 15 as the minimum age for employment and prohibits night work by children, and the Human Trafficking Act 2005 (Act 694) covers the recruitment of children for exploitation. In Nigeria, the Child's Rights Act 2003 forbids the use of a child as a domestic help outside the child's own family, and NAPTIP investigates the trafficking of children into domestic servitude.",
                "Labour inspectors in both countries have no mandate to enter private homes, and the police rarely treat violence against a house help as a crime. Cases that reach the courts are usually withdrawn after the families agree on compensation.",
            ]),
            new("7. Recommendations",
            [
                "Governments should require the registration of every recruitment agent who places workers in households and prosecute agents who place children under the minimum age.",
                "Local authorities and churches should run awareness campaigns in sending communities so that parents know the real conditions awaiting their children in the city.",
                "Social welfare departments must set up a free helpline for domestic workers and a safe shelter where children who run away from an employer can stay while their family is traced.",
            ]),
        ]);

    public static readonly UnseenReports.Report Justice = new(
        JusticeFile,
        "Children in conflict with the law in Liberia and The Gambia: from arrest to release",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["LR", "GM"], Language = "en", Publisher = "Test Justice for Children Network (example)" },
        [
            new("Summary",
            [
                "This study follows children accused of offences in Liberia and The Gambia through each stage of the justice process: arrest, police custody, pre-trial detention, trial and release. It draws on visits to eleven police stations and four places of detention, on the files of 312 cases opened in 2023, and on interviews with 85 children, their parents, magistrates, social workers and police officers.",
                "Most children were accused of petty theft, fighting or drug possession. Yet many spent months behind bars before seeing a judge, often in cells shared with adults, while alternatives to detention provided for by law were seldom used.",
            ]),
            new("1. Methods",
            [
                "Researchers obtained written authorisation from the ministries of justice to visit detention facilities and to consult case files. Children were interviewed in private, without guards present, and only after the purpose of the study had been explained to them in plain words.",
                "Ages were taken from the case files where a birth certificate existed; otherwise the researchers recorded the age given by the child. The figures below describe the day of each visit and cannot be read as annual totals.",
            ]),
            new("2. Arrest and police custody",
            [
                "Few children were told why they had been arrested, and fewer still had a parent or guardian present during questioning. Several boys said police officers slapped or caned them to obtain a confession, and none had access to a lawyer at the police station.",
                "The legal limit of 48 hours in police custody was often exceeded, in particular when the station had no vehicle to bring the child before a magistrate. Specialised police units for women and children exist in both countries but are mostly based in the capital cities.",
            ]),
            new("3. Children in detention",
            [
                "Table 1 shows the number of children found in each facility on the day of the research visit.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Children held on the day of the visit, by place of detention",
                ["Place of detention", "Children held", "Awaiting trial", "Held with adults", "Longest wait"],
                [
                    ["Monrovia Central Prison", "46", "87%", "12", "19 months"],
                    ["Gbarnga Central Prison", "17", "94%", "9", "14 months"],
                    ["Mile 2 Prison", "23", "70%", "5", "11 months"],
                    ["Jeshwang centre", "31", "58%", "0", "8 months"],
                ],
                [57, 200, 285, 370, 465]),
            [
                "Most children in detention had not been convicted of any offence. Because Liberia has a specialised juvenile court only in Monrovia, cases from the counties wait until a circuit court sits, which may happen twice a year.",
            ]),
            new("4. Age and the courts",
            [
                "Many children have no birth certificate, and officers often guess a suspect's age from his appearance. Boys who looked older were recorded as adults and tried in ordinary courts, and the research team met several who were probably aged between 15 and 17.",
                "When children did appear before a children's court, hearings were held in closed session and magistrates were more likely to order release to a parent. Social inquiry reports, however, were prepared in fewer than one case in five for lack of probation officers.",
            ]),
            new("5. Diversion and alternatives to detention",
            [
                "Both countries' laws allow cases involving children to be settled outside court through warnings, mediation with the victim, or community service. In practice, diversion depended on individual officers, and no register recorded how many children benefited from it.",
                "Where it was tried, mediation led by community elders and a social worker gave good results: the victim received an apology or repair of the damage, and the child returned to school without a criminal record.",
            ]),
            new("6. Legal framework",
            [
                "Liberia's Children's Law of 2011 requires that the detention of a child be a measure of last resort and for the shortest possible time. The Gambia's Children's Act 2005 sets the age of criminal responsibility at 12 and provides for children's courts and for remand homes separate from adult prisons.",
                "Both countries have ratified the Convention on the Rights of the Child and the African Charter on the Rights and Welfare of the Child, which require that children deprived of liberty be separated from adults.",
            ]),
            new("7. Recommendations",
            [
                "Ministries of justice must remove every child from adult prisons within six months and review the case of each child held on remand for more than thirty days.",
                "Governments should recruit and train probation officers so that a social inquiry report is prepared for every child before a court hearing.",
                "Police stations should keep a register of children diverted from prosecution, and every county or region should have at least one officer trained in child-friendly questioning.",
            ]),
        ]);

    public static IReadOnlyList<UnseenReports.Report> All { get; } = [Street, Marriage, Domestic, Justice];
}
