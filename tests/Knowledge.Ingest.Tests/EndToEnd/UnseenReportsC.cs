using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set C of the held-out search evaluation (<see cref="UnseenQuestionsC"/>): four more reports, written
/// blind to the glossary, the lexicon, the query understanding, the ranking and the results of sets A
/// and B. Two in French (Guinée and Mali, excision and its abandonment, as a PDF; Burkina Faso and
/// Niger, children, armed conflict and school closures in the Sahel, as a Word file) and two in
/// English (Côte d'Ivoire and Ghana, child labour on cocoa farms; Nigeria and Sierra Leone, birth
/// registration and the risk of statelessness; both PDFs). Each has headings, several pages and
/// exactly one table with a caption. <b>Every figure, survey, case and finding in them is invented
/// test data</b>; laws, programmes and institutions are named as reports of the region name them.
/// Files are produced by <see cref="UnseenReports.Bytes"/>.
/// </summary>
internal static class UnseenReportsC
{
    public const string ExcisionFile = "gn-ml-excision-abandon-2024.pdf";
    public const string SchoolsFile = "bf-ne-conflit-ecoles-fermees-sahel-2025.docx";
    public const string CocoaFile = "ci-gh-child-labour-cocoa-farms-2024.pdf";
    public const string BirthFile = "ng-sl-birth-registration-statelessness-2025.pdf";

    public static readonly UnseenReports.Report Excision = new(
        ExcisionFile,
        "L'excision en Guinée et au Mali : pratiques, justifications et chemins vers l'abandon",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["GN", "ML"], Language = "fr", Publisher = "Centre d'essai sur les droits des filles (exemple)" },
        [
            new("Résumé",
            [
                "Cette étude examine la pratique de l'excision et les démarches de son abandon dans deux régions de Guinée, Kankan et Labé, et dans deux régions du Mali, Kayes et Sikasso. Elle repose sur une enquête menée en 2024 auprès de 2 460 mères d'au moins une fille de moins de quinze ans, sur des groupes de discussion avec des pères, des exciseuses et des chefs religieux, et sur des entretiens avec des sages-femmes et des agents de santé communautaire.",
                "La pratique reste très répandue, mais elle change de forme : elle se fait de plus en plus tôt, parfois chez le nourrisson, et de plus en plus souvent par un professionnel de santé. Dans les villages qui ont suivi un programme d'éducation communautaire, une minorité croissante de familles déclare avoir renoncé à exciser ses filles cadettes, ce qui montre que le changement est possible lorsqu'il est décidé collectivement.",
            ]),
            new("1. Méthodologie",
            [
                "Les mères ont été tirées au sort dans 96 villages et quartiers, à raison de vingt-cinq ménages par grappe. Les questionnaires ont été administrés en poular, en malinké, en soussou et en bambara par des enquêtrices formées à l'écoute, dans un lieu choisi par la répondante. Aucune fille n'a été interrogée ni examinée, et chaque entretien commençait par le recueil du consentement.",
                "Les groupes de discussion ont réuni séparément les hommes, les femmes et les jeunes. Douze femmes qui pratiquaient autrefois l'excision ont accepté de raconter leur parcours. Les réponses sur l'état des filles reposent sur la déclaration des mères et sont donc probablement en dessous de la réalité là où la pratique est désormais punie par la loi.",
            ]),
            new("2. Ampleur de la pratique",
            [
                "Le tableau suivant présente, pour chaque région, la part des filles de 0 à 14 ans déclarées excisées par leur mère, la part de celles qui l'ont été avant l'âge de cinq ans et la part des mères qui souhaitent que la pratique cesse dans leur communauté.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Excision des filles de 0 à 14 ans déclarée par les mères, par région (enquête 2024)",
                ["Région", "Mères enquêtées", "Filles excisées", "Avant 5 ans", "Favorables à l'arrêt"],
                [
                    ["Kankan", "640", "71 %", "58 %", "34 %"],
                    ["Labé", "580", "83 %", "66 %", "22 %"],
                    ["Kayes", "710", "76 %", "81 %", "29 %"],
                    ["Sikasso", "530", "62 %", "47 %", "41 %"],
                ],
                [57, 160, 270, 370, 455]),
            [
                "La Haute-Guinée et le Fouta-Djalon affichent les niveaux les plus élevés. Au Mali, la région de Kayes se distingue par une excision pratiquée dans les premières semaines de vie, souvent peu après le baptême, ce qui rend la pratique presque invisible pour l'école et les services sociaux.",
            ]),
            new("3. Pourquoi les familles font exciser leurs filles",
            [
                "La raison la plus souvent citée est le respect de la tradition transmise par les grands-mères, qui décident souvent à la place des parents du moment et du lieu de l'intervention. Beaucoup de mères disent craindre qu'une fille non excisée ne trouve pas de mari ou soit moquée par ses compagnes lors des cérémonies, et que la famille entière en soit déshonorée aux yeux du village.",
                "Une part importante des répondants croient que l'excision est une obligation religieuse. Pourtant, plusieurs imams et oulémas rencontrés affirment qu'aucun texte ne l'impose, et certains prêchent désormais contre elle lors de la prière du vendredi, ce qui a un poids considérable auprès des pères de famille.",
                "D'autres justifications touchent à la sexualité : l'excision serait un moyen de préserver la virginité des filles jusqu'au mariage et de garantir leur fidélité ensuite. Ces croyances sont plus répandues chez les hommes âgés que chez les jeunes pères, qui se disent plus souvent prêts à épouser une femme non excisée.",
            ]),
            new("4. Conséquences pour la santé",
            [
                "Les sages-femmes interrogées décrivent des hémorragies graves dans les jours qui suivent l'intervention, des infections et des rétentions d'urine. Dans les deux pays, elles ont reçu au cours de l'année précédente des fillettes transportées en urgence vers le centre de santé après une intervention pratiquée au village, parfois trop tard pour être sauvées.",
                "À plus long terme, les femmes concernées rapportent des douleurs pendant les rapports et des accouchements difficiles. Les agents de santé notent davantage de déchirures et de souffrance fœtale chez les femmes ayant subi une infibulation, forme devenue rare mais encore signalée dans le nord de la région de Kayes.",
                "La médicalisation progresse : dans les villes, des familles aisées font appel à un infirmier ou à une sage-femme, en pensant réduire les risques. L'Organisation mondiale de la santé et les ordres professionnels condamnent cette pratique, qui donne à l'excision une apparence de légitimité et retarde son abandon.",
            ]),
            new("5. Initiatives en faveur de l'abandon",
            [
                "Les programmes d'éducation communautaire fondés sur les droits humains ont conduit des dizaines de villages à renoncer ensemble à la pratique. Ces déclarations publiques d'abandon réunissent plusieurs villages liés par le mariage, car une famille ne renonce que si les familles de ses futurs gendres font de même.",
                "Les femmes qui pratiquaient l'excision sont un groupe difficile à convaincre, car elles perdent un revenu et un statut social. Certaines ont été soutenues pour ouvrir un petit commerce ou devenir relais communautaires, mais plusieurs ont repris leur activité en secret faute de revenu suffisant, souvent à la demande des familles elles-mêmes.",
                "Les jeunes et les médias jouent un rôle croissant : des émissions de radio rurale en langues nationales donnent la parole à des femmes qui ont souffert de complications, et des clubs scolaires organisent des débats avec les parents à la fin de l'année scolaire.",
            ]),
            new("6. Cadre juridique",
            [
                "En Guinée, le Code pénal interdit les mutilations génitales féminines et prévoit des peines aggravées lorsque la victime en meurt ; le Code de l'enfant les interdit également. Pourtant, les poursuites restent très rares : l'étude n'a relevé que quelques procès, le plus souvent conclus par des peines avec sursis prononcées contre l'exécutante seule.",
                "Au Mali, aucune loi n'interdit encore spécifiquement l'excision. Un avant-projet de loi contre les violences basées sur le genre est en discussion depuis plusieurs années sans avoir été adopté, et une circulaire ministérielle interdit seulement la pratique dans les établissements de santé publics.",
                "Les deux pays ont ratifié le Protocole de Maputo, qui engage les États à interdire et à sanctionner toutes les formes de mutilations génitales féminines, ainsi que la Charte africaine des droits et du bien-être de l'enfant.",
            ]),
            new("7. Recommandations",
            [
                "Le gouvernement malien doit adopter une loi qui réprime explicitement la pratique et protège les filles en danger, en l'accompagnant d'une campagne d'information dans toutes les langues nationales.",
                "Les ministères de la santé doivent sanctionner les professionnels qui pratiquent l'excision et former les sages-femmes à prendre en charge les complications chez les femmes qui l'ont subie.",
                "Les partenaires techniques et financiers devraient financer les programmes d'éducation communautaire sur plusieurs années et soutenir la reconversion durable des anciennes exciseuses.",
            ]),
        ]);

    public static readonly UnseenReports.Report Schools = new(
        SchoolsFile,
        "Enfants, conflit armé et écoles fermées au Sahel : Burkina Faso et Niger",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["BF", "NE"], Language = "fr", Publisher = "Collectif d'essai pour l'éducation en situation d'urgence (exemple)" },
        [
            new("Résumé",
            [
                "Ce rapport décrit les effets du conflit armé sur l'éducation des enfants au Burkina Faso, dans les régions du Sahel, du Centre-Nord et de l'Est, et au Niger, dans la région de Tillabéri. Il s'appuie sur les données des directions régionales de l'éducation, sur une enquête menée auprès de 1 150 enfants déplacés et sur des entretiens avec des enseignants, des parents et des responsables humanitaires.",
                "Des milliers d'écoles ont fermé sous la menace des groupes armés non étatiques. Les enfants déplacés, surtout les filles, sont nombreux à ne jamais retourner en classe, et ceux qui restent sans école sont exposés au travail, au mariage précoce et au recrutement par les groupes armés.",
            ]),
            new("1. Méthodologie",
            [
                "L'enquête a été conduite entre février et avril 2025 dans des sites de déplacés de Kaya, Dori, Fada N'Gourma et Ouallam, ainsi que dans des familles d'accueil. Les enfants de 10 à 17 ans ont répondu en mooré, en fulfulde ou en zarma, en présence d'un adulte de confiance, et ceux qui montraient une détresse ont été orientés vers un service de soutien psychosocial.",
                "Certaines communes n'ont pu être visitées pour des raisons de sécurité. Les chiffres sur les fermetures d'écoles proviennent des ministères de l'éducation et n'ont pas pu être vérifiés sur le terrain ; ils sous-estiment sans doute les établissements qui ont cessé de fonctionner sans fermeture officielle.",
            ]),
            new("2. Des écoles fermées par milliers",
            [
                "Le tableau suivant présente, pour chaque région, le nombre d'écoles fermées en raison de l'insécurité à la fin de l'année scolaire, ainsi que les élèves et les enseignants concernés.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Écoles fermées en raison de l'insécurité, élèves et enseignants touchés, par région (juin 2025)",
                ["Région", "Écoles fermées", "Élèves touchés", "Enseignants touchés", "Part des écoles"],
                [
                    ["Sahel (BF)", "1 180", "214 000", "5 390", "68 %"],
                    ["Centre-Nord (BF)", "960", "187 500", "4 120", "41 %"],
                    ["Est (BF)", "870", "139 200", "3 650", "47 %"],
                    ["Tillabéri (NE)", "905", "96 300", "2 870", "39 %"],
                ],
                [57, 170, 265, 360, 470]),
            [
                "Certaines écoles ont rouvert dans les chefs-lieux, mais beaucoup d'autres ont fermé dans les villages voisins à mesure que les attaques se déplaçaient. Dans plusieurs communes, plus aucune école ne fonctionne en dehors du chef-lieu.",
            ]),
            new("3. Enfants déplacés, travail et recrutement",
            [
                "Près de la moitié des enfants déplacés interrogés n'avaient pas été scolarisés depuis plus d'un an. Les familles arrivent souvent sans les documents scolaires de l'enfant, et les écoles d'accueil, déjà surchargées, refusent de les inscrire en cours d'année ou les placent dans une classe inférieure à leur niveau.",
                "Privés d'école, beaucoup de garçons partent sur les sites d'orpaillage ou gardent le bétail, tandis que les filles sont employées comme aides ménagères dans les familles d'accueil. Plusieurs parents ont indiqué avoir marié une fille plus tôt que prévu, pensant la protéger des violences dans les camps.",
                "Les groupes armés recrutent des adolescents, parfois de force, souvent en leur promettant de l'argent, une moto ou une protection pour leur famille. Des enfants sont utilisés comme guetteurs, messagers ou porteurs, et des filles ont été enlevées et mariées de force à des combattants.",
            ]),
            new("4. Violences contre l'école",
            [
                "Les attaques visent directement l'école : des enseignants ont été menacés, enlevés ou tués pour avoir enseigné en français, et des bâtiments scolaires ont été incendiés. Dans la région du Sahel, des enseignants ont reçu des lettres leur ordonnant de fermer leur classe sous peine de mort, et la plupart ont quitté leur poste dans la semaine.",
                "Des écoles sont aussi occupées par des forces armées ou servent d'abri aux familles déplacées, ce qui empêche leur réouverture. La Déclaration sur la sécurité dans les écoles, que les deux pays ont approuvée, demande pourtant que les bâtiments scolaires ne soient pas utilisés à des fins militaires.",
                "Les enfants rescapés d'attaques souffrent de cauchemars, de peur du bruit et de difficultés de concentration. Les enseignants, eux-mêmes éprouvés, disent manquer de formation pour accueillir ces élèves et de temps pour les écouter.",
            ]),
            new("5. Réponses éducatives",
            [
                "Pour maintenir l'accès à l'éducation, le Burkina Faso a lancé l'enseignement à distance par la radio, et des leçons sont diffusées chaque jour en français et en langues nationales. L'écoute reste toutefois faible dans les sites où les familles n'ont ni poste de radio ni piles.",
                "Les espaces temporaires d'apprentissage installés sous des tentes dans les sites de déplacés accueillent des élèves de plusieurs niveaux, souvent avec des enseignants volontaires peu formés. Au Niger, des classes passerelles permettent aux enfants déscolarisés de rattraper deux années en une avant de rejoindre l'école formelle.",
                "Les cantines et les kits scolaires encouragent le retour en classe, mais leur financement dépend de l'aide humanitaire, dont la part consacrée à l'éducation reste très faible d'une année à l'autre.",
            ]),
            new("6. Cadre juridique et engagements",
            [
                "Le Burkina Faso et le Niger ont ratifié le Protocole facultatif à la Convention relative aux droits de l'enfant concernant l'implication d'enfants dans les conflits armés, qui interdit le recrutement des moins de 18 ans par les groupes armés. Les deux pays ont aussi signé des protocoles de remise des enfants associés aux groupes armés aux services de protection de l'enfance.",
                "Dans la pratique, des enfants arrêtés lors d'opérations militaires restent détenus pendant des mois pour des soupçons d'appartenance à un groupe armé, au lieu d'être confiés rapidement aux services sociaux pour leur réintégration.",
            ]),
            new("7. Recommandations",
            [
                "Les ministères de l'éducation doivent permettre l'inscription des enfants déplacés à tout moment de l'année, sans exiger de documents scolaires ni d'acte de naissance.",
                "Les gouvernements et leurs partenaires doivent protéger les écoles contre les attaques et libérer sans délai les bâtiments scolaires occupés.",
                "Les bailleurs de fonds doivent augmenter l'aide humanitaire destinée à l'éducation et financer le soutien psychosocial des élèves et des enseignants.",
            ]),
        ]);

    public static readonly UnseenReports.Report Cocoa = new(
        CocoaFile,
        "Child labour on cocoa farms in Côte d'Ivoire and Ghana: tasks, schooling and remediation",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["CI", "GH"], Language = "en", Publisher = "Test Cocoa Communities Research Centre (example)" },
        [
            new("Summary",
            [
                "This report examines child labour on smallholder cocoa farms in Côte d'Ivoire and Ghana, which together grow most of the world's cocoa. It draws on a household survey of 2,090 children aged 5 to 17 in four cocoa-growing districts, interviews with farmers, teachers and community child protection committees, and a review of company remediation programmes.",
                "Most children who work on cocoa farms do so alongside their parents, but a large share carry out hazardous tasks. Children who migrated from Burkina Faso and Mali without their parents are the most exposed, and remediation reaches only a minority of the children identified.",
            ]),
            new("1. Methods",
            [
                "Households were sampled from farmer lists held by cooperatives and from village censuses, so that farmers outside any cooperative were also covered. Children were interviewed in French, Twi, Baoulé or Mooré by trained enumerators, away from their employers, and asked about every task they had performed in the past twelve months.",
                "Hazardous work was defined using each country's national list of hazardous activities for children. Findings about injuries rely on what children and parents reported, and are likely to miss minor wounds that children no longer remembered.",
            ]),
            new("2. How many children work on cocoa farms",
            [
                "Table 1 shows, for each district, the share of surveyed children who did any cocoa work during the season, the share who did hazardous work, and the share who reported an injury from farm work in the previous year.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Children aged 5-17 in surveyed cocoa households, by district (2023-24 season)",
                ["District", "Children surveyed", "In cocoa work", "Hazardous work", "Injured last year"],
                [
                    ["Soubré (CI)", "620", "57%", "43%", "18%"],
                    ["Daloa (CI)", "540", "49%", "37%", "14%"],
                    ["Sefwi Wiawso (GH)", "480", "41%", "30%", "11%"],
                    ["Bibiani (GH)", "450", "36%", "26%", "8%"],
                ],
                [57, 175, 275, 365, 460]),
            [
                "Levels were highest in the newer cocoa frontier of south-western Côte d'Ivoire, where farms are larger and labour is scarce. In both countries, boys were more likely than girls to do hazardous work, while girls more often carried water and food to the farm.",
            ]),
            new("3. Hazardous tasks",
            [
                "The most common hazardous task was clearing land and weeding with a machete, reported by most working boys aged 12 and over. Many children had cut their legs or hands, and few had received any first aid beyond leaves or ashes applied to the wound.",
                "Children also carried sacks of cocoa beans and cans of water that often weighed more than half their body weight, over distances of several kilometres. Back and neck pain were frequent among children who carried loads every week.",
                "Some children sprayed pesticides or were present while adults sprayed, without gloves, masks or boots. Children reported headaches, itching and dizziness after spraying, and several schools stood next to farms that were sprayed during class hours.",
            ]),
            new("4. Schooling and migrant children",
            [
                "Most children in cocoa households were enrolled in school, but many missed classes during the main harvest from October to December. Teachers reported that attendance in some rural schools fell by a third during the harvest weeks, and older pupils often dropped out after failing end-of-primary examinations.",
                "A distinct group of children came from Burkina Faso or Mali, often brought by an intermediary or a relative to work for a farmer in exchange for food, lodging and a promised payment at the end of the season. Several had never been paid and could not return home.",
                "Girls in cocoa households were more often kept at home to care for younger siblings and to prepare meals for workers on the farm, which explains part of the gap in school completion between boys and girls.",
            ]),
            new("5. Company programmes and certification",
            [
                "Several chocolate companies and cocoa traders run child labour monitoring and remediation systems, in which community facilitators visit households, identify children in hazardous work and offer support such as school kits, birth certificates or income activities for parents.",
                "Coverage remains limited: the systems reached only cooperatives supplying certified cocoa, and follow-up visits showed that many children identified in one season were again doing hazardous work in the next. Farmers said that the low farm-gate price left them unable to hire adult labourers.",
            ]),
            new("6. Legal framework and enforcement",
            [
                "Côte d'Ivoire's Law of 2010 on the worst forms of child labour and the trafficking of children sets heavy penalties, and a national committee oversees the response. The country's list of hazardous work bars children from using machetes or carrying heavy loads on plantations.",
                "Ghana's Children's Act 1998 sets the minimum age for light work at 13 and for hazardous work at 18, and the country has adopted a Hazardous Activity Framework for the cocoa sector. Labour inspectors are few in cocoa districts, however, and community child protection committees have no power to sanction employers.",
            ]),
            new("7. Recommendations",
            [
                "Governments should extend child labour monitoring and remediation to all cocoa-growing communities, including farmers outside cooperatives, and recruit more labour inspectors for cocoa districts.",
                "Companies should pay a living income differential to farmers and fund adult labour groups that clear land on behalf of households.",
                "Ministries of education should adapt school calendars or offer catch-up classes during the harvest, and provide free school meals in cocoa communities.",
            ]),
        ]);

    public static readonly UnseenReports.Report Birth = new(
        BirthFile,
        "Unregistered and uncounted: birth registration and the risk of statelessness in Nigeria and Sierra Leone",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["NG", "SL"], Language = "en", Publisher = "Test Civil Registration Watch (example)" },
        [
            new("Summary",
            [
                "This report examines why many births in Nigeria and Sierra Leone are never registered, and how the lack of a birth certificate exposes children to exclusion and, for some, to the risk of statelessness. It is based on a survey of 1,840 households with children under five in four areas, interviews with registrars, health workers and community leaders, and case files of children assisted by legal aid clinics.",
                "Registration is close to universal in some cities but remains low in rural areas of northern Nigeria and of Sierra Leone. Children of migrants, children born to parents without documents and children living near borders face the greatest difficulty in proving who they are and which state they belong to.",
            ]),
            new("1. Methods",
            [
                "Households were selected at random in two Nigerian states and two Sierra Leonean districts. Enumerators asked whether each child under five had been registered and asked to see the certificate. Registrars and vaccination staff were interviewed in each area, and records of late registration at local offices were reviewed.",
                "Forty case files from legal aid clinics were analysed to describe children whose nationality was contested. Names and details were changed, and no case can be identified.",
            ]),
            new("2. How many births are registered",
            [
                "Table 1 shows the share of children under five whose birth was registered, the share whose certificate enumerators could see, and the share registered after their first birthday.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Birth registration of children under five in surveyed households, by area (2024)",
                ["Area", "Children under five", "Birth registered", "Certificate seen", "Registered late"],
                [
                    ["Kano (NG)", "710", "34%", "21%", "27%"],
                    ["Lagos (NG)", "560", "88%", "72%", "15%"],
                    ["Kenema (SL)", "430", "63%", "46%", "38%"],
                    ["Kambia (SL)", "390", "55%", "33%", "42%"],
                ],
                [57, 160, 275, 375, 470]),
            [
                "Many parents believed their child was registered because they had given the child's name at a clinic, although no certificate had ever been issued. The gap between registration and certificates is widest where registrars charge for copies.",
            ]),
            new("3. Why births go unregistered",
            [
                "Distance is the first obstacle: in rural Kano, the nearest registration centre was often more than a day's travel away and open only on certain days. Parents who travelled and found the office closed rarely tried again, and few knew that health facilities could notify a birth.",
                "Although registration within the first year is free in both countries, parents were often asked to pay informal fees for the form, the certificate or the officer's transport. Late registration carries an official penalty fee in Sierra Leone, which discourages parents who missed the deadline.",
                "Some parents did not see the point of a certificate until a child needed one to sit a school examination. In several communities, fathers were required to be present to register a birth, which excluded children of single mothers and of fathers who had migrated.",
            ]),
            new("4. Children at risk of statelessness",
            [
                "Neither country grants nationality simply because a child is born on its territory. A child born in Nigeria to foreign parents, or to parents who cannot prove their own nationality, may be recognised by no state at all. Sierra Leone's Citizenship Act was amended in 2017 so that mothers as well as fathers can pass citizenship to their children.",
                "Children of seasonal migrants and of herding families who cross borders often have no document from any country. Legal aid lawyers described children of Cameroonian refugees born in camps in Cross River State whose births were recorded only on a humanitarian agency's list.",
                "Foundlings and children separated from their families are at particular risk, since no one can establish where or to whom they were born. The research team found no procedure in either country for determining the nationality of an abandoned child.",
            ]),
            new("5. What a missing certificate costs a child",
            [
                "Without a birth certificate, children were refused registration for the primary school leaving examination and, in Nigeria, for the national identification number that is now needed to open a bank account or sit many examinations.",
                "A missing record of age also weakens protection: girls without certificates cannot easily prove they are under 18 when a marriage is arranged, and boys arrested by the police are more easily treated as adults.",
                "Health workers noted that children whose birth was never recorded were more often missed by vaccination campaigns and by cash transfer programmes that rely on civil registration lists.",
            ]),
            new("6. Legal framework and reforms",
            [
                "Nigeria's Births, Deaths, etc. (Compulsory Registration) Act makes registration compulsory and free, and the National Population Commission is responsible for civil registration. The Child Rights Act 2003 states that every child has the right to be registered at birth.",
                "Both countries have started linking birth registration to health services: registrars are posted in some hospitals and immunisation clinics, and mobile phones are used to notify births in remote areas. Sierra Leone created the National Civil Registration Authority in 2016 to bring births, deaths and identity together in one system.",
            ]),
            new("7. Recommendations",
            [
                "Governments should abolish late registration penalties and unofficial charges, and allow mothers to register a birth without the father.",
                "Every maternity ward and vaccination clinic should have a registration officer, and mobile registration teams should visit remote communities and camps twice a year.",
                "Parliaments should adopt a procedure to determine the nationality of foundlings and a safeguard granting nationality to any child born on the territory who would otherwise be stateless.",
            ]),
        ]);

    public static IReadOnlyList<UnseenReports.Report> All { get; } = [Excision, Schools, Cocoa, Birth];
}
