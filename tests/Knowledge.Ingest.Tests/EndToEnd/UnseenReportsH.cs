using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set H of the held-out search evaluation (<see cref="UnseenQuestionsH"/>): four more reports, written
/// blind to the glossary, the lexicon, the query understanding, the ranking and the results of the
/// earlier sets. Two in French (Mali, Guinée and Burkina Faso, children with albinism, ritual attacks,
/// stigma, schooling and skin care, as a PDF; Côte d'Ivoire and Sénégal, sexual violence and harassment
/// in schools, as a Word file) and two in English (Sierra Leone and Liberia, teenage pregnancy and school
/// re-entry policies; Ghana and The Gambia, child helplines and reporting mechanisms; both PDFs). Each
/// has headings, several pages and exactly one table with a caption. <b>Every figure, survey, case and
/// finding in them is invented test data</b>; laws, programmes and institutions are named as reports of
/// the region name them. Files are produced by <see cref="UnseenReports.Bytes"/>.
/// </summary>
internal static class UnseenReportsH
{
    public const string AlbinismFile = "ml-gn-bf-enfants-albinisme-2025.pdf";
    public const string SchoolAbuseFile = "ci-sn-violences-sexuelles-ecole-2024.docx";
    public const string PregnancyFile = "sl-lr-teenage-pregnancy-school-reentry-2025.pdf";
    public const string HelplineFile = "gh-gm-child-helplines-reporting-2024.pdf";

    public static readonly UnseenReports.Report Albinism = new(
        AlbinismFile,
        "Enfants atteints d'albinisme au Mali, en Guinée et au Burkina Faso : attaques rituelles, exclusion et accès aux soins",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["ML", "GN", "BF"], Language = "fr", Publisher = "Observatoire d'essai sur les droits des personnes atteintes d'albinisme (exemple)" },
        [
            new("Résumé",
            [
                "Cette étude décrit la situation des enfants atteints d'albinisme dans trois pays d'Afrique de l'Ouest : le Mali, la Guinée et le Burkina Faso. Elle s'appuie sur une enquête réalisée en 2025 auprès de 640 familles ayant au moins un enfant atteint d'albinisme, sur des consultations dermatologiques organisées dans six villes et sur des entretiens avec des enseignants, des chefs religieux, des agents de police et des responsables d'associations.",
                "Les enfants atteints d'albinisme vivent sous une double menace. D'un côté, les croyances qui attribuent des pouvoirs magiques à leur corps les exposent à des enlèvements et à des mutilations. De l'autre, le manque de protection solaire et de soins de la vue compromet leur santé et leur scolarité dès les premières années.",
            ]),
            new("1. Méthodologie",
            [
                "Les familles ont été identifiées avec l'appui des associations nationales de personnes atteintes d'albinisme, qui tiennent des registres de leurs membres à Bamako, Conakry, Ouagadougou et dans plusieurs villes secondaires. Les entretiens ont été conduits en bambara, en soussou, en peul, en mooré ou en français, selon la langue choisie par la famille.",
                "Les consultations de dermatologie et d'ophtalmologie ont permis d'examiner les enfants de 2 à 17 ans présents lors des visites. Les familles vivant en zone rurale isolée, souvent les plus exposées, restent sous-représentées, car beaucoup craignaient de se faire connaître auprès d'enquêteurs venus de l'extérieur.",
            ]),
            new("2. Attaques rituelles et trafic de parties du corps",
            [
                "Dans les trois pays, des enfants atteints d'albinisme ont été enlevés, mutilés ou tués par des personnes qui cherchaient à obtenir leurs cheveux, leurs ongles, leur sang ou leurs os. Ces parties du corps sont vendues à des marabouts ou à des charlatans qui promettent la richesse, la victoire politique ou la découverte d'un filon.",
                "Les associations observent une hausse des agressions à l'approche des scrutins présidentiels et législatifs. Au Mali, une fillette de cinq ans a été enlevée dans la région de Ségou et retrouvée sans vie quelques jours plus tard ; plusieurs autres cas ont été signalés près des sites d'orpaillage de la région de Kayes et de la Haute-Guinée.",
                "Les tombes des personnes atteintes d'albinisme sont parfois profanées. Pour éviter le vol des restes, certaines familles enterrent leurs proches à l'intérieur de la concession ou font couler du béton sur la tombe.",
            ]),
            new("3. Stigmatisation et rejet dans la famille",
            [
                "La naissance d'un enfant atteint d'albinisme est souvent vécue comme un malheur. Dans de nombreuses familles, la mère est accusée d'infidélité ou d'avoir violé un interdit pendant la grossesse, et plusieurs femmes rencontrées ont été répudiées peu après l'accouchement.",
                "Les enfants sont désignés par des surnoms qui les réduisent à leur couleur de peau, et certains adultes refusent de leur serrer la main ou de partager un repas avec eux. Des rumeurs affirment qu'ils ne meurent pas mais disparaissent, ou que leur contact porte chance aux commerçants.",
                "Les pères sont souvent absents de la prise en charge. Dans l'échantillon, près d'un enfant sur trois est élevé par sa mère seule ou par une grand-mère, ce qui aggrave la pauvreté des ménages et réduit les moyens consacrés aux soins.",
            ]),
            new("4. Une scolarité freinée par la basse vision",
            [
                "Presque tous les enfants atteints d'albinisme ont une basse vision. Assis au fond de la classe, ils ne parviennent pas à lire ce qui est écrit au tableau, et les enseignants interprètent souvent leurs difficultés comme un manque d'intelligence ou de volonté.",
                "Les lunettes adaptées, les loupes et les documents imprimés en gros caractères sont rarement disponibles. Les familles ne savent pas toujours que l'enfant peut demander à s'asseoir au premier rang ou obtenir un temps supplémentaire pendant les examens.",
                "Les récréations en plein soleil et les travaux agricoles scolaires sont une autre source d'abandon. Plusieurs enfants disent avoir quitté l'école après des brûlures répétées ou parce qu'on se moquait des plaies de leur visage.",
            ]),
            new("5. La peau et les yeux : protection solaire et cancer",
            [
                "Le tableau suivant présente, pour chaque pays, le nombre d'enfants examinés lors des consultations, la part de ceux qui présentaient des lésions précancéreuses, la part qui utilise régulièrement un écran solaire et la part qui porte des lunettes adaptées.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Santé de la peau et de la vue des enfants atteints d'albinisme examinés, par pays (consultations 2025)",
                ["Pays", "Enfants examinés", "Lésions précancéreuses", "Écran solaire régulier", "Lunettes adaptées"],
                [
                    ["Mali", "248", "38 %", "17 %", "12 %"],
                    ["Guinée", "203", "44 %", "9 %", "6 %"],
                    ["Burkina Faso", "189", "31 %", "26 %", "21 %"],
                ],
                [57, 170, 275, 380, 470]),
            [
                "Les lésions apparaissent dès l'âge de dix ans chez les enfants qui travaillent aux champs ou vendent au marché sans protection. Sans dépistage ni traitement, elles évoluent vers des cancers de la peau qui, dans la région, emportent une grande partie des adultes atteints d'albinisme avant quarante ans.",
                "Les crèmes solaires à indice élevé coûtent l'équivalent de plusieurs jours de salaire et ne sont vendues que dans les pharmacies des capitales. Les chapeaux à larges bords et les vêtements à manches longues, moins chers, sont la principale protection recommandée aux familles.",
            ]),
            new("6. Services spécialisés et cadre juridique",
            [
                "Quelques services spécialisés existent : une consultation de dermatologie gratuite au centre hospitalier de Bamako, un programme de distribution de crème solaire appuyé par une association à Conakry et des séances de cryothérapie organisées deux fois par an à Ouagadougou. Ils restent hors de portée des familles rurales.",
                "Sur le plan juridique, aucun des trois pays n'a adopté de loi propre aux personnes atteintes d'albinisme. Les attaques sont poursuivies comme des meurtres, des coups et blessures ou des atteintes à l'intégrité du cadavre, et les commanditaires sont rarement identifiés. Le Mali a adopté en 2018 une loi relative aux droits des personnes handicapées qui peut s'appliquer aux enfants malvoyants.",
                "Le Burkina Faso et la Guinée ont adopté des plans d'action nationaux inspirés du plan régional de l'Union africaine sur l'albinisme, mais leur financement dépend presque entièrement des partenaires extérieurs.",
            ]),
            new("7. Recommandations",
            [
                "Les gouvernements doivent inscrire les crèmes solaires sur la liste des médicaments essentiels et les distribuer gratuitement aux enfants atteints d'albinisme par les centres de santé.",
                "Les ministères de l'éducation doivent former les enseignants à l'accueil des élèves malvoyants, fournir des documents en gros caractères et autoriser le port du chapeau en classe comme dans la cour.",
                "La police et la justice doivent ouvrir une enquête sur chaque attaque, protéger les familles qui portent plainte et renforcer la vigilance pendant les périodes électorales.",
            ]),
        ]);

    public static readonly UnseenReports.Report SchoolAbuse = new(
        SchoolAbuseFile,
        "Violences sexuelles et harcèlement à l'école en Côte d'Ivoire et au Sénégal : enseignants, signalement et grossesses",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["CI", "SN"], Language = "fr", Publisher = "Réseau d'essai pour des écoles sûres (exemple)" },
        [
            new("Résumé",
            [
                "Ce rapport examine les violences sexuelles et le harcèlement subis par les élèves dans les collèges et lycées de Côte d'Ivoire et du Sénégal. Il repose sur un questionnaire anonyme rempli par 2 950 élèves de 12 à 19 ans dans 38 établissements publics et privés, sur des groupes de discussion avec des élèves et des parents et sur des entretiens avec des enseignants, des chefs d'établissement et des inspecteurs.",
                "Les auteurs les plus souvent cités sont des enseignants, suivis par des élèves plus âgés et des membres du personnel administratif. Les violences restent rarement signalées : les élèves craignent les représailles, les familles préfèrent un arrangement et les sanctions prises contre les enseignants fautifs sont souvent limitées à une mutation.",
            ]),
            new("1. Méthodologie",
            [
                "Les établissements ont été tirés au sort dans les régions d'Abidjan, de Bouaké et de San-Pédro en Côte d'Ivoire, et de Dakar, Kaolack et Ziguinchor au Sénégal. Le questionnaire était rempli sur papier, sans nom, dans une salle à l'écart des enseignants, et déposé dans une urne fermée.",
                "Les questions portaient sur les remarques à caractère sexuel, les attouchements, les propositions en échange de notes, les rapports forcés et les violences en ligne. Les groupes de discussion ont été séparés selon le sexe et animés par des personnes extérieures à l'établissement.",
            ]),
            new("2. Ampleur des violences",
            [
                "Le tableau suivant présente, pour chaque pays et selon le sexe, la part des élèves ayant subi des remarques sexuelles, des attouchements ou une proposition de notes contre des faveurs sexuelles au cours de l'année scolaire, ainsi que la part de celles et ceux qui en ont parlé à un adulte.",
            ],
            new UnseenReports.ReportTable(
                "Tableau 1 : Violences sexuelles subies par les élèves au cours de l'année scolaire, par pays et par sexe (enquête 2024)",
                ["Groupe", "Remarques sexuelles", "Attouchements", "Notes contre faveurs", "En ont parlé"],
                [
                    ["Filles (CI)", "47 %", "23 %", "16 %", "13 %"],
                    ["Garçons (CI)", "21 %", "9 %", "4 %", "6 %"],
                    ["Filles (SN)", "39 %", "18 %", "11 %", "10 %"],
                    ["Garçons (SN)", "17 %", "8 %", "3 %", "5 %"],
                ],
                [57, 175, 280, 375, 465]),
            [
                "Les élèves des classes d'examen, en troisième et en terminale, sont les plus exposées aux propositions d'enseignants, qui savent que la réussite au brevet ou au baccalauréat dépend en partie des notes de l'année.",
            ]),
            new("3. Les « notes sexuellement transmissibles »",
            [
                "Les élèves des deux pays emploient la même expression, les « notes sexuellement transmissibles », pour désigner les notes accordées ou retirées par un enseignant selon la réponse d'une élève à ses avances. Une lycéenne de Bouaké raconte qu'après avoir refusé, elle a obtenu zéro à tous les devoirs de cet enseignant jusqu'à la fin de l'année.",
                "Les approches commencent souvent par des convocations au bureau après les cours, des messages sur le téléphone ou des offres de cours de soutien à domicile. Les enseignants contractuels et les vacataires, moins contrôlés, sont cités aussi souvent que les titulaires.",
                "Les garçons sont aussi victimes, surtout d'attouchements et de moqueries à caractère sexuel de la part d'élèves plus âgés dans les internats et les vestiaires. Ils en parlent encore moins que les filles, par peur d'être traités d'homosexuels.",
            ]),
            new("4. Signalement et réponse des établissements",
            [
                "Peu d'élèves savent à qui s'adresser. Les cellules d'écoute prévues dans les établissements ivoiriens existent sur le papier dans la plupart des lycées visités, mais elles sont animées par des enseignants eux-mêmes, ce qui décourage les élèves de s'y confier.",
                "Lorsque la famille apprend les faits, elle cherche souvent un règlement à l'amiable avec l'enseignant, parfois contre une somme d'argent ou une promesse de mariage. Les chefs d'établissement préfèrent régler l'affaire en interne pour préserver la réputation de l'école.",
                "Au Sénégal, les élèves peuvent joindre gratuitement la ligne d'assistance aux enfants, mais aucune des filles interrogées dans les groupes de discussion de Kaolack ne connaissait son numéro. Les plaintes déposées à la police aboutissent rarement à un procès, faute de preuves médicales ou de témoins.",
            ]),
            new("5. Grossesses et exclusion",
            [
                "Les grossesses d'élèves résultant de relations avec des enseignants sont un sujet largement tu. Dans les deux pays, les chefs d'établissement ont signalé des cas d'élèves enceintes de leur professeur, dont la plupart ont quitté l'école sans que l'enseignant soit inquiété.",
                "La Côte d'Ivoire a mené des campagnes nationales contre les grossesses en milieu scolaire, qui insistent surtout sur la responsabilité des filles. Le Sénégal autorise les élèves enceintes à poursuivre leur scolarité, mais beaucoup quittent l'établissement sous la pression des familles et des camarades.",
            ]),
            new("6. Codes de conduite et cadre juridique",
            [
                "Les deux pays disposent de textes qui interdisent les relations entre enseignants et élèves. En Côte d'Ivoire, un code de conduite des personnels de l'éducation a été diffusé dans les établissements, et le code pénal réprime le harcèlement sexuel. Au Sénégal, la loi de 2020 criminalisant le viol et la pédophilie a alourdi les peines encourues.",
                "Les enseignants interrogés connaissent mal ces textes. Moins d'un tiers savait qu'un code de conduite existait, et aucun n'avait été formé à son contenu. Les syndicats d'enseignants défendent souvent leurs collègues mis en cause, ce qui freine les procédures disciplinaires.",
            ]),
            new("7. Recommandations",
            [
                "Les ministères de l'éducation doivent rendre obligatoire la signature du code de conduite par tous les enseignants, y compris les contractuels, et prévoir la radiation de ceux qui ont abusé d'un élève.",
                "Chaque établissement doit disposer d'un mécanisme de signalement confidentiel, confié à une personne extérieure au corps enseignant, et afficher le numéro de la ligne d'assistance dans les salles de classe.",
                "Les élèves enceintes doivent pouvoir poursuivre leur scolarité, et toute grossesse d'une élève impliquant un enseignant doit être signalée au procureur.",
            ]),
        ]);

    public static readonly UnseenReports.Report Pregnancy = new(
        PregnancyFile,
        "Back to class: teenage pregnancy and school re-entry policies in Sierra Leone and Liberia",
        new IngestRequest { Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["SL", "LR"], Language = "en", Publisher = "West African Girls' Education Trial Centre (example)" },
        [
            new("Summary",
            [
                "This study looks at what happens to pregnant schoolgirls and adolescent mothers in Sierra Leone and Liberia, two countries that have moved from excluding pregnant girls from school to policies that welcome them back. It draws on a 2025 survey of 1,420 girls who became pregnant while enrolled, school records from 64 junior and senior secondary schools, and interviews with principals, teachers, parents and health workers.",
                "Lifting the exclusion was a real turning point, but it has not yet brought most young mothers back to class. Many never return, and those who do face stigma, a lack of childcare and the cost of schooling. Exam results show that girls who return can succeed when they receive support.",
            ]),
            new("1. Background: from exclusion to re-entry",
            [
                "In Sierra Leone, pregnant girls were barred from attending mainstream school and sitting national exams from 2015, a rule announced after the Ebola epidemic, when teenage pregnancies rose sharply during school closures. The ban was lifted in March 2020, and the Radical Inclusion policy adopted in 2021 commits schools to admitting pregnant girls and parent learners.",
                "Liberia did not formally ban pregnant girls, but many schools excluded them in practice or required them to move to night classes. National guidance on re-entry states that a girl may not be expelled because she is pregnant or has a child.",
            ]),
            new("2. Methodology",
            [
                "Girls were traced through school registers, health clinics and community mentors in Kenema, Bombali and the Western Area in Sierra Leone, and in Montserrado and Nimba counties in Liberia. Each was interviewed in Krio, Liberian English or a local language by a trained female researcher.",
                "The survey covered girls who had become pregnant in the previous three school years. Girls who moved away after giving birth, or who married and left their community, were harder to find, so the true share who never returned is probably higher than reported here.",
            ]),
            new("3. Re-entry after childbirth",
            [
                "The table below shows, for each district or county, the number of girls surveyed, the share who returned to school within a year of giving birth, the share still enrolled at the time of the survey and the share of returning girls who sat their national exam.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: School re-entry of adolescent mothers, by district or county (survey 2025)",
                ["Area", "Girls surveyed", "Returned within a year", "Still enrolled", "Sat national exam"],
                [
                    ["Western Area (SL)", "380", "58%", "49%", "41%"],
                    ["Kenema (SL)", "310", "44%", "35%", "29%"],
                    ["Bombali (SL)", "240", "39%", "31%", "22%"],
                    ["Montserrado (LR)", "290", "47%", "38%", "33%"],
                    ["Nimba (LR)", "200", "34%", "26%", "19%"],
                ],
                [57, 185, 285, 390, 470]),
            [
                "Return rates are highest in towns, where schools are close and relatives can look after the baby. In rural chiefdoms and counties, distance, household work and early marriage keep most young mothers at home.",
            ]),
            new("4. Stigma at school and at home",
            [
                "Girls who returned describe being mocked by classmates, called names and blamed by some teachers for setting a bad example. Several were told to sit at the back of the class or were left out of school clubs and sports.",
                "At home, some parents refused to pay for schooling again for a daughter they considered to have wasted their money, and expected her to work or marry the father of the child. Religious leaders were divided, with some urging families to send girls back and others preaching against it.",
            ]),
            new("5. Childcare, fees and health",
            [
                "Childcare is the most common reason given for not returning. Few schools allow a mother to breastfeed during the day, and only a handful of communities have a nursery or a relative able to look after the baby while she studies.",
                "The Free Quality School Education programme in Sierra Leone has removed tuition fees in government schools, but uniforms, exercise books and transport remain a burden. In Liberia, many secondary schools still charge fees, and girls with a child to feed often choose work over school.",
                "Health workers report that many adolescent mothers become pregnant again within two years of their first birth. Access to family planning for unmarried girls remains limited, as clinic staff often ask for a parent's consent.",
            ]),
            new("6. Exam results of returning girls",
            [
                "Girls who return and sit their exams do almost as well as their classmates. In the schools visited, the pass rate of parent learners in the Basic Education Certificate Examination was close to that of other girls, and in several schools higher.",
                "Teachers link success to small supports: afternoon catch-up classes, mentors who visit girls at home and permission to leave the baby with a relative near the school. Girls who had a mentor were much more likely to stay enrolled until the exam.",
                "In Liberia, girls sitting the West African Senior School Certificate Examination while pregnant were allowed to write the papers in a separate room, after an earlier practice of turning them away at exam centres.",
            ]),
            new("7. Recommendations",
            [
                "Ministries of education should publish the re-entry policy in every school, train principals on its content and sanction schools that refuse to readmit a girl.",
                "Governments and partners should fund community childcare near secondary schools, waive the remaining costs for parent learners and extend mentoring to every district.",
                "Health services should offer confidential family planning to adolescents without requiring a parent's consent, and schools should provide sexuality education before the first pregnancy, not after.",
            ]),
        ]);

    public static readonly UnseenReports.Report Helplines = new(
        HelplineFile,
        "Who picks up the phone? Child helplines and reporting mechanisms in Ghana and The Gambia",
        new IngestRequest { Year = 2024, Kind = DocumentKind.ResearchReport, Countries = ["GH", "GM"], Language = "en", Publisher = "Child Reporting Systems Trial Group (example)" },
        [
            new("Summary",
            [
                "This report reviews how children and adults report abuse in Ghana and The Gambia, with a focus on the toll-free child helplines and the referral of cases to social welfare, police and health services. It draws on helpline call records for 2023, a review of 410 case files, interviews with counsellors, social workers and police officers, and community discussions in six districts.",
                "Both helplines answer many calls, but only a small part concerns abuse that needs action, and many of those cases are never followed up after referral. Communities rely more on chiefs, imams, pastors and family heads than on formal reporting.",
            ]),
            new("1. The helplines and how they work",
            [
                "In Ghana, the child helpline is reached by dialling 116 free of charge from any network, and is run by the Department of Social Welfare with a civil society partner. Counsellors work in shifts from a call centre in Accra, and the line operates around the clock, although night shifts are often staffed by a single person.",
                "In The Gambia, the child protection line also uses the 116 number and is run by the Department of Social Welfare with support from a children's rights organisation. Calls are answered in English, Mandinka, Wolof and Fula, and counsellors can transfer a caller directly to the police Child Welfare and Gender Unit.",
            ]),
            new("2. Methodology",
            [
                "Call records were provided in anonymised form by the two helplines and grouped by type of call. The case files were drawn at random from social welfare offices in Greater Accra, Ashanti and the Northern Region in Ghana, and from Banjul, Kanifing and the West Coast Region in The Gambia.",
                "Focus groups brought together parents, teachers, traditional and religious leaders and older children. Counsellors and social workers were asked to describe recent cases from the first call to the last action taken.",
            ]),
            new("3. Call volumes and reasons for calling",
            [
                "The table below shows, for each helpline and type of caller, the number of calls received in 2023, the share of silent, test or prank calls, the share of calls reporting abuse or neglect, and the share of those reports that were passed on to another service.",
            ],
            new UnseenReports.ReportTable(
                "Table 1: Calls received by the child helplines in 2023, by line and type of caller",
                ["Line and caller", "Calls received", "Silent or prank", "Abuse or neglect", "Referred"],
                [
                    ["Ghana, children", "38,400", "61%", "9%", "52%"],
                    ["Ghana, adults", "14,900", "23%", "27%", "68%"],
                    ["Gambia, children", "6,200", "57%", "12%", "46%"],
                    ["Gambia, adults", "3,100", "18%", "34%", "71%"],
                ],
                [57, 185, 285, 385, 475]),
            [
                "Children call mainly to talk about problems at home, at school or with friends, and many hang up when a counsellor answers. Counsellors see these calls as part of building trust, since some children call several times before they describe abuse.",
            ]),
            new("4. Referral and case management",
            [
                "When a call concerns abuse, the counsellor fills in a referral form and sends it to the district social welfare office, the police or a health facility. In the files reviewed, the form often reached the district officer several days later, by email or through a WhatsApp message, and in some cases it never arrived.",
                "District social welfare officers manage very large caseloads with few vehicles and no budget for fuel. In the Northern Region, a single officer covered a whole district, and home visits depended on borrowing a motorbike from another department.",
                "Case management tools are applied unevenly. Ghana has adopted standard operating procedures for case management under its Child and Family Welfare Policy, but few of the files reviewed contained a care plan or a record of closure.",
            ]),
            new("5. Community reporting",
            [
                "Most abuse is never reported to a helpline. In the communities visited, families first take a case to the household head, the chief, the alkalo or a religious leader, who often settles it through an apology, a payment or a marriage.",
                "Community child protection committees have been set up in some districts with training from NGOs. Where they function, members report cases to social welfare and accompany children to the police or the hospital. Many committees stopped meeting when project funding ended.",
                "Teachers are the professionals most likely to notice signs of abuse, but few know the helpline number or feel protected if they report a colleague or a powerful family.",
            ]),
            new("6. Follow-up gaps",
            [
                "Of the cases referred by the helplines in the files reviewed, fewer than half showed any action after the first visit. Callers were rarely told what had happened, and several children who called back said that nobody had come.",
                "Neither helpline shares a case management system with social welfare or the police, so counsellors cannot see whether a case has been opened or closed. Data are kept in spreadsheets that differ from one office to the next.",
                "The Gambia's Children's Act of 2005 requires anyone who knows of child abuse to report it, and Ghana's Children's Act of 1998 sets out the duties of social welfare officers, but neither law says how quickly a report must be acted on.",
            ]),
            new("7. Recommendations",
            [
                "Governments should fund the helplines from the national budget, staff night shifts with at least two counsellors and publicise the 116 number in schools, clinics and on radio.",
                "Social welfare departments should adopt a shared digital case record, set a time limit for the first visit after a referral and inform callers of the outcome.",
                "Community child protection committees should receive small, stable funding from district assemblies and councils rather than from short projects.",
            ]),
        ]);

    public static IReadOnlyList<UnseenReports.Report> All { get; } = [Albinism, SchoolAbuse, Pregnancy, Helplines];
}
