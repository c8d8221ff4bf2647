namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set F of held-out research questions over <see cref="UnseenReportsF"/>: 13 per report, written blind
/// to the glossary, the lexicon, the query understanding, the ranking and the results of sets A to E,
/// and frozen before any search was run on them. Each names one phrase that stands verbatim in the one
/// passage that answers it (or a figure of the report's table). Styles as in
/// <see cref="SearchOverUnseenDocumentsTests.Question"/>; a question with no style is a plain one.
/// </summary>
internal static class UnseenQuestionsF
{
    private const string Det = UnseenReportsF.DetentionFile;
    private const string Fis = UnseenReportsF.FishingFile;
    private const string Orp = UnseenReportsF.OrphansFile;
    private const string Flo = UnseenReportsF.FloodsFile;

    internal static readonly SearchOverUnseenDocumentsTests.Question[] Questions =
    [
        // Sénégal and Côte d'Ivoire, children in detention and alternatives to custody (French PDF).
        new("f-de-01", "children beaten during police questioning to make them confess", "en", ["cross"], Det, "afin de leur faire avouer un vol"),
        new("f-de-02", "share of children in pre-trial detention in Abidjan", "en", ["cross", "table"], Det, "66 %"),
        new("f-de-03", "Côte d'Ivoire 2018 criminal procedure code provisions on minors and mediation", "en", ["cross", "filtered"], Det, "révisé en 2018 a introduit des dispositions", Country: "CI", Theme: "legal-framework"),
        new("f-de-04", "overcrowded juvenile wing of the Abidjan prison", "en", ["cross"], Det, "deux fois plus d'enfants que sa capacité prévue"),
        new("f-de-05", "why judges rarely order community service for juvenile offenders", "en", ["cross"], Det, "ne pas savoir à qui confier l'encadrement"),
        new("f-de-06", "juveniles kept overnight in police stations before seeing a prosecutor", "en", ["cross", "filtered"], Det, "passent plusieurs nuits au poste", Country: "SN", Theme: "justice-law-enforcement"),
        new("f-de-07", "jeunes dépourvus d'état civil inscrits comme adultes par les policiers", "fr", ["paraphrase"], Det, "sans acte de naissance sont enregistrés comme majeurs"),
        new("f-de-08", "mineurs incarcérés privés de visites parce que le trajet coûte trop cher", "fr", ["paraphrase"], Det, "à cause du coût du transport"),
        new("f-de-09", "mediation penale et dedommagement des commercants victimes de petits vols", "fr", ["noaccent"], Det, "acceptent souvent un dédommagement et un engagement écrit"),
        new("f-de-10", "duree mediane de la detention provisoire a Abidjan", "fr", ["noaccent", "table"], Det, "7 mois"),
        new("f-de-11", "familles d'accueil et éducateurs pendant la procédure à Bouaké grendival", "fr", ["junk"], Det, "confie les enfants à des familles d'accueil"),
        new("f-de-12", "projet de Code de l'enfant et detention en dernier recours au Senegal", "fr", ["noaccent", "filtered"], Det, "une mesure de dernier recours", Country: "SN"),
        new("f-de-13", "audiences du tribunal pour enfants renvoyées sans greffier", "fr", [], Det, "faute de greffier, de dossier complet"),

        // Guinée and Sénégal, child labour in artisanal fishing and fish processing (French Word file).
        new("f-fi-01", "boys on fishing canoes without life jackets who cannot swim", "en", ["cross"], Fis, "des garçons ne savent pas bien nager"),
        new("f-fi-02", "girls breathing thick smoke at fish smoking sites without masks", "en", ["cross"], Fis, "passent la journée dans une fumée épaisse"),
        new("f-fi-03", "average daily working hours of children in Kamsar and Boffa", "en", ["cross", "table"], Fis, "11,2 h"),
        new("f-fi-04", "Senegal list of hazardous work banned for children, deep-sea fishing", "en", ["cross", "filtered"], Fis, "dresse la liste des travaux dangereux", Country: "SN", Theme: "child-labour"),
        new("f-fi-05", "boys sent by their families to live with a canoe captain", "en", ["cross"], Fis, "sont confiés à un capitaine par leur famille"),
        new("f-fi-06", "industrial trawlers and fishmeal factories reducing the catch", "en", ["cross"], Fis, "aux usines de farine de poisson"),
        new("f-fi-07", "problèmes respiratoires et oculaires des fillettes exposées aux fumoirs", "fr", ["paraphrase"], Fis, "des toux persistantes, des yeux rouges"),
        new("f-fi-08", "crédits impayés des vendeuses de poisson qui privent les enfants d'études", "fr", ["paraphrase"], Fis, "la dette s'accumule et les enfants sont retirés"),
        new("f-fi-09", "blessures des enfants sur les debarcaderes coupures et piqures", "fr", ["noaccent"], Fis, "les piqûres de poissons venimeux"),
        new("f-fi-10", "part des enfants non scolarises a Joal-Fadiouth", "fr", ["noaccent", "table"], Fis, "46 %"),
        new("f-fi-11", "rôle des comités de plage dans la protection des enfants vorbuliste", "fr", ["junk"], Fis, "pourraient jouer un rôle de surveillance"),
        new("f-fi-12", "âge minimum pour travailler et travaux interdits aux mineurs en Guinée", "fr", ["filtered"], Fis, "Le Code du travail guinéen", Country: "GN", Theme: "child-labour"),
        new("f-fi-13", "pas de garderie pour les jeunes enfants près des débarcadères", "fr", [], Fis, "il n'existe aucune garderie près des débarcadères"),

        // Sierra Leone and Liberia, orphans and kinship care after Ebola and HIV (English PDF).
        new("f-or-01", "grands-mères qui élèvent plusieurs petits-enfants orphelins d'Ebola", "fr", ["cross"], Orp, "look after five or more grandchildren"),
        new("f-or-02", "orphelins rejetés par leurs proches par peur du virus Ebola", "fr", ["cross"], Orp, "feared that they carried the Ebola virus"),
        new("f-or-03", "part des orphelins scolarisés dans le comté de Lofa", "fr", ["cross", "table"], Orp, "49%"),
        new("f-or-04", "oncles qui s'emparent de la maison et des terres après le décès du père", "fr", ["cross", "filtered"], Orp, "his brothers often take over the house", Country: "SL"),
        new("f-or-05", "loi liberienne sur l'heritage des veuves et le mariage coutumier", "fr", ["cross", "noaccent", "filtered"], Orp, "Equal Rights of the Customary Marriage Law", Country: "LR", Theme: "legal-framework"),
        new("f-or-06", "orphelins séropositifs qui arrêtent leur traitement après la mort de leur mère", "fr", ["cross"], Orp, "had stopped their treatment after their mother died"),
        new("f-or-07", "orphans burdened with domestic tasks and fed after the rest of the family", "en", ["paraphrase"], Orp, "more housework than other children"),
        new("f-or-08", "host families who went on looking after kids once state payments ceased", "en", ["paraphrase"], Orp, "kept the children after the allowance ended"),
        new("f-or-09", "share of orphans who dropped out of school in Port Loko", "en", ["table"], Orp, "31%"),
        new("f-or-10", "uniforms and exam fees pushing orphans out of school quendrillo", "en", ["junk"], Orp, "uniforms, exercise books and exam fees"),
        new("f-or-11", "one or two social workers per district without transport", "en", ["filtered"], Orp, "with no vehicle and little fuel", Theme: "services-support"),
        new("f-or-12", "sexual abuse of orphan girls living with distant relatives", "en", [], Orp, "reported sexual abuse by a male member"),
        new("f-or-13", "train chiefs and customary courts on inheritance law for orphans", "en", [], Orp, "keep their parents' house and land"),

        // Nigeria and Ghana, floods, climate shocks and child protection (English PDF).
        new("f-fl-01", "enfants séparés de leurs parents pendant l'évacuation en pirogue", "fr", ["cross"], Flo, "put into the first boat or vehicle available"),
        new("f-fl-02", "latrines sans verrou dans les camps, peur des filles la nuit", "fr", ["cross"], Flo, "Latrines had no locks"),
        new("f-fl-03", "part des filles mariées avant 18 ans dans l'Upper East après les inondations", "fr", ["cross", "table"], Flo, "14%"),
        new("f-fl-04", "mariage précoce des filles après la perte des récoltes au Ghana", "fr", ["cross", "filtered"], Flo, "one less mouth to feed", Country: "GH", Theme: "child-marriage"),
        new("f-fl-05", "recherche des familles par la radio et listes affichées dans les camps", "fr", ["cross"], Flo, "lists posted on camp walls"),
        new("f-fl-06", "adolescentes deplacees sollicitees pour du sexe contre de la nourriture", "fr", ["cross", "noaccent"], Flo, "offered food or money in exchange for sex"),
        new("f-fl-07", "pupils still out of class because new towns demanded papers from their old school", "en", ["paraphrase"], Flo, "without a transfer letter"),
        new("f-fl-08", "flood relief agencies ignoring children's safety in their contingency planning", "en", ["paraphrase"], Flo, "rarely mention child protection"),
        new("f-fl-09", "share of children not back in school in Kogi", "en", ["table"], Flo, "26%"),
        new("f-fl-10", "boys migrating to towns as porters after floods blorvetic", "en", ["junk"], Flo, "work as porters, carriers and scrap collectors"),
        new("f-fl-11", "Bayelsa displaced families sheltering in churches and roadside tents", "en", ["filtered"], Flo, "sheltered in schools, churches and tents", Country: "NG", Theme: "humanitarian-conflict"),
        new("f-fl-12", "social welfare officers missing from local disaster committees", "en", ["filtered"], Flo, "not members of local disaster committees", Theme: "humanitarian-conflict"),
        new("f-fl-13", "schools with no plan to keep teaching during floods", "en", [], Flo, "no plans to continue lessons"),
    ];
}
