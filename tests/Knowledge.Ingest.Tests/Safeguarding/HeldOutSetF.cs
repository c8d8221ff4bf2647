namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set F: a sixth evaluation set for issue 16, written blind to the detector and to sets A–E: its
/// author read the issue, the scoring (<see cref="DetectorScore"/>), the labelling rules and data
/// format of set E, but neither the detector, its lexicons and data files, nor the passages of sets
/// A, B, C, D and E. It exists because the detector is being tuned on the earlier sets: F measures it
/// on text nobody tuned on (see <see cref="HeldOutSetFTests"/>). Every passage is written out whole,
/// as report prose of the region reads — case studies, court and police summaries, field and
/// monitoring notes, referral, follow-up and case-management sheets, helpline logs, media-guideline
/// examples, survey write-ups, programme and donor reports, school and health-centre registers,
/// photo captions — set in Burkina Faso, Guinée, Niger, Mauritanie, Mali, Sénégal, Côte d'Ivoire,
/// Bénin, Togo, Tchad, Cameroun, Centrafrique, RD Congo, Madagascar, Nigeria, Ghana, Sierra Leone,
/// Liberia and The Gambia. Names, places tied to children, figures, case numbers, phone numbers,
/// e-mail and street addresses and coordinates are invented test data; public institutions and laws
/// are named as reports name them.
/// </summary>
/// <remarks>
/// Marks are those of <see cref="GeneratedPassages"/>: <c>⟦kind|…⟧</c> for an identifying detail
/// (kind is the wire code), <c>⟪category|…⟫</c> for a look-alike that must stay unflagged.
/// <para><b>Labelling rules</b> (those of sets D and E). A detail is identifying (a positive) when it
/// could lead a reader to one child: the child, a relative, a guardian or host family, or the place
/// the child lives or works.</para>
/// <list type="bullet">
/// <item><c>name</c>: the personal name (or first name alone, nickname, initials, or a name said to be
/// changed — the issue counts those too) of a child, or of a relative, guardian, host or teacher named
/// beside the child. The span is the name only (no title, no quotation marks).</item>
/// <item><c>testimony</c>: the words inside the quotation marks of a child's or victim's first-person
/// account (two spans when the speech verb splits it). A quoted official (category
/// <c>official-quote</c>) is a negative.</item>
/// <item><c>age-with-detail</c>: the child's age (or birth date or year) and the locality, school,
/// class, family or date that comes with it, as one span from the age to the end of the detail.</item>
/// <item><c>phone</c>, <c>email</c>, <c>address</c>: those of a person (a child, a relative, a
/// neighbour who reported, a host family). An <b>institution's</b> published contact — a helpline or
/// short code, a toll-free line attributed to a ministry or agency (category <c>hotline</c>), a
/// ministry switchboard, a generic organisational mailbox, a post-office box or head-office address
/// (category <c>org-contact</c>) — is a negative: it is published for anyone to use and points to no
/// child.</item>
/// <item><c>case-number</c>: the reference of one child's case — a court file, a police report, a
/// referral, social-welfare, medical or case-management number. A report, UN document or survey
/// reference is a negative (category <c>report-number</c>).</item>
/// <item><c>coordinates</c>: GPS coordinates of a place tied to a child in the passage (a site where
/// children were found, a camp, a shelter, a home).</item>
/// <item><c>photo-caption</c>: a caption naming or describing an identifiable child, the whole
/// caption as the span. A caption of a meeting, a workshop or a place without a child (category
/// <c>caption</c>) is a negative.</item>
/// </list>
/// <para>Negatives (look-alikes): officials and judges named in their role (<c>official</c>, the name
/// only), authors in citations (<c>author</c>), laws, decrees and conventions with numbers and years
/// (<c>law</c>), organisations (<c>organisation</c>), places in a policy context
/// (<c>place-policy</c>), statistics with ages (<c>statistic</c>), legal age thresholds
/// (<c>age-rule</c>), report and document references (<c>report-number</c>), ISBNs (<c>isbn</c>),
/// dates (<c>date</c>), public hotlines (<c>hotline</c>), institutional contacts
/// (<c>org-contact</c>), captions without a child (<c>caption</c>), quoted officials
/// (<c>official-quote</c>).</para>
/// <para>Forms deliberately varied: children's names and those of relatives, guardians, host
/// families, employers and teachers; full names, first names alone, nicknames in quotes, "nom
/// modifié" / "not her real name", initials, names in lists of three, after a testimony, at the
/// start of a sentence, after a colon, in brackets; ages in words and digits, "âgée de", "aged",
/// "13-year-old", "(12 ans, …)", birth dates and years, ordinal classes (CM2, 7e année, JSS 2, JHS 1,
/// Primary 4), with village, quartier, school, family or event date; testimonies in « », “ ” and
/// straight quotes, with and without speech verbs, singular and plural, one split by "dit-elle";
/// phone numbers of fifteen countries with and without country code; case references of courts,
/// police, social welfare, hospitals, UNHCR, MRM and CPIMS+; addresses by lot, parcelle, secteur,
/// rue, porte, carré, îlot, concession, avenue, compound, house, plot, block, flat and estate;
/// coordinates in decimal (point and comma) and degrees-minutes-seconds (primes and straight
/// quotes); captions with and without a name or an age.</para>
/// </remarks>
internal static class HeldOutSetF
{
    public static IReadOnlyList<GeneratedPassage> All { get; } = BlindSet.Parse(French(), English());

    /// <summary>The passages as written, marks included (for the round-trip check).</summary>
    public static IReadOnlyList<(string Marked, string Language)> Marked { get; } = BlindSet.Marked(French(), English());

    private static string[] French() =>
    [
        "Étude de cas n° 3 (Burkina Faso). ⟦name|Rasmata⟧ (nom modifié), ⟦age-with-detail|treize ans, élève de CM2 à l'école primaire de Kougsabla⟧, a été retirée d'un site d'orpaillage en ⟪date|mars 2025⟫. Le programme est financé par ⟪organisation|l'UNICEF⟫ dans ⟪place-policy|la région du Centre-Nord⟫.",
        "« ⟦testimony|Je voulais continuer l'école⟧, dit-elle, ⟦testimony|mais ma tante disait que la dot était déjà payée⟧. » Pour ⟪official|Awa Sawadogo⟫, directrice provinciale de l'action sociale du Sanmatenga, ⟪statistic|52 % des filles de la province sont mariées avant 18 ans⟫.",
        "Fiche de référencement — dossier ⟦case-number|AS-OUA/2025/0417⟧. Enfant : ⟦name|K. D.⟧, garçon, ⟦age-with-detail|né en 2012, hébergé au secteur 27 de Ouagadougou⟧. Contact du père : ⟦phone|+226 70 48 13 92⟧.",
        "Journal de la ligne ⟪hotline|116⟫ (Guinée), appel du ⟪date|12 février 2025⟫ : une voisine signale qu'une fillette de ⟦age-with-detail|dix ans, placée comme domestique au quartier Hamdallaye⟧, est battue. Numéro de l'appelante : ⟦phone|622 41 07 58⟧ ; ticket ⟦case-number|GN-116-25-03318⟧.",
        "Tribunal de grande instance de Niamey, audience du ⟪date|4 juin 2024⟫ présidée par ⟪official|Issaka Garba⟫. L'oncle de la victime, ⟦name|Balkissa Hamani⟧, a été condamné sur le fondement de ⟪law|l'ordonnance n° 2010-86 du 16 décembre 2010⟫. Parquet : ⟦case-number|RP 1187/2024/TGI-NY⟧.",
        "Exemple à ne pas suivre, tiré d'un quotidien de Bamako : « ⟦name|Aminata Keïta⟧, ⟦age-with-detail|14 ans, de Kalaban Coro⟧, vend des arachides à la gare routière. » Les lignes directrices de ⟪organisation|la Maison de la presse du Mali⟫ proscrivent ce type de mention.",
        "Selon ⟪author|Kaboré et Ouédraogo (2021)⟫, ⟪statistic|un enfant sur trois âgé de 5 à 17 ans travaille dans les zones aurifères⟫ ; l'étude est publiée sous ⟪isbn|ISBN 978-2-7384-1190-5⟫.",
        "Légende : ⟦photo-caption|Fatoumata, 11 ans, devant la case familiale à Dori, où elle garde ses trois petits frères.⟧ Crédit : équipe de communication.",
        "⟪caption|Atelier de validation du plan d'action national contre la traite, Ouagadougou, 14 novembre 2024.⟫ Le ⟪law|décret n° 2024-0312/PRES/PM/MFSNAH⟫ y a été présenté par ⟪official|Nestorine Zongo⟫, secrétaire générale du ministère.",
        "La famille d'accueil, Mme ⟦name|Adjovi Houngbédji⟧, héberge l'enfant au ⟦address|lot 1204, parcelle G, quartier Agla, Cotonou⟧ et peut être jointe à ⟦email|adjovi.houngbedji72@gmail.com⟧. Les partenaires écrivent à ⟪org-contact|secretariat@famille.gouv.bj⟫.",
        "Rapport de l'équipe mobile : des talibés ont été retrouvés dans une maison inachevée (⟦coordinates|14.7167, -17.4677⟧) de la Médina ; le plus jeune, ⟦name|Modou⟧, ⟦age-with-detail|huit ans, venait d'un daara de Touba⟧. ⟪law|La loi n° 2005-06 du 10 mai 2005⟫ réprime la mendicité forcée.",
        "Témoignage recueilli à Kayes : « ⟦testimony|On nous faisait travailler de six heures du matin jusqu'à la nuit, sans manger⟧ », raconte ⟦name|Bakary⟧, ⟦age-with-detail|15 ans, originaire de Diéma⟧.",
        "« ⟪official-quote|Nous avons renforcé les brigades des mœurs dans toutes les régions⟫ », a déclaré le commissaire ⟪official|Moussa Diarra⟫ lors de la conférence de presse du ⟪date|3 octobre 2024⟫.",
        "Fiche de gestion de cas ⟦case-number|CPIMS-CIV-2025-00871⟧ : ⟦name|Bintou⟧ dite « ⟦name|Bibi⟧ », ⟦age-with-detail|17 ans, mère d'un bébé de six mois⟧, vit ⟦address|Yopougon Niangon Sud, rue 14, porte 112⟧. Téléphone de la tante : ⟦phone|+225 07 58 21 44 90⟧.",
        "La ⟪organisation|Direction de la protection judiciaire de l'enfance et de la jeunesse⟫ rappelle que ⟪age-rule|l'âge de la responsabilité pénale est fixé à 13 ans⟫. Renseignements : ⟪org-contact|+221 33 849 70 00⟫ (standard du ministère de la Justice).",
        "Trois sœurs, ⟦name|Mariam⟧, ⟦name|Salimata⟧ et ⟦name|Awa Traoré⟧, ont été confiées à un marabout de Mopti ; la cadette était ⟦age-with-detail|âgée de neuf ans au moment des faits, en juillet 2023⟧.",
        "Photo : ⟦photo-caption|Une adolescente de 14 ans, enceinte, à la maternité du CSPS de Gorom-Gorom.⟧ ⟪caption|Remise de kits scolaires par le gouverneur de la région du Sahel, 2 septembre 2024.⟫",
        "Registre du centre de santé de Bouaké, consultation du ⟪date|18 janvier 2025⟫ : patiente ⟦name|N'Guessan Affoué Prisca⟧, ⟦age-with-detail|née le 3 avril 2010 à Djébonoua⟧, adressée par l'assistante sociale. N° de dossier médical ⟦case-number|CHU-BKE/PED/25-0193⟧.",
        "Le ⟪report-number|rapport CRC/C/GIN/CO/3-6⟫ du ⟪organisation|Comité des droits de l'enfant⟫ s'inquiète de l'excision ; ⟪statistic|95 % des femmes de 15 à 49 ans sont excisées⟫ en Guinée.",
        "Cas suivi à Conakry : ⟦name|Fanta Camara⟧ (⟦age-with-detail|12 ans, en 7e année au collège de Matoto⟧) a été exposée par son beau-père. Son adresse : ⟦address|Matoto, secteur Sangoyah, carré 8, concession Camara⟧.",
        "Note de terrain, Zinder : l'équipe a rencontré ⟦name|Zeinabou⟧ et sa grand-mère, ⟦name|Hadiza Mahamane⟧, sur le site de déplacés de Kouloumboutey (⟦coordinates|13°48′25″ N, 8°59′12″ E⟧). ⟪place-policy|Dans la région de Zinder⟫, le programme couvre 40 communes.",
        "« ⟦testimony|Nous étions douze filles dans la même chambre et personne ne pouvait sortir⟧. » Cette phrase de ⟦name|Joséphine⟧ (prénom modifié), ⟦age-with-detail|16 ans, recrutée à Abomey⟧, ouvre le chapitre 2.",
        "L'⟪organisation|Office central de répression de la traite des êtres humains⟫ a transmis le procès-verbal ⟦case-number|PV n° 0213/OCRTEH/2025⟧ au parquet de Lomé ; l'enfant, ⟦name|Akouvi⟧, était logée chez un employeur à ⟦address|Bè-Kpota, rue 201, maison Amegah⟧.",
        "Le ⟪law|Code de l'enfant du Togo (loi n° 2007-017 du 6 juillet 2007)⟫ fixe ⟪age-rule|l'âge minimum d'admission à l'emploi à 15 ans⟫. Le ⟪hotline|numéro vert 1011⟫ de la ligne ⟪hotline|Allô 1011⟫ reste gratuit.",
        "Signalement reçu par courriel de ⟦email|yao.koffi.lome@yahoo.fr⟧ : son neveu ⟦name|Kossi⟧, ⟦age-with-detail|onze ans, scolarisé en CE2 à l'EPP Hédzranawoé⟧, aurait été emmené au Nigeria. Téléphone : ⟦phone|+228 90 17 64 33⟧.",
        "En Mauritanie, ⟪official|Aminetou Mint Ely⟫, présidente d'⟪organisation|une association de femmes chefs de famille⟫, a rappelé : « ⟪official-quote|Aucun mariage d'enfant ne doit être célébré sans enquête⟫ ». Le ⟪law|Code général de protection de l'enfant (loi n° 2018-024)⟫ est cité.",
        "Dossier social ⟦case-number|MAS/NKC/SOC/25-117⟧ : ⟦name|Mariem⟧, ⟦age-with-detail|née en 2011, fille aînée d'un pêcheur de Nouadhibou⟧, réside ⟦address|Sebkha, îlot K, maison 342⟧. Mère joignable au ⟦phone|+222 46 12 87 05⟧.",
        "Fiche d'écoute, Tchad : ⟦name|Achta⟧, ⟦age-with-detail|14 ans, réfugiée au camp de Farchana depuis mai 2024⟧, dit : « ⟦testimony|Mon père m'a promise à un homme plus vieux que lui⟧ ». Point GPS de la tente : ⟦coordinates|13.6352, 21.4318⟧. Numéro HCR : ⟦case-number|TCD-FAR-24-118903⟧.",
        "Le ⟪organisation|Haut-Commissariat des Nations unies pour les réfugiés⟫ indique que ⟪statistic|62 % des réfugiés soudanais arrivés en 2024 ont moins de 18 ans⟫ (⟪report-number|document S/2024/384⟫).",
        "Au Cameroun, l'enseignante de ⟦name|Brenda⟧, Mme ⟦name|Pauline Ngo Mbock⟧, a alerté le délégué ; l'élève, ⟦age-with-detail|13 ans, en classe de 4e au lycée bilingue de Deïdo⟧, vit chez une tutrice à ⟦address|Bépanda, bloc 4, face pharmacie du Carrefour⟧. Tutrice : ⟦phone|6 77 42 18 90⟧.",
        "⟪caption|Les participants à la session de formation des officiers de police judiciaire, Bertoua, juin 2024.⟫ Contact presse : ⟪org-contact|communication@minproff.cm⟫.",
        "Centrafrique, note de monitoring : ⟦name|Dieudonné⟧, ⟦age-with-detail|15 ans, ancien enfant associé à un groupe armé de Kaga-Bandoro⟧, a été remis à l'⟪organisation|Unité mixte d'intervention rapide⟫. Référence ⟦case-number|MRM-CAR-2025-0457⟧. Site de remise : ⟦coordinates|6°59′14″ N, 19°11′07″ E⟧.",
        "La ⟪organisation|MINUSCA⟫ rappelle que ⟪age-rule|le recrutement d'enfants de moins de 15 ans est un crime de guerre⟫ au sens de ⟪law|l'article 8 du Statut de Rome⟫.",
        "« ⟦testimony|Ils m'ont donné une arme et m'ont dit de garder la barrière⟧ », explique le garçon. Son frère aîné, ⟦name|Prince Ngoumbango⟧, joignable au ⟦phone|+236 75 04 33 81⟧, demande qu'il rentre à Bossangoa.",
        "RD Congo, Kasaï : ⟦name|Esther Mbuyi⟧, ⟦name|Grâce Kalala⟧ et ⟦name|Miradie Tshibuabua⟧, toutes trois mineures, ont été identifiées dans une mine artisanale (⟦coordinates|-6.1361, 23.5897⟧). Dossier de la DIVAS ⟦case-number|DIVAS/KAN/2025/088⟧.",
        "La ⟪law|loi n° 09/001 du 10 janvier 2009 portant protection de l'enfant⟫ institue les tribunaux pour enfants ; ⟪official|Thérèse Kapinga⟫, juge présidente à Kananga, a souligné : « ⟪official-quote|Nous manquons cruellement d'assistants sociaux⟫ ».",
        "Famille hôte à Goma : M. ⟦name|Jean-Baptiste Muhindo⟧, ⟦address|quartier Katindo, avenue des Volcans, n° 48⟧, ⟦phone|+243 81 552 40 17⟧, accueille deux enfants non accompagnés dont ⟦name|Amani⟧, ⟦age-with-detail|sept ans, séparé de ses parents à Sake en février 2025⟧.",
        "Madagascar : ⟦photo-caption|Portrait de Miora, 15 ans, qui travaille dans une carrière de granit à Ambohimangakely.⟧ ⟪caption|Vue d'ensemble de la carrière d'Ibity, 2024.⟫",
        "Selon ⟪official|Hanitra Razafimanantsoa⟫, responsable du ⟪organisation|Réseau de protection de l'enfant d'Antsirabe⟫, « ⟪official-quote|les signalements ont doublé depuis l'ouverture de la ligne⟫ ». Le ⟪hotline|147⟫ est joignable gratuitement.",
        "Signalement ⟦case-number|RPE-ATS/25/0072⟧ : ⟦name|Fanja⟧, ⟦age-with-detail|12 ans, élève de 7e à l'EPP d'Andranomanelatra⟧, est employée chez un hôtelier ; sa mère, ⟦name|Voahangy Rasoanirina⟧, répond au ⟦phone|034 12 457 88⟧.",
        "Mali, procès-verbal d'audition : ⟦name|D. C.⟧, mineure, déclare : « ⟦testimony|Le patron prenait mon argent et disait que je lui devais le voyage⟧ ». Affaire ⟦case-number|n° 0412/2025/BPM-Bko⟧ de la Brigade des mœurs.",
        "Le ⟪organisation|Ministère de la Promotion de la femme, de l'enfant et de la famille⟫ publie son numéro vert, le ⟪hotline|80 00 11 15⟫, et l'adresse ⟪org-contact|info@mpfef.gouv.ml⟫.",
        "Niger : la mère de ⟦name|Rabi⟧, Mme ⟦name|Fati Oumarou⟧, vit avec ses cinq enfants au ⟦address|quartier Talladjé, rue TL-27, porte 605, Niamey⟧ ; la fillette, ⟦age-with-detail|âgée de 13 ans, a quitté l'école en 2024⟧.",
        "Côte d'Ivoire : ⟦photo-caption|Koffi (à droite), 10 ans, transporte des sacs de cacao dans une plantation de Soubré.⟧ Selon ⟪organisation|le Conseil national de surveillance⟫, ⟪statistic|790 000 enfants de 5 à 17 ans travaillent dans la cacaoculture⟫.",
        "Extrait du rapport trimestriel : ⟪report-number|rapport n° 2024/17 de l'Observatoire national des droits de l'enfant⟫, publié le ⟪date|30 septembre 2024⟫, signé par ⟪official|Brahima Koné⟫, coordonnateur.",
        "Le jeune garçon, que ses camarades surnomment « ⟦name|Petit Bachir⟧ », a ⟦age-with-detail|12 ans et dort sous le pont de la Comoé à Banfora⟧. Son cousin : ⟦phone|+226 65 20 91 47⟧.",
        "Carnet de suivi scolaire, Bénin : élève ⟦name|Houéfa Dossou⟧ (CM1), ⟦age-with-detail|dix ans, confiée à sa tante à Ouidah comme vidomègon⟧. Adresse de la tante : ⟦address|maison Dossou, carré 112, quartier Tovè, Ouidah⟧.",
        "La ⟪law|loi n° 2015-08 portant Code de l'enfant en République du Bénin⟫ interdit le placement d'enfants domestiques ; ⟪age-rule|aucun enfant de moins de 14 ans ne peut être employé⟫.",
        "Courriel de l'assistante sociale au juge : « la jeune ⟦name|Djénéba⟧ a écrit depuis l'adresse ⟦email|djeneba.s2009@hotmail.com⟧ ». Copie à ⟪org-contact|greffe.tpe@justice.gouv.sn⟫.",
        "Enquête auprès de 1 200 ménages : ⟪statistic|28 % des enfants de 12 à 14 ans n'étaient pas scolarisés⟫ ⟪place-policy|dans la région de Tillabéri⟫ (⟪author|Oumarou, Hassane et Boubacar, 2023⟫).",
        "Bulletin de situation, Burkina Faso : un garçon de ⟦age-with-detail|neuf ans, déplacé de Djibo avec sa mère le 7 août 2024⟧, a été orienté vers le centre de Kaya. Point de regroupement : ⟦coordinates|13°05′32″ N, 1°05′11″ O⟧.",
        "Extrait : “⟦testimony|Quand je suis arrivée à Dakar, la dame m'a pris mes papiers⟧.” — ⟦name|Ndèye⟧, ⟦age-with-detail|16 ans, domestique à Guédiawaye⟧. Son frère écrit depuis ⟦email|papa.ndiaye.guediawaye@gmail.com⟧.",
        "Guinée, cas de mariage précoce : ⟦name|Kadiatou Barry⟧, ⟦age-with-detail|15 ans, élève de 9e année à Labé⟧, a fui chez sa tante maternelle, Mme ⟦name|Hawa Sow⟧ (⟦phone|+224 655 30 48 12⟧).",
        "Tchad : ⟪official|Mahamat Abdoulaye⟫, procureur de la République près le tribunal d'Abéché, a déclaré : « ⟪official-quote|J'ai ouvert une enquête sur toutes les unions d'enfants signalées⟫ ». ⟪law|La loi n° 029/PR/2015⟫ interdit le mariage d'enfants.",
        "Dossier ⟦case-number|TPE-NDJ-2025-0031⟧ : ⟦name|Hawa Moussa⟧, ⟦age-with-detail|13 ans, habitante du 7e arrondissement de N'Djamena⟧, mariée de force ; adresse : ⟦address|quartier Chagoua, carré 22, concession Moussa⟧.",
        "Photo prise lors de la visite : ⟦photo-caption|Adèle et sa petite sœur devant l'école de Kara, où Adèle est en CE1.⟧ ⟪caption|Séance de sensibilisation communautaire à Sokodé, mars 2025.⟫",
        "Dans ses conclusions, ⟪author|Diallo (2019, p. 44)⟫ note que ⟪statistic|les filles de 10 à 14 ans représentent 40 % des enfants placés⟫. Le guide est disponible sous ⟪isbn|ISBN 978-92-806-5123-4⟫.",
        "Le ⟪organisation|Bureau international du Travail⟫ (⟪report-number|BIT/IPEC 2023/12⟫) rappelle que ⟪age-rule|les travaux dangereux sont interdits avant 18 ans⟫, conformément à ⟪law|la convention n° 182 de l'OIT⟫.",
        "Compte rendu d'entretien : « ⟦testimony|Nous dormions dehors, mon petit frère et moi, devant la gare de Bobo⟧ », disent les deux garçons, ⟦name|Issa⟧ et ⟦name|Ali Sanou⟧.",
        "Liste des bénéficiaires du kit de réinsertion (extrait) : ⟦name|Salif Ouattara⟧ (⟦age-with-detail|16 ans, apprenti mécanicien à Korhogo⟧) ; contact : ⟦email|salif.ouattara.korhogo@gmail.com⟧. Le projet est appuyé par ⟪organisation|l'Organisation internationale pour les migrations⟫ et ⟪organisation|la Croix-Rouge ivoirienne⟫.",
        "⟦photo-caption|Sur cette photo, Awa, dix ans, pile le mil dans la cour de sa grand-mère à Tahoua.⟧ ⟪caption|Photo de famille des membres du comité régional de protection de l'enfance de Tahoua, avril 2025.⟫",
        "Sénégal, note d'audience : le juge ⟪official|Mamadou Ndiaye⟫ a renvoyé l'affaire au ⟪date|15 janvier 2026⟫. La victime (⟦name|A. S.⟧) et sa mère, joignables au ⟦phone|77 412 58 03⟧, demeurent à ⟦address|Pikine Icotaf, parcelle n° 3318⟧. Le ⟪law|Code pénal, article 320⟫ est visé.",
        "Le rapport mondial ⟪report-number|UNICEF, La situation des enfants dans le monde 2024⟫ note que ⟪statistic|12 millions de filles sont mariées chaque année avant 18 ans⟫. Selon ⟪author|Hervé Bouaré (2020)⟫, les chiffres du Sahel sont sous-estimés.",
        "Synthèse de l'atelier : ⟪official|Aïssata Diakité⟫, directrice nationale de la promotion de l'enfant, a rappelé que ⟪age-rule|l'âge légal du mariage est de 16 ans pour les filles au Mali⟫, en vertu de ⟪law|l'article 281 du Code des personnes et de la famille⟫. ⟪caption|Vue des participants à l'atelier de Ségou, 18 février 2025.⟫",
        "Annexe 2, liste des contacts utiles : ⟪hotline|Allô 116⟫ ; ⟪org-contact|BP 7024, Ouagadougou 03⟫ ; ⟪org-contact|contact@bice.org⟫ ; ⟪org-contact|+226 25 30 68 29⟫ (standard du ⟪organisation|ministère de la Solidarité nationale⟫).",
        "Point de situation humanitaire du ⟪date|28 février 2025⟫ : ⟪place-policy|dans la province du Soum⟫, ⟪statistic|plus de 300 000 enfants de moins de 5 ans sont en insécurité alimentaire⟫ (⟪report-number|OCHA, rapport de situation n° 47⟫).",
        "Courriel reçu par la cellule de veille : « ⟦testimony|J'ai peur de rentrer chez mon mari, il me frappe chaque soir⟧ », écrit ⟦name|Fadimata⟧ depuis l'adresse ⟦email|fadi.wallet2008@gmail.com⟧. Elle a ⟦age-with-detail|15 ans et vit à Gao avec la famille de son mari⟧.",
        "Cameroun, région de l'Extrême-Nord : le centre d'accueil provisoire de Kousseri (⟦coordinates|12°04'39\" N, 15°01'47\" E⟧) héberge ⟦name|Falmata⟧, ⟦age-with-detail|12 ans, enlevée à Mora en décembre 2024⟧. ⟪organisation|Le ministère des Affaires sociales⟫ en assure la tutelle.",
        "Selon ⟪author|le Rapport alternatif de la Coalition des ONG (2022)⟫, ⟪statistic|un tiers des enfants de 6 à 11 ans de l'Extrême-Nord ne sont pas inscrits à l'école⟫ ; la ⟪law|loi n° 2011/024 du 14 décembre 2011⟫ réprime la traite.",
        "Guinée, fiche de suivi AEMO n° ⟦case-number|AEMO/KKN/2025-041⟧ : éducateur référent, ⟪official|Sékou Condé⟫ ; enfant : ⟦name|Mamadou Aliou⟧, ⟦age-with-detail|11 ans, en 5e année à l'école primaire de Kankan-Centre⟧ ; père : ⟦name|Thierno Diallo⟧.",
        "Légende de la couverture : ⟦photo-caption|Deux frères, 8 et 11 ans, sur le chemin de l'école coranique de Diourbel.⟧ Conçu par ⟪organisation|Plan International⟫ ; dépôt légal ⟪isbn|ISBN 978-2-9561873-0-4⟫.",
        "Centrafrique : ⟪official|Jean-Claude Kossi⟫, préfet de l'Ouham, a déclaré : « ⟪official-quote|Les enfants n'ont rien à faire sur les barrières des groupes armés⟫ ». Les données ⟪report-number|S/2025/247⟫ font état de 94 enfants recrutés. Un numéro vert, le ⟪hotline|4040⟫, est ouvert.",
        "Madagascar : la tante de ⟦name|Tiana⟧, ⟦name|Lalao⟧, écrit à ⟦email|lalao.ravelo@moov.mg⟧ que l'enfant, ⟦age-with-detail|née en 2012, a quitté l'école d'Ambalavao en CM1⟧, est placée comme domestique à Tananarive. Point d'hébergement relevé : ⟦coordinates|-18,9137 ; 47,5361⟧.",
        "Le ⟪organisation|Comité national de lutte contre la traite⟫ publie ses chiffres : ⟪statistic|74 % des victimes identifiées en 2024 avaient entre 12 et 17 ans⟫. Le ⟪date|30 juillet⟫, journée mondiale, la ministre ⟪official|Viviane Dewa⟫ s'est exprimée ⟪place-policy|dans la région Analamanga⟫.",
        "Rapport de ⟪organisation|Terre des hommes⟫ : ⟪caption|Distribution de kits d'hygiène aux centres de santé partenaires, Dosso, mars 2025.⟫ Les demandes se font à ⟪org-contact|info.niger@tdh.ch⟫.",
        "Main courante du commissariat de Treichville, ⟪date|6 mai 2025⟫ : une fillette de ⟦age-with-detail|onze ans, du quartier Biafra, élève de CE2⟧, a été retrouvée au port. Sa mère : ⟦name|Mariam Sylla⟧, ⟦phone|05 46 92 13 07⟧. PV ⟦case-number|n° 1409/CT-TCH/25⟧.",
    ];

    private static string[] English() =>
    [
        "Case study 4 (Sierra Leone). ⟦name|Isatu⟧ (not her real name), ⟦age-with-detail|14, a JSS 2 pupil at the Methodist school in Magburaka⟧, was sent to work for a trader in Freetown in ⟪date|January 2025⟫. The project is funded by ⟪organisation|the European Union⟫ in ⟪place-policy|Tonkolili District⟫.",
        "\"⟦testimony|I wanted to stay in school⟧,\" she said, \"⟦testimony|but my uncle said the man had already paid⟧.\" According to ⟪official|Fatmata Kamara⟫, district social welfare officer, ⟪statistic|30 per cent of girls in the district are married before age 18⟫.",
        "Referral form — case ⟦case-number|MSWGCA/BO/2025/0288⟧. Child: ⟦name|A. K.⟧, male, ⟦age-with-detail|born in 2013, living at Nyandeyama, Kenema⟧. Father's phone: ⟦phone|+232 76 415 902⟧.",
        "Helpline log, Ghana, ⟪hotline|116⟫ call of ⟪date|9 March 2025⟫: a neighbour reports that a ⟦age-with-detail|nine-year-old girl working as a kayayei at Agbogbloshie market⟧ sleeps outside. Caller's number: ⟦phone|024 381 7265⟧; ticket ⟦case-number|GH-CHL-25-01944⟧.",
        "Family and Juvenile Court, Accra, ruling of ⟪date|14 May 2024⟫ before Justice ⟪official|Comfort Tasiame⟫. The stepfather of the victim, ⟦name|Abena Owusu⟧, was convicted under ⟪law|section 101 of the Criminal Offences Act, 1960 (Act 29)⟫. Suit no. ⟦case-number|FJC/ACC/0417/2024⟧.",
        "Example of what not to print, from a Lagos daily: \"⟦name|Chiamaka Eze⟧, ⟦age-with-detail|13, of Ajegunle⟧, hawks sachet water on Mile 2 bridge.\" ⟪organisation|The Nigerian Press Council⟫ guidelines forbid such details.",
        "⟪author|Okonkwo and Adeyemi (2022)⟫ estimate that ⟪statistic|one child in four aged 5 to 17 works in artisanal mining⟫; the study appeared as ⟪isbn|ISBN 978-978-55412-3-8⟫.",
        "Caption: ⟦photo-caption|Kwame, 12, carries cocoa pods on a farm near Sefwi Wiawso where he has worked since he was nine.⟧ Photo: programme staff.",
        "⟪caption|Stakeholders at the validation workshop of the National Plan of Action on child marriage, Monrovia, 12 November 2024.⟫ ⟪law|The Children's Law of 2011⟫ was presented by ⟪official|Gbeme Horace-Kollie⟫, then minister of gender.",
        "The foster carer, Mrs ⟦name|Comfort Mensah⟧, looks after the child at ⟦address|House No. 14, Adenta Housing Down, Block C⟧ and can be reached at ⟦email|comfort.mensah1978@yahoo.com⟧. Partners write to ⟪org-contact|info@mogcsp.gov.gh⟫.",
        "Outreach team report: street boys were found in an abandoned building (⟦coordinates|8.4844, -13.2344⟧) near Kroo Bay; the youngest, ⟦name|Foday⟧, ⟦age-with-detail|eight years old, had run away from a village in Kambia⟧. ⟪law|The Child Rights Act 2007⟫ sets out the duty to protect him.",
        "Testimony taken in Kano: \"⟦testimony|They made us beg from morning until the evening prayer and beat us if we brought nothing⟧,\" says ⟦name|Usman⟧, ⟦age-with-detail|11, from a Tsangaya school in Dawakin Tofa⟧.",
        "\"⟪official-quote|We have doubled the number of police officers in the gender desks across the state⟫,\" said Commissioner ⟪official|Ibrahim Idris⟫ at a press briefing on ⟪date|2 October 2024⟫.",
        "Case management record ⟦case-number|CPIMS+ LBR-2025-00653⟧: ⟦name|Musu⟧, known as \"⟦name|Baby Girl⟧\", ⟦age-with-detail|17, mother of a four-month-old⟧, lives at ⟦address|Duala Market, Soniwein Community, behind the Tubman Boulevard pharmacy⟧. Aunt's phone: ⟦phone|0886 452 917⟧.",
        "⟪organisation|The Department of Social Welfare⟫ recalls that ⟪age-rule|the age of criminal responsibility is 12⟫. Enquiries: ⟪org-contact|+233 30 268 4536⟫ (ministry switchboard).",
        "Three siblings, ⟦name|Aminata⟧, ⟦name|Sahr⟧ and ⟦name|Kumba Sesay⟧, were handed to a diamond-pit owner in Kono; the youngest was ⟦age-with-detail|aged seven when this happened in June 2023⟧.",
        "Photo: ⟦photo-caption|A 15-year-old girl, pregnant, waits at the antenatal clinic of Bo Government Hospital.⟧ ⟪caption|The Minister of Health hands over delivery kits to district health teams, Bo, 5 September 2024.⟫",
        "Clinic register, Tamale Teaching Hospital, visit of ⟪date|21 January 2025⟫: patient ⟦name|Fuseina Abdulai⟧, ⟦age-with-detail|born on 3 April 2010 in Savelugu⟧, referred by the social worker. Folder no. ⟦case-number|TTH/PAED/25-0277⟧.",
        "⟪report-number|CRC/C/NGA/CO/5-6⟫, the concluding observations of ⟪organisation|the Committee on the Rights of the Child⟫, notes that ⟪statistic|43 per cent of women aged 20 to 24 were married before 18⟫.",
        "Case followed in Banjul: ⟦name|Fatou Jallow⟧ (⟦age-with-detail|12, in Grade 6 at a lower basic school in Serekunda⟧) was abused by a neighbour. Address: ⟦address|Compound 27, Kairaba Avenue, Pipeline⟧.",
        "Field note, Borno: the team met ⟦name|Hauwa⟧ and her grandmother, ⟦name|Ya Falmata Bukar⟧, at the Bakassi IDP camp (⟦coordinates|11°49′41″ N, 13°09′37″ E⟧). ⟪place-policy|In Borno State⟫, the programme covers 12 local government areas.",
        "“⟦testimony|There were ten of us girls in one room and nobody could go out⟧.” These words of ⟦name|Blessing⟧ (name changed), ⟦age-with-detail|16, recruited in Benin City⟧, open chapter 3.",
        "⟪organisation|The National Agency for the Prohibition of Trafficking in Persons⟫ forwarded file ⟦case-number|NAPTIP/LAG/INV/2025/117⟧ to the court; the girl, ⟦name|Osas⟧, had been kept by a madam at ⟦address|12 Adeniyi Jones Street, Ikeja⟧.",
        "⟪law|The Trafficking in Persons (Prohibition) Enforcement and Administration Act, 2015⟫ sets ⟪age-rule|18 as the age below which any recruitment for labour is trafficking⟫. ⟪hotline|NAPTIP's toll-free line 0800 0000 1000⟫ is free.",
        "Report received by e-mail from ⟦email|kofi.agyeman.kumasi@gmail.com⟧: his nephew ⟦name|Yaw⟧, ⟦age-with-detail|ten, a class 4 pupil at Asawase M/A Primary⟧, was taken to Côte d'Ivoire. Phone: ⟦phone|+233 24 650 1398⟧.",
        "In The Gambia, ⟪official|Isatou Touray⟫, then vice-president, said: \"⟪official-quote|No girl should be cut in this country again⟫.\" ⟪law|The Women's (Amendment) Act 2015⟫ prohibits FGM.",
        "Social welfare file ⟦case-number|DSW/KM/2025/SW-0114⟧: ⟦name|Ndey⟧, ⟦age-with-detail|born in 2011, eldest daughter of a fisherman in Tanji⟧, lives at ⟦address|Tanji village, Kombo South, compound of the Ceesay family⟧. Mother on ⟦phone|+220 778 4412⟧.",
        "Listening sheet, Nigeria: ⟦name|Aisha⟧, ⟦age-with-detail|14, displaced to the Dalori camp since May 2024⟧, says: \"⟦testimony|My father promised me to a man older than him⟧.\" GPS of the shelter: ⟦coordinates|11.7713, 13.2045⟧. UNHCR number: ⟦case-number|NGA-MAI-24-093551⟧.",
        "⟪organisation|UNICEF⟫ reports that ⟪statistic|60 per cent of the people displaced in the north-east are under 18⟫ (⟪report-number|A/78/842-S/2024/384⟫).",
        "In Ghana, the teacher of ⟦name|Akosua⟧, Madam ⟦name|Gifty Asante⟧, alerted the district officer; the pupil, ⟦age-with-detail|13, in JHS 1 at Bantama Methodist⟧, lives with a guardian at ⟦address|Plot 7, Block B, Suame Magazine⟧. Guardian: ⟦phone|055 219 8840⟧.",
        "⟪caption|Participants at the training of police prosecutors on child-friendly procedures, Bolgatanga, June 2024.⟫ Press contact: ⟪org-contact|press@unicef-ghana.org⟫.",
        "Liberia monitoring note: ⟦name|Emmanuel⟧, ⟦age-with-detail|15, formerly with a gang at West Point⟧, was handed over to ⟪organisation|the Ministry of Gender, Children and Social Protection⟫. Reference ⟦case-number|MGCSP-WP-2025-0041⟧. Handover site: ⟦coordinates|6°19′30″ N, 10°48′35″ W⟧.",
        "⟪organisation|The United Nations country team⟫ recalls that ⟪age-rule|recruiting children under 15 is a war crime⟫ under ⟪law|article 8 of the Rome Statute⟫.",
        "“⟦testimony|They gave me a gun and told me to guard the checkpoint⟧,” the boy explains. His elder brother, ⟦name|Prince Kollie⟧, reachable on ⟦phone|+231 777 310 256⟧, wants him back in Gbarnga.",
        "Nigeria, Ebonyi: ⟦name|Ngozi Nwafor⟧, ⟦name|Chioma Okeke⟧ and ⟦name|Adaeze Nweke⟧, all minors, were found at a quarry (⟦coordinates|6.2649, 8.0137⟧). Police file ⟦case-number|EB/CR/0392/2025⟧.",
        "⟪law|The Child Rights Act, 2003⟫ created family courts; Justice ⟪official|Ngozi Ikpeama⟫, presiding in Abakaliki, stressed: “⟪official-quote|We simply do not have enough social workers⟫.”",
        "Host family in Tamale: Mr ⟦name|Alhassan Iddrisu⟧, ⟦address|House No. TL 1194, Kalpohin Estate⟧, ⟦phone|+233 20 441 7362⟧, looks after two unaccompanied children, including ⟦name|Salifu⟧, ⟦age-with-detail|seven, separated from his parents at Bawku in February 2025⟧.",
        "Sierra Leone: ⟦photo-caption|Portrait of Mariatu, 15, who breaks stones at a quarry in Kossoh Town.⟧ ⟪caption|General view of a stone quarry outside Freetown, 2024.⟫",
        "According to ⟪official|Abdul Manaff Kemokai⟫, head of ⟪organisation|the Child Welfare Committee in Bo⟫, \"⟪official-quote|reports have doubled since the helpline opened⟫\". The ⟪hotline|116⟫ line is free.",
        "Alert ⟦case-number|CWC-BO/25/0072⟧: ⟦name|Jeneba⟧, ⟦age-with-detail|12, a class 5 pupil at the RC primary school in Tikonko⟧, is working for a hotel owner; her mother, ⟦name|Hawa Koroma⟧, answers on ⟦phone|076 554 210⟧.",
        "Police statement, Monrovia: ⟦name|J. T.⟧, a minor, states: \"⟦testimony|The boss took my money and said I owed him for the trip⟧.\" Case ⟦case-number|LNP/WACPS/0412/2025⟧ of the Women and Children Protection Section.",
        "⟪organisation|The Ministry of Gender, Children and Social Welfare⟫ publishes its toll-free number, ⟪hotline|the 116 child helpline⟫, and its address ⟪org-contact|info@mgcsw.gov.sl⟫.",
        "The mother of ⟦name|Rabi⟧, Mrs ⟦name|Hadiza Musa⟧, lives with her five children at ⟦address|No. 23 Kofar Mata Road, Kano⟧; the girl, ⟦age-with-detail|aged 13, left school in 2024⟧.",
        "Ghana: ⟦photo-caption|Kojo (right), 10, carries fishing nets on the beach at Kete Krachi.⟧ According to ⟪organisation|the Ghana Statistical Service⟫, ⟪statistic|21 per cent of children aged 5 to 17 are in child labour⟫.",
        "From the quarterly report: ⟪report-number|report no. 2024/09 of the Independent National Commission on Human Rights⟫, published on ⟪date|30 September 2024⟫, signed by ⟪official|Dempster Brown⟫, chairperson.",
        "The boy his friends call \"⟦name|Small Soldier⟧\" is ⟦age-with-detail|12 and sleeps under the Congo Town bridge⟧. His cousin: ⟦phone|+231 886 204 719⟧.",
        "School attendance card, Nigeria: pupil ⟦name|Temitope Adebayo⟧ (Primary 4), ⟦age-with-detail|ten, sent to live with an aunt in Ibadan as a house help⟧. Aunt's address: ⟦address|Flat 3, Block 11, Bodija Estate, Ibadan⟧.",
        "⟪law|The Children's Act 2005 of The Gambia⟫ bans child domestic work; ⟪age-rule|no child under 16 may be employed⟫.",
        "E-mail from the social worker to the magistrate: \"young ⟦name|Mabinty⟧ wrote from ⟦email|mabinty.conteh09@gmail.com⟧\". Copy to ⟪org-contact|registry@judiciary.gov.sl⟫.",
        "Household survey of 1,500 homes: ⟪statistic|31 per cent of children aged 12 to 14 were out of school⟫ ⟪place-policy|in the Northern Region⟫ (⟪author|Mensah, Boateng and Osei, 2023⟫).",
        "Situation report, Nigeria: a ⟦age-with-detail|nine-year-old boy displaced from Gwoza with his mother on 7 August 2024⟧ was referred to the Maiduguri centre. Gathering point: ⟦coordinates|11°50′07″ N, 13°09′02″ E⟧.",
        "Extract: \"⟦testimony|When I arrived in Accra the woman took my papers⟧.\" — ⟦name|Efua⟧, ⟦age-with-detail|16, house help in Madina⟧. Her brother writes from ⟦email|kwesi.ansah.madina@outlook.com⟧.",
        "Child marriage case: ⟦name|Mariama Bah⟧, ⟦age-with-detail|15, a Grade 9 pupil in Basse⟧, fled to her maternal aunt, Mrs ⟦name|Isatou Bah⟧ (⟦phone|+220 390 5512⟧).",
        "⟪official|Mohammed Bello⟫, Attorney-General of the state, said: \"⟪official-quote|I have opened an inquiry into every child union reported to us⟫.\" ⟪law|The Kano State Child Protection Law 2023⟫ prohibits child marriage.",
        "File ⟦case-number|FCT/FC/2025/031⟧: ⟦name|Halima Yusuf⟧, ⟦age-with-detail|13, resident in Nyanya, Abuja⟧, married by force; address: ⟦address|Block 4, Flat 2, Nyanya Phase 1 Estate⟧.",
        "Photo taken during the visit: ⟦photo-caption|Adwoa and her little sister outside the school in Yendi, where Adwoa is in Primary 1.⟧ ⟪caption|Community sensitisation session in Tamale, March 2025.⟫",
        "In her conclusions, ⟪author|Sesay (2019, p. 44)⟫ notes that ⟪statistic|girls aged 10 to 14 make up 40 per cent of children in fosterage⟫. The guide is available as ⟪isbn|ISBN 978-92-2-134876-2⟫.",
        "⟪organisation|The International Labour Organization⟫ (⟪report-number|ILO/IPEC 2023/12⟫) recalls that ⟪age-rule|hazardous work is prohibited under 18⟫, in line with ⟪law|ILO Convention No. 182⟫.",
        "Interview notes: \"⟦testimony|We slept outside, my little brother and me, in front of the lorry park⟧,\" say the two boys, ⟦name|Kofi⟧ and ⟦name|Kwabena Darko⟧.",
        "List of beneficiaries of reintegration kits (extract): ⟦name|Alusine Bangura⟧ (⟦age-with-detail|16, apprentice mechanic in Makeni⟧); contact: ⟦email|alusine.bangura.mkn@gmail.com⟧. The project is supported by ⟪organisation|the International Organization for Migration⟫ and ⟪organisation|the Sierra Leone Red Cross Society⟫.",
        "⟦photo-caption|In this photo, Memuna, ten, pounds cassava in her grandmother's yard in Kailahun.⟧ ⟪caption|Group photo of the members of the district child welfare committee, Kailahun, April 2025.⟫",
        "Nigeria, court note: Magistrate ⟪official|Olufunke Adeola⟫ adjourned the matter to ⟪date|15 January 2026⟫. The victim (⟦name|B. O.⟧) and her mother, reachable on ⟦phone|0803 412 5873⟧, live at ⟦address|5 Ogunlana Drive, Surulere⟧. ⟪law|Section 31 of the Child Rights Act⟫ applies.",
        "The global report ⟪report-number|UNICEF, The State of the World's Children 2024⟫ notes that ⟪statistic|12 million girls are married each year before 18⟫. According to ⟪author|Jonathan Amoako (2020)⟫, West African figures are under-reported.",
        "Workshop summary: ⟪official|Mariama Jallow⟫, director of social welfare, recalled that ⟪age-rule|the legal age of marriage is 18⟫ under ⟪law|section 24 of the Children's Act 2005⟫. ⟪caption|Participants at the Soma workshop, 18 February 2025.⟫",
        "Annex 2, useful contacts: ⟪hotline|Child helpline 116⟫; ⟪org-contact|P.O. Box 1122, Monrovia⟫; ⟪org-contact|info@savethechildren.org⟫; ⟪org-contact|+231 555 123 400⟫ (switchboard of ⟪organisation|the Ministry of Gender⟫).",
        "Humanitarian update of ⟪date|28 February 2025⟫: ⟪place-policy|in Yobe State⟫, ⟪statistic|more than 300,000 children under 5 face acute food insecurity⟫ (⟪report-number|OCHA Situation Report No. 47⟫).",
        "E-mail received by the monitoring unit: “⟦testimony|I am afraid to go back to my husband, he beats me every night⟧,” writes ⟦name|Zainab⟧ from ⟦email|zainab.gombe2008@yahoo.com⟧. She is ⟦age-with-detail|15 and lives in Gombe with her husband's family⟧.",
        "North-east Nigeria: the interim care centre in Monguno (⟦coordinates|12°40'15\" N, 13°36'44\" E⟧) shelters ⟦name|Yagana⟧, ⟦age-with-detail|12, abducted from Damboa in December 2024⟧. ⟪organisation|The Borno State Ministry of Women Affairs⟫ is her guardian.",
        "According to ⟪author|the NGO Coalition's Alternative Report (2022)⟫, ⟪statistic|a third of children aged 6 to 11 in the north-east are not enrolled⟫; ⟪law|the Violence Against Persons (Prohibition) Act 2015⟫ punishes trafficking.",
        "Liberia, follow-up sheet no. ⟦case-number|FU/BOMI/2025-041⟧: case worker ⟪official|Moses Flomo⟫; child: ⟦name|Tenneh⟧, ⟦age-with-detail|aged 11, in grade 5 at Tubmanburg Public School⟧; father: ⟦name|Varney Sherif⟧.",
        "Cover caption: ⟦photo-caption|Two brothers, 8 and 11, on their way to the Quranic school in Kaolack.⟧ Designed by ⟪organisation|Plan International⟫; ⟪isbn|ISBN 978-1-906273-55-1⟫.",
        "Sierra Leone: ⟪official|Mohamed Bah⟫, Resident Minister North, said: \"⟪official-quote|Children have no business in the mining pits⟫.\" The data in ⟪report-number|A/HRC/58/12⟫ point to 94 cases. A toll-free line, ⟪hotline|8060⟫, is open.",
        "Ghana: ⟦name|Abena⟧'s aunt, ⟦name|Akua Serwaa⟧, writes from ⟦email|akua.serwaa64@gmail.com⟧ that the child, ⟦age-with-detail|born in 2012, left school in Techiman in Primary 5⟧, works as a house help in Kumasi. Location noted: ⟦coordinates|6.6885, -1.6244⟧.",
        "⟪organisation|The Human Trafficking Secretariat⟫ publishes its figures: ⟪statistic|74 per cent of victims identified in 2024 were aged 12 to 17⟫. On ⟪date|30 July⟫, world day, minister ⟪official|Lydia Alhassan⟫ spoke ⟪place-policy|in the Greater Accra Region⟫.",
        "Report by ⟪organisation|Terre des hommes⟫: ⟪caption|Hygiene kits handed to partner health centres, Kaduna, March 2025.⟫ Requests go to ⟪org-contact|info.nigeria@tdh.ch⟫.",
        "Police diary, Lungi station, ⟪date|6 May 2025⟫: a ⟦age-with-detail|13-year-old from Tintafor, in JSS 1⟧, was found at the ferry terminal. Her mother: ⟦name|Kadiatu Sankoh⟧, ⟦phone|+232 88 546 921⟧. OB entry ⟦case-number|OB 214/05/2025 LNG⟧.",
    ];
}
