namespace Knowledge.Core.Search;

/// <summary>
/// The weights both engines rank with, so that the same plan ranks the same way on each. A finding's
/// text score is multiplied by <c>1 + PlaceBoost (if it carries a place the query names) + ThemeBoost
/// (a theme it names) + FiguresBoost (a statistic, when the query asks for figures)</c>.
/// </summary>
public static class RankingWeights
{
    /// <summary>Added to the factor when a finding carries one of the places named (a country, or a member of a region).</summary>
    public const float PlaceBoost = 1.0f;

    /// <summary>Added to the factor when a finding carries one of the themes named.</summary>
    public const float ThemeBoost = 0.5f;

    /// <summary>
    /// Added to the factor for a statistic when the query asks for figures ("combien", "taux", "how
    /// many", "share"): a passage without a figure can only point to one. Measured on search sets A–I
    /// once tables carried their introduction: 0.2 → 0.6 put 8 table answers first, above the
    /// paragraph that describes their table, and moved none down; the sample library's questions kept
    /// their ranks (1.0 moved 4 more up, none down, but would weigh a figure as much as a named place).
    /// </summary>
    public const float FiguresBoost = 0.6f;

    /// <summary>Weight of a passage's context (<see cref="SearchText.Context"/>: title, headings, a table's introduction) against its text.</summary>
    public const float ContextWeight = 0.4f;

    /// <summary>
    /// Weight of a glossary term against the word the user typed, per word of the term: a phrase's
    /// score sums its words', so "traite des personnes" found for "trafficking" counts as one word
    /// matched, not two, and a long name found for the words it translates counts as those words.
    /// </summary>
    public const float ExpansionBoost = 0.7f;

    /// <summary>
    /// Weight of a thesaurus synonym searched instead of a word no finding holds (<see cref="PlannedClause.Fallbacks"/>),
    /// per word of the synonym, as <see cref="ExpansionBoost"/>: lower than a glossary term, since a general thesaurus
    /// lists every sense of a word. Measured on search sets A–M (677 questions): 0.3, 0.5 and 0.8 gave recall@10
    /// 0.939, 0.941 and 0.941, MRR 0.839, 0.841 and 0.839.
    /// </summary>
    public const float FallbackBoost = 0.5f;

    /// <summary>Weight of a place name left in the text once the place is understood.</summary>
    public const float PlaceWordBoost = 0.5f;

    /// <summary>
    /// Share of a clause's other matching alternatives added to its best one. A clause is one word
    /// of the question: a passage that holds the word and three of its synonyms answers it once, not
    /// four times, or synonym-rich passages outrank passages that answer more of the question.
    /// </summary>
    public const float AlternativesTieBreaker = 0.1f;

    /// <summary>
    /// How many of a query's <paramref name="clauses"/> plain clauses (words, with their glossary terms) a
    /// finding must hold: all of one or two, half (rounded up) from three on, a third from six on. Measured
    /// on the sample library's research questions (two thirds gave recall@10 of 69 %, half 91 %) and on
    /// unseen sets A and B for long questions, which are often half paraphrase.
    /// </summary>
    public static int MostOf(int clauses) => clauses <= 2 ? clauses : (int)Math.Ceiling(clauses / (clauses >= 6 ? 3.0 : 2.0));

    /// <summary>
    /// Below this many findings holding enough of the query's words, a search ranked by relevance goes on
    /// with the findings that hold fewer of them (any one word), after those that hold enough: a long
    /// question whose answer shares only two of its words, or words a translation missed, still reaches
    /// its passage instead of a page of one or two hits. Sorted searches (by year, as the feeds are) only
    /// do so when nothing held enough.
    /// </summary>
    public const int BackfillBelow = 10;

    /// <summary>
    /// Whether a search whose text <paramref name="fullMatches"/> findings hold well enough goes on with the
    /// findings that hold fewer of its words: when none does, or, ranked by relevance, when fewer than
    /// <see cref="BackfillBelow"/> do.
    /// </summary>
    public static bool Backfills(SearchSort sort, long fullMatches) =>
        fullMatches == 0 || (fullMatches < BackfillBelow && sort == SearchSort.Relevance);
}
