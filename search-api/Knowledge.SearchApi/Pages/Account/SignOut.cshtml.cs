using Knowledge.SearchApi.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Knowledge.SearchApi.Pages.Account;

/// <summary>Ends the browser session (POST only, with the antiforgery token, so no link can sign someone out).</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(WebPages.CookieScheme);
        return Redirect("/");
    }
}
