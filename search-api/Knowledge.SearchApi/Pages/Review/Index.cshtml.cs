using System.Globalization;
using Knowledge.Core.Safeguarding;
using Knowledge.SearchApi.Safeguarding;
using Knowledge.SearchApi.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Knowledge.SearchApi.Pages.Review;

/// <summary>
/// The editors' safeguarding review: the flagged spans, unmasked (the one page where editors see
/// them), filtered by status, kind and document, each with a confirm and a dismiss form. Decisions
/// take the API's path (<see cref="FlagReview.DecideAsync"/>) and come back to the same place in
/// the list with a status message. Never cached, never indexed by search engines.
/// </summary>
public sealed class IndexModel(FlagReview review) : PageModel
{
    public const int PageSize = 20;

    /// <summary><c>pending</c> (default), <c>confirmed</c> or <c>dismissed</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    /// <summary>A kind's wire code (<c>name</c>, <c>phone</c>…), or empty for every kind.</summary>
    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    /// <summary>A document id, or empty for every document.</summary>
    [BindProperty(SupportsGet = true, Name = "document")]
    public string? DocumentId { get; set; }

    /// <summary>The list page (1-based). Read from the query itself: "page" is the route value naming the Razor page.</summary>
    public int PageNumber => int.TryParse(Request.Query["page"], System.Globalization.NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;

    /// <summary>What the last post did: <c>confirmed</c>, <c>dismissed</c> or <c>gone</c> (the flag no longer exists).</summary>
    [BindProperty(SupportsGet = true, Name = "done")]
    public string? Done { get; set; }

    public ReviewPage? Results { get; private set; }

    public FlagStatus StatusFilter => Status switch
    {
        "confirmed" => FlagStatus.Confirmed,
        "dismissed" => FlagStatus.Dismissed,
        _ => FlagStatus.Pending,
    };

    public SafeguardingKind? KindFilter => SafeguardingCodes.TryParseKind(Kind, out var kind) ? kind : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        KeepPrivate();
        Results = await review.ListAsync(new ReviewFilter(StatusFilter, KindFilter, string.IsNullOrWhiteSpace(DocumentId) ? null : DocumentId), PageNumber, PageSize, cancellationToken);
    }

    /// <summary>
    /// <c>POST /review/decide</c>: confirms or dismisses one flag, then shows the list again where it
    /// was (same filters, same page, anchored on the list) with what was done.
    /// </summary>
    public async Task<IActionResult> OnPostDecideAsync(
        [FromForm(Name = "finding")] string? findingId,
        [FromForm(Name = "flag")] int flagIndex,
        [FromForm(Name = "decision")] string? decision,
        [FromForm(Name = "span")] string? spanKey,
        CancellationToken cancellationToken)
    {
        KeepPrivate();
        var status = decision switch
        {
            "confirm" => FlagStatus.Confirmed,
            "dismiss" => FlagStatus.Dismissed,
            _ => FlagStatus.Pending,
        };
        if (status == FlagStatus.Pending || string.IsNullOrWhiteSpace(findingId))
        {
            return BadRequest();
        }

        var (outcome, _) = await review.DecideAsync(findingId, flagIndex, status, User, string.IsNullOrEmpty(spanKey) ? null : spanKey, cancellationToken);
        var done = outcome != DecisionOutcome.Decided ? "gone" : status == FlagStatus.Confirmed ? "confirmed" : "dismissed";
        return Redirect(ListUrl(done) + "#review-list");
    }

    /// <summary>A stray GET of the decision URL shows the list.</summary>
    public IActionResult OnGetDecide() => Redirect(ListUrl());

    /// <summary>Where the decision forms post: the decision handler, carrying the list's filters and page.</summary>
    public string DecideUrl() => PageUrls.Build("/review/decide", Query(null, PageNumber));

    /// <summary>The list's URL with its current filters and page, and optionally what was just done.</summary>
    public string ListUrl(string? done = null, int? page = null) => PageUrls.Build("/review", Query(done, page ?? PageNumber));

    private IEnumerable<KeyValuePair<string, List<string>>> Query(string? done, int page)
    {
        if (StatusFilter != FlagStatus.Pending)
        {
            yield return new("status", [StatusFilter.ToCode()]);
        }

        if (KindFilter is { } kind)
        {
            yield return new("kind", [kind.ToCode()]);
        }

        if (!string.IsNullOrWhiteSpace(DocumentId))
        {
            yield return new("document", [DocumentId]);
        }

        if (page > 1)
        {
            yield return new("page", [page.ToString(CultureInfo.InvariantCulture)]);
        }

        if (done is not null)
        {
            yield return new("done", [done]);
        }
    }

    // Editors see the unmasked spans here: no shared cache or browser history may keep them, and no
    // search engine may index the page.
    private void KeepPrivate()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }
}
