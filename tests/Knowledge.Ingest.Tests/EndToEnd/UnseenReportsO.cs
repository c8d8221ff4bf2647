using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set O of the held-out search evaluation (<see cref="UnseenQuestionsO"/>): four more reports, written
/// blind to the glossary, the lexicon, the query understanding, the ranking and the results of the
/// earlier sets. Two in French (Cameroun and Tchad, breast ironing, « repassage des seins », as a PDF;
/// Sénégal and Guinée, children in artisanal salt harvesting around Kaolack and on the Guinean coast,
/// as a Word file) and two in English (Ghana and Liberia, residential care, orphanages and
/// "voluntourism"; Sierra Leone and Guinea, children in artisanal diamond mining in Kono District and
/// the Forest Region; both PDFs). Each has headings, several pages and exactly one table with a caption.
/// <b>Every figure, survey, case and finding in them is invented test data</b>; laws, programmes and
/// institutions are named as reports of the region name them. Files are produced by
/// <see cref="UnseenReports.Bytes"/>.
/// </summary>
internal static class UnseenReportsO
{
    public const string BreastIroningFile = "cm-td-repassage-des-seins-2024.pdf";
    public const string SaltFile = "sn-gn-enfants-salines-2025.docx";
    public const string OrphanagesFile = "gh-lr-orphanages-voluntourism-2024.pdf";
    public const string DiamondsFile = "sl-gn-artisanal-diamond-mining-2025.pdf";

    public static readonly UnseenReports.Report BreastIroning = new(
        BreastIroningFile,
        "Le repassage des seins au Cameroun et au Tchad : pratiques, perceptions et réponses de protection",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["CM", "TD"], Language = "fr", Publisher = "Centre d'essai d'études sur les violences faites aux filles (exemple)" },
        [
            new("Résumé",
            [
                "Cette étude porte sur le repassage des seins, pratique qui consiste à masser, aplatir ou comprimer la poitrine des filles pubères à l'aide d'objets chauffés, afin de retarder le développement des seins. Elle s'appuie sur une enquête menée en 2024 auprès de 1 480 filles et jeunes femmes de 10 à 24 ans dans les régions du Littoral, du Centre et de l'Ouest au Cameroun, et à N'Djamena et Moundou au Tchad, ainsi que sur des entretiens avec des mères, des tantes, des agents de santé, des enseignants et des responsables religieux.",
                "La pratique est le plus souvent réalisée par la mère, en secret, dans l'intention de protéger la fille du regard des hommes, des grossesses précoces et du mariage avant la fin de sa scolarité. Elle provoque pourtant des douleurs intenses, des brûlures, des kystes et des séquelles psychologiques durables. Elle reste peu connue des services de protection de l'enfance, rarement signalée et presque jamais poursuivie devant les tribunaux.",
            ]),
            new("1. Méthodologie",
            [
                "Le questionnaire a été administré par des enquêtrices, en français, en arabe tchadien, en ngambaye ou en duala selon les localités, dans des lieux choisis par les répondantes : domicile, centre de santé ou salle paroissiale. Les questions sur la pratique étaient posées après un temps d'échange sur la puberté, et chaque répondante pouvait interrompre l'entretien à tout moment. Une psychologue accompagnait l'équipe dans chaque région.",
                "Trente-six entretiens approfondis ont été réalisés avec des mères ayant pratiqué le repassage sur leur fille, et des groupes de discussion ont réuni séparément des adolescentes, des mères et des pères. Les filles qui ne vont plus à l'école et celles des zones rurales isolées sont sous-représentées. Les chiffres présentés reposent sur les déclarations des répondantes et ne peuvent être extrapolés à l'ensemble des deux pays.",
            ]),
            new("2. Une pratique transmise entre femmes",
            [
                "Le repassage commence généralement dès l'apparition des premiers signes de puberté, vers neuf ou dix ans, et se répète chaque matin ou chaque soir pendant plusieurs semaines, parfois plusieurs mois. Les mères utilisent une pierre à écraser, une spatule en bois, un pilon ou une louche chauffés sur les braises, avec lesquels elles pressent et massent la poitrine. Certaines ajoutent une bande de tissu serrée pour comprimer les seins pendant la nuit.",
                "Dans huit cas sur dix, c'est la mère qui pratique le repassage, le plus souvent sans en parler au père. Les grands-mères, les tantes et parfois une voisine réputée pour son savoir-faire interviennent aussi. Les mères interrogées décrivent un geste d'affection et de prudence, hérité de leur propre mère, et beaucoup disent avoir elles-mêmes subi la pratique sans en garder de mauvais souvenirs.",
                "Les pères ignorent souvent la pratique ou la découvrent par hasard. Ceux qui en ont entendu parler la considèrent comme une affaire de femmes dans laquelle ils n'ont pas à intervenir. Dans les groupes de discussion, plusieurs hommes ont dit qu'ils ignoraient que leurs filles avaient été repassées avant d'entendre la question posée par les enquêtrices, et quelques-uns ont exprimé leur colère.",
            ]),
            new("3. Ampleur de la pratique selon les zones",
            [
                "Le tableau suivant présente, pour chaque zone d'enquête, le nombre de répondantes, la part de celles qui déclarent avoir subi le repassage, l'âge moyen au premier repassage et la part de celles qui en ont gardé des brûlures ou des blessures visibles. Les proportions sont calculées sur l'ensemble des répondantes de la zone, quel que soit leur âge au moment de l'enquête.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Filles et jeunes femmes ayant subi le repassage des seins, âge au premier repassage et blessures déclarées, par zone (enquête 2024)",
                ["Zone", "Répondantes", "Ont subi le repassage", "Âge moyen au premier repassage", "Brûlures ou blessures"],
                [
                    ["Littoral (CM)", "410", "31 %", "10,4 ans", "18 %"],
                    ["Centre (CM)", "350", "24 %", "10,9 ans", "14 %"],
                    ["Ouest (CM)", "290", "19 %", "11,2 ans", "11 %"],
                    ["N'Djamena (TD)", "260", "12 %", "11,6 ans", "9 %"],
                    ["Moundou (TD)", "170", "16 %", "10,7 ans", "13 %"],
                ],
                [57, 160, 260, 370, 470]),
            [
                "La pratique est plus fréquente dans les villes du sud du Cameroun que dans les zones rurales, ce qui contredit l'idée d'une tradition villageoise en voie de disparition. Au Tchad, elle se concentre dans les quartiers où vivent des familles originaires du sud du pays, et les répondantes de N'Djamena en parlent comme d'une coutume venue d'ailleurs. Les plus jeunes répondantes déclarent la pratique moins souvent que leurs aînées.",
            ]),
            new("4. Pourquoi les mères repassent les seins de leurs filles",
            [
                "La première raison avancée est la peur que la fille attire trop tôt le regard des hommes. Une poitrine développée est perçue comme le signe qu'une fille est prête pour les relations sexuelles et le mariage, et les mères disent vouloir « gagner du temps » pour que leur fille reste à l'école. Plusieurs ont cité le cas d'une nièce ou d'une voisine tombée enceinte avant quinze ans, obligée ensuite d'abandonner ses études.",
                "Les récits évoquent aussi la peur du viol, notamment dans les quartiers où les filles se déplacent seules pour aller chercher de l'eau ou vendre au marché. Certaines mères pensent que des seins plats rendent leur fille moins visible pour les hommes du voisinage et pour les enseignants. D'autres mettent en avant la honte que subirait la famille si la fille se retrouvait enceinte hors mariage.",
                "Au Tchad, plusieurs mères déplacées depuis des régions touchées par les conflits ont expliqué avoir commencé à repasser les seins de leurs filles dans les sites d'accueil, où elles ne se sentaient pas en sécurité. La pratique y apparaît comme une réponse à l'insécurité plutôt que comme une tradition ancienne, et elle s'est diffusée entre voisines d'un même site en quelques mois.",
            ]),
            new("5. Douleurs, blessures et séquelles",
            [
                "Les filles décrivent une douleur intense, des pleurs pendant le repassage et la peur du moment où la mère fait chauffer l'instrument. Les agents de santé rencontrés ont observé des brûlures au deuxième degré, des abcès, des kystes et, chez des jeunes femmes plus âgées, une asymétrie des seins ou des difficultés à allaiter leur premier enfant. Aucune de ces complications n'est enregistrée comme telle dans les registres des centres de santé.",
                "Les conséquences psychologiques sont moins visibles mais durables. Beaucoup de jeunes femmes disent avoir eu honte de leur corps à l'adolescence, évité le sport et les vestiaires, et gardé une méfiance envers leur mère. Certaines ont appris à se cacher pendant des semaines pour échapper au repassage, ou se sont réfugiées chez une tante. La pratique n'a pas empêché les grossesses précoces dans les familles interrogées.",
            ]),
            new("6. Le cadre juridique et la réponse des services",
            [
                "Aucune loi ne mentionne explicitement le repassage des seins au Cameroun ni au Tchad. Au Cameroun, le Code pénal réprime les blessures et les violences sur mineurs, et les articles sur les mutilations génitales pourraient être étendus à cette pratique. Au Tchad, la loi n° 006/PR/2002 portant promotion de la santé de la reproduction interdit toutes les formes de violence sur le corps d'autrui, mais aucune procédure n'a été engagée sur ce fondement.",
                "Les travailleurs sociaux, les enseignants et les agents de santé connaissent rarement la pratique, ou la considèrent comme une affaire privée entre la mère et sa fille. Aucun des centres de santé visités ne disposait d'un protocole de prise en charge, et les filles blessées sont soignées pour une simple brûlure sans que l'origine soit signalée aux services sociaux. Les enseignants qui remarquent une élève en souffrance ne savent pas à qui s'adresser.",
                "Au Cameroun, des associations de femmes ont mené des campagnes de sensibilisation avec des « tantines », des mères relais formées qui visitent les familles et parlent de la puberté avec les filles. Les femmes touchées par ces campagnes étaient moins nombreuses à déclarer avoir repassé les seins de leur fille cadette, mais ces actions restent limitées à quelques quartiers de Douala et de Yaoundé.",
            ]),
            new("7. Recommandations",
            [
                "Les ministères chargés de la promotion de la femme et de la famille au Cameroun et au Tchad doivent reconnaître le repassage des seins comme une forme de violence contre les filles, l'inscrire dans les plans nationaux de lutte contre les violences basées sur le genre et en prévoir la mention explicite dans la loi pénale. Les cas signalés devraient faire l'objet d'un suivi statistique.",
                "Les agents de santé, les enseignants et les travailleurs sociaux devraient être formés à repérer les signes du repassage, à soigner les blessures et à orienter les cas vers les services de protection de l'enfance, selon un protocole commun aux trois secteurs. Les écoles devraient intégrer l'éducation à la puberté dans leurs programmes dès la fin du cycle primaire, avec des séances animées par des infirmières scolaires.",
                "Il est recommandé d'étendre le travail des tantines et des associations de femmes à de nouvelles régions, en associant les pères et les chefs religieux, et de proposer aux mères d'autres moyens de protéger leurs filles, comme le dialogue sur la sexualité au sein de la famille et l'accès des adolescentes à l'information sur la contraception. Ces actions devraient être évaluées au bout de trois ans.",
            ]),
        ]);

    public static readonly UnseenReports.Report Salt = new(
        SaltFile,
        "Les enfants dans la production artisanale de sel : bassins du Saloum au Sénégal et côte guinéenne",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["SN", "GN"], Language = "fr", Publisher = "Observatoire d'essai sur le travail des enfants en milieu côtier (exemple)" },
        [
            new("Résumé",
            [
                "Ce rapport décrit le travail des enfants dans la récolte et le conditionnement du sel artisanal autour de Kaolack et de Fatick, au Sénégal, et sur la côte de Guinée, dans les préfectures de Boffa, Dubréka et Boké. Il repose sur une enquête conduite pendant la campagne de 2025 auprès de 1 120 enfants de 8 à 17 ans, sur des observations dans les bassins et les campements, et sur des entretiens avec des exploitants, des négociants, des enseignants et des agents des services techniques.",
                "Au Sénégal, les enfants cassent la croûte de sel dans les bassins, portent les cuvettes sur la tête jusqu'aux tas et remplissent les sacs. En Guinée, où le sel est obtenu en faisant bouillir de la saumure sur des feux de bois de mangrove, ils ramassent le bois, surveillent les bassines et entretiennent le feu. Dans les deux pays, ces travaux se déroulent pendant la saison sèche, en pleine année scolaire.",
            ]),
            new("1. Méthodologie",
            [
                "Les enquêteurs ont visité 27 sites de production, dont 15 autour des bassins de Kaolack, de Fatick et de la zone de Palmarin, et 12 villages salicoles de la côte guinéenne. Les enfants ont été interrogés sur le site, pendant les pauses, en wolof, en sérère, en soussou ou en français. Les âges déclarés ont été vérifiés, lorsque c'était possible, auprès des enseignants ou dans les registres de l'état civil.",
                "Des mesures de la durée du portage et du poids des charges ont été réalisées sur une journée complète dans six sites. Les enfants qui ne travaillent que pendant les vacances scolaires ont été comptés à part. L'enquête ne couvre pas le sel iodé conditionné par les usines, ni les salines industrielles, où la présence d'enfants n'a pas été observée par les enquêteurs au cours de leurs visites.",
            ]),
            new("2. Le travail dans les bassins et autour des feux",
            [
                "Autour de Kaolack, la récolte commence quand l'eau des bassins s'est évaporée et que le sel forme une croûte épaisse. Les garçons cassent cette croûte avec une barre de fer ou une pioche, pieds nus dans la saumure, puis chargent les cristaux dans des cuvettes. Les filles et les plus jeunes portent ces cuvettes sur la tête jusqu'aux tas, parfois sur plusieurs centaines de mètres, des dizaines de fois dans la journée.",
                "Sur la côte guinéenne, la production repose sur l'ébullition de la saumure dans de grandes bassines métalliques posées sur des foyers. Les enfants coupent et transportent le bois de palétuvier, puisent l'eau salée dans les chenaux et entretiennent le feu du matin au soir. Les foyers dégagent une fumée épaisse, et les enfants qui dorment dans les cases de cuisson la respirent jour et nuit pendant toute la saison.",
                "Une partie du travail est payée à la tâche. Les enfants reçoivent quelques dizaines de francs CFA par cuvette portée au Sénégal, ou une mesure de sel en Guinée, que la famille revend ensuite au marché. Les exploitants et les parents décrivent ce travail comme une aide familiale, alors que beaucoup d'enfants travaillent pour des propriétaires de parcelles qui ne sont pas leurs parents.",
            ]),
            new("3. Qui sont les enfants des salines",
            [
                "Le tableau suivant présente, pour chaque zone de production, le nombre d'enfants interrogés, la part des filles, la durée moyenne de travail par jour pendant la campagne, la part des enfants qui ne vont plus à l'école et la part de ceux qui déclarent des lésions de la peau ou des yeux. Les durées ont été mesurées sur la journée de travail la plus récente.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Enfants travaillant dans la production de sel, par zone : filles, heures de travail, déscolarisation et lésions déclarées (campagne 2025)",
                ["Zone", "Enfants interrogés", "Filles", "Heures par jour", "Ne vont plus à l'école", "Lésions de la peau ou des yeux"],
                [
                    ["Kaolack (SN)", "340", "38 %", "7 h", "29 %", "62 %"],
                    ["Fatick et Palmarin (SN)", "260", "44 %", "6 h", "21 %", "57 %"],
                    ["Boffa (GN)", "230", "35 %", "10 h", "48 %", "41 %"],
                    ["Dubréka (GN)", "170", "31 %", "9 h", "43 %", "36 %"],
                    ["Boké (GN)", "120", "27 %", "11 h", "54 %", "33 %"],
                ],
                [57, 172, 250, 310, 380, 460]),
            [
                "Au Sénégal, les journées sont plus courtes parce que le travail s'arrête aux heures les plus chaudes, mais la réverbération du soleil sur le sel et le contact permanent avec la saumure provoquent des lésions plus fréquentes. En Guinée, les enfants des villages de Boké passent souvent toute la saison sèche sur les sites de cuisson, loin de l'école du village, ce qui explique la forte déscolarisation.",
            ]),
            new("4. Plaies, yeux et douleurs",
            [
                "Le sel et la saumure attaquent la peau. Les enfants qui travaillent dans les bassins présentent des crevasses aux pieds et aux mains, des plaies qui ne cicatrisent pas et des infections, faute de bottes et de gants. La réverbération de la lumière sur les tas blancs provoque des irritations des yeux, et plusieurs enfants disent ne plus supporter la lumière le soir. Aucun site visité ne fournissait de lunettes de protection.",
                "Le portage des charges est la deuxième cause de douleurs. Une cuvette pleine pèse entre quinze et vingt-cinq kilogrammes, et les enfants de dix ans portent souvent les mêmes charges que les adultes. Les infirmiers des postes de santé de la zone signalent des douleurs du cou et du dos chez des enfants très jeunes. En Guinée, la fumée des foyers s'ajoute à ces risques et provoque une toux persistante.",
            ]),
            new("5. L'école pendant la campagne du sel",
            [
                "La campagne du sel coïncide avec le deuxième et le troisième trimestre de l'année scolaire. Dans les villages proches des bassins de Kaolack, les directeurs d'école observent des classes à moitié vides d'avril à juin, et des élèves qui arrivent en retard, épuisés, après avoir porté du sel avant le lever du jour. Beaucoup redoublent, puis quittent l'école vers douze ou treize ans.",
                "Sur la côte guinéenne, les familles s'installent pour plusieurs mois dans des campements de production éloignés des villages, et les enfants ne vont plus du tout à l'école pendant cette période. Les enseignants affectés dans ces zones sont peu nombreux et souvent absents. Les écoles n'ont pas adapté leur calendrier, et aucun dispositif de rattrapage n'est proposé aux enfants au retour des campements.",
            ]),
            new("6. Migrations saisonnières et intermédiaires",
            [
                "Une partie des enfants qui travaillent autour de Kaolack ne sont pas originaires de la zone. Des garçons venus de Guinée-Bissau, du Mali ou des régions de Kolda et de Tambacounda sont recrutés pour la saison par des intermédiaires qui promettent un salaire à la famille. Logés dans des abris de paille près des bassins, ils reçoivent leur paie à la fin de la campagne, après déduction de la nourriture.",
                "Certains de ces enfants disent ne pas avoir été payés du tout, l'intermédiaire ayant disparu avec la somme due. D'autres ont été frappés quand ils voulaient rentrer chez eux avant la fin de la saison. Ces situations présentent les éléments de la traite des enfants à des fins d'exploitation économique, mais aucune enquête n'a été ouverte par les services de police et de gendarmerie de la région.",
            ]),
            new("7. Cadre juridique et acteurs publics",
            [
                "Au Sénégal, le Code du travail fixe à quinze ans l'âge minimum d'admission à l'emploi, et l'arrêté fixant la nature des travaux dangereux interdits aux enfants mentionne le portage de charges lourdes. En Guinée, le Code de l'enfant et le Code du travail interdisent les travaux dangereux aux mineurs. Aucun de ces textes ne cite la production de sel, que les inspecteurs du travail considèrent comme une activité familiale.",
                "Les coopératives de productrices de sel, soutenues par des projets de développement, ont amélioré les prix et l'iodation du sel, mais leurs règlements intérieurs ne mentionnent pas le travail des enfants. Quelques groupements de femmes de la zone de Kaolack ont néanmoins décidé de ne plus faire travailler les enfants de moins de quatorze ans pendant les heures de classe, et en contrôlent eux-mêmes le respect.",
            ]),
            new("8. Recommandations",
            [
                "Les ministères chargés du travail au Sénégal et en Guinée doivent inscrire la production artisanale de sel dans les listes nationales de travaux dangereux, interdire aux enfants le transport des cuvettes et des sacs, et organiser des contrôles pendant la campagne avec les services de protection de l'enfance et les collectivités locales des zones de production. Les résultats de ces contrôles devraient être publiés à la fin de chaque campagne.",
                "Les coopératives et les négociants devraient s'engager à ne pas acheter de sel produit par des enfants, fournir des bottes, des gants et des lunettes aux travailleurs, et contribuer au financement de classes passerelles dans les villages salicoles, en lien avec les inspections de l'éducation. Les organisations professionnelles du sel pourraient adopter une charte commune, assortie d'un suivi annuel confié à un organisme indépendant des acheteurs.",
                "Il est recommandé d'adapter le calendrier scolaire dans les zones de production, d'ouvrir des écoles temporaires dans les campements de la côte guinéenne et de poursuivre les intermédiaires qui recrutent des enfants pour la saison, en coopération avec les pays d'origine de ces enfants. Les communes concernées devraient enfin tenir un registre des enfants présents sur les sites au début de chaque saison, afin de suivre leur retour à l'école.",
            ]),
        ]);

    public static readonly UnseenReports.Report Orphanages = new(
        OrphanagesFile,
        "Residential care, orphanages and voluntourism in Ghana and Liberia: children kept apart from families who could care for them",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["GH", "LR"], Language = "en", Publisher = "West African Family Care Test Network (example)" },
        [
            new("Summary",
            [
                "This report examines the situation of children living in residential care institutions, commonly called orphanages or children's homes, in Ghana and Liberia, and the role that foreign volunteers and donors play in sustaining them. It is based on visits in 2024 to 64 institutions in the Greater Accra, Central, Eastern and Volta regions of Ghana and in Montserrado, Margibi and Bong counties of Liberia, on reviews of the files of 1 150 children, and on interviews with staff, parents, social workers and former residents.",
                "Most children in these institutions are not orphans: four in five have at least one living parent, and many were placed because of poverty or the promise of schooling. A large share of homes operate without a licence, depend on donations from abroad and host short-term foreign volunteers with little screening. Children's attachment, safety and chances of returning to their families suffer as a result.",
            ]),
            new("1. Methodology",
            [
                "Research teams of two social workers visited each institution unannounced or with one day's notice, observed daily routines, checked registration documents and reviewed the files of the children present on the day. Where a file was missing or incomplete, staff were asked to explain how the child had come to the home. Children over twelve were invited to speak with a researcher alone, with their consent.",
                "Institutions were identified from government lists, from online fundraising and volunteer placement websites, and through local leaders, since many homes are not registered. Former residents aged 18 to 26 were reached through an association of care leavers. Family tracing was not part of the study, so the status of parents was taken from the files and from what children and staff said.",
            ]),
            new("2. Orphans who are not orphans",
            [
                "In the files reviewed, most children had a living mother or father, and many had both. Parents explained that they had placed their child because they could not afford school fees, food or medical care, or after a separation, the death of one parent or an illness. Several mothers said that a recruiter had visited their village offering free education in the city, and that they had not seen their child since.",
                "Files were often thin: a name, an estimated age and a date of admission, with no social inquiry report and no court order. In a quarter of the Liberian homes visited, staff could not say where the children's families lived. Some children had been given new surnames or told that their parents were dead, which makes later family tracing very difficult for social workers.",
                "Staff and founders often presented admission as an act of charity. Several directors said that they would accept any child brought to the gate, and a few described going to rural communities to look for children in need, particularly after a death in the family or the failure of a harvest. No home had assessed whether the child could have stayed with relatives.",
            ]),
            new("3. Registration, licensing and foreign volunteers",
            [
                "The following table shows, for each area visited, the number of institutions, the share of children with at least one living parent, the share of institutions without a valid licence from the social welfare authority, and the share that hosted foreign volunteers in the previous twelve months. Figures come from the files and documents seen by the researchers during each visit.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Residential care institutions visited, children with a living parent, unlicensed homes and foreign volunteers, by area (2024)",
                ["Area", "Homes visited", "Children with a living parent", "Homes without a licence", "Homes hosting foreign volunteers"],
                [
                    ["Greater Accra (GH)", "14", "78%", "36%", "71%"],
                    ["Central (GH)", "11", "83%", "45%", "82%"],
                    ["Eastern and Volta (GH)", "12", "80%", "50%", "58%"],
                    ["Montserrado (LR)", "17", "86%", "65%", "76%"],
                    ["Margibi and Bong (LR)", "10", "88%", "70%", "40%"],
                ],
                [57, 190, 285, 380, 470]),
            [
                "Most unlicensed homes were small, set up in rented houses by a pastor, a returning migrant or a foreign founder, and funded through personal networks abroad. In Liberia, many homes opened during the civil war or after the Ebola outbreak and never closed, although the emergency that justified them has long ended. Inspections were rare in both countries, and closures rarer still.",
            ]),
            new("4. Voluntourism and the orphanage economy",
            [
                "Foreign volunteers, often students or church groups on trips of one to four weeks, pay agencies or homes a fee to teach, play with children or help with building work. Researchers found that volunteers were rarely asked for a police check, were allowed to take children on outings and to post their photographs online, and sometimes slept on the premises. Children described crying each time a volunteer they liked went home.",
                "Volunteer fees and donations are the main source of income for many homes, which creates an incentive to keep children in care and to keep them looking needy. In three homes in the Central Region, children were asked to sing for visitors and to wear worn clothes when donors came, while new clothes and toys were kept in a locked store room. Directors controlled how donations were used, and no accounts were shown.",
                "Several former residents said that volunteers had brought gifts and attention, but that the repeated arrivals and departures had taught them not to trust adults. Two cases of sexual abuse by foreign volunteers were reported to researchers in Ghana; in neither case was the volunteer investigated, as both had left the country before the child spoke about what had happened.",
            ]),
            new("5. Life in care",
            [
                "Living conditions varied widely. Some homes were clean and well staffed, but in many a single caregiver was responsible for twenty or more children at night, and children received little individual attention. Older children cooked, cleaned and looked after younger ones. In several Liberian homes, children went hungry at the end of the month when donations ran low, and some were sent to sell water in the market.",
                "Children who grow up in institutions often show delays in development, difficulty forming attachments and little knowledge of their own family history. Care leavers described leaving the home at eighteen with no savings, no documents and no place to live, and some ended up on the street or in exploitative work. Only a few homes offered any support after children left, and none kept in touch for long.",
            ]),
            new("6. Laws, policies and the closing of institutions",
            [
                "Ghana's Children's Act of 1998 and the regulations made under it require every residential home to be licensed and inspected by the Department of Social Welfare, and national standards set rules on staffing and admissions. In 2018 the government adopted a Care Reform Initiative that aims to reduce reliance on institutions and to move children into family-based care, including kinship care and foster care.",
                "Liberia's Children's Law of 2010 states that institutional care should be a last resort, and the Ministry of Gender, Children and Social Protection has closed dozens of homes that failed to meet the national standards. Closures have sometimes been carried out without preparing the families, and some children from closed homes were moved to other unlicensed institutions rather than returned home.",
                "Where reintegration was planned, results were encouraging. Social workers who traced families, prepared them with small cash grants and school support, and visited regularly after the return reported that most children were still at home a year later. The number of trained social workers, however, is far below what would be needed to reach every child in care in either country.",
            ]),
            new("7. Recommendations",
            [
                "Governments should stop registering new residential homes, inspect all existing ones, close those that endanger children and reinvest the funds in support to families. Every child in care should have a care plan reviewed at least every six months, with the aim of returning home or moving to a family-based placement. Closures should be prepared with the families and followed by regular visits.",
                "Foreign governments, churches, universities and travel agencies should end volunteer placements in orphanages and redirect donations to family strengthening and community services. Ghana and Liberia should prohibit short-term volunteering in residential care, require police checks for anyone working with children, and ban the use of children's images for fundraising by the homes and by the agencies that send volunteers. Donors should ask for evidence of family tracing before funding any home.",
            ]),
        ]);

    public static readonly UnseenReports.Report Diamonds = new(
        DiamondsFile,
        "Children in artisanal diamond mining in Kono District, Sierra Leone, and the Forest Region of Guinea",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["SL", "GN"], Language = "en", Publisher = "Mano River Child Labour Test Institute (example)" },
        [
            new("Summary",
            [
                "This report documents the work of children in artisanal and small-scale diamond mining in Kono District in eastern Sierra Leone and in the prefectures of Kérouané, Macenta and Beyla in Guinea's Forest Region. It draws on a survey of 980 children aged 8 to 17 found at or near 38 mining sites in 2025, on observation of digging and washing, and on interviews with miners, the supporters who finance the pits, diamond dealers, teachers, chiefs and mining officials.",
                "Children dig gravel, carry it to the water, and wash and sieve it in search of stones, often for the promise of a share of a find that rarely comes. They work in flooded pits and along riverbanks, miss school for weeks, and are exposed to pit collapses, drowning, malaria and injuries. Girls sell food and water at the sites and face sexual exploitation. Laws prohibit their work, but enforcement is weak on both sides of the border.",
            ]),
            new("1. Methodology",
            [
                "The survey teams included former miners and local teachers who spoke Kono, Krio, Maninka and Kissi. Children were interviewed at the sites during breaks and in villages in the evening, with the consent of a parent or guardian where one was present. Sites were chosen to cover both licensed plots and unlicensed digging along streams and riverbeds, in each chiefdom and prefecture studied.",
                "The survey took place in the dry season, when mining is most intense and low water levels allow digging in riverbeds. Numbers of children may therefore be higher than in the rainy season. Some supporters refused access to their pits, and the children working for them could not be interviewed. Ages were self-reported and checked against school records where possible.",
            ]),
            new("2. Digging, washing and the tributor system",
            [
                "Most children work in gangs led by an adult. Boys dig gravel with shovels and pickaxes and carry it in buckets or head pans to a pool or stream, where it is washed in round sieves, known locally as shakers, until only heavy gravel remains. Older boys and men then search the sieve for diamonds, while younger children remove stones and bail out water from the pits.",
                "Under the tributor system, a supporter provides food, tools and a small daily allowance, and in exchange takes the diamonds found and pays the diggers a share of their value when a stone is sold. Children are rarely paid a share: most receive a meal of rice and a few thousand leones or Guinean francs a week, and many work for a relative who keeps their earnings.",
                "Some children work on their own account on abandoned plots, hoping to find a small stone that they can sell to a dealer. Several boys said that they had found diamonds but had been cheated by buyers who paid far less than their value, knowing that a child could not go elsewhere or complain. None of them had ever reported such a sale to the mines office.",
            ]),
            new("3. Children at the sites",
            [
                "The following table shows, for each area, the number of children surveyed, their average age, the average number of days worked in the previous week, the share who were not enrolled in school and the share who reported an injury at a mining site in the past year. Days worked refer to the week before the interview, in the dry season of 2025.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Children surveyed at artisanal diamond mining sites: age, days worked, school enrolment and injuries, by area (2025)",
                ["Area", "Children surveyed", "Average age", "Days worked last week", "Not enrolled in school", "Injured in past year"],
                [
                    ["Koidu and Tankoro (SL)", "260", "13.1", "5.2", "34%", "29%"],
                    ["Nimikoro and Gbense (SL)", "220", "12.6", "4.8", "41%", "35%"],
                    ["Kamara and Sandor (SL)", "150", "13.4", "5.6", "47%", "38%"],
                    ["Kérouané (GN)", "200", "12.9", "5.9", "62%", "31%"],
                    ["Macenta and Beyla (GN)", "150", "12.2", "5.4", "57%", "27%"],
                ],
                [57, 210, 290, 350, 420, 480]),
            [
                "Children in Guinea worked more days and were less often in school, partly because the sites around Kérouané are far from villages and families move there for the whole season. In Kono, many children combine school with mining in the afternoons and at weekends, but attendance falls sharply when a new plot opens nearby or when a supporter offers food.",
            ]),
            new("4. Pits, water and disease",
            [
                "The pits can be more than ten metres deep, with walls of loose gravel that are not supported. Collapses during the rains are the most frequent cause of death reported by chiefs, and in Nimikoro two boys died when a pit wall fell on them during the research period. Children also drown in flooded pits left open after mining, which fill with water in the rainy season.",
                "Standing in water for hours causes skin infections and fevers, and the stagnant pools around the sites are breeding grounds for mosquitoes. Health workers in Koidu and Banankoro reported high rates of malaria, diarrhoea and schistosomiasis among children from mining communities. Injuries from tools and falling stones are treated with herbal remedies at the site, as clinics are distant and charge fees.",
            ]),
            new("5. Girls at the mining sites",
            [
                "Girls are rarely seen digging, but many work at the sites selling cooked food, water, cigarettes and palm wine to miners, or washing gravel alongside their mothers. Some come with traders from other towns and live in makeshift shelters near the pits. Their earnings depend on miners who are often paid only when a stone is found, and girls described being asked for sex in exchange for credit or protection.",
                "Health workers reported pregnancies among girls as young as fourteen at the sites and the absence of any health service for adolescents. In Kérouané, a women's group has set up a small shelter where girls working at the sites can sleep safely, but it is the only one the researchers found in the areas studied, and it depends on the contributions of a few traders.",
            ]),
            new("6. School and the diamond season",
            [
                "Teachers in Kono described pupils leaving class at midday to reach a new plot before others claim it, and boys who stop coming to school for months when their family moves to a site. Some schools have lost a third of their upper primary pupils. Parents say that school fees, uniforms and exercise books are hard to pay for when mining earnings are so uncertain.",
                "Free primary education in Sierra Leone has brought more children into school, but children from mining families often enrol late and leave early. In Guinea's Forest Region, schools near the mining areas lack teachers, and children who move with their families to remote sites have no school at all for the season. No school in the areas visited offered catch-up classes.",
            ]),
            new("7. Laws, certification and enforcement",
            [
                "Sierra Leone's Mines and Minerals Development Act of 2022 and the Child Rights Act of 2007 forbid the employment of children in mining, and the Employment Act of 2023 lists hazardous work that children may not do. Guinea's Mining Code and Child Code also prohibit the use of children in mines. Artisanal mining licences in both countries oblige licence holders not to use child labour.",
                "Enforcement is weak. Mines monitoring officers in Kono are few and depend on the licence holders for transport, and in Guinea the mining brigades focus on taxes and smuggling. The Kimberley Process certification scheme tracks diamonds from export onwards but does not check how they were mined, so stones dug by children can be certified and exported without difficulty. No officer interviewed had ever stopped a sale on these grounds.",
                "Chiefs and community child welfare committees in some chiefdoms of Kono have agreed by-laws that fine parents and supporters who bring children under fifteen to the pits. Where these by-laws were enforced, fewer young children were seen at the sites, but older boys continued to work, often further away from the villages and out of sight of the committees. Similar by-laws have not been adopted in Guinea.",
            ]),
            new("8. Recommendations",
            [
                "Governments should make the absence of child labour a condition for renewing every artisanal mining licence, give mines monitoring officers the means to inspect sites without notice, and require supporters to keep a register of the people who work for them. Pits should be backfilled after mining, and licence holders who leave pits open should be fined. District councils should publish each year the number of sites inspected and of children removed from them.",
                "Diamond exporters, buyers and the members of the Kimberley Process should require traceability back to the site and exclude stones from pits where children work. Development partners should support school feeding, bursaries and vocational training for children in mining communities, as well as safe spaces and health services for girls who work at the sites. Cross-border cooperation between the two countries should cover the dealers who buy from children.",
            ]),
        ]);

    public static IReadOnlyList<UnseenReports.Report> All { get; } = [BreastIroning, Salt, Orphanages, Diamonds];
}
