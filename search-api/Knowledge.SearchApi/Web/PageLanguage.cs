using System.Globalization;

namespace Knowledge.SearchApi.Web;

/// <summary>
/// The language of the pages: French unless the person chose English with <c>?ui=en</c> (or the
/// switch), a choice kept in the <c>ui</c> cookie. The browser's Accept-Language is not followed:
/// the product is French first, and a shared office computer set to English should not switch it.
/// </summary>
internal static class PageLanguage
{
    public const string Cookie = "ui";
    public const string ItemKey = "knowledge.ui";

    public static string Of(HttpContext context) => context.Items[ItemKey] as string ?? "fr";

    public static void Apply(HttpContext context)
    {
        var lang = "fr";
        if (context.Request.Query.TryGetValue("ui", out var asked) && asked.ToString() is "fr" or "en")
        {
            lang = asked.ToString();
            if (context.Request.Cookies[Cookie] != lang)
            {
                context.Response.Cookies.Append(Cookie, lang, new CookieOptions
                {
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                    MaxAge = TimeSpan.FromDays(365),
                    IsEssential = true,
                });
            }
        }
        else if (context.Request.Cookies[Cookie] is "en" or "fr")
        {
            lang = context.Request.Cookies[Cookie]!;
        }

        context.Items[ItemKey] = lang;
        var culture = CultureInfo.GetCultureInfo(lang == "en" ? "en-GB" : "fr-FR");
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}
