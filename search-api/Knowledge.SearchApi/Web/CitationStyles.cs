using System.Globalization;
using Knowledge.Core.Evidence;

namespace Knowledge.SearchApi.Web;

/// <summary>
/// A finding's citation in the styles people paste into reports. Grey literature has an
/// organisation as author, so the publisher leads when it is known.
/// </summary>
public static class CitationStyles
{
    /// <summary>APA-like: Publisher. (2023). <i>Title</i> (p. 12).</summary>
    public static string Apa(Finding finding, string lang)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var year = finding.Year?.ToString(CultureInfo.InvariantCulture) ?? (lang == "en" ? "n.d." : "s. d.");
        var author = string.IsNullOrWhiteSpace(finding.Publisher) ? "" : finding.Publisher.TrimEnd('.') + ". ";
        return $"{author}({year}). {finding.DocumentTitle} ({Pages(finding)}).";
    }

    /// <summary>Chicago-like: Publisher. Title. Year, 12.</summary>
    public static string Chicago(Finding finding, string lang)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var year = finding.Year?.ToString(CultureInfo.InvariantCulture) ?? (lang == "en" ? "n.d." : "s. d.");
        var author = string.IsNullOrWhiteSpace(finding.Publisher) ? "" : finding.Publisher.TrimEnd('.') + ". ";
        var pages = finding.PageEnd > finding.Page
            ? string.Create(CultureInfo.InvariantCulture, $"{finding.Page}-{finding.PageEnd}")
            : finding.Page.ToString(CultureInfo.InvariantCulture);
        return $"{author}{finding.DocumentTitle}. {year}, {pages}.";
    }

    private static string Pages(Finding f) => f.PageEnd > f.Page
        ? string.Create(CultureInfo.InvariantCulture, $"pp. {f.Page}-{f.PageEnd}")
        : string.Create(CultureInfo.InvariantCulture, $"p. {f.Page}");
}
