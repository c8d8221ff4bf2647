using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set F of the held-out search evaluation (<see cref="UnseenQuestionsF"/>): four more reports, written
/// blind to the glossary, the lexicon, the query understanding, the ranking and the results of sets A
/// to E. Two in French (Sénégal and Côte d'Ivoire, children deprived of liberty, police custody,
/// pre-trial detention and alternatives such as mediation and community service, as a PDF; Guinée and
/// Sénégal, child labour in artisanal fishing and fish processing, as a Word file) and two in English
/// (Sierra Leone and Liberia, orphans and kinship care after Ebola and HIV; Nigeria and Ghana, floods,
/// climate shocks and child protection; both PDFs). Each has headings, several pages and exactly one
/// table with a caption. <b>Every figure, survey, case and finding in them is invented test data</b>;
/// laws, programmes and institutions are named as reports of the region name them. Files are produced
/// by <see cref="UnseenReports.Bytes"/>.
/// </summary>
internal static class UnseenReportsF
{
    public const string DetentionFile = "sn-ci-enfants-detention-alternatives-2025.pdf";
    public const string FishingFile = "gn-sn-travail-enfants-peche-artisanale-2024.docx";
    public const string OrphansFile = "sl-lr-orphans-kinship-care-ebola-hiv-2025.pdf";
    public const string FloodsFile = "ng-gh-floods-climate-child-protection-2024.pdf";

    public static readonly UnseenReports.Report Detention = new(
        DetentionFile,
        "Enfants privés de liberté au Sénégal et en Côte d'Ivoire : garde à vue, détention provisoire et alternatives à l'incarcération",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["SN", "CI"], Language = "fr", Publisher = "Centre d'essai sur la justice pour mineurs (exemple)" },
        [
            new("Résumé",
            [
                "Cette étude décrit le parcours des enfants en conflit avec la loi depuis leur interpellation jusqu'à leur jugement dans quatre juridictions : Dakar et Thiès au Sénégal, Abidjan et Bouaké en Côte d'Ivoire. Elle repose sur l'examen de 1 240 dossiers judiciaires ouverts entre 2022 et 2024, sur des visites de commissariats, de maisons d'arrêt et de centres d'observation, et sur des entretiens avec des juges des enfants, des policiers, des avocats et des éducateurs.",
                "Dans les deux pays, la privation de liberté reste la réponse ordinaire aux infractions commises par des mineurs, le plus souvent des vols simples. Les mesures prévues par la loi pour éviter l'incarcération, comme la médiation pénale, la remise aux parents ou le travail d'intérêt général, sont rarement prononcées, faute de services capables de les mettre en œuvre. Les filles sont peu nombreuses parmi les enfants détenus.",
            ]),
            new("1. Méthodologie",
            [
                "Les dossiers ont été tirés au hasard dans les registres des cabinets des juges des enfants et des parquets. Pour chaque dossier, l'équipe a relevé l'âge de l'enfant, l'infraction reprochée, la durée de la garde à vue, la présence d'un avocat et la décision finale. Les entretiens ont été menés en wolof, en dioula, en baoulé ou en français. Les noms des enfants n'ont pas été relevés.",
                "Cent douze enfants détenus ou récemment libérés ont accepté de raconter leur expérience, en présence d'un éducateur qu'ils connaissaient. Les enfants arrêtés puis relâchés sans procès-verbal n'apparaissent dans aucun registre, si bien que les chiffres sous-estiment sans doute le nombre d'enfants passés par les commissariats. Les dossiers de la Côte d'Ivoire sont mieux tenus que ceux du Sénégal, où une partie des registres de 2022 était incomplète ou abîmée par l'humidité.",
            ]),
            new("2. La garde à vue dans les commissariats",
            [
                "La loi limite la garde à vue des mineurs et exige que les parents soient prévenus sans délai. Dans les faits, beaucoup d'enfants passent plusieurs nuits au poste avant d'être présentés au procureur, parfois dans la même cellule que des adultes. Les policiers expliquent qu'ils manquent de véhicules pour conduire les enfants au tribunal et que les parents sont souvent introuvables.",
                "Plusieurs enfants disent avoir reçu des gifles ou des coups de ceinture pendant leur interrogatoire afin de leur faire avouer un vol. Aucun d'eux n'a été examiné par un médecin, et leurs déclarations ont été signées sans qu'un avocat ou un parent soit présent. Les policiers interrogés nient ces pratiques, mais reconnaissent que les enquêtes sur les vols de téléphones doivent aller vite pour satisfaire les plaignants.",
                "Les brigades spéciales des mineurs existent à Dakar et à Abidjan, mais elles ne disposent que de quelques agents formés. Dans les commissariats de quartier, l'âge de l'enfant est rarement vérifié, et des adolescents sans acte de naissance sont enregistrés comme majeurs. Les agents affectés à ces brigades changent souvent de poste, et la formation reçue se perd avec leur départ.",
            ]),
            new("3. Détention provisoire et durée des procédures",
            [
                "Le tableau suivant présente, pour chaque juridiction, le nombre de dossiers examinés, la part des enfants placés en détention provisoire, la durée médiane de cette détention et la part des dossiers ayant abouti à une mesure alternative. Les chiffres portent sur les dossiers clos ou en cours au moment de l'enquête et ne comprennent pas les enfants relâchés sans poursuite.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Détention provisoire et mesures alternatives, par juridiction (dossiers 2022-2024)",
                ["Juridiction", "Dossiers examinés", "Détention provisoire", "Durée médiane", "Mesure alternative"],
                [
                    ["Dakar (SN)", "380", "58 %", "5 mois", "17 %"],
                    ["Thiès (SN)", "260", "47 %", "4 mois", "23 %"],
                    ["Abidjan (CI)", "410", "66 %", "7 mois", "9 %"],
                    ["Bouaké (CI)", "190", "39 %", "3 mois", "31 %"],
                ],
                [57, 170, 275, 375, 465]),
            [
                "Les enfants détenus attendent leur jugement bien au-delà des délais légaux, car les audiences du tribunal pour enfants sont renvoyées faute de greffier, de dossier complet ou d'escorte pour amener le mineur. Certains ont passé en détention plus de temps que la peine qu'ils auraient encourue. Les juges des enfants, peu nombreux, cumulent souvent d'autres fonctions au tribunal et ne peuvent tenir qu'une audience par mois.",
            ]),
            new("4. Conditions de vie dans les quartiers pour mineurs",
            [
                "À la Maison d'arrêt et de correction d'Abidjan, le quartier des mineurs accueille deux fois plus d'enfants que sa capacité prévue. Les enfants dorment à même le sol, partagent un seul point d'eau et ne sortent dans la cour que quelques heures par jour. Dans les prisons régionales, il n'existe souvent qu'une cellule séparée, et les plus âgés côtoient les détenus adultes pendant la journée.",
                "L'école et la formation professionnelle sont presque absentes : un atelier de couture et quelques cours d'alphabétisation fonctionnent grâce à des associations, sans moyens réguliers. Les enfants disent que le plus dur est l'ennui et l'absence de nouvelles de leur famille, qui ne vient pas les voir à cause du coût du transport. Quelques aumôniers et bénévoles passent chaque semaine apporter du savon, sans pouvoir remplacer les parents.",
            ]),
            new("5. Médiation pénale et travail d'intérêt général",
            [
                "La médiation pénale permet au procureur de classer l'affaire lorsque l'enfant reconnaît les faits, répare le dommage et s'excuse auprès de la victime. Là où elle est pratiquée, notamment à Thiès, les commerçants victimes de petits vols acceptent souvent un dédommagement et un engagement écrit de l'enfant devant ses parents et un imam ou un chef de quartier. Les victimes disent préférer être remboursées.",
                "Le travail d'intérêt général reste très rare, car peu de mairies et d'associations acceptent d'accueillir un mineur condamné. Les juges disent ne pas savoir à qui confier l'encadrement de l'enfant ni comment vérifier que les heures prévues ont bien été accomplies. Les rares mesures prononcées consistent surtout à nettoyer un marché ou une cour d'école pendant quelques semaines, sous la surveillance d'un agent municipal.",
                "À Bouaké, un projet pilote confie les enfants à des familles d'accueil et à des éducateurs de l'Action éducative en milieu ouvert pendant la procédure. Les enfants suivis ont plus souvent repris l'école ou un apprentissage que ceux restés en détention. Le projet reste toutefois financé par un partenaire extérieur pour deux ans seulement, et les magistrats craignent qu'il s'arrête avant d'avoir été étendu aux autres juridictions.",
            ]),
            new("6. Cadre juridique",
            [
                "Au Sénégal, le Code de procédure pénale et l'ordonnance de 1960 relative à l'enfance délinquante organisent le tribunal pour enfants et prévoient des mesures de protection, d'assistance et de surveillance. Un projet de Code de l'enfant, qui ferait de la détention une mesure de dernier recours, attend encore son adoption. Les centres de sauvegarde accueillent une partie des mineurs placés par le juge, mais leurs places sont peu nombreuses.",
                "En Côte d'Ivoire, le Code de procédure pénale révisé en 2018 a introduit des dispositions sur les mineurs et sur la médiation, et le pays a ratifié la Charte africaine des droits et du bien-être de l'enfant. Les Règles de Beijing et les Règles de La Havane sont citées par les magistrats, mais elles ne sont guère connues des officiers de police judiciaire. Un guide de procédure destiné aux enquêteurs a été rédigé, mais il n'a pas encore été diffusé.",
            ]),
            new("7. Recommandations",
            [
                "Les ministères de la justice devraient fixer une durée maximale de détention provisoire des mineurs et faire réexaminer chaque mois la situation de chaque enfant détenu.",
                "Un avocat commis d'office doit assister chaque enfant dès la garde à vue, et aucun mineur ne doit être enfermé dans la même cellule que des adultes.",
                "Les communes et les associations devraient signer des conventions d'accueil pour le travail d'intérêt général, et les services éducatifs recevoir les moyens de suivre les enfants laissés en liberté.",
            ]),
        ]);

    public static readonly UnseenReports.Report Fishing = new(
        FishingFile,
        "Le travail des enfants dans la pêche artisanale et la transformation du poisson en Guinée et au Sénégal",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["GN", "SN"], Language = "fr", Publisher = "Observatoire d'essai sur le travail des enfants côtiers (exemple)" },
        [
            new("Résumé",
            [
                "Ce rapport porte sur les enfants qui travaillent dans la pêche artisanale et la transformation du poisson sur la côte guinéenne, à Conakry, Kamsar et Boffa, et sur la côte sénégalaise, à Joal-Fadiouth, Mbour et Kayar. Il s'appuie sur une enquête conduite en 2024 auprès de 960 enfants de 8 à 17 ans rencontrés sur les débarcadères, dans les pirogues et sur les aires de fumage, ainsi que sur des entretiens avec des mareyeuses, des capitaines de pirogue et des agents de l'inspection du travail.",
                "Les garçons partent en mer dès l'âge de douze ans, tandis que les filles aident leurs mères à écailler, saler et fumer le poisson. Beaucoup travaillent plus de dix heures par jour, pendant la saison des pluies comme en saison sèche, et une grande partie ne va plus à l'école. Les familles considèrent ce travail comme un apprentissage du métier, transmis de père en fils depuis des générations.",
            ]),
            new("1. Méthodologie",
            [
                "Les enquêteurs, recrutés dans les communautés de pêcheurs, ont interrogé les enfants en soussou, en wolof, en sérère ou en français, le matin au retour des pirogues et l'après-midi sur les sites de transformation. Les questions portaient sur l'âge d'entrée au travail, les tâches, les horaires, les accidents et la scolarité. Chaque entretien durait environ une demi-heure et se déroulait à l'écart des patrons.",
                "Les enfants partis en campagne de pêche vers la Mauritanie ou la Guinée-Bissau au moment de l'enquête n'ont pas pu être rencontrés. Les données sur les blessures reposent sur les déclarations des enfants et des infirmiers des postes de santé, car les débarcadères ne tiennent aucun registre des accidents. Les chiffres présentés ici sont donc des ordres de grandeur et non des estimations nationales.",
            ]),
            new("2. Les garçons à bord des pirogues",
            [
                "Sur les pirogues, les garçons écopent l'eau, démêlent les filets, remontent les casiers et surveillent le moteur pendant que les adultes pêchent. Les sorties commencent avant l'aube et peuvent durer jusqu'au soir, ou plusieurs jours pour les grandes pirogues qui vont au large. Les enfants ne reçoivent souvent qu'une part du poisson ou quelques billets à la fin de la marée.",
                "Rares sont les pirogues qui emportent des gilets de sauvetage pour tous les passagers, et la plupart des garçons ne savent pas bien nager. Plusieurs familles de Kayar ont perdu un fils lors d'un chavirement pendant la saison des vents forts. Les capitaines disent que les gilets s'abîment vite au soleil et gênent les gestes des matelots. Aucun garçon interrogé n'avait reçu de formation à la sécurité en mer.",
                "Certains garçons viennent de villages de l'intérieur ou de pays voisins et sont confiés à un capitaine par leur famille. Ils logent chez leur patron, travaillent en échange de la nourriture et ne rentrent chez eux qu'à la fin de la campagne. Certains n'ont jamais été inscrits à l'école et ne parlent pas la langue de la communauté qui les accueille.",
            ]),
            new("3. Les filles sur les aires de fumage",
            [
                "Le fumage du poisson est un travail de femmes, et les filles accompagnent leurs mères sur les aires de fumage dès l'enfance. Elles portent les bassines, écaillent et vident le poisson, entretiennent les fours et retournent les claies au-dessus du feu. À Boffa et à Joal, des fillettes passent la journée dans une fumée épaisse, sans masque ni protection. Le travail commence tôt le matin.",
                "Les mareyeuses décrivent des toux persistantes, des yeux rouges et des brûlures aux mains et aux bras chez les enfants qui travaillent près des fours. Le bois de mangrove utilisé comme combustible dégage une fumée particulièrement irritante. Aucune d'entre elles n'a consulté un médecin pour ces maux, qu'elles considèrent comme une part normale du métier. Les bébés portés sur le dos de leur mère respirent la même fumée pendant des heures.",
                "Les plus jeunes enfants sont gardés sur le site pendant que leurs mères travaillent et dorment parfois à côté des fours. Les femmes disent qu'elles n'ont pas d'autre solution, car il n'existe aucune garderie près des débarcadères. Des accidents sont signalés chaque année : des tout-petits tombent dans les braises ou se renversent de l'eau chaude sur les jambes. Les plus âgés surveillent les plus petits.",
            ]),
            new("4. Horaires, blessures et santé",
            [
                "Le tableau ci-dessous résume, pour chaque site, le nombre d'enfants interrogés, la durée moyenne de leur journée de travail, la part de ceux qui ont été blessés au cours de l'année et la part de ceux qui ne sont plus scolarisés. Les heures comptent le temps passé en mer ou sur les aires de fumage, mais pas la vente au marché ni les trajets.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Durée du travail, blessures et scolarité des enfants, par site (enquête 2024)",
                ["Site", "Enfants interrogés", "Heures par jour", "Blessés dans l'année", "Non scolarisés"],
                [
                    ["Conakry (GN)", "250", "10,5 h", "38 %", "61 %"],
                    ["Kamsar et Boffa (GN)", "210", "11,2 h", "44 %", "73 %"],
                    ["Joal-Fadiouth (SN)", "280", "9,4 h", "29 %", "46 %"],
                    ["Kayar (SN)", "220", "8,8 h", "33 %", "42 %"],
                ],
                [57, 190, 290, 380, 470]),
            [
                "Les blessures les plus fréquentes sont les coupures par les couteaux et les arêtes, les piqûres de poissons venimeux, les brûlures et les chutes sur les quais glissants. Les infections des plaies sont courantes, car les enfants continuent de travailler les mains dans l'eau salée et les déchets de poisson. Les postes de santé proches des quais manquent souvent de désinfectant et de bandages.",
            ]),
            new("5. Pauvreté, dettes et raréfaction du poisson",
            [
                "La baisse des prises, que les pêcheurs attribuent aux chalutiers industriels et aux usines de farine de poisson, réduit les revenus des familles. Pour compenser, les capitaines emploient des enfants, qui coûtent moins cher que des matelots adultes, et les mères font travailler leurs filles plus longtemps. Les pêcheurs disent aller de plus en plus loin pour trouver du poisson, ce qui allonge les sorties et augmente les risques pour les garçons embarqués.",
                "Beaucoup de femmes transformatrices empruntent chaque semaine pour acheter le poisson aux pêcheurs et remboursent après la vente. Lorsque la marée est mauvaise, la dette s'accumule et les enfants sont retirés de l'école pour aider au travail ou vendre au marché. Les prêteurs sont souvent des mareyeurs ou des commerçants qui fixent eux-mêmes le prix d'achat du poisson fumé. Les associations d'épargne entre femmes offrent une autre solution, mais elles restent rares sur la côte guinéenne.",
            ]),
            new("6. Cadre juridique et contrôle",
            [
                "Le Code du travail guinéen et le Code de l'enfant fixent l'âge minimum d'admission à l'emploi et interdisent les travaux dangereux pour les mineurs. Au Sénégal, un arrêté ministériel dresse la liste des travaux dangereux interdits aux enfants, parmi lesquels figure la pêche en haute mer. Ces textes ne prévoient cependant pas de dispositions propres à la pêche artisanale, où les enfants travaillent le plus souvent pour leur famille.",
                "Les inspecteurs du travail ne se rendent presque jamais sur les débarcadères, faute de véhicules et parce que la pêche artisanale relève surtout de l'économie informelle. Les comités de plage et les conseils locaux de pêche artisanale pourraient jouer un rôle de surveillance, mais la protection des enfants ne figure pas dans leurs attributions. Les agents des pêches, présents sur les quais, contrôlent les licences et les filets mais pas l'âge des équipages.",
            ]),
            new("7. Recommandations",
            [
                "Les ministères de la pêche devraient interdire l'embarquement des enfants de moins de seize ans et rendre obligatoires les gilets de sauvetage sur chaque pirogue.",
                "Les projets de fours améliorés doivent être étendus aux aires de fumage et accompagnés de garderies pour les jeunes enfants des transformatrices.",
                "Les comités de plage devraient inscrire la protection de l'enfance dans leurs règles et signaler aux services sociaux les enfants qui ne vont plus à l'école.",
            ]),
        ]);

    public static readonly UnseenReports.Report Orphans = new(
        OrphansFile,
        "Orphans and kinship care after Ebola and HIV in Sierra Leone and Liberia",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["SL", "LR"], Language = "en", Publisher = "Mano River Family Care Trial Network (example)" },
        [
            new("Summary",
            [
                "This study looks at children who lost one or both parents to Ebola, HIV or other causes and now live with relatives or foster families in Kailahun and Port Loko in Sierra Leone and in Lofa and Montserrado in Liberia. It draws on a 2025 survey of 1,420 households caring for at least one orphan, on visits to schools and social welfare offices, and on interviews with caregivers, teachers, chiefs and the children themselves.",
                "Most orphans are cared for by grandmothers, aunts and uncles, often in households that were already poor before they took the children in. Kinship care keeps children within their family and community, but it comes with little support, and many orphans leave school, lose the land their parents left them or are treated differently from the caregivers' own children. Some children have moved between several households.",
            ]),
            new("1. Methods",
            [
                "Households were identified through community health workers, child welfare committees and lists kept by survivors' associations. Interviews were conducted in Mende, Temne, Kissi, Kpelle and Liberian English. Children aged twelve and above were interviewed separately from their caregivers, with their consent and that of an adult. Each interview lasted about an hour, and caregivers were given a list of local services they could contact for help.",
                "The survey did not reach children living on the street or in unregistered orphanages, and children who had moved to Freetown or Monrovia to live with distant relatives were hard to trace. The findings therefore describe children who remained in their home districts. Figures on property disputes rely on what caregivers reported and could not be checked against court records.",
            ]),
            new("2. Who cares for orphans",
            [
                "Grandmothers head more than a third of the households in the survey, and many of them are over sixty and no longer able to farm. Several grandmothers look after five or more grandchildren from different sons and daughters who died during the Ebola outbreak or of AIDS-related illness. They rely on small trading, remittances from relatives abroad and help from neighbours to feed the children.",
                "In Lofa and Kailahun, some children were first rejected by relatives who feared that they carried the Ebola virus. Survivors' associations and chiefs negotiated for them to be taken in, and a few children stayed for months in interim care centres before a family accepted them. Stigma faded as the outbreak ended, but some of these children are still mocked by classmates.",
                "Formal foster care arranged by the social welfare authorities remains small. Foster families recruited after the outbreak received a monthly allowance for one or two years, and most said they kept the children after the allowance ended. Social workers visited these homes regularly during the first year, but visits became rare once the emergency programmes closed. Foster parents described the children as their own and said they would not send them away.",
            ]),
            new("3. Schooling and drop-out",
            [
                "The following table shows, for each district, the number of households surveyed, the share of orphans aged 6 to 17 enrolled in school, the share who dropped out in the past two years and the share of households that received any cash or school support. Enrolment counts children attending school at the time of the survey, whatever their grade. Support includes help from any source.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Schooling of orphans aged 6 to 17 and support received, by district (2025 survey)",
                ["District", "Households surveyed", "Orphans enrolled", "Dropped out", "Households supported"],
                [
                    ["Kailahun (SL)", "380", "62%", "27%", "19%"],
                    ["Port Loko (SL)", "330", "57%", "31%", "12%"],
                    ["Lofa (LR)", "360", "49%", "38%", "24%"],
                    ["Montserrado (LR)", "350", "68%", "21%", "15%"],
                ],
                [57, 175, 290, 380, 465]),
            [
                "Caregivers said that uniforms, exercise books and exam fees are the main reasons orphans leave school, even where tuition is free. When money is short, the caregivers' own children are usually kept in school while orphans are sent to trade, farm or look after younger siblings. Orphans who fall behind a grade are often withdrawn first, as caregivers see little value in paying for them to repeat.",
            ]),
            new("4. Unequal treatment in the household",
            [
                "Many orphans described being given more housework than other children in the household, eating last and being punished more harshly. Girls in particular fetch water, cook and sell goods at the market before and after school, and several said they had no time to study. Several boys said they were sent to work on relatives' farms during planting season while cousins went to class. Caregivers often denied any difference, saying that all the children in the home were treated alike.",
                "Some adolescent girls living with distant relatives reported sexual abuse by a male member of the household, and a few had become pregnant. They rarely reported it, because they feared being sent away with nowhere else to go. Teachers and health workers were the adults most likely to notice, but they did not know where to refer these cases. No case in the survey had reached the police or a family support unit.",
            ]),
            new("5. Land, property and inheritance",
            [
                "When a father dies, his brothers often take over the house, farmland and other property, and the widow and children are expected to leave or to depend on the family's goodwill. Orphans whose mother also died are left with no one to claim the land on their behalf. In some cases, relatives sell the land or rent it out, and the children grow up without any claim to it.",
                "Customary courts and chiefs usually decide these disputes, and few families have written wills or title deeds. In Liberia, the Equal Rights of the Customary Marriage Law protects the inheritance of widows, and in Sierra Leone the Devolution of Estates Act gives children a share of their parents' estate, but neither is well known in rural areas. Legal aid is rarely available outside the capitals.",
            ]),
            new("6. Social protection and services",
            [
                "Social workers are few: each district in the survey has one or two for tens of thousands of children, with no vehicle and little fuel. Case files opened during the Ebola response were often closed when emergency funding ended, leaving no follow-up for the children who had been placed. Much of their time is spent on reports for donors, and home visits to orphans are rare.",
                "Children living with HIV face an added burden. Several had stopped their treatment after their mother died because nobody in the new household knew about their status or took them to the clinic. Peer support groups run by health workers helped some of them return to care. Disclosure remains difficult, because carers fear that neighbours will shun the household if they learn the child's status.",
            ]),
            new("7. Recommendations",
            [
                "Governments should give kinship carers, especially grandmothers, regular cash transfers and cover school costs for every orphan in their care.",
                "Social welfare ministries should recruit more social workers and keep case management running for children placed during emergencies.",
                "Chiefs and customary courts should be trained on inheritance law so that orphans keep their parents' house and land.",
            ]),
        ]);

    public static readonly UnseenReports.Report Floods = new(
        FloodsFile,
        "When the water rises: floods, climate shocks and child protection in Nigeria and Ghana",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["NG", "GH"], Language = "en", Publisher = "Gulf of Guinea Climate and Childhood Trial Centre (example)" },
        [
            new("Summary",
            [
                "This report examines how floods and other climate shocks affect the protection of children in Bayelsa and Kogi states in Nigeria and in the Upper East and Volta regions of Ghana. It is based on a survey of 1,150 displaced and host households after the floods of 2022 and 2023, on visits to camps, schools and health centres, and on discussions with children, parents, teachers, camp managers and local officials.",
                "Floods drove families from their homes for weeks or months, closed schools and destroyed harvests. Children were separated from their parents during evacuations, slept in crowded camps with little privacy and lost months of schooling. In farming areas, families who lost their crops married off daughters earlier than they had planned. The effects lasted long after the water receded, as families struggled to rebuild.",
            ]),
            new("1. Methods",
            [
                "The survey was carried out in camps for displaced people, in host communities and in villages where families had returned. Interviews were conducted in Ijaw, Igala, Hausa, Ewe, Frafra and English. Focus groups with adolescents were held separately for girls and boys, led by facilitators of the same sex. Fieldwork took place between March and August 2023, several months after the peak of the floods.",
                "Many families had already left the camps when the survey began, and some camps had been closed without records of who had stayed in them. The findings therefore underestimate the number of children who were separated or who never returned to school. Local officials provided figures on camp populations, but these did not record the ages of children or whether they were with their parents.",
            ]),
            new("2. Displacement and life in the camps",
            [
                "In Bayelsa, families sheltered in schools, churches and tents set up along the highway, sometimes for more than three months. Camps were overcrowded, with families sharing classrooms and no separate space for women and adolescent girls. Latrines had no locks and were far from the sleeping areas, and girls said they were afraid to use them at night. Some families returned home before the water had gone down.",
                "Food distributions were irregular, and some adolescents said that men in the camp or in the nearby town offered food or money in exchange for sex. Camp managers had no code of conduct for volunteers and no way for children to report abuse in confidence. Several girls said that they knew of friends who had accepted such offers to feed younger siblings.",
            ]),
            new("3. Separated and unaccompanied children",
            [
                "During evacuations by canoe and by road, children were often put into the first boat or vehicle available while parents stayed behind to save livestock or belongings. Some were taken to different camps from their families, and a few travelled with neighbours to relatives in other states. Younger children and children with disabilities were most at risk of being left behind in the confusion.",
                "Family tracing relied on lists posted on camp walls and on announcements on local radio. In Kogi, social workers registered separated children but had no shared database with other camps, and several children waited more than a month before they found their parents. Children who could not name their village or give a parent's full name were the hardest to reunite.",
            ]),
            new("4. Schools closed and used as shelters",
            [
                "The table below shows, for each area, the number of households surveyed, the number of weeks schools stayed closed, the share of children who had not returned to school three months after the floods and the share of families who reported a marriage of a girl under 18 since the floods. Figures are based on what parents reported. Each household is counted once, whatever the number of its children.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: School closures, return to school and early marriage after the floods, by area (2023 survey)",
                ["Area", "Households surveyed", "Weeks schools closed", "Not back in school", "Girl married under 18"],
                [
                    ["Bayelsa (NG)", "340", "14", "34%", "11%"],
                    ["Kogi (NG)", "300", "9", "26%", "8%"],
                    ["Upper East (GH)", "270", "6", "22%", "14%"],
                    ["Volta (GH)", "240", "5", "17%", "6%"],
                ],
                [57, 175, 290, 390, 475]),
            [
                "Schools that served as shelters were the last to reopen, and many lost desks, books and records to the water. Teachers who had themselves been displaced did not return for weeks, and some pupils moved with their families to towns where no school would enrol them without a transfer letter. Head teachers said they had received no guidance on admitting displaced children mid-year.",
            ]),
            new("5. Lost harvests and early marriage",
            [
                "In the Upper East region, floods came just before the harvest of millet and groundnuts, and many families lost their whole crop. Parents said that marrying a daughter meant one less mouth to feed and brought a bride price in cattle or cash that helped the household survive the lean season. Some families also sold goats and sheep to buy food.",
                "Girls who had left school during the floods were the most likely to be married. Several adolescents said their parents had arranged the marriage within weeks of the harvest loss, and religious and traditional leaders rarely objected when the family explained its hardship. Girls who stayed in school, by contrast, were rarely married during the survey period, and teachers saw school as a protection.",
            ]),
            new("6. Child labour and migration after the floods",
            [
                "Boys from flooded farming villages migrated to towns to work as porters, carriers and scrap collectors, and girls went to Accra, Kumasi or Lagos as head porters or domestic helpers. Families said the money they sent home paid for seed and food until the next planting. Many of them slept in markets or lorry parks and were exposed to theft, police harassment and sexual abuse.",
                "In Bayelsa, children joined their parents in clearing mud, rebuilding houses and fishing in floodwater, exposing them to waterborne diseases and snake bites. Health workers reported outbreaks of cholera and skin infections in the camps. Camp clinics ran short of oral rehydration salts and antibiotics, and mothers said that their youngest children were often sick for weeks. Few camps had clean drinking water, and children drank from rivers and wells that the flood had polluted.",
            ]),
            new("7. Preparedness, laws and policies",
            [
                "Nigeria's National Emergency Management Agency and Ghana's National Disaster Management Organisation lead flood response, and both countries have child rights laws, the Child Rights Act in Nigeria and the Children's Act in Ghana. Emergency plans, however, rarely mention child protection, and social welfare officers are not members of local disaster committees. Officials from both bodies said that children's needs are handled by other ministries once a camp is set up.",
                "Early warning messages reached most villages by radio, but few families knew where to go or how to keep children together during an evacuation. Schools had no plans to continue lessons when their buildings were flooded or occupied. Teachers said that, after the floods of 2022, they had asked for textbooks to be stored above flood level, but nothing had been done.",
            ]),
            new("8. Recommendations",
            [
                "Disaster management agencies should include social welfare officers in every response and set up child-friendly spaces and safe latrines in all camps.",
                "Evacuation plans should keep families together and register every child at departure, with one tracing system shared between camps.",
                "Governments and partners should give cash and seed to families who lose their harvest and keep girls in school to prevent early marriage.",
            ]),
        ]);

    public static IReadOnlyList<UnseenReports.Report> All { get; } = [Detention, Fishing, Orphans, Floods];
}
