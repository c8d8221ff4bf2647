using System.Globalization;
using Knowledge.Generators.Evidence;

namespace Knowledge.Generators.Documents;

/// <summary>
/// The closing "Sources et méthode" section: how the document was made, in one paragraph, and the
/// documents it cites. The request, the index state and the date go to the document properties
/// (and the JSON preview), not the body: they are for regenerating the document, not for readers.
/// </summary>
internal static class AboutSection
{
    public static IEnumerable<Block> Blocks(GenerationContext cx, IReadOnlyList<QuotedEvidence> quotes)
    {
        var list = new BlockList();
        list.H1(cx.T("about.heading"));
        list.Text(cx.T("about.method"));
        list.Text(SetAside(cx));
        var sources = SourceLines(cx, quotes);
        if (sources.Count == 0)
        {
            list.Gap(cx.T("about.noSources"));
        }
        else
        {
            list.Text(cx.N("about.sources", sources.Count));
            list.Bullets(sources);
        }

        return list;
    }

    /// <summary>The documents behind <paramref name="quotes"/>, one line each ("Publisher, Title, 2021"), sorted.</summary>
    public static IReadOnlyList<string> SourceLines(GenerationContext cx, IEnumerable<QuotedEvidence> quotes) => [.. quotes
        .GroupBy(q => q.Source.DocumentId, StringComparer.Ordinal)
        .Select(g => g.First().Source.Citation)
        .Select(c => (c.Publisher is null ? "" : c.Publisher + ", ") + c.DocumentTitle + ", " + (c.Year?.ToString(CultureInfo.InvariantCulture) ?? cx.T("about.noDate")))
        .Order(StringComparer.Ordinal)];

    /// <summary>How many findings safeguarding set aside: "2 constats ont été mis de côté…", or that none was.</summary>
    public static string SetAside(GenerationContext cx) =>
        cx.SetAsideForReview == 0 ? cx.T("about.setAside.none") : cx.N("about.setAside", cx.SetAsideForReview);

    /// <summary>One line for the document properties' description: what regenerates the document.</summary>
    public static string Summary(GeneratedDocument document) => string.Create(
        CultureInfo.InvariantCulture,
        $"Knowledge {document.Kind}; index {document.IndexState.Engine} {document.IndexState.Fingerprint} ({document.IndexState.Documents} documents, {document.IndexState.Findings} findings); created {document.CreatedAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}; request {RequestText.Json(document.Request)}");
}
