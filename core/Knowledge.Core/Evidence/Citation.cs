using System.Globalization;

namespace Knowledge.Core.Evidence;

/// <summary>Where a quoted passage comes from: document, year and page(s).</summary>
/// <param name="DocumentTitle">The source document's title.</param>
/// <param name="Year">Publication year, when known.</param>
/// <param name="Page">First page.</param>
/// <param name="PageEnd">Last page.</param>
/// <param name="Publisher">Publisher, when known.</param>
public sealed record Citation(string DocumentTitle, int? Year, int Page, int PageEnd, string? Publisher = null)
{
    /// <summary>
    /// Formats the citation the way the field writes it: "Titre, 2021, p. 12" (French) or
    /// "Title, 2021, p. 12" (English); "pp. 12-13" across a page break; "s. d." / "n.d." without a year.
    /// </summary>
    public string Format(string language = "fr")
    {
        var en = string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);
        var year = Year?.ToString(CultureInfo.InvariantCulture) ?? (en ? "n.d." : "s. d.");
        var pages = PageEnd > Page
            ? string.Create(CultureInfo.InvariantCulture, $"pp. {Page}-{PageEnd}")
            : string.Create(CultureInfo.InvariantCulture, $"p. {Page}");
        var publisher = string.IsNullOrWhiteSpace(Publisher) ? "" : Publisher + ", ";
        return $"{publisher}{DocumentTitle}, {year}, {pages}";
    }

    /// <inheritdoc />
    public override string ToString() => Format();
}
