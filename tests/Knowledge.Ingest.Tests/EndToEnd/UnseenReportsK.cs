using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set K of the held-out search evaluation (<see cref="UnseenQuestionsK"/>): four more reports, written
/// blind to the glossary, the lexicon, the query understanding, the ranking and the results of the
/// earlier sets. Two in French (Tchad and Niger, child herders and transhumance, as a PDF; Guinée, the
/// effects of Ebola and COVID-19 on child protection, as a Word file) and two in English (Ghana,
/// children in e-waste recovery at Agbogbloshie and other scrap sites; Sierra Leone and Liberia, kush
/// and other drug use among street-connected adolescents; both PDFs). Each has headings, several pages
/// and exactly one table with a caption. <b>Every figure, survey, case and finding in them is invented
/// test data</b>; laws, programmes and institutions are named as reports of the region name them.
/// Files are produced by <see cref="UnseenReports.Bytes"/>.
/// </summary>
internal static class UnseenReportsK
{
    public const string HerderFile = "td-ne-enfants-bouviers-transhumance-2025.pdf";
    public const string EpidemicFile = "gn-ebola-covid-protection-enfance-2024.docx";
    public const string EwasteFile = "gh-e-waste-agbogbloshie-children-2025.pdf";
    public const string KushFile = "sl-lr-kush-street-adolescents-2025.pdf";

    public static readonly UnseenReports.Report Herders = new(
        HerderFile,
        "Enfants bouviers et transhumance au Tchad et au Niger : des garçons sur les routes du bétail",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["TD", "NE"], Language = "fr", Publisher = "Observatoire d'essai sur le pastoralisme et l'enfance (exemple)" },
        [
            new("Résumé",
            [
                "Cette étude porte sur les enfants bouviers, ces garçons qui accompagnent les troupeaux de bovins, de chameaux et de petits ruminants pendant la transhumance, dans les provinces du Batha et du Salamat au Tchad et dans les régions de Tahoua et de Diffa au Niger. Elle repose sur des entretiens avec 1 010 enfants âgés de 8 à 17 ans, rencontrés aux puits, sur les marchés à bétail et dans les campements, ainsi que sur des échanges avec des éleveurs, des chefs de canton, des enseignants et des agents vétérinaires.",
                "Confier le troupeau à un enfant est une pratique ancienne, que beaucoup de familles considèrent comme l'apprentissage normal du métier d'éleveur. Mais l'allongement des parcours, la multiplication des conflits avec les agriculteurs et l'insécurité armée exposent aujourd'hui ces garçons à des dangers que leurs pères n'ont pas connus, loin de toute école et de tout centre de santé.",
            ]),
            new("1. Méthodologie",
            [
                "Les enquêteurs, recrutés parmi des jeunes d'origine peule, arabe et toubou, ont suivi les couloirs de transhumance entre février et juillet 2025. Les entretiens ont été conduits en fulfulde, en arabe tchadien, en haoussa ou en kanouri, le plus souvent pendant l'abreuvement des animaux, pour ne pas retenir les enfants loin du troupeau. Aucun enfant n'a été interrogé sans l'accord de l'adulte qui conduisait le troupeau.",
                "Les enfants les plus jeunes, qui gardent les veaux et les chèvres près des campements, ont été plus faciles à rencontrer que les adolescents partis en tête avec les grands troupeaux. L'âge a souvent été estimé à partir des événements marquants rappelés par les parents, car peu d'enfants possèdent un acte de naissance.",
            ]),
            new("2. Qui envoie les garçons avec les troupeaux",
            [
                "Dans la plupart des familles, c'est le père ou l'oncle paternel qui décide du départ d'un garçon avec le troupeau, généralement vers neuf ou dix ans. L'enfant commence par garder les veaux autour du campement, puis suit les bergers adultes sur des parcours de plus en plus longs. Les filles restent au campement, où elles traient les vaches, puisent l'eau et vendent le lait au marché.",
                "Une part croissante des enfants bouviers ne garde pas les animaux de sa propre famille. Des commerçants et des fonctionnaires des villes, devenus propriétaires de grands troupeaux, confient leur bétail à des bergers salariés qui emmènent à leur tour de jeunes garçons. Ces enfants sont payés en nature, le plus souvent un veau ou quelques chèvres à la fin de la saison, et parfois jamais.",
                "Des parents pauvres placent aussi leur fils auprès d'un éleveur aisé en échange de sa nourriture et d'une promesse de bétail. Plusieurs garçons rencontrés dans le Salamat disaient ne pas avoir revu leur mère depuis plus de deux ans, et certains ne savaient plus dans quel village leur famille s'était installée.",
            ]),
            new("3. Les routes saisonnières de la transhumance",
            [
                "Le tableau suivant présente, pour chaque zone, le nombre d'enfants interrogés, l'âge moyen au premier départ avec le troupeau, le nombre de jours de marche par saison et la part des enfants qui n'ont jamais été scolarisés.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Enfants bouviers interrogés par zone, âge au premier départ, jours de marche et scolarisation (enquête 2025)",
                ["Zone", "Enfants interrogés", "Âge moyen au premier départ", "Jours de marche par saison", "Jamais scolarisés"],
                [
                    ["Batha (TD)", "312", "9,5 ans", "74", "81 %"],
                    ["Salamat (TD)", "268", "10,2 ans", "96", "77 %"],
                    ["Tahoua (NE)", "241", "11,1 ans", "58", "69 %"],
                    ["Diffa (NE)", "189", "10,7 ans", "83", "88 %"],
                ],
                [57, 150, 250, 360, 460]),
            [
                "Au Tchad, les troupeaux descendent vers le sud au début de la saison sèche, à la recherche de pâturages et de points d'eau, et remontent vers le nord à l'arrivée des pluies. Au Niger, les éleveurs de Tahoua et de Diffa se déplacent vers les zones pastorales du nord pendant l'hivernage, puis vers le Nigeria et le Bénin pendant la saison sèche.",
                "Les enfants marchent derrière les animaux de l'aube au coucher du soleil. Ils dorment à la belle étoile, sans moustiquaire, et se nourrissent surtout de lait et de bouillie. Pendant la traversée des zones cultivées, ils surveillent le troupeau la nuit pour éviter que les animaux n'entrent dans les champs.",
            ]),
            new("4. Conflits entre éleveurs et agriculteurs, violences et vol de bétail",
            [
                "Les conflits entre éleveurs et agriculteurs éclatent le plus souvent quand des animaux entrent dans un champ avant la récolte. Les enfants bouviers sont en première ligne : ce sont eux que les cultivateurs surprennent avec le troupeau, et plusieurs garçons ont raconté avoir été frappés à coups de bâton ou retenus jusqu'au paiement d'une amende par leur patron.",
                "Dans le sud du Tchad, certains affrontements entre communautés ont fait des morts, et des adolescents bouviers armés de couteaux ou de fusils de fabrication locale y ont pris part. Les familles d'agriculteurs accusent les éleveurs d'envoyer des enfants en tête des troupeaux pour éviter les poursuites, car un mineur est rarement arrêté.",
                "Le vol de bétail s'est aggravé avec l'insécurité dans la région de Diffa et autour du lac Tchad. Des bandes armées attaquent les campements, enlèvent parfois un jeune berger pour obtenir une rançon ou l'obligent à conduire les animaux volés vers les marchés frontaliers, où ils sont revendus en quelques jours.",
            ]),
            new("5. Scolarisation et écoles mobiles",
            [
                "La plupart des enfants bouviers n'ont jamais fréquenté l'école, ou l'ont quittée dès leur premier départ avec le troupeau. Le calendrier scolaire, calé sur celui des villes, ne tient aucun compte des déplacements saisonniers, et les écoles des villages sont fermées quand les familles y reviennent pendant les grandes vacances.",
                "Au Tchad, des écoles nomades ont été ouvertes dans certains campements, avec des enseignants qui suivent les familles ou qui s'installent aux points d'eau pendant la saison sèche. Elles manquent toutefois de matériel et d'enseignants qualifiés, et les maîtres quittent souvent leur poste après une seule saison.",
                "Au Niger, des centres d'éducation alternative proposent des cours du soir en fulfulde et en tamasheq, pour que les garçons puissent apprendre à lire après avoir ramené les animaux. Plusieurs pères se sont montrés favorables à cet enseignement, à condition qu'il ne retienne pas l'enfant pendant les heures de garde.",
            ]),
            new("6. Santé des enfants bouviers",
            [
                "Les enfants bouviers souffrent fréquemment de paludisme, de diarrhées et d'infections des yeux, et ils sont rarement vaccinés, car les campagnes passent dans les villages quand les troupeaux sont loin. Les morsures de serpent et les blessures causées par les animaux sont courantes, et le centre de santé le plus proche se trouve parfois à plusieurs jours de marche.",
                "Les agents vétérinaires sont souvent les seuls agents de l'État que ces garçons rencontrent. Au Tchad, des campagnes conjointes de vaccination des enfants et du bétail ont permis d'atteindre des campements que les équipes de santé ne visitaient jamais, et d'y enregistrer des naissances.",
                "Les garçons décrivent aussi la faim pendant la période de soudure, la solitude et la peur des hyènes la nuit. Plusieurs ont dit avoir été battus par les bergers adultes pour un animal perdu ou blessé.",
            ]),
            new("7. Accords locaux et codes pastoraux",
            [
                "Le Niger dispose depuis 2010 d'une ordonnance relative au pastoralisme qui reconnaît la mobilité des troupeaux et protège les couloirs de passage. Au Tchad, un code pastoral a été discuté pendant plusieurs années sans être adopté, et la gestion des conflits repose surtout sur les chefs traditionnels et sur des comités mixtes d'éleveurs et d'agriculteurs.",
                "Dans plusieurs cantons, des accords locaux négociés entre éleveurs et agriculteurs fixent les dates d'entrée des troupeaux après les récoltes, le tracé des couloirs et le montant des dédommagements. Là où ces accords sont respectés, les enfants rencontrés disent être moins souvent frappés ou retenus par les cultivateurs.",
                "Aucun de ces textes ne parle des enfants qui conduisent les troupeaux. La décision de la CEDEAO de 1998 sur la transhumance entre États membres exige un certificat international de transhumance pour les animaux, mais rien n'est prévu pour vérifier l'âge des bergers qui les accompagnent aux frontières.",
            ]),
            new("8. Recommandations",
            [
                "Les ministères de l'élevage et de la protection de l'enfance doivent fixer un âge minimum pour conduire seul un troupeau en transhumance, l'inscrire dans les codes pastoraux et le faire connaître aux propriétaires de bétail des villes.",
                "Les ministères de l'éducation doivent adapter le calendrier scolaire à la mobilité pastorale et financer durablement les écoles nomades et les cours du soir, avec des enseignants recrutés dans les communautés d'éleveurs.",
                "Les services de santé et les services vétérinaires devraient généraliser les tournées conjointes, et les comités de transhumance devraient inclure un agent de protection de l'enfance chargé de suivre les garçons le long des couloirs.",
            ]),
        ]);

    public static readonly UnseenReports.Report Epidemics = new(
        EpidemicFile,
        "Ebola et COVID-19 en Guinée : ce que les épidémies ont fait à la protection des enfants",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["GN"], Language = "fr", Publisher = "Centre d'essai sur les enfants et les urgences sanitaires (exemple)" },
        [
            new("Résumé",
            [
                "Ce rapport examine les effets de deux épidémies sur la protection des enfants en Guinée : la maladie à virus Ebola, qui a frappé le pays de 2014 à 2016, et la COVID-19, qui a entraîné la fermeture des écoles en 2020. Il s'appuie sur des entretiens avec 486 enfants et jeunes, sur des groupes de discussion avec des parents et des membres de comités communautaires à Conakry, Guéckédou, Macenta, Kankan et Nzérékoré, et sur l'examen des registres des services sociaux.",
                "Les deux crises ont eu des effets différents mais liés. Ebola a laissé des milliers d'orphelins et une méfiance durable envers les services de santé ; la COVID-19 a surtout agi à travers les mesures de riposte, qui ont privé les enfants d'école pendant de longs mois et enfermé les familles dans des foyers appauvris.",
            ]),
            new("1. Méthodologie",
            [
                "Les entretiens ont été menés en 2023 en soussou, en malinké, en pular, en kissi et en français, par des travailleurs sociaux et des animateurs formés à l'écoute des enfants. Les jeunes qui avaient perdu un parent pendant Ebola avaient entre huit et quinze ans au moment de l'épidémie et sont aujourd'hui de jeunes adultes.",
                "Les chiffres des services sociaux sont incomplets : beaucoup de cas n'ont jamais été signalés, et certains registres de la période Ebola ont été perdus. Les récits des enfants et des familles permettent toutefois de décrire les risques auxquels ils ont été exposés et les réponses qui ont fonctionné.",
            ]),
            new("2. Les orphelins d'Ebola",
            [
                "En Guinée forestière, des familles entières ont été décimées en quelques semaines. Les enfants qui avaient perdu leurs deux parents ont le plus souvent été recueillis par des grands-parents, des oncles ou des tantes, souvent déjà pauvres, qui n'ont reçu qu'une aide alimentaire pendant quelques mois.",
                "Plusieurs jeunes racontent avoir été traités différemment des enfants de la maison : ils mangeaient après les autres, étaient chargés des travaux les plus durs ou étaient retirés de l'école les premiers quand l'argent manquait. Des adolescentes orphelines ont été mariées tôt par la famille qui les hébergeait.",
                "Les programmes de transferts monétaires destinés aux familles d'accueil ont pris fin avec la déclaration de fin d'épidémie, alors que les besoins des orphelins duraient bien au-delà. Plusieurs grands-mères interrogées disent avoir vendu leurs biens pour nourrir et scolariser les enfants de leurs fils et de leurs filles décédés.",
            ]),
            new("3. La stigmatisation des enfants survivants et des familles touchées",
            [
                "Les enfants guéris d'Ebola et ceux dont un parent était mort de la maladie ont été rejetés par leurs voisins, leurs camarades et parfois leurs propres proches. Certains ont été renvoyés de l'école par des parents d'élèves qui craignaient la contagion, même après avoir reçu un certificat de guérison.",
                "Des enfants survivants souffrent encore de séquelles, douleurs articulaires, troubles de la vue ou de l'audition, sans bénéficier d'un suivi médical régulier. Les familles disent n'avoir jamais été informées des soins gratuits auxquels elles avaient droit.",
                "Pendant la COVID-19, la stigmatisation a visé surtout les familles de soignants et les personnes revenues de l'étranger, que les voisins accusaient d'apporter la maladie dans le quartier. Des enfants de soignants ont été tenus à l'écart des jeux et des repas partagés.",
            ]),
            new("4. La fermeture des écoles pendant la COVID-19",
            [
                "Le tableau suivant présente, pour chaque préfecture étudiée, la durée de fermeture des écoles, la part des élèves qui ne sont pas revenus à la réouverture et le nombre de grossesses et de mariages d'élèves signalés aux services sociaux pendant la fermeture.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Fermeture des écoles en 2020, retour en classe, grossesses et mariages d'élèves signalés, par préfecture",
                ["Préfecture", "Semaines de fermeture", "Élèves non revenus", "Grossesses signalées", "Mariages signalés"],
                [
                    ["Conakry", "22", "9 %", "138", "21"],
                    ["Kankan", "26", "17 %", "96", "64"],
                    ["Nzérékoré", "24", "14 %", "117", "38"],
                    ["Guéckédou", "25", "19 %", "73", "45"],
                ],
                [57, 160, 260, 360, 460]),
            [
                "Pendant la fermeture, des cours ont été diffusés à la radio et à la télévision, mais beaucoup de familles rurales n'avaient ni poste de radio en état de marche ni électricité. Les filles étaient davantage occupées par les tâches ménagères et le petit commerce, et peu d'entre elles ont pu suivre les leçons.",
            ]),
            new("5. Grossesses, mariages et violences à la maison",
            [
                "Les travailleurs sociaux ont observé une hausse des grossesses d'adolescentes pendant la fermeture des écoles. Beaucoup de ces jeunes filles, privées de la protection que représentait la classe, sont tombées enceintes d'hommes plus âgés, parfois des commerçants ou des conducteurs de taxi-moto qui leur offraient de l'argent ou des cadeaux.",
                "Dans la région de Kankan, des familles ont profité de la fermeture pour célébrer des mariages d'élèves, en expliquant que l'école ne reprendrait peut-être jamais. Les leaders religieux consultés reconnaissent que ces unions ont été conclues sans passer par l'état civil.",
                "Le confinement et la perte de revenus ont aussi accru les violences à la maison. Des enfants décrivent des parents plus irritables, des coups plus fréquents et des disputes violentes entre adultes, sans pouvoir sortir ni se confier à un enseignant.",
            ]),
            new("6. Lignes d'écoute et comités communautaires de protection",
            [
                "La ligne d'assistance gratuite pour les enfants, le 116, a reçu beaucoup plus d'appels pendant la COVID-19 qu'en temps normal, surtout de la part d'adultes signalant des violences ou des enfants livrés à eux-mêmes. Les écoutants n'étaient que six par équipe, et de nombreux appels sont restés sans réponse aux heures de pointe.",
                "Les comités communautaires de protection de l'enfance, créés ou réactivés pendant Ebola, ont joué un rôle central. Leurs membres ont repéré les orphelins, accompagné les familles d'accueil et négocié le retour à l'école des enfants survivants. Pendant la COVID-19, ceux qui étaient encore actifs ont servi de relais pour signaler les mariages et les violences.",
                "Là où ces comités n'avaient reçu aucun appui après Ebola, ils avaient cessé de se réunir, et il a fallu les reconstituer dans l'urgence en 2020, avec des membres nouveaux qui ne connaissaient ni les familles ni les procédures de signalement.",
            ]),
            new("7. Leçons pour la prochaine épidémie",
            [
                "La première leçon est que la riposte sanitaire doit intégrer la protection de l'enfance dès le premier jour : recenser les enfants séparés de leurs parents, désigner une famille d'accueil provisoire, prévoir un suivi psychosocial et maintenir les services sociaux parmi les services essentiels pendant les restrictions de déplacement.",
                "La deuxième est que fermer les écoles a un coût élevé pour les filles. Toute future fermeture devrait s'accompagner de mesures pour les maintenir en lien avec leur établissement et d'une campagne de retour en classe, y compris pour les élèves enceintes ou devenues mères.",
            ]),
            new("8. Recommandations",
            [
                "Le ministère de l'Action sociale doit tenir à jour un registre national des orphelins et des enfants séparés pendant les épidémies et garantir un appui aux familles d'accueil pendant au moins trois ans après la fin de l'épidémie.",
                "Le ministère de l'Éducation doit autoriser explicitement le retour à l'école des filles enceintes et des jeunes mères et prévoir un enseignement à distance accessible sans électricité.",
                "Les partenaires doivent financer durablement les comités communautaires de protection et renforcer les effectifs de la ligne d'écoute pour enfants, afin qu'elle puisse répondre à une hausse soudaine des appels.",
            ]),
        ]);

    public static readonly UnseenReports.Report Ewaste = new(
        EwasteFile,
        "Children in e-waste recovery at Agbogbloshie and other scrap sites in Ghana",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["GH"], Language = "en", Publisher = "Accra Environmental Health Trial Group (example)" },
        [
            new("Summary",
            [
                "This report examines the work of children in the recovery of metals from discarded electronic and electrical equipment at Agbogbloshie in Accra, at the scrap yards of Ashaiman and of Suame Magazine in Kumasi, and along the roadside dismantling points that have appeared since the main site was cleared. It draws on interviews with 455 children aged 8 to 17 and with scrap dealers, parents, health workers and officials, and on blood and urine tests offered to 212 of the children in 2025.",
                "Children collect, dismantle and burn discarded equipment to recover copper, aluminium and other metals. They are exposed to lead, cadmium and dioxins, earn little, and are rarely in school. The demolition of the Agbogbloshie yard in 2021 did not end the trade; it scattered it across the city and made the children harder to reach.",
            ]),
            new("1. Methodology",
            [
                "Interviews were conducted in Twi, Dagbani, Ga and English by researchers who had worked with scrap communities for several years. Children were met at the work sites, in the settlements where they sleep and at a drop-in centre run by a community organisation. Consent was sought from the children and, where possible, from a parent or guardian.",
                "Health screening was offered by a mobile clinic team, and every child with a high test result was referred to a hospital for follow-up. Children working for a single dealer were sometimes reluctant to speak in front of others, so some interviews were repeated in a quieter place.",
            ]),
            new("2. Who the children are and what they do",
            [
                "Most of the children are boys who migrated from the Northern, Savannah and Upper East regions, often joining an older brother or a cousin already working in Accra. Younger boys start by pulling a magnet on a string through the dust to collect small pieces of metal, which they sell by the kilogram.",
                "Older boys dismantle televisions, computers, refrigerators and car batteries with hammers and chisels, and the most experienced burn bundles of cables to strip off the plastic insulation. Girls are fewer; most sell water, food or used clothes to the workers, and some carry loads in the nearby markets.",
                "Children work on average nine hours a day, six or seven days a week. Many sleep in kiosks or in the open near the site, and several said they had come to Accra to earn money for their family or to save for an apprenticeship.",
            ]),
            new("3. Burning cables and toxic exposure",
            [
                "Cable burning produces thick black smoke that hangs over the sites and the surrounding markets. Children tending the fires stand in the smoke for hours without masks or gloves, and many reported coughing, headaches, burns and eye irritation. Old tyres and foam are used to keep the fires going, which adds to the toxic fumes.",
                "Broken cathode ray tubes, batteries and circuit boards release lead and other heavy metals into the soil where the children work and eat. Food sold on the site, including eggs from hens raised near the burning areas, is contaminated, so the exposure continues even when a child stops working.",
            ]),
            new("4. Earnings and middlemen",
            [
                "The following table gives, for each site, the number of children interviewed, their average earnings per day, the share who sell only to one dealer and the share who said they had been cheated on the weight or the price of the metal they sold.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Children interviewed by site, daily earnings and dealings with scrap dealers (2025)",
                ["Site", "Children interviewed", "Average earnings per day", "Sell to one dealer", "Cheated on weight or price"],
                [
                    ["Agbogbloshie", "164", "GHS 38", "72%", "46%"],
                    ["Ashaiman", "97", "GHS 31", "58%", "39%"],
                    ["Kumasi (Suame)", "118", "GHS 27", "81%", "53%"],
                    ["Accra roadside", "76", "GHS 22", "44%", "61%"],
                ],
                [57, 170, 270, 380, 470]),
            [
                "Children sell what they recover to dealers who weigh the metal on their own scales and set the price. Many children owe money to a dealer who lent them tools or paid for their food, and must sell only to him until the debt is cleared. Copper prices rise and fall with the world market, and children said they were the first to lose when prices dropped.",
            ]),
            new("5. Schooling",
            [
                "Fewer than a third of the children interviewed were enrolled in school. Those who came from the north had usually left school before arriving in Accra, and the boys born in Old Fadama said that school fees, uniforms and the need to earn money kept them away from the classroom.",
                "A few children attend evening classes run by a church and a youth organisation near the site. Teachers said that these pupils often fall asleep in class after a day at the scrap yard, and that they stop coming when the metal trade is good.",
            ]),
            new("6. The relocation of the site",
            [
                "In July 2021, the authorities demolished the Agbogbloshie scrap yard and moved the dealers to a new site at Adjen Kotoku, outside Accra. Many dealers did not follow, because the new site was far from their customers and lacked water, shade and electricity.",
                "Children who worked at the old yard now work in smaller groups at roadside points, behind markets and on vacant plots across the city. The burning continues, often at night to avoid the police, and outreach workers find it harder to locate the children and to follow them up.",
            ]),
            new("7. Health screening",
            [
                "Of the 212 children who gave samples, a majority had blood lead levels above the reference value used by health authorities, and the children who burned cables had the highest levels. Several also showed signs of respiratory disease and skin infections.",
                "No public programme offers regular screening for children working in e-waste. The hospital that received referrals had no paediatric toxicology service, and few families could pay for repeated tests or for treatment.",
            ]),
            new("8. Producer responsibility and recommendations",
            [
                "Ghana's Hazardous and Electronic Waste Control and Management Act of 2016 introduced an eco-levy on imported electrical and electronic equipment, to finance collection and safe recycling. The fund has been slow to pay for collection centres, and informal collectors, including children, receive nothing from it.",
                "Importers and manufacturers should be made responsible for taking back discarded equipment, and part of the levy should pay for cable-stripping machines that end open burning at scrap sites.",
                "The Department of Social Welfare should register children working at scrap sites, remove those under fifteen from dismantling and burning, and offer schooling or apprenticeships. The Ghana Health Service should offer free regular health checks to children at every scrap site.",
            ]),
        ]);

    public static readonly UnseenReports.Report Kush = new(
        KushFile,
        "Kush and other drugs among street-connected adolescents in Sierra Leone and Liberia",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["SL", "LR"], Language = "en", Publisher = "Mano River Youth Health Trial Network (example)" },
        [
            new("Summary",
            [
                "This study looks at the use of kush and other drugs by street-connected adolescents in Freetown and Bo in Sierra Leone and in Monrovia and Gbarnga in Liberia. It is based on interviews with 530 boys and girls aged 12 to 19 met in ghettos, motor parks, markets and beaches in late 2024 and early 2025, and on discussions with outreach workers, police officers, nurses, religious leaders and parents.",
                "Kush has spread quickly among young people living or working on the streets since 2022. Adolescents describe a cheap drug that makes them forget hunger and cold but leaves them unable to work, indebted and exposed to violence. The response has relied heavily on arrests and psychiatric admission, while community care and family reunification remain rare.",
            ]),
            new("1. Methodology",
            [
                "Interviews were carried out in Krio, Liberian English, Mende and Kpelle by peer researchers who had themselves lived on the street, supported by social workers. Adolescents were met in the places where they gather, at times chosen with them, and were given a meal and transport money whether or not they agreed to take part.",
                "No drug tests were carried out; the study relies on what young people said about their own use. Adolescents under the influence at the time of the meeting were invited to come back another day, and those in medical distress were taken to the nearest clinic.",
            ]),
            new("2. What kush is",
            [
                "Kush is a smoked mixture of dried plant material sprayed or mixed with other substances. Laboratory analyses carried out in the region have found synthetic cannabinoids and, in some samples, powerful opioids known as nitazenes, which may explain the sudden deaths reported in both countries. Users cannot know what a given wrap contains.",
                "A single joint of kush sells for a few thousand leones in Freetown or a few Liberian dollars in Monrovia, less than a plate of rice. Adolescents described falling asleep standing up, limping, swelling of the feet and wounds that do not heal, and many called it the zombie drug.",
            ]),
            new("3. How boys and girls start",
            [
                "The following table gives, for each city, the number of adolescents interviewed, the share of girls among them, the average age at first use of kush and the share who smoked it every day in the week before the interview.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Adolescents interviewed by city, age at first use of kush and daily use (2024-2025)",
                ["City", "Adolescents interviewed", "Girls", "Age at first use", "Daily use"],
                [
                    ["Freetown (SL)", "182", "27%", "14.2 years", "63%"],
                    ["Bo (SL)", "96", "21%", "15.1 years", "48%"],
                    ["Monrovia (LR)", "164", "33%", "13.8 years", "69%"],
                    ["Gbarnga (LR)", "88", "18%", "15.6 years", "42%"],
                ],
                [57, 160, 270, 350, 450]),
            [
                "Most boys said they first tried kush with older friends in a ghetto, the informal gathering places where young people sleep, smoke and share food. For many, the first joint was offered free, and the dealer asked for payment only once they came back for more.",
                "Girls usually started later and often through a boyfriend. Several said they used kush to cope with sexual violence, or to stay awake at night while selling goods or sex near motor parks. Girls who use kush are more stigmatised than boys and more often rejected by their families.",
            ]),
            new("4. Debts, petty crime and violence",
            [
                "Adolescents who use daily spend most of what they earn on kush. Many borrow from the dealers who sell it, and the debts are repaid by running errands, carrying drugs or stealing. Boys described snatching phones and bags in markets and stripping copper wire or roofing sheets from buildings to sell.",
                "Violence is frequent inside the ghettos, where older boys control the sale of drugs and punish those who do not pay. Girls reported being forced to have sex to clear a debt or to obtain a place to sleep, and few had told anyone.",
            ]),
            new("5. Police round-ups",
            [
                "In both countries, the police have carried out round-ups of young people in ghettos and on beaches. Adolescents arrested in these operations are often held for days in police cells with adults, and some said they were beaten or released only after a relative paid money.",
                "Outreach workers said that round-ups scatter young people to places where they are harder to reach, and that those released return to the same ghetto within days. Very few arrested adolescents were referred to social welfare officers or to a treatment service.",
            ]),
            new("6. Psychiatric care and the national emergency",
            [
                "In April 2024, the President of Sierra Leone declared drug abuse a national emergency and announced a national task force on drugs and substance abuse. Liberia followed with its own emergency measures and a national drug control campaign. In both countries, the declarations were followed by more arrests and by public awareness campaigns on radio.",
                "Treatment is concentrated in the psychiatric hospital at Kissy in Freetown and in the main mental health hospital in Monrovia. Their wards were overwhelmed by young people brought in by the police or by relatives, and some adolescents were admitted alongside adult patients or restrained with chains when staff were too few.",
                "There is no specialised treatment for adolescents, and few nurses are trained in addiction. Young people discharged after a few weeks usually go back to the street, where kush is always within reach.",
            ]),
            new("7. Community rehabilitation and family reunification",
            [
                "Small community programmes run by churches, mosques and youth groups offer a place to rest, meals, counselling and skills training. Adolescents said they valued being treated with respect more than any medicine, and that peer educators who had stopped using helped them most.",
                "Family reunification is possible when social workers prepare the family and visit regularly afterwards. In Bo, mediators from the neighbourhood helped several boys return home after agreeing with parents on rules for coming back. Without such support, many returns broke down within a month.",
            ]),
            new("8. Recommendations",
            [
                "Governments should treat adolescents who use drugs as children in need of care, end round-ups and pre-trial detention for drug use, and separate children from adults in police cells and hospital wards.",
                "Health ministries should open adolescent-friendly treatment services outside psychiatric hospitals, train nurses in addiction care and make naloxone available to outreach teams.",
                "Donors should fund community rehabilitation and family mediation for at least two years, and support street outreach by peer educators who know the ghettos.",
            ]),
        ]);

    public static IReadOnlyList<UnseenReports.Report> All { get; } = [Herders, Epidemics, Ewaste, Kush];
}
