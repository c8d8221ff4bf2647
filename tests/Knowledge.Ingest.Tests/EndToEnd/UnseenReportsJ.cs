using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set J of the held-out search evaluation (<see cref="UnseenQuestionsJ"/>): four more reports, written
/// blind to the glossary, the lexicon, the query understanding, the ranking and the results of the
/// earlier sets. Two in French (Bénin and Togo, children accused of witchcraft, as a PDF; Côte d'Ivoire
/// and Burkina Faso, child labour in the cashew sector, as a Word file) and two in English (Ghana,
/// kayayei, girl head porters from the north in the markets of Accra and Kumasi; Nigeria and Cameroon,
/// mental health and psychosocial support for children affected by conflict in Borno State and the Far
/// North; both PDFs). Each has headings, several pages and exactly one table with a caption. <b>Every
/// figure, survey, case and finding in them is invented test data</b>; laws, programmes and
/// institutions are named as reports of the region name them. Files are produced by
/// <see cref="UnseenReports.Bytes"/>.
/// </summary>
internal static class UnseenReportsJ
{
    public const string WitchcraftFile = "bj-tg-enfants-accuses-sorcellerie-2025.pdf";
    public const string CashewFile = "ci-bf-travail-enfants-anacarde-2024.docx";
    public const string KayayeiFile = "gh-kayayei-girl-head-porters-2025.pdf";
    public const string MentalHealthFile = "ng-cm-psychosocial-support-conflict-2024.pdf";

    public static readonly UnseenReports.Report Witchcraft = new(
        WitchcraftFile,
        "Enfants accusés de sorcellerie au Bénin et au Togo : violences, abandon et réponses communautaires",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["BJ", "TG"], Language = "fr", Publisher = "Observatoire d'essai sur les croyances et la protection de l'enfant (exemple)" },
        [
            new("Résumé",
            [
                "Cette étude porte sur les enfants accusés de sorcellerie dans le sud et le nord du Bénin et dans les régions Maritime, de la Kara et des Savanes au Togo. Elle s'appuie sur les dossiers de 702 enfants suivis entre 2022 et 2024 par des centres d'accueil, sur des entretiens avec des parents, des pasteurs, des guérisseurs, des chefs de village et des travailleurs sociaux, ainsi que sur des groupes de discussion avec des adolescents.",
                "L'accusation frappe le plus souvent un enfant déjà fragilisé : orphelin, enfant d'un premier lit, enfant malade, handicapé ou simplement au comportement jugé étrange. Elle débouche sur des violences graves, des rites de délivrance éprouvants et, dans de nombreux cas, sur le rejet de l'enfant par sa famille.",
            ]),
            new("1. Méthodologie",
            [
                "Les dossiers ont été consultés avec l'accord des centres d'accueil et anonymisés avant l'analyse. Les entretiens ont été conduits en fon, en goun, en éwé, en kabiyè ou en français par des enquêteurs formés à l'écoute des enfants victimes de violences, et aucun enfant n'a été interrogé sans la présence d'un adulte de confiance.",
                "Les enfants qui n'ont jamais été signalés à un service ne figurent pas dans les dossiers. Les chiffres présentés décrivent donc les cas connus des centres, et non l'ampleur réelle du phénomène, que les travailleurs sociaux estiment beaucoup plus large dans les villages éloignés.",
            ]),
            new("2. Qui sont les enfants accusés",
            [
                "Le tableau suivant présente, pour chaque zone, le nombre d'enfants accusés suivis par les centres, la part des moins de dix ans, la part de ceux qui ont subi des violences physiques et la part de ceux qui ont pu retourner vivre dans leur famille.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Enfants accusés de sorcellerie suivis par les centres d'accueil, par zone (2022-2024)",
                ["Zone", "Enfants suivis", "Moins de 10 ans", "Violences physiques", "Retour en famille"],
                [
                    ["Cotonou et Abomey-Calavi (BJ)", "214", "38 %", "61 %", "44 %"],
                    ["Borgou et Alibori (BJ)", "167", "46 %", "72 %", "29 %"],
                    ["Lomé et Maritime (TG)", "189", "41 %", "57 %", "52 %"],
                    ["Kara et Savanes (TG)", "132", "53 %", "68 %", "23 %"],
                ],
                [57, 200, 290, 380, 465]),
            [
                "Les accusations surviennent souvent après un décès, une maladie grave ou une perte d'argent dans la famille. Dans plus d'un cas sur deux, c'est une belle-mère, un oncle ou un voisin qui a désigné l'enfant, parfois après avoir consulté un devin ou un prophète.",
            ]),
            new("3. Violences, maltraitances et rites d'exorcisme",
            [
                "Une fois accusé, l'enfant est frappé, privé de nourriture ou enchaîné pour lui faire avouer ses pouvoirs. Plusieurs enfants suivis portaient des brûlures au piment ou à l'huile chaude sur les yeux et sur la peau, infligées pour faire sortir l'esprit qui les posséderait.",
                "Les séances de délivrance peuvent durer plusieurs jours. Des enfants racontent avoir été enfermés dans une pièce sans lumière, contraints de jeûner pendant une semaine, puis aspergés d'eau et de liquides purgatifs devant l'assemblée des fidèles.",
                "Les aveux obtenus sous la contrainte renforcent la conviction de l'entourage. Un enfant qui a avoué manger l'âme de son petit frère reste marqué à vie dans son quartier, même après la délivrance, et ses frères et sœurs sont à leur tour regardés avec méfiance.",
            ]),
            new("4. Églises de réveil, prophètes et guérisseurs",
            [
                "Les églises de réveil occupent une place croissante dans la désignation et le traitement des enfants sorciers. Certains pasteurs annoncent publiquement pendant le culte que des enfants de l'assemblée sont possédés, et font payer aux familles des séances de prière et d'exorcisme dont le tarif dépasse souvent le revenu d'un mois.",
                "Les guérisseurs traditionnels et les devins jouent un rôle comparable dans les villages du nord. Ils prescrivent des bains, des scarifications ou l'éloignement de l'enfant vers un couvent, et leur verdict est rarement contesté par les parents.",
                "Une minorité de responsables religieux refusent ces pratiques. Au Togo, une fédération d'églises évangéliques a adopté en 2023 une déclaration qui interdit à ses membres de désigner un enfant comme sorcier, mais elle n'a pas les moyens de la faire respecter par les petites églises indépendantes.",
            ]),
            new("5. Abandon, vie dans la rue et centres d'accueil",
            [
                "Rejetés par leur famille, beaucoup d'enfants accusés finissent dans la rue, autour des marchés de Dantokpa et d'Adawlato ou des gares routières. Ils y dorment sous les étals, survivent de petits travaux et sont exposés à l'exploitation, aux violences et à la consommation de drogues.",
                "Les centres d'accueil, gérés pour la plupart par des organisations confessionnelles ou des associations, offrent un hébergement temporaire, des soins et un suivi psychologique. Ils manquent de places, et certains enfants y restent plusieurs années faute de solution familiale.",
                "La médiation familiale est longue et incertaine. Les travailleurs sociaux doivent souvent négocier avec toute la famille élargie, et un retour trop rapide peut exposer l'enfant à une nouvelle accusation au prochain malheur qui frappe la maison.",
            ]),
            new("6. Poursuites judiciaires et cadre juridique",
            [
                "Le Code de l'enfant du Bénin, adopté en 2015, punit les mauvais traitements infligés aux enfants et interdit expressément les pratiques traditionnelles néfastes, parmi lesquelles l'infanticide rituel. Au Togo, le Code de l'enfant de 2007 protège aussi l'enfant contre toute forme de violence, mais aucun des deux textes ne vise l'accusation de sorcellerie en tant que telle.",
                "Les poursuites restent très rares. Sur les dossiers étudiés, une vingtaine de plaintes seulement ont abouti à un procès, et les peines prononcées contre les auteurs de sévices étaient le plus souvent assorties du sursis. Les familles préfèrent régler l'affaire à l'amiable, et les policiers hésitent à intervenir dans ce qu'ils considèrent comme une affaire spirituelle.",
            ]),
            new("7. Dialogue communautaire et prévention",
            [
                "Dans plusieurs villages des Savanes et du Borgou, des comités de dialogue réunissent chefs coutumiers, imams, pasteurs, guérisseurs et mères d'enfants pour discuter des accusations avant qu'elles ne tournent à la violence. Là où ces comités existent, les familles acceptent plus facilement de faire soigner un enfant malade au centre de santé plutôt que de consulter un devin.",
                "Des émissions de radio en langues locales donnent la parole à d'anciens enfants accusés devenus adultes. Les animateurs observent que ces témoignages touchent davantage les auditeurs que les messages rappelant la loi.",
            ]),
            new("8. Recommandations",
            [
                "Les gouvernements du Bénin et du Togo devraient ériger en infraction le fait d'accuser publiquement un enfant de sorcellerie et former les policiers et les magistrats à poursuivre les auteurs de sévices.",
                "Les ministères chargés de l'action sociale devraient financer des places d'accueil d'urgence et des équipes de médiation familiale dans chaque département ou région concerné.",
                "Les responsables religieux devraient s'engager publiquement à ne plus désigner d'enfants comme sorciers et à signaler aux services sociaux tout enfant menacé.",
            ]),
        ]);

    public static readonly UnseenReports.Report Cashew = new(
        CashewFile,
        "Le travail des enfants dans la filière anacarde en Côte d'Ivoire et au Burkina Faso",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["CI", "BF"], Language = "fr", Publisher = "Plateforme d'essai pour des filières agricoles sans travail des enfants (exemple)" },
        [
            new("Résumé",
            [
                "Ce rapport décrit le travail des enfants dans la filière de la noix de cajou, appelée anacarde en Afrique de l'Ouest, dans les régions du Gontougo, du Poro et du Worodougou en Côte d'Ivoire et dans les Cascades et les Hauts-Bassins au Burkina Faso. Il repose sur une enquête menée pendant la campagne 2024 auprès de 1 105 enfants de 5 à 17 ans et de leurs familles, sur des visites d'unités de transformation et sur des entretiens avec des acheteurs et des coopératives.",
                "La participation des enfants est massive pendant la récolte, qui coïncide avec la fin de l'année scolaire. Elle est moins fréquente mais beaucoup plus dangereuse dans la transformation, où des enfants décortiquent les noix à la main dans de petits ateliers.",
            ]),
            new("1. Méthodologie",
            [
                "Les villages ont été choisis parmi les zones de forte production, en tenant compte de leur distance aux centres de collecte. Dans chaque ménage, un enfant a été interrogé avec l'accord de ses parents, en dioula, en koulango, en sénoufo, en mooré ou en français, sur les tâches accomplies pendant la semaine précédant l'entretien.",
                "Les ateliers de décorticage ont été visités sans préavis lorsque c'était possible. Dans les unités industrielles, les enquêteurs n'ont eu accès qu'aux zones choisies par la direction, ce qui limite la portée de leurs observations.",
            ]),
            new("2. La filière et le calendrier de la campagne",
            [
                "La Côte d'Ivoire est devenue l'un des premiers producteurs mondiaux de noix de cajou brute, dont la plus grande partie est exportée sans transformation vers l'Asie. Au Burkina Faso, la filière s'est développée dans l'ouest du pays, où de petits producteurs vendent leurs noix à des pisteurs qui parcourent les villages pour le compte des exportateurs.",
                "La campagne de commercialisation s'ouvre en février et culmine en mars et en avril. Le prix plancher fixé par l'État est rarement respecté dans les villages éloignés, et les familles cherchent à récolter le plus vite possible pour vendre avant la baisse des cours.",
            ]),
            new("3. Les enfants dans la récolte",
            [
                "Le tableau suivant présente, pour chaque zone, le nombre d'enfants interrogés, la part de ceux qui ramassent les noix tombées au sol, la part de ceux qui travaillent au décorticage et la part de ceux qui sont inscrits à l'école.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Enfants de 5 à 17 ans selon leur participation à la filière anacarde et leur scolarisation, par zone (campagne 2024)",
                ["Zone", "Enfants interrogés", "Ramassage des noix", "Décorticage", "Inscrits à l'école"],
                [
                    ["Gontougo (CI)", "318", "83 %", "12 %", "58 %"],
                    ["Poro (CI)", "274", "77 %", "21 %", "49 %"],
                    ["Worodougou (CI)", "226", "71 %", "9 %", "43 %"],
                    ["Cascades et Hauts-Bassins (BF)", "287", "69 %", "34 %", "39 %"],
                ],
                [57, 210, 300, 390, 465]),
            [
                "Les plus jeunes ramassent les pommes de cajou tombées au sol, séparent la noix du fruit à la main et la mettent à sécher au soleil. Les adolescents portent des sacs de cinquante kilos jusqu'au point de collecte et participent au défrichage des vergers à la machette avant la saison.",
            ]),
            new("4. Le décorticage, une tâche dangereuse",
            [
                "La coque de la noix de cajou contient un baume caustique qui brûle la peau. Dans les petits ateliers de décorticage, des enfants ouvrent les noix à l'aide de couteaux ou de pinces actionnées au pied, sans gants, et présentent des mains fissurées et des brûlures qui s'infectent.",
                "Les noix sont souvent grillées ou cuites à la vapeur avant d'être ouvertes, dans des fûts chauffés au bois. Les enfants qui alimentent ces fours respirent des fumées âcres pendant des heures, et plusieurs se plaignent de toux et d'yeux irrités.",
                "Dans les ateliers payés à la tâche, les enfants travaillent jusque tard le soir pour atteindre le nombre de kilos exigé. Certaines femmes emmènent leurs filles à l'atelier pour augmenter la quantité décortiquée, et la rémunération est versée à la mère.",
            ]),
            new("5. Scolarité et absentéisme pendant la campagne",
            [
                "Les maîtres constatent que les classes se vident à partir de février, lorsque les familles partent camper dans les vergers éloignés du village. Beaucoup d'élèves ne reviennent qu'après les examens, et une partie ne revient pas du tout à la rentrée suivante.",
                "Les enfants confiés à un parent ou recrutés dans un autre village pour la campagne sont les plus souvent privés d'école. Certains viennent du Burkina Faso ou du Mali pour travailler dans les vergers ivoiriens en échange du logement et de la nourriture.",
            ]),
            new("6. Engagements des acheteurs et des coopératives",
            [
                "Plusieurs exportateurs et transformateurs ont adopté une politique interdisant le travail des enfants dans leur chaîne d'approvisionnement. En pratique, les noix passent par plusieurs intermédiaires avant d'arriver à l'entrepôt, et les acheteurs ne connaissent presque jamais le verger d'origine.",
                "Quelques coopératives ont mis en place un système de suivi et de remédiation, inspiré du cacao, dans lequel des agents visitent les ménages et orientent les enfants repérés vers l'école ou la formation. Ces systèmes ne couvrent qu'une petite part des producteurs, et leur financement dépend d'une prime versée par un seul acheteur.",
            ]),
            new("7. Inspections du travail et cadre juridique",
            [
                "En Côte d'Ivoire, la liste des travaux dangereux interdits aux enfants, révisée en 2017, inclut le port de charges lourdes et l'usage d'outils tranchants. Au Burkina Faso, un décret fixe aussi la liste des travaux dangereux, et les deux pays ont ratifié les conventions de l'Organisation internationale du Travail sur l'âge minimum et sur les pires formes de travail des enfants.",
                "Les inspecteurs du travail sont trop peu nombreux pour contrôler les vergers dispersés, et ils ne disposent souvent ni de véhicule ni de carburant. Aucune unité de décorticage artisanale visitée n'avait reçu la visite d'un inspecteur au cours des deux dernières années.",
            ]),
            new("8. Recommandations",
            [
                "Les conseils de la filière devraient étendre les systèmes de suivi des enfants à toutes les coopératives et rendre la traçabilité des noix obligatoire jusqu'au village.",
                "Les ministères de l'éducation devraient adapter le calendrier des examens à la campagne et ouvrir des cantines scolaires dans les zones de production.",
                "Les transformateurs devraient fournir gants et équipements de protection aux décortiqueuses et fixer un âge minimum vérifié à l'entrée des ateliers.",
            ]),
        ]);

    public static readonly UnseenReports.Report Kayayei = new(
        KayayeiFile,
        "Kayayei: girl head porters from northern Ghana in the markets of Accra and Kumasi",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["GH"], Language = "en", Publisher = "Northern Girls Trial Research Collective (example)" },
        [
            new("Summary",
            [
                "This report examines the lives of kayayei, the girls and young women who carry goods on their heads for shoppers and traders in the markets of Accra and Kumasi. Most come from the Northern, Upper East and North East regions of Ghana. The study is based on a survey of 740 head porters in four markets in 2025, of whom 224 were under 18, and on interviews with market leaders, landlords, health workers and returnees in their home districts.",
                "Girls migrate south to earn money for their families, their own marriage goods or school fees. In the cities they face long hours, low and irregular earnings, debts, sleeping in the open and frequent sexual violence, with little protection from the authorities.",
            ]),
            new("1. Methodology",
            [
                "Enumerators who spoke Dagbani, Mampruli, Gurune and Twi approached porters in the markets in the early morning and late evening, when work was slow. Girls under 18 were interviewed only after a female social worker had explained the study and obtained their agreement, and none was asked to stop work for more than twenty minutes.",
                "In the home districts, researchers held group discussions with parents and with girls who had come back from the south. Figures on earnings rely on what porters remembered of the previous day and are therefore approximate.",
            ]),
            new("2. Why girls go south",
            [
                "Poverty and failed harvests in the north are the first reasons given. Many girls said that their parents could no longer pay for uniforms and books after a dry season, and that an older sister or cousin had told them about the money to be made in Accra.",
                "Some girls leave to buy the pots, cloth and basins they must bring to their marriage. Others leave to escape a marriage arranged without their consent, travelling by night bus without telling their family.",
                "Recruiters and drivers sometimes advance the cost of the journey, which the girl must repay from her first weeks of work. Those who arrive without a relative in the city depend on older porters to show them where to find customers and where to sleep.",
            ]),
            new("3. Earnings, debts and savings",
            [
                "The following table shows, for each market, the number of porters interviewed, the share under 15, their median earnings on the previous working day and the share who usually sleep in the open.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Head porters interviewed by market, with age, earnings and sleeping place (2025 survey)",
                ["Market", "Porters interviewed", "Under 15", "Median daily earnings", "Sleeping in the open"],
                [
                    ["Agbogbloshie (Accra)", "212", "34%", "GHS 45", "63%"],
                    ["Makola (Accra)", "178", "27%", "GHS 52", "48%"],
                    ["Kejetia (Kumasi)", "196", "31%", "GHS 38", "57%"],
                    ["Kumasi Central Market", "154", "22%", "GHS 41", "44%"],
                ],
                [57, 200, 295, 385, 470]),
            [
                "Earnings fall sharply in the rainy season and on days when traders use trolleys or truck pushers instead of porters. Girls pay for the hire of their metal pan, for bathing at public showers and for a space to sleep, so that little is left at the end of the week.",
                "Many girls save with a susu collector who goes round the market each day, but some lost all their savings when the collector disappeared. Girls who had borrowed to pay for the journey often handed a large part of their earnings to the lender for several months.",
            ]),
            new("4. Sleeping rough in the markets",
            [
                "Most girls sleep in front of closed shops, on market tables or in crowded wooden kiosks rented by the night. They sleep in groups for safety and keep their money tied in their clothing, yet theft of savings and phones was reported in every market.",
                "When city authorities clear the streets, porters are chased away from their sleeping places by task force officers, and some reported being beaten or having their pans confiscated during night raids.",
            ]),
            new("5. Sexual violence and exploitation",
            [
                "Girls described being touched and harassed by customers and traders during the day, and attacked at night by men who enter the places where they sleep. Some said that watchmen or kiosk owners demanded sex in exchange for a safe place to spend the night.",
                "Rape is rarely reported. Girls fear that the police will not take them seriously, that they will lose a day's work, or that their family in the north will hear of it. Several girls had become pregnant in the city and carried their babies on their backs while working.",
            ]),
            new("6. Health",
            [
                "Carrying loads of up to sixty kilograms on the head causes neck, back and chest pain, which many girls treat with painkillers bought from drug peddlers. Malaria, diarrhoea and skin infections are common among those who sleep outside.",
                "Few porters are registered with the National Health Insurance Scheme in the city, and those who are often hold a card that is valid only in their home district. Pregnant girls come late to antenatal care, and some give birth in the market without a midwife.",
            ]),
            new("7. Return, relocation and skills programmes",
            [
                "Government and donor programmes have offered to send porters home and train them in dressmaking, hairdressing or shea butter processing. Girls who took part valued the training but said that, without start-up tools and a market for their products, many went south again within a year.",
                "Programmes that kept girls in school in the north, through bursaries, bicycles and support to their mothers' farming, were the ones most often credited with preventing a first departure. District assemblies rarely have a budget to continue these programmes once donor funding ends.",
            ]),
            new("8. Recommendations",
            [
                "The Ministry of Gender, Children and Social Protection should set up drop-in centres with safe night shelter for porters in the main markets of Accra and Kumasi.",
                "Metropolitan assemblies should stop night evictions and work with market queens to register porters and give them access to health insurance valid in the city.",
                "Returnee programmes should combine skills training with start-up kits, follow-up for at least a year and support to keep younger sisters in school.",
            ]),
        ]);

    public static readonly UnseenReports.Report MentalHealth = new(
        MentalHealthFile,
        "Mental health and psychosocial support for children affected by conflict in Borno State and the Far North of Cameroon",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["NG", "CM"], Language = "en", Publisher = "Lake Chad Child Wellbeing Trial Consortium (example)" },
        [
            new("Summary",
            [
                "This study looks at the mental health of children affected by more than a decade of armed conflict around Lake Chad, in Borno State in north-east Nigeria and in the Far North region of Cameroon, and at the psychosocial support available to them. It draws on screening records for 1 900 children aged 6 to 17 in camps and host communities in 2024, on interviews with caregivers, community volunteers and health staff, and on a review of referral records.",
                "Signs of distress are widespread among children who have witnessed attacks, lost relatives or been displaced several times. Group activities reach many children, but those who need specialised care rarely receive it, because there are almost no child psychiatrists or clinical psychologists in the region.",
            ]),
            new("1. Methodology",
            [
                "Screening was carried out by trained community volunteers using a short questionnaire adapted to Hausa, Kanuri, Shuwa Arabic and Fulfulde, completed with the child and a caregiver. Children who gave answers suggesting thoughts of self-harm were seen by a supervisor on the same day.",
                "The screening tool identifies children who may need more support; it is not a diagnosis. Children who had been associated with armed groups were included only where they were already followed by a case worker, to avoid exposing them in their community.",
            ]),
            new("2. Signs of distress among children",
            [
                "The following table shows, for each area, the number of children screened, the share who had frequent nightmares in the past month, the share described by caregivers as withdrawn or not speaking, and the share referred for specialised care.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Children screened for signs of distress and referrals, by area (2024)",
                ["Area", "Children screened", "Frequent nightmares", "Withdrawn or not speaking", "Referred for specialised care"],
                [
                    ["Maiduguri (NG)", "720", "46%", "19%", "8.4%"],
                    ["Bama and Gwoza (NG)", "480", "58%", "27%", "5.1%"],
                    ["Mokolo (CM)", "390", "51%", "22%", "6.3%"],
                    ["Kousseri (CM)", "310", "39%", "16%", "3.9%"],
                ],
                [57, 190, 285, 380, 470]),
            [
                "Caregivers most often described children who startle at loud noises, refuse to sleep alone or cry without reason. Younger children had begun wetting the bed again, while adolescents spoke of anger, hopelessness and difficulty concentrating at school.",
                "Children who had lost a parent in an attack or who had been abducted showed the most severe signs. Girls who returned from captivity were often rejected by their community and described as carrying the blood of the fighters, which added shame to their distress.",
            ]),
            new("3. Caregivers under strain",
            [
                "Many mothers caring for children alone said that they themselves could not sleep, felt constantly afraid and had little patience left. Several admitted shouting at or beating their children more often since displacement, and asked for help for themselves as much as for their children.",
                "Grandmothers and older siblings look after many children whose parents were killed or are missing. They rarely know where to turn when a child stops eating or speaking, and often seek help first from an imam, a marabout or a traditional healer.",
            ]),
            new("4. Child-friendly spaces and group activities",
            [
                "Child-friendly spaces in camps offer play, drawing, storytelling and sport under the supervision of trained facilitators. Children and parents valued them highly, and facilitators reported that many children became calmer and began to play with others after a few weeks of regular attendance.",
                "Structured group sessions for adolescents, based on recognised psychosocial curricula, teach ways to manage fear and anger. Attendance drops when families move, when food distributions take place on the same day or when girls are kept at home to do chores.",
                "Spaces are concentrated in the largest camps around Maiduguri and Mokolo. Host communities and newly accessible towns have few or none, although many displaced families live there.",
            ]),
            new("5. Referral and specialised care",
            [
                "Referral pathways exist on paper in both countries, but volunteers often did not know where to send a child who needed more than group support. Of the children referred, fewer than half reached a service, because of the distance, the cost of transport and insecurity on the roads.",
                "Children with severe symptoms are sometimes taken to hospital only when they become aggressive or stop eating. In a few cases, children with epilepsy or psychosis had been chained at home or at a healing centre because no treatment was available.",
            ]),
            new("6. Shortage of specialists",
            [
                "Borno State has only a handful of psychiatrists, all based in Maiduguri, and none trained in child and adolescent psychiatry. In the Far North of Cameroon, the regional hospital in Maroua has one psychiatrist for a population of several million, and psychologists work mainly for humanitarian agencies on short contracts.",
                "To fill the gap, nurses and community health workers have been trained to recognise common mental health problems and provide basic care under supervision. They said the training was too short, that supervision visits were rare and that they lacked essential medicines.",
            ]),
            new("7. Policies and coordination",
            [
                "Nigeria's National Mental Health Act, signed in 2023, and Cameroon's national mental health plan both call for community-based services, but neither has yet been funded in the conflict-affected areas. Mental health and psychosocial support working groups coordinate humanitarian partners in Maiduguri and Maroua.",
                "Funding for psychosocial support comes mostly from short humanitarian grants of a year or less. Projects close when the grant ends, and children lose the facilitator they had learned to trust.",
            ]),
            new("8. Recommendations",
            [
                "Health ministries should add child and adolescent mental health to the training of nurses and doctors posted in the north-east and the Far North, and fund specialist posts in Maiduguri and Maroua.",
                "Humanitarian partners should extend child-friendly spaces to host communities, offer support groups for caregivers and agree on a single referral pathway with transport costs covered.",
                "Donors should fund psychosocial programmes for at least three years so that children keep the same trusted adults.",
            ]),
        ]);

    public static IReadOnlyList<UnseenReports.Report> All { get; } = [Witchcraft, Cashew, Kayayei, MentalHealth];
}
