namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set I of held-out research questions over <see cref="UnseenReportsI"/>: 13 per report, written blind
/// to the glossary, the lexicon, the query understanding, the ranking and the results of the earlier
/// sets, and frozen before any search was run on them. Each names one phrase that stands verbatim in the
/// one passage that answers it (or a figure of the report's table). Styles as in
/// <see cref="SearchOverUnseenDocumentsTests.Question"/>; a question with no style is a plain one.
/// </summary>
internal static class UnseenQuestionsI
{
    private const string Fis = UnseenReportsI.FistulaFile;
    private const string Cam = UnseenReportsI.CampsFile;
    private const string Hiv = UnseenReportsI.HivFile;
    private const string Foo = UnseenReportsI.FootballFile;

    internal static readonly SearchOverUnseenDocumentsTests.Question[] Questions =
    [
        // Niger and Mali, obstetric fistula among adolescent girls (French PDF).
        new("i-fi-01", "fistula patients abandoned by husbands who take a second wife", "en", ["cross"], Fis, "pris une nouvelle épouse"),
        new("i-fi-02", "obstructed labour lasting several days at home before reaching a clinic", "en", ["cross"], Fis, "un travail qui a duré trois jours"),
        new("i-fi-03", "share of fistulas closed at the first operation in Zinder", "en", ["cross", "table"], Fis, "71 %"),
        new("i-fi-04", "legal minimum age of marriage for girls in Niger's civil code", "en", ["cross", "filtered"], Fis, "minimum du mariage des filles à 15 ans", Country: "NE", Theme: "child-marriage"),
        new("i-fi-05", "husbands' schools encouraging births attended by midwives", "en", ["cross", "filtered"], Fis, "Les écoles de maris", Theme: "prevention-awareness"),
        new("i-fi-06", "former fistula patients as ambassadors finding hidden sufferers in villages", "en", ["cross"], Fis, "souffrent encore en silence dans les villages"),
        new("i-fi-07", "jeunes femmes renvoyées chez leurs parents et vues comme un fardeau", "fr", ["paraphrase"], Fis, "une bouche de plus à nourrir"),
        new("i-fi-08", "incontinence attribuée à une malédiction lancée par la rivale du foyer", "fr", ["paraphrase"], Fis, "un sort jeté par une coépouse"),
        new("i-fi-09", "cesarienne gratuite mais familles qui paient encore carburant et medicaments", "fr", ["noaccent"], Fis, "payer les médicaments, le carburant de l'ambulance"),
        new("i-fi-10", "part des patientes abandonnees par leur mari a Maradi", "fr", ["noaccent", "table"], Fis, "64 %"),
        new("i-fi-11", "formation en couture et petit capital pour anciennes patientes glorvane", "fr", ["junk"], Fis, "formation en couture, en teinture"),
        new("i-fi-12", "ambulance en panne et evacuation vers l'hopital de district au Niger", "fr", ["noaccent", "filtered"], Fis, "une ambulance souvent en panne ou sans carburant", Country: "NE"),
        new("i-fi-13", "chirurgiens formés à la réparation des fistules et campagnes ponctuelles", "fr", [], Fis, "se déplacent lors de campagnes de quelques semaines"),

        // Mbera (Mauritanie) and Diffa (Niger), child protection in refugee camps (French Word file).
        new("i-ca-01", "separated children living with informal guardians and herding cattle instead of school", "en", ["cross"], Cam, "en échange du gîte"),
        new("i-ca-02", "family tracing databases not linked, same child registered twice", "en", ["cross"], Cam, "enregistré deux fois sous des noms différents"),
        new("i-ca-03", "share of unaccompanied children whose family was traced in Kabelawa", "en", ["cross", "table"], Cam, "12 %"),
        new("i-ca-04", "birth certificates for refugee children born in Mbera camp", "en", ["cross", "filtered"], Cam, "au centre d'état civil de Bassikounou", Country: "MR", Theme: "birth-registration"),
        new("i-ca-05", "children who left armed groups detained instead of protected in Diffa", "en", ["cross", "filtered"], Cam, "détenus pour des raisons de sécurité", Country: "NE", Theme: "humanitarian-conflict"),
        new("i-ca-06", "girls-only sessions run by women in child-friendly spaces", "en", ["cross"], Cam, "séances réservées aux filles, animées par des femmes"),
        new("i-ca-07", "jeunes encadrants bénévoles débordés par des groupes trop nombreux", "fr", ["paraphrase"], Cam, "seuls face à plus de cent enfants"),
        new("i-ca-08", "adolescents employés dans les champs de piments au bord de la rivière", "fr", ["paraphrase"], Cam, "culture du poivron le long de la Komadougou"),
        new("i-ca-09", "audiences foraines et jugements suppletifs pour enfants refugies a Diffa", "fr", ["noaccent"], Cam, "délivrer des jugements supplétifs"),
        new("i-ca-10", "nombre d'enfants non accompagnes enregistres a Sayam Forage", "fr", ["noaccent", "table"], Cam, "615"),
        new("i-ca-11", "radios communautaires et réunification des familles réfugiées brastoulin", "fr", ["junk"], Cam, "messages diffusés par les radios communautaires"),
        new("i-ca-12", "enfants sans acte de naissance exclus de l'examen de fin du primaire", "fr", ["noaccent", "filtered"], Cam, "s'inscrire à l'examen de fin du primaire", Theme: "birth-registration"),
        new("i-ca-13", "mariage des filles avant 15 ans dans les camps de réfugiés", "fr", [], Cam, "s'est accentué avec la pauvreté du déplacement"),

        // Côte d'Ivoire and Nigeria, adolescents living with HIV (English PDF).
        new("i-hi-01", "adolescents qui découvrent leur séropositivité en lisant l'étiquette des médicaments", "fr", ["cross"], Hiv, "reading the label or overhearing a nurse"),
        new("i-hi-02", "eleves internes qui sautent leur dose par peur d'etre vus", "fr", ["cross", "noaccent"], Hiv, "cannot take it without being seen"),
        new("i-hi-03", "part des adolescents avec une charge virale supprimée à Lagos", "fr", ["cross", "table"], Hiv, "78%"),
        new("i-hi-04", "loi nigériane contre la discrimination liée au VIH à l'école", "fr", ["cross", "filtered"], Hiv, "prohibits discrimination in schools and workplaces", Country: "NG", Theme: "legal-framework"),
        new("i-hi-05", "clubs d'adolescents séropositifs, seul lieu où ils ne se cachent pas", "fr", ["cross"], Hiv, "place where they did not have to hide"),
        new("i-hi-06", "consentement parental obligatoire pour le depistage du VIH avant 18 ans", "fr", ["cross", "noaccent"], Hiv, "need a parent's consent to be tested"),
        new("i-hi-07", "guardians reluctant to reveal the diagnosis, fearing questions about dead mother and father", "en", ["paraphrase"], Hiv, "ask how the parents died"),
        new("i-hi-08", "HIV-positive girl expelled by her headmaster for being ill", "en", ["paraphrase"], Hiv, "could not keep a sick child"),
        new("i-hi-09", "share of adolescents in Akwa Ibom belonging to a youth club", "en", ["table"], Hiv, "16%"),
        new("i-hi-10", "switching to once-daily dolutegravir and taking pills discreetly vorplix", "en", ["junk"], Hiv, "single small pill was easier to take"),
        new("i-hi-11", "adolescents waiting with adults in clinics without separate hours", "en", ["filtered"], Hiv, "sit in the same waiting room as adults", Theme: "services-support"),
        new("i-hi-12", "teachers' misconceptions about HIV transmission at school", "en", [], Hiv, "sharing cups or toilets was risky"),
        new("i-hi-13", "peer supporters tracing adolescents lost to follow-up", "en", [], Hiv, "traced most adolescents lost to follow-up"),

        // Ghana and Senegal, football academies and the trafficking of young players (English PDF).
        new("i-fo-01", "faux agents qui demandent de l'argent pour un essai à l'étranger", "fr", ["cross"], Foo, "a passport, a visa and the air ticket"),
        new("i-fo-02", "jeunes footballeurs abandonnés qui dorment dans les mosquées et les gares", "fr", ["cross"], Foo, "sleeping in mosques or train stations"),
        new("i-fo-03", "part des joueurs ghanéens partis dans le Golfe sans billet retour", "fr", ["cross", "table"], Foo, "62%"),
        new("i-fo-04", "loi ghaneenne contre la traite et enregistrement des academies de football", "fr", ["cross", "noaccent", "filtered"], Foo, "has begun registering academies", Country: "GH", Theme: "trafficking"),
        new("i-fo-05", "lettres de clubs falsifiées montrées aux parents des joueurs", "fr", ["cross"], Foo, "clubs that turned out to be forged"),
        new("i-fo-06", "regles de la FIFA sur les transferts internationaux de mineurs", "fr", ["cross", "noaccent"], Foo, "forbid the international transfer of players under 18"),
        new("i-fo-07", "boys hiding their failure by posing online in team shirts", "en", ["paraphrase"], Foo, "post photographs in club jerseys"),
        new("i-fo-08", "academy boys lodged in packed rooms with no grown-up watching after dark", "en", ["paraphrase"], Foo, "no adult supervision at night"),
        new("i-fo-09", "share of Senegalese players sent to North Africa who never had a trial", "en", ["table"], Foo, "68%"),
        new("i-fo-10", "consulates lacking money to repatriate stranded young footballers quendril", "en", ["junk"], Foo, "no budget to pay for return tickets"),
        new("i-fo-11", "police treating fake agent fraud as a family matter in Senegal", "en", ["filtered"], Foo, "loss of money as a private dispute", Country: "SN", Theme: "justice-law-enforcement"),
        new("i-fo-12", "boys skipping school to train as the family's way out of poverty", "en", [], Foo, "the family's best chance of escaping poverty"),
        new("i-fo-13", "returned players with debts and depression trying to migrate again", "en", [], Foo, "leave again by the desert or the sea"),
    ];
}
