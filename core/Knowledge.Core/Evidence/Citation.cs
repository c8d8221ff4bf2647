using System.Globalization;

namespace Knowledge.Core.Evidence;

/// <summary>Where a quoted passage comes from: document, year and page(s), or section and paragraph(s).</summary>
/// <param name="DocumentTitle">The source document's title.</param>
/// <param name="Year">Publication year, when known.</param>
/// <param name="Page">First page; 0 when the file records no pages (a Word file laid out nowhere).</param>
/// <param name="PageEnd">Last page.</param>
/// <param name="Publisher">Publisher, when known.</param>
/// <param name="Section">Section number ("3.2") for files without pages, when the passage sits under a heading.</param>
/// <param name="Paragraph">First paragraph within the section, for files without pages (0 otherwise).</param>
/// <param name="ParagraphEnd">Last paragraph within the section.</param>
public sealed record Citation(
    string DocumentTitle,
    int? Year,
    int Page,
    int PageEnd,
    string? Publisher = null,
    string? Section = null,
    int Paragraph = 0,
    int ParagraphEnd = 0)
{
    /// <summary>
    /// Formats the citation the way the field writes it: "Titre, 2021, p. 12" (French) or
    /// "Title, 2021, p. 12" (English); "pp. 12-13" across a page break; "s. d." / "n.d." without a year.
    /// A file without pages is cited by section and paragraph: "§ 3.2, al. 4" (French) or
    /// "§ 3.2, para. 4" (English), never by a page it does not have.
    /// </summary>
    public string Format(string language = "fr")
    {
        var en = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
        var year = Year?.ToString(CultureInfo.InvariantCulture) ?? (en ? "n.d." : "s. d.");
        var publisher = string.IsNullOrWhiteSpace(Publisher) ? "" : Publisher + ", ";
        var locator = Locator(en);
        return locator.Length == 0 ? $"{publisher}{DocumentTitle}, {year}" : $"{publisher}{DocumentTitle}, {year}, {locator}";
    }

    private string Locator(bool en)
    {
        if (Page > 0)
        {
            return PageEnd > Page
                ? string.Create(CultureInfo.InvariantCulture, $"pp. {Page}-{PageEnd}")
                : string.Create(CultureInfo.InvariantCulture, $"p. {Page}");
        }

        if (Paragraph <= 0)
        {
            return string.Empty;
        }

        // French cites a paragraph as an "alinéa" ("al. 4", "al. 4-6"); English as "para. 4", "paras. 4-6".
        var paragraphs = ParagraphEnd > Paragraph
            ? string.Create(CultureInfo.InvariantCulture, $"{(en ? "paras." : "al.")} {Paragraph}-{ParagraphEnd}")
            : string.Create(CultureInfo.InvariantCulture, $"{(en ? "para." : "al.")} {Paragraph}");
        return string.IsNullOrEmpty(Section) ? paragraphs : $"§ {Section}, {paragraphs}";
    }

    /// <inheritdoc />
    public override string ToString() => Format();
}
