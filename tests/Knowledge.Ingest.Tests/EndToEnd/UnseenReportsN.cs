using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set N of the held-out search evaluation (<see cref="UnseenQuestionsN"/>): four more reports, written
/// blind to the glossary, the lexicon, the query understanding, the ranking and the results of the
/// earlier sets. Two in French (Burkina Faso and Mali, child apprentices, « coxeurs » and « aides » in
/// road transport, as a PDF; Sénégal and Côte d'Ivoire, sports betting and gambling among adolescents,
/// as a Word file) and two in English (Nigeria, secret cults and street gangs among secondary-school
/// boys in Rivers and Lagos States; Ghana and Togo, children chained in prayer camps and traditional
/// healing centres; both PDFs). Each has headings, several pages and exactly one table with a caption.
/// <b>Every figure, survey, case and finding in them is invented test data</b>; laws, programmes and
/// institutions are named as reports of the region name them. Files are produced by
/// <see cref="UnseenReports.Bytes"/>.
/// </summary>
internal static class UnseenReportsN
{
    public const string TransportFile = "bf-ml-apprentis-transport-routier-2025.pdf";
    public const string BettingFile = "sn-ci-paris-sportifs-adolescents-2024.docx";
    public const string CultsFile = "ng-secret-cults-school-gangs-2025.pdf";
    public const string PrayerCampsFile = "gh-tg-prayer-camps-chained-children-2024.pdf";

    public static readonly UnseenReports.Report Transport = new(
        TransportFile,
        "Les enfants apprentis dans le transport routier au Burkina Faso et au Mali : coxeurs, aides et apprentis-chauffeurs",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["BF", "ML"], Language = "fr", Publisher = "Observatoire d'essai sur le travail des enfants dans les transports (exemple)" },
        [
            new("Résumé",
            [
                "Cette étude décrit la situation des enfants qui travaillent dans le transport routier au Burkina Faso et au Mali, dans les gares routières de Ouagadougou, Bobo-Dioulasso, Bamako et Sikasso et sur les axes qui relient ces villes. Elle s'appuie sur une enquête menée en 2025 auprès de 1 240 garçons de 10 à 17 ans employés comme apprentis, « aides » ou « coxeurs », sur des observations dans les gares et à bord des minibus, et sur des entretiens avec des chauffeurs, des responsables syndicaux et des inspecteurs du travail.",
                "Ces enfants chargent les bagages, encaissent le prix des places, guident les manœuvres et rabattent les voyageurs vers les véhicules. Beaucoup travaillent plus de quatorze heures par jour sans contrat, dorment dans les gares et sont exposés aux accidents, aux violences des forces de l'ordre et aux stimulants. L'apprentissage promis, qui doit en principe mener au permis de conduire, aboutit rarement.",
            ]),
            new("1. Méthodologie",
            [
                "Les enquêteurs, dont certains sont eux-mêmes d'anciens apprentis, ont abordé les garçons dans les gares routières aux heures creuses, en mooré, en dioula, en bambara ou en français. L'enquête a couvert quatre gares principales et douze points de stationnement secondaires, ainsi que des trajets à bord de minibus et de camions de marchandises sur les routes nationales. Chaque entretien durait environ quarante minutes.",
                "Les âges ont été déclarés par les enfants eux-mêmes, et certains se sont sans doute vieillis pour ne pas perdre leur place. Les garçons qui voyagent en permanence sur les camions de longue distance, entre Bamako et les ports de Dakar ou d'Abidjan, sont sous-représentés, car ils passent rarement plus d'une nuit dans la même gare. Aucune fille n'a été rencontrée dans ces emplois.",
            ]),
            new("2. Comment les garçons entrent dans le métier",
            [
                "La plupart des apprentis sont arrivés à la gare par l'intermédiaire d'un oncle, d'un voisin ou d'un grand frère déjà chauffeur. Les parents confient l'enfant à un patron en espérant qu'il apprenne un métier et qu'il possède un jour son propre véhicule. Aucun accord écrit n'est signé : le patron promet de loger, de nourrir et de former le garçon, et la famille renonce à toute rémunération pendant les premières années.",
                "D'autres garçons sont venus seuls, après avoir quitté l'école ou fui un village frappé par l'insécurité. Ils commencent comme « coxeurs », des rabatteurs payés à la commission, qui crient les destinations et conduisent les voyageurs vers un minibus en échange de quelques pièces par place remplie. Les plus jeunes rencontrés avaient neuf ou dix ans. Leur âge les rend dépendants des plus anciens de la gare.",
                "Dans le nord du Burkina Faso et dans la région de Mopti, la fermeture des écoles et les déplacements de population ont poussé de nombreux adolescents vers les gares des villes moyennes. Les chefs de gare disent voir arriver chaque semaine de nouveaux garçons sans famille, qui proposent de travailler contre un repas et une place pour dormir. Leurs familles ignorent souvent où ils se trouvent.",
            ]),
            new("3. Horaires, rémunération et nuits à la gare",
            [
                "Le tableau suivant présente, pour chaque gare, le nombre d'apprentis interrogés, leur âge moyen, la durée moyenne de travail par jour, le gain moyen déclaré pour une journée et la part de ceux qui dorment habituellement à la gare ou dans le véhicule. Les gains comprennent les commissions, les pourboires et la part que le chauffeur reverse en fin de journée.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Apprentis et coxeurs interrogés par gare, temps de travail, gains et nuits passées à la gare (enquête 2025)",
                ["Gare", "Apprentis interrogés", "Âge moyen", "Heures par jour", "Gain journalier (FCFA)", "Dorment à la gare"],
                [
                    ["Ouagadougou (BF)", "365", "14,2 ans", "15 h", "1 150", "46 %"],
                    ["Bobo-Dioulasso (BF)", "280", "13,8 ans", "14 h", "900", "39 %"],
                    ["Bamako (ML)", "390", "14,6 ans", "16 h", "1 300", "58 %"],
                    ["Sikasso (ML)", "205", "13,5 ans", "13 h", "750", "33 %"],
                ],
                [57, 172, 250, 322, 400, 480]),
            [
                "Les journées commencent avant l'aube, avec le lavage du véhicule et le chargement des bagages, et s'achèvent tard dans la nuit après le dernier départ. Les apprentis ne reçoivent pas de salaire fixe : le chauffeur leur remet chaque soir une somme qui dépend des recettes, et retient parfois une partie pour rembourser un rétroviseur cassé ou une amende payée sur la route.",
                "Ceux qui dorment à la gare s'installent sous les bâches, sur les sièges des cars ou sur les toits des minibus. Ils disent être réveillés par les gardiens, volés par des garçons plus âgés et parfois approchés par des adultes qui leur proposent de l'argent contre des rapports sexuels. L'accès à l'eau, aux toilettes et à une douche se paie à chaque fois.",
            ]),
            new("4. Accidents, violences et racket sur les routes",
            [
                "Les apprentis voyagent souvent accrochés à l'arrière des minibus, debout sur le marchepied ou assis sur la bâche des camions, au milieu des marchandises. Près d'un garçon sur trois dit avoir déjà été blessé, le plus souvent en tombant d'un véhicule en marche ou en se faisant écraser une main pendant le chargement. Les soins sont à la charge de la famille, et certains patrons renvoient l'enfant blessé.",
                "Aux postes de contrôle, ce sont les apprentis qui descendent remettre les billets aux agents pour éviter que le véhicule soit immobilisé. Plusieurs garçons racontent avoir été giflés, retenus pendant des heures ou contraints de nettoyer un poste quand la somme remise était jugée insuffisante. Sur l'axe Bamako-Ségou et sur la route de Dori, les enfants décrivent aussi des attaques de coupeurs de route.",
                "Dans les gares, les bagarres entre coxeurs pour attirer un voyageur sont fréquentes, et les plus âgés imposent aux nouveaux venus de leur céder une partie de leurs commissions. Les chauffeurs frappent les apprentis jugés lents ou maladroits, et ce châtiment est présenté comme une étape normale de la formation. Aucun des garçons blessés lors d'une bagarre n'a porté plainte.",
            ]),
            new("5. Drogues et stimulants pour rester éveillé",
            [
                "Pour tenir pendant les trajets de nuit, beaucoup d'apprentis consomment des comprimés vendus sans ordonnance dans les gares, du café très sucré, de la cola ou des boissons énergisantes. Les chauffeurs de longue distance partagent parfois ces comprimés avec leur apprenti pour qu'il reste vigilant et surveille la route pendant qu'ils conduisent. Peu de garçons savent ce que contiennent réellement ces produits.",
                "Les garçons interrogés citent aussi le tramadol, le cannabis et l'inhalation de colle ou de solvants, surtout parmi ceux qui dorment à la gare. Les agents de santé des centres proches des gares signalent des adolescents admis pour des convulsions, des douleurs d'estomac et des troubles du sommeil, et observent que la consommation commence souvent dès les premiers mois de travail.",
            ]),
            new("6. Syndicats, inspection du travail et droit de l'apprentissage",
            [
                "Les gares sont gérées de fait par les syndicats de transporteurs, qui perçoivent une taxe sur chaque départ et désignent les chefs de ligne. Ces organisations reconnaissent la présence des enfants mais la présentent comme une tradition de formation. Quelques bureaux syndicaux de Ouagadougou ont adopté une charte interdisant l'emploi de garçons de moins de quinze ans, sans mécanisme de contrôle.",
                "Au Burkina Faso comme au Mali, le Code du travail fixe l'âge minimum d'admission à l'emploi à seize ans et interdit les travaux dangereux aux mineurs. Les listes nationales des travaux dangereux mentionnent le transport de marchandises et le convoyage, mais les inspecteurs du travail, trop peu nombreux et sans véhicule, ne se rendent presque jamais dans les gares routières.",
                "Le contrat d'apprentissage prévu par la loi doit être écrit, enregistré et limité dans le temps, avec une formation pratique et un suivi. Aucun des apprentis interrogés n'en avait signé. Les dispositifs publics de formation professionnelle au permis de conduire exigent un niveau scolaire et des frais d'inscription hors de portée de ces garçons. Les patrons interrogés ignoraient pour la plupart l'existence de ce contrat.",
            ]),
            new("7. Recommandations",
            [
                "Les ministères chargés du travail doivent organiser des contrôles réguliers dans les gares routières avec les syndicats de transporteurs, retirer les enfants de moins de quinze ans des véhicules et interdire le convoyage de nuit et le voyage sur les toits pour tous les mineurs. Les sanctions prévues contre les employeurs doivent être appliquées aux propriétaires des véhicules. Les contrôles devraient associer les services de protection de l'enfance.",
                "Les apprentis de plus de quinze ans devraient bénéficier d'un contrat d'apprentissage écrit, d'horaires limités, d'une assurance contre les accidents et d'un accès gratuit aux auto-écoles publiques. Les syndicats pourraient financer ce dispositif à partir de la taxe prélevée sur chaque départ et rendre compte chaque année du nombre de contrats enregistrés. Un registre des apprentis devrait être tenu dans chaque gare.",
                "Les services sociaux et les associations doivent ouvrir des lieux d'accueil de nuit près des grandes gares, proposer des soins et un accompagnement aux garçons dépendants aux stimulants, et poursuivre les agents qui extorquent de l'argent aux enfants aux postes de contrôle. Les écoles de la seconde chance devraient adapter leurs horaires aux garçons qui travaillent le matin. Ces mesures supposent un budget pluriannuel.",
            ]),
        ]);

    public static readonly UnseenReports.Report Betting = new(
        BettingFile,
        "Paris sportifs et jeux d'argent chez les adolescents au Sénégal et en Côte d'Ivoire",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["SN", "CI"], Language = "fr", Publisher = "Réseau d'essai pour la prévention des jeux d'argent chez les jeunes (exemple)" },
        [
            new("Résumé",
            [
                "Ce rapport étudie la pratique des paris sportifs et des jeux d'argent chez les adolescents de 12 à 17 ans à Dakar, Thiès et Kaolack au Sénégal, et à Abidjan et Bouaké en Côte d'Ivoire. Il repose sur un questionnaire rempli en 2024 par 2 150 élèves de collèges et de lycées, sur des groupes de discussion avec de jeunes parieurs, et sur des entretiens avec des parents, des enseignants, des tenanciers de kiosques et des responsables des loteries nationales.",
                "Parier sur les matchs de football est devenu une activité ordinaire pour une partie importante des garçons scolarisés, et de plus en plus de filles jouent sur leur téléphone. L'interdiction de vendre des tickets aux mineurs est peu respectée, et les applications mobiles ne vérifient presque jamais l'âge. Les conséquences décrites vont des petites dettes entre camarades aux vols dans la famille et à l'abandon scolaire.",
            ]),
            new("1. Méthodologie",
            [
                "Le questionnaire a été administré en classe, de manière anonyme, dans 38 établissements publics et privés choisis au hasard dans chaque ville. Il portait sur les jeux pratiqués au cours des trente derniers jours, les sommes misées, la manière de se procurer l'argent et les conséquences ressenties. Les élèves absents le jour de l'enquête, qui sont peut-être les joueurs les plus assidus, n'ont pas été interrogés.",
                "Douze groupes de discussion ont réuni séparément des garçons et des filles, en wolof, en dioula ou en français. Des enquêteurs ont également passé plusieurs soirées dans des kiosques de paris et des salles de jeux proches des établissements, pour observer si l'âge des clients était contrôlé. Les adolescents déscolarisés n'entrent pas dans l'échantillon, ce qui sous-estime sans doute les pratiques les plus risquées.",
            ]),
            new("2. Kiosques de paris et applications mobiles",
            [
                "Les points de vente agréés des loteries nationales et des opérateurs privés se sont multipliés autour des marchés, des gares et des établissements scolaires. Dans plusieurs quartiers de Dakar et d'Abidjan, les enquêteurs ont compté plus d'un kiosque par rue commerçante, ouvert jusqu'à minuit les soirs de championnat européen. Les adolescents y achètent des tickets pour une somme modeste et suivent les résultats sur des écrans installés devant le comptoir.",
                "Les applications de paris en ligne ont transformé la pratique. Il suffit d'un téléphone et d'un compte de monnaie électronique pour miser à toute heure, y compris pendant les cours. Les élèves expliquent qu'ils ouvrent un compte avec la carte d'identité d'un grand frère ou qu'ils déclarent simplement une fausse date de naissance, aucune vérification n'étant demandée. Les parents découvrent rarement ces comptes, protégés par un code secret.",
                "Les paris combinés, qui promettent un gain très élevé si tous les résultats d'une série de matchs sont justes, sont les plus populaires chez les jeunes. Des adolescents partagent leurs pronostics dans des groupes de messagerie, et certains vendent des « coupons » présentés comme sûrs à leurs camarades moyennant quelques centaines de francs. Rares sont ceux qui gagnent réellement avec ces coupons.",
            ]),
            new("3. Combien misent les élèves",
            [
                "Le tableau suivant présente, pour chaque ville, le nombre d'élèves ayant répondu, la part de ceux qui ont parié au moins une fois au cours du dernier mois, la mise hebdomadaire moyenne déclarée par les joueurs et la part des joueurs qui utilisent une application mobile. Les mises sont exprimées en francs CFA et comprennent les paris faits pour le compte d'un ami.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Élèves ayant parié au cours du dernier mois, mise hebdomadaire et usage des applications, par ville (enquête 2024)",
                ["Ville", "Élèves interrogés", "Ont parié (dernier mois)", "Mise hebdomadaire moyenne (FCFA)", "Jouent sur une application"],
                [
                    ["Dakar (SN)", "620", "41 %", "2 300", "64 %"],
                    ["Thiès (SN)", "380", "29 %", "1 400", "47 %"],
                    ["Kaolack (SN)", "310", "23 %", "1 100", "38 %"],
                    ["Abidjan (CI)", "560", "47 %", "2 800", "71 %"],
                    ["Bouaké (CI)", "280", "34 %", "1 600", "52 %"],
                ],
                [57, 160, 260, 370, 470]),
            [
                "Les garçons parient beaucoup plus que les filles, et la pratique augmente avec l'âge : en classe de terminale, une majorité des garçons interrogés à Abidjan disent avoir joué au moins une fois dans le mois. Les filles qui jouent le font surtout sur des applications, souvent avec l'argent reçu pour le transport ou le déjeuner. Les élèves des établissements privés misent davantage.",
                "Les sommes déclarées paraissent faibles, mais elles représentent souvent plusieurs jours d'argent de poche. Un élève de Bouaké explique qu'il saute le repas de midi pour pouvoir miser le soir, et plusieurs jeunes disent « se refaire » en pariant à nouveau après chaque perte. Les enseignants remarquent ces élèves affamés et distraits l'après-midi. Certains ont déjà perdu le montant d'un trimestre de cantine.",
            ]),
            new("4. Dettes, vols et abandon de l'école",
            [
                "Un quart des joueurs disent avoir emprunté de l'argent pour parier, le plus souvent à des camarades ou à des vendeurs du quartier qui exigent un remboursement majoré. Les dettes peuvent atteindre des montants que l'élève ne peut pas rembourser, et des adolescents décrivent des menaces, la confiscation de leur téléphone ou des coups de la part de créanciers plus âgés.",
                "Pour se procurer de l'argent, certains jeunes vendent des objets de la maison, détournent les frais de scolarité confiés par les parents ou volent dans la caisse du commerce familial. Des parents de Thiès racontent avoir découvert la disparition d'un mouton ou d'une bouteille de gaz, revendus pour couvrir un pari perdu. Ces vols provoquent des conflits durables dans les familles concernées.",
                "Les enseignants associent les paris à une baisse des résultats, aux retards et aux absences les lendemains de match. Plusieurs élèves rencontrés avaient quitté le lycée après avoir été exclus pour non-paiement des frais ou pour vol, et passaient désormais leurs journées devant les kiosques en attendant un gain qui leur permettrait de « tout rembourser ». Aucun dispositif de retour à l'école ne leur a été proposé.",
            ]),
            new("5. Une publicité tournée vers les jeunes",
            [
                "Les opérateurs de paris sponsorisent des clubs de football, des tournois de quartier et des émissions sportives à la radio et à la télévision. Leurs affiches, placées près des écoles et des terrains de sport, montrent de jeunes gens qui célèbrent un gain important. Des joueurs célèbres et des artistes populaires auprès des adolescents apparaissent dans les campagnes publicitaires. Les logos des opérateurs figurent même sur les maillots de jeunes équipes.",
                "Sur les réseaux sociaux, les publicités proposent des bonus de bienvenue et des paris gratuits à l'inscription, et des influenceurs publient des captures d'écran de leurs gains. Les jeunes interrogés retiennent ces messages bien mieux que les mentions « interdit aux moins de 18 ans », écrites en petits caractères au bas des affiches ou prononcées très rapidement à la fin des spots.",
            ]),
            new("6. Le regard des parents et des enseignants",
            [
                "Beaucoup de parents ne considèrent pas le pari sportif comme un jeu d'argent dangereux, mais comme une passion pour le football, voire comme une façon légitime de gagner sa vie quand l'emploi manque. Certains pères parient eux-mêmes et envoient leur fils acheter les tickets au kiosque. Les mères sont plus souvent inquiètes, mais disent ne pas savoir ce que font leurs enfants sur leur téléphone.",
                "Les enseignants se sentent démunis. Ils confisquent des téléphones pendant les cours et signalent des bagarres liées à des dettes de jeu, mais aucun programme scolaire n'aborde la question. Certains chefs religieux condamnent les jeux de hasard dans leurs sermons, tandis que des associations de quartier organisent des matchs de football parrainés par les mêmes opérateurs. Les conseillers d'orientation n'ont reçu aucune formation sur ce sujet.",
            ]),
            new("7. Réglementation et prévention",
            [
                "Au Sénégal, la Loterie nationale sénégalaise délivre les autorisations aux opérateurs de paris, et son règlement interdit la participation des mineurs. En Côte d'Ivoire, la Loterie nationale de Côte d'Ivoire fixe elle aussi à dix-huit ans l'âge minimum pour jouer. Les vendeurs des kiosques interrogés connaissent cette règle mais reconnaissent ne jamais demander de pièce d'identité, car leur commission dépend du nombre de tickets vendus.",
                "Les sanctions prévues contre les points de vente qui acceptent des mineurs n'ont, selon les personnes rencontrées, jamais été appliquées. Les applications installées depuis l'étranger échappent en grande partie au contrôle des autorités nationales, et les opérateurs de téléphonie mobile ne bloquent pas les paiements vers ces plateformes, même lorsque le compte appartient à un élève. Aucune statistique officielle n'est publiée sur ces infractions.",
                "Quelques initiatives de prévention existent : des séances de sensibilisation dans des lycées d'Abidjan menées par une association de psychologues, et une ligne d'écoute pour les joueurs en difficulté ouverte à Dakar. Elles restent ponctuelles et ne s'adressent pas aux plus jeunes, alors que les premiers paris ont souvent lieu dès douze ou treize ans. Aucune évaluation de leurs effets n'a encore été publiée.",
            ]),
            new("8. Recommandations",
            [
                "Les loteries nationales et les autorités de régulation doivent imposer aux opérateurs une vérification de l'âge à l'ouverture de chaque compte en ligne, retirer l'agrément des kiosques qui vendent des tickets à des mineurs et interdire leur installation à moins de deux cents mètres des établissements scolaires. Les contrôles devraient être confiés à des agents indépendants des opérateurs. Les résultats de ces contrôles devraient être rendus publics chaque année.",
                "La publicité pour les paris devrait être interdite aux heures d'écoute des jeunes, dans les stades des compétitions scolaires et sur les comptes d'influenceurs suivis par des mineurs. Les ministères de l'éducation devraient intégrer les jeux d'argent dans les programmes d'éducation à la santé et former les enseignants à repérer les élèves endettés et à les orienter vers une aide.",
            ]),
        ]);

    public static readonly UnseenReports.Report Cults = new(
        CultsFile,
        "Secret cults and street gangs among secondary-school boys in Rivers and Lagos States, Nigeria",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["NG"], Language = "en", Publisher = "Nigerian Youth Violence Trial Observatory (example)" },
        [
            new("Summary",
            [
                "This report examines the involvement of secondary-school boys in secret cults and street gangs in Rivers State, mainly in Port Harcourt, Obio-Akpor and Okrika, and in Lagos State, in Ikorodu, Mushin and Ajegunle. It is based on a survey of 1 860 boys aged 12 to 18 in 46 public and private secondary schools in 2025, on group discussions with former members, and on interviews with teachers, principals, parents, police officers and community leaders.",
                "Confraternities that began on university campuses now recruit in junior and senior secondary schools, alongside neighbourhood gangs. Boys join for protection, status or money, or under threat, and membership exposes them to violent initiation, clashes between rival groups, drug use and arrest. Girls are targeted for sexual violence by members. Responses have relied on arrests and expulsions, with few programmes that help boys to leave.",
            ]),
            new("1. Methodology",
            [
                "The questionnaire was self-completed and anonymous, and asked boys whether they had been approached by a cult or gang, whether any friends belonged to one, and whether they had witnessed or suffered violence linked to these groups during the previous school year. Direct questions about their own membership were avoided, as pilot testing showed that boys would not answer them honestly.",
                "Twenty-two former members aged 15 to 21 were interviewed with the help of a community organisation that supports young people leaving gangs. Their names and the names of their groups have been withheld. Because the most involved boys are often absent from school or have been expelled, the survey probably underestimates the extent of membership. Each interview lasted about an hour and was held away from the neighbourhood.",
            ]),
            new("2. Recruitment in schools and initiation rites",
            [
                "Recruiters are usually older pupils or recent school leavers who already belong to a group. They identify newcomers who are physically strong, popular or from wealthy families, and approach them after classes or at football games. Boys who refuse are sometimes beaten, robbed or threatened until they accept, and several described being told that their family would be harmed. Few of these threats are ever reported to teachers.",
                "Boys also join to be protected from bullying by existing members, to gain respect in the neighbourhood or to earn money from the groups' activities. Some were introduced by relatives who were themselves members. Recruitment peaks at the start of the school year and during long holidays, when boys spend more time on the streets without adult supervision. Younger boys often imitate the slang and dress of members.",
                "Initiation usually takes place at night in a bush, a beach or an abandoned building. Former members described being flogged, made to drink a mixture said to contain blood and alcohol, and sworn to secrecy with an oath that threatens death to anyone who reveals the group's secrets. Some were ordered to attack a member of a rival group to prove their loyalty.",
            ]),
            new("3. Violence and killings between groups",
            [
                "The following table gives, for each area, the number of boys surveyed, the share who had been approached to join a cult or gang, the share who knew a classmate who was a member, and the share who had witnessed a violent attack linked to these groups near their school. Figures refer to the school year preceding the survey. Ajegunle is not shown because too few schools took part.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Boys approached by cults or gangs, classmates in groups and attacks witnessed near school, by area (2025 survey)",
                ["Area", "Boys surveyed", "Approached to join", "Classmate a member", "Witnessed an attack"],
                [
                    ["Port Harcourt (Rivers)", "520", "38%", "55%", "44%"],
                    ["Obio-Akpor (Rivers)", "410", "42%", "61%", "49%"],
                    ["Okrika (Rivers)", "230", "35%", "48%", "53%"],
                    ["Ikorodu (Lagos)", "380", "27%", "40%", "31%"],
                    ["Mushin (Lagos)", "320", "31%", "46%", "37%"],
                ],
                [57, 190, 285, 380, 470]),
            [
                "Clashes between rival cults are the most serious form of violence. They often follow a dispute over a girl, a territory or a member who has changed sides, and can continue for months as each group takes revenge. In Okrika and Obio-Akpor, teachers described boys being attacked with machetes on their way home, and in two schools pupils had been killed near the gate during the school term.",
                "Many boys who are not members also suffer from this violence. They avoid certain streets, stop wearing particular colours that a group has claimed, or stay away from school when a clash is expected. Parents in Mushin said that they moved their sons to schools in other areas after a classmate was stabbed during a fight at the bus stop.",
            ]),
            new("4. Sexual violence against girls",
            [
                "Girls in schools where cults are active described being pressured to become the girlfriend of a member, and being threatened when they refused. Several reported that members had forced girls to have sex with more than one boy as part of an initiation or as a punishment for a girl who had insulted the group. Such attacks are rarely reported to the police or to the school.",
                "Some groups have female wings whose members are used to carry messages, hide weapons or lure boys from rival groups. Girls who are linked to a member, even against their will, risk being attacked by the rival cult in revenge. Counsellors said that girls who were raped often changed schools or dropped out rather than face the stigma. None of the schools visited had a trained counsellor for such cases.",
            ]),
            new("5. Drugs and weapons",
            [
                "Drug use is part of life in most groups. Former members named cannabis, tramadol, codeine cough syrup and a mixture of alcohol and local herbs, taken before fights to feel brave and after them to forget. Senior members supply drugs to younger boys, sometimes as payment for running errands, and some boys are made to sell drugs in school. Teachers rarely recognise the signs of these drugs.",
                "Knives, machetes and locally made pistols circulate among members, and boys said that weapons could be rented for a night from older gang members. Teachers in Port Harcourt reported finding knives in school bags during searches, and two schools in Rivers State had installed metal detectors at the gate after shootings nearby the previous year. No pupil was prosecuted for carrying a knife.",
            ]),
            new("6. Police responses and the law on secret cults",
            [
                "Rivers State enacted a law prohibiting secret cults and similar activities, and Lagos State has a law on unlawful societies and cultism. Both make membership of a secret cult an offence and provide for prison sentences. Federal law also bans secret societies in educational institutions, and principals are required to expel pupils found to be members and report them to the authorities.",
                "Police operations against cultism often end in mass arrests of young people in a neighbourhood after a killing. Boys under eighteen are held in police cells with adults, sometimes for weeks, and some described beatings during questioning to make them name other members. Few are brought before a juvenile court, and many are released after their families pay money. Their records are rarely kept separately from those of adults.",
                "Former members said that arrest and expulsion pushed them deeper into their group, which offered protection and a place to stay when their school and sometimes their family rejected them. The Child Rights Law adopted by both states requires that children in conflict with the law be dealt with by family courts and that detention be a last resort. Neither state has yet set up enough family courts to apply it.",
            ]),
            new("7. School and community prevention",
            [
                "Some schools have set up anti-cult clubs, peer education sessions and mentoring by former members who have renounced cultism. Principals who involved parents, religious leaders and the police in regular meetings reported fewer incidents. Others relied mainly on expulsion, which moved boys from one school to another without changing their behaviour and sometimes spread a group to a new school.",
                "In Okrika and Ikorodu, community organisations run renunciation programmes in which boys publicly leave their group and receive counselling, vocational training and a small start-up grant. Participants said that the greatest risk came afterwards, as their former group saw leaving as betrayal. Programmes that relocated boys or gave them a safe place to stay had better results. Both programmes depend on short-term donor funding.",
            ]),
            new("8. Recommendations",
            [
                "State governments should treat boys involved in cults as children in need of protection as well as offenders, ensure that no child is detained with adults and that cases of children are heard in family courts. Police should investigate killings and sexual violence by cult members rather than conduct mass arrests in neighbourhoods, and should record the age of every person they arrest.",
                "Ministries of education should replace automatic expulsion with counselling and supervised transfer, train teachers to recognise recruitment, and support anti-cult clubs led by pupils. Funding should be given to community renunciation programmes that offer former members protection, skills training and follow-up for at least two years, and to services for girls who have suffered sexual violence. Progress should be reported to state assemblies each year.",
            ]),
        ]);

    public static readonly UnseenReports.Report PrayerCamps = new(
        PrayerCampsFile,
        "Chained in the name of healing: children in prayer camps and traditional healing centres in Ghana and Togo",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["GH", "TG"], Language = "en", Publisher = "Trial Centre for Mental Health and Child Rights Research (example)" },
        [
            new("Summary",
            [
                "This report describes the situation of children held in prayer camps and traditional healing centres in Ghana, in the Central, Eastern and Volta regions, and in Togo, in the Maritime and Plateaux regions. Between January and June 2024, researchers visited 41 camps and healing centres, spoke with 96 children and young people who were or had been resident, and interviewed parents, pastors, healers, health workers and officials.",
                "Most of the children had epilepsy, a mental illness or an intellectual disability, and had been brought by relatives after hospital treatment failed or was unaffordable. In many centres, children were chained to trees or walls, made to fast for days, and beaten as part of the cure. National laws forbid such treatment, but inspections are rare and the children released often have nowhere to go.",
            ]),
            new("1. Methodology",
            [
                "Researchers visited centres identified by district health officers, church networks and previous studies, accompanied where possible by a local mental health nurse. Visits were announced the day before, as unannounced visits were refused, so some camps may have released or hidden children before the team arrived. Children were interviewed only with the agreement of a parent or the camp leader, and in their own language: Twi, Fante, Ewe, Mina or Kabiyè.",
                "Where children could not speak for themselves because of their condition, researchers observed their situation and spoke with the relatives present. Medical diagnoses were rarely available, so conditions are described as families and staff named them. The research team referred eleven children who needed urgent medical care to the nearest hospital and followed up each referral with the district health office.",
            ]),
            new("2. Why families bring children to camps and shrines",
            [
                "Parents described a long search for a cure that began at a clinic and continued at a church or a shrine when fits or strange behaviour did not stop. Many believed that the condition had a spiritual cause, such as a curse, an angry ancestor or witchcraft from a jealous relative. Pastors and healers confirmed this explanation and promised deliverance through prayer or herbs.",
                "Cost and distance also matter. Psychiatric hospitals are concentrated in a few cities, anti-epileptic drugs are often out of stock in district hospitals, and transport to a consultation can cost a week's income. Prayer camps, by contrast, are close to home, accept payment in kind and allow relatives to stay with the child or to leave the child in the care of the pastor.",
                "Some children were brought because their behaviour had become difficult for the family to manage, after they had wandered away, broken things or hurt a sibling. Mothers who cared alone for a child with a severe disability said that the camp was the only place that would take him while they worked, and that they visited only once a month.",
            ]),
            new("3. Chaining, fasting and beatings",
            [
                "In most of the centres visited, at least one child was chained by the ankle to a tree, a post or a metal ring fixed in a wall. Chains were justified as a way to stop children from running away or hurting others. Some children had been chained for months, sleeping outdoors on a mat and relieving themselves where they sat.",
                "Fasting is a central part of the cure in many prayer camps. Children described going without food for three, seven and sometimes twenty-one days, receiving only water, while adults prayed over them. Health workers who visited after such fasts found children who were severely dehydrated and underweight, and some who had fainted during prayers. Children with epilepsy were not given their medication during the fast.",
                "Healers and pastors also used beatings, cold baths at dawn and herbal preparations put into the eyes or nose to chase out the spirit believed to cause the illness. Children said they were punished for crying or refusing to pray, and girls reported being touched by male helpers during night-time deliverance sessions in rooms without light. None of these practices was recorded in writing by the centres.",
            ]),
            new("4. Children found in the centres visited",
            [
                "The following table shows, for each region, the number of centres visited, the number of children found resident on the day of the visit, the share of those children who were chained and the share who had been made to fast during the previous week. Children who were hidden or sent home before the visit are not counted. Ages were estimated when no document was available.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Centres visited, children resident, chaining and fasting, by region (2024)",
                ["Region", "Centres visited", "Children resident", "Chained", "Fasting in past week"],
                [
                    ["Central (GH)", "9", "64", "39%", "52%"],
                    ["Eastern (GH)", "11", "83", "45%", "61%"],
                    ["Volta (GH)", "8", "57", "33%", "47%"],
                    ["Maritime (TG)", "7", "41", "56%", "29%"],
                    ["Plateaux (TG)", "6", "35", "49%", "34%"],
                ],
                [57, 170, 265, 360, 450]),
            [
                "In Togo, fewer centres practise long fasts, but chaining is more common, particularly in healing centres run by traditional priests in the Plateaux region, where children may be kept in a separate hut for the duration of a ritual. In Ghana, most children were found in Christian prayer camps, some of which host several hundred residents of all ages. Some of these camps have their own clinic, rarely staffed.",
            ]),
            new("5. Mental health laws and authorities",
            [
                "Ghana's Mental Health Act of 2012 prohibits inhuman treatment of people with mental illness, including chaining, and created the Mental Health Authority, which is responsible for inspecting both psychiatric facilities and unorthodox healing centres. The Authority has registered some prayer camps and trained their staff, but with few regional officers it can visit only a small share of the camps each year.",
                "In Togo, the Child Code protects children against cruel treatment, and the ministry in charge of health has adopted a national mental health policy. No specific law governs traditional healing centres, which are overseen, in principle, by the association of traditional practitioners. Officials in the Plateaux region said that they had never received a complaint about a child held in a healing centre.",
                "In both countries, the ratification of the Convention on the Rights of Persons with Disabilities requires an end to the restraint of children because of a disability. Health workers and social workers said that they knew about chained children but did not feel able to intervene against a respected pastor or priest without the support of the police and the district authorities.",
            ]),
            new("6. Inspections, releases and what follows",
            [
                "Joint visits by the Mental Health Authority, social welfare officers and the police led to the unchaining of children in several Ghanaian camps during the research period. Camp leaders generally agreed to remove chains while inspectors were present, but staff in two camps later told researchers that chains had been put back after the visit because families had asked for it.",
                "Children who are released face a difficult return. Some families refused to take them back or lived too far away to collect them, and there are almost no shelters for children with mental illness. A few children were admitted to a psychiatric hospital, but most went home without a follow-up plan or access to the medicines they needed. Social welfare officers had no budget to follow them up.",
            ]),
            new("7. Community mental health services",
            [
                "Where community psychiatric nurses visited camps regularly, they were able to treat children with epilepsy with medicines, so that prayer and medical care could go together. Several pastors accepted this arrangement once fits decreased, and one camp in the Eastern Region had stopped using chains altogether after a nurse began weekly visits and trained its helpers. Other pastors refused any contact with health workers.",
                "These services remain thin. Community mental health nurses and district psychiatric units cover only some districts in Ghana, and in Togo mental health care outside Lomé depends largely on a few nongovernmental programmes. Families said that they would use clinics if drugs were free, available close to home and explained to them in their own language. Most of the families met had never been offered such care.",
            ]),
            new("8. Recommendations",
            [
                "Governments should enforce the ban on chaining, inspect every prayer camp and healing centre at least once a year without prior notice, and close those that continue to restrain or starve children. Child protection services should be informed of every child found in a centre and should draw up a care plan with the family before the child is released.",
                "Health ministries should make anti-epileptic and psychiatric medicines free for children, ensure that they are available in district hospitals, and expand community mental health nurses to every district. Pastors and healers should be trained and supported to refer children to health services, and religious councils should adopt codes of practice that forbid chaining and forced fasting. Progress should be monitored by the national human rights institutions.",
            ]),
        ]);

    public static IReadOnlyList<UnseenReports.Report> All { get; } = [Transport, Betting, Cults, PrayerCamps];
}
