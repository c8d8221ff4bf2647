using Knowledge.Core.Evidence;

namespace Knowledge.SearchApi.Web;

/// <summary>Where a finding's original opens: at its page for PDFs; Word files have no fixed pages, so the file itself.</summary>
public static class SourceLinks
{
    public static string Href(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var file = $"/api/documents/{finding.DocumentId}/file";
        return finding.Page > 0 ? $"{file}#page={finding.Page}" : file;
    }
}
