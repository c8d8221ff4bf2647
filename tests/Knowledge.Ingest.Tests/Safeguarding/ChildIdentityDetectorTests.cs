using System.Text.RegularExpressions;
using Knowledge.Core.Safeguarding;
using Knowledge.Ingest.Safeguarding;

namespace Knowledge.Ingest.Tests.Safeguarding;

public sealed partial class ChildIdentityDetectorTests(ITestOutputHelper output)
{
    private static readonly ChildIdentityDetector Detector = new();

    [Fact]
    public void HeldOut_RecallAndPrecision_MeetTheSafeguardingFloor()
    {
        var score = Evaluate(LabelledPassages.HeldOut);
        Report("held-out", score);
        Assert.True(score.Recall >= 0.95, $"rappel {score.Recall:P1} < 95 %");
        Assert.True(score.Precision >= 0.80, $"précision {score.Precision:P1} < 80 %");
    }

    [Fact]
    public void Development_RecallAndPrecision_MeetTheSafeguardingFloor()
    {
        var score = Evaluate(LabelledPassages.Development);
        Report("development", score);
        Assert.True(score.Recall >= 0.95, $"rappel {score.Recall:P1} < 95 %");
        Assert.True(score.Precision >= 0.80, $"précision {score.Precision:P1} < 80 %");
    }

    [Theory]
    [InlineData("Le ministre de la Justice, M. Boubacar Ba, a présenté la réforme.")]
    [InlineData("Selon Traoré (2019), la prévalence reste élevée chez les filles.")]
    [InlineData("Dans la région de Zinder, 89 % des filles sont mariées avant 18 ans.")]
    [InlineData("La loi n° 2014-035 du 16 mai 2014 protège l'enfant.")]
    [InlineData("Girls aged 15 to 19 are the most exposed.")]
    [InlineData("En 2022, 335 000 enfants ont été recensés.")]
    public void PublicOrPolicyText_IsNotFlagged(string text) => Assert.Empty(Detector.Detect(text));

    // An annex table flattened to text names its children by initials only: the initials before an age
    // cell, and the age with the place after it, are flagged even when no other name is in the passage.
    [Fact]
    public void FlattenedTable_WithInitialsOnly_FlagsTheInitialsAndTheAgeWithItsPlace()
    {
        var text = "Tableau A3 (annexe) — Cas | Âge | Localité : F. D. | 12 ans | Niagassola ; A. K. | 14 ans | Balato. Source : enquête 2024.";
        var flags = Detector.Detect(text);
        Assert.Contains(flags, f => f.Kind == SafeguardingKind.Name && f.Text.Contains("F. D.", StringComparison.Ordinal));
        Assert.Contains(flags, f => f.Kind == SafeguardingKind.AgeWithDetail && f.Text.Contains("12 ans | Niagassola", StringComparison.Ordinal));
    }

    // Social-media posts carry emoji: two UTF-16 halves that a token may cut apart. Reading them must not
    // fail (a failure here stopped the detector on a whole passage), and the child beside them is still found.
    [Theory]
    [InlineData("Post Facebook : « Aminata, 12 ans, de l'école de Tanghin 😢🙏 partagez !! » — 1 200 partages.", "Aminata")]
    [InlineData("Tweet: \"Missing 💔 Kofi Mensah, 9, Primary 3 at Bantama M/A 👦🏾 call 024 555 0192\"", "Kofi Mensah")]
    [InlineData("\uD83D Grace, 14, \uDE22 a girl from Tamale, was found \uD83D", "Grace")]
    public void Passages_WithEmoji_OrHalvesOfOne_AreRead_AndTheirChildFlagged(string text, string name)
    {
        var flags = Detector.Detect(text);
        Assert.Contains(flags, f => f.Text.Contains(name, StringComparison.Ordinal));
    }

    // Each rule family below was written for what set C missed, then widened to the forms the same
    // detail takes in other NGO, UN and court reports; every positive has look-alikes beside it.
    [Theory]
    [InlineData("Le relevé situe la concession à 13°45'12\" Nord, 2°05'33\" Est selon l'équipe.", "13°45'12\" Nord")]
    [InlineData("Position du site : N 12°21.457' W 001°31.880', à deux heures de piste.", "N 12°21.457'")]
    [InlineData("Le site se trouve à 13° 45' 12'' N et 2° 05' 33'' E.", "13° 45' 12'' N")]
    [InlineData("Relevé de l'enquêteur : lat. 12,3714, long. -1,5197 pour la maison de la famille.", "lat. 12,3714")]
    [InlineData("The camp lies at Latitude: 9.4034 Longitude: -0.8424 near the river.", "Latitude: 9.4034")]
    [InlineData("The boy's location was recorded as 8.4657° N, 13.2317° W.", "8.4657° N")]
    [InlineData("The household's Plus Code, 7CQ8+2X, was noted on the form.", "7CQ8+2X")]
    public void Coordinates_InDegreeMinuteDecimalOrLabelledForm_AreFlagged(string text, string span) =>
        AssertFlagged(text, span, SafeguardingKind.Coordinates);

    [Theory]
    [InlineData("Il fait 35°C à Niamey en avril et l'angle du toit est de 45°.")]
    [InlineData("Police recorded 12,345, 13,456 and 15,230 reports in 2019, 2020 and 2021.")]
    [InlineData("Le taux est passé de 12,5 % à 13,4 % entre 2019 et 2021.")]
    public void FiguresAndTemperatures_AreNotCoordinates(string text) => Assert.Empty(Detector.Detect(text));

    [Theory]
    [InlineData("La plainte RP 1234/2021 vise l'employeur de la fillette.", "RP 1234/2021")]
    [InlineData("Le dossier, N° parquet : 2021/884, a été transmis au juge des enfants.", "2021/884")]
    [InlineData("The matter was filed as Suit No. HCJ/123/2022 at the High Court.", "HCJ/123/2022")]
    [InlineData("Le juge a ouvert le dossier d'assistance éducative AE-2022-0456 pour l'enfant.", "AE-2022-0456")]
    [InlineData("Référence interne : CP/NIA/2021/0045.", "CP/NIA/2021/0045")]
    [InlineData("L'affaire a été enregistrée sous le numéro 0123/2021/TGI-O.", "0123/2021/TGI-O")]
    [InlineData("Police report OB/123/2021 refers to the abduction.", "OB/123/2021")]
    [InlineData("Le rapport de police n° 45/2021 décrit l'enlèvement.", "45/2021")]
    public void CourtAndWelfareFileNumbers_AreFlagged(string text, string span) =>
        AssertFlagged(text, span, SafeguardingKind.CaseNumber);

    [Theory]
    [InlineData("La fillette vit à Tanguiéta. Son grand-père, Koffi Dossou, la garde depuis 2022.", "Koffi Dossou")]
    [InlineData("The girl was found in Tamale. Her older sister, Rahinatu Issah, reported it.", "Rahinatu Issah")]
    [InlineData("Tutor: Mrs Comfort Mensah, who took the boy in after the flood.", "Comfort Mensah")]
    [InlineData("Deux enfants, Idrissa et Moussa, dormaient sur le marché de Dori.", "Idrissa")]
    [InlineData("Seydou et Adama, 11 et 13 ans, venus de Bankass, vendent de l'eau à la gare.", "Seydou")]
    [InlineData("Seydou et Adama, 11 et 13 ans, venus de Bankass, vendent de l'eau à la gare.", "11 et 13 ans")]
    [InlineData("Le garçon, né le 3 juin 2013 à Kantchari, est placé au centre.", "né le 3 juin 2013 à Kantchari")]
    [InlineData("Mariama, mariée à 14 ans, a quitté l'école.", "mariée à 14 ans")]
    [InlineData("Awa, 12 ans, vend des arachides. « Je ne vais plus à l'école depuis la saison des pluies », dit-elle.", "Je ne vais plus")]
    [InlineData("“We slept behind the station for two weeks,” Kojo recalled. Kojo is 12.", "Kojo")]
    [InlineData("La tante de Fanta, Mme Kadiatou Barry, l'héberge à Kipé depuis 2023.", "Fanta")]
    [InlineData("La tante de Fanta, Mme Kadiatou Barry, l'héberge à Kipé depuis 2023.", "Kadiatou Barry")]
    [InlineData("Fiche de suivi : Salimata dite « Sali », 15 ans, vend du pain à la gare.", "Sali")]
    [InlineData("« J'avais peur, dit-elle, mais je suis partie quand même. » Aminata a 14 ans et vit à Koudougou.", "J'avais peur")]
    [InlineData("Rapport du juge : la victime (K. T.) a été entendue hors de la présence du prévenu.", "K. T.")]
    public void RelativesListsBirthDatesEventsAndToldTestimonies_AreFlagged(string text, string span) => AssertFlagged(text, span, null);

    [Theory]
    [InlineData("Les rédactions peuvent écrire à contact@reseau-enfance.org au sujet des 120 enfants suivis.")]
    [InlineData("Child protection referrals go to referrals@socialwelfare.gov.gh; 40 children were referred in 2023.")]
    [InlineData("The Commission for Children answers on +232 22 250 111 (switchboard) for questions on child labour.")]
    [InlineData("« Aucun enfant ne doit travailler dans une mine », a déclaré la ministre de l'Action sociale.")]
    [InlineData("Présidée par le juge des enfants Oumar Sangaré, l'audience a duré deux heures.")]
    [InlineData("Atelier de validation de la stratégie de protection de l'enfant, Niamey, 14 mars 2024.")]
    [InlineData("Photo : membres du comité de protection de l'enfant de Kaya lors de la réunion de mai 2024.")]
    [InlineData("La Cour de justice de la CEDEAO a condamné l'État nigérien en 2008, dans l'affaire Hadijatou Mani Koraou, pour ne pas avoir protégé une jeune femme vendue à l'âge de 12 ans.")]
    [InlineData("Joseph Mensah, district social welfare officer, said 40 per cent of the girls had left school.")]
    [InlineData("Fiche de suivi : éducateur référent, Issa Sawadogo ; 32 enfants suivis dans la commune.")]
    public void OrganisationsOfficialsAndWorkshops_AreNotFlagged(string text) => Assert.Empty(Detector.Detect(text));

    /// <summary>
    /// What the sample library's own reports hold and the learned names and wider nets first took for a
    /// child's details: table rows, field labels, lists of cities, a country opening a row, a phrase in
    /// quotes after "dite", a population figure after "habitants".
    /// </summary>
    [Theory]
    [InlineData("Burkina Faso — Femmes de 20 à 24 ans mariées avant 18 ans : 51,3 % — Source : EDS 2010.")]
    [InlineData("Âge minimum légal du mariage, filles — Valeur : 17 ans (15 ans avec dispense) — Source : Code des personnes et de la famille.")]
    [InlineData("Routes des enfants migrants — Points de passage : Bamako, Ouagadougou, Abidjan, Dakar, zones d'orpaillage — selon les enquêtes de 2023.")]
    [InlineData("La prostitution dite « transactionnelle », où la relation sexuelle est échangée contre des biens, touche des élèves en difficulté.")]
    [InlineData("La population est très jeune : plus de 40 % des habitants ont moins de 15 ans, ce qui place la protection de l'enfance au cœur de toute politique sociale.")]
    [InlineData("Au Niger, des filles de 12 à 17 ans sont exploitées comme domestiques à Maradi et à Zinder, selon l'enquête de 2022.")]
    public void ReportTablesListsAndPlaces_AreNotFlagged(string text) => Assert.Empty(Detector.Detect(text));

    [Theory]
    [InlineData("Le décret n° 2019-0345/PRES/PM/MFSNF du 12 mai 2019 fixe les conditions.")]
    [InlineData("La loi n° 2005-015 et l'arrêté n° 0123/MASSN encadrent les centres.")]
    [InlineData("Le rapport n° 1234-2021/MFPE du ministère évalue les centres d'accueil.")]
    [InlineData("Le document de travail n° 12/2021 de la Banque mondiale estime les coûts.")]
    [InlineData("L'étude (ISBN 978-92-806-4521-3) est en ligne.")]
    [InlineData("Voir E/CN.6/2020/3, A/HRC/43/52, CRC/C/BFA/CO/3-4 et le PNDS/2016-2020.")]
    [InlineData("Le dossier 3 : la scolarisation des filles au Niger.")]
    [InlineData("Elle confie un rôle central au juge des enfants.\n• Loi n° 025-2018/AN du 31 mai 2018 portant Code pénal.")]
    [InlineData("Cases go to the juvenile court. The Child Rights Act No. 26/2003 applies.")]
    public void LawsReportsAndUnSymbols_AreNotFileNumbers(string text) => Assert.Empty(Detector.Detect(text));

    [Theory]
    [InlineData("Numéro de la tante : 76-45-12-89.", "76-45-12-89")]
    [InlineData("The mother's line, 0803-456-7890, was switched off.", "0803-456-7890")]
    [InlineData("Foster family: +232 (0)76 123456.", "+232 (0)76 123456")]
    [InlineData("La tutrice répond au (226) 70 12 34 56 le soir.", "(226) 70 12 34 56")]
    [InlineData("Her mother, a widow, can be reached on 0244 123 456.", "0244 123 456")]
    [InlineData("Le père de la victime peut être joint au 70 45 12 89.", "70 45 12 89")]
    [InlineData("The uncle left a Gambian number, +220 712 3456.", "+220 712 3456")]
    public void PhonesInNationalFormats_AreFlagged(string text, string span) =>
        AssertFlagged(text, span, SafeguardingKind.Phone);

    [Theory]
    [InlineData("Le budget s'élève à 12 345 678 FCFA pour 2 345 enfants.")]
    [InlineData("Le numéro vert 80 00 12 34 et la ligne 116 sont gratuits.")]
    [InlineData("The toll-free line 0800 800 800 is open 24 hours a day.")]
    [InlineData("Tableau 3 : 2019 2020 2021 2022.")]
    [InlineData("Pour tout renseignement, contacter le secrétariat de l'ONG au +226 25 36 12 34.")]
    public void FiguresTollFreeAndOfficeLines_AreNotPhones(string text) => Assert.Empty(Detector.Detect(text));

    [Theory]
    [InlineData("L'enfant vivait villa n° 27, cité Mixta, chez son employeur.", "villa n° 27, cité Mixta")]
    [InlineData("The child stayed at Plot 45, Block B, Adenta Estate, with a trader.", "Plot 45, Block B, Adenta Estate")]
    [InlineData("She lives at House No. 14, Zongo Lane, Tamale.", "House No. 14, Zongo Lane")]
    [InlineData("The girl was found at No. 7 Murtala Mohammed Way, Kano.", "No. 7 Murtala Mohammed Way")]
    [InlineData("La jeune fille logeait secteur 22, lot 1234, parcelle C, à Bobo-Dioulasso.", "secteur 22, lot 1234")]
    [InlineData("La famille de la fillette vit derrière la grande mosquée de Gounghin.", "derrière la grande mosquée de Gounghin")]
    [InlineData("Les parents de la fillette ont donné leur adresse : BP 1234 Ouagadougou 01.", "BP 1234 Ouagadougou 01")]
    public void DwellingsPlotsLandmarksAndFamilyBoxes_AreAddresses(string text, string span) =>
        AssertFlagged(text, span, SafeguardingKind.Address);

    [Theory]
    [InlineData("Le siège de l'UNICEF, 01 BP 3420 Ouagadougou 01, accueille la réunion.")]
    [InlineData("In 2019 Kano Road Safety Corps reported 12 crashes.")]
    [InlineData("The new house 2 km from the market hosts the committee.")]
    [InlineData("La réunion s'est tenue près du marché central de Niamey.")]
    public void OfficesRoadNamesAndDistances_AreNotAddresses(string text) => Assert.Empty(Detector.Detect(text));

    [Theory]
    [InlineData("Wendkouni (prénom modifié) mendie au carrefour depuis deux ans.", "Wendkouni")]
    [InlineData("Tsayba (not her real name) works as a house help.", "Tsayba")]
    [InlineData("Appelons-la Tsayba : elle travaillait comme domestique.", "Tsayba")]
    [InlineData("The girl, whom we will call Tsayba, sells water in the market.", "Tsayba")]
    [InlineData("Étude de cas : Tsayba est une fillette retirée d'un ménage.", "Tsayba")]
    [InlineData("Case study: Tsayba is a girl our team supported for a year.", "Tsayba")]
    [InlineData("Notes : rencontré Tsayba, garçon d'environ dix ans, au marché.", "Tsayba")]
    [InlineData("The committee followed the case of little Tsayba this month.", "Tsayba")]
    [InlineData("L'enquêteur a interrogé B. K., 16 ans, employée de maison.", "B. K.")]
    [InlineData("In the picture, Tsayba and her brother outside their home.", "Tsayba")]
    public void CaseStudyNameForms_AreFlagged(string text, string span) =>
        AssertFlagged(text, span, null);

    [Theory]
    [InlineData("Le ministre de la Justice, M. Ousmane Ndour, a installé le comité de lutte contre la traite des enfants.")]
    [InlineData("The Minister of Women Affairs, Hon. Fatima Agyeman, inaugurated the committee on child trafficking.")]
    [InlineData("Le ministre, S.E. Mme Aminata Diallo, a reçu les enfants lauréats.")]
    [InlineData("La ministre de la Promotion de la femme et de la protection de l'enfant, Aminata Zerbo, a lancé la campagne.")]
    [InlineData("Aminata Touré, ancienne Première ministre, a plaidé pour la fin du mariage des enfants.")]
    [InlineData("L'école Aminata Diallo de Bamako accueille 300 enfants.")]
    [InlineData("Le chef du village de Tibiri, Moussa Issa, a reçu les enfants.")]
    public void PublicFiguresAndNamedPlaces_AreNotFlagged(string text) => Assert.Empty(Detector.Detect(text));

    [Theory]
    [InlineData("Une fillette d'environ douze ans, orpheline de mère, a été placée.", "douze ans")]
    [InlineData("Sira a quatorze ans et vit avec sa tante à Kiffa.", "quatorze ans")]
    [InlineData("The monitor met a boy of 14, the third of seven siblings.", "boy of 14")]
    [InlineData("Musu was only 13 when she was taken to a mining camp in Kono.", "13")]
    [InlineData("9 ans, née à Tougan, une mère qui vend du poisson : voilà ce qu'on publiait.", "9 ans")]
    [InlineData("Âgée d'à peine 12 ans et fille unique d'une veuve, elle a été placée.", "12 ans")]
    public void AgesInWordsOrApproximate_WithAFamilyOrPlaceDetail_AreFlagged(string text, string span) =>
        AssertFlagged(text, span, null);

    [Theory]
    [InlineData("Il y a 10 ans, à Niamey, la loi a changé.")]
    [InlineData("L'âge minimum du mariage, 18 ans, est respecté à Niamey.")]
    [InlineData("Girls aged 15-19 in Zinder marry early.")]
    [InlineData("Above all, children in Zinder need schools.")]
    public void RulesRangesAndDurations_AreNotAges(string text) => Assert.Empty(Detector.Detect(text));

    [Theory]
    [InlineData("A street boy told our reporter: 'I keep the money in my shoe so the big boys can't take it.'", "I keep the money")]
    [InlineData("« J'avais douze ans quand mon oncle m'a emmenée à Abidjan », se souvient Salimata.", "J'avais douze ans")]
    public void SingleQuotedOrSelfAgedTestimonies_AreFlagged(string text, string span) =>
        AssertFlagged(text, span, SafeguardingKind.Testimony);

    [Fact]
    public void TitleAbbreviation_DoesNotEndTheSentence_SoTheTitleStillMakesTheNamePublic()
    {
        // Sentences.Split cuts after "M." before a capital; the detector joins the pieces again.
        Assert.Empty(Detector.Detect("Le ministre, M. Issoufou Garba, a lancé la campagne nationale pour les enfants."));
        Assert.Single(Detector.Detect("Le ministre a rencontré Garba, un enfant talibé, à la gare."));
    }

    // Set G's round: each family below was written for what set G missed, then tried here on the same
    // detail written otherwise (other names, countries, record layouts), beside the look-alikes it risks.
    [Theory]
    [InlineData("Fiche de suivi. Nom de l'enfant : Kossiwa Agbodjan. Âge : 12 ans, vit chez sa tante à Tsévié.", "Kossiwa Agbodjan")]
    [InlineData("Helpline log, 3 May. Caller: Yeboah Tawiah, neighbour of a boy of about 9 left alone at night.", "Yeboah Tawiah")]
    [InlineData("Registre du centre : l'appelante, Chantal Mbarga, signale une fillette battue par son employeuse.", "Chantal Mbarga")]
    [InlineData("Referral form. Student: Tanko Dogo, JSS 2, 13 years, lives with his grandmother.", "Tanko Dogo")]
    [InlineData("Fiche d'écoute. Victime : Ngo Mbock Solange, 15 ans, élève au lycée de Bonabéri.", "Ngo Mbock Solange")]
    public void PersonsNamedByARecordsFieldOrACallLogsRole_AreFlagged(string text, string span) =>
        AssertFlagged(text, span, SafeguardingKind.Name);

    [Theory]
    [InlineData("Atelier régional sur la politique de protection de l'enfant, Lomé, 3 juin 2024.")]
    [InlineData("Caller: Dr Abena Owusu, director of the district hospital, reported 40 children treated for malaria.")]
    [InlineData("Name: Ministry of Gender, Children and Social Protection; 12 district offices serve children.")]
    public void DomainsAndOfficialsAfterALabel_AreNotFlagged(string text) => Assert.Empty(Detector.Detect(text));

    [Theory]
    [InlineData("Notes d'entretien. ENQUÊTRICE : Tu as quel âge ? FILLE : Douze ans. Je vends des arachides à la gare avec ma cousine. ENQUÊTRICE : Et l'école ?", "Je vends des arachides")]
    [InlineData("Field transcript. INTERVIEWER: Where do you sleep? BOY (11): Under the flyover at Oshodi, with my brother.", "Under the flyover")]
    [InlineData("Selon le procès-verbal, le garçon déclare : je dormais sous le pont avec mon cousin depuis la saison sèche.", "je dormais sous le pont")]
    [InlineData("Mariam is 13. “My aunt sold the goats,” Mariam recalls, “and then she sent me to Kano to work.”", "and then she sent me")]
    [InlineData("Le jeune Ousseini, 15 ans, témoigne : « Nous marchions la nuit pour ne pas être vus par les gendarmes. »", "Nous marchions la nuit")]
    [InlineData("\"They promised us school in Lagos. We ended up carrying loads at the market.\" The words are those of Efe, 14, who now lives with an aunt.", "They promised us school")]
    [InlineData("Étude de cas : Rasmané Kaboré, 12 ans, orpailleur près de Gaoua. Fiche AS/GAO/2022/071. Ils m'ont dit que je serais payé à la fin de la saison.", "Ils m'ont dit que je serais payé")]
    [InlineData("The brief cites Hauwa, 13, now in a shelter in Yola; they took me from the market when I was eleven.", "they took me from the market")]
    [InlineData("Case C: I was sent to sell water before school, said Adamu, 11, from Zaria.", "I was sent to sell water")]
    [InlineData("Portrait : Lamine, 10 ans, vit à la gare routière de Bobo-Dioulasso. Quand il pleut, on dort sous les camions.", "on dort sous les camions")]
    [InlineData("Transcription d'un message vocal reçu sur la ligne de l'association : je suis à la gare de Thiès, une dame m'a pris mes papiers. L'expéditrice dit avoir 13 ans.", "je suis à la gare de Thiès")]
    [InlineData("Helpline chat, session 88. Counsellor: how can I help? User: my stepfather locks me in the room when my mother travels. Counsellor: thank you.", "my stepfather locks me")]
    [InlineData("Conseil des enfants de Ségou. Une élève, Kadidia Coulibaly, rapporte : on nous faisait travailler dans les champs de coton sans salaire.", "on nous faisait travailler")]
    [InlineData("The girl told the volunteer, I was afraid to go back to the house in Tema.", "I was afraid to go back")]
    public void ChildrensWordsInTranscriptsStatementsAndSplitOrLongQuotes_AreTestimonies(string text, string span) =>
        AssertFlagged(text, span, SafeguardingKind.Testimony);

    [Theory]
    [InlineData("Compte rendu. MINISTRE : Nous protégerons chaque enfant de notre pays. JOURNALISTE : Merci.")]
    [InlineData("The minister said: \"We will build 40 schools so that every child can learn.\"")]
    [InlineData("La directrice de l'école témoigne : « Nous accueillons 300 élèves, dont 40 enfants déplacés. »")]
    [InlineData("Le rapport conclut : nous recommandons que chaque enfant soit enregistré à la naissance.")]
    [InlineData("The coalition's spokeswoman said: \"We call on the government to register every child at birth.\"")]
    [InlineData("Au lancement de la campagne contre le mariage des enfants, le gouverneur a affirmé : « Nos filles méritent l'école, pas le mariage. »")]
    [InlineData("At the launch of the campaign on child labour, the chair said: \"Our laws must catch up with what happens to children online.\"")]
    public void OfficialsWordsAndReportsConclusions_AreNotTestimonies(string text) => Assert.Empty(Detector.Detect(text));

    [Theory]
    [InlineData("Rapport de visite. J'ai rencontré la petite Awa, 9 ans, au marché de Kaya. Je lui ai laissé le dépliant de la ligne 116.", "Je lui ai laissé")]
    [InlineData("Field diary. I met Kojo, 11, at the lorry station in Techiman. I left him the number of the district social welfare office.", "I left him the number")]
    [InlineData("Helpline chat, session 91. User: hi. Counsellor: thank you for telling me, you can call 116 at any time.", "thank you for telling me")]
    [InlineData("Re: Re: Dossier de la petite Aminata, 9 ans – avant mon congé. Trois points restent à suivre.", "avant mon congé")]
    [InlineData("Courriel interne sur le cas d'une fillette. « Merci de vérifier le dossier de la semaine. » Réponse de Moussa : vu, je préviens le service social.", "Réponse de Moussa")]
    public void AWritersOwnFirstPerson_IsNotTheChildsTestimony(string text, string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        Assert.DoesNotContain(Detector.Detect(text), f => f.Start < start + words.Length && start < f.Start + f.Length);
    }

    [Theory]
    [InlineData("Clinic register: Kouakou Yao, 10 years, from Daloa, admitted with burns.", "10 years")]
    [InlineData("Case sheet. Child: Efua Mensima. Age: 11; lives with her grandmother in Elmina.", "Age: 11")]
    [InlineData("The survivor, Ndey Sarr, born 2011, is a Grade 6 pupil at Serekunda.", "born 2011")]
    [InlineData("Fiche : Fatou Binetou Diop, date de naissance : 03/09/2012, élève en CM1 à Pikine.", "03/09/2012")]
    [InlineData("The shelter now hosts Kemi, Tolu and Bisi, aged 9 to 12, all rescued from a quarry near Abeokuta.", "aged 9 to 12")]
    [InlineData("Aïssata, 16 ans, mariée à un commerçant, a quitté l'école.", "16 ans")]
    public void AgesInRecordsAndRangesOfNamedChildren_AreFlaggedWithTheirDetail(string text, string span) =>
        AssertFlagged(text, span, SafeguardingKind.AgeWithDetail);

    [Theory]
    [InlineData("For 5 years, the programme has trained teachers in Daloa and Bouaké.")]
    [InlineData("Girls in Kano, Katsina and Zamfara, aged 15 to 19, are the most likely to be married.")]
    [InlineData("Il y a deux ans, le comité de Kayes a recensé 300 enfants non scolarisés.")]
    [InlineData("Age: 15-19 years; region: Kara; share married: 22 %.")]
    [InlineData("Born 2008 or later: the cohort surveyed in 2022 counted 1 200 children in Tamale.")]
    [InlineData("Le centre accueille 34 garçons de 13 à 17 ans en conflit avec la loi.")]
    public void DurationsGroupsAndTableRanges_AreNotAges(string text) => Assert.Empty(Detector.Detect(text));

    [Theory]
    [InlineData("Lettre de Wendkouni (traduite du mooré) : je vais bien et ma mère aussi, merci pour les cahiers.", "Wendkouni", SafeguardingKind.Name)]
    [InlineData("Traduction de la lettre (mooré → français) : Merci pour les chaussures, maintenant je marche jusqu'à l'école sans avoir mal, écrit Rasmata.", "je marche jusqu'à l'école", SafeguardingKind.Testimony)]
    [InlineData("Traduction de la lettre (mooré → français) : Merci pour les chaussures, maintenant je marche jusqu'à l'école sans avoir mal, écrit Rasmata.", "Rasmata", SafeguardingKind.Name)]
    [InlineData("Portrait d'un enfant migrant. Komi a quitté Aného pour Cotonou à onze ans, avec une tante de sa mère, en mai 2021.", "onze ans, avec une tante", SafeguardingKind.AgeWithDetail)]
    [InlineData("Book excerpt. Adaeze was twelve, living with her aunt in Onitsha, when a trader offered her work in Lagos.", "living with her aunt in Onitsha", SafeguardingKind.AgeWithDetail)]
    [InlineData("Sponsor visit report. We met Kwabena Osei at his home in Ejura; his grandmother received us.", "Kwabena Osei", SafeguardingKind.Name)]
    [InlineData("Transcription d'entretien (site minier). Enquêtrice : Tu vas à l'école ? Aliou : non, je remonte la terre du puits chaque matin.", "Aliou", SafeguardingKind.Name)]
    [InlineData("Transcription d'entretien (site minier). Enquêtrice : Tu vas à l'école ? Aliou : non, je remonte la terre du puits chaque matin.", "je remonte la terre", SafeguardingKind.Testimony)]
    [InlineData("Déposition de Fatou : elle a expliqué que le formateur l'avait gardée après la séance.", "Fatou", SafeguardingKind.Name)]
    [InlineData("Statement of Fuseini, as written by the investigator: he says I shell cashew from six in the morning.", "I shell cashew", SafeguardingKind.Testimony)]
    [InlineData("Registre interne de l'étude. Mère de Mariama : numéro retiré ; maître de CE2 de Fatou et Awa : M. Ouédraogo.", "Mariama", SafeguardingKind.Name)]
    [InlineData("Registre interne de l'étude. Mère de Mariama : numéro retiré ; maître de CE2 de Fatou et Awa : M. Ouédraogo.", "Awa", SafeguardingKind.Name)]
    [InlineData("Script d'entretien avec une fillette, question 2 : Tu vas à l'école ? Réponse de Aminata : non, je garde mon petit frère à la maison.", "Aminata", SafeguardingKind.Name)]
    public void ChildrensLettersAndNarratives_GiveTheirNamesAgesAndWords(string text, string span, SafeguardingKind kind) =>
        AssertFlagged(text, span, kind);

    [Theory]
    [InlineData("Patient no. KBTH/PAED/23/04411 was discharged to her mother.", "KBTH/PAED/23/04411")]
    [InlineData("Registration no. GHA-KRK-UASC-00932 concerns a boy separated from his family.", "GHA-KRK-UASC-00932")]
    public void RegisterNumbersWithATwoDigitYear_AreFlagged(string text, string span) =>
        AssertFlagged(text, span, SafeguardingKind.CaseNumber);

    [Theory]
    [InlineData("Le rapport annuel de l'Observatoire national de l'enfance (ONE/RA/24/102) recense 1 200 enfants placés.")]
    [InlineData("Demandes d'information : dpe.plaidoyer@social.gouv.sn ou le standard du ministère de la Famille et de l'Enfant, +221 33 889 12 34.")]
    [InlineData("The coalition's secretariat answers at ccrn.secretariat2@gmail.com for questions on child marriage.")]
    [InlineData("Photo credit: © UNICEF Ghana / Kwame Boateng.")]
    [InlineData("Plaintes écrites : Direction régionale de l'Action sociale du Centre, rue 14.22, porte 31, Ouagadougou.")]
    [InlineData("Recommandations aux États membres :\n• Harmoniser à 18 ans, sans exception, l'âge minimum du mariage dans toute la région.\n• Adopter des procédures communes d'orientation des enfants victimes de traite.")]
    public void ReportsServicesSecretariatsAndCredits_AreNotFlagged(string text) => Assert.Empty(Detector.Detect(text));

    // Round of AJ and AK's misses: each passage is written for the rule, not taken from a set.
    [Theory]
    [InlineData("Fiche de recherche. Contact de la marraine, Awa Zerbo : numéro au dossier.", "Awa Zerbo", SafeguardingKind.Name)]
    [InlineData("Site visit, Kano. The boy, 12, sweeps the shop. His master, Alhaji Musa Dankano, refused to meet us.", "Musa Dankano", SafeguardingKind.Name)]
    [InlineData("Liste de contrôle : le numéro d'un parent (père d'Assétou) ne doit jamais figurer au rapport.", "Assétou", SafeguardingKind.Name)]
    [InlineData("Registre de l'étude. Mère de Tiéba : numéro retiré du rapport.", "Tiéba", SafeguardingKind.Name)]
    [InlineData("La mère adoptive de Ramatou, Bintou Zida, a signé le registre de la pouponnière.", "Ramatou", SafeguardingKind.Name)]
    [InlineData("Role-play card. Malam Idi Gwarzo insists that his daughter, 9, must hawk after school.", "Idi Gwarzo", SafeguardingKind.Name)]
    [InlineData("Intake note. Mrs Comfort Asare, reached on +233 24 551 0932, asked about the girl she hosts.", "Comfort Asare", SafeguardingKind.Name)]
    [InlineData("Talibés du quartier : les enfants mendient pour Malam Harouna Issa jusqu'à midi.", "Harouna Issa", SafeguardingKind.Name)]
    [InlineData("Legal aid note. Mrs Ladi Audu came on behalf of her daughter, 14, who was assaulted at the market.", "Ladi Audu", SafeguardingKind.Name)]
    [InlineData("Placement proposal. Carers: the Adjeis of No. 4 Market Lane, Koforidua, who fostered two boys before.", "Adjeis", SafeguardingKind.Name)]
    [InlineData("Note de synthèse : le jeune Boukary a suivi six séances. Il déclare : « maintenant je dors sans cauchemars ».", "maintenant je dors sans cauchemars", SafeguardingKind.Testimony)]
    [InlineData("Referral note. The caseworker met Fodé Conteh, 14, at the ferry; Fodé said the fisherman kept my wages for two months.", "the fisherman kept my wages", SafeguardingKind.Testimony)]
    [InlineData("Referral for a girl of 12. Address of her grandmother's family, the Jallohs: Mile 91, behind the lorry park, green door.", "Mile 91, behind the lorry park", SafeguardingKind.Address)]
    [InlineData("Child: Sahr Lebbie, 13. His master's workshop is at Kissy Road, spare-parts line 2, opposite the mosque.", "spare-parts line 2", SafeguardingKind.Address)]
    public void RelativesMastersHostsAndReportedWords_AreFlagged(string text, string span, SafeguardingKind kind) =>
        AssertFlagged(text, span, kind);

    [Theory]
    [InlineData("Registre d'admission. Nom : Kaboré Issouf ; 11 ans, élève de CM1 à l'école de Koudougou ; admis le 2 mai.", "11 ans, élève de CM1")]
    [InlineData("Note d'appariement : Awa et Adama Sanou (jumeaux de 7 ans, classe de CE1 à l'école de Dédougou).", "jumeaux de 7 ans")]
    [InlineData("Fiche de suivi : Salif Ouattara, 14 ans, danseur de la troupe de Banfora, a quitté le groupe.", "danseur de la troupe de Banfora")]
    [InlineData("Group work notes: girl = Hawa Koroma → 14, kitchen helper at the Lumley guesthouse → sleeps in the store.", "kitchen helper at the Lumley guesthouse")]
    [InlineData("Tracker row 12: Sia (changed) | 16, formerly with a gang in Kenema | status: training.", "formerly with a gang in Kenema")]
    [InlineData("Registre de la pouponnière : le bébé Kadi (10 mois, née au CHR de Kaya) a été confié à sa tante.", "10 mois")]
    [InlineData("Nutrition review. Brima, 14 months, cared for by his grandmother in Makali, was referred to the clinic.", "14 months")]
    [InlineData("Fiche de recherche. Enfant : Yao Koffi, né vers 2013, retrouvé au marché de Bouaké.", "né vers 2013")]
    [InlineData("The child, Efe, born 3 March 2022 and left at the Ikeja bus stop, was placed in a children's home.", "born 3 March 2022")]
    [InlineData("Fiche d'inscription : Koné Adama. Né le 12/05/2013, CM2, école publique de Yopougon.", "12/05/2013")]
    public void AgesSetOffInRecordsAndAppositions_AreFlaggedWithTheirDetail(string text, string span) =>
        AssertFlagged(text, span, SafeguardingKind.AgeWithDetail);

    [Theory]
    [InlineData("Registre d'admission. Nom : Sawadogo Ali, 10 ans ; admis sur ordonnance de placement provisoire n° OPP/TE-BBD/2025/0042.", "OPP/TE-BBD/2025/0042")]
    [InlineData("The boy was received under care order No. CO/FAM-KSI/2024/0173 and placed with his uncle.", "CO/FAM-KSI/2024/0173")]
    public void CaseNumbersOfACourtsMeasureForAChild_AreFlagged(string text, string span) =>
        AssertFlagged(text, span, SafeguardingKind.CaseNumber);

    [Theory]
    [InlineData("Visite de la pouponnière. La maman Rasmata Kinda, quartier Tampouy, a repris sa fille. Rasmata Kinda : +226 70 11 22 33.", "Rasmata Kinda")]
    [InlineData("Radio script. NARRATOR: Foday Sesay, not his real name, is 15 and works at the quarry in Hastings. FODAY SESAY (voice): we break stones all day.", "Foday Sesay")]
    public void EveryMentionOfAFlaggedName_IsFlagged(string text, string name)
    {
        var flags = Detector.Detect(text);
        var mentions = 0;
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            mentions++;
            var start = at;
            Assert.True(flags.Any(f => f.Start < start + name.Length && start < f.Start + f.Length), $"mention {mentions} of « {name} » not flagged in « {text} »");
        }

        Assert.Equal(2, mentions);
    }

    [Theory]
    [InlineData("« Les écoles coraniques seront recensées », a indiqué le gouverneur de Zinder, Issoufou Maman Laouali.")]
    [InlineData("Durée du projet : 3 ans, à compter de la signature de la convention avec l'Union européenne.")]
    [InlineData("Âge minimum du mariage pour les filles au Niger : 15 ans, selon le Code civil.")]
    [InlineData("Investigative podcast transcript, “The Girls of the Quarry”, Abeokuta, recorded in 2024.")]
    [InlineData("Ordonnance n° 2019-023 du 12 mars 2019 relative à la protection de l'enfant, article 14.")]
    [InlineData("Réunion des partenaires : Mme Clarisse Yaméogo, directrice provinciale de l'Action sociale, a présenté les données sur les talibés.")]
    [InlineData("Courriel d'une enseignante de Garoua au point focal régional sur la rentrée des classes.")]
    public void GovernorsRulesDurationsAndTitles_StayUnflagged(string text) => Assert.Empty(Detector.Detect(text));

    private static void AssertFlagged(string text, string span, SafeguardingKind? kind)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);
        Assert.True(start >= 0, $"« {span} » absent de « {text} »");
        var flags = Detector.Detect(text);
        var hit = flags.FirstOrDefault(f => f.Start < start + span.Length && start < f.Start + f.Length);
        Assert.True(hit is not null, $"« {span} » non signalé dans « {text} » ({string.Join(" | ", flags.Select(f => f.Text))})");
        if (kind is { } k)
        {
            Assert.Equal(k, hit.Kind);
        }
    }

    [Fact]
    public void Flag_CarriesTheSpanAsItStandsWithItsOffsets()
    {
        const string text = "Selon le rapport, Hadiza, victime de traite, vit à Maradi.";
        var flag = Assert.Single(Detector.Detect(text));
        Assert.Equal("Hadiza", flag.Text);
        Assert.Equal(text.IndexOf("Hadiza", StringComparison.Ordinal), flag.Start);
        Assert.Equal(6, flag.Length);
        Assert.Equal(SafeguardingKind.Name, flag.Kind);
        Assert.Equal(FlagStatus.Pending, flag.Status);
    }

    [Fact]
    public void AgeWithVillage_IsOneFlagCoveringBoth()
    {
        const string text = "Une fille de 13 ans originaire de Kouré a été retrouvée.";
        var flag = Assert.Single(Detector.Detect(text));
        Assert.Equal(SafeguardingKind.AgeWithDetail, flag.Kind);
        Assert.Contains("13 ans", flag.Text, StringComparison.Ordinal);
        Assert.Contains("Kouré", flag.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFlag_OnEverySet_CarriesAReasonTheReviewPageExplains()
    {
        var passages = GeneratedPassages.All.Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All)
            .Concat(HeldOutSetF.All).Concat(HeldOutSetG.All).Select(p => p.Text).Concat(LabelledPassages.HeldOut);
        var reasons = passages.SelectMany(Detector.Detect).Select(f => f.Reason).ToHashSet(StringComparer.Ordinal);
        Assert.All(reasons, r => Assert.Contains(r, ChildIdentityDetector.ReasonCodes));
        Assert.True(reasons.Count >= 15, $"{reasons.Count} reasons seen");
    }

    [Fact]
    public void EditedLexicon_AddsANameTheShippedOneLacks()
    {
        var folder = Directory.CreateTempSubdirectory("lexicon").FullName;
        try
        {
            // Not set beside the child word, so only the lexicon can tell that Tsayba is a name (the shipped one lacks it).
            const string text = "D'après le comité, Tsayba travaillait déjà au marché quand elle était adolescente.";
            Assert.Empty(new ChildIdentityDetector().Detect(text));
            File.WriteAllText(Path.Combine(folder, SafeguardingLexicon.FileName), """
                { "firstNames": ["Tsayba"], "childWords": { "fr": ["adolescente"] } }
                """);
            var flag = Assert.Single(new ChildIdentityDetector(SafeguardingLexicon.Load(folder)).Detect(text));
            Assert.Equal("Tsayba", flag.Text);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void BrokenLexicon_FailsNamingTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("lexicon").FullName;
        try
        {
            var path = Path.Combine(folder, SafeguardingLexicon.FileName);
            File.WriteAllText(path, "{ \"firstNames\": [ ");
            var ex = Assert.Throws<InvalidDataException>(() => SafeguardingLexicon.Load(folder));
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private void Report(string set, Score score)
    {
        output.WriteLine($"{set}: recall {score.Recall:F3}, precision {score.Precision:F3} ({score.Expected} spans, {score.Detected} flags)");
        foreach (var (kind, (found, total)) in score.PerKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {kind,-16} recall {found}/{total}");
        }

        foreach (var miss in score.Misses)
        {
            output.WriteLine($"  missed: {miss}");
        }

        foreach (var fp in score.FalsePositives)
        {
            output.WriteLine($"  false positive: {fp}");
        }
    }

    internal static Score Evaluate(IReadOnlyList<string> passages)
    {
        int expected = 0, matched = 0, detected = 0, correct = 0;
        var perKind = new Dictionary<string, (int Found, int Total)>();
        var misses = new List<string>();
        var falsePositives = new List<string>();
        foreach (var labelled in passages)
        {
            var (text, spans) = Parse(labelled);
            var flags = Detector.Detect(text);
            foreach (var span in spans)
            {
                expected++;
                var hit = flags.Any(f => f.Start < span.Start + span.Length && span.Start < f.Start + f.Length);
                var (found, total) = perKind.GetValueOrDefault(span.Kind);
                perKind[span.Kind] = (found + (hit ? 1 : 0), total + 1);
                if (hit)
                {
                    matched++;
                }
                else
                {
                    misses.Add($"{span.Kind}: « {text.Substring(span.Start, span.Length)} » in « {text} »");
                }
            }

            foreach (var flag in flags)
            {
                detected++;
                if (spans.Any(s => flag.Start < s.Start + s.Length && s.Start < flag.Start + flag.Length))
                {
                    correct++;
                }
                else
                {
                    falsePositives.Add($"{flag.Kind.ToCode()}: « {flag.Text} » in « {text} »");
                }
            }
        }

        return new Score(
            expected == 0 ? 1 : (double)matched / expected,
            detected == 0 ? 1 : (double)correct / detected,
            expected,
            detected,
            perKind,
            misses,
            falsePositives);
    }

    private static (string Text, List<(int Start, int Length, string Kind)> Spans) Parse(string labelled)
    {
        var spans = new List<(int, int, string)>();
        var text = new System.Text.StringBuilder();
        var at = 0;
        foreach (Match m in Mark().Matches(labelled))
        {
            text.Append(labelled, at, m.Index - at);
            var inner = m.Groups["t"].Value;
            spans.Add((text.Length, inner.Length, KindOf(inner)));
            text.Append(inner);
            at = m.Index + m.Length;
        }

        text.Append(labelled, at, labelled.Length - at);
        return (text.ToString(), spans);
    }

    // The kind a labelled span is, for per-kind recall, told from its shape.
    private static string KindOf(string span) => span switch
    {
        _ when span.Contains('@', StringComparison.Ordinal) => "email",
        _ when PhoneShape().IsMatch(span) => "phone",
        _ when span.StartsWith("Photo", StringComparison.Ordinal) => "photo-caption",
        _ when span.StartsWith('«') || span.StartsWith('"') || span.Contains("J'", StringComparison.Ordinal) || span.StartsWith("My ", StringComparison.Ordinal) || span.StartsWith("Je ", StringComparison.Ordinal) || span.StartsWith("On m", StringComparison.Ordinal) => "testimony",
        _ when CaseShape().IsMatch(span) => "case-number",
        _ when span.Contains('°', StringComparison.Ordinal) || CoordinateShape().IsMatch(span) => "coordinates",
        _ when span.StartsWith("rue", StringComparison.OrdinalIgnoreCase) => "address",
        _ when AgeShape().IsMatch(span) => "age-with-detail",
        _ => "name",
    };

    internal sealed record Score(double Recall, double Precision, int Expected, int Detected, Dictionary<string, (int Found, int Total)> PerKind, List<string> Misses, List<string> FalsePositives);

    [GeneratedRegex(@"\[\[(?<t>.+?)\]\]")]
    private static partial Regex Mark();

    [GeneratedRegex(@"^[+0-9][0-9 ]{7,}$")]
    private static partial Regex PhoneShape();

    [GeneratedRegex(@"(?i)(dossier|affaire|case|complaint)")]
    private static partial Regex CaseShape();

    [GeneratedRegex(@"^-?\d+\.\d{3,}")]
    private static partial Regex CoordinateShape();

    [GeneratedRegex(@"(?i)(\d+ ans|\d+-year-old|âgée)")]
    private static partial Regex AgeShape();
}
