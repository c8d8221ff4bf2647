using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set E of the held-out search evaluation (<see cref="UnseenQuestionsE"/>): four more reports, written
/// blind to the glossary, the lexicon, the query understanding, the ranking and the results of sets A to
/// D. Two in French (Burkina Faso, Mali and Niger, children associated with armed forces and groups, as
/// a PDF; Mali and Burkina Faso, cash transfers and social protection and their effects on child labour
/// and school attendance, as a Word file) and two in English (Ghana, trafficking and hazardous work of
/// boys in fishing on Lake Volta; Liberia and Nigeria, adolescent pregnancy, HIV and girls' access to
/// sexual and reproductive health services; both PDFs). Each has headings, several pages and exactly one
/// table with a caption. <b>Every figure, survey, case and finding in them is invented test data</b>;
/// laws, programmes and institutions are named as reports of the region name them. Files are produced by
/// <see cref="UnseenReports.Bytes"/>.
/// </summary>
internal static class UnseenReportsE
{
    public const string ArmedGroupsFile = "bf-ml-ne-enfants-groupes-armes-2025.pdf";
    public const string CashTransferFile = "ml-bf-transferts-monetaires-travail-enfants-2024.docx";
    public const string VoltaFile = "gh-lake-volta-fishing-boys-2025.pdf";
    public const string AdolescentHealthFile = "lr-ng-adolescent-pregnancy-srh-2024.pdf";

    public static readonly UnseenReports.Report ArmedGroups = new(
        ArmedGroupsFile,
        "Enfants associés aux forces et groupes armés au Burkina Faso, au Mali et au Niger : recrutement, sortie et réintégration",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["BF", "ML", "NE"], Language = "fr", Publisher = "Observatoire d'essai sur les enfants dans les conflits (exemple)" },
        [
            new("Résumé et méthodologie",
            [
                "Cette étude porte sur les enfants associés aux forces et groupes armés dans trois pays du Sahel central, le Burkina Faso, le Mali et le Niger. Elle repose sur des entretiens menés en 2024 et 2025 avec 486 enfants et jeunes sortis de groupes armés, accueillis dans des centres de transit ou revenus dans leur communauté, et sur des échanges avec des travailleurs sociaux, des chefs coutumiers, des militaires et des agents des ministères chargés de l'enfance.",
                "Les enfants sont recrutés de plus en plus jeunes et pour des rôles très variés, du guet au transport de vivres jusqu'au combat. Leur sortie dépend surtout des opérations militaires et des redditions négociées localement, rarement d'un processus formel. Les places de prise en charge transitoire manquent, et la réintégration se heurte à la méfiance des villages, à la pauvreté des familles et à la peur des représailles.",
                "Les entretiens ont été conduits en mooré, en fulfuldé, en bambara, en tamasheq et en haoussa par des enquêteurs formés à l'écoute d'enfants ayant vécu des violences. Les enfants ont été rencontrés dans six centres de transit, à Ouahigouya, Kaya, Mopti, Gao, Tillabéri et Diffa, ainsi que dans des villages où ils étaient retournés depuis moins de deux ans. Aucun enfant n'a été interrogé sans l'accord d'un adulte de confiance et la présence d'un travailleur social.",
                "Les enfants encore présents dans les groupes ne sont pas représentés, et ceux qui ont fui par leurs propres moyens sans passer par un centre sont difficiles à retrouver. Les récits ont été recoupés avec les dossiers des services sociaux lorsque c'était possible. Les chiffres présentés décrivent donc les enfants pris en charge, et non l'ensemble des enfants associés aux groupes armés de la région.",
            ]),
            new("1. Le recrutement : contrainte, promesses et pressions locales",
            [
                "La plupart des enfants rencontrés disent avoir rejoint un groupe armé sans y avoir été emmenés de force. Ils évoquent la faim, la perte du bétail familial, la fermeture de leur école ou le désir de venger un parent tué lors d'une opération militaire. Les groupes leur offrent une moto, un téléphone ou une petite somme d'argent, et leur promettent une place respectée dans la communauté.",
                "Les enlèvements existent néanmoins, en particulier lors d'attaques de villages et d'écoles coraniques, où des garçons de douze à quinze ans sont emmenés avec les troupeaux. Dans certaines zones sous leur contrôle, les chefs de groupe exigent de chaque famille qu'elle fournisse un fils, faute de quoi elle doit payer une taxe ou quitter le village avec tous ses biens.",
                "Les groupes d'autodéfense et les milices communautaires recrutent aussi des adolescents, souvent avec l'accord des anciens, pour surveiller les abords des villages et les pistes. Au Burkina Faso, des jeunes de moins de dix-huit ans ont été vus parmi les Volontaires pour la défense de la patrie engagés aux côtés de l'armée, malgré l'âge minimal fixé par les textes qui encadrent leur recrutement.",
            ]),
            new("2. Les rôles confiés aux enfants",
            [
                "Les plus jeunes servent de guetteurs sur les routes et aux abords des marchés, signalent les mouvements des soldats ou portent des messages entre les camps. D'autres gardent le bétail volé, préparent les repas, puisent l'eau ou portent les munitions et le carburant lors des déplacements, parfois pendant plusieurs jours de marche à travers la brousse. Ces tâches paraissent secondaires, mais elles exposent les enfants aux tirs et aux arrestations.",
                "Les garçons plus âgés reçoivent une formation au maniement des armes et participent aux attaques. Plusieurs ont raconté avoir été placés en première ligne ou contraints de poser des engins explosifs sur les pistes, et certains ont été forcés de commettre des violences contre des habitants de leur propre village pour rendre leur retour impossible. Ceux qui refusaient d'obéir disent avoir été battus, privés de nourriture ou menacés de mort devant les autres recrues.",
                "Les filles sont moins nombreuses parmi les enfants sortis des groupes, mais leur situation est la plus cachée. Elles sont mariées de force à des combattants, assignées aux tâches domestiques et exposées aux violences sexuelles. Celles qui reviennent avec un enfant né pendant leur captivité sont souvent rejetées par leur famille et vivent à l'écart du reste du village. Peu d'entre elles passent par un centre de transit.",
            ]),
            new("3. La sortie des groupes armés",
            [
                "Le tableau suivant présente, pour chaque pays, le nombre d'enfants rencontrés, la part des filles, la part des enfants sortis du groupe à la suite d'une opération militaire et la part de ceux qui ont été détenus par les forces de défense et de sécurité avant d'être remis aux services de protection de l'enfance. Les enfants rencontrés hors des centres sont comptés dans le pays où ils vivaient au moment de l'entretien.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Enfants sortis des groupes armés rencontrés, par pays (2024-2025)",
                ["Pays", "Enfants rencontrés", "Filles", "Sortie militaire", "Détenus"],
                [
                    ["Burkina Faso", "198", "14 %", "57 %", "38 %"],
                    ["Mali", "164", "19 %", "43 %", "26 %"],
                    ["Niger", "124", "11 %", "62 %", "47 %"],
                    ["Ensemble", "486", "15 %", "53 %", "35 %"],
                ],
                [57, 150, 270, 360, 460]),
            [
                "Au Niger et au Burkina Faso, la plupart des enfants sont sortis des groupes lors d'opérations militaires ou après s'être rendus aux autorités. Beaucoup ont alors été gardés plusieurs semaines dans des camps militaires ou des lieux de détention, interrogés comme des combattants adultes, avant d'être confiés aux services sociaux. Au Mali, des sorties ont aussi été négociées par des chefs religieux et des notables auprès des commandants locaux.",
            ]),
            new("4. La prise en charge transitoire",
            [
                "Les protocoles de remise signés entre les gouvernements et les Nations unies prévoient que tout enfant capturé ou rendu soit confié aux services de protection dans un délai de soixante-douze heures. Dans la pratique, ce délai est rarement respecté, faute de véhicules, de places disponibles dans les centres et d'agents informés de l'existence de ces protocoles dans les garnisons éloignées.",
                "Les centres de transit offrent un hébergement de quelques semaines à quelques mois, des soins médicaux, un soutien psychosocial et la recherche des familles. Les enfants y retrouvent un rythme de vie, mais beaucoup souffrent de cauchemars, de colère et de troubles du sommeil, et les psychologues sont trop peu nombreux pour assurer un suivi individuel de chaque enfant. Les activités sportives et artistiques occupent une grande place dans les journées.",
                "Lorsque la famille ne peut pas être retrouvée ou que le retour est jugé dangereux, les enfants sont placés dans des familles d'accueil sélectionnées par les services sociaux. Ces familles reçoivent une aide modeste pour la nourriture et la scolarité, mais leur suivi est irrégulier et certaines traitent l'enfant comme une main-d'œuvre domestique gratuite. Les enfants concernés ont rarement été consultés sur le choix de la famille.",
            ]),
            new("5. La réintégration familiale et communautaire",
            [
                "Le retour au village est le moment le plus redouté. Les communautés craignent que les enfants restent liés au groupe, qu'ils servent d'informateurs ou qu'ils attirent des représailles. Des enfants racontent avoir été traités de terroristes par leurs voisins, et certains parents ont refusé de reprendre un fils qui avait participé à des attaques contre le village voisin. Les filles revenues des groupes subissent les mêmes soupçons, auxquels s'ajoute la honte attachée aux violences qu'elles ont subies.",
                "Les programmes de réintégration proposent une formation professionnelle en mécanique, en couture, en soudure ou en élevage, suivie d'un kit de démarrage. Les jeunes apprécient ces formations, mais beaucoup ne trouvent pas de débouchés dans des villages où les marchés sont fermés par l'insécurité, et certains revendent leur kit pour nourrir leur famille pendant la soudure. Les filles, elles, se voient surtout proposer la couture ou la coiffure.",
                "Le retour à l'école est difficile pour les enfants qui ont passé plusieurs années dans un groupe. Les classes passerelles permettent à certains de rattraper leur retard en un ou deux ans, mais elles sont rares dans les zones rurales, et les plus âgés refusent de s'asseoir à côté d'élèves beaucoup plus jeunes qu'eux. Certains préfèrent alors un apprentissage chez un artisan du village, qui leur permet de gagner un peu d'argent.",
            ]),
            new("6. Cadre juridique",
            [
                "Les trois pays ont ratifié la Convention relative aux droits de l'enfant, son Protocole facultatif concernant l'implication d'enfants dans les conflits armés et la Charte africaine des droits et du bien-être de l'enfant, qui interdisent le recrutement des moins de dix-huit ans. Ils ont également endossé les Principes de Paris et la Déclaration sur la sécurité dans les écoles. Des plans d'action nationaux ont été adoptés avec l'appui des Nations unies, mais leur financement reste très incomplet.",
                "Les lois antiterroristes permettent pourtant de poursuivre des enfants pour association avec un groupe armé. Au Niger et au Mali, des adolescents ont été maintenus en détention préventive pendant de longs mois sans être présentés à un juge des enfants, alors que les engagements internationaux de ces pays demandent de les considérer d'abord comme des victimes. Les avocats commis d'office sont rares dans les régions concernées.",
            ]),
            new("7. Recommandations",
            [
                "Les gouvernements doivent garantir la remise immédiate aux services de protection de tout enfant capturé ou rendu, interdire sa détention pour simple association avec un groupe armé et vérifier l'âge des membres des groupes d'autodéfense et des forces supplétives avant tout engagement, en retirant sans attendre les mineurs déjà enrôlés. Les commandants de toutes les unités militaires devraient être formés à ces règles et tenus de les appliquer.",
                "Les bailleurs doivent financer des places de prise en charge transitoire, des psychologues et des programmes de réintégration d'au moins deux ans, y compris pour les filles revenues avec leurs enfants, qui restent largement oubliées par les programmes actuels et n'ont souvent accès à aucune formation. Les financements devraient couvrir aussi le soutien aux familles qui accueillent les enfants, pour que leur retour ne devienne pas une charge de plus pour des ménages déjà appauvris par le conflit.",
                "Les communautés, les chefs coutumiers et les chefs religieux devraient être associés dès le départ à la préparation du retour des enfants, afin de réduire la stigmatisation, d'organiser des cérémonies de réconciliation lorsque les familles le souhaitent et de prévenir un nouveau recrutement. Les enfants eux-mêmes doivent pouvoir donner leur avis sur le lieu et le moment de leur retour, et être informés des services qui pourront les soutenir une fois rentrés chez eux.",
            ]),
        ]);

    public static readonly UnseenReports.Report CashTransfer = new(
        CashTransferFile,
        "Transferts monétaires et protection sociale au Mali et au Burkina Faso : effets sur le travail des enfants et la fréquentation scolaire",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["ML", "BF"], Language = "fr", Publisher = "Laboratoire d'essai sur la protection sociale de l'enfance (exemple)" },
        [
            new("Résumé",
            [
                "Cette étude examine les effets des transferts monétaires versés aux ménages vulnérables sur le travail des enfants et leur fréquentation scolaire au Mali et au Burkina Faso. Elle compare, dans les régions de Ségou, Sikasso, du Centre-Nord et de l'Est, des ménages bénéficiaires des programmes nationaux de filets sociaux et des ménages voisins éligibles mais non encore inscrits, suivis pendant deux années scolaires.",
                "Les transferts améliorent la scolarisation et réduisent le temps que les enfants consacrent au travail, surtout pour les filles et les enfants de 10 à 14 ans. Leur effet reste toutefois limité par la faiblesse des montants, les retards de paiement et l'insécurité, qui ferme des écoles et empêche les agents d'atteindre certains villages. Les transferts ne remplacent donc pas les services sociaux ni l'offre scolaire dans les zones les plus touchées.",
            ]),
            new("1. Les programmes étudiés",
            [
                "Au Mali, le programme Jigisémèjiri verse depuis 2014 une allocation trimestrielle aux ménages pauvres identifiés par un ciblage communautaire puis vérifiés par un questionnaire sur les biens du ménage. Les versements sont remis en espèces à la mère ou à la principale femme du ménage, lors de journées de paiement organisées dans les chefs-lieux de commune. Les dates de paiement sont annoncées par les relais quelques jours à l'avance.",
                "Au Burkina Faso, le projet de filets sociaux Burkin-Naong-Sa Ya apporte un appui comparable aux ménages des régions les plus pauvres, avec des paiements de plus en plus souvent effectués par téléphone mobile. Dans les zones touchées par les déplacements de population, des transferts d'urgence ont été ajoutés pour les familles déplacées et les familles d'accueil. Ces transferts d'urgence durent en général six mois.",
                "Aucun de ces programmes n'impose de condition liée à l'école ou au travail des enfants. Ils sont accompagnés de séances de sensibilisation sur la nutrition, l'hygiène, l'état civil et l'importance de la scolarisation, animées par des relais communautaires dans chaque village couvert. Les équipes des programmes estiment que des conditions seraient impossibles à contrôler dans des zones où de nombreuses écoles sont fermées.",
            ]),
            new("2. Méthodologie",
            [
                "L'enquête a suivi 4 390 enfants de 6 à 14 ans appartenant à 1 820 ménages, interrogés au début et à la fin de la période d'étude. Les enseignants ont fourni les registres d'appel, et les enfants ont décrit eux-mêmes les tâches accomplies la semaine précédant chaque passage, y compris les travaux des champs, le petit commerce, l'orpaillage et les tâches ménagères.",
                "Les ménages non bénéficiaires ont été choisis parmi ceux qui figuraient sur les listes d'attente des mêmes communes. Ils ressemblent aux bénéficiaires par leur taille, leurs revenus et leur accès à l'école, mais les écarts observés ne peuvent pas être attribués aux seuls transferts, car d'autres aides humanitaires ont été distribuées dans certaines zones. Les résultats doivent donc être lus comme des tendances.",
            ]),
            new("3. Effets sur la fréquentation scolaire",
            [
                "Le tableau suivant présente, pour chaque pays et chaque groupe de ménages, le nombre d'enfants suivis, la part des enfants scolarisés à la fin de l'étude, la part des enfants qui ont travaillé la semaine précédente et la part de ceux qui ont effectué des travaux dangereux. Les travaux dangereux comprennent le travail dans les mines, le port de lourdes charges, la manipulation de pesticides et le travail de nuit, selon les listes nationales.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Scolarisation et travail des enfants de 6 à 14 ans selon le bénéfice des transferts monétaires (enquête 2024)",
                ["Groupe de ménages", "Enfants suivis", "Scolarisés", "Au travail", "Travaux dangereux"],
                [
                    ["Mali, bénéficiaires", "1 240", "68 %", "31 %", "12 %"],
                    ["Mali, non bénéficiaires", "1 180", "56 %", "42 %", "19 %"],
                    ["Burkina Faso, bénéficiaires", "960", "73 %", "24 %", "13 %"],
                    ["Burkina Faso, non bénéficiaires", "1 010", "61 %", "38 %", "17 %"],
                ],
                [57, 200, 290, 370, 450]),
            [
                "L'écart est le plus marqué pour les filles de 10 à 14 ans, qui restent plus souvent à l'école lorsque leur ménage reçoit des transferts. Les mères interrogées expliquent qu'elles peuvent acheter les fournitures, l'uniforme et payer la cotisation de l'association des parents d'élèves sans attendre la vente de la récolte. Chez les garçons plus âgés, l'écart est plus faible, car beaucoup ont déjà quitté l'école avant l'entrée du ménage dans le programme.",
            ]),
            new("4. Effets sur le travail des enfants",
            [
                "Les enfants des ménages bénéficiaires travaillent moins d'heures par semaine, en particulier pendant la période scolaire. Les garçons continuent d'aider aux champs pendant l'hivernage, mais ils sont moins souvent envoyés travailler pour d'autres familles ou sur les sites d'orpaillage, où les travaux sont les plus dangereux pour leur santé. Les heures de travail domestique des filles diminuent moins nettement, surtout dans les ménages où la mère exerce une activité hors du foyer.",
                "L'effet est plus faible lorsque le ménage utilise l'argent pour acheter du petit bétail ou lancer une activité de commerce. Dans ces cas, les enfants sont parfois chargés de garder les animaux ou de tenir l'étal, si bien que le travail familial augmente alors que le travail pour des tiers diminue. Les programmes ne donnent aucun conseil sur ce point.",
                "Les transferts ne suffisent pas à faire revenir les enfants déjà partis en ville ou sur les sites miniers. Les familles expliquent que ces enfants envoient de l'argent que l'allocation ne remplace pas, et que leur retour supposerait une place à l'école et un accompagnement que les programmes ne prévoient pas. Aucun des enfants partis identifiés par l'enquête n'était revenu au bout de deux ans.",
            ]),
            new("5. Les dépenses des ménages et le rôle des femmes",
            [
                "La nourriture reste la première dépense financée par les transferts, suivie des frais de santé, de l'école et du remboursement des dettes contractées pendant la période de soudure. Les ménages qui reçoivent l'argent à temps évitent de vendre leurs semences ou de retirer un enfant de l'école pour le faire travailler quand la récolte est mauvaise. Plusieurs ménages ont aussi payé des frais de soins pour un enfant malade, qu'ils auraient sinon reportés.",
                "Le versement aux femmes renforce leur place dans les décisions du ménage, selon la plupart des bénéficiaires rencontrées. Plusieurs disent avoir pu s'inscrire dans une tontine ou ouvrir un petit commerce de condiments, et consacrer une part de leurs gains aux frais scolaires de leurs filles. Les maris interrogés disent pour la plupart accepter cet arrangement, tant que l'argent sert aux besoins de la famille.",
                "Certaines femmes disent aussi subir des pressions de leur mari ou de leur belle-famille pour remettre l'argent dès la sortie du lieu de paiement. Les séances de sensibilisation abordent rarement cette question, et aucun mécanisme de plainte n'est connu des bénéficiaires interrogées dans les villages visités. Les agents de paiement disent ne pas savoir comment réagir lorsqu'ils sont témoins de telles situations.",
            ]),
            new("6. Les limites des programmes",
            [
                "Le montant versé a perdu une partie de sa valeur avec la hausse du prix des céréales, et il ne tient pas compte de la taille du ménage. Une famille de douze personnes reçoit la même somme qu'une famille de quatre, ce qui réduit l'effet des transferts dans les ménages qui comptent le plus d'enfants en âge scolaire. Les bénéficiaires demandent que le montant soit revu chaque année.",
                "Les retards de paiement sont fréquents : dans plusieurs communes, deux versements ont été regroupés après six mois sans paiement, obligeant les ménages à s'endetter auprès des commerçants. Dans les zones sous blocus, les agents de paiement ne peuvent plus se déplacer, et les bénéficiaires doivent parcourir de longues distances à leurs risques. Certains ont dû vendre des animaux à bas prix.",
                "Le ciblage communautaire laisse de côté certaines familles, notamment les ménages dirigés par des veuves âgées et les familles arrivées récemment dans le village. Les comités de ciblage reconnaissent que les listes ont été établies avant les grandes vagues de déplacement et n'ont pas été mises à jour depuis. Des ménages très pauvres se retrouvent ainsi exclus alors que des voisins mieux lotis continuent de recevoir les versements.",
            ]),
            new("7. Recommandations",
            [
                "Les gouvernements et leurs partenaires devraient indexer le montant des transferts sur le prix des céréales et sur le nombre d'enfants du ménage, et garantir des versements réguliers, y compris dans les zones d'insécurité, par le paiement mobile lorsque le réseau le permet et par des relais locaux ailleurs. Les calendriers de paiement devraient être publiés à l'avance dans chaque commune.",
                "Les programmes de filets sociaux devraient être reliés aux services de protection de l'enfance et à l'éducation, afin que les travailleurs sociaux puissent orienter les ménages dont les enfants travaillent et que les écoles signalent les absences prolongées des enfants des familles bénéficiaires. Des séances consacrées aux dangers du travail des enfants devraient aussi être ajoutées aux activités de sensibilisation déjà prévues, avec la participation des enfants eux-mêmes.",
                "Les listes de bénéficiaires doivent être révisées régulièrement pour inclure les familles déplacées et les ménages dirigés par des femmes seules, et un mécanisme de plainte accessible, confidentiel et connu de tous doit être créé dans chaque commune couverte. Les femmes bénéficiaires devraient être informées de leurs droits, du montant attendu et des dates de paiement, afin de pouvoir signaler toute retenue ou toute pression subie.",
            ]),
        ]);

    public static readonly UnseenReports.Report Volta = new(
        VoltaFile,
        "Boys in fishing on Lake Volta: trafficking and hazardous work in Ghana",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["GH"], Language = "en", Publisher = "Volta Child Labour Trial Observatory (example)" },
        [
            new("Summary and methodology",
            [
                "This study describes the situation of boys working in fishing communities on Lake Volta in Ghana, many of whom were brought to the lake by intermediaries and work for fishermen who are not their relatives. It is based on interviews with 412 boys aged 7 to 17 in 38 fishing communities in 2025, and on discussions with fishermen, parents, teachers, police officers and social welfare staff.",
                "Most boys work long hours on canoes, at night and in deep water, without pay and without going to school. Many were handed over by their families against a small sum of money and cannot leave until their contract ends. Rescue operations free some of them, but few receive lasting support, and some are brought back to the lake within a year.",
                "Interviews were conducted in Ewe, Fante, Twi and Guan by trained field officers who travelled by boat to island and lakeside communities. Boys were interviewed away from the fishermen they worked for, often on shore while nets were being mended, and were asked about their work in the week before the interview, their origin and how they came to the lake.",
                "Because fishermen sometimes hid boys on islands when strangers arrived, the youngest and most exploited children are probably under-represented. Ages were estimated from the boys' own accounts, school records and the judgement of field officers, and may be inaccurate for boys who did not know their year of birth. Boys working for their own parents were also interviewed, but the findings below concern mainly boys living away from their families.",
            ]),
            new("1. How boys come to the lake",
            [
                "Most boys come from coastal towns of the Central Region, such as Winneba and Senya Beraku, and from poor districts of the Volta and Oti regions. They are usually recruited by a relative or a former fisherman who returns to the home town and offers to take children to work on the lake, presenting the arrangement as an apprenticeship in fishing.",
                "Parents typically receive an advance of a few hundred cedis and are promised a larger payment, a canoe or an outboard motor at the end of a contract that lasts two to four years. Many never receive the rest, and several mothers said they had lost contact with their son after the intermediary changed his telephone number. Few parents know where on the lake their son is working.",
                "Single mothers and families in debt are the most likely to give a child. Some boys were sent after the death of their father, others after failing at school, and a few were taken without their mother's knowledge by a relative who presented himself as the child's guardian. Community leaders in the towns of origin said that the practice is widely known and rarely questioned.",
            ]),
            new("2. The work on the lake",
            [
                "Boys paddle canoes, cast and haul heavy nets, bail water out of leaking boats and remove fish from the nets, often from before dawn until late at night. The youngest also cook, clean fish and carry loads for the fisherman's wife, who smokes and sells the catch at the market. A working day of fourteen hours or more was reported by most boys during the main fishing season.",
                "The most dangerous task is diving to free nets caught on the tree stumps of the forest that was flooded when the dam was built. Boys dive without any equipment, sometimes several metres deep, and fishermen described boys who had drowned after becoming entangled in the mesh. Many of the boys interviewed could not swim when they arrived. Fishermen admitted the danger but said that adults were too big to reach the nets.",
                "Boys also suffer from cuts, fish bites and infections, and bilharzia is common in lakeside communities. They work in the rain and the cold at night without protective clothing, and injured or sick boys are rarely taken to a clinic because the fisherman does not want to pay for treatment. Several boys showed scars from hooks and ropes on their hands and legs.",
            ]),
            new("3. Living conditions, schooling and abuse",
            [
                "Boys sleep in the fisherman's compound or in open sheds by the shore, and many said they ate once a day, usually after the last fishing trip. Punishment is harsh: boys described being beaten with paddles or ropes for tearing a net, falling asleep in the canoe or asking to go home. Several boys said they had tried to run away, but were caught and brought back by people from the community.",
                "Few boys attend school. Some are enrolled in the local school to avoid questions from the authorities but are kept away during the fishing season, and teachers in lakeside schools said that such pupils rarely stay beyond the third year of primary school. Older boys who missed their schooling find it hard to learn any other trade. Some schools have only one trained teacher.",
            ]),
            new("4. The boys in figures",
            [
                "The following table shows, for each district, the number of boys interviewed, the share who had dived to free nets in the past month, the share who had fished at night in the past week and the share who were not enrolled in school. The districts were chosen because child protection organisations have reported trafficked boys there, and the figures should not be read as estimates for the whole lake.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Boys interviewed in fishing communities, by district (2025)",
                ["District", "Boys interviewed", "Dived for nets", "Night fishing", "Out of school"],
                [
                    ["Krachi West", "118", "61%", "84%", "72%"],
                    ["Pru East", "97", "48%", "77%", "66%"],
                    ["Afram Plains", "86", "39%", "62%", "58%"],
                    ["South Dayi", "111", "53%", "81%", "69%"],
                ],
                [57, 165, 275, 370, 450]),
            [
                "Diving is most common in the northern parts of the lake, where the flooded forest is densest. Most boys under twelve had arrived on the lake before the age of nine, and many had worked for more than one fisherman after being passed on when their first employer left the area or fell into debt. Some boys did not know the name of the town they came from.",
            ]),
            new("5. Rescue, rehabilitation and return",
            [
                "Rescue operations are carried out by the Anti-Human Trafficking Unit of the Ghana Police Service, social welfare officers and non-governmental organisations, sometimes after months of negotiation with community leaders. Some fishermen release boys voluntarily after awareness sessions, while others move them to remote islands when they hear that a rescue team is coming. Rescues are costly, as each one requires boats, fuel and several days on the lake.",
                "Rescued boys spend a few weeks to several months in a shelter, where they receive medical care, counselling and catch-up classes. Places are few, and the only government shelter for trafficked boys was often full during the study, so that some boys waited in police stations or were returned home after only a few days. Catch-up classes are short and rarely lead to enrolment in a school.",
                "Reunification is difficult when the family is still poor or when it was the family that sent the boy. Social workers follow up few children after their return, and several boys interviewed had been rescued before and were brought back to the lake by the same intermediary within a year. Social workers said they lacked fuel, motorbikes and time to visit families in remote towns.",
            ]),
            new("6. Laws and policies",
            [
                "Ghana's Human Trafficking Act of 2005 makes it an offence to recruit or transport a child for exploitation, even with the consent of the parents, and the Children's Act of 1998 sets the minimum age for hazardous work at eighteen. The hazardous child labour list adopted by the government names fishing at night and diving among the activities forbidden to children.",
                "Prosecutions of fishermen and intermediaries remain rare. Police and prosecutors said that cases collapse when parents refuse to testify against a relative, and that courts in the lake districts sit irregularly. The national plan of action against child labour and the anti-trafficking programme both depend heavily on donor funding that varies from year to year. Fishermen rarely see a case reach court.",
            ]),
            new("7. Recommendations",
            [
                "The Government of Ghana should fund enough shelter places for trafficked boys, train social welfare officers in the lake districts and follow up every rescued child for at least two years, with support to the family so that the child is not sent back to the lake. Shelters should also offer vocational training for older boys who are too old to return to primary school.",
                "Police and prosecutors should pursue intermediaries as well as fishermen, and district assemblies should register every child living in fishing communities who is not with their parents, with regular checks by community child protection committees. Fishing associations should adopt rules that forbid taking on children who are not their members' own sons, and sanction members who break them, as some associations on the southern part of the lake have already begun to do.",
                "Fish traders and buyers should refuse fish caught with child labour, and programmes in the coastal towns of origin should offer mothers credit and training so that they do not have to hand over their sons to meet their debts. Schools in lakeside communities should receive more teachers and school meals, so that boys living on the lake can attend classes throughout the year.",
            ]),
        ]);

    public static readonly UnseenReports.Report AdolescentHealth = new(
        AdolescentHealthFile,
        "Adolescent pregnancy, HIV and girls' access to sexual and reproductive health services in Liberia and Nigeria",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["LR", "NG"], Language = "en", Publisher = "Adolescent Health Trial Research Group (example)" },
        [
            new("Summary",
            [
                "This report examines adolescent pregnancy, HIV and the use of sexual and reproductive health services by girls aged 13 to 19 in Liberia, in Montserrado and Nimba counties, and in Nigeria, in Lagos and Kano states. It is based on a survey of 2 140 girls in 2024, on interviews with nurses, midwives, teachers, parents and community leaders, and on visits to health facilities.",
                "Many girls become pregnant before they are eighteen, often in relationships with older men who give them money or gifts. Most know little about contraception, few have ever been tested for HIV, and those who seek care meet nurses who judge them, fees they cannot pay and rules that require the consent of a parent. Pregnancy usually ends their schooling.",
            ]),
            new("1. Methodology",
            [
                "Girls were surveyed in their homes, schools and youth centres by young female interviewers, in English, Liberian English, Kpelle, Yoruba or Hausa. Questions on sexual activity and violence were answered privately on a tablet, and every girl was given the address of a nearby youth-friendly clinic and a helpline number at the end of the interview. Interviewers were trained to stop the interview if a girl became distressed.",
                "Married girls in Kano were interviewed with the consent of their husbands, which may have limited what they were willing to say. Girls out of school and girls living on the street are probably under-represented, and the figures on HIV rely on what girls reported about their own tests rather than on testing by the study. The findings therefore describe mainly girls who live with their families.",
            ]),
            new("2. Early pregnancy and its causes",
            [
                "In Monrovia and the towns of Nimba, many girls described relationships with older men, often called sugar daddies, who pay school fees, buy phones or give money for food. Girls said that refusing sex in such relationships was difficult, and that condoms were rarely used when the man was paying for their needs. Some mothers encouraged such relationships because the family depended on the money.",
                "Sexual violence is another cause of pregnancy. Several girls in both countries became pregnant after rape by a relative, a neighbour or a teacher, and most of these cases were settled between families rather than reported to the police. Girls who had been raped rarely received emergency contraception within the days when it is effective. Some were forced to marry the man responsible.",
                "In Kano, most pregnancies among adolescents occur within marriage. Girls are often married soon after puberty, are expected to have a child in the first year, and have little say over when to become pregnant again. Early and repeated pregnancies put them at high risk of obstetric fistula and of death during childbirth. Few of them attend antenatal care early in pregnancy.",
            ]),
            new("3. HIV and health service use in figures",
            [
                "The following table shows, for each area, the number of girls surveyed, the share who had ever been pregnant, the share who had ever been tested for HIV and the share who had used any sexual or reproductive health service in the past year. The use of a service covers contraception, antenatal care, HIV testing and treatment of sexually transmitted infections in any public, private or faith-based facility.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Girls aged 13 to 19 surveyed, pregnancy, HIV testing and service use, by area (2024)",
                ["Area", "Girls surveyed", "Ever pregnant", "Tested for HIV", "Used a service"],
                [
                    ["Montserrado (LR)", "560", "29%", "41%", "36%"],
                    ["Nimba (LR)", "470", "34%", "23%", "21%"],
                    ["Lagos (NG)", "610", "17%", "38%", "33%"],
                    ["Kano (NG)", "500", "44%", "12%", "15%"],
                ],
                [57, 185, 285, 380, 470]),
            [
                "Girls living with HIV often learned their status only during antenatal care. Those who knew they were positive said they feared that their parents, partners or classmates would find out, and several had stopped taking their treatment because they had to collect it at a clinic where people from their community could see them. Few were in a support group.",
            ]),
            new("4. Barriers to sexual and reproductive health services",
            [
                "Girls said that nurses scolded them, asked why they were having sex at their age or told their mothers about their visit. Some were refused contraceptives unless they came with a parent or a husband, even where national guidelines allow adolescents to receive them on their own. Unmarried girls were treated most harshly, and several said they would rather buy pills from a drug seller than face the nurses again.",
                "Many clinics open only during school hours, charge informal fees for cards and supplies, and often run out of implants and injectables. In rural Nimba, girls must walk for hours to reach a facility, and youth-friendly corners set up with donor funding had closed when the project ended. Drug sellers and patent medicine vendors are often the only option left.",
                "Sexuality education in schools is limited and uneven. Teachers said they avoided topics such as contraception and condoms because parents or religious leaders objected, so many girls rely on friends, social media and rumours, including the belief that family planning causes permanent infertility. Boys receive even less information than girls, and many believe that contraception is a matter for women only.",
            ]),
            new("5. Schooling and pregnant girls",
            [
                "In Liberia, the education policy allows pregnant girls and young mothers to stay in school, but many girls were pushed out by teachers and classmates or stopped going because nobody could look after the baby. Only a minority of the young mothers surveyed had returned to school within two years of giving birth. Some schools asked them to attend evening classes.",
                "In Nigeria, practice varies between states and schools. Some schools expel girls as soon as their pregnancy is noticed, and in Kano most married girls leave school at marriage. Girls who wanted to return said they needed flexible hours, a place to breastfeed and help with fees. Some young mothers had joined adult literacy classes or learned a trade instead, often with the support of women's groups or religious organisations in their area.",
            ]),
            new("6. Laws and policies",
            [
                "Liberia's Children's Law of 2011 protects children from sexual abuse, and the rape law makes sex with a child under eighteen a serious offence. Nigeria's Child Rights Act of 2003 sets eighteen as the minimum age of marriage, but several northern states, including Kano, have not adopted it, and customary and religious marriage of girls continues there. Cases of rape remain heavily underreported in both countries.",
                "Both countries have national adolescent health policies that promise youth-friendly services, and both allow HIV testing of adolescents without a parent from a certain age. Health workers interviewed, however, were often unaware of these rules and continued to ask for parental consent. Few clinics display these rights, and most girls had never heard of them, so that they did not know they could ask for a test or a contraceptive on their own.",
            ]),
            new("7. Recommendations",
            [
                "Ministries of health should train and supervise nurses and midwives in youth-friendly care, remove informal fees and make contraception, emergency contraception and HIV testing available to adolescents without parental consent, as national guidelines already allow. Clinics should also open outside school hours, hold stocks of implants and injectables, and offer girls living with HIV confidential ways to collect their treatment, such as community pick-up points or peer support groups.",
                "Ministries of education should apply re-entry policies for pregnant girls and young mothers, with childcare near schools, and teach comprehensive sexuality education that includes consent, contraception and the prevention of HIV. Teachers need training and support from school authorities to teach these subjects, and parents and religious leaders should be involved early, so that schools do not drop these lessons as soon as objections are raised in the community.",
                "The remaining Nigerian states should adopt the Child Rights Act, and both governments should ensure that girls who have been raped receive medical care, emergency contraception and legal support within seventy-two hours. Community leaders should be engaged to stop the settlement of rape cases between families, and one-stop centres for survivors should be opened in every county and state, with staff trained to receive adolescents.",
            ]),
        ]);

    public static IReadOnlyList<UnseenReports.Report> All { get; } = [ArmedGroups, CashTransfer, Volta, AdolescentHealth];
}
