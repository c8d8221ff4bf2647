namespace Knowledge.Core.Search;

/// <summary>What kind of concept a query named.</summary>
public enum ConceptKind
{
    /// <summary>A country (code ISO 3166-1 alpha-2).</summary>
    Country = 0,

    /// <summary>A region of the taxonomy; its member countries are boosted.</summary>
    Region,

    /// <summary>A theme of the taxonomy.</summary>
    Theme,
}

/// <summary>A country, region or theme recognised in the query, with the words that named it.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Code">Its taxonomy code.</param>
/// <param name="Words">The words of the query that named it, as typed.</param>
public sealed record UnderstoodConcept(ConceptKind Kind, string Code, string Words);

/// <summary>Words of the query and what the glossary also searched for them.</summary>
/// <param name="Source">The user's words, as typed.</param>
/// <param name="Terms">The other terms searched: the other language's first, then synonyms.</param>
public sealed record QueryExpansion(string Source, IReadOnlyList<string> Terms);

/// <summary>
/// One positive clause of a planned query: the user's alternatives (one word, one phrase, or words
/// joined by OR), the glossary terms searched as well, and whether the clause only names a place.
/// </summary>
/// <param name="Alternatives">What the user typed; any alternative satisfies the clause.</param>
/// <param name="Expansions">Glossary terms that also satisfy it, searched as phrases (small gaps allowed), at a lower weight.</param>
/// <param name="IsPlace">
/// The clause only names a country or region: it counts as a boost, not as a required word, when
/// the query has other words.
/// </param>
public sealed record PlannedClause(IReadOnlyList<QueryItem> Alternatives, IReadOnlyList<string> Expansions, bool IsPlace)
{
    /// <summary>Whether every alternative is a quoted phrase and nothing was added (such clauses are required).</summary>
    public bool IsPhraseOnly => Alternatives.All(a => a.IsPhrase) && Expansions.Count == 0;

    /// <summary>The clause as the user typed it, phrases in quotes: how a notice names it.</summary>
    public string Typed => string.Join(" OR ", Alternatives.Select(a => a.IsPhrase ? $"\"{a.Text}\"" : a.Text));

    /// <summary>The word, when the clause is one word typed alone: the only clause a did-you-mean is sought for.</summary>
    public string? SingleWord => Alternatives is [{ IsPhrase: false } only] ? only.Text : null;

    /// <summary>
    /// General-language synonyms of a word the glossary does not know (<see cref="Taxonomy.Thesaurus"/>), searched
    /// instead of it only when no finding holds the word: a paraphrase's word the library never uses (« sépultures »)
    /// still counts through one it does (« tombes »). Empty for phrases, OR-groups, places and glossary words.
    /// </summary>
    public IReadOnlyList<string> Fallbacks { get; init; } = [];
}

/// <summary>
/// A query as understood before it reaches an engine: the user's clauses with their glossary
/// expansions, the countries, regions and themes it names, and whether it asks for figures.
/// Engine-neutral: both engines render the same plan, so they search for the same things.
/// </summary>
public sealed record QueryPlan
{
    /// <summary>A plan with nothing in it (every finding matches).</summary>
    public static QueryPlan Empty { get; } = new();

    /// <summary>The query text after normalisation.</summary>
    public string Text { get; init; } = "";

    /// <summary>Positive clauses, in the order typed.</summary>
    public IReadOnlyList<PlannedClause> Clauses { get; init; } = [];

    /// <summary>Words and phrases to exclude.</summary>
    public IReadOnlyList<QueryItem> Excluded { get; init; } = [];

    /// <summary>Countries, regions and themes the query names: strong boosts, never filters.</summary>
    public IReadOnlyList<UnderstoodConcept> Concepts { get; init; } = [];

    /// <summary>What the glossary added, for the "also searched" line.</summary>
    public IReadOnlyList<QueryExpansion> Expansions { get; init; } = [];

    /// <summary>Whether the query asks for figures ("combien", "taux", "how many"…): findings with figures rank a little higher.</summary>
    public bool AsksForNumbers { get; init; }

    /// <summary>Whether the plan holds nothing searchable.</summary>
    public bool IsEmpty => Clauses.Count == 0 && Excluded.Count == 0;

    /// <summary>The plan of the text as typed: parsed, with no understanding and no expansion.</summary>
    public static QueryPlan Literal(string? text)
    {
        var parsed = UserQuery.Parse(text);
        return new QueryPlan
        {
            Text = SearchText.Normalize(text),
            Clauses = [.. parsed.Groups.Select(g => new PlannedClause(g.Alternatives, [], IsPlace: false))],
            Excluded = parsed.Excluded,
        };
    }
}

/// <summary>A word that was not searched because the index does not know it, and the closest word it knows.</summary>
/// <param name="Word">The word as typed.</param>
/// <param name="Suggestion">The closest indexed word, or null when none is close enough.</param>
public sealed record IgnoredWord(string Word, string? Suggestion);

/// <summary>A word no finding holds, searched through the general-language synonyms the index does hold.</summary>
/// <param name="Word">The word as typed.</param>
/// <param name="Synonyms">The synonyms searched instead (<see cref="PlannedClause.Fallbacks"/> that some finding holds).</param>
public sealed record ReplacedWord(string Word, IReadOnlyList<string> Synonyms);
