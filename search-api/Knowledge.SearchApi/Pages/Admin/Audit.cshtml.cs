using Knowledge.Worker.Safeguarding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Knowledge.SearchApi.Pages.Admin;

/// <summary>
/// The safeguarding audit log for admins: who confirmed, dismissed or exported what, with which
/// role and when, newest first. The log holds no flagged text, so neither does the page.
/// </summary>
public sealed class AuditModel(ReviewStore store) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The page shown (1-based, clamped to the last one).</summary>
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages { get; private set; } = 1;

    public void OnGet()
    {
        Response.Headers.CacheControl = "no-store";
        Total = store.CountAudit();
        Pages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        // Read from the query itself: "page" is the route value naming the Razor page.
        var asked = int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1;
        PageNumber = Math.Clamp(asked, 1, Pages);
        Entries = store.ReadAudit(PageSize, (PageNumber - 1) * PageSize);
    }
}
