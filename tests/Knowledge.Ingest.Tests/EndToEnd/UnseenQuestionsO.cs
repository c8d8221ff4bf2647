namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Set O of held-out research questions over <see cref="UnseenReportsO"/>: 13 per report, written blind
/// to the glossary, the lexicon, the query understanding, the ranking and the results of the earlier
/// sets, and frozen before any search was run on them. Each names one phrase that stands verbatim in the
/// one passage that answers it (or a figure of the report's table). Styles as in
/// <see cref="SearchOverUnseenDocumentsTests.Question"/>; a question with no style is a plain one.
/// </summary>
internal static class UnseenQuestionsO
{
    private const string Bri = UnseenReportsO.BreastIroningFile;
    private const string Sal = UnseenReportsO.SaltFile;
    private const string Orp = UnseenReportsO.OrphanagesFile;
    private const string Dia = UnseenReportsO.DiamondsFile;

    internal static readonly SearchOverUnseenDocumentsTests.Question[] Questions =
    [
        // Cameroun and Tchad, breast ironing, « repassage des seins » (French PDF).
        new("o-br-01", "mothers flattening daughters' breasts with heated stones or wooden tools", "en", ["cross"], Bri, "une pierre à écraser, une spatule en bois"),
        new("o-br-02", "has anyone been prosecuted for breast ironing in Chad", "en", ["cross", "filtered"], Bri, "aucune procédure n'a été engagée sur ce fondement", Country: "TD"),
        new("o-br-03", "average age at first breast ironing in Cameroon's Centre region", "en", ["cross", "table"], Bri, "10,9 ans"),
        new("o-br-04", "breastfeeding problems later in life after breast ironing", "en", ["cross"], Bri, "des difficultés à allaiter leur premier enfant"),
        new("o-br-05", "community women volunteers visiting homes to talk about puberty in Douala", "en", ["cross", "filtered"], Bri, "des mères relais formées qui visitent les familles", Country: "CM"),
        new("o-br-06", "displaced mothers in Chad taking up breast ironing in camps", "en", ["cross"], Bri, "ne se sentaient pas en sécurité"),
        new("o-br-07", "adolescentes qui ne font plus confiance à leur maman après le repassage", "fr", ["paraphrase"], Bri, "gardé une méfiance envers leur mère"),
        new("o-br-08", "les pères sont-ils au courant de ce que subissent leurs filles", "fr", ["paraphrase"], Bri, "la considèrent comme une affaire de femmes"),
        new("o-br-09", "aplatir la poitrine pour eviter les grossesses et garder la fille scolarisee", "fr", ["noaccent"], Bri, "pour que leur fille reste à l'école"),
        new("o-br-10", "part des filles brulees ou blessees par le repassage a Moundou", "fr", ["noaccent", "table"], Bri, "13 %"),
        new("o-br-11", "brûlures soignées au centre de santé sans signalement aux services sociaux trelvanique", "fr", ["junk"], Bri, "sans que l'origine soit signalée aux services sociaux"),
        new("o-br-12", "code penal camerounais et poursuites possibles contre le repassage des seins", "fr", ["noaccent", "filtered"], Bri, "les articles sur les mutilations génitales", Country: "CM"),
        new("o-br-13", "à quel âge commence le repassage et combien de temps dure-t-il", "fr", [], Bri, "se répète chaque matin ou chaque soir"),

        // Sénégal and Guinée, children in artisanal salt harvesting (French Word file).
        new("o-sa-01", "children breaking the salt crust barefoot in the Kaolack pans", "en", ["cross"], Sal, "pieds nus dans la saumure"),
        new("o-sa-02", "Guinean laws banning hazardous work by minors", "en", ["cross", "filtered"], Sal, "En Guinée, le Code de l'enfant", Country: "GN"),
        new("o-sa-03", "share of child salt workers with skin or eye lesions in Kaolack", "en", ["cross", "table"], Sal, "62 %"),
        new("o-sa-04", "how heavy are the loads of salt children carry on their heads", "en", ["cross"], Sal, "entre quinze et vingt-cinq kilogrammes"),
        new("o-sa-05", "migrant boys in the salt pans never paid by their recruiter", "en", ["cross", "filtered"], Sal, "l'intermédiaire ayant disparu avec la somme due", Country: "SN"),
        new("o-sa-06", "children sleeping in smoky huts where brine is boiled in Guinea", "en", ["cross"], Sal, "dorment dans les cases de cuisson"),
        new("o-sa-07", "élèves qui arrivent fatigués en classe après une matinée de travail au sel", "fr", ["paraphrase"], Sal, "porté du sel avant le lever du jour"),
        new("o-sa-08", "pas de cours de remise à niveau pour les enfants revenus des campements", "fr", ["paraphrase"], Sal, "aucun dispositif de rattrapage n'est proposé"),
        new("o-sa-09", "plaies et infections de la peau des enfants des salines sans bottes", "fr", ["noaccent"], Sal, "des crevasses aux pieds et aux mains"),
        new("o-sa-10", "part des enfants qui ne vont plus a l'ecole a Boke", "fr", ["noaccent", "table"], Sal, "54 %"),
        new("o-sa-11", "groupements de femmes qui refusent le travail des enfants pendant les classes brodulique", "fr", ["junk"], Sal, "de ne plus faire travailler les enfants"),
        new("o-sa-12", "age minimum pour travailler et travaux dangereux interdits aux enfants au Senegal", "fr", ["noaccent", "filtered"], Sal, "fixe à quinze ans l'âge minimum", Country: "SN"),
        new("o-sa-13", "enfants venus de Guinée-Bissau et du Mali pour la saison du sel", "fr", [], Sal, "sont recrutés pour la saison par des intermédiaires"),

        // Ghana and Liberia, residential care, orphanages and voluntourism (English PDF).
        new("o-or-01", "recruteurs promettant une scolarité gratuite en ville aux parents des villages", "fr", ["cross"], Orp, "offering free education in the city"),
        new("o-or-02", "benevoles etrangers dans les orphelinats sans verification du casier judiciaire", "fr", ["cross", "noaccent"], Orp, "rarely asked for a police check"),
        new("o-or-03", "part des orphelinats de la région Centre ayant accueilli des bénévoles étrangers", "fr", ["cross", "table"], Orp, "82%"),
        new("o-or-04", "abus sexuels commis par des volontaires étrangers restés impunis au Ghana", "fr", ["cross"], Orp, "had left the country before the child spoke"),
        new("o-or-05", "enfants des foyers fermés transférés vers d'autres institutions sans agrément", "fr", ["cross", "filtered"], Orp, "moved to other unlicensed institutions", Country: "LR"),
        new("o-or-06", "enfants habillés de vieux vêtements pour attendrir les donateurs", "fr", ["cross"], Orp, "kept in a locked store room"),
        new("o-or-07", "children's homes that take in every child left at their door", "en", ["paraphrase"], Orp, "accept any child brought to the gate"),
        new("o-or-08", "young people ageing out of orphanages without papers or money", "en", ["paraphrase"], Orp, "with no savings, no documents"),
        new("o-or-09", "share of homes in Montserrado operating without a licence", "en", ["table"], Orp, "65%"),
        new("o-or-10", "one night carer for dozens of orphanage children plenthorix", "en", ["junk"], Orp, "a single caregiver was responsible for twenty"),
        new("o-or-11", "government care reform moving children into foster and kinship families", "en", ["filtered"], Orp, "to move children into family-based care", Country: "GH"),
        new("o-or-12", "orphanage children sent to sell water when donations run out", "en", [], Orp, "sent to sell water in the market"),
        new("o-or-13", "how volunteer fees give orphanages a reason to keep children", "en", [], Orp, "an incentive to keep children in care"),

        // Sierra Leone and Guinea, children in artisanal diamond mining (English PDF).
        new("o-di-01", "enfants qui écopent l'eau des puits de diamant à Kono", "fr", ["cross"], Dia, "bail out water from the pits"),
        new("o-di-02", "enfants noyes dans des trous de mine abandonnes pleins d'eau", "fr", ["cross", "noaccent"], Dia, "flooded pits left open after mining"),
        new("o-di-03", "nombre moyen de jours travaillés par semaine par les enfants à Kérouané", "fr", ["cross", "table"], Dia, "5.9"),
        new("o-di-04", "relations sexuelles exigées des jeunes vendeuses contre de la nourriture à crédit", "fr", ["cross"], Dia, "asked for sex in exchange for credit"),
        new("o-di-05", "le processus de Kimberley contrôle-t-il le travail des enfants dans les mines", "fr", ["cross", "filtered"], Dia, "does not check how they were mined", Theme: "child-labour"),
        new("o-di-06", "enfants escroqués par les acheteurs lorsqu'ils vendent une pierre", "fr", ["cross"], Dia, "a child could not go elsewhere or complain"),
        new("o-di-07", "kids given only food and pocket money instead of a cut of the stones", "en", ["paraphrase"], Dia, "a meal of rice and a few thousand"),
        new("o-di-08", "mining wounds dressed with traditional plant medicine instead of a clinic", "en", ["paraphrase"], Dia, "treated with herbal remedies at the site"),
        new("o-di-09", "share of children injured at Kamara and Sandor mining sites", "en", ["table"], Dia, "38%"),
        new("o-di-10", "chiefdom by-laws penalising adults who take children to diamond pits zandrofel", "en", ["junk"], Dia, "fine parents and supporters who bring children"),
        new("o-di-11", "safe place for girls to spend the night at mining sites", "en", ["filtered"], Dia, "can sleep safely", Country: "GN"),
        new("o-di-12", "pupils leaving school at midday to dig on new diamond plots", "en", [], Dia, "before others claim it"),
        new("o-di-13", "round sieves used to wash diamond gravel", "en", [], Dia, "known locally as shakers"),
    ];
}
