using System.Resources;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;

namespace Knowledge.Generators.Exports;

/// <summary>
/// How a search's understanding is worded, the same way wherever a reader meets it: the search page and the API,
/// the feed, the exported files and the command line. From <c>UnderstandingText.resx</c> (French) and
/// <c>UnderstandingText.en.resx</c>.
/// </summary>
public static class UnderstandingText
{
    /// <summary>Expansions shown per group of words in the "also searched" line (the API lists them all).</summary>
    public const int TermsShown = 3;

    private static readonly ResourceManager Resources = new("Knowledge.Generators.Exports.UnderstandingText", typeof(UnderstandingText).Assembly);

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/> (French unless <c>en</c>).</summary>
    public static string Get(string key, string language) =>
        Resources.GetString(key, ExportText.Culture(language))
        ?? throw new InvalidOperationException($"Libellé « {key} » absent de UnderstandingText.resx.");

    /// <summary>The countries, regions and themes the query named, in <paramref name="language"/>.</summary>
    public static IReadOnlyList<UnderstoodText> Concepts(QueryPlan? plan, EvidenceTaxonomy taxonomy, string language)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        return plan is null ? [] : [.. plan.Concepts.Select(c =>
        {
            var (kind, key, label) = c.Kind switch
            {
                ConceptKind.Country => ("country", "Concept.Country", taxonomy.FindCountry(c.Code)?.Name.Get(language)),
                ConceptKind.Region => ("region", "Concept.Region", taxonomy.FindRegion(c.Code)?.Label.Get(language)),
                _ => ("theme", "Concept.Theme", taxonomy.FindTheme(c.Code)?.Label.Get(language)),
            };
            label ??= c.Code;
            return new UnderstoodText(kind, c.Code, label, c.Words, Format(key, language, label));
        })];
    }

    /// <summary>The concepts in one line (« Pays : Niger · Thème : traite »), or null when there are none.</summary>
    public static string? Summary(IReadOnlyList<UnderstoodText> concepts, string language)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        return concepts.Count == 0 ? null : string.Join(Get("Separator", language), concepts.Select(c => c.Text));
    }

    /// <summary>The "also searched" line (« Également recherché : trafficking → traite, … »), or null when the glossary added nothing.</summary>
    public static string? AlsoSearched(QueryPlan? plan, string language) =>
        plan is null || plan.Expansions.Count == 0 ? null : Get("AlsoSearched", language) + string.Join(
            Get("Separator", language),
            plan.Expansions.Select(e => Format("Expansion", language, e.Source, string.Join(", ", e.Terms.Take(TermsShown)))));

    /// <summary>The notices of a search: words ignored (with a did-you-mean), words searched through their synonyms, matching relaxed.</summary>
    public static IReadOnlyList<NoticeText> Notices(SearchResults results, string language)
    {
        ArgumentNullException.ThrowIfNull(results);
        var notices = new List<NoticeText>();
        foreach (var ignored in results.IgnoredWords)
        {
            var message = Format("Ignored", language, ignored.Word);
            if (ignored.Suggestion is { } suggestion)
            {
                message += " " + Format("DidYouMean", language, suggestion);
            }

            notices.Add(new NoticeText("ignored", ignored.Word, ignored.Suggestion, message));
        }

        foreach (var replaced in results.ReplacedWords)
        {
            var message = Format("Replaced", language, replaced.Word, string.Join(", ", replaced.Synonyms.Take(TermsShown)));
            notices.Add(new NoticeText("replaced", replaced.Word, null, message, replaced.Synonyms));
        }

        if (results.Relaxed)
        {
            var message = results.FullMatches switch
            {
                0 => Get("Relaxed", language),
                1 => Get("PartialOne", language),
                var n => Format("PartialMany", language, n),
            };
            notices.Add(new NoticeText("relaxed", null, null, message));
        }

        return notices;
    }

    private static string Format(string key, string language, params object[] values) =>
        string.Format(ExportText.Culture(language), Get(key, language), values);
}

/// <summary>A country, region or theme the query named, as a reader sees it.</summary>
/// <param name="Kind"><c>country</c>, <c>region</c> or <c>theme</c>.</param>
/// <param name="Code">Its taxonomy code.</param>
/// <param name="Label">Its name in the reader's language.</param>
/// <param name="Words">The words of the query that named it.</param>
/// <param name="Text">The way it is said: « Pays : Niger ».</param>
public sealed record UnderstoodText(string Kind, string Code, string Label, string Words, string Text);

/// <summary>A notice about the search: a word ignored, a word searched through its synonyms, or a search relaxed.</summary>
/// <param name="Kind"><c>ignored</c>, <c>replaced</c> or <c>relaxed</c>.</param>
/// <param name="Word">The word concerned, if any.</param>
/// <param name="Suggestion">The did-you-mean of an ignored word, if one is close.</param>
/// <param name="Message">The sentence shown.</param>
/// <param name="Terms">The synonyms searched instead of a replaced word.</param>
public sealed record NoticeText(string Kind, string? Word, string? Suggestion, string Message, IReadOnlyList<string>? Terms = null);
