namespace Knowledge.SearchApi.Hosting;

/// <summary>French first: English only when the client asks for it (<c>Accept-Language: en</c> or <c>?ui=en</c>).</summary>
internal static class UserLanguage
{
    public static string Of(HttpContext context)
    {
        // A page has already settled the language (switch or cookie): messages it shows follow it.
        if (context.Items[Web.PageLanguage.ItemKey] is string page)
        {
            return page;
        }

        if (context.Request.Query.TryGetValue("ui", out var ui) && ui.ToString() is "en" or "fr")
        {
            return ui.ToString();
        }

        var accept = context.Request.Headers.AcceptLanguage.ToString();
        foreach (var part in accept.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tag = part.Split(';')[0].Trim().ToLowerInvariant();
            if (tag.StartsWith("fr", StringComparison.Ordinal))
            {
                return "fr";
            }

            if (tag.StartsWith("en", StringComparison.Ordinal))
            {
                return "en";
            }
        }

        return "fr";
    }
}
