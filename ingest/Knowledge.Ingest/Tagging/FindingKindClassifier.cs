using System.Collections.Frozen;
using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy.Matching;

namespace Knowledge.Ingest.Tagging;

/// <summary>
/// Decides what a passage says (statistic, recommendation, legal provision, gap, context) from cue
/// phrases matched in the same pass as the themes, plus a scan of its numbers.
/// <para>
/// Precedence, first that applies wins:
/// <list type="number">
/// <item>Recommendation: an ask is what an advocate quotes a passage for, whatever it cites.</item>
/// <item>Gap about data ("aucune donnée", "no data"): a passage saying figures are missing is a gap
/// even when it quotes the few there are.</item>
/// <item>Statistic: a figure (count, rate, percentage, "1 sur 3", trend). Years, dates, ages,
/// durations, article/page/law numbers and list numbering are not figures.</item>
/// <item>Gap (other cues: "absence de", "insuffisant", "lack of", "has no"…): a law cited to show
/// what it fails to do makes the passage a gap, not a legal provision.</item>
/// <item>Legal: one strong cue ("loi n°", "code pénal", "ratifié", "article 12") or two weak ones
/// ("loi", "law", "convention").</item>
/// <item>Context otherwise.</item>
/// </list>
/// </para>
/// </summary>
internal static class FindingKindClassifier
{
    public const int CueCount = 6 * 2;

    private static readonly FrozenSet<string> NumberPrefixes = FrozenSet.Create(StringComparer.Ordinal,
        "article", "articles", "art", "p", "pp", "page", "pages", "n", "no", "nos", "numero", "loi", "lois", "decret", "ordonnance", "arrete",
        "chapitre", "chapter", "section", "sections", "paragraphe", "paragraph", "para", "alinea", "annexe", "annex", "figure", "fig", "tableau",
        "table", "graphique", "encadre", "box", "resolution", "act", "law", "phase", "niveau", "level", "version", "objectif", "objective",
        "axe", "point", "etape", "step", "note", "notes", "volume", "vol", "tome", "partie", "part", "titre", "title", "livre", "book", "covid",
        "g5", "g20", "g7", "cedaw", "odd", "sdg", "cible", "target", "goal", "principe", "principle", "recommandation", "recommendation", "rec",
        "decree", "bill", "ligne", "line", "code", "region", "zone", "question", "q");

    private static readonly FrozenSet<string> NonCountUnits = FrozenSet.Create(StringComparer.Ordinal,
        "an", "ans", "annee", "annees", "year", "years", "yr", "yrs", "mois", "month", "months", "semaine", "semaines", "week", "weeks",
        "jour", "jours", "day", "days", "heure", "heures", "hour", "hours", "h", "min", "minute", "minutes", "er", "e", "eme", "th", "st",
        "nd", "rd", "et", "and", "ou", "or", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "h00", "bis", "ter");

    private static readonly FrozenSet<string> Months = FrozenSet.Create(StringComparer.Ordinal,
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static readonly FrozenSet<string> RangeWords = FrozenSet.Create(StringComparer.Ordinal, "a", "to", "et", "and", "ou", "or");

    private static readonly FrozenSet<string> RatioWords = FrozenSet.Create(StringComparer.Ordinal, "sur", "in", "out");

    // Recommendation lists open with a bare verb: "Adopter une loi…", "Ensure that…".
    private static readonly FrozenSet<string> FrenchImperatives = FrozenSet.Create(StringComparer.Ordinal,
        "adopter", "renforcer", "mettre", "allouer", "ratifier", "elaborer", "etablir", "creer", "former", "garantir", "assurer", "veiller",
        "sensibiliser", "promouvoir", "harmoniser", "augmenter", "developper", "integrer", "ameliorer", "soutenir", "accelerer", "reviser",
        "appliquer", "investir", "financer", "impliquer", "inclure", "criminaliser", "eriger", "relever", "interdire", "systematiser", "doter",
        "fournir", "faciliter", "encourager", "prendre", "instaurer", "etendre", "accroitre", "generaliser", "assurez", "adoptez",
        "renforcez", "veillez", "mettez", "poursuivre", "lutter", "combattre", "proteger", "recruter", "institutionnaliser", "operationnaliser",
        "vulgariser", "definir", "completer", "modifier", "abroger", "supprimer", "publier", "maintenir", "documenter", "collecter", "evaluer",
        "reformer", "enregistrer", "offrir", "fixer", "rendre", "signer", "lancer", "associer", "outiller", "cartographier");

    private static readonly FrozenSet<string> EnglishImperatives = FrozenSet.Create(StringComparer.Ordinal,
        "ensure", "adopt", "establish", "strengthen", "allocate", "ratify", "develop", "increase", "train", "provide", "promote", "support",
        "invest", "criminalize", "criminalise", "raise", "review", "amend", "enact", "implement", "create", "build", "expand", "prioritize",
        "prioritise", "integrate", "harmonize", "harmonise", "fund", "end", "protect", "improve", "introduce", "set", "make", "take",
        "guarantee", "scale", "engage", "involve", "repeal", "remove", "prohibit", "recruit", "define", "align", "monitor", "enforce");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberPrefixLookup = NumberPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NonCountUnitLookup = NonCountUnits.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RangeLookup = RangeWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RatioLookup = RatioWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchImperativeLookup = FrenchImperatives.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishImperativeLookup = EnglishImperatives.GetAlternateLookup<ReadOnlySpan<char>>();

    private enum Cue
    {
        Recommendation,
        DataGap,
        Gap,
        LegalStrong,
        LegalWeak,
        Figure,
    }

    /// <summary>Cue patterns, for compiling into the tagger's automaton; targets are offsets from the caller's base.</summary>
    public static IEnumerable<(string Pattern, int Offset)> Patterns()
    {
        foreach (var (cue, french, english) in CueTable)
        {
            foreach (var p in french)
            {
                yield return (p, Offset(cue, english: false));
            }

            foreach (var p in english)
            {
                yield return (p, Offset(cue, english: true));
            }
        }
    }

    /// <summary>Classifies a passage from its folded text and the cue hits (targets already made relative to the cue base).</summary>
    public static FindingKind Classify(FoldedText text, ReadOnlySpan<int> cueOffsets, bool english)
    {
        Span<int> counts = stackalloc int[6];
        foreach (var offset in cueOffsets)
        {
            if ((offset & 1) == (english ? 1 : 0))
            {
                counts[offset >> 1]++;
            }
        }

        if (counts[(int)Cue.Recommendation] > 0 || StartsWithImperative(text, english))
        {
            return FindingKind.Recommendation;
        }

        if (counts[(int)Cue.DataGap] > 0)
        {
            return FindingKind.Gap;
        }

        if (counts[(int)Cue.Figure] > 0 || HasFigure(text))
        {
            return FindingKind.Statistic;
        }

        if (counts[(int)Cue.Gap] > 0)
        {
            return FindingKind.Gap;
        }

        if (counts[(int)Cue.LegalStrong] > 0 || counts[(int)Cue.LegalWeak] >= 2)
        {
            return FindingKind.Legal;
        }

        return FindingKind.Context;
    }

    private static int Offset(Cue cue, bool english) => ((int)cue << 1) | (english ? 1 : 0);

    internal static bool StartsWithImperative(FoldedText text, bool english)
    {
        // Skip list numbering ("1.", "a)") before the verb.
        var first = 0;
        while (first < text.Count && first < 2 && (text.IsNumber(first) || text.Lengths[first] == 1))
        {
            first++;
        }

        if (first >= text.Count)
        {
            return false;
        }

        var token = text.Token(first);
        return english ? EnglishImperativeLookup.Contains(token) : FrenchImperativeLookup.Contains(token);
    }

    /// <summary>True when a number in the passage is a figure rather than a year, date, age, duration or reference.</summary>
    internal static bool HasFigure(FoldedText text)
    {
        var s = text.Text;
        for (var i = 0; i < text.Count; i++)
        {
            if (!text.IsNumber(i))
            {
                continue;
            }

            // Span of the whole number: "1 200", "2,345", "0,5", "12.5".
            var last = i;
            while (last + 1 < text.Count && text.IsNumber(last + 1) && text.Starts[last + 1] == text.End(last) + 1
                && s[text.End(last)] is ' ' or ',' or '.')
            {
                last++;
            }

            var isFigure = IsFigure(text, i, last);
            if (isFigure)
            {
                return true;
            }

            i = last;
        }

        return false;
    }

    private static bool IsFigure(FoldedText text, int first, int last)
    {
        var s = text.Text;
        var end = text.End(last);

        // "23 %", "23%".
        var after = end;
        while (after < s.Length && s[after] == ' ')
        {
            after++;
        }

        if (after < s.Length && s[after] == '%')
        {
            return true;
        }

        // Part of an identifier, date, time or page counter: "COVID-19", "2005-06", "2016/059/AN",
        // "30/06/2022", "5:07", "15/48".
        var start = text.Starts[first];
        if (start >= 1 && s[start - 1] is '/' or ':')
        {
            return false;
        }

        if (start >= 2 && s[start - 1] is '-' or '.' && char.IsAsciiLetterOrDigit(s[start - 2]))
        {
            return false;
        }

        if (end < s.Length && s[end] is '/' or ':')
        {
            return false;
        }

        // List numbering or a reference closing a sentence: "2. Cadres juridiques", "3) Former", "(2020). 41."
        if (end + 1 < s.Length && s[end] is '.' or ')' && s[end + 1] == ' ')
        {
            return false;
        }

        if (first > 0)
        {
            var previous = text.Token(first - 1);
            if (NumberPrefixLookup.Contains(previous) || MonthLookup.Contains(previous))
            {
                return false;
            }
        }

        // A year on its own, or a year range.
        if (first == last && text.Lengths[first] == 4 && IsYear(text.Token(first)))
        {
            return false;
        }

        if (last + 1 >= text.Count || text.IsNumber(last + 1))
        {
            // Nothing counted, or a run of bare numbers (references, page lists).
            return false;
        }

        var next = text.Token(last + 1);

        // "1 sur 3", "one in 5", "3 out of 10".
        if (RatioLookup.Contains(next) && last + 2 < text.Count && (text.IsNumber(last + 2) || text.Token(last + 2) is "of"))
        {
            return true;
        }

        // "5 à 10 ans", "15 to 17 years": judge the range by what follows its upper bound.
        if (RangeLookup.Contains(next) && last + 3 < text.Count && text.IsNumber(last + 2))
        {
            next = text.Token(last + 3);
        }

        return !NonCountUnitLookup.Contains(next);
    }

    private static bool IsYear(ReadOnlySpan<char> token) =>
        (token[0] == '1' && token[1] == '9') || (token[0] == '2' && token[1] == '0');

    private static readonly (Cue Cue, string[] French, string[] English)[] CueTable =
    [
        (Cue.Recommendation,
            ["recommand*", "il faut", "il est urgent", "il est necessaire", "il est essentiel", "il est important de", "il est indispensable", "il convient de", "il importe de",
             "doit", "doivent", "devrait", "devraient", "devront", "appelle le*", "appelle la", "appelle l'*", "appelons", "exhort*", "invitons", "demandons", "plaidons", "encourageons", "nous encourageons"],
            ["should", "must", "recommend*", "call on", "calls on", "call upon", "calls upon", "urge", "urges", "we urge", "need to", "needs to", "it is essential", "it is crucial", "it is necessary", "it is urgent", "ought to"]),
        (Cue.DataGap,
            ["manque de donnees", "absence de donnees", "aucune donnee", "pas de donnees", "peu de donnees", "aucune etude", "aucune statistique", "absence de statistiques", "n'a fait l'objet d'aucune", "n'ont fait l'objet d'aucune", "aucune enquete", "donnees manquent", "donnees sont rares", "donnees font defaut"],
            ["no data", "lack of data", "no reliable data", "data gap*", "no national study", "no study", "no research", "little data", "scarce data", "limited data", "data are scarce", "data is scarce", "no statistics"]),
        (Cue.Gap,
            ["manque de", "manque d", "absence de", "absence d", "lacune*", "insuffisan*", "faute de", "ne dispose pas", "ne disposent pas", "ne dispose que", "ne disposent que", "n'existe pas", "n'existent pas", "inexistant*", "inaccessible*",
             "aucun", "aucune", "peu de", "reste faible", "restent faibles", "reste limite*", "restent limite*", "limite", "limitee", "limitees", "rare", "rares", "toujours pas", "pas encore", "jamais", "font defaut", "fait defaut", "entrave*", "faible*", "ne couvre pas", "n'est pas appliquee", "ne sont pas appliquees", "sur le papier"],
            ["no", "lack*", "gap", "gaps", "absence of", "insufficient*", "inadequate*", "scarce", "limited", "has no", "have no", "never", "only on paper", "remain* low", "remain* weak", "yet only", "few", "not yet", "still not", "fail to", "fails to", "failed to", "unavailable", "inaccessible", "shortage*"]),
        (Cue.LegalStrong,
            ["loi n", "loi no", "loi numero", "code penal", "code de l'enfant", "code des personnes", "code civil", "code de procedure", "code du travail", "code de la famille", "code de protection", "protocole facultatif", "convention relative", "convention des nations unies", "convention internationale", "convention de", "charte africaine", "ratifie*", "ratification", "decret*", "ordonnance n", "re:\\barticles? \\d+", "projet de loi", "promulgu*", "adopte une loi", "a adopte la loi", "legislation*", "legislati*", "dispositions legales", "dispositions penales", "cadre juridique", "reprime*", "incrimine*", "punit", "puni de", "punis de", "peine* d'emprisonnement", "reclusion"],
            ["law no", "penal code", "criminal code", "optional protocol", "african charter", "ratified", "ratification", "decree*", "children's act", "children act", "child rights act", "offences act", "offenses act", "trafficking act", "act no", "re:\\bact(,)? (of )?(19|20)\\d\\d\\b", "re:\\bsections? \\d+", "legislation", "legislative", "statute*", "bill", "amendment*", "amended", "criminalise*", "criminalize*", "punishable", "imprisonment", "legal framework"]),
        (Cue.LegalWeak,
            ["loi", "lois", "juridique*", "legal", "legale*", "convention", "conventions", "interdit", "interdisent", "peine", "peines", "infraction*", "texte*"],
            ["law", "laws", "legal", "convention", "conventions", "prohibit*", "penalty", "penalties", "offence*", "offense*", "act", "protocol"]),
        (Cue.Figure,
            ["pour cent", "pourcent", "la moitie", "un tiers", "deux tiers", "trois quarts", "un quart", "millions", "milliards", "fois plus", "ont double", "a double", "ont triple", "a triple", "taux de prevalence", "prevalence de",
             "re:\\b(un|une|deux|trois|quatre) (\\w+ )?sur (deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\\b"],
            ["per cent", "percent", "half of", "one third", "two thirds", "one quarter", "a quarter of", "three quarters", "millions", "billions", "times more", "times higher", "times as", "doubled", "tripled", "prevalence of", "prevalence rate",
             "re:\\b(one|two|three|four) (\\w+ )?(in|out of) (two|three|four|five|six|seven|eight|nine|ten)\\b"]),
    ];
}
