using System.Text;
using System.Text.RegularExpressions;

namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set E: a fifth evaluation set for issue 16, written blind to the detector and to sets A–D: its
/// author read the issue, the scoring (<see cref="DetectorScore"/>), the labelling rules and data
/// format of set D, but neither the detector, its lexicons and data files, nor the passages of sets
/// A, B, C and D. It exists because set D became a tuning set: E measures the detector on text nobody
/// tuned on (see <see cref="HeldOutSetETests"/>). Every passage is written out whole, as report prose
/// of the region reads — case studies, field notes, court summaries, referral and case-management
/// sheets, media-guideline examples, survey write-ups, programme and donor reports, photo captions —
/// set in Burkina Faso, Guinée, Niger, Mauritanie, Mali, Sénégal, Côte d'Ivoire, Bénin, Togo, Tchad,
/// Cameroun, Nigeria, Ghana, Sierra Leone, Liberia and The Gambia. Names, places tied to children,
/// figures, case numbers, phone numbers, e-mail and street addresses and coordinates are invented test
/// data; public institutions and laws are named as reports name them.
/// </summary>
/// <remarks>
/// Marks are those of <see cref="GeneratedPassages"/>: <c>⟦kind|…⟧</c> for an identifying detail
/// (kind is the wire code), <c>⟪category|…⟫</c> for a look-alike that must stay unflagged.
/// <para><b>Labelling rules</b> (those of set D). A detail is identifying (a positive) when it could
/// lead a reader to one child: the child, a relative, a guardian or host family, or the place the
/// child lives or works.</para>
/// <list type="bullet">
/// <item><c>name</c>: the personal name (or first name alone, or a name said to be changed — the issue
/// counts those too) of a child, or of a relative or guardian named beside the child. The span is the
/// name only.</item>
/// <item><c>testimony</c>: the words inside the quotation marks of a child's or victim's first-person
/// account. A quoted official (category <c>official-quote</c>) is a negative.</item>
/// <item><c>age-with-detail</c>: the child's age and the locality, school, class, family or date
/// that comes with it, as one span from the age to the end of the detail.</item>
/// <item><c>phone</c>, <c>email</c>, <c>address</c>: those of a person (a child, a relative, a
/// neighbour who reported, a host family). An <b>institution's</b> published contact — a helpline or
/// short code (116, 17, 112, 627, 292), a toll-free line attributed to a ministry or agency (category
/// <c>hotline</c>), a ministry switchboard, a generic organisational mailbox (<c>contact@</c>,
/// <c>info@</c>, <c>secretariat@</c>…), a post-office box or head-office address in a publication's
/// colophon (category <c>org-contact</c>) — is a negative: it is published for anyone to use and
/// points to no child.</item>
/// <item><c>case-number</c>: the reference of one child's case — a court file, a police report, a
/// referral or case-management number. A report, UN document or survey reference is a negative
/// (category <c>report-number</c>).</item>
/// <item><c>coordinates</c>: GPS coordinates of a place tied to a child in the passage (a site where
/// children were found, a camp, a home).</item>
/// <item><c>photo-caption</c>: a caption naming or describing an identifiable child, the whole
/// caption as the span. A caption of a meeting or a workshop (category <c>caption</c>) is a
/// negative.</item>
/// </list>
/// <para>Negatives (look-alikes): officials and judges named in their role (<c>official</c>), authors
/// in citations (<c>author</c>), laws, decrees and conventions with numbers and years (<c>law</c>),
/// organisations (<c>organisation</c>), places in a policy context (<c>place-policy</c>), statistics
/// with ages (<c>statistic</c>), legal age thresholds (<c>age-rule</c>), report and document
/// references (<c>report-number</c>), ISBNs (<c>isbn</c>), dates (<c>date</c>), public hotlines
/// (<c>hotline</c>), institutional contacts (<c>org-contact</c>), captions without a child
/// (<c>caption</c>), quoted officials (<c>official-quote</c>).</para>
/// <para>Forms deliberately varied: names in full, first names alone, changed names, initials, names
/// in lists and after a testimony, relatives and host families; ages in words and digits, "aged 13",
/// "(12)", "13-year-old", "âgée de", a birth date, with class, school, village, neighbourhood, family
/// or event date; testimonies in « », “ ” and straight quotes with the speech verb before or after;
/// phone numbers of twelve countries with and without country code, spaced, dotted and dashed; case
/// references of courts, police, social welfare and case-management systems; addresses by quartier,
/// secteur, rue, porte, lot, carré, compound and street; coordinates in decimal, decimal with a comma,
/// degrees-minutes and degrees-minutes-seconds; captions with and without a name.</para>
/// </remarks>
internal static partial class HeldOutSetE
{
    public static IReadOnlyList<GeneratedPassage> All { get; } = [.. French().Select(p => Parse(p, "fr")), .. English().Select(p => Parse(p, "en"))];

    /// <summary>The passages as written, marks included (for the round-trip check).</summary>
    public static IReadOnlyList<(string Marked, string Language)> Marked { get; } = [.. French().Select(p => (p, "fr")), .. English().Select(p => (p, "en"))];

    private static string[] French() =>
    [
        "Étude de cas n° 3. ⟦name|Rasmata⟧ (nom modifié), ⟦age-with-detail|quatorze ans, élève de CM2 à l'école primaire publique de Tanghin B⟧, a été placée comme aide-ménagère chez une commerçante de Ouagadougou. Son père, ⟦name|Boukary Sawadogo⟧, joignable au ⟦phone|70 45 18 92⟧, ignorait tout de ses conditions de travail.",
        "Selon l'⟪organisation|Institut national de la statistique et de la démographie (INSD)⟫, ⟪statistic|51,3 % des femmes de 20 à 24 ans avaient été mariées avant 18 ans⟫ dans la ⟪place-policy|région du Sahel⟫ (⟪report-number|EDS-BF 2021, tableau 4.7⟫). La ⟪law|loi n° 015-2014/AN du 13 mai 2014⟫ renforce la protection de l'enfant en conflit avec la loi.",
        "Tribunal de première instance de Kankan, audience du ⟪date|14 novembre 2024⟫, présidée par le juge des enfants ⟪official|Mamadou Saliou Baldé⟫. Dossier ⟦case-number|RP n° 0287/TPI-KKN/2024⟧ : la victime, ⟦name|F. C.⟧, ⟦age-with-detail|âgée de 13 ans au moment des faits, domiciliée au quartier Salamanida⟧, avait été confiée à un maître coranique.",
        "Fiche de référence ⟦case-number|GN-CNK-SP-2025-00412⟧. Enfant : ⟦name|Mohamed Lamine Camara⟧, ⟦age-with-detail|11 ans, scolarisé en 5e année à l'école Kipé Centre 2⟧. Personne à contacter : sa tante, ⟦name|Hawa Soumah⟧, ⟦phone|+224 622 41 07 39⟧, ⟦address|quartier Kipé, secteur 3, concession Soumah⟧. Orienté vers le ⟪organisation|Comité local de protection de l'enfance de Ratoma⟫.",
        "Notes de terrain, ⟪place-policy|département de Mirriah⟫, ⟪date|3 février 2025⟫. Sur un site d'orpaillage artisanal (⟦coordinates|13.7049, 9.1480⟧), nous avons rencontré ⟦name|Habsatou⟧ et ⟦name|Zeinabou⟧, deux sœurs de ⟦age-with-detail|12 et 15 ans venues de Kellé avec leur mère⟧ pour concasser le minerai.",
        "L'⟪law|ordonnance n° 2010-86 du 16 décembre 2010⟫ relative à la lutte contre la traite des personnes punit l'exploitation de la mendicité d'autrui. ⟪author|Moussa et Adamou (2020)⟫ estiment que ⟪statistic|près de 40 % des enfants talibés de 6 à 14 ans⟫ de la ⟪place-policy|ville de Zinder⟫ mendient plus de six heures par jour.",
        "⟦name|Mariem mint Ahmed⟧, ⟦age-with-detail|16 ans, mariée à 13 ans à un cousin de Kiffa⟧, a été accueillie par le ⟪organisation|Centre de protection et d'intégration sociale des enfants (CPISE)⟫ de Nouakchott. « ⟦testimony|Je n'avais que ma robe et mes sandales quand je suis partie de chez lui⟧ », dit-elle.",
        "L'⟪law|ordonnance n° 2005-015 portant protection pénale de l'enfant⟫ fixe ⟪age-rule|la majorité pénale à 18 ans⟫, et ⟪age-rule|l'âge légal du mariage est de 18 ans révolus⟫ depuis le ⟪law|Code du statut personnel de 2001⟫. La ministre de l'Action sociale, de l'Enfance et de la Famille, ⟪official|Lemina mint Mohamed Vall⟫, a rappelé que « ⟪official-quote|aucune fille ne doit quitter l'école pour être mariée⟫ ».",
        "⟦name|Oumou Diarra⟧ héberge trois enfants en situation de rue dans sa cour, ⟦address|rue 310, porte 47, Kalaban Coura⟧ (tél. ⟦phone|+223 76 14 52 08⟧). L'une d'eux, ⟦name|Kadidia⟧, ⟦age-with-detail|dix ans, a fui le domicile de sa marâtre à Ségou en mars 2025⟧.",
        "Dans l'affaire ⟦case-number|RG n° 0871/2023⟧, le tribunal pour enfants de Bamako, présidé par Mme ⟪official|Aminata Coulibaly⟫, a condamné l'employeur de ⟦name|Sitan⟧, ⟦age-with-detail|quinze ans, domestique dans une famille de l'ACI 2000⟧, sur le fondement de l'⟪law|ordonnance n° 02-062/P-RM du 5 juin 2002⟫ portant Code de protection de l'enfant.",
        "Le ⟪organisation|Conseil national de régulation de l'audiovisuel (CNRA)⟫ cite comme contre-exemple ce titre de presse : « La petite ⟦name|Ndèye Fatou Ndiaye⟧, ⟦age-with-detail|9 ans, en CE1 à l'école élémentaire de Grand Yoff⟧, violée par un voisin ». La ⟪law|loi n° 2017-27 du 13 juillet 2017 portant Code de la presse⟫ interdit une telle publication.",
        "Dans un daara de Guédiawaye, ⟦name|Mamadou Lamine⟧ et ⟦name|Ousmane⟧, ⟦age-with-detail|8 et 10 ans, originaires de Kolda⟧, mendient chaque matin au rond-point. Leur maître, ⟦name|Serigne Modou Faye⟧, nous a donné son numéro, le ⟦phone|77 642 18 30⟧.",
        "En 2024, la ligne d'écoute ⟪hotline|116⟫ gérée par le ⟪organisation|Centre Ginddi⟫ a reçu ⟪statistic|4 212 appels, dont 61 % concernaient des filles de 10 à 17 ans⟫. Contact presse : ⟪org-contact|communication@femme.gouv.sn⟫.",
        "À Yopougon, ⟦name|Affoué Bernadette Kouassi⟧ (⟦age-with-detail|16 ans, en classe de 3e au lycée moderne d'Andokoi⟧) vend des beignets avant l'école. « ⟦testimony|Si je ne rapporte pas 3 000 francs, ma tutrice me prive de repas⟧ », explique-t-elle. Sa tutrice, ⟦name|Adjoua Yao⟧, a été convoquée par la ⟪organisation|Brigade de protection des mineurs⟫ ; son numéro (⟦phone|+225 07 58 23 41 96⟧) figure au dossier.",
        "La ⟪law|loi n° 2010-272 du 30 septembre 2010⟫ portant interdiction de la traite et des pires formes de travail des enfants fixe, avec ses textes d'application, ⟪age-rule|l'âge minimum d'admission à l'emploi à 16 ans⟫. Le ⟪organisation|Comité national de surveillance des actions de lutte contre la traite, l'exploitation et le travail des enfants⟫ en rend compte chaque année (⟪report-number|rapport CNS/2024/07⟫).",
        "Campement cacaoyer près de Soubré (⟦coordinates|5°47′12″ N, 6°36′05″ O⟧) : l'équipe y a identifié ⟦name|Issouf⟧, ⟦age-with-detail|13 ans, venu de Kaya avec un oncle en 2023⟧, qui travaille à la machette sans protection.",
        "Le ⟪organisation|Centre de promotion sociale de Djougou⟫ a ouvert le dossier ⟦case-number|CPS-DJG/2025/0093⟧ pour ⟦name|Rachidatou⟧, ⟦age-with-detail|12 ans, placée comme vidomègon chez une cousine à Cotonou⟧. Adresse de la famille d'accueil : ⟦address|carré 1147, quartier Agla⟧. Téléphone de la mère : ⟦phone|+229 01 97 31 55 08⟧.",
        "Le ⟪law|Code de l'enfant (loi n° 2015-08 du 8 décembre 2015)⟫ fixe ⟪age-rule|l'âge minimum d'admission à l'emploi à 14 ans⟫. Le ⟪hotline|138⟫, numéro d'assistance aux enfants, est gratuit depuis tout réseau ; les signalements écrits vont à ⟪org-contact|dpe@social.gouv.bj⟫ (⟪organisation|Direction de la protection de l'enfant⟫).",
        "⟦name|Kafui⟧ (prénom changé), ⟦age-with-detail|quinze ans, apprentie couturière au marché d'Adawlato depuis la mort de sa mère⟧, a été recrutée par un intermédiaire. « ⟦testimony|Il m'a dit que j'aurais mon propre atelier à Libreville⟧ », se souvient-elle.",
        "Le ⟪law|Code de l'enfant (loi n° 2007-017 du 6 juillet 2007)⟫ oblige toute personne à signaler un enfant en danger, par exemple à ⟪hotline|Allô 1011⟫. Selon ⟪author|Agbéko (2022, p. 41)⟫, la ⟪place-policy|région des Savanes⟫ compte ⟪statistic|un enfant de 5 à 17 ans sur trois astreint au travail⟫.",
        "Au camp de Farchana (⟦coordinates|13°37′N 21°31′E⟧), ⟦name|Achta Mahamat⟧, ⟦age-with-detail|14 ans, arrivée du Darfour en juin 2024 avec ses deux petits frères⟧, vit ⟦address|bloc C, rangée 4, tente 17⟧. Son oncle, ⟦name|Abakar Issa⟧, est joignable au ⟦phone|+235 66 21 47 90⟧.",
        "Au Tchad, ⟪statistic|61 % des femmes de 20 à 24 ans ont été mariées avant l'âge de 18 ans⟫ (⟪report-number|MICS6-Tchad 2019, rapport final⟫). La ⟪law|loi n° 029/PR/2015 portant interdiction du mariage d'enfants⟫ a porté ⟪age-rule|l'âge minimum du mariage à 18 ans⟫.",
        "Tribunal de grande instance du Mfoundi, ⟦case-number|procédure n° 1452/RP/2024⟧ : la mineure ⟦name|Marie-Claire N.⟧, ⟦age-with-detail|13 ans, élève en 5e au CES de Nkolbisson⟧, est représentée par son père, ⟦name|Jean-Pierre Nkoulou⟧, domicilié ⟦address|lieu-dit Carrière, maison n° 112, Nkolbisson⟧ (⟦phone|6 99 12 47 83⟧).",
        "La ⟪law|loi n° 2011/024 du 14 décembre 2011⟫ relative à la lutte contre le trafic et la traite des personnes s'applique. Le ⟪organisation|ministère des Affaires sociales (MINAS)⟫ publie son standard, le ⟪org-contact|+237 222 23 18 40⟫, et le numéro d'urgence ⟪hotline|116⟫. Selon ⟪author|Essomba et Mbarga (2023)⟫, ⟪statistic|17 % des filles de 12 à 17 ans⟫ de l'⟪place-policy|Extrême-Nord⟫ ont quitté l'école à cause de la crise.",
        "Photo : ⟦photo-caption|Salamata, 11 ans, porte de l'eau pour les orpailleurs du site de Gombelèdougou⟧ (© ⟪organisation|Terre des hommes⟫). Pour toute demande de reproduction, écrire à ⟪org-contact|communication@tdh-burkina.org⟫.",
        "⟪caption|Atelier national de validation de la stratégie de protection de l'enfant, Ouagadougou, 12 septembre 2024⟫. Au centre, la ministre ⟪official|Pélagie Zoungrana⟫, qui a déclaré : « ⟪official-quote|Chaque enfant a droit à un nom, à une famille et à l'école⟫ ».",
        "⟦name|Fatoumata Binta⟧, ⟦age-with-detail|17 ans, mère d'un bébé de six mois, à Labé⟧, raconte : « ⟦testimony|On m'a mariée pendant les vacances de la 8e année, je n'ai plus revu mes camarades⟧ ». Son grand frère, ⟦name|Alpha Oumar Diallo⟧, a écrit au programme depuis ⟦email|alphaoumar.diallo224@gmail.com⟧.",
        "La ⟪law|loi L/2016/059/AN portant Code pénal⟫ fixe ⟪age-rule|l'âge minimum du mariage à 18 ans pour les deux sexes⟫. L'⟪organisation|Office de protection du genre, de l'enfance et des mœurs (OPROGEM)⟫ a enregistré ⟪statistic|312 viols sur des mineures de moins de 15 ans⟫ entre le ⟪date|1er janvier⟫ et le ⟪date|31 décembre 2023⟫.",
        "Procès-verbal ⟦case-number|n° 0045/CR/BMD/2025⟧ de la ⟪organisation|Brigade des mineurs de Maradi⟫ : ⟦name|Rabi Ibrahim⟧, ⟦age-with-detail|13 ans, élève de CM1 à l'école Sabon Gari II⟧, a été retrouvée à la gare routière. Sa mère, ⟦name|Zalika Issoufou⟧ (tél. ⟦phone|96-48-22-07⟧), réside ⟦address|quartier Sabon Gari, rue SG-14, porte 221⟧.",
        "Figure 3 : ⟦photo-caption|enfant de 9 ans broyant du minerai sur un site de Kéniéba, en novembre 2024⟧. Les coordonnées du site (⟦coordinates|12°50'31\"N, 11°14'47\"W⟧) ont été transmises à la ⟪organisation|Direction nationale de la promotion de l'enfant et de la famille (DNPEF)⟫.",
        "Dans le ménage d'⟦name|Awa Sarr⟧, relevé au point ⟦coordinates|14,7645 ; -17,3660⟧, la fille aînée, ⟦name|Coumba⟧, ⟦age-with-detail|seize ans, a abandonné la 3e au CEM de Thiaroye⟧. La méthode de l'enquête est décrite par ⟪author|Sy, Fall et Ndiaye⟫, L'enfance au travail au Sénégal, Dakar, 2019 (⟪isbn|ISBN 978-2-86978-412-5⟫).",
        "Dans son rapport annuel ⟪report-number|n° 2024/PE/031⟫, le consortium indique que la ligne verte ⟪hotline|80 00 12 34⟫ du ⟪organisation|ministère de la Solidarité nationale⟫ a reçu ⟪statistic|2 300 appels relatifs à des enfants de moins de 15 ans⟫ au ⟪date|premier semestre 2024⟫.",
        "Le dossier ⟦case-number|CPIMS+ CI-ABJ-ABO-2025-01187⟧ concerne ⟦name|Aya⟧ et son petit frère ⟦name|Koffi⟧, ⟦age-with-detail|9 et 6 ans, hébergés par une voisine à Abobo-Baoulé depuis l'incendie de leur maison⟧. La voisine, ⟦name|Mariam Koné⟧, a laissé son courriel : ⟦email|mariamkone.abobo@yahoo.fr⟧.",
        "Dans un message envoyé depuis ⟦email|akossiwa.mensah93@gmail.com⟧, ⟦name|Akossiwa Mensah⟧ signale que sa nièce ⟦name|Délali⟧, ⟦age-with-detail|14 ans, en 4e au CEG de Bè-Kpota⟧, a disparu de la maison familiale, ⟦address|rue 128, portail bleu, Bè-Kpota⟧ ; téléphone de la tante : ⟦phone|+228 90 27 63 15⟧. Revenue dix jours plus tard, l'adolescente a confié : \"⟦testimony|Il m'a enfermée dans une chambre à Aného et m'a pris mon téléphone⟧\".",
        "Le directeur régional de la Protection de l'enfant, ⟪official|Harouna Idé⟫, a présenté la situation de la ⟪place-policy|région de Tahoua⟫ (⟪report-number|rapport DRPE-TH/2024/12⟫). Les partenaires peuvent écrire à ⟪org-contact|secretariat@promotion-femme.gouv.ne⟫.",
        "Signalement ⟦case-number|SIG-NKC-2025/0316⟧ reçu par le ⟪organisation|Service de protection de l'enfance de Nouakchott-Sud⟫ : ⟦name|Aminetou⟧, ⟦age-with-detail|10 ans, domestique dans une famille de Tevragh Zeina depuis ses huit ans⟧. L'appel a été passé par sa tante maternelle, ⟦name|Khadijetou Sall⟧, au ⟦phone|+222 46 73 20 18⟧.",
        "Légende : ⟦photo-caption|Bintou et Fanta Traoré, sœurs de 8 et 11 ans, devant leur concession du quartier Missira à Mopti⟧. En page suivante : ⟪caption|séance de sensibilisation des leaders religieux sur le mariage d'enfants, Mopti, février 2025⟫.",
        "Photo 4 : ⟦photo-caption|une fillette en uniforme, la jambe bandée, devant le CSPS de Sig-Noghin où elle a été soignée⟧. Le ⟪organisation|Comité d'éthique pour la recherche en santé⟫ a demandé que l'image soit retirée (⟪report-number|avis n° 2024-09-187⟫).",
        "Les enfants déplacés de Djibo sont hébergés dans la cour d'une famille d'accueil de Kaya (⟦coordinates|13°05'21\" N ; 1°04'56\" O⟧). Le chef de famille, ⟦name|Issaka Ouédraogo⟧, a communiqué son adresse électronique (⟦email|issaka.ouedraogo.kaya@yahoo.fr⟧) et celle de son épouse, ⟦name|Mariam⟧ (⟦email|mariam.ouedraogo77@gmail.com⟧).",
        "⟦photo-caption|Aissatou B., 15 ans, tamise le sable dans la mine d'or artisanale de Kintinian⟧ (photo ⟪organisation|Plan International Guinée⟫, 2024). Le préfet de Siguiri, ⟪official|Lansana Kourouma⟫, a ordonné la fermeture des puits aux mineurs.",
        "⟦photo-caption|Un garçon d'une douzaine d'années transporte des fèves de cacao sur un sentier de Méagui⟧. Ci-dessous : ⟪caption|remise de kits scolaires par la préfecture de Soubré, 5 octobre 2024⟫.",
        "Fiche d'identification ⟦case-number|IRC-TD-ABE-0721⟧ : ⟦name|Hissein Adoum⟧, ⟦age-with-detail|15 ans, ancien élève d'une école coranique de Goz Beïda⟧, séparé de sa famille. Contact de l'oncle : ⟦email|adoum.mahamat75@gmail.com⟧, ⟦phone|63 40 91 27⟧.",
        "⟦photo-caption|Portrait d'Amina, 12 ans, déplacée de Kolofata, dans la salle de classe provisoire du camp de Minawao⟧. Son tuteur, ⟦name|Ousmanou Bakari⟧, nous a écrit depuis ⟦email|ousmanou.bakari@yahoo.com⟧ ; la famille vit au point ⟦coordinates|N 10°33,4′ E 13°51,3′⟧.",
        "Le ⟪law|décret n° 2019-0231/PRES/PM/MFSNFAH⟫ crée les comités villageois de protection de l'enfant. Une étude récente (⟪author|Kaboré, 2021⟫) observe que ⟪statistic|27 % des enfants de 5 à 14 ans de la Boucle du Mouhoun⟫ n'ont pas d'acte de naissance ; la ⟪place-policy|province de la Kossi⟫ est la plus touchée.",
        "Le procureur du Faso près le tribunal de grande instance de Fada N'Gourma, ⟪official|Abdoulaye Kindo⟫, a rappelé que ⟪age-rule|la minorité pénale s'arrête à 13 ans⟫ pour l'irresponsabilité absolue. La brochure (⟪isbn|ISBN 979-10-92461-07-3⟫) peut être demandée au ⟪org-contact|01 BP 1235 Ouagadougou 01⟫.",
        "La ⟪organisation|Commission nationale des droits de l'homme⟫ du Togo a publié le ⟪date|20 novembre 2024⟫ son rapport ⟪report-number|CNDH-TG/RA/2024⟫. Son président, ⟪official|Kodjo Amétépé⟫, a déclaré : « ⟪official-quote|La lutte contre les grossesses en milieu scolaire est l'affaire de tous⟫ ».",
        "À Kaolack, ⟦name|Astou⟧, ⟦age-with-detail|treize ans, deuxième d'une fratrie de sept, élève de CM2 à Médina Baye⟧, a été promise en mariage par son oncle, ⟦name|El Hadji Ngom⟧. « ⟦testimony|Je veux passer l'entrée en sixième avant tout⟧ », répète-t-elle. Le ⟪hotline|116⟫ a alerté l'⟪organisation|AEMO de Kaolack⟫.",
        "Référence ⟦case-number|BF/DPFSN-KAY/SE/25-0312⟧ — ⟦name|Wendkouni⟧, ⟦age-with-detail|né le 4 mars 2012 à Louda⟧, est confié à sa grand-mère, ⟦name|Tené Sawadogo⟧, ⟦address|secteur 5, rue 5.38, porte 112, Kaya⟧, ⟦phone|+226 76.22.91.04⟧.",
        "Compte rendu de la ⟪organisation|Cellule de coordination du Réseau des enfants et jeunes travailleurs⟫ : lors de la réunion du ⟪date|7 mai 2025⟫, ⟪author|Diallo (2019)⟫ a été cité pour ses travaux sur ⟪place-policy|la région de Mopti⟫, où ⟪statistic|un tiers des filles de 12 à 17 ans travaillent comme aides familiales⟫.",
        "« ⟦testimony|Mon patron disait que si je parlais, il me renverrait au village sans rien⟧ », confie ⟦name|Djénéba⟧, ⟦age-with-detail|14 ans, aide-ménagère à Sikasso depuis l'âge de onze ans⟧. Sa mère, ⟦name|Assétou Sanogo⟧, vit ⟦address|hameau de Kafana, concession n° 9⟧.",
        "Le juge des enfants de Niamey, ⟪official|Ibrahim Hamidou⟫, a placé ⟦name|Rahila⟧, ⟦age-with-detail|12 ans, de Dosso⟧, en famille d'accueil le ⟪date|2 avril 2025⟫, sur rapport du ⟪organisation|Service éducatif, judiciaire et préventif⟫, dans le dossier ⟦case-number|TGI-NY/Mineurs/2025/118⟧. « ⟦testimony|Je veux retourner à l'école de mon village⟧ », a-t-elle dit au juge.",
        "Son oncle, ⟦name|M. D.⟧, joignable au ⟦phone|(+221) 70-518-44-27⟧, a signalé sa nièce ⟦name|Sokhna⟧, ⟦age-with-detail|11 ans, vivant seule avec sa grand-mère aveugle à Pikine Icotaf⟧. Le ⟪organisation|Comité départemental de protection de l'enfant de Pikine⟫ a pris le relais.",
        "La ⟪law|Convention relative aux droits de l'enfant (1989)⟫ et la ⟪law|Charte africaine des droits et du bien-être de l'enfant (1990)⟫ fondent le plaidoyer. ⟪statistic|Un enfant sur quatre de moins de 5 ans⟫ n'est pas enregistré à la naissance en Guinée (⟪report-number|MICS 2016, p. 212⟫).",
        "« ⟦testimony|J'avais peur de rentrer le soir parce que le mari de ma tante m'attendait⟧ », raconte ⟦name|Ramatoulaye⟧, aujourd'hui accompagnée par l'⟪organisation|Association des juristes sénégalaises⟫. ⟦name|Ramatoulaye⟧ avait ⟦age-with-detail|12 ans et vivait chez sa tante à Thiès⟧ lorsque les violences ont commencé.",
        "Trois enfants, ⟦name|Ali⟧, ⟦name|Mahamat⟧ et ⟦name|Zara⟧, ont été retrouvés ⟦address|quartier Dembé, 7e arrondissement, carré 32⟧ de N'Djamena. « ⟦testimony|Nous dormions sous le pont et nous lavions les voitures le jour⟧ », ont-ils expliqué. Le ⟪organisation|ministère de la Femme et de la Protection de la petite enfance⟫ a ouvert le dossier collectif ⟦case-number|MFPPE/DPE/2025/027⟧.",
        "Selon le ⟪report-number|rapport A/HRC/58/41⟫, présenté le ⟪date|23 mars 2025⟫, ⟪statistic|plus de 200 000 enfants⟫ sont victimes de traite chaque année en Afrique de l'Ouest et du Centre ; la Rapporteuse spéciale, ⟪official|Mariana Oduya⟫, le souligne.",
        "⟦photo-caption|Kossi, 10 ans, dort sur des cartons au grand marché de Lomé, à côté de l'étal de sa tante⟧. (Photographie floutée dans la version publiée, conformément à la charte de l'⟪organisation|Union des journalistes indépendants du Togo⟫.)",
        "Dans le sud du Bénin, ⟪author|Houngbo et al., 2018⟫ décrivent le confiage. ⟦name|Sènami⟧, ⟦age-with-detail|âgée de douze ans, confiée depuis 2021 à une revendeuse du marché Dantokpa⟧, vit ⟦address|lot 412, parcelle C, Missèbo⟧ ; la carte GPS situe la maison à ⟦coordinates|6.3654, 2.4318⟧.",
    ];

    private static string[] English() =>
    [
        "Case study 2: ⟦name|Blessing⟧ (not her real name), ⟦age-with-detail|16, from Uromi in Esan North-East⟧, was recruited by a 'madam' who promised work in Italy. “⟦testimony|They told my mother I would braid hair in Milan and send money every month⟧,” she said.",
        "The ⟪law|Trafficking in Persons (Prohibition) Enforcement and Administration Act, 2015⟫ gave ⟪organisation|NAPTIP⟫ its mandate and its public hotline, ⟪hotline|627⟫. In ⟪place-policy|Edo State⟫, ⟪statistic|about one in four returnees were aged 15 to 17⟫ (⟪author|Okojie, 2021⟫).",
        "In ⟦case-number|Charge No. FHC/B/45C/2024⟧, Justice ⟪official|Adaeze Okonkwo⟫ of the ⟪organisation|Federal High Court, Benin Division⟫, convicted the man who trafficked ⟦name|Osas Igbinedion⟧, ⟦age-with-detail|a 14-year-old pupil of Iguosa Primary School⟧, to Bamako.",
        "Referral form ⟦case-number|LAG-DSS/CP/2025/1142⟧. Child: ⟦name|Chinedu Okafor⟧, ⟦age-with-detail|aged 12, lives with his grandmother in Ajegunle⟧. Guardian: Mrs ⟦name|Ngozi Okafor⟧, ⟦address|No. 14 Adebayo Street, off Boundary Road, Ajegunle⟧, tel. ⟦phone|0803 417 2290⟧.",
        "Field notes, ⟪date|12 March 2025⟫: at an informal camp (⟦coordinates|11.5206° N, 13.6856° E⟧) we met ⟦name|Fatima Modu⟧ and ⟦name|Hauwa⟧, ⟦age-with-detail|13 and 15, who fled Gwoza with their aunt in 2023⟧, both now out of school.",
        "⟦name|Akosua Mensah⟧, ⟦age-with-detail|15, a JHS 2 pupil at Agbozume M/A Basic School⟧, carries loads as a kayayo at Agbogbloshie during the holidays. Her mother, ⟦name|Esi Dzifa⟧, can be reached on ⟦phone|024 381 5527⟧.",
        "The ⟪law|Children's Act, 1998 (Act 560)⟫ sets ⟪age-rule|the minimum age for light work at 13⟫ and ⟪age-rule|the minimum age of marriage at 18⟫. The ⟪organisation|Department of Social Welfare⟫ runs a toll-free line, ⟪hotline|0800 111 222⟫, and media enquiries go to ⟪org-contact|info@mogcsp.gov.gh⟫.",
        "At the Juvenile Court in Tamale, in ⟦case-number|JC/TL/019/2024⟧, His Worship ⟪official|Abdul-Rahman Seidu⟫ placed ⟦name|Yakubu⟧, ⟦age-with-detail|16, of Kukuo, whose father died in the 2022 clashes⟧, under a probation order.",
        "Photo: ⟦photo-caption|Kwabena, 11, diving to free fishing nets on Lake Volta near Kete Krachi⟧ (© ⟪organisation|International Justice Mission⟫). Next page: ⟪caption|Participants at the regional dialogue on child trafficking, Ho, 20 May 2025⟫.",
        "The ⟪organisation|Family Support Unit⟫ in Kenema opened ⟦case-number|FSU/KEN/RB/0922/24⟧ after ⟦name|Mariama Kamara⟧, ⟦age-with-detail|13, a Class 6 pupil at RC Primary School, Nyandeyama⟧, disclosed the abuse. Her father, ⟦name|Sahr Kamara⟧, lives at ⟦address|23 Hangha Road, Kenema⟧, phone ⟦phone|+232 76 412 908⟧.",
        "Under the ⟪law|Sexual Offences (Amendment) Act, 2019⟫, ⟪age-rule|the age of consent is 18⟫. ⟪statistic|Thirty per cent of girls aged 15-19 have begun childbearing⟫ (⟪report-number|SLDHS 2019, Table 5.10⟫). The Minister, ⟪official|Hawa Bangura-Koroma⟫, said that “⟪official-quote|no girl should be punished for what was done to her⟫”.",
        "Primero case ⟦case-number|LBR-MONT-2025-0456⟧: ⟦name|Musu Kollie⟧, ⟦age-with-detail|14, living with an aunt in West Point since her mother died⟧. Aunt's phone: ⟦phone|0886 523 419⟧; address: ⟦address|Compound 3, Kru Beach Road, West Point⟧.",
        "The ⟪law|Domestic Violence Act of 2019⟫ and the ⟪organisation|Ministry of Gender, Children and Social Protection⟫'s hotline, ⟪hotline|116⟫, are the main channels. ⟪statistic|Two in five girls aged 15 to 24⟫ in ⟪place-policy|Grand Gedeh County⟫ say they did not know either existed.",
        "“⟦testimony|My uncle said the marabout would teach me the Koran, but I only begged at Serekunda market⟧,” recalled ⟦name|Lamin Jallow⟧, ⟦age-with-detail|12, from Kerewan in the North Bank Region⟧.",
        "The ⟪law|Children's (Amendment) Act 2016⟫ criminalised child marriage, and the ⟪law|Women's (Amendment) Act 2015⟫ banned FGM. The ⟪organisation|Department of Social Welfare⟫ answers on ⟪hotline|1313⟫; written referrals go to ⟪org-contact|referrals@dsw.gov.gm⟫. ⟪author|Ceesay and Touray (2018)⟫ found that ⟪statistic|76% of women aged 15–49⟫ had undergone FGM.",
        "In Kaya, ⟦name|Rasmané⟧ and his sister ⟦name|Alimata⟧, ⟦age-with-detail|aged 9 and 13, displaced from Barsalogho in August 2024⟧, share a shelter at a displacement site (⟦coordinates|13°06′N, 1°05′W⟧) with eleven other children.",
        "According to ⟪author|Abdou and Garba (2022)⟫, in the ⟪place-policy|Tillabéri region⟫ ⟪statistic|over 70% of girls aged 10–14 are out of school⟫. ⟪law|Ordinance No. 2010-86 of 16 December 2010⟫ punishes trafficking, but ⟪statistic|fewer than 20 cases a year⟫ reach the courts.",
        "⟦name|Awa Konaté⟧, ⟦age-with-detail|17, a former Grade 9 student in Koutiala⟧, was married to a trader twice her age. Her elder brother, ⟦name|Drissa Konaté⟧, contacted the project by email (⟦email|drissa.konate@orangemali.net⟧).",
        "In Bamenda, ⟦name|Nfor Emmanuel⟧, ⟦age-with-detail|15, who fled Batibo after his school was burnt in 2019⟧, now lives with his uncle at ⟦address|Mile 4 Nkwen, behind the Presbyterian church, house 17⟧. Uncle's number: ⟦phone|+237 677 45 82 16⟧.",
        "The ⟪organisation|Ministry of Social Affairs (MINAS)⟫ puts the number of ⟪statistic|children aged 5–17 out of school⟫ in the ⟪place-policy|North-West and South-West regions⟫ at over 700,000 (⟪report-number|OCHA Cameroon Situation Report No. 47⟫).",
        "At the Adré transit site (⟦coordinates|13.4667, 22.2000⟧), ⟦name|Khadija Abdelkerim⟧, ⟦age-with-detail|11, separated from her parents at the border on 15 June 2023⟧, is cared for by a foster mother, ⟦name|Halimé Youssouf⟧ (⟦phone|+235 99 27 04 63⟧).",
        "\"⟦testimony|I was sent to sell pepper in Lumley after school, and a man offered me a ride home⟧\", ⟦name|Isatu⟧ told the social worker. ⟦name|Isatu⟧ (⟦age-with-detail|12), a Class 5 pupil in Lumley⟧, has since moved to her grandmother's.",
        "The host family, ⟦name|Kwame⟧ and ⟦name|Abena Asante⟧, live at ⟦address|House No. B/112, Zongo Lane, Ashaiman⟧ and can be reached on ⟦phone|+233 55 901 2274⟧ or at ⟦email|kwame.asante.ash@gmail.com⟧. They have fostered ⟦name|Efua⟧, ⟦age-with-detail|10, since her release from a fishing boat at Yeji in January 2025⟧.",
        "⟪caption|Officials of the Kano State Hisbah Board and UNICEF at the launch of the almajiri enrolment drive, 3 February 2025⟫. Commissioner ⟪official|Hadiza Bello Yakasai⟫ said: “⟪official-quote|Every almajiri child in Kano will be in a classroom by 2027⟫.”",
        "See ⟪author|Adebayo, O. (2020)⟫, Child Labour in South-West Nigeria, Ibadan (⟪isbn|ISBN 978-978-8529-41-6⟫), and the Committee's concluding observations, ⟪report-number|CRC/C/NGA/CO/5-6⟫, adopted on ⟪date|1 June 2022⟫.",
        "Photo: ⟦photo-caption|Mercy, 13, outside her family's zinc house in Clara Town⟧ — published with consent, later withdrawn at the request of the ⟪organisation|Liberia National Police⟫.",
        "Social Welfare case ⟦case-number|DSW/BJL/CP/2024-0387⟧: ⟦name|Fatou Ceesay⟧, ⟦age-with-detail|14, Grade 8 at Latrikunda Upper Basic School⟧, was withdrawn from a planned marriage. Her mother, ⟦name|Isatou Bah⟧, lives at ⟦address|compound 41, Bakau New Town⟧, tel. ⟦phone|+220 771 4520⟧.",
        "Photo 6: ⟦photo-caption|A boy of about nine mends nets on a canoe at Dambai, his face visible⟧. The camp where the children were found (⟦coordinates|8°04′02″N 0°10′48″E⟧) was handed to the ⟪organisation|Anti-Human Trafficking Unit of the Ghana Police Service⟫.",
        "⟪caption|Validation workshop on the National Child Welfare Policy, Freetown, 14 August 2024⟫. The Director of Children's Affairs, ⟪official|Abu Bakarr Turay⟫, presented the findings. Copies (⟪isbn|ISBN 978-99910-0-212-3⟫) are available from ⟪org-contact|P.O. Box 1278, Freetown⟫ or ⟪org-contact|library@mswgca.gov.sl⟫.",
        "Her uncle, ⟦name|T. A.⟧, reported the abuse of ⟦name|Zainab⟧, ⟦age-with-detail|11, a housemaid in a compound in Tudun Wada, Kaduna⟧, from his own number, ⟦phone|+234 (0)706 118 4532⟧, and followed up by email (⟦email|ta.reports79@gmail.com⟧).",
        "Referral to the ⟪organisation|Women and Children Protection Section⟫, Zwedru: ⟦name|Garmai⟧, ⟦age-with-detail|15, Grade 7 at Zwedru Multilateral High School⟧. Grandmother ⟦name|Hawa Toe⟧: ⟦phone|+231 (0)77 640 2195⟧, ⟦address|Old Market Road, behind the rice shop, Zwedru⟧; email via her pastor, ⟦email|pastor.gbeh.zwedru@gmail.com⟧.",
        "She explained: “⟦testimony|After the cutting I could not walk to school for three weeks⟧.” ⟦name|Binta⟧, ⟦age-with-detail|ten years old, lives with her grandparents in Sotuma Sere⟧.",
        "The ⟪organisation|International Labour Organization⟫'s ⟪law|Worst Forms of Child Labour Convention, 1999 (No. 182)⟫ was ratified by Burkina Faso on ⟪date|25 July 2001⟫. Yet ⟪statistic|one child in five aged 5–17⟫ in ⟪place-policy|the Centre-Nord region⟫ works on a gold site.",
        "Site visit to an artisanal mine near Kangaba (⟦coordinates|N 11.9402, W 8.4118⟧): ⟦name|Seydou⟧, ⟦age-with-detail|14, from Bougouni, sent by his father to pay off a debt⟧, works the night shift.",
        "The ⟪report-number|Ghana Living Standards Survey Round 7 (GLSS 7)⟫ found ⟪statistic|21.8% of children aged 5–17 in child labour⟫, highest in the ⟪place-policy|Northern Region⟫; ⟪author|Hilson (2010)⟫ had predicted as much.",
        "⟦photo-caption|Twelve-year-old Ibrahim Sesay at his desk in Kailahun, where he went back to school after two years in the diamond pits⟧. (Photo: ⟪organisation|Save the Children⟫)",
        "Cover photo: ⟦photo-caption|Grace and her baby at the maternity ward in Saclepea, Nimba County, months after her 15th birthday⟧.",
        "⟦photo-caption|A girl in a blue school uniform holds her newborn outside a clinic in Zuarungu⟧. Below: ⟪caption|District Assembly members sign the by-law against child marriage, Bolgatanga, March 2025⟫.",
        "The clinic nurse recorded ⟦name|Aminata Conteh⟧, ⟦age-with-detail|15, seven months pregnant, living in Kroo Bay⟧, who sleeps at her boyfriend's stall (⟦coordinates|8.4844° N, 13.2344° W⟧). Her mother, ⟦name|Kadiatu Conteh⟧, gave her address as ⟦address|12 Sackville Street, Freetown⟧.",
        "In Ibadan, the children were found in a warehouse at ⟦coordinates|N 7°23.145' E 3°54.201'⟧. One of them, ⟦name|Tunde⟧, ⟦age-with-detail|a 13-year-old from Ogbomoso who had been missing since Easter⟧, had his father's email written on his arm: ⟦email|adewale.ogunleye@yahoo.com⟧.",
        "Form ⟦case-number|NG-BOR-MMC-CP-000871⟧ (CPIMS): the caregiver, ⟦name|Ya Kaltumi⟧, can be contacted at ⟦email|kaltumi.bukar@gmail.com⟧ or ⟦phone|+234 802-551-9034⟧. She looks after ⟦name|Bintu⟧, ⟦age-with-detail|9, whose parents were abducted from Konduga in 2021⟧.",
        "The ⟪organisation|Ghana Education Service⟫ reported ⟪statistic|14,000 pregnancies among girls aged 10–19⟫ in the ⟪place-policy|Ashanti Region⟫ in ⟪date|2023⟫. Regional Director ⟪official|Kwaku Owusu-Ansah⟫ said: “⟪official-quote|Pregnant girls must be supported to return to the classroom⟫.”",
        "A 2024 evaluation (⟪report-number|UNICEF/WCARO/EVAL/2024-03⟫) of the Liberia programme found that ⟪statistic|62% of children aged 12–17⟫ knew the ⟪hotline|116⟫ number. Enquiries: ⟪org-contact|evaluation@unicef.org⟫.",
        "“⟦testimony|The woman who brought me to Accra kept all the money and said I owed her for the bus⟧,” said ⟦name|Mary Atampugre⟧, ⟦age-with-detail|16, who left Bongo after Class 6⟧. Her mother, ⟦name|Agnes⟧, still lives in ⟦address|house 5, Zorko Asamboka, near the chief's palace⟧.",
        "Justice ⟪official|Miatta Sherif⟫ adjourned case ⟦case-number|FTC/SGBV/112/2024⟧ to ⟪date|9 April 2025⟫; the victim, ⟦name|Kadiatu⟧, ⟦age-with-detail|11, of Waterloo Lumpa, in Class 4⟧, will testify by video link.",
        "The ⟪law|Child Rights Act 2003⟫ fixes ⟪age-rule|the age of a child at under 18⟫, but ⟪statistic|only 29 of 36 states⟫ have domesticated it; ⟪place-policy|Zamfara State⟫ and ⟪place-policy|Bauchi State⟫ are among the exceptions (⟪author|Eze and Bello, 2023⟫).",
        "Helpline data: ⟪hotline|116⟫ in Sierra Leone and ⟪hotline|112⟫ for the police; the ⟪organisation|National Commission for Children⟫ can be reached on ⟪org-contact|+232 22 240 521⟫ (switchboard) or ⟪org-contact|info@ncc.gov.sl⟫.",
        "“⟦testimony|I told my teacher because I could not tell my mother⟧,” ⟦name|Abibatu⟧ recalled. ⟦name|Abibatu⟧ is ⟦age-with-detail|13 and in JSS 1 at a school in Makeni⟧; the social worker logged the case as ⟦case-number|MSWGCA/BMB/24/0567⟧.",
        "In The Gambia, ⟪statistic|26% of women aged 20–24 were married before 18⟫ (⟪report-number|GDHS 2019-20, Table 4.2⟫). The Minister of Gender, Children and Social Welfare, ⟪official|Ndey Sainabou Jobe⟫, launched the plan on ⟪date|11 October 2024⟫ with ⟪organisation|Gambia Committee on Traditional Practices (GAMCOTRAP)⟫.",
        "Three siblings, ⟦name|Kofi⟧, ⟦name|Ama⟧ and ⟦name|Yaw Boateng⟧, aged ⟦age-with-detail|7, 9 and 12, whose mother sells kenkey at Kaneshie market⟧, were referred by the ⟪organisation|Domestic Violence and Victim Support Unit (DOVVSU)⟫ under ⟦case-number|DOVVSU/ACC/KAN/25/0219⟧.",
        "The shelter manager noted that ⟦name|Precious Eke⟧, ⟦age-with-detail|15, returned from Libya in May 2024 to her parents' home in Benin City⟧, had been identified in a Facebook post. Her father, ⟦name|Osaro Eke⟧, uses ⟦phone|0705.882.1146⟧; he lives at ⟦address|7 Uselu-Lagos Road, Ugbowo⟧.",
        "Media guideline, example to avoid: a headline naming ⟦name|Mariatu⟧, ⟦age-with-detail|14, of Kpetema section, Bo, daughter of the local imam⟧. The ⟪organisation|Independent Media Commission⟫ code (⟪report-number|IMC Code of Practice 2022, s. 14⟫) forbids it; the ⟪law|Independent Media Commission Act 2020⟫ allows fines.",
        "\"⟦testimony|We slept on the floor of the shop and ate what the customers left⟧,\" said ⟦name|Chidi⟧, one of the boys, ⟦age-with-detail|aged 13, from Ihiala in Anambra⟧. The ⟪organisation|Anambra State Ministry of Women Affairs⟫ holds his file as ⟦case-number|ANSMWA/CP/IHL/2025/044⟧.",
        "Caption: ⟦photo-caption|Baby Hawa, born to a 14-year-old mother in Kenema Government Hospital, 2 May 2025⟧. Caption on facing page: ⟪caption|Nurses trained by the Ministry of Health in adolescent-friendly services, Kenema⟫.",
        "⟦name|Jariatu⟧ and her cousin ⟦name|Kumba⟧, ⟦age-with-detail|16 and 14, both from Koidu, sold in Conakry in 2024⟧, gave their mother's number, ⟦phone|+232 (0)77 803 215⟧, and her address, ⟦address|18 Masingbi Road, Koidu Town⟧. Contact for the ⟪organisation|Anti-Trafficking Task Force⟫: ⟪org-contact|secretariat@mswgca.gov.sl⟫.",
    ];

    private static GeneratedPassage Parse(string marked, string lang)
    {
        var text = new StringBuilder();
        var positives = new List<(int, int, string)>();
        var negatives = new List<(int, int, string)>();
        var at = 0;
        foreach (Match m in Mark().Matches(marked))
        {
            text.Append(marked, at, m.Index - at);
            var inner = m.Groups["t"].Value;
            (m.Value[0] == '⟦' ? positives : negatives).Add((text.Length, inner.Length, m.Groups["k"].Value));
            text.Append(inner);
            at = m.Index + m.Length;
        }

        text.Append(marked, at, marked.Length - at);
        return new GeneratedPassage(text.ToString(), lang, positives, negatives);
    }

    [GeneratedRegex(@"[⟦⟪](?<k>[a-z-]+)\|(?<t>[^⟦⟪⟧⟫]+)[⟧⟫]")]
    private static partial Regex Mark();
}
