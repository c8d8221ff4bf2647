using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set L of the held-out search evaluation (<see cref="UnseenQuestionsL"/>): four more reports, written
/// blind to the glossary, the lexicon, the query understanding, the ranking and the results of sets A
/// to K. Two in French (Côte d'Ivoire and Bénin, adolescents drawn into online fraud, the « brouteurs »,
/// as a PDF; Mauritanie and Niger, descent-based slavery and the children born into it, as a Word file)
/// and two in English (Liberia and Sierra Leone, sexual exploitation and abuse of children by aid
/// workers and peacekeepers; Nigeria, trafficking of girls and young women from Edo State towards
/// Europe through Niger and Libya; both PDFs). Each has headings, several pages and exactly one table
/// with a caption. <b>Every figure, survey, case and finding in them is invented test data</b>; laws,
/// courts, programmes and institutions are named as reports of the region name them. Files are
/// produced by <see cref="UnseenReports.Bytes"/>.
/// </summary>
internal static class UnseenReportsL
{
    public const string FraudFile = "ci-bj-brouteurs-cybercriminalite-adolescents-2025.pdf";
    public const string SlaveryFile = "mr-ne-esclavage-par-ascendance-enfants-2024.docx";
    public const string AidAbuseFile = "lr-sl-sexual-exploitation-aid-workers-peacekeepers-2024.pdf";
    public const string EdoFile = "ng-edo-trafficking-girls-europe-libya-2025.pdf";

    public static readonly UnseenReports.Report Fraud = new(
        FraudFile,
        "Les « brouteurs » : adolescents et cybercriminalité en Côte d'Ivoire et au Bénin",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["CI", "BJ"], Language = "fr", Publisher = "Observatoire d'essai sur la jeunesse et le numérique (exemple)" },
        [
            new("Résumé",
            [
                "Cette étude porte sur les adolescents impliqués dans l'escroquerie en ligne, appelés « brouteurs » à Abidjan comme à Cotonou. Elle repose sur des entretiens avec 840 garçons et filles de 12 à 19 ans rencontrés dans les quartiers de Yopougon et d'Abobo en Côte d'Ivoire, et à Cotonou, Abomey-Calavi et Porto-Novo au Bénin, ainsi que sur des échanges avec des parents, des enseignants, des policiers, des magistrats et des gérants de cybercafés.",
                "Le broutage n'est plus une activité marginale de quelques jeunes adultes. Il attire des collégiens de plus en plus jeunes, fascinés par l'argent rapide et par la réussite affichée de leurs aînés. Les filles y occupent une place souvent ignorée, tantôt complices, tantôt exploitées. La réponse publique reste centrée sur la répression, alors que les mineurs devraient d'abord être protégés.",
                "Les entretiens ont été conduits entre janvier et juin 2025 par des animateurs de quartier et des travailleurs sociaux formés, en français, en nouchi, en fon ou en goun. Les adolescents ont été approchés dans les cybercafés, les maquis, les terrains de football et les centres de sauvegarde, toujours avec leur accord et sans enregistrement de leur nom. Aucun policier n'était présent lors des entretiens.",
                "Les jeunes décrivent des pratiques illégales, et certains ont sans doute minimisé ou exagéré leurs gains. Les chiffres présentés ici décrivent les adolescents rencontrés et ne peuvent pas être étendus à l'ensemble des jeunes des deux pays. Des dossiers judiciaires de mineurs poursuivis à Abidjan et à Cotonou ont également été consultés avec l'autorisation des tribunaux. Les adolescents qui avaient déjà été arrêtés ont été interrogés à part.",
            ]),
            new("1. Comment les garçons entrent dans le broutage",
            [
                "La plupart des garçons disent avoir été initiés par un aîné du quartier qui leur a d'abord confié des tâches simples : ouvrir des comptes sur les réseaux sociaux, copier des messages types ou chercher des photos de femmes sur internet. Ces petits travaux sont payés quelques milliers de francs et servent d'apprentissage. Beaucoup se sont vu offrir leur premier smartphone par celui qui les recrute.",
                "Les adolescents travaillent ensuite en « écuries » de cinq à quinze jeunes, sous l'autorité d'un chef appelé « boss » ou « parrain », qui fournit la connexion, les cartes SIM et les comptes de transfert d'argent. Le chef garde la plus grande part des sommes obtenues et revend parfois les contacts des victimes à d'autres groupes. Les plus jeunes ne voient presque jamais l'argent des victimes, qui transite par des intermédiaires adultes.",
                "Les arnaques les plus courantes sont les fausses relations amoureuses avec des personnes âgées vivant en Europe ou en Amérique du Nord, les fausses ventes d'animaux ou de véhicules et les faux héritages. Les victimes étrangères sont contactées pendant la nuit, à cause du décalage horaire, ce qui prive les garçons de sommeil et les éloigne de l'école. Les garçons apprennent à se faire passer pour des militaires, des médecins ou des veuves étrangères.",
            ]),
            new("2. Gains, dépenses et étalage de la richesse",
            [
                "Le tableau suivant présente, pour chaque quartier ou ville, le nombre d'adolescents interrogés qui disent avoir participé au broutage, l'âge moyen auquel ils ont commencé, le gain mensuel médian qu'ils déclarent et la part de ceux qui ne sont plus scolarisés. Les gains déclarés varient fortement d'un mois à l'autre, et plusieurs garçons disent n'avoir rien gagné pendant de longues périodes. Les montants indiqués sont ceux que les adolescents disent garder pour eux après la part du chef.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Adolescents impliqués dans le broutage, par quartier ou ville (enquête 2025)",
                ["Quartier ou ville", "Adolescents interrogés", "Âge moyen au début", "Gain mensuel médian (FCFA)", "Non scolarisés"],
                [
                    ["Yopougon (CI)", "214", "14 ans", "85 000", "58 %"],
                    ["Abobo (CI)", "176", "15 ans", "60 000", "63 %"],
                    ["Cotonou (BJ)", "198", "15 ans", "120 000", "49 %"],
                    ["Abomey-Calavi (BJ)", "162", "16 ans", "150 000", "41 %"],
                    ["Porto-Novo (BJ)", "90", "15 ans", "70 000", "55 %"],
                ],
                [57, 170, 270, 370, 465]),
            [
                "L'argent gagné est dépensé aussi vite qu'il arrive. Les jeunes louent des voitures de luxe pour le week-end, achètent des vêtements de marque et se filment en train de jeter des liasses de billets sur les danseurs dans les maquis. Ces vidéos, diffusées sur les réseaux sociaux, servent de publicité auprès des plus jeunes et renforcent l'image du brouteur comme modèle de réussite.",
            ]),
            new("3. Le « broutage mystique » et les rituels",
            [
                "Une partie des adolescents rencontrés disent avoir consulté un féticheur ou un marabout pour que leurs victimes cèdent plus facilement. Ce que les jeunes appellent le « broutage mystique » ou le « coupé-décalé spirituel » comprend des bains rituels, des amulettes cousues dans les vêtements et des offrandes de poulets ou de moutons. Ces rituels sont présentés par les aînés comme la clé des plus gros gains.",
                "Les prix demandés par les féticheurs augmentent avec les gains espérés. Certains garçons racontent avoir été obligés de respecter des interdits sévères, comme ne pas se laver pendant plusieurs jours ou dormir dans un cimetière, sous peine de folie ou de mort. D'autres disent avoir dû remettre au féticheur une partie de chaque somme reçue, et craignent encore aujourd'hui les conséquences d'un arrêt de ces paiements.",
                "Ces pratiques exposent les adolescents à des violences et à une forte détresse psychologique. Plusieurs travailleurs sociaux ont suivi des jeunes convaincus d'avoir été maudits après une escroquerie ratée, et des familles disent avoir dépensé leurs économies pour faire lever un sort. Les centres de santé mentale sont rares, et les parents se tournent plus volontiers vers les églises et les guérisseurs.",
            ]),
            new("4. Abandon de l'école et place des filles",
            [
                "Les enseignants des collèges de Yopougon et d'Abomey-Calavi décrivent des élèves qui dorment en classe, manquent les cours du matin puis cessent de venir dès qu'ils gagnent leurs premiers revenus. Pour beaucoup de garçons, l'école paraît inutile lorsque des camarades sans diplôme circulent en voiture. Les chefs d'établissement disent manquer de moyens pour rechercher les absents et prévenir les familles, et les conseillers d'orientation sont trop peu nombreux pour suivre chaque cas.",
                "Les filles sont rarement à la tête des escroqueries, mais elles y sont utilisées de plusieurs manières. Leurs photos et leur voix servent à tromper les victimes lors des appels vidéo, et certaines sont poussées à poser nues devant la caméra. Ces images sont ensuite réutilisées sans leur accord. Plusieurs adolescentes ignoraient que leurs images circulaient encore sur des sites étrangers.",
                "Des adolescentes décrivent aussi des relations avec des brouteurs plus âgés qui les couvrent de cadeaux puis exigent des rapports sexuels ou les prêtent à leurs amis. Celles qui veulent partir sont menacées de voir leurs photos intimes publiées. Peu d'entre elles osent porter plainte, de peur d'être elles-mêmes poursuivies pour complicité d'escroquerie, et les services sociaux les repèrent rarement.",
            ]),
            new("5. Police, unités de cybercriminalité et justice des mineurs",
            [
                "En Côte d'Ivoire, la Plateforme de lutte contre la cybercriminalité reçoit les plaintes et mène des opérations dans les cybercafés. Au Bénin, l'Office central de répression de la cybercriminalité conduit des rafles dans les quartiers d'Abomey-Calavi. Ces opérations arrêtent souvent des adolescents en même temps que des adultes, et les mineurs passent parfois plusieurs jours en garde à vue dans les mêmes cellules que les majeurs.",
                "Au Bénin, le Code du numérique punit sévèrement l'escroquerie en ligne, et la Cour de répression des infractions économiques et du terrorisme juge une grande partie des dossiers. Les avocats rencontrés estiment que les garanties prévues pour les enfants en conflit avec la loi ne sont pas toujours appliquées devant cette juridiction spécialisée. Les dossiers consultés montrent des délais de détention provisoire de plusieurs mois pour des adolescents.",
                "Les juges des enfants rencontrés à Abidjan privilégient la liberté surveillée et le placement éducatif, mais les centres d'observation des mineurs manquent de places et de programmes adaptés. Aucun des dossiers consultés ne mentionne une évaluation de l'exploitation que les adolescents subissent eux-mêmes de la part des chefs d'écurie. Les éducateurs manquent aussi pour accompagner le retour en famille des adolescents.",
            ]),
            new("6. Prévention avec les familles et les écoles",
            [
                "Beaucoup de parents savent d'où vient l'argent de leur fils mais se taisent. Des mères expliquent que le garçon paie le loyer, les frais de scolarité des cadets ou les ordonnances, et qu'il est devenu difficile de lui interdire quoi que ce soit. D'autres familles, au contraire, ont envoyé leur enfant au village pour l'éloigner des écuries. Certaines ont consulté un pasteur ou un imam pour obtenir de l'aide.",
                "Quelques collèges d'Abidjan et de Cotonou ont organisé des causeries sur les risques de la cybercriminalité avec d'anciens brouteurs repentis. Les élèves disent avoir été plus marqués par ces témoignages que par les campagnes d'affichage de la police. Des clubs d'informatique proposent aussi d'orienter les talents numériques des jeunes vers des métiers légaux. Ces initiatives restent ponctuelles et dépendent de la bonne volonté de quelques enseignants.",
            ]),
            new("7. Recommandations",
            [
                "Les autorités de Côte d'Ivoire et du Bénin doivent traiter les adolescents recrutés par des réseaux de cyberescroquerie d'abord comme des enfants exploités, séparer les mineurs des adultes lors des arrestations et confier leurs dossiers aux juges des enfants. Les poursuites doivent viser en priorité les chefs d'écurie et les adultes qui recrutent des enfants. Les deux pays devraient aussi coopérer avec les pays des victimes étrangères.",
                "Les ministères de l'éducation devraient intégrer l'éducation au numérique et à la cybercriminalité dans les programmes des collèges, former les enseignants à repérer les élèves qui décrochent et soutenir les parents par des groupes de parole. Des formations professionnelles dans le numérique devraient être proposées aux adolescents qui quittent le broutage. Les opérateurs de téléphonie mobile et de transfert d'argent devraient signaler les comptes utilisés par des mineurs.",
            ]),
        ]);

    public static readonly UnseenReports.Report Slavery = new(
        SlaveryFile,
        "Enfants nés dans la servitude : esclavage par ascendance en Mauritanie et au Niger",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["MR", "NE"], Language = "fr", Publisher = "Collectif d'essai contre l'esclavage par ascendance (exemple)" },
        [
            new("Résumé",
            [
                "Ce rapport examine la situation des enfants issus de familles d'ascendance servile en Mauritanie, dans le Hodh Ech Chargui, l'Assaba et à Nouakchott, et au Niger, dans les régions de Tahoua et de Tillabéri. Il repose sur 700 entretiens avec des enfants de 8 à 17 ans et leurs mères, menés en 2024 par des militants d'organisations locales, et sur l'analyse de décisions de justice.",
                "Bien que l'esclavage soit aboli et criminalisé dans les deux pays, des enfants continuent de naître dans des familles considérées comme appartenant à d'autres. Ils travaillent sans salaire, n'ont souvent pas d'acte de naissance et sont exclus de l'héritage et de l'école. Les enquêteurs ont interrogé les enfants hors de la présence des maîtres, en hassaniya, en pulaar, en tamasheq ou en haoussa.",
            ]),
            new("1. Naître d'une mère tenue en servitude",
            [
                "Selon la coutume encore invoquée dans certains campements, le statut servile se transmet par la mère : l'enfant d'une femme considérée comme esclave appartient au maître de celle-ci, quel que soit son père. Plusieurs mères interrogées ne savent pas qui a déclaré leurs enfants ni même s'ils ont été déclarés. D'autres affirment que les enfants ont été inscrits au nom du maître, sans mention du véritable père, ce qui complique toute démarche ultérieure.",
                "Dès l'âge de cinq ou six ans, ces enfants sont séparés de leur mère pour servir dans une autre tente de la famille du maître, parfois à des centaines de kilomètres. Les mères disent ne pas avoir le droit de s'y opposer et ne revoient leurs enfants qu'à l'occasion des fêtes. Certains enfants sont aussi donnés en cadeau lors d'un mariage.",
                "Les enfants de ces familles grandissent avec l'idée qu'ils doivent obéissance aux descendants des anciens maîtres. Des adolescents interrogés dans l'Assaba expliquent qu'ils n'osent pas refuser un travail demandé, même lorsque leurs parents ont quitté le campement depuis plusieurs années. Les moqueries sur leur origine sont fréquentes à l'école comme au marché, et certains jeunes cachent le nom de leur famille pour y échapper lorsqu'ils arrivent en ville.",
            ]),
            new("2. Travail domestique et garde des troupeaux",
            [
                "Le tableau suivant présente, pour chaque zone, le nombre d'enfants interrogés, la part de ceux qui travaillent pour une autre famille sans être payés, la part des enfants sans acte de naissance et la part des enfants inscrits à l'école. Les enfants ont été interrogés séparément de leurs parents, et les réponses sur l'acte de naissance ont été vérifiées chaque fois que la famille pouvait montrer un document. Les chiffres de Nouakchott concernent des familles installées en périphérie depuis moins de dix ans.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Enfants de familles d'ascendance servile interrogés, par zone (enquête 2024)",
                ["Zone", "Enfants interrogés", "Travail sans salaire", "Sans acte de naissance", "Inscrits à l'école"],
                [
                    ["Hodh Ech Chargui (MR)", "184", "57 %", "68 %", "22 %"],
                    ["Assaba (MR)", "142", "49 %", "61 %", "29 %"],
                    ["Nouakchott (MR)", "120", "31 %", "44 %", "46 %"],
                    ["Tahoua (NE)", "156", "53 %", "72 %", "18 %"],
                    ["Tillabéri (NE)", "98", "45 %", "66 %", "24 %"],
                ],
                []),
            [
                "Les garçons gardent les chameaux, les chèvres et les bovins du maître, souvent seuls pendant des semaines loin du campement, et les filles puisent l'eau, pilent le mil, préparent les repas et s'occupent des enfants de la famille. Aucun d'eux ne reçoit de salaire : ils sont nourris, habillés une fois par an et parfois récompensés par un animal que le maître peut reprendre à tout moment.",
            ]),
            new("3. La wahaya ou « cinquième épouse » au Niger",
            [
                "Dans certaines zones de Tahoua, des hommes riches achètent une jeune fille d'ascendance servile comme « wahaya », ou cinquième épouse, au-delà des quatre épouses permises par la coutume. La fille, souvent âgée de moins de quinze ans, n'a aucun des droits d'une épouse légitime et sert à la fois de domestique et de partenaire sexuelle. Elle peut être revendue ou cédée à un autre homme.",
                "Les enfants nés de ces unions ne sont pas toujours reconnus par leur père. Plusieurs femmes anciennement wahaya racontent que leurs fils ont été privés de la part d'héritage revenant aux enfants des épouses légitimes, et que leurs filles ont à leur tour été données à un homme du même cercle. Certaines mères ont fui avec leurs enfants vers Niamey ou vers le Nigeria voisin.",
                "En 2008, la Cour de justice de la CEDEAO a condamné le Niger pour ne pas avoir protégé une ancienne wahaya contre l'esclavage. Cette décision est connue des militants, mais rares sont les femmes des villages enquêtés qui en ont entendu parler. Les chefs traditionnels interrogés nient pour la plupart que la pratique existe encore, alors que plusieurs cas récents ont été signalés aux associations locales.",
            ]),
            new("4. Sans acte de naissance, sans héritage, sans école",
            [
                "L'absence d'acte de naissance est au cœur de l'exclusion de ces enfants. En Mauritanie, l'enrôlement biométrique à l'état civil exige des documents des parents que les familles d'ascendance servile ne possèdent souvent pas, et sans numéro national d'identification l'enfant ne peut pas passer les examens scolaires. Au Niger, les naissances à domicile dans les campements sont rarement déclarées dans les délais légaux.",
                "Lorsqu'un homme d'ascendance servile meurt, sa famille d'anciens maîtres réclame parfois ses biens, ses animaux ou sa terre, au motif qu'un esclave ne possède rien en propre. Des veuves racontent avoir dû céder le troupeau de leur mari, laissant leurs enfants sans ressources. Les cadis saisis de ces litiges appliquent souvent une lecture de la coutume favorable aux anciens maîtres, et les familles n'ont ni les moyens ni les appuis pour faire appel.",
                "La scolarisation reste faible, surtout en milieu rural. Les enfants qui vont à l'école arrivent souvent tard, après avoir terminé les corvées du matin, et quittent la classe avant la fin du primaire. Plusieurs enseignants reconnaissent que ces élèves sont placés au fond de la salle et rarement interrogés. Les filles sont retirées de l'école plus tôt que les garçons, pour aider aux travaux.",
            ]),
            new("5. La loi de 2015 et les tribunaux spéciaux",
            [
                "La Mauritanie a adopté en 2015 une loi qui définit l'esclavage comme un crime contre l'humanité et punit de dix à vingt ans de réclusion le fait de réduire une personne en esclavage. Cette loi a créé trois tribunaux spéciaux compétents pour les infractions esclavagistes, à Nouakchott, à Nouadhibou et à Néma. La loi interdit aussi de priver un enfant d'éducation en raison de son statut.",
                "Les militants rencontrés notent que peu d'affaires parviennent jusqu'à ces juridictions. Des plaintes sont requalifiées en simples conflits de travail ou en litiges familiaux par la police et le parquet, et des victimes ont subi des pressions pour retirer leur plainte. Les peines prononcées sont souvent inférieures au minimum prévu par la loi. Les enfants entendus par les juges sont rarement assistés d'un psychologue ou d'un travailleur social.",
                "Au Niger, le Code pénal réprime l'esclavage depuis sa révision de 2003, mais les poursuites restent très rares. Les victimes doivent souvent parcourir de longues distances pour porter plainte et dépendent du soutien d'une association pour obtenir un avocat. Plusieurs affaires ont été réglées par une médiation coutumière, sans que l'auteur soit sanctionné, et les victimes sont ensuite retournées vivre près de leurs anciens maîtres.",
            ]),
            new("6. Société civile et réinsertion des enfants",
            [
                "Des organisations comme SOS-Esclaves et l'Initiative pour la résurgence du mouvement abolitionniste en Mauritanie, et Timidria au Niger, accompagnent les victimes devant la justice, dénoncent les cas et mènent des campagnes de sensibilisation. Leurs militants ont parfois été arrêtés ou poursuivis pour avoir manifesté. Elles tiennent aussi des registres des cas signalés, qui constituent souvent la seule source d'information disponible, et orientent les enfants vers les écoles ou les centres de formation de leur région.",
                "Lorsqu'un enfant quitte la famille du maître, il a besoin d'un hébergement, d'un accompagnement psychologique et d'une place à l'école ou en apprentissage. Les rares centres d'accueil dépendent de financements étrangers et ne peuvent suivre les enfants que quelques mois. Les mères libérées, sans terre ni revenu, peinent à nourrir les enfants qu'elles retrouvent. Quelques programmes donnent aux mères du petit bétail ou une parcelle à cultiver.",
            ]),
            new("7. Recommandations",
            [
                "Les autorités mauritaniennes doivent donner aux tribunaux spéciaux les moyens de juger les affaires dans des délais raisonnables, sanctionner les agents qui requalifient les plaintes et garantir une aide juridictionnelle gratuite aux victimes et à leurs enfants. Le Niger devrait créer des juridictions ou des chambres spécialisées sur le même modèle. Les deux pays devraient publier chaque année le nombre de plaintes, de poursuites et de condamnations.",
                "Les deux États doivent organiser des audiences foraines d'état civil dans les zones rurales pour délivrer un acte de naissance à chaque enfant, sans exiger de documents que les familles ne peuvent pas fournir. Les programmes de réinsertion devraient associer logement, scolarisation, formation et accès à la terre pour les mères et leurs enfants. Les écoles devraient accueillir ces enfants sans frais.",
            ]),
        ]);

    public static readonly UnseenReports.Report AidAbuse = new(
        AidAbuseFile,
        "Sexual exploitation and abuse of children by aid workers and peacekeepers in Liberia and Sierra Leone",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["LR", "SL"], Language = "en", Publisher = "Accountability to Children Trial Institute (example)" },
        [
            new("Summary",
            [
                "This report examines the sexual exploitation and abuse of children by humanitarian workers, contractors and United Nations peacekeepers in Liberia and Sierra Leone, during and after the armed conflicts and the Ebola response. It draws on interviews with 410 young people who were children at the time of the events, with their mothers, with staff of aid agencies and with community leaders in Monrovia, Nimba, Freetown, Kenema and Kailahun.",
                "Most abuse took the form of exchanges in which girls obtained food, money or favours from men who held power over scarce resources. Very few children reported what happened, very few perpetrators were investigated, and children born of these relationships were left without the support of their fathers. The report describes these patterns and the responses of agencies and missions, and sets out what children and their mothers asked for.",
            ]),
            new("1. Methodology",
            [
                "Interviews were carried out in 2024 by female researchers from the communities concerned, in English, Liberian English, Krio, Mende or Kpelle. Participants chose the place of the interview and could stop at any time. Those who wished to make a formal complaint were accompanied to the relevant reporting channel, and all were offered counselling. No names were recorded in interview notes.",
                "The study also reviewed public records of allegations published by the United Nations and by aid agencies, and spoke with investigators and protection officers. Because much of the abuse took place years ago, memories of dates and places are sometimes imprecise, and the figures cannot describe the full extent of abuse in either country. Allegations were counted only once when they appeared in several sources.",
            ]),
            new("2. Transactional relationships and food distribution",
            [
                "Many participants described relationships in which a girl, often aged thirteen to sixteen, received rice, cooking oil, soap or small sums of money from a man employed by an aid agency or a contractor. The girls rarely called this abuse. They spoke of a boyfriend who helped the family, while their mothers often knew and accepted it because the household had nothing else to eat.",
                "Food distribution points were the places most often mentioned. Girls said that men in charge of registration lists or ration cards asked for sex in exchange for adding a family to the list or giving a larger share. Others were approached by drivers and guards at the gates of compounds. Girls in families headed by a grandmother or an older sibling, without an adult man at home, were approached most often.",
                "Near peacekeeping bases, girls were paid for sex with money, mobile phone credit or food from the base. Several young women described being taken into the base at night, and some said that soldiers from the same contingent passed their phone numbers to one another. Older girls sometimes brought younger friends to the gates, receiving a small share of what the younger girls were paid.",
            ]),
            new("3. Children fathered and left behind",
            [
                "A large number of the young women interviewed had given birth to a child whose father was a peacekeeper or an aid worker. Most fathers left the country at the end of their deployment or contract, often without knowing of the pregnancy or after refusing to acknowledge it. The children are known in some communities by names that refer to the father's nationality or unit.",
                "Mothers described raising these children alone, often after being rejected by their own families. Several had left school because of the pregnancy, and many of the children have no father's name on their birth record, which later creates difficulties for school enrolment and for any claim on the father's support. Some children are now adolescents who ask who their father is, and mothers said they did not know what to tell them.",
            ]),
            new("4. Complaint mechanisms and why children do not report",
            [
                "The following table gives, for each area, the number of allegations involving children that the study traced in public records and interviews, the share involving peacekeepers and aid workers, and the share that were investigated within a year of the report. Allegations were traced from published records, from agency staff and from the young people interviewed, and an allegation counts once even when it concerns several children. An allegation is counted as investigated when an agency or mission confirmed that an inquiry had been opened.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Allegations involving children traced by the study, by area (2024)",
                ["Area", "Allegations traced", "Involving peacekeepers", "Involving aid workers", "Investigated within a year"],
                [
                    ["Monrovia (LR)", "46", "39%", "61%", "28%"],
                    ["Nimba (LR)", "21", "52%", "48%", "19%"],
                    ["Freetown (SL)", "34", "24%", "76%", "35%"],
                    ["Kenema (SL)", "18", "11%", "89%", "22%"],
                    ["Kailahun (SL)", "13", "8%", "92%", "15%"],
                ],
                [57, 175, 270, 370, 465]),
            [
                "Children and mothers gave many reasons for remaining silent: fear of losing food aid for the whole family, shame, threats from the perpetrator, and the belief that nothing would happen to a foreigner. Complaint boxes placed at distribution sites were seldom used, because girls could not write, did not know where the notes went, or feared that staff would recognise their handwriting. Hotlines were free in principle but little known in rural areas.",
            ]),
            new("5. Investigations and victim assistance",
            [
                "When a complaint reached an agency, the investigation often took months, and the child was rarely told the outcome. For peacekeepers, the United Nations can only repatriate a soldier; prosecution depends on the country that sent him, and the families interviewed had never heard of a trial. Some aid workers were dismissed but later found work with another organisation. Communities concluded that reporting brought trouble to the girl rather than to the man.",
                "The victim assistance that children received was uneven. A few girls were given medical care, school fees or a small grant to start a business, while others were interviewed several times by different investigators and then heard nothing more. None of the participants had been offered long-term psychological support. Several mothers said that the help stopped when the investigation closed, whatever its result, and that no one had asked what the child needed next.",
            ]),
            new("6. Paternity, child support and vetting",
            [
                "Since 2017, the United Nations has helped some mothers to file paternity and child support claims, including through DNA testing, but only a handful of claims from Liberia and Sierra Leone have resulted in any payment. Mothers said they were asked for documents and photographs of the father that they did not have. Some fathers could not be traced at all because the mother knew only a first name or a nickname.",
                "Agencies now share information on staff dismissed for sexual misconduct through an inter-agency misconduct disclosure scheme, and peacekeepers are screened for earlier allegations before deployment. Local staff hired by contractors, such as drivers, guards and food distributors, are still rarely covered by these checks, even though they are the men children meet most often. Community members said they would report more readily if they knew such checks existed.",
            ]),
            new("7. Recommendations",
            [
                "Aid agencies and peacekeeping missions should set up complaint channels that children can use without writing or speaking to the staff who control aid, run by women from the community, and tell every child who reports what happened to their complaint. Food distribution should never depend on one man's decision over a family's registration. Staff who control food or shelter lists should rotate regularly.",
                "Troop-contributing countries must prosecute soldiers accused of abusing children and report the results publicly. The United Nations and donors should fund a standing victim assistance programme for children born of exploitation, help mothers register their children and pursue paternity claims, and extend vetting to every contractor who works with affected communities. Every new deployment should include training on the prohibition of sexual exploitation.",
            ]),
        ]);

    public static readonly UnseenReports.Report Edo = new(
        EdoFile,
        "From Benin City to Europe: trafficking of girls and young women from Edo State through Niger and Libya",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["NG"], Language = "en", Publisher = "Southern Nigeria Migration Trial Observatory (example)" },
        [
            new("Summary",
            [
                "This report examines the trafficking of girls and young women from Edo State, in southern Nigeria, towards Europe through Niger and Libya. It is based on interviews with 380 returnees aged 15 to 30 in Benin City, Uromi and Auchi in 2025, of whom a third had left before the age of eighteen, and on discussions with families, traditional priests, social workers and officials of the Edo State Task Force Against Human Trafficking.",
                "Recruitment still relies on trust between neighbours and relatives, on debts that grow along the route, and on oaths that bind girls to their traffickers. The desert crossing and the detention centres of Libya expose them to extreme violence. Those who come back face debt, stigma and limited support. The report describes each stage of the journey and the support returnees receive, and makes recommendations to the state and federal authorities.",
            ]),
            new("1. Methodology",
            [
                "Returnees were contacted through shelters, reintegration programmes and survivor groups, and interviewed in English, Pidgin or Edo by trained female interviewers. No participant was asked to describe sexual violence in detail, and each was offered referral to counselling and medical care. The names of towns and people have been changed where they could identify a participant. Interviews took place between February and July 2025.",
                "Because the study met only those who returned, it does not capture the experience of girls who are still in Libya or in Europe, or of those who died on the way. The figures on returnees come from registers kept by the shelters and should be read as an indication of trends rather than as a count of all victims.",
            ]),
            new("2. Recruiters and madams",
            [
                "Most girls were approached by someone they knew: an aunt, a neighbour, a church member or a friend who had returned with money. Recruiters promised work as a hairdresser, a shop assistant or a nanny in Italy, and sometimes offered to pay for the journey in advance. Parents often agreed, and some sold land to contribute. Some girls knew they would work in the sex trade but not the conditions they would face, nor the size of the debt.",
                "At the end of the chain is the madam, usually a woman from Edo State who once travelled the same route and now controls girls in Europe. The madam finances the journey through a network of connection men, and the girl learns only on arrival that she must repay the debt through prostitution. Several returnees described madams who had themselves been victims.",
            ]),
            new("3. Juju oaths, debt and the Oba's edict",
            [
                "Before departure, most girls were taken to a shrine where a native doctor made them swear an oath. Hair, nails or blood were taken, and the girl promised to repay her debt, obey her madam and never reveal the names of those who helped her. Girls believed that breaking the oath would bring madness or death on them and their families.",
                "The debts announced to girls ranged from 25,000 to 45,000 euros, far more than the cost of the journey. Interest, fines and charges for food and lodging were added at every stage, so that many girls were still paying after three or four years. Girls were told that any attempt to escape would be punished by the spirits invoked at the shrine, and several said that fear of the oath kept them from speaking to the police in Europe.",
                "In March 2018, the Oba of Benin, the traditional ruler of the Benin kingdom, gathered the native doctors of Edo State and revoked all oaths taken to bind victims of trafficking, placing a curse on those who continue to administer them. Returnees interviewed after 2018 described the edict as a relief, and several said it had given them the courage to stop paying their madam.",
            ]),
            new("4. Through Niger and Libya",
            [
                "Girls travelled by bus from Benin City to Kano and then to Agadez in Niger, where they waited in connection houses before crossing the desert in pick-up trucks. Many said they were raped or forced to have sex with drivers and guards during this stage, and some were sold to brothels in the mining towns of the desert. Passports were taken from them at the start.",
                "In Libya, girls were held in locked houses known as ghettos in Sabha, Tripoli and Zuwara until their debt to the connection man was paid or a new buyer was found. Those arrested by the authorities were taken to detention centres where they reported overcrowding, beatings, lack of food and sexual abuse by guards. Some girls gave birth in detention.",
                "Boat crossings from the Libyan coast were the last stage. Several returnees had been intercepted at sea and brought back to a detention centre, sometimes two or three times, before agreeing to return to Nigeria. Others had seen companions drown when boats capsized, and described the crossing as the moment they feared most. A few girls had reached Italy and were later returned after being identified as victims of trafficking.",
            ]),
            new("5. Returns and figures on returnees",
            [
                "The following table gives, for each year, the number of returnees registered by the shelters that took part in the study, the share who were under eighteen at departure, the share who had been held in a Libyan detention centre and the share who received reintegration support within six months of arrival. Returns fell in 2020 when borders closed during the pandemic.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Returnees registered by participating shelters in Edo State, by year",
                ["Year", "Returnees registered", "Under 18 at departure", "Held in Libyan detention", "Reintegration support"],
                [
                    ["2019", "412", "31%", "64%", "38%"],
                    ["2020", "187", "27%", "59%", "33%"],
                    ["2021", "236", "34%", "71%", "29%"],
                    ["2022", "298", "36%", "68%", "41%"],
                    ["2023", "344", "39%", "74%", "45%"],
                ],
                [57, 150, 265, 375, 470]),
            [
                "Most returns were organised as voluntary humanitarian returns from Libyan detention, often after months of waiting. Returnees arrived at Lagos airport with a small cash allowance and were transferred to Benin City, where shelters could only house them for a few weeks. Many returnees said they had not been asked whether they wished to go back to their family, and several arrived with injuries, infections or pregnancies that had not been treated in Libya.",
            ]),
            new("6. Reintegration and stigma",
            [
                "Returning empty-handed is experienced as a failure. Families who sold land or borrowed money to pay for the journey sometimes blame the girl for the loss, and neighbours assume that every returnee was a sex worker in Libya or Europe. Several young women said they were called names in the market and avoided by friends. Some were pressed by relatives to try again.",
                "The Edo State Task Force Against Human Trafficking, created in 2017, receives returnees, prosecutes traffickers under state law and runs awareness campaigns. Returnees who had received training in tailoring, hairdressing or catering said that the starter kits were useful, but that without capital or a shop they could not earn enough to live on, and some were thinking of leaving again.",
                "Girls who returned with children fathered during the journey faced particular rejection, and some of these children have no birth certificate. Survivor groups formed by returnees in Benin City offer mutual support and speak in schools, and their members said that being heard by other survivors helped them more than any programme. Shelter staff said they lacked places for mothers with babies.",
            ]),
            new("7. Recommendations",
            [
                "The Edo State Government and the National Agency for the Prohibition of Trafficking in Persons should prosecute recruiters, connection men and native doctors who administer oaths, freeze the assets of madams in cooperation with European countries, and publish each year the number of convictions. Border officials in Kano and Katsina states should be trained to identify girls travelling with connection men.",
                "Reintegration support should last at least a year and combine shelter, counselling, family mediation, schooling for those under eighteen and capital to start a business. Programmes should involve survivor groups and churches in fighting the stigma against returnees, and register the children born on the route. Schools in Edo State should teach pupils about the risks of irregular migration and about safe ways to report recruiters.",
            ]),
        ]);

    public static IReadOnlyList<UnseenReports.Report> All { get; } = [Fraud, Slavery, AidAbuse, Edo];
}
