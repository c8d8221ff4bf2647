using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set D of the held-out search evaluation (<see cref="UnseenQuestionsD"/>): four more reports, written
/// blind to the glossary, the lexicon, the query understanding, the ranking and the results of sets A,
/// B and C. Two in French (Bénin and Togo, children with disabilities and their exclusion from school
/// and care, as a PDF; Sénégal and Cap-Vert, child sexual exploitation in travel and tourism, as a Word
/// file) and two in English (Niger, children on the move and unaccompanied children transiting through
/// Agadez towards Libya; Sierra Leone and Ghana, corporal punishment and violence in schools; both
/// PDFs). Each has headings, several pages and exactly one table with a caption. <b>Every figure,
/// survey, case and finding in them is invented test data</b>; laws, programmes and institutions are
/// named as reports of the region name them. Files are produced by <see cref="UnseenReports.Bytes"/>.
/// </summary>
internal static class UnseenReportsD
{
    public const string DisabilityFile = "bj-tg-enfants-handicap-exclusion-2025.pdf";
    public const string TourismFile = "sn-cv-exploitation-sexuelle-tourisme-2024.docx";
    public const string MigrationFile = "ne-children-on-the-move-agadez-2025.pdf";
    public const string SchoolViolenceFile = "sl-gh-corporal-punishment-schools-2024.pdf";

    public static readonly UnseenReports.Report Disability = new(
        DisabilityFile,
        "Enfants en situation de handicap au Bénin et au Togo : exclusion de l'école et accès aux soins",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["BJ", "TG"], Language = "fr", Publisher = "Observatoire d'essai sur l'inclusion des enfants (exemple)" },
        [
            new("Résumé",
            [
                "Cette étude porte sur la situation des enfants en situation de handicap dans quatre départements du Bénin, l'Atlantique, le Borgou, le Zou et l'Atacora, et dans deux régions du Togo, les Savanes et la région Maritime. Elle repose sur une enquête menée en 2025 auprès de 1 870 ménages ayant au moins un enfant handicapé, sur des visites d'écoles et de centres de santé et sur des entretiens avec des enseignants, des agents de réadaptation et des parents.",
                "La plupart de ces enfants ne vont pas à l'école ou la quittent avant la fin du primaire. Les familles doivent payer elles-mêmes les appareils, les séances de kinésithérapie et les transports vers les rares centres spécialisés, ce qui pousse beaucoup d'entre elles à renoncer aux soins.",
            ]),
            new("1. Méthodologie",
            [
                "Les ménages ont été repérés avec l'aide des relais communautaires et des associations de personnes handicapées, puis interrogés en fon, en bariba, en éwé ou en moba. Le handicap a été décrit à partir des difficultés que les parents observent dans la vie quotidienne de l'enfant, pour voir, entendre, marcher, comprendre ou communiquer, plutôt qu'à partir d'un diagnostic médical que peu de familles possèdent.",
                "Les enfants de plus de dix ans ont été invités à parler eux-mêmes de leur expérience, avec l'aide d'un interprète en langue des signes lorsque c'était nécessaire. Les enfants enfermés à la maison sont sans doute sous-représentés, car certains parents ont refusé de signaler leur présence aux enquêteurs.",
            ]),
            new("2. Scolarisation des enfants handicapés",
            [
                "Le tableau suivant présente, pour chaque zone, la part des enfants handicapés de 6 à 14 ans inscrits à l'école, la part de ceux qui ont abandonné avant la fin du primaire et la part des écoles visitées qui disposent d'une rampe d'accès.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Scolarisation des enfants handicapés de 6 à 14 ans, par zone (enquête 2025)",
                ["Zone", "Ménages enquêtés", "Enfants inscrits", "Abandon au primaire", "Écoles avec rampe"],
                [
                    ["Atlantique (BJ)", "520", "46 %", "31 %", "18 %"],
                    ["Borgou (BJ)", "410", "29 %", "44 %", "7 %"],
                    ["Savanes (TG)", "455", "24 %", "52 %", "5 %"],
                    ["Maritime (TG)", "485", "51 %", "27 %", "21 %"],
                ],
                [57, 170, 270, 370, 465]),
            [
                "Les enfants sourds et les enfants ayant une déficience intellectuelle sont les moins souvent inscrits. Dans les zones rurales du nord, l'éloignement de l'école et l'absence de moyen de transport adapté empêchent les enfants qui ne marchent pas de suivre une scolarité régulière.",
            ]),
            new("3. Les obstacles à l'école ordinaire",
            [
                "Beaucoup de directeurs d'école refusent d'inscrire un enfant handicapé en expliquant que leurs enseignants ne sont pas formés pour l'accueillir. Les classes comptent souvent plus de quatre-vingts élèves, et les maîtres disent manquer de temps pour accompagner un enfant qui apprend plus lentement ou qui ne voit pas le tableau.",
                "Les manuels en braille, les loupes et les appareils auditifs sont presque introuvables hors des capitales. Les rares écoles spécialisées, souvent gérées par des congrégations religieuses ou des organisations non gouvernementales, sont situées à Cotonou, Porto-Novo et Lomé et demandent des frais de pension que la majorité des familles ne peuvent pas payer.",
                "Les moqueries des autres élèves sont une raison fréquente d'abandon. Plusieurs enfants racontent avoir été surnommés par leur handicap, bousculés dans la cour ou tenus à l'écart des jeux, sans que les enseignants interviennent.",
            ]),
            new("4. Croyances, honte et enfants cachés",
            [
                "Dans plusieurs villages, la naissance d'un enfant handicapé est attribuée à une malédiction, à la sorcellerie ou à une faute commise par la mère. Certaines mères disent avoir été chassées du foyer par leur mari ou accusées par leur belle-famille d'avoir mis au monde un enfant-serpent.",
                "Par honte ou par peur du regard des voisins, des familles gardent l'enfant à l'intérieur de la concession pendant des années. Les relais communautaires ont rencontré des enfants attachés à un poteau pendant que les parents partaient aux champs, faute de personne pour les surveiller.",
                "Des cas d'infanticide d'enfants nés avec une malformation ont été rapportés par des agents de santé dans le nord du Bénin, où certains nouveau-nés sont encore considérés comme des enfants sorciers.",
            ]),
            new("5. Accès aux soins et à la réadaptation",
            [
                "Les centres de réadaptation fonctionnelle sont peu nombreux et concentrés dans les grandes villes. Une famille de l'Atacora doit parfois voyager une journée entière pour une séance de rééducation, et la plupart abandonnent après quelques visites à cause du coût du transport et de l'hébergement.",
                "Les fauteuils roulants, les prothèses et les orthèses sont fabriqués en petit nombre et vendus à un prix qui dépasse plusieurs mois de revenu d'un ménage rural. Les dons d'appareils par des associations étrangères ne sont pas toujours adaptés à la taille de l'enfant ni réparables sur place.",
                "Le dépistage précoce reste rare : les agents de santé des centres de santé de base ne sont pas formés à repérer les retards de développement, si bien que beaucoup de handicaps ne sont identifiés qu'à l'entrée à l'école, voire jamais.",
            ]),
            new("6. Cadre juridique et politiques publiques",
            [
                "Le Bénin a adopté en 2017 une loi portant protection et promotion des droits des personnes handicapées, qui prévoit la gratuité de l'enseignement et des soins pour les enfants handicapés. Les décrets d'application et la carte d'invalidité qui donne accès à ces droits ne sont toutefois connus que d'une minorité de parents.",
                "Le Togo a ratifié la Convention relative aux droits des personnes handicapées et dispose d'une loi de protection sociale des personnes handicapées adoptée en 2004. Une stratégie d'éducation inclusive a été lancée, mais elle ne couvre encore que quelques écoles pilotes dans la région Maritime.",
            ]),
            new("7. Recommandations",
            [
                "Les ministères de l'éducation doivent intégrer l'éducation inclusive dans la formation initiale de tous les enseignants et recruter des enseignants itinérants spécialisés pour les écoles rurales.",
                "Les ministères de la santé doivent prendre en charge gratuitement les appareils et la rééducation des enfants handicapés et former les agents de santé au dépistage précoce.",
                "Les autorités locales et les chefs religieux devraient mener des campagnes contre les croyances qui associent le handicap à la sorcellerie et protéger les nouveau-nés menacés.",
            ]),
        ]);

    public static readonly UnseenReports.Report Tourism = new(
        TourismFile,
        "Exploitation sexuelle des enfants dans le voyage et le tourisme : Petite-Côte, Saly et Cap-Vert",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["SN", "CV"], Language = "fr", Publisher = "Réseau d'essai contre l'exploitation des enfants dans le tourisme (exemple)" },
        [
            new("Résumé",
            [
                "Ce rapport examine l'exploitation sexuelle des enfants liée au voyage et au tourisme sur la Petite-Côte sénégalaise, en particulier à Saly, Mbour et Somone, et dans les îles de Sal et de Boa Vista au Cap-Vert. Il s'appuie sur des entretiens avec 312 enfants et jeunes rencontrés sur les plages et dans les quartiers, sur des échanges avec des hôteliers, des guides, des policiers et des travailleurs sociaux, et sur l'analyse de dossiers judiciaires.",
                "L'exploitation ne se limite pas aux touristes étrangers de passage : elle implique aussi des résidents expatriés, des voyageurs d'affaires et des nationaux. Elle se déplace des hôtels vers les résidences louées entre particuliers, où aucun contrôle n'est exercé.",
            ]),
            new("1. Méthodologie",
            [
                "Les entretiens ont été menés entre octobre 2023 et mars 2024 par des éducateurs de rue connus des enfants, en wolof, en sérère, en créole cap-verdien ou en français. Les enfants ont été rencontrés sur les plages, près des bars et des discothèques, et dans les centres d'accueil qui les suivent.",
                "Les informations sur les clients et les intermédiaires reposent sur les récits des enfants et des professionnels. Elles ne permettent pas d'estimer le nombre total d'enfants exploités, mais elles décrivent les lieux, les moments et les manières dont les contacts se nouent.",
            ]),
            new("2. Les lieux et les saisons de l'exploitation",
            [
                "Sur la Petite-Côte, l'exploitation se concentre pendant la haute saison, de novembre à avril, lorsque les vols nolisés amènent des touristes européens. Les enfants rencontrés disent être abordés sur la plage par des vendeurs ambulants ou des « guides » qui proposent des rencontres aux visiteurs.",
                "À Saly, les appartements et les villas louées à la semaine ont remplacé les hôtels comme lieu principal des abus. Les gardiens de ces résidences ferment les yeux en échange d'un pourboire, et les enfants y sont amenés en taxi ou à moto par des intermédiaires.",
                "Au Cap-Vert, les îles de Sal et de Boa Vista ont connu une croissance rapide des complexes hôteliers. Des jeunes filles venues d'autres îles pour travailler dans la restauration ou la vente d'artisanat sont approchées à la sortie des discothèques.",
            ]),
            new("3. Profil des enfants rencontrés",
            [
                "Le tableau suivant présente, pour chaque site, le nombre d'enfants rencontrés, la part des filles, la part des enfants ayant quitté l'école et la part de ceux qui disent avoir reçu de l'argent ou des cadeaux d'un touriste en échange d'un acte sexuel.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Enfants et jeunes rencontrés par site, selon le sexe, la scolarité et les échanges avec des touristes (2023-2024)",
                ["Site", "Enfants rencontrés", "Filles", "Hors de l'école", "Argent ou cadeaux reçus"],
                [
                    ["Saly", "104", "62 %", "48 %", "37 %"],
                    ["Mbour et Somone", "87", "55 %", "53 %", "26 %"],
                    ["Sal (CV)", "69", "71 %", "34 %", "42 %"],
                    ["Boa Vista (CV)", "52", "67 %", "39 %", "33 %"],
                ],
                [57, 175, 280, 360, 460]),
            [
                "Les garçons sont nombreux parmi les enfants exploités à Saly et Mbour, souvent des enfants qui vivent dans la rue ou qui vendent des objets sur la plage. Leur exploitation est moins souvent reconnue, et les services d'accueil ont peu de places pour eux.",
            ]),
            new("4. Les mécanismes de l'exploitation",
            [
                "La plupart des enfants ne se décrivent pas comme des victimes. Ils parlent de « petits amis » étrangers qui paient les frais de scolarité, un téléphone ou des vêtements, et qui promettent parfois un visa pour l'Europe. Ces relations durent souvent plusieurs saisons, le client revenant chaque année.",
                "Les réseaux sociaux et les applications de rencontre permettent désormais aux clients de prendre contact avec des adolescents avant même leur arrivée. Des photos d'enfants circulent dans des groupes fermés, et les rendez-vous sont fixés par messagerie.",
                "Certaines familles tolèrent la situation parce que l'argent reçu fait vivre tout le ménage. Des parents disent ignorer l'âge du « bienfaiteur » ou préférer ne pas poser de questions.",
            ]),
            new("5. La réponse des autorités et du secteur touristique",
            [
                "Au Sénégal, la loi de 2005 relative à la lutte contre la traite des personnes et le Code pénal répriment l'exploitation sexuelle des mineurs. La brigade des mœurs et la police touristique de Saly ont arrêté plusieurs étrangers, mais une partie d'entre eux ont quitté le pays avant leur procès après avoir été remis en liberté provisoire.",
                "Quelques grands hôtels ont signé le Code de conduite pour la protection des enfants et forment leur personnel à repérer les situations suspectes. Les petites résidences, les bars de plage et les plateformes de location en ligne restent en dehors de ces engagements.",
                "Au Cap-Vert, le Statut de l'enfant et de l'adolescent protège les mineurs contre l'exploitation sexuelle, et l'Institut cap-verdien de l'enfant et de l'adolescent gère des centres d'accueil d'urgence. Les professionnels regrettent toutefois l'absence de coopération avec les pays d'origine des touristes pour poursuivre les auteurs rentrés chez eux.",
            ]),
            new("6. Recommandations",
            [
                "Les États doivent appliquer la compétence extraterritoriale et coopérer avec les pays d'origine des voyageurs pour que les auteurs soient jugés même après leur départ.",
                "Les ministères du tourisme devraient rendre obligatoire la signature du Code de conduite pour toute licence d'hébergement, y compris les locations meublées entre particuliers.",
                "Les services sociaux doivent ouvrir des lieux d'accueil pour les garçons exploités et financer les éducateurs de rue qui suivent les enfants sur les plages pendant la haute saison.",
            ]),
        ]);

    public static readonly UnseenReports.Report Migration = new(
        MigrationFile,
        "Children on the move through Agadez: unaccompanied minors on the route from Niger to Libya",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["NE"], Language = "en", Publisher = "Sahel Mobility Research Trial Unit (example)" },
        [
            new("Summary",
            [
                "This report examines the situation of children travelling through the Agadez region of northern Niger on their way to Libya, and of children returned from Libya or Algeria. It draws on interviews with 640 children aged 10 to 17 met in transit houses, bus stations and reception centres in Agadez, Arlit and Niamey in early 2025, and on discussions with drivers, smugglers, humanitarian staff and officials.",
                "Most children travel without a parent, often with friends from the same village or with an adult who is paid to take them across the desert. They face abandonment in the Sahara, forced labour, detention and sexual violence, yet very few are identified by child protection services.",
            ]),
            new("1. Methodology",
            [
                "Children were approached by trained outreach workers who spoke Hausa, Tamasheq, Kanuri, English or French. Interviews took place in a safe place chosen by the child, and no child was asked to describe events that they did not want to talk about. Children who needed medical care or shelter were referred immediately.",
                "Because the migration route has become clandestine, children who avoid towns and travel directly through the desert are not represented. Ages were self-reported, and some children may have claimed to be adults to avoid being separated from their travel companions.",
            ]),
            new("2. Who the children are and why they leave",
            [
                "Most children come from Niger, Nigeria, Mali, Guinea and Côte d'Ivoire. Boys aged 15 to 17 are the largest group, but the number of girls travelling alone has grown. Many children said they left because their family could not feed them after repeated poor harvests, and some had already worked in gold mines before heading north.",
                "Several children described being sent by their parents, who sold livestock or borrowed money to pay for the journey and expected remittances from Libya. Others left without telling anyone after a conflict at home or the death of a parent.",
            ]),
            new("3. The journey across the desert",
            [
                "Since the 2015 law against the illicit smuggling of migrants was enforced, vehicles leave Agadez at night and take remote tracks to avoid checkpoints. Drivers who fear arrest sometimes leave their passengers in the desert, and children described walking for days without water after a vehicle broke down.",
                "Children travelling on credit must work off their debt when they arrive in the south of Libya. They described being held in locked compounds in Sebha until a relative paid a ransom, and being sold from one smuggler to another.",
                "Girls are at particular risk of rape during the crossing and in transit houses. Some were promised jobs as hairdressers or domestic workers and were then forced into prostitution in mining towns along the route.",
            ]),
            new("4. Returned and expelled children",
            [
                "Each month, groups of migrants expelled from Algeria are left at the border point known as Point Zéro and walk to the village of Assamaka. Children are among them, some separated from their parents during the round-ups, and they arrive exhausted, dehydrated and without documents.",
                "The following table gives, for each site, the number of children interviewed, the share who travelled without a parent, the share who reported having been detained and the share who had been victims of violence during the journey.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Children interviewed by site, travel without a parent, detention and violence reported (2025)",
                ["Site", "Children interviewed", "Without a parent", "Detained", "Violence reported"],
                [
                    ["Agadez", "268", "78%", "22%", "47%"],
                    ["Arlit", "119", "84%", "35%", "59%"],
                    ["Assamaka", "93", "66%", "71%", "63%"],
                    ["Niamey", "160", "58%", "29%", "38%"],
                ],
                [57, 165, 275, 370, 450]),
            [
                "Children returned from Libya by assisted return programmes are often sent home without any assessment of their best interests. Some had been returned to the same family situation they had left and were planning to set out again.",
            ]),
            new("5. Protection services and their gaps",
            [
                "Reception centres in Agadez offer food, health care and family tracing, but places for unaccompanied children are limited, and children above fifteen are often housed with adults. Few social workers speak the languages of children from English-speaking countries.",
                "Niger's child protection system relies on community child protection committees, which are rarely active along the route. Under the Protocol on the free movement of persons of the Economic Community of West African States, children from member states may enter Niger legally, which makes it difficult for the police to tell migration from trafficking.",
                "Cross-border cooperation on family tracing with Mali, Nigeria and Guinea is slow, and some children wait several months in a centre before a decision is taken on their return.",
            ]),
            new("6. Recommendations",
            [
                "The Government of Niger should appoint a guardian for every unaccompanied child identified and ensure that no child is detained for reasons of migration.",
                "Humanitarian agencies should open separate shelters for girls and for children under fifteen in Agadez, Arlit and Assamaka, with staff speaking the children's languages.",
                "Return programmes should carry out a best-interests assessment and follow up each child for at least a year after reunification with the family.",
            ]),
        ]);

    public static readonly UnseenReports.Report SchoolViolence = new(
        SchoolViolenceFile,
        "Corporal punishment and violence in schools in Sierra Leone and Ghana",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["SL", "GH"], Language = "en", Publisher = "West African Safe Schools Trial Network (example)" },
        [
            new("Summary",
            [
                "This study examines corporal punishment and other forms of violence against pupils in primary and junior secondary schools in Sierra Leone, in the Western Area and Kenema district, and in Ghana, in the Greater Accra and Northern regions. It is based on a survey of 2 380 pupils aged 9 to 16 in 72 schools in 2024, on interviews with head teachers, teachers and parents, and on classroom observation.",
                "Caning remains common in both countries despite policies that restrict or forbid it. Pupils also report humiliation by teachers, bullying by classmates and sexual harassment, and many say that fear of punishment makes them skip school or leave it.",
            ]),
            new("1. Methodology",
            [
                "Pupils completed a short questionnaire in class without their teachers present, read aloud in English, Krio, Mende, Twi or Dagbani by trained enumerators. The questionnaire asked about the past school term. Pupils who disclosed serious abuse were offered a meeting with a counsellor and, where they agreed, referred to social welfare services.",
                "Classroom observation took place over two days in each school. Teachers knew they were being observed, so the use of the cane during these days probably understates its ordinary frequency.",
            ]),
            new("2. How common is physical punishment",
            [
                "The following table shows, for each area, the number of pupils surveyed and the share who reported having been beaten with a cane or a stick, made to kneel or stand in the sun, or insulted by a teacher during the past term.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Pupils reporting punishment by a teacher during the past term, by area (2024 survey)",
                ["Area", "Pupils surveyed", "Caned or beaten", "Kneeling or sun", "Insulted"],
                [
                    ["Western Area (SL)", "610", "68%", "41%", "36%"],
                    ["Kenema (SL)", "540", "81%", "57%", "43%"],
                    ["Greater Accra (GH)", "650", "52%", "33%", "28%"],
                    ["Northern (GH)", "580", "74%", "49%", "39%"],
                ],
                [57, 185, 285, 375, 465]),
            [
                "Boys are beaten more often than girls, and younger pupils more often than older ones. In rural schools, pupils said that they were caned for arriving late after fetching water or for failing to pay levies on time.",
            ]),
            new("3. Humiliation, bullying and sexual harassment",
            [
                "Many pupils described being mocked in front of the class for wrong answers, called stupid or compared with animals. These words hurt them more, several said, than the cane, and some no longer dared to answer questions in class.",
                "Bullying by older pupils is widespread in boarding schools, where newcomers are made to wash clothes, hand over food or perform degrading tasks at night. Prefects are sometimes allowed by teachers to punish younger pupils physically.",
                "Girls in junior secondary schools reported teachers offering better marks in exchange for sexual favours, a practice they called sex for grades. Very few cases were reported to the head teacher, because girls feared being blamed or failing their examinations.",
            ]),
            new("4. Why teachers still use the cane",
            [
                "Teachers said that large classes, often with more than sixty pupils, make it difficult to keep order without the cane. Many believe that physical punishment is needed to raise disciplined children, and that parents expect it.",
                "Few teachers have been trained in positive discipline, and those who were trained said they lacked support to apply it. Head teachers often keep a cane in their office as a symbol of authority, and record books of punishment are rarely kept.",
                "Parents interviewed were divided: most accepted moderate caning, but several had withdrawn their children after a beating left visible injuries, and one family had taken a teacher to the police.",
            ]),
            new("5. Effects on learning and attendance",
            [
                "Pupils who reported frequent beating were more likely to say that they had missed school in the past month out of fear. Teachers in Kenema noted that some pupils stopped coming after being punished in front of their classmates.",
                "Counsellors described children with sleep problems, bedwetting and anxiety linked to violence at school. Pupils with disabilities and pupils from poor families were more often singled out for punishment.",
            ]),
            new("6. Laws and policies",
            [
                "In Ghana, the Ghana Education Service issued guidelines in 2019 banning the caning of pupils and promoting positive discipline, but the Children's Act does not yet prohibit all corporal punishment. In Sierra Leone, the Child Rights Act and the Basic and Senior Secondary Education Act protect children from violence, and the radical inclusion policy calls for schools free from violence.",
                "In both countries, complaints against teachers are usually settled within the school or by the teachers' union. The study found no case in which a teacher had lost their post for beating a pupil.",
            ]),
            new("7. Recommendations",
            [
                "Parliaments should prohibit corporal punishment in all settings, including schools and homes, and ministries should issue codes of conduct with clear sanctions.",
                "Teacher training colleges should teach positive discipline and classroom management, and head teachers should report every use of physical punishment.",
                "Every school should have a trained focal person and a confidential way for pupils to report abuse, linked to the social welfare services.",
            ]),
        ]);

    public static IReadOnlyList<UnseenReports.Report> All { get; } = [Disability, Tourism, Migration, SchoolViolence];
}
