using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Knowledge.Generators.Documents;

namespace Knowledge.Generators.Rendering;

/// <summary>
/// Renders a document as an HTML fragment for the preview page: headings start at <c>h2</c> (the
/// page holds the <c>h1</c>), every quote is marked with its finding and links to it, and citations
/// are numbered notes at the end. Every piece of text is HTML-encoded here, whatever its origin
/// (template, request or indexed document), so the fragment can be written into a page as is.
/// </summary>
internal static class HtmlRenderer
{
    // Letters of every script stay as they are (smaller, readable source); markup characters are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Renders <paramref name="document"/>; <paramref name="findingUrl"/> gives the link of a quoted finding.</summary>
    public static string Render(GeneratedDocument document, Func<EvidenceSource, string> findingUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findingUrl);
        var cx = new Context(document.Language == "en" ? "en" : "fr", findingUrl);
        var sb = new StringBuilder();
        sb.Append("<p class=\"doc-subject\">").Append(E(document.Subject)).Append("</p>\n");
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading h:
                    var level = Math.Clamp(h.Level, 1, 4) + 1;
                    sb.Append(CultureInfo.InvariantCulture, $"<h{level}>").Append(E(h.Text)).Append(CultureInfo.InvariantCulture, $"</h{level}>\n");
                    break;
                case TableOfContents:
                    // A preview is short enough to scroll; the DOCX keeps its table of contents field.
                    break;
                case Documents.Paragraph p:
                    sb.Append("<p>").Append(Inlines(p.Content, cx)).Append("</p>\n");
                    break;
                case EvidenceBlock q:
                    sb.Append("<blockquote class=\"quote\" data-finding=\"").Append(E(q.Quote.Source.FindingId)).Append("\"><p>")
                        .Append(E(q.Quote.Text)).Append("</p><footer>").Append(SourceLink(q.Quote, cx)).Append("</footer></blockquote>\n");
                    break;
                case GapNotice g:
                    sb.Append("<p class=\"gap-notice\" role=\"note\">").Append(E(g.Text)).Append("</p>\n");
                    break;
                case BulletList list:
                    sb.Append("<ul>\n");
                    foreach (var item in list.Items)
                    {
                        sb.Append("<li>").Append(Inlines(item, cx)).Append("</li>\n");
                    }

                    sb.Append("</ul>\n");
                    break;
                case Documents.Table t:
                    // Focusable, so a keyboard can scroll a wide table on a phone.
                    sb.Append("<div class=\"table-scroll\" tabindex=\"0\"><table>");
                    if (t.Caption is not null)
                    {
                        sb.Append("<caption>").Append(E(t.Caption)).Append("</caption>");
                    }

                    sb.Append("<thead><tr>");
                    foreach (var header in t.Header)
                    {
                        sb.Append("<th scope=\"col\">").Append(E(header)).Append("</th>");
                    }

                    sb.Append("</tr></thead><tbody>\n");
                    foreach (var row in t.Rows)
                    {
                        sb.Append("<tr>");
                        foreach (var cell in row)
                        {
                            sb.Append("<td>").Append(Inlines(cell, cx)).Append("</td>");
                        }

                        sb.Append("</tr>\n");
                    }

                    sb.Append("</tbody></table></div>\n");
                    break;
            }
        }

        if (cx.Notes.Count > 0)
        {
            sb.Append("<section class=\"doc-notes\" aria-labelledby=\"doc-notes-title\"><h2 id=\"doc-notes-title\">")
                .Append(cx.Language == "en" ? "Sources quoted" : "Sources citées").Append("</h2><ol>\n");
            for (var i = 0; i < cx.Notes.Count; i++)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<li id=\"note-{i + 1}\">").Append(cx.Notes[i]).Append("</li>\n");
            }

            sb.Append("</ol></section>\n");
        }

        return sb.ToString();
    }

    private static string Inlines(IEnumerable<Inline> inlines, Context cx)
    {
        var sb = new StringBuilder();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun t when t.Bold:
                    sb.Append("<strong>").Append(E(t.Text)).Append("</strong>");
                    break;
                case TextRun t when t.Italic:
                    sb.Append("<em>").Append(E(t.Text)).Append("</em>");
                    break;
                case TextRun t:
                    sb.Append(E(t.Text));
                    break;
                case FieldToComplete f:
                    sb.Append("<mark class=\"to-complete\">").Append(cx.Language == "en" ? "[To complete: " : "[À compléter\u00A0: ")
                        .Append(E(f.Prompt)).Append("]</mark>");
                    break;
                case QuotedEvidence q:
                    sb.Append("<q class=\"quote\" data-finding=\"").Append(E(q.Source.FindingId)).Append("\">").Append(E(q.Text)).Append("</q>")
                        .Append(SourceLink(q, cx));
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A numbered link to the quoted finding; the note at the end holds its citation.</summary>
    private static string SourceLink(QuotedEvidence quote, Context cx)
    {
        var citation = E(quote.Source.Citation.Format(cx.Language));
        var url = E(cx.FindingUrl(quote.Source));
        cx.Notes.Add($"<a href=\"{url}\">{citation}</a>");
        var n = cx.Notes.Count.ToString(CultureInfo.InvariantCulture);
        return $"<sup class=\"quote-ref\"><a href=\"{url}\" title=\"{citation}\">[{n}]</a></sup>";
    }

    private static string E(string text) => Encoder.Encode(text);

    private sealed record Context(string Language, Func<EvidenceSource, string> FindingUrl)
    {
        public List<string> Notes { get; } = [];
    }
}
