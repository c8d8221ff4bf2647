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
    /// The simple_query_string text of a planned query: each clause is its alternatives OR-ed with
    /// the glossary terms that expand it (as phrases), clauses AND-ed. A clause that only names a
    /// place is left to the concept boosts when other clauses exist (it would otherwise be required).
    /// Null when the plan holds nothing searchable.
    /// </summary>
    public static string? Translate(QueryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var hasWords = plan.Clauses.Any(c => !c.IsPlace);
        var clauses = new List<string>();
        foreach (var clause in plan.Clauses)
        {
            if (clause.IsPlace && hasWords)
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
                clauses.Add(parts.Count == 1 ? parts[0] : "(" + string.Join(" | ", parts) + ")");
            }
        }

        foreach (var excluded in plan.Excluded)
        {
            if ((excluded.IsPhrase ? RenderPhrase(excluded.Text) : RenderWords(excluded.Text)) is { } body)
            {
                clauses.Add("-" + body);
            }
        }

        return clauses.Count == 0 ? null : string.Join(' ', clauses);
    }

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

    private static string? RenderPhrase(string phrase)
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
