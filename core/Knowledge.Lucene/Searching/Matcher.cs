using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Knowledge.Lucene.Searching;

/// <summary>
/// Finds which documents of a range match a query, without scoring them. Lucene's scorers sum
/// BM25 scores for every document they stop on (its disjunctions score eagerly), which is wasted on
/// the many findings that only feed facet counts or fail a filter. Matching here reads each term's
/// postings once, without frequencies, into a bitset, and combines bitsets word by word: the same
/// documents as Lucene's boolean semantics (checked against Lucene's own scorers by the engine's
/// tests), at a fraction of the cost. Scores are then computed only for the hits.
/// </summary>
internal abstract class Matcher
{
    /// <summary>A matcher for <paramref name="query"/> as <paramref name="searcher"/> would run it.</summary>
    public static Matcher For(Query query, IndexSearcher searcher) => Build(searcher.Rewrite(query), searcher);

    /// <summary>A matcher for documents carrying any of <paramref name="values"/> in <paramref name="field"/>.</summary>
    public static Matcher AnyTerm(string field, IEnumerable<string> values) =>
        new TermsMatcher([.. values.Distinct(StringComparer.Ordinal).Select(v => new Term(field, v))]);

    /// <summary>The live documents of <c>[start, end)</c> in <paramref name="leaf"/> that match.</summary>
    public virtual DocBits Match(AtomicReaderContext leaf, int start, int end)
    {
        var bits = DocBits.Empty(start, end);
        try
        {
            OrInto(leaf, bits);
            return bits;
        }
        catch
        {
            bits.Dispose();
            throw;
        }
    }

    /// <summary>Adds the live matching documents of <paramref name="bits"/>' range to it.</summary>
    public abstract void OrInto(AtomicReaderContext leaf, DocBits bits);

    private static Matcher Build(Query query, IndexSearcher searcher) => query switch
    {
        TermQuery term => new TermsMatcher([term.Term]),
        ConstantScoreQuery { Query: { } inner } => Build(inner, searcher),
        DisjunctionMaxQuery or BooleanQuery when IsDisjunction(query) => Disjunction(query, searcher),
        BooleanQuery boolean => new BooleanMatcher(
            [.. boolean.Clauses.Select(c => (Build(c.Query, searcher), c.Occur))],
            boolean.MinimumNumberShouldMatch),
        _ => new ScorerMatcher(searcher.CreateNormalizedWeight(query)),
    };

    /// <summary>A query that matches what any one of its parts matches.</summary>
    private static bool IsDisjunction(Query query) => query is DisjunctionMaxQuery
        || (query is BooleanQuery boolean && boolean.MinimumNumberShouldMatch <= 1 && boolean.Clauses.All(c => c.Occur == Occur.SHOULD));

    /// <summary>
    /// A disjunction, nested ones flattened: every term anywhere in it is read once, in one pass
    /// (a clause's alternatives repeat terms: "enfant" typed and the glossary's "enfants", or one
    /// term in the text and the context fields of several alternatives), and only what is not a
    /// term (phrases) gets a matcher of its own.
    /// </summary>
    private static Matcher Disjunction(Query query, IndexSearcher searcher)
    {
        var terms = new HashSet<Term>();
        var others = new List<(Matcher, Occur)>();
        void Collect(Query part)
        {
            switch (part)
            {
                case TermQuery term:
                    terms.Add(term.Term);
                    break;
                case DisjunctionMaxQuery best:
                    foreach (var disjunct in best.Disjuncts)
                    {
                        Collect(disjunct);
                    }

                    break;
                case BooleanQuery boolean when IsDisjunction(boolean):
                    foreach (var clause in boolean.Clauses)
                    {
                        Collect(clause.Query);
                    }

                    break;
                default:
                    others.Add((Build(part, searcher), Occur.SHOULD));
                    break;
            }
        }

        Collect(query);
        var termMatcher = new TermsMatcher([.. terms.OrderBy(t => t.Field, StringComparer.Ordinal).ThenBy(t => t.Bytes)]);
        return others.Count == 0 ? termMatcher : new BooleanMatcher([(termMatcher, Occur.SHOULD), .. others], 0);
    }

    /// <summary>Adds every document <paramref name="iterator"/> stops on within the range.</summary>
    private static void Collect(DocIdSetIterator iterator, DocBits bits)
    {
        for (var doc = iterator.Advance(bits.Start); doc < bits.End; doc = iterator.NextDoc())
        {
            bits.Set(doc);
        }
    }

    /// <summary>Documents holding any of the terms: postings read without frequencies or positions.</summary>
    private sealed class TermsMatcher(Term[] terms) : Matcher
    {
        public override void OrInto(AtomicReaderContext leaf, DocBits bits)
        {
            var reader = leaf.AtomicReader;
            TermsEnum? termsEnum = null;
            string? field = null;
            DocsEnum? reuse = null;
            DenseTermBits? dense = null;
            foreach (var term in terms)
            {
                if (term.Field != field)
                {
                    field = term.Field;
                    termsEnum = reader.GetTerms(field)?.GetEnumerator();
                    reuse = null;
                }

                if (termsEnum is null || !termsEnum.SeekExact(term.Bytes))
                {
                    continue;
                }

                if ((dense ??= DenseTermBits.For(reader)).Get(term, termsEnum, reader.LiveDocs) is { } kept)
                {
                    bits.OrSegment(kept);
                    continue;
                }

                reuse = termsEnum.Docs(reader.LiveDocs, reuse, DocsFlags.NONE);
                if (reuse is not null)
                {
                    Collect(reuse, bits);
                }
            }
        }
    }

    /// <summary>Any other query (phrases): its own scorer decides what matches.</summary>
    private sealed class ScorerMatcher(Weight weight) : Matcher
    {
        public override void OrInto(AtomicReaderContext leaf, DocBits bits)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is not null)
            {
                Collect(scorer, bits);
            }
        }
    }

    /// <summary>
    /// Lucene's boolean semantics: every MUST clause, at least <c>minimumShouldMatch</c> SHOULD
    /// clauses (at least one when there is no MUST clause; none needed otherwise), no MUST_NOT clause.
    /// A query of MUST_NOT clauses only matches nothing, as in Lucene.
    /// </summary>
    private sealed class BooleanMatcher(List<(Matcher Matcher, Occur Occur)> clauses, int minimumShouldMatch) : Matcher
    {
        private readonly List<Matcher> _must = Clauses(clauses, Occur.MUST);
        private readonly List<Matcher> _should = Clauses(clauses, Occur.SHOULD);
        private readonly List<Matcher> _mustNot = Clauses(clauses, Occur.MUST_NOT);

        public override DocBits Match(AtomicReaderContext leaf, int start, int end) =>
            Evaluate(leaf, start, end) ?? DocBits.Empty(start, end);

        public override void OrInto(AtomicReaderContext leaf, DocBits bits)
        {
            using var matched = Evaluate(leaf, bits.Start, bits.End);
            if (matched is not null)
            {
                bits.Or(matched);
            }
        }

        private static List<Matcher> Clauses(List<(Matcher Matcher, Occur Occur)> clauses, Occur occur) =>
            [.. clauses.Where(c => c.Occur == occur).Select(c => c.Matcher)];

        /// <summary>The matching documents of the range, or null when none can match.</summary>
        private DocBits? Evaluate(AtomicReaderContext leaf, int start, int end)
        {
            var needed = minimumShouldMatch > 0 ? minimumShouldMatch : _must.Count == 0 ? 1 : 0;
            if (needed > _should.Count)
            {
                return null;
            }

            DocBits? result = null;
            try
            {
                foreach (var clause in _must)
                {
                    result = Intersect(result, clause.Match(leaf, start, end));
                }

                if (needed > 0)
                {
                    result = Intersect(result, AtLeast(leaf, start, end, _should, needed));
                }

                if (_mustNot.Count > 0)
                {
                    using var excluded = DocBits.Empty(start, end);
                    foreach (var clause in _mustNot)
                    {
                        clause.OrInto(leaf, excluded);
                    }

                    result!.AndNot(excluded);
                }

                return result;
            }
            catch
            {
                result?.Dispose();
                throw;
            }
        }

        /// <summary>The first set taken as is, later ones intersected into it and released.</summary>
        private static DocBits Intersect(DocBits? result, DocBits matched)
        {
            if (result is null)
            {
                return matched;
            }

            using (matched)
            {
                result.And(matched);
            }

            return result;
        }

        /// <summary>
        /// Documents matching at least <paramref name="needed"/> of <paramref name="matchers"/>:
        /// <c>counts[k]</c> holds the documents seen in at least k+1 clauses so far, updated word
        /// by word as each clause's bitset arrives.
        /// </summary>
        private static DocBits AtLeast(AtomicReaderContext leaf, int start, int end, List<Matcher> matchers, int needed)
        {
            if (needed == 1)
            {
                var any = DocBits.Empty(start, end);
                foreach (var matcher in matchers)
                {
                    matcher.OrInto(leaf, any);
                }

                return any;
            }

            var counts = new DocBits[needed];
            try
            {
                for (var k = 0; k < needed; k++)
                {
                    counts[k] = DocBits.Empty(start, end);
                }

                foreach (var matcher in matchers)
                {
                    using var matched = matcher.Match(leaf, start, end);
                    for (var k = needed - 1; k > 0; k--)
                    {
                        counts[k].OrAnd(counts[k - 1], matched);
                    }

                    counts[0].Or(matched);
                }

                var result = counts[needed - 1];
                counts[needed - 1] = null!;
                return result;
            }
            finally
            {
                foreach (var count in counts)
                {
                    count?.Dispose();
                }
            }
        }
    }
}
