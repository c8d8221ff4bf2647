using System.Security.Claims;
using Knowledge.SearchApi.Security;
using Knowledge.SearchApi.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Knowledge.SearchApi.Pages.Account;

/// <summary>
/// Editors and admins sign in with the API key they were given; the browser then holds an
/// HttpOnly session cookie (the key itself is never stored in it, only the holder's name and roles).
/// </summary>
public sealed class SignInModel(IOptions<ApiKeyOptions> keys, IStringLocalizer<WebText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>True when a signed-in person was sent here for lack of rights.</summary>
    public bool Denied => User.Identity?.IsAuthenticated == true && !string.IsNullOrEmpty(ReturnUrl);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "key")] string? key)
    {
        var match = string.IsNullOrEmpty(key) ? null : ApiKeyAuthenticationHandler.Find(keys.Value.ApiKeys, key);
        if (match is null)
        {
            Error = string.IsNullOrEmpty(key) ? text["SignIn.KeyMissing"] : text["SignIn.KeyUnknown"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, match.Name) };
        claims.AddRange(ApiRoles.Including(match.Role).Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, WebPages.CookieScheme));
        await HttpContext.SignInAsync(WebPages.CookieScheme, principal);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
