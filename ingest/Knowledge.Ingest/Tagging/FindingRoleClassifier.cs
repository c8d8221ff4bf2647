using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy.Matching;

namespace Knowledge.Ingest.Tagging;

/// <summary>
/// Gives each sentence (or list item) of a passage its rhetorical role, so that a generated
/// section can quote the one to three sentences that carry what it needs. Cues are matched on
/// the folded sentence (lower case, no accents), in the passage's language.
/// <para>
/// Precedence, first that applies wins:
/// <list type="number">
/// <item>Recommendation: an ask (imperative opening, "devrait", "il faut", "should", "call on").</item>
/// <item>Gap: missing data, law, service or implementation ("aucune donnée", "faiblesse", "not yet").
/// A law cited for what it fails to do is a gap.</item>
/// <item>Statistic: a figure (the same test as the finding kind: years, ages and references are not figures).</item>
/// <item>Legal: a law, code, decree or treaty named.</item>
/// <item>Response: a programme, service, project or campaign in place.</item>
/// <item>Consequence, then cause or risk factor.</item>
/// <item>Problem: a harm or practice described without a figure.</item>
/// <item>Context otherwise.</item>
/// </list>
/// A box label or heading fragment ("À retenir.", "Enjeu.", "Principe d'action.") gets no span,
/// so it can never be quoted.
/// </para>
/// </summary>
public static class FindingRoleClassifier
{
    // Interpreted, not compiled: one sentence at a time is short, and a compiled regex JIT-compiles
    // on first use, which a busy machine could push past the time-out.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>How long one cue pattern may run on one sentence before the finding is left without roles.</summary>
    public static readonly TimeSpan DefaultMatchTimeout = TimeSpan.FromSeconds(10);

    // One compiled set of cues per time-out in use (the default, or a setting), built on first use.
    private static readonly ConcurrentDictionary<TimeSpan, (Cues French, Cues English)> CuesByTimeout = new();

    private static Cues FrenchCues(TimeSpan timeout) => new(
        Recommendation: Words(@"recommand\w*|il faut|il est (urgent|necessaire|essentiel|indispensable|important|crucial) de|il convient de|il importe de|devrai(en)?t|devront|"
            + @"(etats?|gouvernements?|autorites|ministeres?|pouvoirs publics|partenaires|bailleurs|parlements?|membres?) (\w+ ){0,2}doi(t|vent)|doi(t|vent) etre|"
            + @"appel\w* (les|le|la|l) |exhort\w*|plaidons|demandons|nous (appelons|invitons|encourageons|demandons)", timeout),
        Gap: Words(@"manque (de|d)|absence (de|d)|lacunes?|insuffisan\w*|faute de|ne dispose(nt)? (pas|que|d aucun\w*)|n existe(nt)? pas|inexistant\w*|pas encore|toujours pas|"
            + @"aucune? (donnee|etude|statistique|enquete|service|structure|mecanisme|loi|texte|plan|centre|budget|systeme|programme|strategie|evaluation|procedure|chiffre|recherche|suivi|disposition|poursuite|condamnation)s?|"
            + @"ne (sont|est) (pas|guere) (encore )?(documente|connu|disponible|applique|suivi|evalue|mis en oeuvre)\w*|n a fait l objet d aucune?|n ont fait l objet d aucune?|"
            + @"reste(nt)? (\w+ )?(faible|limite|inegale?|rare|insuffisant|partiel|lacunaire|peu|incertain)\w*|n (a|ont) pas (encore )?(ratifie|adopte|applique|publie)\w*|font defaut|fait defaut|sur le papier|mal appliquee?s?|faiblesses?|peu de donnees|"
            + @"donnees (manquent|sont rares|font defaut|sont anciennes)|reste(nt)? a (faire|construire|mettre en place)|ne couvre(nt)? pas|non (ratifie|applique|adopte)\w*", timeout),
        Legal: Words(@"loi (n|no|numero|relative|portant|sur)|lois? (contre|relatives?)|code (penal|civil|de l enfant|des personnes|de procedure|du travail|de la famille|de protection|des enfants)|"
            + @"protocole\w*|convention (relative|de|des|internationale|sur|africaine|n)|charte africaine|ratifi\w*|decrets?|ordonnance\w*|article \d+|projet de loi|promulgu\w*|"
            + @"legislation\w*|legislati\w*|dispositions? (legales?|penales?)|incrimin\w*|criminalis\w*|reprim\w*|puni(t|s)? de|peines? d emprisonnement|reclusion|traite de|accord de|declaration d", timeout),
        Response: Words(@"programmes?|projets?|initiatives?|centres? (de transit|d accueil|d hebergement|de prise en charge|de reference)|prise en charge|mis(e|es)? en place|(a|ont) lance|lance en|"
            + @"codes? de conduite|campagnes?|plans? d action|plan national|strategie nationale|services? (de|d|sociaux|specialises)|cellules?|brigades?|ligne verte|numero vert|accueillent|accompagn\w*|"
            + @"ont forme|a forme|sessions? de formation|comites? (de protection|villageois|locaux)|mecanismes? (d orientation|d identification|de signalement|communautaires?)|unites? (specialisee|de police)\w*", timeout),
        Consequence: Words(@"consequences?|entrain\w*|conduit a|conduisent a|provoqu\w*|aboutit|se tradui\w*|abandon scolaire|decrochage|grossesses? precoces?|complications?|fistules?|deces|mortalite|"
            + @"traumatism\w*|sequelles?|effets?|impact\w*|nuit a|compromet\w*|prive\w* (de|d)", timeout),
        Cause: Words(@"en raison (de|d|des)|a cause (de|d|des)|du fait (de|d|des)|causes?|facteurs?|s explique|expliquent|favoris\w*|pauvrete|normes sociales|traditions?|pressions?|dot|"
            + @"insecurite|conflits?|deplacements?|vulnerab\w*|risques? de|pousse\w*|poussent|exposee?s? a|en quete de", timeout),
        // A harm stated as happening, not a word naming the field ("la protection contre l'exploitation" is not a problem).
        Problem: Words(@"victimes?|exploitee?s?|sont exploit\w*|violees?|viols?|prostitu\w*|mariees? (avant|tres|tot|de force)|mutilees?|excisees?|mendicite|"
            + @"servitude|esclavage|wahaya|persist\w*|pratique (du|de la|des|de|persiste)|subiss\w*|subi|contraint\w*|forcee?s?|achetee?s?|vendue?s?|recrutee?s?|enlevee?s?|sollicitee?s?|harcelee?s?|"
            + @"acheminee?s?|exposee?s?|abusee?s?|violences sexuelles (commises|subies)", timeout),
        Figure: Words(@"pour cent|la moitie|un tiers|deux tiers|trois quarts|un quart|millions?|milliards?|fois plus|(a|ont) (double|triple)|taux de prevalence|prevalence de|(un|une|deux|trois|quatre) (\w+ )?sur (deux|trois|quatre|cinq|six|sept|huit|neuf|dix)", timeout));

    private static Cues EnglishCues(TimeSpan timeout) => new(
        Recommendation: Words(@"should|must|recommend\w*|calls? (on|upon)|urges?|we urge|needs? to be|it is (essential|crucial|necessary|urgent|important) (to|that)|ought to", timeout),
        Gap: Words(@"no (\w+ ){0,2}(data|study|studies|research|statistics|figures|system|law|service|services|procedure|mechanism|shelter)s?|lack\w*|gaps?|absence of|insufficient\w*|inadequate\w*|scarce|limited|ha(s|ve) no|only on paper|"
            + @"remains? (low|weak|limited|patchy|scarce|uneven)|not yet|still not|fail(s|ed)? to|unavailable|shortages?|weakness\w*|few (studies|services|data|prosecutions|convictions)|is not (enforced|implemented|documented)|are not (enforced|implemented|documented)|not (ratified|enforced)", timeout),
        Legal: Words(@"law (no|on|of)|laws? (against|on)|penal code|criminal code|civil code|optional protocol|african charter|convention (on|of|against)|ratif\w*|decrees?|children s act|children act|child rights act|"
            + @"offences act|trafficking act|act no|act,? (of )?(19|20)\d\d|sections? \d+|articles? \d+|legislation|legislative|statutes?|bill|amendments?|amended|criminali[sz]\w*|punishable|imprisonment|legal framework|declaration|treaty", timeout),
        Response: Words(@"programmes?|programs?|projects?|initiatives?|launched|set up|campaigns?|action plan|national strategy|services?|shelters?|hotlines?|helplines?|trained|training|referral|case management|"
            + @"committees?|units?|centres?|centers?|mechanisms?", timeout),
        Consequence: Words(@"consequences?|leads? to|led to|results? in|resulted in|drop(ping)? out|dropout|early pregnanc\w*|complications?|fistula|deaths?|mortality|trauma\w*|impacts?|effects?|harms?|undermin\w*|deprives?", timeout),
        Cause: Words(@"because|due to|driven by|causes?|factors?|explains?|poverty|social norms|traditions?|pressures?|dowry|bride price|insecurity|conflicts?|displacement|vulnerab\w*|risk of|push\w*|exposed to|in search of", timeout),
        Problem: Words(@"victims?|exploited|abused|raped|prostitut\w*|trafficked|married (before|off|young)|mutilated|begging|servitude|slavery|persist\w*|"
            + @"subjected|forced|sold|bought|recruited|groomed|solicited|harassed|exposed", timeout),
        Figure: Words(@"per cent|percent|half of|one third|two thirds|one quarter|a quarter of|three quarters|millions?|billions?|times (more|higher|as)|doubled|tripled|prevalence (of|rate)|(one|two|three|four) (\w+ )?(in|out of) (two|three|four|five|six|seven|eight|nine|ten)", timeout));

    /// <summary>The finding with its roles and role spans set from its text and language.</summary>
    public static Finding Apply(Finding finding) => Apply(finding, DefaultMatchTimeout, out _);

    /// <summary>
    /// The finding with its roles and role spans set from its text and language. When a cue pattern
    /// runs past <paramref name="matchTimeout"/> (a pathological passage, or a machine under heavy
    /// load), the finding keeps no role rather than failing its document: <paramref name="timedOut"/>
    /// says so, so the caller can warn. A finding without roles is simply never quoted by role.
    /// </summary>
    public static Finding Apply(Finding finding, TimeSpan matchTimeout, out bool timedOut)
    {
        ArgumentNullException.ThrowIfNull(finding);
        try
        {
            var spans = Classify(finding.Text, finding.Language, matchTimeout);
            timedOut = false;
            return finding with { RoleSpans = spans, Roles = Distinct(spans) };
        }
        catch (RegexMatchTimeoutException)
        {
            timedOut = true;
            return finding with { RoleSpans = [], Roles = [] };
        }
    }

    /// <summary>Each sentence or list item of <paramref name="text"/> with its role; labels are left out.</summary>
    public static IReadOnlyList<RoleSpan> Classify(string text, string? language) => Classify(text, language, DefaultMatchTimeout);

    private static List<RoleSpan> Classify(string text, string? language, TimeSpan matchTimeout)
    {
        ArgumentNullException.ThrowIfNull(text);
        var english = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
        var set = CuesByTimeout.GetOrAdd(matchTimeout, t => (FrenchCues(t), EnglishCues(t)));
        var cues = english ? set.English : set.French;
        var spans = new List<RoleSpan>();
        foreach (var (start, length) in Sentences.Split(text))
        {
            var folded = FoldedText.Create(text.AsSpan(start, length));
            if (IsLabel(folded, text.AsSpan(start, length)))
            {
                continue;
            }

            spans.Add(new RoleSpan(start, length, RoleOf(folded, cues, english)));
        }

        return spans;
    }

    /// <summary>The roles of the spans, distinct, in order of first appearance.</summary>
    public static IReadOnlyList<FindingRole> Distinct(IReadOnlyList<RoleSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var roles = new List<FindingRole>();
        foreach (var span in spans)
        {
            if (!roles.Contains(span.Role))
            {
                roles.Add(span.Role);
            }
        }

        return roles;
    }

    private static FindingRole RoleOf(FoldedText folded, Cues cues, bool english)
    {
        // Cue patterns are written with spaces where the folded text has apostrophes or hyphens.
        var s = folded.Text.Replace('\'', ' ').Replace('-', ' ');
        if (FindingKindClassifier.StartsWithImperative(folded, english) || cues.Recommendation.IsMatch(s))
        {
            return FindingRole.Recommendation;
        }

        if (cues.Gap.IsMatch(s))
        {
            return FindingRole.Gap;
        }

        if (cues.Figure.IsMatch(s) || FindingKindClassifier.HasFigure(folded))
        {
            return FindingRole.Statistic;
        }

        if (cues.Legal.IsMatch(s))
        {
            return FindingRole.Legal;
        }

        if (cues.Response.IsMatch(s))
        {
            return FindingRole.Response;
        }

        if (cues.Consequence.IsMatch(s))
        {
            return FindingRole.Consequence;
        }

        if (cues.Cause.IsMatch(s))
        {
            return FindingRole.Cause;
        }

        return cues.Problem.IsMatch(s) ? FindingRole.Problem : FindingRole.Context;
    }

    /// <summary>
    /// A box label or stray heading: at most three words, no figure, no verb-bearing clause. A
    /// one-word sentence that ends a passage ("À retenir.") is the next box's title.
    /// </summary>
    private static bool IsLabel(FoldedText folded, ReadOnlySpan<char> raw)
    {
        if (folded.Count == 0)
        {
            return true;
        }

        if (folded.Count > 3)
        {
            return false;
        }

        for (var i = 0; i < folded.Count; i++)
        {
            if (folded.IsNumber(i))
            {
                return false;
            }
        }

        var last = raw.TrimEnd()[^1];
        return last is '.' or ':' or '!' || char.IsLetter(last);
    }

    private static Regex Words(string alternatives, TimeSpan timeout) => new(@"\b(" + alternatives + @")\b", Options, timeout);

    private sealed record Cues(Regex Recommendation, Regex Gap, Regex Legal, Regex Response, Regex Consequence, Regex Cause, Regex Problem, Regex Figure);
}
