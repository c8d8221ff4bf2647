using System.Globalization;
using System.Text.Json;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Knowledge.Core.Search;
using Knowledge.Elasticsearch.Mapping;

namespace Knowledge.Elasticsearch.Querying;

/// <summary>
/// Did-you-mean for words no live finding holds, as the embedded engine offers it: the indexed term
/// closest to the word (<see cref="Spelling"/>: the same distance over the same folded, stemmed
/// terms, the most frequent among equally close ones), shown as a passage writes it. Two requests,
/// made only when a word was left out: one <c>size: 0</c> search with a <c>term</c> suggester per
/// word and language (Elasticsearch analyses the word with each text field's own analyzer), then one
/// search for a live passage holding the chosen term, whose highlight gives the word as written
/// ("orpaillag" is offered as "orpaillage"). The text fields stay as mapped: no unstemmed sub-field
/// and no rebuild are needed.
/// </summary>
internal static class DidYouMean
{
    // Control characters cannot occur in indexed text (it is normalised), so they mark the word unambiguously.
    private const string Open = "\u0002";
    private const string Close = "\u0003";

    /// <summary>The suggestion request for <paramref name="words"/> (each one word of the query).</summary>
    public static SearchRequest Suggest(string index, IReadOnlyList<string> words)
    {
        var suggesters = new Dictionary<string, FieldSuggester>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var field in SearchRequestBuilder.TextFields)
            {
                suggesters[Name(i, field)] = new FieldSuggester
                {
                    Text = words[i],
                    Term = new TermSuggester(field)
                    {
                        // Two edits asked for; a short term keeps only one-edit options (Spelling.MaxEdits),
                        // which needs the analysed term the response gives back.
                        MaxEdits = 2,
                        PrefixLength = 1,
                        MinWordLength = Spelling.MinTermLength,
                        SuggestMode = SuggestMode.Missing,
                        Size = 5,
                        Sort = SuggestSort.Score,
                        StringDistance = StringDistance.DamerauLevenshtein,
                    },
                };
            }
        }

        return new SearchRequest(index) { Size = 0, Suggest = new Suggester { Suggesters = suggesters } };
    }

    /// <summary>For word <paramref name="word"/>, the closest indexed term and its field, or null when none is close enough.</summary>
    public static (string Field, string Term)? Best(SearchResponse<JsonElement> response, int word)
    {
        (string Field, string Term, int Distance, long Freq)? best = null;
        foreach (var field in SearchRequestBuilder.TextFields)
        {
            if (response.Suggest is null || !response.Suggest.TryGetSuggest(Name(word, field), out IReadOnlyCollection<ISuggest>? entries) || entries is null)
            {
                continue;
            }

            // One entry per token of the analysed word; a word that analyses to several tokens gets none (as the embedded engine).
            if (entries.Count != 1 || entries.Single() is not TermSuggest { Text: { } typed } entry || typed.Length < Spelling.MinTermLength)
            {
                continue;
            }

            foreach (var option in entry.Options)
            {
                var distance = Spelling.Distance(typed, option.Text);
                if (distance > 0 && distance <= Spelling.MaxEdits(typed.Length)
                    && (best is null || distance < best.Value.Distance || (distance == best.Value.Distance && option.Freq > best.Value.Freq)))
                {
                    best = (field, option.Text, distance, option.Freq);
                }
            }
        }

        return best is { } found ? (found.Field, found.Term) : null;
    }

    /// <summary>A live passage holding <paramref name="term"/> in <paramref name="field"/>, with the term marked.</summary>
    public static SearchRequest Surface(string index, string field, string term, Query live) => new(index)
    {
        Size = 1,
        Query = SearchRequestBuilder.Bool([live], must: SearchRequestBuilder.Term(field, term)),
        Source = new SourceConfig(false),
        Highlight = new Highlight
        {
            Type = HighlighterType.Unified,
            PreTags = [Open],
            PostTags = [Close],
            Fields = [new KeyValuePair<Field, HighlightField>(field, new HighlightField { NumberOfFragments = 1, FragmentSize = 100 })],
        },
    };

    /// <summary>The marked word of the passage, as a reader would type it; the term itself when no passage marked one.</summary>
    public static string ReadSurface(SearchResponse<JsonElement> response, string field, string term)
    {
        foreach (var hit in response.Hits)
        {
            if (hit.Highlight is null || !hit.Highlight.TryGetValue(field, out var fragments))
            {
                continue;
            }

            foreach (var fragment in fragments)
            {
                var start = fragment.IndexOf(Open, StringComparison.Ordinal);
                var end = start < 0 ? -1 : fragment.IndexOf(Close, start + 1, StringComparison.Ordinal);
                if (end > start + 1)
                {
                    return Spelling.SurfaceWord(fragment[(start + 1)..end]);
                }
            }
        }

        return term;
    }

    private static string Name(int word, string field) => string.Create(CultureInfo.InvariantCulture, $"word_{word}_{field}");
}
