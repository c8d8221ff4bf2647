namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Report-style passages with planted identifying details marked <c>[[span|kind]]</c>, and
/// look-alike negatives (public figures, authors, laws, statistics, regions) with no mark. The
/// development set was used while writing the rules; the held-out set was written before the rules
/// were run on it and is only measured.
/// </summary>
internal static class LabelledPassages
{
    public static IReadOnlyList<string> Development { get; } =
    [
        "[[Aïcha, 14 ans, du village de Tibiri]], a été mariée à un homme de 45 ans contre sa volonté.",
        "Lors de l'entretien, [[Mariama]], une adolescente exploitée sur un site d'orpaillage, a décrit ses conditions de travail.",
        "[[Une fille de 13 ans originaire de Kouré]] a été retrouvée par les services sociaux à Niamey.",
        "« [[Je voulais continuer l'école mais mon père a refusé]] », raconte une fille interrogée à Zinder.",
        "Pour signaler un cas, appeler le [[+227 90 12 34 56]] ou écrire à signalement.niamey@exemple.org.",
        "Le [[dossier n° 2021/145]] a été transmis au parquet de Ouagadougou.",
        "La victime résidait [[rue 12.34, porte 56]], dans le quartier Gounghin.",
        "Le site minier se trouve aux coordonnées [[12.3456, -1.5432]] selon l'équipe de terrain.",
        "[[Photo : Fatoumata, 12 ans, dans la cour de l'école]].",
        "[[A 15-year-old girl from the village of Tanout]] told researchers she had been sold twice.",
        "[[Grace]], a victim of trafficking rescued in Accra, now lives in a shelter.",
        "\"[[My uncle took me to the city and I never saw my mother again]]\", said one girl.",
        "Case workers can be reached on [[+233 24 123 4567]] or help@example.org.",
        "[[Case no. 45-2021]] was closed without a conviction.",
        "The ministre de la Justice, M. Boubacar Ba, a présenté la réforme du Code pénal.",
        "Selon Traoré (2019), la prévalence du mariage des enfants reste élevée au Mali.",
        "Diallo et al. montrent que 76 % des filles de 20 à 24 ans étaient mariées avant 18 ans.",
        "La loi n° 2014-035 du 16 mai 2014 porte sur la protection de l'enfant en Guinée.",
        "Dans la région de Zinder, 89 % des filles sont mariées avant l'âge de 18 ans.",
        "The President of Ghana, Nana Akufo-Addo, launched the campaign in 2018.",
        "Girls aged 15 to 19 are the most exposed to sexual exploitation in mining areas.",
        "La Fondation Aminata soutient la scolarisation des filles depuis 2010.",
        "Au Burkina Faso, l'âge minimum du mariage est fixé à 17 ans pour les filles.",
        "Le numéro vert 116 est gratuit et accessible 24 heures sur 24.",
        "En 2022, 335 000 personnes déplacées internes ont été recensées dans la région.",
    ];

    public static IReadOnlyList<string> HeldOut { get; } =
    [
        "[[Hadiza]], victime de traite, a été exploitée comme domestique à Maradi pendant deux ans.",
        "[[Un garçon de 11 ans, talibé dans une école coranique de Diourbel]], mendiait dix heures par jour.",
        "[[Âgée de 16 ans, elle vivait avec sa tante]] après le décès de ses parents.",
        "« [[On m'a dit que j'irais à l'école en ville]] », confie une adolescente de Kankan.",
        "La famille peut être jointe au [[00224 622 12 34 56]].",
        "Tél. : [[70 12 34 56]] (travailleuse sociale du district).",
        "L'[[affaire RG n° 123/2020]] concerne l'exploitation sexuelle d'une mineure.",
        "[[Photo : Rokia et sa petite sœur devant leur maison]].",
        "Les enquêteurs ont relevé la position GPS [[13°30'45\" N]], [[2°06' E]] du campement.",
        "[[A 13-year-old boy from the village of Dori]] was recruited by an armed group.",
        "[[Esther]], a 17-year-old survivor, testified before the court in Freetown.",
        "Her file, [[complaint number 2020-0031]], was lost when the office moved.",
        "« [[J'avais peur de rentrer chez moi]] », témoigne une victime âgée de 15 ans.",
        "La fillette, [[Aminata Traoré]], a été confiée à un centre d'accueil.",
        "Contact: protection.unit@example.net.",
        "Le Premier ministre, M. Ousmane Sonko, a réuni le comité national.",
        "Selon Ouédraogo, A. (2020), les filles des zones rurales quittent l'école plus tôt.",
        "La Convention relative aux droits de l'enfant a été ratifiée par le Niger en 1990.",
        "Children aged 5 to 17 represent 40 % of the workers on artisanal gold sites.",
        "Dans la province du Sahel, moins de 30 % des naissances sont enregistrées.",
        "Le Président Ibrahim Traoré a annoncé un plan national de protection de l'enfance.",
        "La Déclaration d'Abuja engage les États de la CEDEAO depuis 2001.",
        "In 2021, 1 234 cases were reported to the helpline, a rise of 12.5 % on 2020.",
        "Le Centre Mariama Bâ accueille les filles en situation de vulnérabilité.",
        "Professor Kwame Mensah chaired the review panel in Accra.",
        "Dr Fatou Sow a coordonné l'enquête nationale sur les violences faites aux enfants.",
        "Les adolescentes de 15 à 19 ans représentent la moitié des victimes recensées.",
    ];
}
