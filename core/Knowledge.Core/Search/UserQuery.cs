namespace Knowledge.Core.Search;

/// <summary>A word or a quoted phrase as the user typed it.</summary>
/// <param name="Text">The word or the phrase's words.</param>
/// <param name="IsPhrase">Whether the words must appear in this order, next to each other.</param>
public sealed record QueryItem(string Text, bool IsPhrase);

/// <summary>Alternatives joined by <c>OR</c>; a group with one item is a plain word or phrase.</summary>
/// <param name="Alternatives">The items, any of which satisfies the group.</param>
public sealed record QueryGroup(IReadOnlyList<QueryItem> Alternatives)
{
    /// <summary>Whether every alternative is a quoted phrase (such groups are required).</summary>
    public bool IsPhraseOnly => Alternatives.All(a => a.IsPhrase);
}

/// <summary>
/// The user's search syntax, parsed without ever failing: words, "quoted phrases", <c>-word</c> and
/// <c>-"phrase"</c> to exclude, <c>OR</c> (upper case) between alternatives. Anything else —
/// unbalanced quotes, a lone <c>-</c>, <c>*</c>, <c>:</c>, brackets — is plain text that analysis
/// later reduces to words or drops. Input beyond <see cref="MaxLength"/> characters or
/// <see cref="MaxItems"/> items is ignored so a pasted page cannot become a huge query.
/// </summary>
/// <param name="Groups">Positive groups in the order typed.</param>
/// <param name="Excluded">Words and phrases to exclude.</param>
public sealed record UserQuery(IReadOnlyList<QueryGroup> Groups, IReadOnlyList<QueryItem> Excluded)
{
    /// <summary>Characters read from the query; the rest is ignored.</summary>
    public const int MaxLength = 1000;

    /// <summary>Items read from the query; the rest are ignored.</summary>
    public const int MaxItems = 32;

    /// <summary>The query with nothing in it.</summary>
    public static UserQuery Empty { get; } = new([], []);

    /// <summary>Whether the query holds nothing.</summary>
    public bool IsEmpty => Groups.Count == 0 && Excluded.Count == 0;

    /// <summary>Parses the user's text (normalised first: see <see cref="SearchText.Normalize"/>); never fails.</summary>
    public static UserQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        var normalized = SearchText.Normalize(text);
        var input = normalized.Length > MaxLength ? normalized[..MaxLength] : normalized;
        var groups = new List<List<QueryItem>>();
        var excluded = new List<QueryItem>();
        var pendingOr = false;
        var items = 0;
        var i = 0;
        while (i < input.Length && items < MaxItems)
        {
            if (char.IsWhiteSpace(input[i]))
            {
                i++;
                continue;
            }

            var negated = false;
            if (input[i] == '-')
            {
                // A '-' only negates when something follows it directly; "a - b" keeps the dash as noise.
                if (i + 1 < input.Length && !char.IsWhiteSpace(input[i + 1]))
                {
                    negated = true;
                }

                i++;
                if (!negated)
                {
                    continue;
                }
            }

            QueryItem item;
            if (i < input.Length && input[i] == '"')
            {
                var close = input.IndexOf('"', i + 1);
                var end = close < 0 ? input.Length : close;
                item = new QueryItem(input[(i + 1)..end].Trim(), IsPhrase: true);
                i = close < 0 ? input.Length : close + 1;
            }
            else
            {
                var start = i;
                while (i < input.Length && !char.IsWhiteSpace(input[i]) && input[i] != '"')
                {
                    i++;
                }

                var word = input[start..i];
                if (!negated && word == "OR")
                {
                    pendingOr = groups.Count > 0;
                    continue;
                }

                item = new QueryItem(word, IsPhrase: false);
            }

            if (item.Text.Length == 0)
            {
                continue;
            }

            items++;
            if (negated)
            {
                excluded.Add(item);
            }
            else if (pendingOr)
            {
                groups[^1].Add(item);
            }
            else
            {
                groups.Add([item]);
            }

            pendingOr = false;
        }

        return new UserQuery([.. groups.Select(g => new QueryGroup(g))], excluded);
    }
}
