namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set D of held-out research questions over <see cref="UnseenReportsD"/>: 13 per report, written blind
/// to the glossary, the lexicon, the query understanding, the ranking and the results of sets A, B and
/// C, and frozen before any search was run on them. Each names one phrase that stands verbatim in the
/// one passage that answers it (or a figure of the report's table). Styles as in
/// <see cref="SearchOverUnseenDocumentsTests.Question"/>; a question with no style is a plain one.
/// </summary>
internal static class UnseenQuestionsD
{
    private const string Han = UnseenReportsD.DisabilityFile;
    private const string Tou = UnseenReportsD.TourismFile;
    private const string Mig = UnseenReportsD.MigrationFile;
    private const string Sch = UnseenReportsD.SchoolViolenceFile;

    internal static readonly SearchOverUnseenDocumentsTests.Question[] Questions =
    [
        // Bénin and Togo, children with disabilities excluded from school and care (French PDF).
        new("d-ha-01", "children with disabilities kept hidden at home out of shame", "en", ["cross"], Han, "gardent l'enfant à l'intérieur de la concession"),
        new("d-ha-02", "disabled newborns killed as witch children in northern Benin", "en", ["cross", "filtered"], Han, "considérés comme des enfants sorciers", Country: "BJ"),
        new("d-ha-03", "share of disabled children enrolled in school in Savanes, Togo", "en", ["cross", "table"], Han, "24 %"),
        new("d-ha-04", "cost of wheelchairs and prostheses for rural families", "en", ["cross"], Han, "dépasse plusieurs mois de revenu"),
        new("d-ha-05", "Benin 2017 disability law free schooling and health care", "en", ["cross", "filtered"], Han, "prévoit la gratuité de l'enseignement et des soins", Country: "BJ", Theme: "legal-framework"),
        new("d-ha-06", "schools refuse disabled pupils because teachers lack training", "en", ["cross"], Han, "ne sont pas formés pour l'accueillir"),
        new("d-ha-07", "enfants infirmes raillés et malmenés par leurs camarades de classe", "fr", ["paraphrase"], Han, "surnommés par leur handicap, bousculés dans la cour"),
        new("d-ha-08", "mères rejetées par leur époux après la venue d'un bébé infirme", "fr", ["paraphrase"], Han, "chassées du foyer par leur mari"),
        new("d-ha-09", "depistage precoce des retards de developpement dans les centres de sante", "fr", ["noaccent"], Han, "repérer les retards de développement"),
        new("d-ha-10", "part des ecoles avec rampe d'acces dans l'Atlantique", "fr", ["noaccent", "table"], Han, "18 %"),
        new("d-ha-11", "centres de réadaptation fonctionnelle éloignés et coût du transport vraskulon", "fr", ["junk"], Han, "voyager une journée entière pour une séance"),
        new("d-ha-12", "strategie d'education inclusive et ecoles pilotes au Togo", "fr", ["noaccent", "filtered"], Han, "quelques écoles pilotes dans la région Maritime", Country: "TG"),
        new("d-ha-13", "manuels en braille et appareils auditifs introuvables", "fr", [], Han, "Les manuels en braille, les loupes"),

        // Petite-Côte, Saly and Cap-Vert, child sexual exploitation in travel and tourism (French Word file).
        new("d-to-01", "holiday apartments and villas replacing hotels as places of abuse in Saly", "en", ["cross"], Tou, "les villas louées à la semaine"),
        new("d-to-02", "foreign boyfriends paying school fees and promising a European visa", "en", ["cross"], Tou, "promettent parfois un visa pour l'Europe"),
        new("d-to-03", "share of girls among children met on Sal island", "en", ["cross", "table"], Tou, "71 %"),
        new("d-to-04", "foreign offenders released on bail fleeing Senegal before trial", "en", ["cross", "filtered"], Tou, "quitté le pays avant leur procès", Country: "SN", Theme: "justice-law-enforcement"),
        new("d-to-05", "dating apps used to contact teenagers before tourists arrive", "en", ["cross"], Tou, "avant même leur arrivée"),
        new("d-to-06", "hotels signing the code of conduct and training their staff", "en", ["cross", "filtered"], Tou, "forment leur personnel à repérer les situations suspectes", Theme: "travel-tourism"),
        new("d-to-07", "proches qui acceptent les abus parce que les gains nourrissent la maisonnée", "fr", ["paraphrase"], Tou, "fait vivre tout le ménage"),
        new("d-to-08", "victimes de sexe masculin oubliées faute de lits dans les foyers", "fr", ["paraphrase"], Tou, "les services d'accueil ont peu de places"),
        new("d-to-09", "haute saison vols charters touristes europeens Petite-Cote", "fr", ["noaccent"], Tou, "les vols nolisés amènent des touristes européens"),
        new("d-to-10", "part des enfants hors de l'ecole a Mbour et Somone", "fr", ["noaccent", "table"], Tou, "53 %"),
        new("d-to-11", "jeunes filles abordées à la sortie des discothèques à Sal plindoraxe", "fr", ["junk"], Tou, "approchées à la sortie des discothèques"),
        new("d-to-12", "protection des mineurs au Cap-Vert et centres d'accueil d'urgence", "fr", ["noaccent", "filtered"], Tou, "Statut de l'enfant et de l'adolescent", Country: "CV"),
        new("d-to-13", "compétence extraterritoriale pour juger les touristes auteurs d'abus", "fr", [], Tou, "appliquer la compétence extraterritoriale"),

        // Niger, children on the move through Agadez towards Libya (English PDF).
        new("d-mi-01", "enfants abandonnés dans le désert par les chauffeurs", "fr", ["cross"], Mig, "leave their passengers in the desert"),
        new("d-mi-02", "enfants expulses d'Algerie au Point Zero et a Assamaka", "fr", ["cross", "noaccent"], Mig, "walk to the village of Assamaka"),
        new("d-mi-03", "part des enfants détenus parmi ceux interrogés à Assamaka", "fr", ["cross", "table"], Mig, "71%"),
        new("d-mi-04", "rançon exigée pour libérer les enfants migrants à Sebha", "fr", ["cross"], Mig, "until a relative paid a ransom"),
        new("d-mi-05", "filles migrantes forcées à se prostituer sur la route", "fr", ["cross", "filtered"], Mig, "forced into prostitution in mining towns", Theme: "trafficking"),
        new("d-mi-06", "loi de 2015 contre le trafic illicite de migrants au Niger", "fr", ["cross", "noaccent", "filtered"], Mig, "law against the illicit smuggling of migrants", Country: "NE"),
        new("d-mi-07", "families selling cattle to fund a son's trip, hoping for money sent home", "en", ["paraphrase"], Mig, "sold livestock or borrowed money"),
        new("d-mi-08", "teenagers mixed in with grown-ups in Agadez shelters", "en", ["paraphrase"], Mig, "often housed with adults"),
        new("d-mi-09", "share of children reporting violence on the journey in Arlit", "en", ["table"], Mig, "59%"),
        new("d-mi-10", "ECOWAS free movement protocol and identifying trafficking zorblenth", "en", ["junk"], Mig, "tell migration from trafficking"),
        new("d-mi-11", "children sent back from Libya without a best interests assessment", "en", ["filtered"], Mig, "without any assessment of their best interests", Theme: "migration-unaccompanied"),
        new("d-mi-12", "appoint a guardian for every unaccompanied child in Niger", "en", [], Mig, "appoint a guardian for every unaccompanied child"),
        new("d-mi-13", "children leaving because families could not feed them after poor harvests", "en", [], Mig, "could not feed them after repeated poor harvests"),

        // Sierra Leone and Ghana, corporal punishment and violence in schools (English PDF).
        new("d-sc-01", "bonnes notes contre faveurs sexuelles au collège", "fr", ["cross"], Sch, "a practice they called sex for grades"),
        new("d-sc-02", "part des élèves battus à la canne à Kenema", "fr", ["cross", "table"], Sch, "81%"),
        new("d-sc-03", "pourquoi les enseignants utilisent encore la chicotte classes surchargees", "fr", ["cross", "noaccent"], Sch, "make it difficult to keep order"),
        new("d-sc-04", "directives du Ghana interdisant les châtiments corporels à l'école", "fr", ["cross", "filtered"], Sch, "issued guidelines in 2019 banning the caning", Country: "GH", Theme: "legal-framework"),
        new("d-sc-05", "brimades des nouveaux élèves dans les internats", "fr", ["cross"], Sch, "widespread in boarding schools"),
        new("d-sc-06", "absenteisme scolaire par peur d'etre battu par le maitre", "fr", ["cross", "noaccent"], Sch, "in the past month out of fear"),
        new("d-sc-07", "teachers belittling pupils publicly and calling them names", "en", ["paraphrase"], Sch, "called stupid or compared with animals"),
        new("d-sc-08", "nightmares and wetting the bed after beatings at school", "en", ["paraphrase"], Sch, "sleep problems, bedwetting and anxiety"),
        new("d-sc-09", "share of pupils insulted by teachers in Greater Accra", "en", ["table"], Sch, "28%"),
        new("d-sc-10", "positive discipline training for teachers in Sierra Leone florbatic", "en", ["junk"], Sch, "trained in positive discipline"),
        new("d-sc-11", "teachers never dismissed for beating pupils", "en", ["filtered"], Sch, "lost their post for beating a pupil", Theme: "education"),
        new("d-sc-12", "pupils caned for arriving late after fetching water", "en", [], Sch, "arriving late after fetching water"),
        new("d-sc-13", "confidential reporting of abuse with a trained focal person in every school", "en", [], Sch, "a trained focal person"),
    ];
}
