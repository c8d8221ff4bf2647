namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set H of held-out research questions over <see cref="UnseenReportsH"/>: 13 per report, written blind
/// to the glossary, the lexicon, the query understanding, the ranking and the results of the earlier
/// sets, and frozen before any search was run on them. Each names one phrase that stands verbatim in the
/// one passage that answers it (or a figure of the report's table). Styles as in
/// <see cref="SearchOverUnseenDocumentsTests.Question"/>; a question with no style is a plain one.
/// </summary>
internal static class UnseenQuestionsH
{
    private const string Alb = UnseenReportsH.AlbinismFile;
    private const string Vio = UnseenReportsH.SchoolAbuseFile;
    private const string Pre = UnseenReportsH.PregnancyFile;
    private const string Hel = UnseenReportsH.HelplineFile;

    internal static readonly SearchOverUnseenDocumentsTests.Question[] Questions =
    [
        // Mali, Guinée and Burkina Faso, children with albinism (French PDF).
        new("h-al-01", "body parts of albino children sold to healers promising wealth", "en", ["cross"], Alb, "vendues à des marabouts ou à des charlatans"),
        new("h-al-02", "kidnappings of children with albinism near gold mining sites in Mali", "en", ["cross", "filtered"], Alb, "sites d'orpaillage de la région de Kayes", Country: "ML"),
        new("h-al-03", "share of children with albinism in Guinea using sunscreen regularly", "en", ["cross", "table"], Alb, "9 %"),
        new("h-al-04", "teachers mistake poor eyesight of albino pupils for low intelligence", "en", ["cross"], Alb, "comme un manque d'intelligence ou de volonté"),
        new("h-al-05", "albino children brought up by their mother alone after the father leaves", "en", ["cross"], Alb, "par sa mère seule ou par une grand-mère"),
        new("h-al-06", "cryotherapy for precancerous skin lesions in Burkina Faso", "en", ["cross", "filtered"], Alb, "séances de cryothérapie organisées deux fois par an", Country: "BF"),
        new("h-al-07", "familles qui protègent les sépultures de leurs défunts contre les pilleurs", "fr", ["paraphrase"], Alb, "font couler du béton sur la tombe"),
        new("h-al-08", "mères soupçonnées d'avoir trompé leur mari puis renvoyées par lui", "fr", ["paraphrase"], Alb, "accusée d'infidélité ou d'avoir violé un interdit"),
        new("h-al-09", "premier rang et temps supplementaire aux examens pour eleves albinos", "fr", ["noaccent"], Alb, "obtenir un temps supplémentaire pendant les examens"),
        new("h-al-10", "part des enfants albinos maliens avec lesions precancereuses", "fr", ["noaccent", "table"], Alb, "38 %"),
        new("h-al-11", "protection solaire bon marché pour les enfants albinos trolivarde", "fr", ["junk"], Alb, "Les chapeaux à larges bords"),
        new("h-al-12", "poursuites contre les commanditaires des meurtres rituels d'albinos", "fr", ["filtered"], Alb, "les commanditaires sont rarement identifiés", Theme: "justice-law-enforcement"),
        new("h-al-13", "gratuité de la crème solaire pour les enfants albinos", "fr", [], Alb, "liste des médicaments essentiels"),

        // Côte d'Ivoire and Sénégal, sexual violence and harassment in schools (French Word file).
        new("h-vs-01", "abusive teachers only transferred to another school as punishment", "en", ["cross"], Vio, "souvent limitées à une mutation"),
        new("h-vs-02", "girl refused her teacher's advances and then got zero marks", "en", ["cross"], Vio, "obtenu zéro à tous les devoirs"),
        new("h-vs-03", "teachers using home tutoring offers to approach schoolgirls", "en", ["cross"], Vio, "des offres de cours de soutien à domicile"),
        new("h-vs-04", "share of Ivorian schoolgirls offered grades for sex", "en", ["cross", "table"], Vio, "16 %"),
        new("h-vs-05", "Senegal schoolgirls unaware of the free child helpline number", "en", ["cross", "filtered"], Vio, "ne connaissait son numéro", Country: "SN"),
        new("h-vs-06", "Senegal 2020 law criminalising rape and harsher penalties", "en", ["cross", "filtered"], Vio, "la loi de 2020 criminalisant le viol", Country: "SN", Theme: "legal-framework"),
        new("h-vs-07", "pupils made pregnant by their teachers leave school", "en", ["cross"], Vio, "enceintes de leur professeur"),
        new("h-vs-08", "parents qui acceptent un dédommagement du professeur au lieu de porter plainte", "fr", ["paraphrase"], Vio, "contre une somme d'argent ou une promesse"),
        new("h-vs-09", "organisations professionnelles des maîtres qui protègent les professeurs accusés", "fr", ["paraphrase"], Vio, "syndicats d'enseignants défendent souvent leurs collègues"),
        new("h-vs-10", "cellules d'ecoute des lycees ivoiriens tenues par des professeurs", "fr", ["noaccent"], Vio, "animées par des enseignants eux-mêmes"),
        new("h-vs-11", "part des lyceennes senegalaises ayant parle des violences a un adulte", "fr", ["noaccent", "table"], Vio, "10 %"),
        new("h-vs-12", "garçons victimes d'attouchements à l'internat qui n'osent pas parler brastolin", "fr", ["junk"], Vio, "par peur d'être traités d'homosexuels"),
        new("h-vs-13", "signalement confidentiel hors du corps enseignant dans chaque établissement", "fr", [], Vio, "confié à une personne extérieure au corps enseignant"),

        // Sierra Leone and Liberia, teenage pregnancy and school re-entry (English PDF).
        new("h-pr-01", "hausse des grossesses d'adolescentes pendant la fermeture des écoles Ebola", "fr", ["cross"], Pre, "rose sharply during school closures"),
        new("h-pr-02", "levée de l'interdiction faite aux élèves enceintes en Sierra Leone", "fr", ["cross", "filtered"], Pre, "The ban was lifted in March 2020", Country: "SL"),
        new("h-pr-03", "eleves enceintes envoyees aux cours du soir au Liberia", "fr", ["cross", "noaccent", "filtered"], Pre, "required them to move to night classes", Country: "LR"),
        new("h-pr-04", "part des jeunes mères ayant passé l'examen national à Nimba", "fr", ["cross", "table"], Pre, "19%"),
        new("h-pr-05", "allaitement du bébé pendant les heures de cours pour les mères élèves", "fr", ["cross"], Pre, "allow a mother to breastfeed during the day"),
        new("h-pr-06", "resultats aux examens des jeunes meres revenues a l'ecole", "fr", ["cross", "noaccent"], Pre, "close to that of other girls"),
        new("h-pr-07", "young mothers accused by staff of being a poor role model", "en", ["paraphrase"], Pre, "for setting a bad example"),
        new("h-pr-08", "parents unwilling to fund a daughter's studies again after her pregnancy", "en", ["paraphrase"], Pre, "considered to have wasted their money"),
        new("h-pr-09", "share of adolescent mothers back in class within a year in Kenema", "en", ["table"], Pre, "44%"),
        new("h-pr-10", "contraception for unmarried teenage girls and parental consent flombrix", "en", ["junk"], Pre, "ask for a parent's consent"),
        new("h-pr-11", "Free Quality School Education and the cost of uniforms and books", "en", ["filtered"], Pre, "uniforms, exercise books and transport remain a burden", Country: "SL", Theme: "education"),
        new("h-pr-12", "mentors visiting young mothers at home to keep them enrolled", "en", [], Pre, "mentors who visit girls at home"),
        new("h-pr-13", "pregnant candidates sitting WASSCE in a separate room in Liberia", "en", ["filtered"], Pre, "write the papers in a separate room", Country: "LR"),

        // Ghana and The Gambia, child helplines and reporting mechanisms (English PDF).
        new("h-hl-01", "une seule personne pour répondre aux appels de nuit au Ghana", "fr", ["cross", "filtered"], Hel, "staffed by a single person", Country: "GH"),
        new("h-hl-02", "langues parlées par les écoutants de la ligne 116 en Gambie", "fr", ["cross", "filtered"], Hel, "answered in English, Mandinka, Wolof and Fula", Country: "GM"),
        new("h-hl-03", "fiches de référence envoyées par WhatsApp aux services sociaux de district", "fr", ["cross"], Hel, "by email or through a WhatsApp message"),
        new("h-hl-04", "part des appels d'adultes signalant des abus en Gambie", "fr", ["cross", "table"], Hel, "34%"),
        new("h-hl-05", "l'alkalo règle les cas d'abus par des excuses ou un mariage", "fr", ["cross", "filtered"], Hel, "through an apology, a payment or a marriage", Country: "GM"),
        new("h-hl-06", "enfants qui rappellent la ligne d'ecoute car personne n'est venu", "fr", ["cross", "noaccent"], Hel, "said that nobody had come"),
        new("h-hl-07", "young callers testing the line before revealing mistreatment", "en", ["paraphrase"], Hel, "call several times before they describe abuse"),
        new("h-hl-08", "caseworkers in the north who must ask other offices for transport", "en", ["paraphrase"], Hel, "depended on borrowing a motorbike"),
        new("h-hl-09", "share of children's calls to the Ghana helpline that were pranks", "en", ["table"], Hel, "61%"),
        new("h-hl-10", "community child protection committees collapse after donor money ends quibbertash", "en", ["junk"], Hel, "stopped meeting when project funding ended"),
        new("h-hl-11", "no legal deadline to act on child abuse reports", "en", ["filtered"], Hel, "neither law says how quickly", Theme: "legal-framework"),
        new("h-hl-12", "missing care plans in social welfare case files in Ghana", "en", ["filtered"], Hel, "contained a care plan", Country: "GH", Theme: "services-support"),
        new("h-hl-13", "teachers afraid to report abuse by colleagues or powerful families", "en", [], Hel, "report a colleague or a powerful family"),
    ];
}
