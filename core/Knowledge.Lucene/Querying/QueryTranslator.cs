using Knowledge.Core.Search;
using Knowledge.Lucene.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Knowledge.Lucene.Querying;

/// <summary>A run of analysed terms to mark in a passage: one word, or a phrase whose terms must follow each other (within <see cref="Slop"/> extra positions).</summary>
internal sealed record HighlightUnit(string[] Terms, int[] Positions, int Slop);

/// <summary>A planned query turned into Lucene queries, what to highlight per language, and the words left out.</summary>
/// <param name="Query">The text query; null when the text holds nothing searchable (every finding matches).</param>
/// <param name="Relaxed">
/// The same clauses with any one of them enough, run only when <paramref name="Query"/> finds nothing,
/// so a query never returns nothing while some of its words match; null when it would be the same query.
/// </param>
/// <param name="Highlights">Phrase-true highlight units by language (<c>fr</c>, <c>en</c>), expansions included.</param>
/// <param name="Ignored">Words no indexed finding contains, with a did-you-mean where one is close.</param>
internal sealed record TranslatedQuery(Query? Query, Query? Relaxed, IReadOnlyDictionary<string, List<HighlightUnit>> Highlights, IReadOnlyList<IgnoredWord> Ignored)
{
    /// <summary>Words no finding holds that were searched through their thesaurus synonyms.</summary>
    public IReadOnlyList<ReplacedWord> Replaced { get; init; } = [];

    public bool HasHighlights => Highlights.Values.Any(t => t.Count > 0);
}

/// <summary>
/// Builds Lucene queries from a <see cref="QueryPlan"/>. Every word is searched in both languages'
/// fields, each analysed by its own analyzer; the passage text weighs more than the document title
/// and section headings; glossary expansions are alternatives of the clause they expand, at a lower
/// weight and as phrases with one position of slack ("mariage d'enfants" also finds "mariage des
/// enfants"). A one-word clause whose words the index does not hold is searched through its thesaurus
/// synonyms the index does hold (<see cref="PlannedClause.Fallbacks"/>, at <see cref="RankingWeights.FallbackBoost"/>);
/// other clauses the index does not hold are left out and reported.
/// </summary>
/// <remarks>
/// Default operator: quoted phrases are required. Plain clauses use "most of them": all when there
/// are one or two (as required clauses: conjunctions are much cheaper to run than
/// minimum-should-match), half of them (rounded up) from three on — measured on the sample
/// library's research questions: two thirds gave recall@10 of 69 %, half 91 % — and a third from six
/// on: a long question is often half paraphrase, and its answer may share only two of its words
/// (unseen sets A and B: recall@10 0.857 → 0.878 and 0.885 → 0.904, MRR up too; the sample library
/// 0.983 → 1.000). Coordination still ranks fuller matches first. A clause that only
/// names a place is a boost, not a required word, when there are other clauses: the place's
/// findings are preferred through their country tags, which also catch passages that never write
/// the name.
/// </remarks>
internal sealed class QueryTranslator(EvidenceAnalyzers analyzers)
{
    private static readonly (Func<string, string> Field, float Boost)[] Fields =
    [
        (FieldNames.Text, 1.0f),
        (FieldNames.Context, RankingWeights.ContextWeight),
    ];

    /// <param name="plan">The planned query.</param>
    /// <param name="reader">The index searched.</param>
    /// <param name="phrasesIndexed">Whether its passages carry the glossary's phrase tokens (<see cref="GlossaryPhrases"/>); expansions are searched as phrases otherwise.</param>
    public TranslatedQuery Translate(QueryPlan plan, IndexReader reader, bool phrasesIndexed = false)
    {
        var highlights = FieldNames.Languages.ToDictionary(l => l, _ => new List<HighlightUnit>());
        var required = new List<Query>();
        var optional = new List<Query>();
        var places = new List<Query>();
        var ignored = new List<IgnoredWord>();
        var replaced = new List<ReplacedWord>();
        var lookups = new TermLookups(reader);

        foreach (var clause in plan.Clauses)
        {
            var context = new Alternatives(lookups, phrasesIndexed ? analyzers.Phrases : null, highlights);
            var alternatives = context.Queries;
            var anyContent = false;
            foreach (var item in clause.Alternatives)
            {
                anyContent |= Add(item, context, slop: 0, boost: 1f);
            }

            foreach (var expansion in clause.Expansions)
            {
                Add(new QueryItem(expansion, IsPhrase: true), context, slop: GlossaryPhrases.Slop, boost: RankingWeights.ExpansionBoost, expansion: true);
            }

            if (alternatives.Count == 0 && anyContent && clause.Fallbacks.Count > 0 && clause.SingleWord is { } word)
            {
                // A word no finding holds: its synonyms the index holds stand for it.
                var found = new List<string>();
                foreach (var synonym in clause.Fallbacks)
                {
                    var before = alternatives.Count;
                    Add(new QueryItem(synonym, IsPhrase: true), context, slop: 0, boost: RankingWeights.FallbackBoost, expansion: true);
                    if (alternatives.Count > before)
                    {
                        found.Add(synonym);
                    }
                }

                if (found.Count > 0)
                {
                    replaced.Add(new ReplacedWord(word, found));
                }
            }

            if (alternatives.Count == 0)
            {
                if (anyContent)
                {
                    ignored.Add(Ignored(clause, reader));
                }

                continue;
            }

            var query = alternatives.Count == 1 ? alternatives[0] : Best(alternatives);
            if (clause.IsPlace)
            {
                places.Add(query);
            }
            else
            {
                (clause.IsPhraseOnly ? required : optional).Add(query);
            }
        }

        var excluded = new List<Query>();
        foreach (var item in plan.Excluded)
        {
            var analysed = Analyse(item);
            if (analysed is not null)
            {
                excluded.Add(ItemQuery(analysed, Fields[..1], slop: 0));
            }
        }

        if (required.Count == 0 && optional.Count == 0 && places.Count == 0)
        {
            if (ignored.Count > 0)
            {
                // Every word was unknown: nothing matches (an empty boolean query), not everything.
                return new TranslatedQuery(new BooleanQuery(disableCoord: true), null, highlights, ignored) { Replaced = replaced };
            }

            if (excluded.Count == 0)
            {
                return new TranslatedQuery(null, null, highlights, ignored) { Replaced = replaced };
            }
        }

        var result = new BooleanQuery(disableCoord: true);
        foreach (var q in required)
        {
            result.Add(q, Occur.MUST);
        }

        if (optional.Count <= 2)
        {
            foreach (var q in optional)
            {
                result.Add(q, Occur.MUST);
            }
        }
        else
        {
            // Coordination on: a passage covering more of the question ranks higher (CoverageSimilarity).
            var most = new BooleanQuery(disableCoord: false) { MinimumNumberShouldMatch = RankingWeights.MostOf(optional.Count) };
            foreach (var q in optional)
            {
                most.Add(q, Occur.SHOULD);
            }

            result.Add(most, Occur.MUST);
        }

        var hasWords = required.Count + optional.Count > 0;
        foreach (var q in places)
        {
            if (hasWords)
            {
                q.Boost *= RankingWeights.PlaceWordBoost;
            }

            result.Add(q, hasWords ? Occur.SHOULD : Occur.MUST);
        }

        if (!hasWords && places.Count == 0)
        {
            // Exclusions alone: start from every finding.
            result.Add(new TermQuery(new Term(FieldNames.Type, FieldNames.FindingType)), Occur.MUST);
        }

        foreach (var q in excluded)
        {
            result.Add(q, Occur.MUST_NOT);
        }

        var clauses = required.Count + optional.Count + places.Count;
        Query? relaxed = null;
        if (clauses > 1)
        {
            var any = new BooleanQuery(disableCoord: false);
            foreach (var q in required.Concat(optional).Concat(places))
            {
                any.Add(q, Occur.SHOULD);
            }

            foreach (var q in excluded)
            {
                any.Add(q, Occur.MUST_NOT);
            }

            relaxed = any;
        }

        return new TranslatedQuery(result, relaxed, highlights, ignored) { Replaced = replaced };
    }

    /// <summary>
    /// Adds the item's query when the index holds its words; returns whether the item had any
    /// searchable word at all. An alternative that repeats another ("enfants" and "enfant" are one
    /// term) stays: it adds its share to the clause's score, and taking it out moved held-out answers
    /// down; matching reads its postings once (<see cref="Searching.Matcher"/>).
    /// </summary>
    private bool Add(QueryItem item, Alternatives clause, int slop, float boost, bool expansion = false)
    {
        var analysed = Analyse(item);
        if (analysed is null)
        {
            return false;
        }

        var terms = clause.Terms;
        var reader = terms.Reader;
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in analysed.Keys.ToList())
        {
            var words = analysed[language];
            var token = GlossaryPhrases.TokenOf(words);

            // A glossary phrase indexed as one token: a term lookup instead of a phrase over its words.
            if (expansion && words.Count > 1 && clause.Phrases?.Indexes(language, token) == true)
            {
                if (Fields.Any(f => terms.DocFreq(new Term(f.Field(language), token)) > 0))
                {
                    tokens[language] = token;
                }
                else
                {
                    analysed.Remove(language);
                }

                continue;
            }

            // Only the languages whose fields hold every term: the others cannot match and would cost postings reads.
            if (!words.All(t => Fields.Any(f => terms.DocFreq(new Term(f.Field(language), t.Term)) > 0)))
            {
                analysed.Remove(language);
            }
        }

        if (analysed.Count == 0)
        {
            return true;
        }

        var query = new BooleanQuery(disableCoord: true) { Boost = boost };
        foreach (var (language, words) in analysed)
        {
            foreach (var (field, fieldBoost) in Fields)
            {
                var name = field(language);
                var weight = expansion ? fieldBoost / words.Count : fieldBoost;
                if (tokens.TryGetValue(language, out var token))
                {
                    var indexed = new Term(name, token);
                    var docFreq = terms.DocFreq(indexed);
                    if (docFreq == 0)
                    {
                        continue;
                    }

                    var q = terms.Query(indexed);
                    q.Boost = weight * PhraseIdf(terms, name, words) / Idf(docFreq, reader.GetDocCount(name));
                    query.Add(q, Occur.SHOULD);
                }
                else
                {
                    var q = FieldQuery(name, words, slop, terms);
                    q.Boost = weight;
                    query.Add(q, Occur.SHOULD);
                }
            }
        }

        clause.Queries.Add(query);
        foreach (var (language, words) in analysed)
        {
            clause.Highlights[language].Add(new HighlightUnit([.. words.Select(t => t.Term)], [.. words.Select(t => t.Position)], words.Count > 1 ? slop : 0));
        }

        return true;
    }

    /// <summary>
    /// The idf a phrase query over <paramref name="terms"/> would weigh with (the sum of its terms'),
    /// so that the phrase's token, much rarer than its words, scores as the phrase did.
    /// </summary>
    private static float PhraseIdf(TermLookups lookups, string field, List<(string Term, int Position)> terms)
    {
        var docs = lookups.Reader.GetDocCount(field);
        var sum = 0f;
        foreach (var (term, _) in terms)
        {
            sum += Idf(lookups.DocFreq(new Term(field, term)), docs);
        }

        return sum;
    }

    /// <summary>BM25's idf, as <see cref="Searching.CoverageSimilarity"/> computes it (over the entries that have the field).</summary>
    private static float Idf(long docFreq, long docCount) => (float)Math.Log(1 + ((docCount - docFreq + 0.5) / (docFreq + 0.5)));

    private IgnoredWord Ignored(PlannedClause clause, IndexReader reader)
    {
        var suggestion = clause.SingleWord is { } word ? Vocabulary.Suggest(word, reader, analyzers) : null;
        return new IgnoredWord(clause.Typed, suggestion);
    }

    /// <summary>
    /// The item's terms in each language, or null when it has none worth searching. A single word
    /// that either language treats as a stop word is dropped: "des" or "the" in a mixed query
    /// would otherwise match half the other language's passages.
    /// </summary>
    private Dictionary<string, List<(string Term, int Position)>>? Analyse(QueryItem item)
    {
        var result = new Dictionary<string, List<(string, int)>>(StringComparer.Ordinal);
        foreach (var language in FieldNames.Languages)
        {
            var terms = EvidenceAnalyzers.Terms(analyzers.For(language), FieldNames.Text(language), item.Text);
            if (terms.Count == 0 && !item.IsPhrase)
            {
                return null;
            }

            if (terms.Count > 0)
            {
                result[language] = terms;
            }
        }

        return result.Count == 0 ? null : result;
    }

    private static BooleanQuery ItemQuery(Dictionary<string, List<(string Term, int Position)>> analysed, (Func<string, string> Field, float Boost)[] fields, int slop)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (language, terms) in analysed)
        {
            foreach (var (field, boost) in fields)
            {
                var q = FieldQuery(field(language), terms, slop);
                q.Boost = boost;
                any.Add(q, Occur.SHOULD);
            }
        }

        return any;
    }

    private static Query FieldQuery(string field, List<(string Term, int Position)> terms, int slop, TermLookups? lookups = null)
    {
        if (terms.Count == 1)
        {
            var term = new Term(field, terms[0].Term);
            return lookups?.Query(term) ?? new TermQuery(term);
        }

        var phrase = new PhraseQuery { Slop = slop };
        foreach (var (term, position) in terms)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    private static DisjunctionMaxQuery Best(List<Query> queries)
    {
        var best = new DisjunctionMaxQuery(RankingWeights.AlternativesTieBreaker);
        foreach (var q in queries)
        {
            best.Add(q);
        }

        return best;
    }

    /// <summary>The alternatives of one clause as they are built: their queries, the phrase tokens they may use, and where to put highlights.</summary>
    private sealed record Alternatives(TermLookups Terms, GlossaryPhrases? Phrases, Dictionary<string, List<HighlightUnit>> Highlights)
    {
        public List<Query> Queries { get; } = [];
    }

    /// <summary>
    /// Each term looked up once per translation, in every segment: its document frequency decides
    /// which languages and fields a clause searches, and the term query built on it carries the
    /// per-segment states, so making its weight does not walk the term dictionary again.
    /// </summary>
    private sealed class TermLookups(IndexReader reader)
    {
        private readonly Dictionary<Term, TermContext> _states = [];

        public IndexReader Reader => reader;

        public int DocFreq(Term term) => States(term).DocFreq;

        public TermQuery Query(Term term) => new(term, States(term));

        private TermContext States(Term term)
        {
            if (!_states.TryGetValue(term, out var states))
            {
                states = TermContext.Build(reader.Context, term);
                _states[term] = states;
            }

            return states;
        }
    }
}
