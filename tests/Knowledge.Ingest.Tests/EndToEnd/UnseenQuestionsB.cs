namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set B of held-out research questions over <see cref="UnseenReportsB"/>: 13 per report, written blind
/// to the glossary, the query understanding, the ranking and the first set's results, and frozen before
/// any search was run on them. Each names one phrase that stands verbatim in the one passage that
/// answers it (or a figure of the report's table). Styles as in <see cref="SearchOverUnseenDocumentsTests.Question"/>;
/// a question with no style is a plain one.
/// </summary>
internal static class UnseenQuestionsB
{
    private const string Str = UnseenReportsB.StreetFile;
    private const string Mar = UnseenReportsB.MarriageFile;
    private const string Dom = UnseenReportsB.DomesticFile;
    private const string Jus = UnseenReportsB.JusticeFile;

    internal static readonly SearchOverUnseenDocumentsTests.Question[] Questions =
    [
        // Guinée and Mali, children living on the street (French PDF).
        new("b-gn-01", "why children run away from home to the streets in Bamako", "en", ["cross"], Str, "La violence au sein du foyer"),
        new("b-gn-02", "glue sniffing among street children", "en", ["cross"], Str, "inhaler de la colle ou des solvants"),
        new("b-gn-03", "police round-ups of street children held with adults", "en", ["cross", "filtered"], Str, "gardés plusieurs jours avec des adultes", Country: "GN"),
        new("b-gn-04", "how many street children were counted at night in Matoto", "en", ["cross", "table"], Str, "2 860"),
        new("b-gn-05", "family reunification of street children still at home after six months", "en", ["cross"], Str, "71 vivaient encore chez eux"),
        new("b-gn-06", "gamins renvoyés par leurs proches car soupçonnés de magie noire", "fr", ["paraphrase"], Str, "accusés de sorcellerie"),
        new("b-gn-07", "racket des plus petits par les aînés pour pouvoir dormir", "fr", ["paraphrase"], Str, "prélèvent un droit de passage"),
        new("b-gn-08", "nombre de places du foyer d'urgence pour filles a Conakry", "fr", ["noaccent"], Str, "il n'a que vingt places"),
        new("b-gn-09", "age median des enfants des rues Commune VI Bamako", "fr", ["noaccent", "table"], Str, "11 ans"),
        new("b-gn-10", "consommation de tramadol chez les adolescents vrombliquet", "fr", ["junk"], Str, "l'usage du tramadol"),
        new("b-gn-11", "delegue a la protection de l'enfance enfant en danger", "fr", ["noaccent", "filtered"], Str, "délégué à la protection de l'enfance", Country: "ML"),
        new("b-gn-12", "violences sexuelles contre les filles qui dorment dans la rue", "fr", ["filtered"], Str, "particulièrement exposées aux violences sexuelles", Country: "GN", Theme: "sexual-violence"),
        new("b-gn-13", "équipes mobiles d'éducateurs de rue la nuit", "fr", [], Str, "équipes mobiles d'éducateurs de rue"),

        // Niger, child marriage and girls leaving school (French Word file).
        new("b-ne-01", "girls married and dropping out at the move to secondary school in Niger", "en", ["cross"], Mar, "Le passage au collège est le moment critique"),
        new("b-ne-02", "obstetric fistula among adolescent mothers", "en", ["cross"], Mar, "de nombreux cas de fistule obstétricale"),
        new("b-ne-03", "share of girls married before 18 in Maradi", "en", ["cross", "table"], Mar, "84 %"),
        new("b-ne-04", "decree allowing married or pregnant girls to stay in school", "en", ["cross"], Mar, "garantit toutefois le maintien à l'école"),
        new("b-ne-05", "bride price paid by the husband's family after a poor harvest", "en", ["cross", "filtered"], Mar, "la dot versée par la famille du mari", Country: "NE", Theme: "child-marriage"),
        new("b-ne-06", "crainte du déshonneur si une adolescente célibataire tombe enceinte", "fr", ["paraphrase"], Mar, "protection de l'honneur de la famille"),
        new("b-ne-07", "absentéisme des élèves pendant les menstruations faute de toilettes", "fr", ["paraphrase"], Mar, "absence de latrines séparées"),
        new("b-ne-08", "age legal du mariage des filles code civil niger", "fr", ["noaccent"], Mar, "fixe l'âge minimum du mariage à 15 ans"),
        new("b-ne-09", "ecoles des maris et leaders religieux", "fr", ["noaccent"], Mar, "écoles des maris"),
        new("b-ne-10", "conventions locales des chefs traditionnels plombavir", "fr", ["junk"], Mar, "ont adopté des conventions locales"),
        new("b-ne-11", "transferts monétaires pour garder les filles à l'école", "fr", ["filtered"], Mar, "programmes de transferts monétaires", Country: "NE", Theme: "education"),
        new("b-ne-12", "proportion d'adolescentes hors de l'école à Tahoua", "fr", ["table"], Mar, "59 %"),
        new("b-ne-13", "internats sécurisés pour les filles et collèges de proximité", "fr", [], Mar, "internats sécurisés pour les filles"),

        // Ghana and Nigeria, child domestic workers (English PDF).
        new("b-gh-01", "enfants domestiques battus par leurs employeurs au Ghana", "fr", ["cross"], Dom, "beaten by a member of the household"),
        new("b-gh-02", "age minimum d'emploi dans la loi ghaneenne sur les enfants", "fr", ["cross", "noaccent", "filtered"], Dom, "Children's Act 1998 (Act 560)", Country: "GH"),
        new("b-gh-03", "part des enfants domestiques non payés à Lagos", "fr", ["cross", "table"], Dom, "63%"),
        new("b-gh-04", "recrutement des petites bonnes par des intermédiaires rémunérés", "fr", ["cross"], Dom, "a relative or a paid agent"),
        new("b-gh-05", "loi nigériane interdisant d'employer un enfant comme domestique", "fr", ["cross", "filtered"], Dom, "use of a child as a domestic help", Country: "NG", Theme: "child-labour"),
        new("b-gh-06", "maids told they could study, yet never taught anything", "en", ["paraphrase"], Dom, "The promise of education is rarely kept"),
        new("b-gh-07", "young maids raped by the master of the home", "en", ["paraphrase"], Dom, "sexual abuse by the male head"),
        new("b-gh-08", "share of unpaid child domestic workers in Kumasi", "en", ["table"], Dom, "52%"),
        new("b-gh-09", "NAPTIP investigations of children trafficked as house helps", "en", ["filtered"], Dom, "trafficking of children into domestic servitude", Country: "NG"),
        new("b-gh-10", "evening classes for house helps zorbulant", "en", ["junk"], Dom, "cheap evening class"),
        new("b-gh-11", "registration of recruitment agents placing children in households", "en", [], Dom, "registration of every recruitment agent"),
        new("b-gh-12", "helpline and shelter for children who run away from employers", "en", [], Dom, "free helpline for domestic workers"),
        new("b-gh-13", "labour inspectors cannot enter private homes", "en", [], Dom, "no mandate to enter private homes"),

        // Liberia and The Gambia, children in conflict with the law (English PDF).
        new("b-lr-01", "enfants détenus avec des adultes en attendant leur procès", "fr", ["cross"], Jus, "often in cells shared with adults"),
        new("b-lr-02", "age de la responsabilite penale en Gambie", "fr", ["cross", "noaccent"], Jus, "age of criminal responsibility at 12"),
        new("b-lr-03", "durée d'attente la plus longue à la prison centrale de Monrovia", "fr", ["cross", "table"], Jus, "19 months"),
        new("b-lr-04", "aveux obtenus par la violence pendant la garde à vue", "fr", ["cross"], Jus, "slapped or caned them to obtain a confession"),
        new("b-lr-05", "médiation communautaire avec la victime comme alternative à la détention", "fr", ["cross"], Jus, "mediation led by community elders"),
        new("b-lr-06", "mineurs sans acte de naissance dont l'âge est estimé par la police", "fr", ["cross"], Jus, "guess a suspect's age from his appearance"),
        new("b-lr-07", "kids locked up for months without having been found guilty", "en", ["paraphrase"], Jus, "had not been convicted of any offence"),
        new("b-lr-08", "shortage of staff to write background studies of young offenders for judges", "en", ["paraphrase"], Jus, "for lack of probation officers"),
        new("b-lr-09", "juvenile court only in the capital, cases from the counties wait", "en", ["filtered"], Jus, "specialised juvenile court only in Monrovia", Country: "LR", Theme: "justice-law-enforcement"),
        new("b-lr-10", "48 hours police custody limit exceeded quibbleworth", "en", ["junk"], Jus, "The legal limit of 48 hours"),
        new("b-lr-11", "remove children from adult prisons within six months", "en", [], Jus, "remove every child from adult prisons"),
        new("b-lr-12", "police register of children diverted from court", "en", [], Jus, "register of children diverted from prosecution"),
        new("b-lr-13", "children's court hearings in closed session and release to a parent", "en", [], Jus, "hearings were held in closed session"),
    ];
}
