using System.Globalization;
using System.Text;
using System.Xml;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Exports;
using Knowledge.SearchApi.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Knowledge.SearchApi.Search;

/// <summary>
/// <c>GET /api/search/feed</c>: an Atom feed of the newest findings for a search, with the same
/// parameters as <c>/api/search</c>, so a researcher can subscribe in any reader to "new evidence on
/// child marriage in Niger". Each entry carries the passage, its citation and a link to the file;
/// the feed's subtitle says what the search understood and which filters it applies.
/// </summary>
internal static class SearchFeed
{
    /// <summary>Entries in a feed: the most recent findings by publication year, most recently indexed first.</summary>
    public const int Entries = 50;

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    internal static async Task<Results<ContentHttpResult, ValidationProblem>> FeedAsync(
        HttpContext context, IEvidenceIndex index, EvidenceTaxonomy taxonomy, QueryUnderstanding understanding, TimeProvider time, CancellationToken cancellationToken)
    {
        var lang = UserLanguage.Of(context);
        var (parsed, errors) = SearchRequestParser.Parse(context.Request.Query, taxonomy, lang);
        if (parsed is null)
        {
            return TypedResults.ValidationProblem(errors, title: ApiText.Get(lang, "InvalidSearchParameters"));
        }

        var query = parsed with
        {
            Plan = understanding.Analyse(parsed.Text),
            Sort = SearchSort.YearDescending,
            Page = 1,
            PageSize = Entries,
            Facets = false,
            Highlight = false,
        };
        var results = await index.SearchAsync(query, cancellationToken);
        var added = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var documentId in results.Hits.Select(h => h.Finding.DocumentId).Distinct(StringComparer.Ordinal))
        {
            var document = await index.GetDocumentAsync(documentId, cancellationToken);
            added[documentId] = document?.UpdatedAt ?? DateTimeOffset.UnixEpoch;
        }

        var request = context.Request;
        var self = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
        var page = $"{request.Scheme}://{request.Host}{request.PathBase}/api/search{request.QueryString}";
        var xml = Write(query, results, added, taxonomy, lang, self, page, time.GetUtcNow());
        return TypedResults.Content(xml, "application/atom+xml; charset=utf-8");
    }

    private static string Write(EvidenceQuery query, SearchResults results, Dictionary<string, DateTimeOffset> added, EvidenceTaxonomy taxonomy, string lang, string self, string page, DateTimeOffset now)
    {
        var hits = results.Hits
            .OrderByDescending(h => added[h.Finding.DocumentId])
            .ThenByDescending(h => h.Finding.Year ?? 0)
            .ToList();
        var updated = hits.Count == 0 ? now : hits.Max(h => added[h.Finding.DocumentId]);
        var understood = query.Plan!.AsUnderstandingDto(results, taxonomy, lang);
        var filters = Filters(query, taxonomy, lang);

        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", AtomNamespace);
            writer.WriteAttributeString("xml", "lang", null, lang);
            writer.WriteElementString("id", AtomNamespace, self);
            writer.WriteElementString("title", AtomNamespace, string.IsNullOrWhiteSpace(query.Text)
                ? SearchLabels.Get("FeedAllTitle", lang)
                : SearchLabels.Format("FeedTitle", lang, query.Text));
            var subtitle = new List<string> { SearchLabels.Get("FeedSubtitle", lang) };
            if (understood.Summary is { } summary)
            {
                subtitle.Add(SearchLabels.Format("FeedUnderstood", lang, summary));
            }

            if (filters.Count > 0)
            {
                subtitle.Add(SearchLabels.Format("FeedFilters", lang, string.Join(UnderstandingText.Get("Separator", lang), filters)));
            }

            writer.WriteElementString("subtitle", AtomNamespace, string.Join(" ", subtitle));
            writer.WriteElementString("updated", AtomNamespace, Timestamp(updated));
            Link(writer, "self", self, "application/atom+xml");
            Link(writer, "alternate", page, "application/json");
            writer.WriteStartElement("author", AtomNamespace);
            writer.WriteElementString("name", AtomNamespace, "Knowledge");
            writer.WriteEndElement();
            foreach (var concept in understood.Concepts)
            {
                Category(writer, concept.Filter, concept.Label);
            }

            foreach (var hit in hits)
            {
                Entry(writer, hit.Finding, added[hit.Finding.DocumentId], taxonomy, lang, page);
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        // StringBuilder output is UTF-16; the declaration must name what is sent.
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void Entry(XmlWriter writer, Finding finding, DateTimeOffset added, EvidenceTaxonomy taxonomy, string lang, string page)
    {
        var citation = finding.Citation.Format(lang);
        var baseUri = new Uri(page);
        writer.WriteStartElement("entry", AtomNamespace);
        writer.WriteElementString("id", AtomNamespace, $"urn:knowledge:finding:{finding.Id}");
        writer.WriteElementString("title", AtomNamespace, Title(finding));
        writer.WriteElementString("updated", AtomNamespace, Timestamp(added));
        Link(writer, "alternate", new Uri(baseUri, $"/api/findings/{Uri.EscapeDataString(finding.Id)}").ToString(), "application/json");
        Link(writer, "related", new Uri(baseUri, $"/api/documents/{Uri.EscapeDataString(finding.DocumentId)}/file#page={finding.Page}").ToString(), null);
        foreach (var theme in finding.Themes)
        {
            Category(writer, $"theme={theme}", taxonomy.FindTheme(theme)?.Label.Get(lang) ?? theme);
        }

        foreach (var country in finding.Countries)
        {
            Category(writer, $"country={country}", taxonomy.FindCountry(country)?.Name.Get(lang) ?? country);
        }

        writer.WriteElementString("summary", AtomNamespace, SearchLabels.Format("FeedCitation", lang, citation));
        writer.WriteStartElement("content", AtomNamespace);
        writer.WriteAttributeString("type", "text");
        writer.WriteString(finding.Text + Environment.NewLine + Environment.NewLine + SearchLabels.Format("FeedCitation", lang, citation));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static string Title(Finding finding)
    {
        var where = finding.SectionPath.Count > 0 ? finding.SectionPath[^1] : finding.DocumentTitle;
        return finding.Year is { } year ? $"{where} ({finding.DocumentTitle}, {year})" : $"{where} ({finding.DocumentTitle})";
    }

    private static List<string> Filters(EvidenceQuery query, EvidenceTaxonomy taxonomy, string lang) =>
    [
        .. query.Countries.Select(c => taxonomy.FindCountry(c)?.Name.Get(lang) ?? c),
        .. query.Regions.Select(r => taxonomy.FindRegion(r)?.Label.Get(lang) ?? r),
        .. query.Themes.Select(t => taxonomy.FindTheme(t)?.Label.Get(lang) ?? t),
        .. query.Kinds.Select(k => Labels.Of(k, lang)),
        .. query.DocumentKinds.Select(k => Labels.Of(k, lang)),
        .. query.Languages,
        .. query.YearFrom is { } from ? [$"≥ {from}"] : Array.Empty<string>(),
        .. query.YearTo is { } to ? [$"≤ {to}"] : Array.Empty<string>(),
    ];

    private static void Link(XmlWriter writer, string rel, string href, string? type)
    {
        writer.WriteStartElement("link", AtomNamespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        if (type is not null)
        {
            writer.WriteAttributeString("type", type);
        }

        writer.WriteEndElement();
    }

    private static void Category(XmlWriter writer, string term, string label)
    {
        writer.WriteStartElement("category", AtomNamespace);
        writer.WriteAttributeString("term", term);
        writer.WriteAttributeString("label", label);
        writer.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
