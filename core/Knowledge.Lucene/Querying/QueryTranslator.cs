using Knowledge.Lucene.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Knowledge.Lucene.Querying;

/// <summary>A user query turned into a Lucene query plus the analysed terms to highlight, per language.</summary>
/// <param name="Query">The text query; null when the text holds nothing searchable (every finding matches).</param>
/// <param name="HighlightTerms">Positive analysed terms by language (<c>fr</c>, <c>en</c>).</param>
internal sealed record TranslatedQuery(Query? Query, IReadOnlyDictionary<string, HashSet<string>> HighlightTerms)
{
    public bool HasHighlightTerms => HighlightTerms.Values.Any(t => t.Count > 0);
}

/// <summary>
/// Builds Lucene queries from <see cref="UserQuery"/>. Every word is searched in both languages'
/// fields, each analysed by its own analyzer, so an English query reaches French passages that
/// share terms and the other way round; the passage text weighs more than the document title and
/// section headings.
/// </summary>
/// <remarks>
/// Default operator: quoted phrases are required. Plain words use "most of them": all words when
/// there are one or two (as required clauses: conjunctions are much cheaper to run than
/// minimum-should-match), half of them (rounded up) from three on — measured on the sample
/// library's research questions: two thirds gave recall@10 of 69 %, half 91 %. Requiring every word made
/// paraphrased questions ("mariage des enfants au Niger chiffres") find nothing; any-word matching
/// floods the first page with passages sharing one common word. BM25 then ranks passages that
/// carry more of the words first.
/// </remarks>
internal sealed class QueryTranslator(EvidenceAnalyzers analyzers)
{
    private static readonly (Func<string, string> Field, float Boost)[] Fields =
    [
        (FieldNames.Text, 1.0f),
        (FieldNames.Context, 0.4f),
    ];

    public TranslatedQuery Translate(UserQuery query)
    {
        var highlight = FieldNames.Languages.ToDictionary(l => l, _ => new HashSet<string>(StringComparer.Ordinal));
        var required = new List<Query>();
        var optional = new List<Query>();
        foreach (var group in query.Groups)
        {
            var alternatives = new List<Query>();
            foreach (var item in group.Alternatives)
            {
                var analysed = Analyse(item);
                if (analysed is null)
                {
                    continue;
                }

                alternatives.Add(ItemQuery(analysed, Fields));
                foreach (var (language, terms) in analysed)
                {
                    highlight[language].UnionWith(terms.Select(t => t.Term));
                }
            }

            if (alternatives.Count == 0)
            {
                continue;
            }

            var groupQuery = alternatives.Count == 1 ? alternatives[0] : Any(alternatives);
            (group.IsPhraseOnly ? required : optional).Add(groupQuery);
        }

        var excluded = new List<Query>();
        foreach (var item in query.Excluded)
        {
            var analysed = Analyse(item);
            if (analysed is not null)
            {
                excluded.Add(ItemQuery(analysed, Fields[..1]));
            }
        }

        if (required.Count == 0 && optional.Count == 0 && excluded.Count == 0)
        {
            return new TranslatedQuery(null, highlight);
        }

        var result = new BooleanQuery();
        foreach (var q in required)
        {
            result.Add(q, Occur.MUST);
        }

        var allRequired = optional.Count <= 2;
        foreach (var q in optional)
        {
            result.Add(q, allRequired ? Occur.MUST : Occur.SHOULD);
        }

        if (!allRequired)
        {
            result.MinimumNumberShouldMatch = (int)Math.Ceiling(optional.Count / 2.0);
        }

        if (required.Count == 0 && optional.Count == 0)
        {
            // Exclusions alone: start from every finding.
            result.Add(new TermQuery(new Term(FieldNames.Type, FieldNames.FindingType)), Occur.MUST);
        }

        foreach (var q in excluded)
        {
            result.Add(q, Occur.MUST_NOT);
        }

        return new TranslatedQuery(result, highlight);
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

    private static BooleanQuery ItemQuery(Dictionary<string, List<(string Term, int Position)>> analysed, (Func<string, string> Field, float Boost)[] fields)
    {
        var any = new BooleanQuery();
        foreach (var (language, terms) in analysed)
        {
            foreach (var (field, boost) in fields)
            {
                var q = FieldQuery(field(language), terms);
                q.Boost = boost;
                any.Add(q, Occur.SHOULD);
            }
        }

        return any;
    }

    private static Query FieldQuery(string field, List<(string Term, int Position)> terms)
    {
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0].Term));
        }

        var phrase = new PhraseQuery();
        foreach (var (term, position) in terms)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    private static BooleanQuery Any(List<Query> queries)
    {
        var any = new BooleanQuery();
        foreach (var q in queries)
        {
            any.Add(q, Occur.SHOULD);
        }

        return any;
    }
}
