using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy.Matching;

namespace Knowledge.Ingest.Tagging;

/// <summary>Tells what kind of publication a document is from its title and its first pages.</summary>
public static class DocumentKindClassifier
{
    // More specific kinds first: on a tie the earlier kind wins ("Étude pour la stratégie…" is a strategy input,
    // but "Aperçu pays" beats the generic "rapport").
    private static readonly DocumentKind[] Specificity =
        [DocumentKind.CountryOverview, DocumentKind.Strategy, DocumentKind.PolicyBrief, DocumentKind.ResearchReport];

    private static readonly (DocumentKind Kind, string[] Title, string[] Body)[] Cues =
    [
        (DocumentKind.CountryOverview,
            ["apercu pays", "apercu-pays", "apercu national", "country overview", "profil pays", "profil de pays", "country profile", "rapport pays", "country report", "fiche pays",
             "country monitoring report", "rapport de suivi pays", "analyse de situation", "situation analysis", "etat des lieux"],
            ["apercu pays", "country overview", "profil pays", "country profile", "contexte national", "contexte du pays", "country context", "national context",
             "donnees demographiques", "demographic data", "population totale", "total population", "indice de developpement humain", "human development index",
             "cadre juridique national", "national legal framework", "monitoring report", "situation des enfants au", "situation of children in"]),
        (DocumentKind.Strategy,
            ["strategie", "strategy", "plan d'action", "action plan", "plan strategique", "strategic plan", "cadre strategique", "strategic framework", "feuille de route",
             "roadmap", "road map", "plan national", "national plan", "politique nationale", "national policy", "plan operationnel", "operational plan"],
            ["axes strategiques", "axe strategique", "objectif strategique", "objectifs strategiques", "strategic objective*", "strategic priorit*", "priorites strategiques",
             "cadre logique", "logframe", "logical framework", "resultats attendus", "expected results", "expected outcomes", "theorie du changement", "theory of change",
             "chronogramme", "budget previsionnel", "plan de mise en oeuvre", "implementation plan", "cadre de suivi", "monitoring framework"]),
        (DocumentKind.PolicyBrief,
            ["note de politique", "policy brief", "note d'orientation", "note de plaidoyer", "advocacy brief", "position paper", "note de position", "document de position",
             "prise de position", "briefing paper", "briefing note", "note d'information", "brief", "policy paper", "plaidoyer", "advocacy", "note technique"],
            ["messages cles", "key messages", "recommandations cles", "key recommendations", "cette note", "la presente note", "this brief", "this paper", "decideurs",
             "policymakers", "policy makers", "policy-makers", "appel a l'action", "call to action", "en bref", "at a glance"]),
        (DocumentKind.ResearchReport,
            ["etude", "etudes", "study", "rapport de recherche", "research", "recherche", "enquete", "survey", "evaluation", "assessment", "analyse", "analysis", "rapport",
             "report", "mapping", "cartographie", "diagnostic", "baseline", "etude de base", "revue", "review", "examen", "!rapport annuel", "!annual report",
             "!rapport d'activite*", "!activity report", "!rapport financier", "!financial report"],
            ["methodologie", "methodology", "echantillon*", "sample", "sampling", "entretiens", "interviews", "focus group*", "groupes de discussion", "questionnaire*",
             "collecte de donnees", "data collection", "resultats de l'etude", "findings", "cette etude", "la presente etude", "this study", "this research",
             "revue documentaire", "revue de la litterature", "literature review", "desk review", "travail de terrain", "fieldwork", "limites de l'etude",
             "limitations of", "enquetes de terrain", "personnes interrogees", "respondents"]),
    ];

    private static readonly Lazy<PatternMatcher> Matcher = new(Build);

    /// <summary>
    /// Classifies from the title (decisive when it names a kind) and the leading text, about the
    /// first two pages (two distinct cues of one kind are needed there). <see cref="DocumentKind.Other"/> when neither tells.
    /// </summary>
    public static DocumentKind Classify(string title, string leadingText)
    {
        var fromTitle = Best(title ?? string.Empty, titleOnly: true, minimum: 1);
        if (fromTitle != DocumentKind.Other)
        {
            return fromTitle;
        }

        var text = leadingText ?? string.Empty;
        return Best(text.Length > 8000 ? text[..8000] : text, titleOnly: false, minimum: 2);
    }

    private static DocumentKind Best(string text, bool titleOnly, int minimum)
    {
        var hits = new List<PatternHit>();
        Matcher.Value.Match(FoldedText.Create(text), hits);
        Span<int> distinct = stackalloc int[Specificity.Length];
        var seen = new HashSet<int>();
        foreach (var hit in hits)
        {
            var (kindIndex, isTitle) = Decode(hit.Target);
            if (isTitle != titleOnly || hit.Negative || Blocked(hit, hits) || !seen.Add(hit.PatternId))
            {
                continue;
            }

            distinct[kindIndex]++;
        }

        var best = -1;
        for (var i = 0; i < distinct.Length; i++)
        {
            if (distinct[i] >= minimum && (best < 0 || distinct[i] > distinct[best]))
            {
                best = i;
            }
        }

        // A title names one kind: the most specific one it names wins, not the most repeated.
        if (titleOnly)
        {
            for (var i = 0; i < distinct.Length; i++)
            {
                if (distinct[i] > 0)
                {
                    return Specificity[i];
                }
            }
        }

        return best < 0 ? DocumentKind.Other : Specificity[best];
    }

    private static bool Blocked(PatternHit hit, List<PatternHit> hits)
    {
        foreach (var other in hits)
        {
            if (other.Negative && other.Target == hit.Target && other.Start <= hit.Start && other.End >= hit.End)
            {
                return true;
            }
        }

        return false;
    }

    private static (int KindIndex, bool IsTitle) Decode(int target) => (target >> 1, (target & 1) == 1);

    private static PatternMatcher Build()
    {
        var specs = new List<PatternSpec>();
        foreach (var (kind, title, body) in Cues)
        {
            var index = Array.IndexOf(Specificity, kind);
            specs.AddRange(title.Select(p => new PatternSpec(p, (index << 1) | 1, "les indices de type de document")));
            specs.AddRange(body.Select(p => new PatternSpec(p, index << 1, "les indices de type de document")));
        }

        return PatternMatcher.Build(specs);
    }
}
