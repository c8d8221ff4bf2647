namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set E of held-out research questions over <see cref="UnseenReportsE"/>: 13 per report, written blind
/// to the glossary, the lexicon, the query understanding, the ranking and the results of sets A to D,
/// and frozen before any search was run on them. Each names one phrase that stands verbatim in the one
/// passage that answers it (or a figure of the report's table). Styles as in
/// <see cref="SearchOverUnseenDocumentsTests.Question"/>; a question with no style is a plain one.
/// </summary>
internal static class UnseenQuestionsE
{
    private const string Arm = UnseenReportsE.ArmedGroupsFile;
    private const string Cash = UnseenReportsE.CashTransferFile;
    private const string Vol = UnseenReportsE.VoltaFile;
    private const string Srh = UnseenReportsE.AdolescentHealthFile;

    internal static readonly SearchOverUnseenDocumentsTests.Question[] Questions =
    [
        // Burkina Faso, Mali and Niger, children associated with armed forces and groups (French PDF).
        new("e-ag-01", "children joining armed groups to avenge relatives killed by soldiers", "en", ["cross"], Arm, "le désir de venger un parent tué"),
        new("e-ag-02", "minors serving with pro-government volunteer militias in Burkina Faso", "en", ["cross", "filtered"], Arm, "Volontaires pour la défense de la patrie", Country: "BF"),
        new("e-ag-03", "children used as lookouts reporting troop movements", "en", ["cross"], Arm, "signalent les mouvements des soldats"),
        new("e-ag-04", "share of former child soldiers detained by security forces in Niger", "en", ["cross", "table"], Arm, "47 %"),
        new("e-ag-05", "adolescents held in pre-trial detention under anti-terrorism laws in Mali", "en", ["cross", "filtered"], Arm, "sans être présentés à un juge des enfants", Country: "ML", Theme: "justice-law-enforcement"),
        new("e-ag-06", "girls forcibly married to fighters and coming back with babies", "en", ["cross"], Arm, "mariées de force à des combattants"),
        new("e-ag-07", "mauvais rêves et accès de rage chez les mineurs démobilisés", "fr", ["paraphrase"], Arm, "cauchemars, de colère et de troubles du sommeil"),
        new("e-ag-08", "anciens enfants soldats cédant l'équipement reçu en formation pour acheter à manger", "fr", ["paraphrase"], Arm, "revendent leur kit pour nourrir leur famille"),
        new("e-ag-09", "part des filles parmi les enfants sortis des groupes armes au Mali", "fr", ["noaccent", "table"], Arm, "19 %"),
        new("e-ag-10", "delai de remise des enfants captures prevu avec les Nations unies", "fr", ["noaccent", "filtered"], Arm, "dans un délai de soixante-douze heures", Theme: "humanitarian-conflict"),
        new("e-ag-11", "classes passerelles pour le retour à l'école des ex-combattants glimbortex", "fr", ["junk"], Arm, "Les classes passerelles permettent"),
        new("e-ag-12", "enlèvements de garçons lors des attaques d'écoles coraniques", "fr", [], Arm, "attaques de villages et d'écoles coraniques"),
        new("e-ag-13", "familles d'accueil pour enfants sortis des groupes armés quand le retour est dangereux", "fr", [], Arm, "placés dans des familles d'accueil sélectionnées"),

        // Mali and Burkina Faso, cash transfers, child labour and school attendance (French Word file).
        new("e-ct-01", "mothers using cash transfers to buy school uniforms and supplies", "en", ["cross"], Cash, "acheter les fournitures, l'uniforme"),
        new("e-ct-02", "share of children in hazardous work in non-beneficiary households in Mali", "en", ["cross", "table"], Cash, "19 %"),
        new("e-ct-03", "Jigisemejiri quarterly cash allowance paid to women in Mali", "en", ["cross", "filtered"], Cash, "verse depuis 2014 une allocation trimestrielle", Country: "ML"),
        new("e-ct-04", "payments delayed for months pushing households into debt with traders", "en", ["cross"], Cash, "obligeant les ménages à s'endetter auprès des commerçants"),
        new("e-ct-05", "mobile money payments and emergency transfers for displaced families in Burkina Faso", "en", ["cross", "filtered"], Cash, "effectués par téléphone mobile", Country: "BF"),
        new("e-ct-06", "husbands pressuring wives to hand over the cash they receive", "en", ["cross"], Cash, "remettre l'argent dès la sortie"),
        new("e-ct-07", "allocation identique quel que soit le nombre de bouches à nourrir", "fr", ["paraphrase"], Cash, "pas compte de la taille du ménage"),
        new("e-ct-08", "foyers démunis oubliés quand les habitants désignent qui sera aidé", "fr", ["paraphrase"], Cash, "laisse de côté certaines familles"),
        new("e-ct-09", "taux de scolarisation des enfants beneficiaires au Burkina Faso", "fr", ["noaccent", "table"], Cash, "73 %"),
        new("e-ct-10", "transferts et garcons places chez d'autres familles ou sur les sites d'orpaillage", "fr", ["noaccent"], Cash, "moins souvent envoyés travailler pour d'autres familles"),
        new("e-ct-11", "petit betail et commerce qui augmentent le travail des enfants a la maison", "fr", ["noaccent", "filtered"], Cash, "le travail familial augmente", Theme: "child-labour"),
        new("e-ct-12", "tontine et petit commerce des femmes bénéficiaires brandulek", "fr", ["junk"], Cash, "s'inscrire dans une tontine"),
        new("e-ct-13", "retour des enfants partis en ville ou sur les sites miniers", "fr", [], Cash, "ne suffisent pas à faire revenir les enfants"),

        // Ghana, trafficking and hazardous work of boys in fishing on Lake Volta (English PDF).
        new("e-vo-01", "garçons plongeant pour dégager les filets accrochés aux souches d'arbres", "fr", ["cross"], Vol, "free nets caught on the tree stumps"),
        new("e-vo-02", "avance versee aux parents et promesse d'une pirogue ou d'un moteur", "fr", ["cross", "noaccent"], Vol, "an advance of a few hundred cedis"),
        new("e-vo-03", "part des garçons qui pêchent la nuit à Krachi West", "fr", ["cross", "table"], Vol, "84%"),
        new("e-vo-04", "loi ghanéenne de 2005 contre la traite des personnes", "fr", ["cross", "filtered"], Vol, "Human Trafficking Act of 2005", Country: "GH", Theme: "legal-framework"),
        new("e-vo-05", "garcons ramenes sur le lac par le meme intermediaire apres leur sauvetage", "fr", ["cross", "noaccent"], Vol, "by the same intermediary within a year"),
        new("e-vo-06", "refuges pour garçons victimes de traite toujours pleins", "fr", ["cross"], Vol, "the only government shelter for trafficked boys"),
        new("e-vo-07", "children dying underwater when snagged in fishing gear", "en", ["paraphrase"], Vol, "becoming entangled in the mesh"),
        new("e-vo-08", "families cut off from the middleman once the boy has left", "en", ["paraphrase"], Vol, "had lost contact with their son"),
        new("e-vo-09", "share of boys not enrolled in school in Pru East", "en", ["table"], Vol, "66%"),
        new("e-vo-10", "bilharzia and untreated injuries among fishing boys quorvental", "en", ["junk"], Vol, "bilharzia is common in lakeside communities"),
        new("e-vo-11", "why trafficking cases against fishermen fail in court", "en", ["filtered"], Vol, "refuse to testify against a relative", Theme: "justice-law-enforcement"),
        new("e-vo-12", "boys beaten with paddles for tearing a net", "en", [], Vol, "beaten with paddles or ropes"),
        new("e-vo-13", "fish traders boycotting catch from child labour on the lake", "en", [], Vol, "refuse fish caught with child labour"),

        // Liberia and Nigeria, adolescent pregnancy, HIV and sexual and reproductive health services (English PDF).
        new("e-sr-01", "hommes plus âgés qui paient les frais de scolarité des filles à Monrovia", "fr", ["cross"], Srh, "often called sugar daddies"),
        new("e-sr-02", "part des adolescentes déjà testées pour le VIH à Kano", "fr", ["cross", "table"], Srh, "12%"),
        new("e-sr-03", "Kano n'a pas adopte la loi sur les droits de l'enfant", "fr", ["cross", "noaccent", "filtered"], Srh, "including Kano, have not adopted it", Country: "NG"),
        new("e-sr-04", "infirmières qui grondent les adolescentes et préviennent leur mère", "fr", ["cross"], Srh, "nurses scolded them"),
        new("e-sr-05", "eleves enceintes renvoyees de l'ecole au Nigeria", "fr", ["cross", "noaccent"], Srh, "as soon as their pregnancy is noticed"),
        new("e-sr-06", "fistule obstétricale et grossesses précoces des filles mariées à Kano", "fr", ["cross"], Srh, "high risk of obstetric fistula"),
        new("e-sr-07", "girls with the virus giving up their drugs for fear of being recognised", "en", ["paraphrase"], Srh, "stopped taking their treatment"),
        new("e-sr-08", "teenagers getting birth control information from peers and internet hearsay", "en", ["paraphrase"], Srh, "rely on friends, social media and rumours"),
        new("e-sr-09", "share of girls ever pregnant in Nimba county", "en", ["table"], Srh, "34%"),
        new("e-sr-10", "rape survivors not getting emergency contraception in time zembrolik", "en", ["junk"], Srh, "rarely received emergency contraception"),
        new("e-sr-11", "young mothers going back to school in Liberia", "en", ["filtered"], Srh, "had returned to school within two years", Country: "LR", Theme: "education"),
        new("e-sr-12", "health workers unaware of the rules on adolescent HIV testing", "en", [], Srh, "were often unaware of these rules"),
        new("e-sr-13", "youth-friendly corners closed when donor projects ended", "en", [], Srh, "youth-friendly corners set up with donor funding"),
    ];
}
