using System.Collections.Frozen;
using Knowledge.Core.Taxonomy;
using Knowledge.Core.Taxonomy.Matching;

namespace Knowledge.Core.Search;

/// <summary>
/// Turns what a researcher typed into a <see cref="QueryPlan"/>: the countries, regions and themes it
/// names, found with the tagger's own patterns (the same automaton, the same folding, both
/// languages), and the glossary terms that expand its words into the other language and into
/// synonyms. Engine-neutral and thread-safe: one instance serves every search.
/// </summary>
public sealed class QueryUnderstanding
{
    /// <summary>Glossary terms added to one clause at most, so a broad concept cannot bloat a query.</summary>
    public const int MaxExpansionsPerClause = 10;

    // Words of a question that say nothing about its subject: question words, prepositions, auxiliaries
    // and quantifiers the engines' stop lists keep ("comme", "envers", "autour", "how", "many",
    // "near"). Searched as words, they count in "most of the words" like content words, and a rare one
    // ranks whatever passage happens to hold it ("servitude envers les passeurs" favoured passages
    // with "envers"). Folded (lower case, no accents). Left in when the query holds nothing else, and
    // an acronym typed in capitals (WHO) is not one of them. « plus » is not one either: "ne … plus" (no
    // longer) and "les plus jeunes" say something, and three first answers of sets A–O need it searched.
    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "comme", "contre", "envers", "autour", "vers", "chez", "selon", "depuis", "pendant", "sans", "sous", "entre",
        "parmi", "malgre", "afin", "ainsi", "aussi", "tres", "moins", "quel", "quels", "quelle", "quelles",
        "comment", "pourquoi", "quand", "ou", "combien", "dont", "lors", "cela", "ceci", "cette", "cet", "celui", "celle",
        "ceux", "celles", "tout", "tous", "toute", "toutes", "chaque", "leurs", "est", "sont", "ont", "peut", "peuvent",
        "doit", "doivent", "fait", "faire", "quoi", "lequel", "laquelle", "lesquels", "lesquelles", "jusqu", "ni", "si",
        "alors", "donc", "car", "avant", "apres", "existe", "existent", "il", "y",
        "how", "many", "much", "what", "which", "who", "whom", "whose", "why", "when", "where", "does", "do", "did",
        "has", "have", "had", "from", "about", "near", "between", "among", "against", "toward", "towards", "within",
        "without", "after", "before", "during", "than", "more", "most", "very", "also", "its", "our", "your", "can",
        "should", "would", "could", "may", "might", "must", "there", "here", "any", "some", "all", "each", "every",
        "been", "being", "were", "am", "we", "you", "so", "via", "per", "whether", "exist", "exists",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly EvidenceTaxonomy _taxonomy;
    private readonly Glossary _glossary;
    private readonly Thesaurus _thesaurus;
    private readonly PatternMatcher _matcher;
    private readonly int _countryBase;
    private readonly int _regionBase;

    /// <summary>Each country's localities (target, folded tokens joined by spaces): understood as the country, kept as words.</summary>
    private readonly HashSet<(int Target, string Tokens)> _localities;

    /// <summary>Compiles the taxonomy's theme, country and region patterns.</summary>
    /// <param name="taxonomy">Themes, countries and regions to recognise.</param>
    /// <param name="glossary">The field's terms, expanded into the other language and into synonyms.</param>
    /// <param name="thesaurus">General-language synonyms for words no finding holds; none when null.</param>
    /// <exception cref="TaxonomyException">A pattern is invalid; the message names it.</exception>
    public QueryUnderstanding(EvidenceTaxonomy taxonomy, Glossary glossary, Thesaurus? thesaurus = null)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(glossary);
        _taxonomy = taxonomy;
        _glossary = glossary;
        _thesaurus = thesaurus ?? Thesaurus.Empty;
        _countryBase = taxonomy.Themes.Count;
        _regionBase = _countryBase + taxonomy.Countries.Count;
        _matcher = PatternMatcher.Build(TaxonomyPatterns.Specs(taxonomy));
        _localities = [.. taxonomy.Countries.SelectMany((country, i) => country.Localities
            .Where(l => !l.StartsWith('!'))
            .Select(l => (_countryBase + i, Tokens(FoldedText.Create(l)))))];
    }

    /// <summary>The plan of <paramref name="text"/>; an empty plan when it holds nothing searchable.</summary>
    public QueryPlan Analyse(string? text)
    {
        var parsed = UserQuery.Parse(text);
        var normalized = SearchText.Normalize(text);
        if (parsed.Groups.Count == 0)
        {
            return QueryPlan.Literal(text);
        }

        // One folded token stream over the groups with a single alternative; OR-groups stay as typed.
        var groups = parsed.Groups;
        var joined = new List<string>();
        var tokenGroup = new List<int>();
        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].Alternatives.Count != 1)
            {
                continue;
            }

            var item = groups[g].Alternatives[0];
            var count = FoldedText.Create(item.Text).Count;
            for (var t = 0; t < count; t++)
            {
                tokenGroup.Add(g);
            }

            joined.Add(item.Text);
        }

        var folded = FoldedText.Create(string.Join(' ', joined));
        var hits = new List<PatternHit>();
        _matcher.Match(folded, hits);
        var (concepts, placeTokens) = Concepts(hits, folded, groups, tokenGroup);
        var asksForNumbers = false;
        var nested = new Dictionary<int, List<string>>();
        // Acronyms are no stop words: "UN" is not the French « un ».
        var language = StopWords.LanguageOf(groups.SelectMany(g => g.Alternatives).Where(a => !a.IsPhrase)
            .SelectMany(a => a.Text.Split(' ', '\'', '\u2019')).Where(w => !Glossary.IsCapitals(w)));
        var acronyms = Acronyms(groups);
        var merged = Expand(groups, folded, tokenGroup, nested, acronyms, language, ref asksForNumbers);

        // Every group of a glossary span keeps its own words and gets the span's terms as alternatives:
        // a passage with the other language's term satisfies each of the span's words, one with only
        // some of the words typed counts them one by one, as without the glossary.
        var clauses = new List<PlannedClause>(groups.Count);
        var expansions = new List<QueryExpansion>();
        foreach (var (first, last, terms) in merged)
        {
            for (var g = first; g <= last; g++)
            {
                var own = !HasContent(g, folded, tokenGroup) && !acronyms.Contains(g) ? []
                    : first == last ? terms
                    : InTurn(terms, nested.GetValueOrDefault(g) ?? [], [.. WordTerms(groups[g], language, folded, FirstContentToken(g, folded, tokenGroup))]);
                var isPlace = own.Count == 0 && IsPlaceGroup(g, tokenGroup, placeTokens);
                var clause = new PlannedClause(groups[g].Alternatives, own, isPlace);

                // The thesaurus only for words the glossary does not know: its terms are the field's meaning of a word,
                // a general thesaurus lists every sense (sets A–M: with it for every word, a cross-language answer and a
                // paraphrase's left the top 10; for unknown words only, none did).
                // Nor for a stop word: no engine searches it, so its synonyms could never stand for it.
                clauses.Add(isPlace || own.Count > 0 || clause.SingleWord is not { } word || StopWords.Contains(word)
                    ? clause
                    : clause with { Fallbacks = _thesaurus.SynonymsOf(word, language) });
            }

            if (terms.Count > 0)
            {
                expansions.Add(new QueryExpansion(string.Join(' ', Enumerable.Range(first, last - first + 1).Select(g => groups[g].Alternatives[0].Text)), terms));
            }
        }

        // Function words go once the query holds something else to search.
        var content = clauses.Where(c => !IsFunctionWord(c)).ToList();
        return new QueryPlan
        {
            Text = normalized,
            Clauses = content.Count > 0 ? content : clauses,
            Excluded = parsed.Excluded,
            Concepts = concepts,
            Expansions = expansions,
            AsksForNumbers = asksForNumbers,
        };
    }

    /// <summary>
    /// A group's terms inside a longer term: the term's, the shorter terms', the word's own, taken in
    /// turn up to <see cref="MaxExpansionsPerClause"/>, so that a broad concept of the whole run cannot
    /// crowd out the word's own translation (« non payés » is "unpaid" and still « payés » → "paid").
    /// </summary>
    private static List<string> InTurn(params IReadOnlyList<string>[] lists) =>
        RoundRobin.Take(lists, MaxExpansionsPerClause, new HashSet<string>(StringComparer.OrdinalIgnoreCase), term => term);

    /// <summary>
    /// The one-word groups typed in capitals in a query that is not: acronyms, read as the glossary's acronyms even
    /// where their letters spell a linking or stop word ("AU" is the African Union, "EU" the European Union).
    /// </summary>
    private static HashSet<int> Acronyms(IReadOnlyList<QueryGroup> groups)
    {
        var result = new HashSet<int>();
        if (!groups.Any(g => g.Alternatives.Any(a => a.Text.Any(char.IsLower))))
        {
            return result;
        }

        for (var g = 0; g < groups.Count; g++)
        {
            if (groups[g].Alternatives is [{ IsPhrase: false, Text: var text }] && Glossary.IsCapitals(text) && FoldedText.Create(text).Count == 1)
            {
                result.Add(g);
            }
        }

        return result;
    }

    /// <summary>Whether a clause is one plain word (or an elided form, "jusqu'") that only links or asks, with nothing added by the glossary.</summary>
    private static bool IsFunctionWord(PlannedClause clause)
    {
        if (clause is not { Alternatives: [{ IsPhrase: false } only], Expansions.Count: 0, IsPlace: false }
            || (only.Text.Length > 1 && only.Text.All(char.IsUpper)))
        {
            return false;
        }

        var folded = FoldedText.Create(only.Text);
        var any = false;
        for (var t = 0; t < folded.Count; t++)
        {
            var token = folded.Token(t).ToString();
            if (Glossary.KeyWord(token) is null)
            {
                continue;
            }

            if (!FunctionWords.Contains(token))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>The glossary terms of a group's own words, for a group inside a longer term ("écoles" in "écoles fermées").</summary>
    private IEnumerable<string> WordTerms(QueryGroup group, string? language, FoldedText folded, int token)
    {
        if (group.Alternatives.Count != 1 || group.Alternatives[0].IsPhrase)
        {
            return [];
        }

        var text = group.Alternatives[0].Text;
        var form = TermForm.Of(text);
        return TermsOf(form.Key, Readings(form.Key, form.Words, language, Glossary.IsCapitals(text), token < 0 ? null : Around(folded, token)));
    }

    /// <summary>The group's first token that is no linking word (« exploitation » in « l'exploitation »), or -1.</summary>
    private static int FirstContentToken(int group, FoldedText folded, List<int> tokenGroup)
    {
        for (var t = 0; t < tokenGroup.Count; t++)
        {
            if (tokenGroup[t] == group && Glossary.KeyWord(folded.Token(t)) is not null)
            {
                return t;
            }
        }

        return -1;
    }

    private static bool HasContent(int group, FoldedText folded, List<int> tokenGroup) => FirstContentToken(group, folded, tokenGroup) >= 0;

    private static bool IsPlaceGroup(int group, List<int> tokenGroup, bool[] placeTokens)
    {
        var any = false;
        for (var t = 0; t < tokenGroup.Count; t++)
        {
            if (tokenGroup[t] == group)
            {
                if (!placeTokens[t])
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }

    /// <summary>
    /// Countries and regions (leftmost-longest, as the tagger selects places) and every theme hit
    /// outside its blocking phrases. A place's words become a place clause (a boost, at a lower
    /// weight), except a locality's: « Kambia » is understood as Sierra Leone and stays a word to find.
    /// </summary>
    private (List<UnderstoodConcept> Concepts, bool[] PlaceTokens) Concepts(List<PatternHit> hits, FoldedText folded, IReadOnlyList<QueryGroup> groups, List<int> tokenGroup)
    {
        var concepts = new List<UnderstoodConcept>();
        var placeTokens = new bool[tokenGroup.Count];
        string Words(PatternHit hit) => string.Join(' ', Enumerable.Range(tokenGroup[hit.Start], tokenGroup[hit.End - 1] - tokenGroup[hit.Start] + 1)
            .Where(g => groups[g].Alternatives.Count == 1)
            .Select(g => groups[g].Alternatives[0].Text));
        void Add(ConceptKind kind, string code, PatternHit hit)
        {
            if (!concepts.Any(c => c.Kind == kind && c.Code == code))
            {
                concepts.Add(new UnderstoodConcept(kind, code, Words(hit)));
            }
        }

        var places = hits.Where(h => h.Target >= _countryBase && h.End <= tokenGroup.Count).ToList();
        places.Sort(static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.End != b.End ? b.End.CompareTo(a.End)
            : b.Negative.CompareTo(a.Negative));
        var next = 0;
        foreach (var place in places)
        {
            if (place.Start < next)
            {
                continue;
            }

            next = place.End;
            if (place.Negative)
            {
                continue;
            }

            if (!_localities.Contains((place.Target, Tokens(folded, place.Start, place.End))))
            {
                for (var t = place.Start; t < place.End; t++)
                {
                    placeTokens[t] = true;
                }
            }

            if (place.Target < _regionBase)
            {
                Add(ConceptKind.Country, _taxonomy.Countries[place.Target - _countryBase].Code.ToUpperInvariant(), place);
            }
            else
            {
                Add(ConceptKind.Region, _taxonomy.Regions[place.Target - _regionBase].Code, place);
            }
        }

        foreach (var hit in hits)
        {
            if (hit.Target >= _countryBase || hit.Negative || hit.End > tokenGroup.Count
                || hits.Any(o => o.Negative && o.Target == hit.Target && o.Start <= hit.Start && o.End >= hit.End))
            {
                continue;
            }

            Add(ConceptKind.Theme, _taxonomy.Themes[hit.Target].Code, hit);
        }

        return (concepts, placeTokens);
    }

    private static string Tokens(FoldedText text) => Tokens(text, 0, text.Count);

    private static string Tokens(FoldedText text, int start, int end) =>
        string.Join(' ', Enumerable.Range(start, end - start).Select(t => text.Token(t).ToString()));

    /// <summary>
    /// Merges runs of groups that spell a glossary term (leftmost-longest, on whole groups) into one
    /// clause carrying the concept's other terms; every other group stays a clause of its own. The
    /// shorter terms inside a merged run add their own terms to the groups they cover
    /// (<paramref name="nested"/>): « prise en charge intégrée » is an integrated-care term, and its
    /// « prise en charge » still reaches "care" and "support".
    /// </summary>
    private List<(int First, int Last, IReadOnlyList<string> Terms)> Expand(IReadOnlyList<QueryGroup> groups, FoldedText folded, List<int> tokenGroup, Dictionary<int, List<string>> nested, HashSet<int> acronyms, string? language, ref bool asksForNumbers)
    {
        // Content tokens (linking words dropped) with their keys.
        var keys = new List<(int Token, string Key)>(folded.Count);
        for (var t = 0; t < folded.Count && t < tokenGroup.Count; t++)
        {
            if (Glossary.KeyWord(folded.Token(t)) is { } key)
            {
                keys.Add((t, key));
            }
            else if (acronyms.Contains(tokenGroup[t]))
            {
                keys.Add((t, folded.Token(t).ToString()));
            }
        }

        var result = new List<(int, int, IReadOnlyList<string>)>();
        var covered = new HashSet<int>();
        for (var i = 0; i < keys.Count; i++)
        {
            for (var n = Math.Min(_glossary.MaxWords, keys.Count - i); n >= 1; n--)
            {
                var key = string.Join(' ', keys.Skip(i).Take(n).Select(k => k.Key));
                asksForNumbers |= _glossary.IsNumberCue(key);
                var ids = Readings(key, Typed(folded, keys, i, n), language, n == 1 && acronyms.Contains(tokenGroup[keys[i].Token]), n == 1 ? Around(folded, keys[i].Token) : null);
                // A stop word typed alone is searched in neither language, so it is not expanded either: « ne » is
                // not « né » (born), "the" not « thé ». Function words the engines do search (« moins », « pendant »)
                // keep their terms (sets A–K: without them, with « plus » then among them, four answers moved down).
                if (ids.Count == 0 || (n == 1 && groups[tokenGroup[keys[i].Token]].Alternatives is [var typed] && StopWords.IsStopWord(typed)
                    && !acronyms.Contains(tokenGroup[keys[i].Token])))
                {
                    continue;
                }

                var first = tokenGroup[keys[i].Token];
                var last = tokenGroup[keys[i + n - 1].Token];
                if (covered.Contains(first) || !StartsGroup(keys[i].Token, first, tokenGroup) || !EndsGroup(keys[i + n - 1].Token, last, tokenGroup, folded)
                    || (first != last && Enumerable.Range(first, last - first + 1).Any(g => groups[g].Alternatives.Count != 1 || groups[g].Alternatives[0].IsPhrase)))
                {
                    continue;
                }

                var terms = TermsOf(key, ids)
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .Take(MaxExpansionsPerClause)
                    .ToList();
                for (var g = first; g <= last; g++)
                {
                    covered.Add(g);
                }

                for (var s = i; s < i + n - 1; s++)
                {
                    for (var m = Math.Min(n - 1, i + n - s); m >= 2; m--)
                    {
                        var innerKey = string.Join(' ', keys.Skip(s).Take(m).Select(k => k.Key));
                        var innerTerms = TermsOf(innerKey, Readings(innerKey, Typed(folded, keys, s, m), language, capitals: false)).ToList();
                        if (innerTerms.Count == 0)
                        {
                            continue;
                        }

                        for (var g = tokenGroup[keys[s].Token]; g <= tokenGroup[keys[s + m - 1].Token]; g++)
                        {
                            if (!nested.TryGetValue(g, out var list))
                            {
                                nested[g] = list = [];
                            }

                            list.AddRange(innerTerms);
                        }
                    }
                }

                result.Add((first, last, terms));
                i += n - 1;
                break;
            }
        }

        for (var g = 0; g < groups.Count; g++)
        {
            if (!covered.Contains(g))
            {
                result.Add((g, g, []));
            }
        }

        result.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return result;
    }

    private static bool StartsGroup(int token, int group, List<int> tokenGroup)
    {
        // Linking words before the first content word of the group are allowed ("l'exploitation").
        return tokenGroup.IndexOf(group) is var start && start >= 0 && start <= token;
    }

    private static bool EndsGroup(int token, int group, List<int> tokenGroup, FoldedText folded)
    {
        for (var t = token + 1; t < tokenGroup.Count && tokenGroup[t] == group; t++)
        {
            if (Glossary.KeyWord(folded.Token(t)) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The terms of the concepts <paramref name="ids"/> (those with a term keyed <paramref name="key"/>), other than that term, each concept's other language first.</summary>
    private IEnumerable<string> TermsOf(string key, IReadOnlyList<int> ids) => ids.SelectMany(id => OtherLanguageFirst(_glossary.Concepts[id], key));

    /// <summary>
    /// The concepts with a term keyed <paramref name="key"/> that can be what was typed. Keys drop a plural <c>s</c> in
    /// either language, so in an English query "pay" has the key of the French « pays » (country): when the query's
    /// <paramref name="language"/> is known, a concept found only through a term of the other language is dropped when
    /// it took dropping that term's own <c>s</c>. A term written as typed ("talibés" in an English question) or one
    /// the typed plural reaches (« gains » → "gain") still counts. Unless typed in <paramref name="capitals"/>, an
    /// acronym is read only where it is spelled as typed and is no stop or function word: "can" is not the CAN (Africa
    /// Cup of Nations), nor are salt "pans" a PAN (national action plan), while "vih" is still the VIH.
    /// </summary>
    private IReadOnlyList<int> Readings(string key, string typed, string? language, bool capitals, string? around = null)
    {
        var ids = _glossary.ConceptsOf(key);
        var commonWord = !capitals && (StopWords.Contains(typed) || FunctionWords.Contains(typed));
        if ((language is null && capitals && around is null) || ids.Count == 0)
        {
            return ids;
        }

        var kept = new List<int>(ids.Count);
        foreach (var id in ids)
        {
            var concept = _glossary.Concepts[id];
            IEnumerable<string> same = language == "fr" ? concept.Fr : language == "en" ? concept.En : concept.All;
            IEnumerable<string> other = language == "fr" ? concept.En : language == "en" ? concept.Fr : [];
            if (same.Any(Reads) || other.Any(t => Reads(t) && _glossary.FormOf(t).Words is var words && (words == typed || words == key)))
            {
                kept.Add(id);
            }
        }

        return kept.Count == ids.Count ? ids : kept;

        bool Reads(string term) => _glossary.FormOf(term) is var form && form.Key == key
            && (capitals || !Glossary.IsCapitals(term) || (!commonWord && form.Words == typed))
            && (around is null || IsTypedWithItsLinkingWords(term, form, around));
    }

    /// <summary>
    /// Whether a term of one word and linking words whose key is that word alone stands in the words typed
    /// <paramref name="around"/> the query's word, when those linking words make another word of it: a hyphenated one
    /// ("in-laws" is not "laws", "c-section" not "section") or one they follow ("tell on" is not "tell", "run by" not
    /// "run"). A leading preposition or article is left to the concept (« en sécurité » is still « sécurité », "in
    /// school" "school"): without them, sets A–O lost five first answers.
    /// </summary>
    private static bool IsTypedWithItsLinkingWords(string term, TermForm form, string around)
    {
        var tokens = form.Tokens.Split(' ');
        if (tokens.Length < 2)
        {
            return true;
        }

        var content = -1;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (Glossary.KeyWord(tokens[t]) is not null)
            {
                if (content >= 0)
                {
                    return true;
                }

                content = t;
            }
        }

        var binding = term.Contains('-', StringComparison.Ordinal) || (content >= 0 && content < tokens.Length - 1);
        return !binding || (" " + around + " ").Contains(" " + form.Tokens + " ", StringComparison.Ordinal);
    }

    /// <summary>The folded tokens typed from the content word before token <paramref name="token"/> to the one after it, both left out: the word and its linking words.</summary>
    private static string Around(FoldedText folded, int token)
    {
        var from = token;
        while (from > 0 && Glossary.KeyWord(folded.Token(from - 1)) is null)
        {
            from--;
        }

        var to = token + 1;
        while (to < folded.Count && Glossary.KeyWord(folded.Token(to)) is null)
        {
            to++;
        }

        return string.Join(' ', Enumerable.Range(from, to - from).Select(t => folded.Token(t).ToString()));
    }

    /// <summary>The folded words of <paramref name="n"/> content tokens from key <paramref name="i"/> on, as typed (no plural dropped).</summary>
    private static string Typed(FoldedText folded, List<(int Token, string Key)> keys, int i, int n) =>
        string.Join(' ', keys.Skip(i).Take(n).Select(k => folded.Token(k.Token).ToString()));

    /// <summary>The concept's terms other than the one typed: the other language's first, so a French query reaches English text first and the reverse.</summary>
    private IEnumerable<string> OtherLanguageFirst(GlossaryConcept concept, string typedKey)
    {
        var typedIsFrench = concept.Fr.Any(t => _glossary.FormOf(t).Key == typedKey);
        var ordered = typedIsFrench ? concept.En.Concat(concept.Fr) : concept.Fr.Concat(concept.En);
        return ordered.Where(t => _glossary.FormOf(t).Key != typedKey);
    }
}
