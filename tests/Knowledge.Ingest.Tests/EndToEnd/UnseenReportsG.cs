using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set G of the held-out search evaluation (<see cref="UnseenQuestionsG"/>): four more reports, written
/// blind to the glossary, the lexicon, the query understanding, the ranking and the results of the
/// earlier sets. Two in French (Bénin, Togo and Gabon, child trafficking to plantations and markets, as
/// a PDF; Niger and Tchad, adolescent girls' menstrual health, water and sanitation in schools, as a
/// Word file) and two in English (Nigeria and Ghana, child labour in quarries and brick-making around
/// Abeokuta and Kumasi; Nigeria and Liberia, infant abandonment, baby homes and birth in prison; both
/// PDFs). Each has headings, several pages and exactly one table with a caption. <b>Every figure,
/// survey, case and finding in them is invented test data</b>; laws, programmes and institutions are
/// named as reports of the region name them. Files are produced by <see cref="UnseenReports.Bytes"/>.
/// </summary>
internal static class UnseenReportsG
{
    public const string TraffickingFile = "bj-tg-ga-traite-enfants-plantations-2025.pdf";
    public const string MenstrualFile = "ne-td-hygiene-menstruelle-ecoles-2024.docx";
    public const string QuarryFile = "ng-gh-quarries-brick-making-2025.pdf";
    public const string InfantFile = "ng-lr-infant-abandonment-baby-homes-2024.pdf";

    public static readonly UnseenReports.Report Trafficking = new(
        TraffickingFile,
        "La traite des enfants du Bénin et du Togo vers les plantations et les marchés du Gabon : recruteurs, itinéraires et rapatriement",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["BJ", "TG", "GA"], Language = "fr", Publisher = "Centre d'essai sur la mobilité des enfants (exemple)" },
        [
            new("Résumé",
            [
                "Cette étude décrit la traite des enfants recrutés dans les départements du Zou, du Mono et du Couffo au Bénin et dans la région des Plateaux au Togo, puis conduits vers les plantations de palmiers à huile, de bananes et de cacao de l'Estuaire et du Woleu-Ntem et vers les marchés de Libreville au Gabon. Elle s'appuie sur 412 entretiens avec des enfants rapatriés, des parents, des passeurs repentis, des agents de police et des travailleurs sociaux, menés entre janvier et octobre 2025.",
                "Les enfants partent le plus souvent avec l'accord de leurs parents, à qui l'on promet un apprentissage, une scolarité ou un salaire envoyé chaque mois. Une fois arrivés, ils travaillent de longues journées sans être payés, et beaucoup ne revoient pas leur famille pendant plusieurs années. Les parents découvrent souvent la réalité du travail de leur enfant des années plus tard, lorsqu'il est renvoyé au pays par les autorités ou revient de lui-même, affaibli et sans économies.",
            ]),
            new("1. Méthodologie",
            [
                "Les enfants rapatriés ont été rencontrés dans les centres d'accueil de Cotonou, de Lokossa et d'Atakpamé, avec l'accord de leurs tuteurs et en présence d'un travailleur social. Les entretiens ont été conduits en fon, en mina, en éwé ou en français, selon la langue choisie par l'enfant, et ont porté sur le départ, le voyage, le travail et le retour.",
                "Au Gabon, l'équipe a visité des marchés de Libreville et d'Owendo et s'est entretenue avec des responsables de plantations qui ont accepté de la recevoir. Les enfants encore en situation d'exploitation n'ont pas été interrogés directement, afin de ne pas les exposer à des représailles de leurs employeurs. Les données des services de police et des centres d'accueil ont été comparées aux récits des enfants pour reconstituer les trajets, les lieux de travail et la durée du séjour.",
            ]),
            new("2. Les recruteurs et leurs promesses",
            [
                "Le recrutement repose sur des intermédiaires connus des familles, souvent un oncle, une voisine ou un ancien migrant revenu au village avec une moto et des vêtements neufs. Ils se présentent comme des bienfaiteurs et proposent d'emmener l'enfant chez un patron sérieux qui lui apprendra un métier. Les recruteurs reviennent souvent chaque année dans les mêmes villages, au moment de la soudure, quand les réserves de maïs sont épuisées et que les familles cherchent à réduire le nombre de bouches à nourrir.",
                "Les parents reçoivent parfois une avance de quelques dizaines de milliers de francs CFA, présentée comme un cadeau, qui les engage moralement à laisser partir l'enfant. Plusieurs mères interrogées ignoraient la destination exacte et pensaient que leur fille travaillerait chez une commerçante de Cotonou. Cette somme est ensuite déduite des gains supposés de l'enfant, qui se retrouve endetté envers son patron avant même d'avoir commencé à travailler.",
                "Des femmes commerçantes installées à Libreville font venir des fillettes de leur village d'origine pour les placer comme vendeuses ambulantes ou aides ménagères. Cette forme de placement familial, qui ressemble au confiage, est rarement perçue comme de la traite par les communautés. Les familles d'origine y voient une chance pour leur fille d'apprendre le commerce et de vivre en ville, et ne posent guère de questions sur ses conditions de vie.",
            ]),
            new("3. Itinéraires et moyens de transport",
            [
                "Les enfants voyagent d'abord par la route jusqu'au Nigeria, puis embarquent sur des pirogues motorisées qui longent la côte jusqu'au Cameroun et au Gabon. Ces traversées durent plusieurs jours, sans gilet de sauvetage, et des naufrages ont été signalés au large de la Guinée équatoriale. Aux frontières terrestres, les passeurs font descendre les enfants avant les postes de contrôle et les font traverser à pied par des pistes de brousse, avant de les reprendre plus loin.",
                "Le tableau suivant présente, pour chaque itinéraire, le nombre d'enfants rapatriés rencontrés, la part des filles, la part des enfants de moins de douze ans et la durée moyenne passée au Gabon avant le retour. Les durées indiquées correspondent au temps écoulé entre le départ du village et l'arrivée dans un centre d'accueil au retour.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Enfants rapatriés selon l'itinéraire suivi vers le Gabon (entretiens 2025)",
                ["Itinéraire", "Enfants", "Filles", "Moins de 12 ans", "Durée au Gabon"],
                [
                    ["Zou - Lagos - Libreville", "126", "38 %", "29 %", "3,1 ans"],
                    ["Mono - Port-Gentil", "84", "61 %", "17 %", "2,4 ans"],
                    ["Plateaux (TG) - Libreville", "97", "73 %", "22 %", "1,8 an"],
                    ["Couffo - Oyem (voie terrestre)", "58", "26 %", "41 %", "4,2 ans"],
                ],
                [57, 215, 285, 355, 450]),
            [
                "Les garçons sont surtout envoyés dans les plantations de l'intérieur, tandis que les filles restent plus souvent sur les marchés et dans les foyers de Libreville. Les enfants de moins de douze ans sont plus nombreux sur la voie terrestre du nord, où les contrôles sont rares et les distances plus longues.",
            ]),
            new("4. Le travail dans les plantations et sur les marchés",
            [
                "Dans les plantations, les garçons défrichent, portent les régimes de noix de palme et épandent des produits chimiques sans protection. Ils dorment dans des baraquements de planches, mangent une fois par jour et sont frappés lorsqu'ils ne terminent pas la tâche fixée par le chef d'équipe. Les plus jeunes sont chargés de ramasser les noix tombées au sol et de porter l'eau aux ouvriers adultes sous la chaleur.",
                "Sur les marchés de Libreville, les fillettes vendent de l'eau, des beignets ou des tissus de l'aube jusqu'à la nuit. Elles doivent remettre chaque soir une recette fixée à l'avance à leur tutrice, et celles qui rapportent moins sont privées de repas ou battues. Beaucoup dorment sur une natte dans la cuisine ou sous l'étal, et aucune des fillettes rencontrées n'allait à l'école pendant son séjour.",
                "Plusieurs filles ont décrit des violences sexuelles de la part d'hommes de la maison ou de clients du marché. Aucune n'avait pu les signaler, par peur d'être renvoyée sans argent ou dénoncée comme étrangère en situation irrégulière. Certaines sont tombées enceintes et ont été chassées par leur tutrice, se retrouvant seules dans la rue à Libreville ou à Owendo, sans papiers ni moyen de rentrer chez elles.",
            ]),
            new("5. Interception, rapatriement et réinsertion",
            [
                "La plupart des enfants rapatriés avaient été repérés lors de contrôles de la police gabonaise ou signalés par des voisins. Ils sont d'abord placés dans un centre d'hébergement de Libreville, où ils attendent souvent plusieurs mois que leur identité et leur famille soient confirmées par le consulat. Pendant cette attente, les enfants ne reçoivent presque aucune activité éducative, et certains s'enfuient du centre pour retourner chez leur employeur.",
                "Le retour se fait en général par avion, avec un accompagnateur, puis l'enfant est confié à un centre d'accueil au Bénin ou au Togo. Les enquêtes familiales sont rapides et parfois superficielles : des enfants ont été remis à l'oncle même qui les avait fait partir. Le consulat du Bénin à Libreville dispose de très peu de moyens pour ces enquêtes, qui reposent souvent sur un simple appel téléphonique au chef de village.",
                "Après le retour, peu d'enfants reprennent l'école, car ils ont dépassé l'âge de leur classe. Les kits de réinsertion, un peu d'outillage ou un petit capital, ne suffisent pas, et une partie des enfants repartent dans l'année. Les garçons revenus des plantations disent avoir honte de rentrer les mains vides, et certains préfèrent partir vers Cotonou ou Lagos plutôt que de rester au village.",
            ]),
            new("6. Cadre juridique et coopération",
            [
                "Le Bénin dispose du Code de l'enfant de 2015, qui réprime la traite des enfants, et le Togo a adopté en 2021 une loi relative à la lutte contre la traite des personnes. Le Gabon a révisé sa loi sur la traite et a renforcé les peines contre les employeurs d'enfants étrangers. Les textes nationaux prévoient des peines de prison lourdes, mais les tribunaux prononcent surtout des amendes ou du sursis contre les intermédiaires.",
                "Un accord multilatéral de coopération contre la traite lie plusieurs pays d'Afrique de l'Ouest et du Centre depuis 2006, mais ses mécanismes de suivi se réunissent rarement. Les poursuites contre les recruteurs restent peu nombreuses, car les familles refusent souvent de témoigner contre un parent. Les échanges d'informations entre polices passent par des canaux informels, et les dossiers se perdent souvent lors du changement d'un agent de liaison.",
            ]),
            new("7. Recommandations",
            [
                "Les gouvernements du Bénin, du Togo et du Gabon doivent réunir chaque année le comité de suivi de l'accord de coopération et partager les listes d'enfants identifiés afin d'accélérer les retours.",
                "Les services sociaux doivent mener une évaluation approfondie de chaque famille avant le retour de l'enfant et assurer un suivi pendant au moins deux ans, avec un appui à la scolarité ou à l'apprentissage.",
                "Les communes des zones de départ doivent informer les parents sur les promesses des intermédiaires et soutenir les comités villageois de vigilance.",
            ]),
        ]);

    public static readonly UnseenReports.Report Menstrual = new(
        MenstrualFile,
        "Santé menstruelle des adolescentes, eau et assainissement dans les écoles du Niger et du Tchad",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["NE", "TD"], Language = "fr", Publisher = "Réseau d'essai pour l'école des filles (exemple)" },
        [
            new("Résumé",
            [
                "Cette étude examine comment les adolescentes vivent leurs règles à l'école dans les régions de Zinder et de Tillabéri au Niger et dans les provinces du Ouaddaï et du Mayo-Kebbi au Tchad. Elle repose sur une enquête menée en 2024 auprès de 1 640 élèves de 12 à 18 ans dans 48 collèges et écoles primaires, sur des groupes de discussion avec des mères et des enseignantes et sur l'inspection des points d'eau et des latrines.",
                "Beaucoup de filles manquent l'école plusieurs jours par mois pendant leurs règles. L'absence de latrines séparées, le manque d'eau et la honte entretenue par les tabous expliquent une grande partie de ces absences, qui pèsent sur leurs résultats et sur leur maintien au collège. Les entretiens montrent aussi que les filles connaissent peu le cycle menstruel et qu'elles apprennent l'essentiel de ce qu'elles savent auprès d'une sœur aînée ou d'une amie plutôt que de leur mère.",
            ]),
            new("1. Méthodologie",
            [
                "Les questionnaires ont été remplis par les élèves elles-mêmes, en classe et sans la présence des enseignants masculins, avec l'aide d'enquêtrices parlant haoussa, zarma, arabe tchadien ou français. Les questions portaient sur le dernier trimestre scolaire, les connaissances sur le cycle, les protections utilisées et les jours d'absence. Les réponses ont été saisies sur tablette puis vérifiées par une superviseure dans chaque région, et les filles pouvaient refuser toute question sans avoir à se justifier.",
                "Les enquêtrices ont visité chaque école avec une grille d'observation : nombre de cabines, présence d'une porte qui ferme de l'intérieur, d'un point d'eau, de savon et d'une poubelle. Les groupes de discussion ont réuni séparément des mères, des enseignantes et des responsables religieux. Les visites ont eu lieu pendant les heures de classe, sans annonce préalable, afin d'observer l'état réel des ouvrages plutôt qu'une situation préparée pour l'occasion.",
            ]),
            new("2. Eau et latrines dans les écoles",
            [
                "Le tableau suivant présente, pour chaque zone, le nombre d'écoles visitées, la part de celles qui ont des latrines séparées pour les filles, la part qui ont un point d'eau fonctionnel et la part des filles qui déclarent avoir manqué l'école pendant leurs dernières règles. Les chiffres portent sur les écoles visitées et ne peuvent pas être étendus à l'ensemble de chaque région.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Eau, latrines et absences pendant les règles, par zone (enquête 2024)",
                ["Zone", "Écoles", "Latrines filles", "Point d'eau", "Absence aux règles"],
                [
                    ["Zinder (NE)", "14", "36 %", "43 %", "47 %"],
                    ["Tillabéri (NE)", "11", "27 %", "32 %", "58 %"],
                    ["Ouaddaï (TD)", "12", "19 %", "25 %", "63 %"],
                    ["Mayo-Kebbi (TD)", "11", "45 %", "51 %", "39 %"],
                ],
                [57, 175, 250, 350, 440]),
            [
                "Dans de nombreuses écoles, les latrines existantes sont fermées à clé pour être réservées aux enseignants, ou sont si sales que les élèves préfèrent aller dans la brousse derrière la cour, ce que les filles évitent pendant leurs règles. Dans les écoles sans point d'eau, les élèves doivent apporter de l'eau de la maison dans des bidons, ce que peu de familles peuvent faire chaque jour.",
            ]),
            new("3. Absentéisme et décrochage",
            [
                "Les filles qui manquent l'école pendant leurs règles restent en moyenne deux à trois jours à la maison. Elles disent craindre une tache sur l'uniforme et les moqueries des garçons, qui se moquent ouvertement d'une camarade lorsqu'ils devinent qu'elle a ses règles. Certaines préfèrent rentrer chez elles à la récréation pour se changer et ne reviennent pas en classe l'après-midi.",
                "Ces absences répétées font perdre des leçons entières, surtout en mathématiques, et plusieurs enseignantes estiment qu'elles contribuent à l'échec au brevet. Dans le Ouaddaï, l'arrivée des premières règles est aussi un moment où les familles envisagent de marier leur fille et de la retirer du collège. Les enseignantes rencontrées disent manquer de moyens pour aider ces élèves à rattraper les cours perdus.",
            ]),
            new("4. Tabous, croyances et silence",
            [
                "Dans la plupart des familles, on ne parle pas des règles avant qu'elles arrivent. Près de la moitié des filles interrogées ont eu leurs premières règles sans savoir ce qui leur arrivait, et certaines ont cru être malades ou blessées. Les mères expliquent qu'elles-mêmes n'ont rien appris de leur propre mère, et qu'elles attendent que la fille soit concernée pour lui parler de la pudeur et du mariage.",
                "Des interdits entourent les femmes pendant leurs règles : elles ne doivent pas cuisiner pour les hommes, toucher certains aliments, entrer dans les lieux de prière ou se laver à certains moments. Les linges usagés doivent être cachés, car on craint qu'ils servent à des pratiques de sorcellerie. Certaines filles disent avoir été grondées par leur grand-mère pour avoir simplement parlé de leurs règles devant un frère ou un oncle.",
                "Les enseignants hommes évitent le sujet, et le programme de sciences aborde la puberté en quelques lignes que beaucoup de maîtres sautent par gêne. Les élèves disent qu'elles n'osent pas demander la permission de sortir à un maître, par peur d'avoir à expliquer pourquoi devant toute la classe, et préfèrent attendre la fin des cours.",
            ]),
            new("5. Protections hygiéniques et coût",
            [
                "La majorité des filles utilisent des morceaux de pagne ou de vieux tissus, qu'elles lavent et font sécher à l'abri des regards, souvent à l'intérieur de la maison, ce qui les laisse humides. Les serviettes jetables vendues en boutique coûtent plus que ce que reçoit une fille pour une semaine de repas. Des infections urinaires et des irritations ont été signalées par les agents de santé scolaire, qui les attribuent en partie au manque d'eau propre.",
                "Certaines adolescentes ont déclaré accepter de l'argent d'hommes plus âgés pour acheter des serviettes, une situation qui les expose à des relations imposées. Des groupements de femmes à Zinder cousent des serviettes lavables en tissu, vendues à bas prix, mais leur production reste faible. Les groupements de Zinder manquent toutefois de tissu absorbant et de fonds pour acheter des machines à coudre.",
            ]),
            new("6. Politiques et programmes",
            [
                "Le Niger a adopté une stratégie nationale d'éducation des filles et des normes pour la construction des latrines scolaires, et le Tchad a intégré l'eau, l'hygiène et l'assainissement dans son plan sectoriel de l'éducation. Les budgets prévus pour l'entretien des ouvrages sont toutefois rarement versés aux écoles. Les comités de gestion des écoles, chargés de l'entretien, ne disposent souvent que des cotisations des parents.",
                "Les programmes de clubs de filles, soutenus par des organisations non gouvernementales, proposent des séances d'information et distribuent des kits. Ils touchent surtout les écoles des chefs-lieux et s'arrêtent souvent à la fin du financement. Les écoles rurales, où les besoins sont les plus grands, restent en grande partie en dehors de ces programmes, et les garçons n'y sont presque jamais associés.",
            ]),
            new("7. Recommandations",
            [
                "Les ministères de l'éducation doivent construire dans chaque école des latrines séparées pour les filles, avec une porte verrouillable, un point d'eau et une poubelle, et confier leur entretien aux comités de gestion.",
                "L'éducation à la puberté doit être enseignée aux filles et aux garçons dès le cours moyen, par des enseignants formés.",
                "Les gouvernements doivent supprimer les taxes sur les protections hygiéniques et soutenir la fabrication locale de serviettes lavables.",
            ]),
        ]);

    public static readonly UnseenReports.Report Quarry = new(
        QuarryFile,
        "Children in quarries and brick-making around Abeokuta and Kumasi: work, injuries and schooling",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["NG", "GH"], Language = "en", Publisher = "Trial Centre for Working Children (example)" },
        [
            new("Summary",
            [
                "This study examines child labour in granite quarries and brick-making yards around Abeokuta in Ogun State, Nigeria, and around Kumasi in the Ashanti Region, Ghana. It is based on a survey of 960 working children aged 7 to 17 at 38 sites in 2025, on interviews with parents, site owners, teachers and labour officers, and on observation of work during the dry and rainy seasons.",
                "Children crush stones with hammers, carry loads of gravel and clay on their heads and mould and stack bricks next to the kilns. Most work alongside a parent, and many combine work with school, but long hours and injuries lead a large share of them to drop out before junior secondary school. Site owners generally deny employing children directly and say that parents bring them along.",
            ]),
            new("1. Methods",
            [
                "Sites were identified with the help of local government labour officers and community leaders, and every child found working on a site on the day of the visit was invited to take part. Interviews were held in Yoruba, Twi or English, away from site owners, with the consent of a parent or guardian. Visits were made at different times of day, including early mornings and evenings, to reach children who work before and after school.",
                "Enumerators recorded the tasks each child performed, the weight of a typical load and the protective equipment in use. Children were asked about injuries in the past year, their school attendance and how they were paid. Children who described serious harm were referred to social welfare officers. Loads were weighed where workers agreed, and site conditions were photographed without showing any child's face.",
            ]),
            new("2. Children at work in the quarries",
            [
                "In the quarries around Abeokuta, children work mainly as stone crushers, breaking large rocks into gravel with small hammers while sitting on the ground. Many are paid by the basin of gravel filled, and a child working a full day earns less than the price of a meal for a family. Children who work with their mothers are often not paid at all, since their gravel is added to the family's basins, and a site owner may refuse to buy gravel judged too coarse.",
                "The following table gives, for each area, the number of children surveyed, the share under twelve, the share who had been injured at work in the past year and the share still attending school. Figures refer to children found working on the day of the visit and do not describe all children living near the sites.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Working children surveyed by area, age, injuries and school attendance (2025)",
                ["Area", "Children", "Under 12", "Injured", "In school"],
                [
                    ["Abeokuta quarries (NG)", "312", "34%", "57%", "46%"],
                    ["Ogun brick yards (NG)", "208", "27%", "41%", "52%"],
                    ["Kumasi quarries (GH)", "246", "39%", "62%", "38%"],
                    ["Ashanti brick yards (GH)", "194", "23%", "44%", "61%"],
                ],
                [57, 210, 280, 360, 440]),
            [
                "Girls are present at most sites, carrying water and gravel and selling food to workers. Their work is rarely counted by site owners, who describe them as helping their mothers. Some girls also look after younger siblings at the edge of the pits while their mothers crush stones, and a few work as porters loading gravel onto trucks for a small tip.",
            ]),
            new("3. Brick-making and debt",
            [
                "In the brick yards, families dig clay, mix it with water, press it into wooden moulds and stack the bricks to dry before firing. Children start by fetching water and turning bricks in the sun and later mould bricks themselves, often several hundred a day during the dry season. Boys as young as eight operate the moulds alone when their parents are firing the kilns.",
                "Many families work for a yard owner who lends them money for food, school fees or hospital bills, to be repaid from the bricks they produce. Because the price paid per thousand bricks is low, the debt grows during the rainy season when production stops, and every member of the household, including young children, is expected to work to clear it.",
            ]),
            new("4. Injuries and health",
            [
                "Children reported cuts and eye injuries from flying stone chips, crushed fingers and back pain from carrying loads heavier than their own body weight. None of the children interviewed wore goggles or gloves, and first aid was rarely available on site. Serious injuries are usually treated by a local healer or in a private clinic that the family pays for, and children often return to work before they have healed.",
                "Dust from crushing and blasting hangs over the quarries all day, and health workers in Kumasi described children with persistent coughs and breathing problems. Near the kilns, smoke and heat cause headaches and burns, and some children sleep beside the kilns to keep the fire burning at night. Blasting with explosives is carried out without warning on some sites, and children have been hit by falling rocks.",
                "Abandoned pits fill with water in the rainy season, and several children have drowned in them while bathing or fetching water. Site owners rarely refill or fence the pits after a seam of rock or clay is exhausted, and local authorities do not require them to do so. Parents said that younger children play near the pits while their mothers work, with nobody to watch them.",
            ]),
            new("5. Schooling",
            [
                "Most children who still attend school work on the sites after classes, at weekends and throughout the holidays. Teachers said that these pupils often fall asleep in class, arrive late and miss tests during the peak season for bricks. Some schools near the sites empty during the brick season, and head teachers said they could do little when parents insisted that children were needed at home.",
                "Parents explained that they keep children at the sites because the family cannot meet the costs of uniforms, books and levies charged by schools, even where tuition is free. Some children said they had left school to pay for the schooling of a younger brother or sister. Others said that they saw little value in schooling when older siblings who had finished school had not found work.",
            ]),
            new("6. Laws and enforcement",
            [
                "Nigeria's Child Rights Act and Ghana's Children's Act both set a minimum age for employment and prohibit hazardous work by children, and Ghana's hazardous child labour framework lists quarrying and stone crushing among the activities forbidden to anyone under eighteen. Ogun State has domesticated the Child Rights Act. Several northern states of Nigeria have not yet adopted equivalent laws, which makes the movement of children towards southern sites harder to address.",
                "Labour inspectors are few, lack vehicles and rarely visit informal sites, which are not registered as workplaces. No site owner interviewed had ever been fined for employing children, and several held licences from local authorities that said nothing about who could work on the site. Community child protection committees exist in some districts but said they did not feel able to challenge site owners, who are often influential local figures.",
            ]),
            new("7. Recommendations",
            [
                "Labour inspectorates should register quarries and brick yards as workplaces, inspect them regularly and sanction owners who employ children in hazardous work.",
                "District assemblies and local governments should remove school levies for children from working families and offer catch-up classes for those who dropped out.",
                "Site owners and associations should provide goggles, gloves and first aid kits for adult workers and fence abandoned pits.",
            ]),
        ]);

    public static readonly UnseenReports.Report Infant = new(
        InfantFile,
        "Infants left behind: abandonment, baby homes and children born in prison in Nigeria and Liberia",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["NG", "LR"], Language = "en", Publisher = "Trial Observatory on Early Childhood Care (example)" },
        [
            new("Summary",
            [
                "This study looks at the youngest children separated from their families in Nigeria, in Lagos, Enugu and Kano States, and in Liberia, in Montserrado and Bong counties. It combines a review of 740 case files of infants abandoned or admitted to care in 2022 and 2023, visits to 31 baby homes and orphanages, and interviews with social workers, nurses, prison officers, police and mothers.",
                "Most abandoned babies are found within days of birth, near hospitals, markets or churches. Many end up in residential homes that lack trained carers and are not registered with the authorities. Babies born to women in prison spend their first months or years inside, with little health care and no plan for their future. Reunification with the family is rare, and adoption is slow and often informal.",
            ]),
            new("1. Methods",
            [
                "Case files were read at social welfare offices and at the homes that agreed to share them, and identifying details were removed before analysis. Each file was coded for the age of the child when found, the place found, the child's health and what happened to the child within six months. Files were often incomplete, and in several homes there was no record at all of how or when a child had arrived.",
                "Researchers visited the women's sections of four prisons with permission from the prison authorities and spoke with mothers living with their babies. Interviews with mothers who had abandoned a child were arranged through a hospital social worker and held in private. All interviews took place with consent, and women could stop at any time.",
            ]),
            new("2. Abandonment of newborns",
            [
                "Mothers who had abandoned a child described pregnancy outside marriage, rejection by the father of the child, extreme poverty and fear of their family as the main reasons. Several were teenagers who had hidden their pregnancy until birth and delivered alone. Some said they had left the baby where they were sure it would be found quickly, in the hope that someone would take care of it, and several later regretted their decision.",
                "The following table gives, for each area, the number of infants in the case files, the share found in a public place, the share with a disability or serious illness and the share reunited with their family within six months. Reunification here means that the child was returned to a parent or a close relative after tracing by social workers.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Infants abandoned or admitted to care by area, place found, health and reunification (2022-2023)",
                ["Area", "Infants", "Public place", "Disability", "Reunited"],
                [
                    ["Lagos (NG)", "236", "58%", "14%", "9%"],
                    ["Enugu (NG)", "172", "49%", "19%", "12%"],
                    ["Kano (NG)", "118", "67%", "11%", "21%"],
                    ["Montserrado (LR)", "214", "44%", "23%", "17%"],
                ],
                [57, 180, 250, 340, 430]),
            [
                "Babies born with a disability are over-represented among abandoned children in both countries, and nurses reported that some parents leave such babies in the maternity ward without ever returning. Mothers of such babies are often blamed by the family and pressured to leave the child behind.",
            ]),
            new("3. Baby homes and orphanages",
            [
                "Abandoned infants are usually placed in baby homes run by churches, charities or private owners. In the homes visited, a single carer was often responsible for eight or more babies during the night, and babies were fed by propped bottles left in their cots rather than held. Carers are often young women without training, paid little and working long shifts, and staff turnover in the homes is high.",
                "Carers described babies who stopped crying because nobody came, and nurses noted delays in walking and speech among children who had spent more than a year in a home. Few homes had a plan to return children to their families. Contact with relatives was rarely encouraged, even when a parent had been traced and had asked to visit.",
                "In Liberia, many orphanages opened after the civil war and the Ebola outbreak remain unlicensed. Some rely on foreign donors and volunteers, and social workers suspected that children with living parents were recruited to keep donations coming. A national assessment found homes with no qualified staff and children sharing beds, and closures ordered by the ministry were seldom carried out.",
            ]),
            new("4. Babies born in prison",
            [
                "Pregnant women held in pre-trial detention often give birth in prison or are escorted to hospital in handcuffs and returned within a day. Babies then stay with their mothers in crowded cells, sharing their food, because prisons make no separate provision for infant feeding or vaccination. Many of these women are held for minor offences and wait months or years for trial.",
                "Prison officers said that the law allows a child to remain with the mother only up to a certain age, after which the child is handed to relatives or to a baby home, sometimes without the mother being told where. Several mothers had lost contact with a child taken from them in this way. No official register records the children who leave prison in this way.",
            ]),
            new("5. Baby factories and illegal adoption",
            [
                "In south-eastern Nigeria, police have raided so-called baby factories, where pregnant girls are held until delivery and their newborns sold to couples who cannot have children. Social workers in Enugu described girls lured by the promise of free care during pregnancy. Some girls said they had been told their baby would die and never saw it again after delivery.",
                "Informal adoptions arranged through hospitals, pastors or intermediaries bypass the courts, so that children lose their identity and no check is made on the adoptive family. Liberia suspended intercountry adoption after irregularities were found, but cases of children sent abroad without a court decree continued to be reported. Birth certificates are sometimes issued in the name of the adoptive parents, which hides the child's origin.",
            ]),
            new("6. Family-based care and the law",
            [
                "Nigeria's Child Rights Act and Liberia's Children's Law of 2011 give priority to care within the family and require homes to be registered and inspected. Both countries have adopted guidelines on alternative care, but foster care remains small, and very few trained foster families exist outside the capital cities. Kinship care by grandparents and other relatives is common but receives no support from the state.",
                "Social welfare departments lack staff and transport to trace families, so that once a baby is placed in a home the case is rarely reviewed. Courts seldom consider non-custodial sentences for pregnant women and mothers of infants, despite regional standards that call for them. Judges said they had no information on whether a woman before them was pregnant or caring for a baby at home.",
            ]),
            new("7. Recommendations",
            [
                "Governments should close unlicensed homes, move babies into family-based care and review the case of every child in residential care at least every six months.",
                "Hospitals should offer confidential counselling and support to women who are thinking of giving up a baby, and social workers should be present in every maternity ward.",
                "Courts should prefer non-custodial measures for pregnant women and mothers of young children, and prisons should provide health care, food and vaccination for babies in their care.",
            ]),
        ]);

    public static IReadOnlyList<UnseenReports.Report> All { get; } = [Trafficking, Menstrual, Quarry, Infant];
}
