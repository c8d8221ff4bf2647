using System.Text;
using Knowledge.Core.Search;

namespace Knowledge.Elasticsearch.Querying;

/// <summary>
/// Translates the user's search syntax (words, "quoted phrases", <c>-word</c> or <c>-"phrase"</c> to
/// exclude, <c>OR</c> between alternatives) into <c>simple_query_string</c> syntax. Everything the user
/// did not mean as an operator is escaped, so <c>l'enfant*</c>, <c>a+b</c> or <c>(2019)</c> are searched
/// as text. Adjacent clauses are AND-ed (the query is sent with <c>default_operator: and</c>); an OR chain
/// is wrapped in parentheses because simple_query_string otherwise reads operators left to right.
/// </summary>
internal static class SimpleQueryTranslator
{
    // Every character simple_query_string treats as syntax when its flag is on.
    private const string Special = "+|-\"*()~\\";

    private enum TokenKind
    {
        Term,
        Phrase,
        Or,
    }

    private readonly record struct Token(TokenKind Kind, string Text, bool Negated);

    /// <summary>
    /// The simple_query_string text of a planned query with every clause required (the per-clause counts and
    /// the highlight's query): <see cref="Clauses"/> AND-ed, exclusions as <c>-</c>. Null when the plan holds
    /// nothing searchable.
    /// </summary>
    public static string? Translate(QueryPlan plan)
    {
        var texts = Clauses(plan);
        return texts.IsEmpty ? null : string.Join(' ', [.. texts.Required, .. texts.Optional, .. texts.Excluded.Select(e => "-" + e)]);
    }

    /// <summary>
    /// The clauses of a planned query as simple_query_string texts, sorted as the embedded engine combines
    /// them: quoted phrases typed alone are required, other clauses are the words of which a finding must
    /// hold most (<see cref="RankingWeights.MostOf"/>). Each is its alternatives OR-ed with the glossary
    /// terms that expand it (as phrases). A clause that only names a place is left to the concept boosts
    /// when other clauses exist, and required otherwise; a word either language's analyzer drops
    /// (<see cref="StopWords"/>) is no clause, as in the embedded engine.
    /// </summary>
    public static ClauseTexts Clauses(QueryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var hasWords = plan.Clauses.Any(c => !c.IsPlace);
        var required = new List<string>();
        var optional = new List<string>();
        foreach (var clause in plan.Clauses)
        {
            if ((clause.IsPlace && hasWords) || IsStopWord(clause))
            {
                continue;
            }

            var parts = clause.Alternatives
                .Select(a => a.IsPhrase ? RenderPhrase(a.Text) : RenderWords(a.Text))
                .Concat(clause.Expansions.Select(RenderPhrase))
                .OfType<string>()
                .ToList();
            if (parts.Count > 0)
            {
                var text = parts.Count == 1 ? parts[0] : "(" + string.Join(" | ", parts) + ")";
                (clause.IsPhraseOnly || clause.IsPlace ? required : optional).Add(text);
            }
        }

        var excluded = plan.Excluded
            .Select(e => e.IsPhrase ? RenderPhrase(e.Text) : RenderWords(e.Text))
            .OfType<string>()
            .ToList();
        return new ClauseTexts(required, optional, excluded);
    }

    private static bool IsStopWord(PlannedClause clause) => clause.Expansions.Count == 0 && clause.Alternatives.All(StopWords.IsStopWord);

    /// <summary>The simple_query_string text, or null when the user typed nothing searchable.</summary>
    public static string? Translate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var tokens = Tokenize(text);
        var clauses = new List<string>();
        var group = new List<string>();
        var pendingOr = false;

        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Or)
            {
                pendingOr = group.Count > 0;
                continue;
            }

            var clause = Render(token);
            if (clause is null)
            {
                continue;
            }

            if (pendingOr)
            {
                group.Add(clause);
                pendingOr = false;
            }
            else
            {
                Flush(group, clauses);
                group.Add(clause);
            }
        }

        Flush(group, clauses);
        return clauses.Count == 0 ? null : string.Join(' ', clauses);
    }

    private static void Flush(List<string> group, List<string> clauses)
    {
        if (group.Count == 1)
        {
            clauses.Add(group[0]);
        }
        else if (group.Count > 1)
        {
            clauses.Add("(" + string.Join(" | ", group) + ")");
        }

        group.Clear();
    }

    private static string? Render(Token token)
    {
        var body = token.Kind == TokenKind.Phrase ? RenderPhrase(token.Text) : Escape(token.Text);
        if (body is null)
        {
            return null;
        }

        return token.Negated ? "-" + body : body;
    }

    /// <summary>A phrase in simple_query_string syntax (quoted, its quotes and escapes escaped); null when it is blank.</summary>
    internal static string? RenderPhrase(string phrase)
    {
        var trimmed = phrase.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        // Inside quotes only the quote and the escape character are syntax.
        var sb = new StringBuilder(trimmed.Length + 2).Append('"');
        foreach (var c in trimmed)
        {
            if (c is '"' or '\\')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.Append('"').ToString();
    }

    /// <summary>Words (one, or several joined by the glossary) AND-ed, each escaped.</summary>
    private static string? RenderWords(string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Escape).OfType<string>().ToList();
        return parts.Count switch
        {
            0 => null,
            1 => parts[0],
            _ => "(" + string.Join(' ', parts) + ")",
        };
    }

    private static string? Escape(string word)
    {
        if (word.Length == 0)
        {
            return null;
        }

        var sb = new StringBuilder(word.Length * 2);
        foreach (var c in word)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var negated = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                negated = true;
                i++;
            }

            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                // An unclosed quote runs to the end, as users expect from search boxes.
                var phrase = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
                tokens.Add(new Token(TokenKind.Phrase, phrase, negated));
                i = end < 0 ? text.Length : end + 1;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }

            var word = text[start..i];
            if (!negated && word == "OR")
            {
                tokens.Add(new Token(TokenKind.Or, word, false));
            }
            else
            {
                tokens.Add(new Token(TokenKind.Term, word, negated));
            }
        }

        // A dangling OR (first or last) is an operator with nothing on one side: drop it.
        while (tokens.Count > 0 && tokens[^1].Kind == TokenKind.Or)
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return tokens;
    }
}

/// <summary>The clauses of a planned query as simple_query_string texts (<see cref="SimpleQueryTranslator.Clauses"/>).</summary>
/// <param name="Required">Clauses every finding holds: quoted phrases typed alone, or the place named when nothing else is.</param>
/// <param name="Optional">Clauses of which a finding holds most.</param>
/// <param name="Excluded">What no finding may hold (without the minus sign).</param>
internal sealed record ClauseTexts(IReadOnlyList<string> Required, IReadOnlyList<string> Optional, IReadOnlyList<string> Excluded)
{
    /// <summary>Whether nothing at all is searched.</summary>
    public bool IsEmpty => Required.Count == 0 && Optional.Count == 0 && Excluded.Count == 0;

    /// <summary>How many clauses can match (required and optional).</summary>
    public int Matching => Required.Count + Optional.Count;
}
