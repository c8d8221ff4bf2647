using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Knowledge.SearchApi.Tests.Web;

/// <summary>Fetches pages and parses them, and posts forms the way a browser does (with their antiforgery token).</summary>
internal static class WebPage
{
    private static readonly HtmlParser Parser = new();

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<IHtmlDocument> GetAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync(Ct), Ct);

    public static string Token(IDocument page, string formSelector) =>
        page.QuerySelector($"{formSelector} input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException($"{formSelector} has no antiforgery token");

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public static HttpClient Browser(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in with a key that must be accepted (the answer redirects home).</summary>
    public static async Task SignedInAsync(HttpClient client, string key)
    {
        var response = await SignInAsync(client, key);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Signs in through the sign-in form with <paramref name="key"/>; returns the answer to the post.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string key)
    {
        var form = await GetAsync(client, "/account/sign-in");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["key"] = key,
            ["__RequestVerificationToken"] = Token(form, "#sign-in-form"),
        });
        return await client.PostAsync("/account/sign-in", content, Ct);
    }
}
