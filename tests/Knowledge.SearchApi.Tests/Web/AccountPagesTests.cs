using System.Net;
using Knowledge.SearchApi.Tests.Uploads;

namespace Knowledge.SearchApi.Tests.Web;

/// <summary>Sign-in, the editors' upload form and the admin page, each on its own empty server.</summary>
public sealed class AccountPagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_WithAKey_SetsAnHttpOnlyLaxSessionCookie_AndShowsTheUser()
    {
        await using var factory = new WorkerApiFactory();
        using var browser = WebPage.Browser(factory);

        var response = await WebPage.SignInAsync(browser, WorkerApiFactory.EditorKey);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("knowledge.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(WorkerApiFactory.EditorKey, cookie, StringComparison.Ordinal);
        var home = await WebPage.GetAsync(browser, "/documents");
        Assert.Null(home.QuerySelector("#sign-in"));
        Assert.Contains("documentaliste", home.QuerySelector(".who")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector("#sign-out input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task SignIn_WithAnUnknownKey_ShowsTheFormAgainWithAnError()
    {
        await using var factory = new WorkerApiFactory();
        using var browser = WebPage.Browser(factory);

        var response = await WebPage.SignInAsync(browser, "pas-une-cle-valide-du-tout");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebPage.ParseAsync(response);
        Assert.Contains("n'est pas reconnue", page.QuerySelector("#sign-in-form .form-error")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("knowledge.session=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Posts_WithoutTheAntiforgeryToken_AreRefused()
    {
        await using var factory = new WorkerApiFactory();
        using var browser = WebPage.Browser(factory);

        using var signIn = new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = WorkerApiFactory.AdminKey });
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostAsync("/account/sign-in", signIn, Ct)).StatusCode);

        await WebPage.SignedInAsync(browser, WorkerApiFactory.AdminKey);
        using var reindex = new FormUrlEncodedContent(new Dictionary<string, string> { ["full"] = "true" });
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostAsync("/admin/reindex", reindex, Ct)).StatusCode);
        using var upload = WorkerApiFactory.Form([("a.docx", WorkerApiFactory.Docx("jeton"))]);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostAsync("/documents/upload", upload, Ct)).StatusCode);
    }

    [Fact]
    public async Task Upload_AsEditor_ShowsTheOutcomeOfEachFile()
    {
        await using var factory = new WorkerApiFactory();
        using var browser = WebPage.Browser(factory);
        await WebPage.SignedInAsync(browser, WorkerApiFactory.EditorKey);

        var library = await WebPage.GetAsync(browser, "/documents");
        Assert.NotNull(library.QuerySelector("#upload-form input[type=file][name=files][multiple]"));
        using var form = WorkerApiFactory.Form(
            [("Étude nuptialité.docx", WorkerApiFactory.Docx("nuptialite")), ("programme.docx", "MZ\0\0not a document"u8.ToArray())],
            ("year", "2022"), ("countries", "NE"), ("__RequestVerificationToken", WebPage.Token(library, "#upload-form")));
        var refused = await WebPage.ParseAsync(await browser.PostAsync("/documents/upload", form, Ct));
        var refusal = Assert.Single(refused.QuerySelectorAll("li.upload-outcome"), li => li.TextContent.Contains("programme.docx", StringComparison.Ordinal));
        Assert.Equal("refused", refusal.GetAttribute("data-outcome"));
        Assert.Contains("exécutable", refusal.TextContent, StringComparison.Ordinal);

        using var good = WorkerApiFactory.Form(
            [("Étude nuptialité.docx", WorkerApiFactory.Docx("nuptialite"))],
            ("year", "2022"), ("countries", "NE"), ("__RequestVerificationToken", WebPage.Token(library, "#upload-form")));
        var response = await browser.PostAsync("/documents/upload", good, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = Assert.Single((await WebPage.ParseAsync(response)).QuerySelectorAll("li.upload-outcome"));
        Assert.Equal("new", outcome.GetAttribute("data-outcome"));
        Assert.Contains("3 passage(s)", outcome.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("/documents/", outcome.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditorPages_SendReadersToSignIn_AndAdminNeedsTheAdminRole()
    {
        await using var factory = new WorkerApiFactory();
        using var browser = WebPage.Browser(factory);

        var anonymous = await browser.GetAsync("/admin", Ct);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);

        await WebPage.SignedInAsync(browser, WorkerApiFactory.EditorKey);
        var editor = await browser.GetAsync("/admin", Ct);
        Assert.Equal(HttpStatusCode.Redirect, editor.StatusCode);

        using var admin = WebPage.Browser(factory);
        await WebPage.SignedInAsync(admin, WorkerApiFactory.AdminKey);
        var page = await WebPage.GetAsync(admin, "/admin");
        Assert.NotNull(page.QuerySelector("#runs"));
        Assert.NotNull(page.QuerySelector("#reindex-form input[name=__RequestVerificationToken]"));
        using var reindex = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebPage.Token(page, "#reindex-form") });
        var started = await admin.PostAsync("/admin/reindex", reindex, Ct);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.StartsWith("/admin?reindex=", started.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionCookie_DoesNotOpenTheApi()
    {
        await using var factory = new WorkerApiFactory();
        using var browser = WebPage.Browser(factory);
        await WebPage.SignedInAsync(browser, WorkerApiFactory.AdminKey);

        var runs = await browser.GetAsync("/api/admin/runs", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, runs.StatusCode);
    }
}

internal static class UriExtensions
{
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
