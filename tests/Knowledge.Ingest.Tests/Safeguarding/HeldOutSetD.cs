namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set D: a fourth evaluation set for issue 16, written blind: its author read the issue, the
/// scoring (<see cref="DetectorScore"/>) and the data format of set C, but neither the detector, its
/// lexicons, nor the passages of sets A, B and C. It was measured once against the detector as it
/// stood (see <see cref="HeldOutSetDTests"/>). Unlike sets A–C it is not filled from templates: every
/// passage is written out whole, as report prose of the region reads — case studies, field-visit
/// notes, court summaries, referral sheets, programme reports, survey write-ups and media guidelines —
/// set in Burkina Faso, Guinée, Niger, Mauritanie, Mali, Sénégal, Côte d'Ivoire, Bénin, Togo, Nigeria,
/// Ghana, Sierra Leone, Liberia and The Gambia. Names, places, figures, case numbers, phone numbers and
/// addresses are invented test data; public institutions and laws are named as reports name them.
/// </summary>
/// <remarks>
/// Marks are those of <see cref="GeneratedPassages"/>: <c>⟦kind|…⟧</c> for an identifying detail
/// (kind is the wire code), <c>⟪category|…⟫</c> for a look-alike that must stay unflagged.
/// <para><b>Labelling rules.</b> A detail is identifying (a positive) when it could lead a reader to
/// one child: the child, a relative, a guardian or host family, or the place the child lives or
/// works.</para>
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
/// </remarks>
internal static class HeldOutSetD
{
    public static IReadOnlyList<GeneratedPassage> All { get; } = BlindSet.Parse(French(), English());

    /// <summary>The passages as written, marks included (for the round-trip check).</summary>
    public static IReadOnlyList<(string Marked, string Language)> Marked { get; } = BlindSet.Marked(French(), English());

    private static string[] French() =>
    [
        // Burkina Faso — case study, gold mining.
        "Étude de cas n° 3. ⟦name|Rasmata⟧, une adolescente de ⟦age-with-detail|15 ans originaire du village de Pissila⟧, a été recrutée comme cuisinière sur le site aurifère de Gomgombiro avant d'y être exploitée sexuellement. Sa mère, ⟦name|Pauline Ouédraogo⟧, a saisi le service de l'Action sociale de Kaya le ⟪date|12 avril 2022⟫. Le dossier a été transmis au ⟪organisation|Tribunal pour enfants de Kaya⟫, conformément à la ⟪law|loi n° 015-2014/AN du 13 mai 2014 portant protection de l'enfant en conflit avec la loi ou en danger⟫.",

        // Niger — programme report, child marriage.
        "Au cours du premier semestre, le projet a accompagné ⟪statistic|312 enfants de 10 à 17 ans⟫ dans les départements de ⟪place-policy|Tillabéri et de Tahoua⟫. Parmi eux, ⟦name|Hadiza Moussa⟧, ⟦age-with-detail|12 ans, élève de CM1 à l'école de Banibangou⟧, a été retirée d'un mariage arrangé grâce à l'intervention du comité villageois. La ministre de la Promotion de la femme et de la Protection de l'enfant, ⟪official|Mme Aïchatou Garba Souley⟫, a salué ces résultats lors de la revue annuelle du ⟪date|28 juillet 2023⟫.",

        // Guinée — field-visit note, phones.
        "Note de visite, Siguiri. La famille d'accueil qui héberge ⟦name|Fanta⟧ depuis sa sortie de la mine peut être jointe au ⟦phone|+224 622 41 87 09⟧ ; le grand frère de la fillette, joignable au ⟦phone|628 30 55 14⟧, souhaite la ramener à Kouroussa. En cas d'urgence, l'équipe rappelle aux familles le ⟪hotline|116⟫, numéro gratuit de l'enfance, et la permanence de l'⟪organisation|Office de protection du genre, de l'enfance et des mœurs (OPROGEM)⟫.",

        // Sénégal — court summary, forced begging.
        "Tribunal de grande instance de Kolda, jugement correctionnel du ⟪date|21 novembre 2022⟫, ⟦case-number|dossier n° 458/2022 RP⟧. Le prévenu, maître coranique, était poursuivi pour avoir contraint ⟦name|Mamadou Lamine⟧ et ⟦name|Ousmane Baldé⟧, deux talibés ⟦age-with-detail|de 9 et 11 ans confiés par leurs parents de Vélingara⟧, à mendier chaque jour. Le tribunal a fait application de l'⟪law|article 3 de la loi n° 2005-06 du 10 mai 2005⟫ relative à la lutte contre la traite des personnes.",

        // Côte d'Ivoire — media guideline, negatives only.
        "Le guide à l'usage des journalistes, élaboré par le ⟪organisation|Conseil national des droits de l'Homme⟫ avec l'appui de l'⟪organisation|UNICEF⟫, rappelle qu'aucun article ne doit permettre d'identifier un enfant victime. Il cite l'⟪law|article 16 de la Convention relative aux droits de l'enfant⟫ et la ⟪law|loi n° 2010-272 du 30 septembre 2010⟫ portant interdiction de la traite et des pires formes de travail des enfants. Les rédactions peuvent écrire à ⟪org-contact|secretariat@cndh-ci.org⟫ et signaler une situation au ⟪hotline|116⟫.",

        // Mali — photo caption and survey figures.
        "⟦photo-caption|Photo : Kadiatou, 13 ans, vendeuse d'eau à la gare routière de Sikasso, mars 2023.⟧ Dans la région de ⟪place-policy|Sikasso⟫, ⟪statistic|près de 40 % des enfants de 5 à 14 ans⟫ exercent une activité économique, selon l'⟪organisation|Institut national de la statistique⟫ (⟪report-number|EMOP 2021, rapport final⟫). ⟪caption|Photo : séance de sensibilisation des leaders religieux à Ségou, juin 2022.⟫",

        // Mauritanie — testimony, domestic work.
        "« ⟦testimony|On m'avait dit que je serais bonne chez une famille de Nouakchott ; au bout de deux semaines, le fils de la maison a commencé à venir dans ma chambre la nuit⟧ », raconte ⟦name|Mariem⟧, ⟦age-with-detail|16 ans, originaire de Boghé⟧. Son récit rejoint les constats d'⟪author|Ould Cheikh (2020, p. 58)⟫ sur le travail domestique des filles. La ⟪law|loi n° 2020-017 relative à la prévention et à la répression de la traite des personnes⟫ prévoit pourtant des peines aggravées lorsque la victime est mineure.",

        // Bénin — follow-up sheet, address and referral number.
        "Fiche de suivi. L'enfant ⟦name|Codjo⟧ est hébergé provisoirement chez sa tante, ⟦address|maison Agossou, carré 1147, quartier Vêdoko, Cotonou⟧. Référence du signalement : ⟦case-number|CPS-COT/2023/219⟧. Le ⟪organisation|Centre de promotion sociale de Cotonou II⟫ et la ⟪organisation|Brigade de protection des mineurs⟫ ont été informés le ⟪date|14 février 2023⟫.",

        // Togo — field report, coordinates.
        "Les enquêteurs ont localisé l'atelier de couture où travaillaient les fillettes, à ⟦coordinates|6°08′25″ N, 1°13′40″ E⟧, en bordure du grand marché. ⟦name|Akossiwa⟧, la plus jeune, ⟦age-with-detail|10 ans, était venue d'Atakpamé avec sa cousine⟧ en janvier. Le ⟪law|Code de l'enfant (loi n° 2007-017 du 6 juillet 2007)⟫ interdit pourtant d'employer des ⟪age-rule|enfants de moins de 15 ans⟫.",

        // Sénégal — programme report, email and case sheet.
        "Le parrain de ⟦name|Sokhna Diouf⟧, élève boursière du programme à Kaffrine, a signalé la disparition de la jeune fille par courriel (⟦email|papa.diouf.kaffrine@gmail.com⟧). L'équipe du ⟪organisation|Centre de guidance infantile et familiale⟫ a ouvert la fiche ⟦case-number|CEGID-2023-0612⟧ et informé la ⟪organisation|Division spéciale de cybersécurité⟫.",

        // Niger — survey figures, negatives only.
        "Selon l'⟪report-number|Enquête démographique et de santé et à indicateurs multiples (EDSN-MICS IV 2012)⟫, ⟪statistic|76 % des femmes de 20 à 24 ans⟫ ont été mariées avant 18 ans et ⟪statistic|28 % avant l'âge de 15 ans⟫. Le ⟪law|décret n° 2017-935/PRN/MEP/A/PLN/EC du 5 décembre 2017⟫ protège les filles en cours de scolarité. Les régions de ⟪place-policy|Maradi et de Zinder⟫ concentrent les taux les plus élevés.",

        // Burkina Faso — police report, phone.
        "Le ⟪date|7 septembre 2021⟫, la Brigade régionale de protection de l'enfance de Bobo-Dioulasso a entendu ⟦name|Saïdou⟧, ⟦age-with-detail|14 ans, apprenti mécanicien au secteur 22⟧, sous le ⟦case-number|procès-verbal n° 0347/BRPE/HBS⟧. Le père de l'enfant, cultivateur à Dandé, a laissé le numéro ⟦phone|(00226) 76.58.21.09⟧. Le procureur du Faso, ⟪official|M. Issouf Sanou⟫, a requis un examen médical.",

        // Guinée — report front matter, negatives only.
        "Ce rapport (⟪isbn|ISBN 978-2-9567412-3-8⟫) s'appuie sur les travaux de ⟪author|Camara et Diakité (2019)⟫ et de ⟪author|Barry, M. S.⟫ sur l'excision en Haute-Guinée. Il a été validé le ⟪date|18 octobre 2023⟫ à Conakry, en présence du directeur national de l'Enfance, ⟪official|M. Alpha Oumar Soumah⟫. Les demandes d'exemplaires sont à adresser à ⟪org-contact|publications@reseau-enfance-gn.org⟫.",

        // Côte d'Ivoire — cocoa, phone and address.
        "Dans la sous-préfecture de ⟪place-policy|Méagui⟫, l'équipe a identifié ⟦name|Ibrahim Ouattara⟧, un garçon ⟦age-with-detail|de 13 ans employé depuis deux saisons sur une plantation de Gnamagui⟧. Son oncle, joignable au ⟦phone|+225 07 48 12 56 30⟧, habite ⟦address|lot 52, îlot 9, cité SICOGI, Soubré⟧. Le ⟪organisation|Comité national de surveillance des actions de lutte contre la traite, l'exploitation et le travail des enfants⟫ a été saisi.",

        // Mali — gold mining, coordinates.
        "Le site d'orpaillage de Kobada (⟦coordinates|11,5831° N ; 8,3792° O⟧) accueillait en 2022 ⟪statistic|près de 1 200 enfants⟫ selon la mairie. ⟦name|Sitan Keïta⟧, ⟦age-with-detail|14 ans, qui vivait avec sa grand-mère à Naréna⟧, y lavait le minerai avant d'être prise en charge par l'⟪organisation|ONG Enda Mali⟫.",

        // Mauritanie — criminal court summary.
        "Cour criminelle de Nouadhibou, ⟦case-number|affaire n° 112/2021/CC-NDB⟧ : ⟦name|Zeinabou⟧, mineure ⟦age-with-detail|de 15 ans au moment des faits, domiciliée au quartier Numérowatt⟧, était employée comme domestique. La Cour a appliqué la ⟪law|loi n° 2015-031 portant incrimination de l'esclavage⟫ et réprimant les pratiques esclavagistes.",

        // Sénégal — strategy note, negatives only.
        "La ⟪law|Stratégie nationale de protection de l'enfant (SNPE) adoptée en 2013⟫ prévoit des comités départementaux dans les ⟪place-policy|14 régions du pays⟫. Le ministre de la Famille, ⟪official|M. Abdou Karim Ndiaye⟫, a rappelé que ⟪statistic|les enfants de 6 à 14 ans⟫ représentent près du quart de la population. Le secrétariat du comité national est joignable au ⟪org-contact|+221 33 869 12 00⟫ (standard du ministère).",

        // Togo — photo caption and testimony.
        "⟦photo-caption|Sur la photo, Afi (au centre, robe jaune), 12 ans, avec ses petits frères devant leur maison de Kpalimé.⟧ « ⟦testimony|Je porte les bagages au marché depuis que papa est parti au Nigeria⟧ », explique-t-elle. L'⟪organisation|ONG WAO Afrique⟫ accompagne ⟪statistic|1 450 enfants porteurs⟫ dans les marchés de ⟪place-policy|Lomé et de Kara⟫.",

        // Bénin — vidomègon case file, phone.
        "Dossier ⟦case-number|OCPM/ZOU/2022/0078⟧. ⟦name|Bernadette⟧, ⟦age-with-detail|placée comme vidomègon à l'âge de 8 ans⟧, a aujourd'hui ⟦age-with-detail|11 ans et vit chez une commerçante du marché Dantokpa⟧. Sa mère, restée au village, peut être appelée au ⟦phone|+229 01 96 47 25 13⟧. La ⟪law|loi n° 2015-08 du 8 décembre 2015 portant Code de l'enfant en République du Bénin⟫ interdit le placement d'enfants à des fins d'exploitation.",

        // Guinée — GPS and sisters.
        "Coordonnées relevées au GPS du campement où les deux sœurs ont été retrouvées : ⟦coordinates|lat. 10,0653 ; long. -12,8941⟧. ⟦name|Aïssatou⟧ et ⟦name|Hawa Bah⟧, ⟦age-with-detail|âgées de 9 et 12 ans, scolarisées à l'école primaire de Kindia-Centre⟧, avaient été confiées à une tante. Le ⟪law|Code de l'enfant (loi L/2019/0059/AN)⟫ réprime la traite des enfants.",

        // Côte d'Ivoire — online exploitation, negatives only.
        "Selon l'étude de ⟪author|Kouassi et al. (2022, p. 47)⟫, ⟪statistic|un enfant sur cinq âgé de 12 à 17 ans⟫ a déjà reçu des images à caractère sexuel. Le ⟪law|décret n° 2021-541 du 22 septembre 2021⟫ a renforcé la ⟪organisation|Plateforme de lutte contre la cybercriminalité (PLCC)⟫, joignable au ⟪hotline|numéro vert 800 00 800⟫ et à l'adresse ⟪org-contact|info@cybercrime.interieur.gouv.ci⟫.",

        // Niger — testimony and address, child marriage.
        "« ⟦testimony|Quand mon mari rentrait du champ, il me frappait parce que je ne savais pas encore piler le mil⟧ », confie ⟦name|Habsatou⟧, ⟦age-with-detail|mariée à 13 ans⟧. Elle vit aujourd'hui chez ses parents, ⟦address|concession Garba, derrière la mosquée du vendredi, quartier Sabon Gari, Magaria⟧. Le plan d'action national de lutte contre le mariage des enfants cible en priorité la ⟪place-policy|région de Zinder⟫.",

        // Burkina Faso — media guidelines, negatives only.
        "Les lignes directrices de l'⟪organisation|Association des journalistes du Burkina (AJB)⟫ sur le traitement des violences faites aux enfants (⟪report-number|document AJB/CD/2020-04⟫) interdisent de publier le nom, l'école ou le village d'un enfant victime. Elles renvoient à la ⟪law|Charte africaine des droits et du bien-être de l'enfant (1990)⟫. Contact : ⟪org-contact|ajb.secretariat@fasonet.bf⟫, ⟪org-contact|01 BP 2045 Ouagadougou 01⟫.",

        // Sénégal — helpline log, phone, email, case.
        "Signalement reçu le ⟪date|2 février 2024⟫ par le ⟪hotline|116⟫. L'appelante, voisine de la victime, a laissé le ⟦phone|77 654 32 10⟧ et l'adresse ⟦email|ndeye.fall1990@yahoo.fr⟧. La fillette, ⟦age-with-detail|8 ans, vit avec son grand-père au quartier Médina Gounass de Guédiawaye⟧. Fiche ⟦case-number|AEMO-GDW-24-031⟧.",

        // Mali — juvenile court.
        "Le ⟪organisation|Tribunal pour enfants de Bamako⟫ a statué en ⟪date|juin 2023⟫ sur le cas d'⟦name|Oumou Traoré⟧, ⟦age-with-detail|12 ans, élève en 5e année à l'école fondamentale de Kalaban-Coro⟧, victime d'attouchements de la part d'un voisin (⟦case-number|RG n° 2023/0391⟧). Les juges ont appliqué l'⟪law|article 226 du Code pénal (loi n° 2001-79 du 20 août 2001)⟫.",

        // Mauritanie — programme report, two captions.
        "⟪caption|Photo : réunion du comité communal de protection de l'enfance de Kaédi, 14 mars 2023.⟫ ⟦photo-caption|En couverture : Aminetou, 10 ans, fille d'un éleveur de Mbout, lors de la pesée mensuelle.⟧ Le programme de lutte contre le gavage couvre ⟪statistic|2 300 filles de 6 à 14 ans⟫ dans le ⟪place-policy|Gorgol et le Guidimakha⟫.",

        // Togo — cross-border trafficking, phone, coordinates.
        "Le convoyeur interpellé à la frontière transportait ⟪statistic|sept garçons de 11 à 15 ans⟫. Son téléphone contenait le numéro de la mère de l'un d'eux, ⟦phone|00228 99 87 65 43⟧. Le point de passage non officiel où le groupe a été arrêté se situe à ⟦coordinates|N 6°13.450' E 1°47.220'⟧. ⟦name|Kossi Agbeko⟧, le plus jeune, a été confié à la ⟪organisation|Direction générale de la protection de l'enfance⟫.",

        // Guinée — UN references, negatives only.
        "Voir les observations finales du Comité des droits de l'enfant (⟪report-number|CRC/C/GIN/CO/3-6⟫, ⟪date|2019⟫), paragraphe 42, ainsi que ⟪author|Human Rights Watch (2018)⟫. D'après l'⟪report-number|enquête MICS 2016⟫, ⟪statistic|26 % des enfants de 5 à 17 ans⟫ travaillent dans des conditions dangereuses. « ⟪official-quote|Aucun enfant ne doit descendre dans un puits de mine⟫ », a déclaré la ministre de l'Action sociale, ⟪official|Mme Mariama Sylla⟫.",

        // Niger — almajiri, address.
        "⟦name|Abdoul Razak⟧, élève coranique ⟦age-with-detail|de 10 ans arrivé de Mirriah avec deux cousins⟧, dort dans l'école coranique de la ⟦address|rue NB-142, quartier Boukoki 3, Niamey⟧. Le ⟪law|décret n° 2017-740/PRN/MEP/A/PLN/EC⟫ encadre les écoles coraniques, mais aucun recensement ne couvre la ⟪place-policy|communauté urbaine de Niamey⟫.",

        // Sénégal — daara, caption and coordinates.
        "⟦photo-caption|Légende : Moussa et Ibrahima, 7 et 9 ans, talibés du daara de Ndiarème, à Touba (photo prise avec l'accord du maître).⟧ Le daara se trouve à ⟦coordinates|14°51′57″ N 15°52′59″ O⟧, à une centaine de mètres de la route de Mbacké. Le ⟪law|projet de Code de l'enfant (2021)⟫ n'est toujours pas adopté.",

        // Burkina Faso — referral with email and a changed name.
        "« ⟦name|Awa⟧ » (le prénom a été changé) a ⟦age-with-detail|13 ans et fréquente le collège de Ziniaré⟧. Son tuteur a écrit au service social depuis l'adresse ⟦email|kabore.tuteur@outlook.com⟧ pour signaler les messages qu'elle recevait. Le numéro de ⟪hotline|la police nationale, le 17⟫, lui a été communiqué. Le rapport de l'⟪organisation|Observatoire national de la famille⟫ (⟪report-number|ONAF/2022/R-07⟫) recense ⟪statistic|143 cas de cyberharcèlement d'élèves⟫.",

        // Côte d'Ivoire — case management, address and phone.
        "Fiche de prise en charge ⟦case-number|CPR-ABO/2024/0112⟧. ⟦name|Grâce Koné⟧, ⟦age-with-detail|16 ans, en classe de 3e au lycée moderne d'Abobo⟧, réside chez sa grand-mère, ⟦address|Abobo-Baoulé, rue des Jardins, villa 17⟧. Contact de la grand-mère : ⟦phone|01 52 33 47 80⟧. Le ⟪organisation|Centre social d'Abobo⟫ assure le suivi psychologique.",

        // Bénin — statistics and officials, negatives only.
        "Le ⟪official|directeur de la Famille, de l'Enfance et de l'Adolescence, M. Romuald Hounkpatin⟫, a présenté le rapport annuel le ⟪date|9 mai 2023⟫. Il ressort que ⟪statistic|les adolescentes de 15 à 19 ans⟫ représentent la majorité des victimes d'exploitation sexuelle recensées dans les départements de ⟪place-policy|l'Ouémé et du Littoral⟫. Les partenaires peuvent écrire à ⟪org-contact|contact@famille.gouv.bj⟫.",

        // Mauritanie — migrants, phone and name.
        "À Nouadhibou, l'équipe mobile a rencontré ⟦name|Souleymane Diallo⟧, un garçon guinéen ⟦age-with-detail|de 15 ans arrivé de Labé en avril⟧, qui attend une place sur une pirogue. Il a donné le numéro de son cousin, ⟦phone|+222 46 38 17 25⟧. Le ⟪organisation|Haut-Commissariat des Nations unies pour les réfugiés⟫ et l'⟪organisation|OIM⟫ ont été alertés.",

        // Niger — gold mining, coordinates and caption.
        "Sur le site de Tchibarakaten (⟦coordinates|18,3372 N / 5,6149 E⟧), les équipes ont recensé ⟪statistic|312 enfants de moins de 15 ans⟫. ⟦photo-caption|Photo : Ibrahim, 11 ans, remonte un sac de minerai sur le site de Tchibarakaten, février 2023.⟧ Le ⟪law|Code minier (ordonnance n° 93-16 du 2 mars 1993)⟫ interdit le travail des enfants dans les mines.",

        // Guinée — testimony of a boy, address.
        "« ⟦testimony|Le patron nous faisait descendre dans le trou dès cinq heures, et si on remontait trop tôt il ne payait pas⟧ », a confié ⟦name|Mory Kourouma⟧, ⟦age-with-detail|13 ans, dont les parents vivent à Mandiana⟧. Il est hébergé au ⟦address|quartier Kankan-Koura, concession Keïta, porte 23⟧. Cette situation est décrite dans le ⟪report-number|rapport annuel 2022 de l'Observatoire⟫.",

        // Mali — NGO case note, testimony and email.
        "« ⟦testimony|Mon père a pris l'argent de la dot et m'a dit que je partirais après la récolte⟧ », a expliqué ⟦name|Fatoumata Coulibaly⟧, ⟦age-with-detail|14 ans, élève de 7e année à Koutiala⟧. Son enseignante a transmis le cas depuis l'adresse ⟦email|mme.dembele.ecole@gmail.com⟧. La ⟪organisation|Direction régionale de la promotion de l'enfant et de la famille⟫ de ⟪place-policy|Sikasso⟫ a été saisie.",

        // Côte d'Ivoire — annual report, captions and GPS.
        "⟦photo-caption|Photo : Mariam, 15 ans, et son bébé, au centre d'accueil de Man, où elle vit depuis sa fuite du campement de Zouan-Hounien.⟧ ⟪caption|Photo : remise de kits scolaires par le préfet de région, Man, octobre 2023.⟫ Le campement se situe à ⟦coordinates|6°55′12″ N, 8°07′48″ O⟧, à proximité des sites d'orpaillage clandestins.",

        // Burkina Faso — displaced children, testimony and address.
        "« ⟦testimony|Les hommes armés ont brûlé notre école, alors je suis venu à Ouahigouya chez mon oncle⟧ », raconte ⟦name|Boukaré⟧, ⟦age-with-detail|12 ans, déplacé de Titao avec sa mère et ses quatre sœurs⟧. La famille loge ⟦address|secteur 13, rue 13.45, porte 118, Ouahigouya⟧. Selon le ⟪organisation|Conseil national de secours d'urgence et de réhabilitation (CONASUR)⟫, ⟪statistic|58 % des personnes déplacées internes⟫ sont des enfants.",

        // Sénégal — online grooming, emails.
        "La ⟪organisation|Division spéciale de cybersécurité⟫ a identifié le compte qui contactait ⟦name|Adama Sarr⟧, ⟦age-with-detail|13 ans, en classe de 5e au CEM de Mbour⟧. Les messages venaient de ⟦email|sidy.mbour2009@gmail.com⟧ et la mère a répondu depuis ⟦email|maty.sarr.thies@orange.sn⟧. Les parents peuvent s'informer auprès de ⟪org-contact|contact@jeunesse-numerique.sn⟫.",
    ];

    private static string[] English() =>
    [
        // Nigeria — case study, sextortion.
        "Case study 4. ⟦name|Chiamaka⟧, a ⟦age-with-detail|15-year-old SS2 student at a day school in Enugu⟧, was contacted on Instagram by a man posing as a fellow student. After she sent images, he demanded ₦50,000 and threatened to post them. Her father reported the matter to the ⟪organisation|NAPTIP⟫ zonal office under ⟦case-number|complaint ref. NAPTIP/EN/2023/114⟧. The ⟪law|Cybercrimes (Prohibition, Prevention, etc.) Act 2015⟫ criminalises such conduct.",

        // Ghana — kayayei, testimony and phone.
        "“⟦testimony|I came to Accra when I was twelve because my mother could not pay my school fees⟧,” said ⟦name|Fuseina⟧, now ⟦age-with-detail|14 and sleeping at the Agbogbloshie market⟧. Her aunt in Tamale can be reached on ⟦phone|024 418 7736⟧. The Minister for Gender, Children and Social Protection, ⟪official|Hon. Abena Owusu-Mensah⟫, visited the market in ⟪date|March 2023⟫.",

        // Sierra Leone — court summary.
        "In ⟦case-number|Case No. SGBV/KEN/0145/2022⟧, heard by the Sexual Offences Model Court in Kenema, the victim, ⟦name|Mariama Conteh⟧, a ⟦age-with-detail|13-year-old pupil of the primary school in Tongo Field⟧, testified by video link. ⟪official|Justice Komba M. Sandy⟫ applied the ⟪law|Sexual Offences (Amendment) Act 2019⟫ and imposed the minimum sentence.",

        // Liberia — field notes, survival sex, address.
        "Field notes, Monrovia, ⟪date|9 August 2023⟫. ⟦name|Esther⟧ (⟦age-with-detail|16, from Buchanan, out of school since Grade 7⟧) shares a rented room with three other girls at ⟦address|Zinc Camp Community, behind the Total station, Gardnersville⟧. The ⟪organisation|Ministry of Gender, Children and Social Protection⟫ was informed, as required by the ⟪law|Children's Law of Liberia (2011)⟫.",

        // The Gambia — referral, phone and email.
        "The guardian of ⟦name|Jainaba Sowe⟧, a ⟦age-with-detail|14-year-old girl from Serekunda⟧, contacted the programme on ⟦phone|+220 703 4521⟧ and later wrote from ⟦email|lamin.sowe78@hotmail.com⟧. The ⟪organisation|Department of Social Welfare⟫ opened a file and referred her to the ⟪organisation|Child Protection Alliance⟫.",

        // Nigeria — survey figures, negatives only.
        "According to the ⟪report-number|Multiple Indicator Cluster Survey 2021 (MICS 2021)⟫, ⟪statistic|30 per cent of women aged 20–24⟫ were married before age 18. The ⟪law|Child Rights Act 2003⟫ has been domesticated by most states, but ⟪place-policy|Kano and Sokoto States⟫ have yet to adopt it, as ⟪author|Braimah (2014)⟫ notes. The Minister of Women Affairs, ⟪official|Dr. Ngozi Adeyemi⟫, pledged a review.",

        // Ghana — captions and figures.
        "⟦photo-caption|Photo: Akosua, 11, carries a headpan of sachet water at Kejetia market, Kumasi.⟧ ⟪caption|Photo: participants at the validation workshop of the Child and Family Welfare Policy, Accra, May 2022.⟫ ⟪statistic|Nearly 21% of children aged 5–17⟫ are engaged in child labour in Ghana (⟪report-number|GLSS 7⟫).",

        // Sierra Leone — diamond pit, coordinates.
        "The team visited an alluvial diamond pit near Koidu (⟦coordinates|8.6439, -10.9711⟧), where ⟦name|Sahr⟧, ⟦age-with-detail|12, the eldest son of a widowed mother in Tankoro chiefdom⟧, was shovelling gravel. The ⟪law|Mines and Minerals Development Act 2022⟫ prohibits the employment of ⟪age-rule|children under 18⟫ in mining.",

        // Liberia — indictment.
        "Criminal Court E, Monrovia — ⟦case-number|Indictment No. 23-CRE-0457⟧. The prosecution alleged that the defendant, a teacher, abused ⟦name|Princess Flomo⟧, a ⟦age-with-detail|12-year-old third-grade pupil at his school in Paynesville⟧. ⟪official|Judge Sarah K. Dolo⟫ applied the ⟪law|Act to Amend the New Penal Code, Chapter 14, Sections 14.70 and 14.71 (2006)⟫.",

        // Nigeria — almajiri, address.
        "⟦name|Musa Abdullahi⟧, an almajiri ⟦age-with-detail|of nine from Gumel, Jigawa State, who has not seen his parents since 2021⟧, lives in the Tsangaya school at ⟦address|No. 14 Mallam Kato Street, Fagge, Kano⟧. The ⟪organisation|Kano State Hisbah Board⟫ and ⟪organisation|UNICEF⟫ are piloting a registration drive in ⟪place-policy|Fagge and Dala local government areas⟫.",

        // Ghana — online, email; institutional contacts as negatives.
        "The ⟪organisation|Cyber Security Authority⟫ receives reports on ⟪hotline|292⟫ and at ⟪org-contact|report@csa.gov.gh⟫. In one case, a mother wrote from ⟦email|abenaserwaa.k@gmail.com⟧ to say her son ⟦name|Kwabena⟧, ⟦age-with-detail|16, a boarder at a senior high school in Cape Coast⟧, was being blackmailed with intimate images.",

        // Nigeria — Federal High Court.
        "In ⟦case-number|Suit No. FHC/L/162C/2022⟧, the Federal High Court in Lagos convicted a man who had groomed ⟦name|Chioma Eze⟧ on TikTok; she was ⟦age-with-detail|14 at the time, living with her grandmother in Ikorodu⟧. The court relied on ⟪law|section 23 of the Cybercrimes Act 2015⟫ and on the ⟪law|Child Rights Act 2003⟫.",

        // Sierra Leone — survival sex, testimony and phone.
        "“⟦testimony|Sometimes the men give me twenty leones for the night and that is how I buy rice for my small brother⟧,” one girl told researchers in Kroo Bay. Another, ⟦name|Aminata K.⟧, ⟦age-with-detail|15, who left school in Form 2 after her mother died⟧, gave her number, ⟦phone|+232 76 418 902⟧. Cases are referred to the ⟪organisation|Family Support Unit⟫ or to the ⟪hotline|116⟫ line.",

        // The Gambia — policy paper, negatives only.
        "The ⟪law|Children's (Amendment) Act 2016⟫ set the minimum age of marriage at 18. The Minister of Gender, Children and Social Welfare, ⟪official|Hon. Mariama Jeng⟫, reported that ⟪statistic|26% of women aged 20–24⟫ had married as children, with the highest rates in the ⟪place-policy|Upper River Region⟫. See ⟪author|Touray, H. (2020)⟫ and the national report (⟪isbn|ISBN 978-9983-9943-2-5⟫).",

        // Nigeria — IDP camp, coordinates and address.
        "At the Dalori II camp outside Maiduguri (⟦coordinates|11.7841° N, 13.2122° E⟧), the team met ⟦name|Hauwa Bukar⟧, ⟦age-with-detail|13, who arrived from Bama with her two younger brothers in 2022⟧. The family shares ⟦address|Block C, Tent 42, Dalori II camp⟧. The ⟪organisation|Borno State Ministry of Women Affairs and Social Development⟫ leads the case conference.",

        // Ghana — trokosi, caption.
        "⟦photo-caption|Above: Dzifa (left), aged 13, at the shrine compound in Klikor where she was sent to atone for her uncle's offence.⟧ The practice is prohibited by the ⟪law|Criminal Offences (Amendment) Act 1998 (Act 554)⟫, yet ⟪organisation|International Needs Ghana⟫ estimates that several hundred girls remain in shrines in the ⟪place-policy|Volta Region⟫.",

        // Liberia — referral sheet, foster mother, phones.
        "Referral sheet ⟦case-number|MGCSP/MONT/CP/2024-019⟧. The child's foster mother, ⟦name|Comfort Gbeh⟧, can be reached on ⟦phone|0886 512 347⟧ or ⟦phone|0777 204 681⟧. The boy, ⟦age-with-detail|ten, attends Grade 3 at a public school in New Kru Town⟧. A social worker of the ⟪organisation|Ministry of Gender, Children and Social Protection⟫ visits every two weeks.",

        // Nigeria — journalists' code, negatives only.
        "The code of the ⟪organisation|Nigeria Union of Journalists⟫ (⟪report-number|NUJ Code of Ethics, Article 7⟫) forbids identifying child victims. It draws on the ⟪law|Violence Against Persons (Prohibition) Act 2015⟫ and on ⟪author|Okafor and Bello (2021, pp. 112–130)⟫. Comments on the revision, in force since ⟪date|1 January 2022⟫, may be sent to ⟪org-contact|info@nuj.org.ng⟫.",

        // Sierra Leone — survey, negatives only.
        "The ⟪report-number|Sierra Leone Demographic and Health Survey 2019⟫ found that ⟪statistic|girls aged 15–19⟫ in ⟪place-policy|Kailahun District⟫ were twice as likely to be married as girls in Freetown. Speaking at the launch, the Minister of Gender and Children's Affairs, ⟪official|Dr. Haja Kamara-Sesay⟫, said: “⟪official-quote|We will not rest until every girl finishes school⟫.”",

        // The Gambia/Senegal — cross-border, name and coordinates.
        "Border officials at Giboro stopped a minibus carrying four children without papers. ⟦name|Ebou Darboe⟧, ⟦age-with-detail|11, whose father fishes at Gunjur⟧, said he was going to a Qur'anic school in Senegal. The children were held at the checkpoint (⟦coordinates|13°10′N 16°35′W⟧) until the ⟪organisation|Gambia Police Force Child Welfare Unit⟫ arrived.",

        // Ghana — child marriage, age and phone.
        "⟦name|Abiba Alhassan⟧, a ⟦age-with-detail|Primary 6 pupil aged 13 in Gushegu, whose parents farm yams⟧, was promised to a trader in ⟪date|December 2022⟫. Her teacher alerted the ⟪organisation|Domestic Violence and Victim Support Unit (DOVVSU)⟫ and gave the mother's number, ⟦phone|+233 (0)20 771 4098⟧.",

        // Nigeria — programme report, email and phone; institutional contacts.
        "The shelter in Benin City received ⟦name|Osas⟧, ⟦age-with-detail|16, from a farming family of six in Uromi⟧, after her return from Mali. Her brother called from ⟦phone|0803 555 0192⟧ and sent her birth certificate to ⟦email|osaro.igbinedion@yahoo.com⟧. The ⟪organisation|NAPTIP Benin Zonal Command⟫ runs the ⟪hotline|toll-free line 627⟫; the shelter's office is at ⟪org-contact|NAPTIP Zonal Office, Sapele Road, Benin City⟫.",

        // Liberia — captions, negatives and positive.
        "⟪caption|Photo: county child welfare committee members in Gbarnga, Bong County, October 2023.⟫ ⟦photo-caption|Photo: Korto, 9, and her baby sister outside their home in Ganta market, where she sells boiled peanuts.⟧ ⟪statistic|One in four children aged 5–17⟫ in ⟪place-policy|Nimba County⟫ works, according to the ⟪report-number|Liberia Labour Force Survey 2017⟫.",

        // Sierra Leone — testimony, case number.
        "“⟦testimony|My uncle told me I would go to school in Freetown, but I sold cold water all day and slept on the veranda⟧,” said ⟦name|Fatmata⟧, ⟦age-with-detail|14, from a village near Kambia⟧. Her file, ⟦case-number|FSU/KMB/2023/077⟧, was transferred to the ⟪organisation|Ministry of Social Welfare⟫ under the ⟪law|Anti-Human Trafficking and Migrant Smuggling Act 2022⟫.",

        // Nigeria — statistics and officials, negatives only.
        "Addressing the ⟪organisation|National Assembly⟫ on ⟪date|14 June 2023⟫, the Director-General of NAPTIP, ⟪official|Dr. Fatima Waziri-Azi⟫, said that ⟪statistic|children aged 12–17⟫ accounted for most of the 2 300 victims rescued in 2022. The figure appears in the agency's ⟪report-number|Annual Report 2022, NAPTIP/DG/AR/2022⟫.",

        // Ghana — address and GPS of a galamsey camp.
        "The outreach team found two boys working at a galamsey pit near Dunkwa-on-Offin (⟦coordinates|5.9647N, 1.7801W⟧). ⟦name|Yaw Boakye⟧, ⟦age-with-detail|13, a JHS 1 pupil at Dunkwa⟧, lodges with his uncle at ⟦address|House No. D/45, Zongo Road, Dunkwa-on-Offin⟧. The ⟪organisation|Minerals Commission⟫ was informed.",

        // Liberia — survey and report references, negatives only.
        "This report (⟪isbn|ISBN 978-9988-3-1047-6⟫) draws on the ⟪report-number|Liberia DHS 2019-20⟫, in which ⟪statistic|36% of women aged 20–24⟫ reported marriage before 18, and on interviews with the ⟪organisation|Liberia National Police Women and Children Protection Section⟫. Enquiries: ⟪org-contact|communications@defence-children-liberia.org⟫, ⟪org-contact|P.O. Box 10-9012, 1000 Monrovia 10⟫.",

        // Sierra Leone/Guinea — cross-border, name changed and phone.
        "⟦name|‘Hawa’⟧ (not her real name) was ⟦age-with-detail|15 when a woman from her village in Kambia District⟧ took her across to Conakry to work in a bar. She can be reached through her cousin on ⟦phone|+232 88 201 556⟧. Sierra Leone and Guinea signed a ⟪law|bilateral agreement on trafficking in persons in 2023⟫.",

        // Nigeria — almajiri/online mix, case and email.
        "The Lagos State Domestic and Sexual Violence Agency logged the report as ⟦case-number|DSVA/LAG/24/1187⟧. ⟦name|Tobi Adeyemi⟧, ⟦age-with-detail|a 13-year-old JSS 2 student in Surulere⟧, had been sent money by a stranger in exchange for photos. His mother can be reached at ⟦email|funke.adeyemi@gmail.com⟧. The agency's ⟪hotline|toll-free line 0800 033 3333⟫ operates around the clock.",

        // Ghana — media guideline, negatives only.
        "The ⟪organisation|Ghana Journalists Association⟫ adopted child-reporting guidelines in ⟪date|2019⟫, in line with the ⟪law|Children's Act 1998 (Act 560)⟫. They ask editors never to publish ⟪age-rule|the name of a child under 18⟫ involved in a sexual offence. Copies are available from the GJA secretariat, ⟪org-contact|info@gjaghana.org⟫, ⟪org-contact|Press Centre, Ridge, Accra⟫.",

        // Liberia — hospital social worker, age with date and address.
        "On ⟪date|3 February 2024⟫ the one-stop centre at Redemption Hospital received a girl ⟦age-with-detail|aged 11, who had been raped on 28 January 2024 on her way home from school in West Point⟧. Her grandmother, ⟦name|Musu Kollie⟧, lives at ⟦address|Doe Community, Block 6, near the Kru Town bridge⟧.",

        // Nigeria — court, Kano.
        "Kano State High Court, ⟦case-number|Charge No. K/45C/2023⟧: the accused was convicted of trafficking ⟦name|Zainab Sani⟧ and ⟦name|Rukayya Sani⟧, sisters ⟦age-with-detail|aged 10 and 12 from Dawakin Tofa⟧, to work as housemaids in Abuja. The court applied ⟪law|section 13 of the Trafficking in Persons (Prohibition) Enforcement and Administration Act 2015⟫.",

        // Nigeria — caption and testimony, Borno.
        "⟦photo-caption|Photo: Falmata, 14, holding her son at the Bakassi camp clinic in Maiduguri, a year after she escaped captivity.⟧ “⟦testimony|They told us we had been married and that we could never go back to our families⟧,” she said. The ⟪organisation|Borno State Emergency Management Agency⟫ registers ⟪statistic|more than 40 000 children under 18⟫ in the camp.",

        // Ghana — online sextortion, emails.
        "The report of the ⟪organisation|Ghana Police Service Cybercrime Unit⟫ cites a case in which ⟦name|Nana Ama Ofori⟧, ⟦age-with-detail|15, a form-two student at a girls' school in Ho⟧, was threatened by someone writing from ⟦email|kwame.lovely233@gmail.com⟧. Her father answered from ⟦email|k.ofori.ho@yahoo.com⟧ and forwarded the messages to ⟪org-contact|info@police.gov.gh⟫.",

        // Sierra Leone — caption, GPS and address.
        "⟦photo-caption|Pictured: Ishmael, aged 10, breaking stones at the Kissy quarry with his older brother.⟧ The quarry lies at ⟦coordinates|8°28′44″N 13°11′02″W⟧; the boys live with their mother at ⟦address|12 Pipe Line Road, Kissy, Freetown⟧. The ⟪organisation|Ministry of Labour and Social Security⟫ inspected the site in ⟪date|April 2024⟫.",

        // Liberia — testimony, survival sex.
        "“⟦testimony|I do it because my aunty says if I don't bring money I should not come home⟧,” said ⟦age-with-detail|a girl of fifteen interviewed in Red Light market⟧. ⟦name|Comfort Tarr⟧, ⟦age-with-detail|17, who left Grade 9 at a Catholic school in Ganta⟧, described the same pressure. The ⟪law|Children's Law of Liberia (2011)⟫ makes such exploitation a crime.",
    ];
}
