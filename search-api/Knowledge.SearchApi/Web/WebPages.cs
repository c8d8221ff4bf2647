using System.IO.Compression;
using Knowledge.SearchApi.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.ResponseCompression;

namespace Knowledge.SearchApi.Web;

/// <summary>
/// The pages people use in a browser (Razor Pages under <c>Pages/</c>, rendered on the server):
/// search, findings, library, evidence map, generation, sign-in and administration.
/// </summary>
internal static class WebPages
{
    /// <summary>The browser session of editors and admins; API clients keep <c>X-Api-Key</c>.</summary>
    public const string CookieScheme = "KnowledgeCookie";
    public const string EditorPolicy = "web-editor";
    public const string AdminPolicy = "web-admin";

    public static IHostApplicationBuilder AddWebPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        // Accented letters are written as such, not as &#xE9; entities: French pages stay smaller.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", AdminPolicy);
            o.Conventions.AuthorizePage("/Documents/Upload", EditorPolicy);
            o.Conventions.AuthorizeFolder("/Review", EditorPolicy);
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "knowledge.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddAuthentication().AddCookie(CookieScheme, o =>
        {
            o.Cookie.Name = "knowledge.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/sign-in";
            o.AccessDeniedPath = "/account/sign-in";
            o.ReturnUrlParameter = "returnUrl";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(EditorPolicy, p => p.AddAuthenticationSchemes(CookieScheme).RequireRole(ApiRoles.Editor))
            .AddPolicy(AdminPolicy, p => p.AddAuthenticationSchemes(CookieScheme).RequireRole(ApiRoles.Admin));
        builder.Services.AddResponseCompression(o =>
        {
            // Pages carry antiforgery tokens next to echoed input; the tokens differ on every
            // response, which is what keeps compression over HTTPS safe from BREACH-style guessing.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "image/svg+xml"]);
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.AddSingleton<Vocabulary>();
        builder.Services.AddTransient<EvidenceMapBuilder>();
        return builder;
    }

    /// <summary>Compression, the page language, the browser session, static assets and the pages.</summary>
    public static WebApplication MapWebPages(this WebApplication app)
    {
        app.UseResponseCompression();
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                PageLanguage.Apply(context);
                if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals("/documents/upload", StringComparison.OrdinalIgnoreCase))
                {
                    Pages.Documents.UploadModel.ApplyLimits(context);
                }

                // The session cookie identifies the person on pages only: /api keeps X-Api-Key, so a
                // cookie can never carry a cross-site request to the API.
                var session = await context.AuthenticateAsync(CookieScheme);
                if (session.Succeeded)
                {
                    context.User = session.Principal;
                }
            }

            await next(context);
        });
        app.MapStaticAssets();
        app.MapRazorPages();
        app.MapGet("/generate/document.docx", Pages.Generate.GenerateDownload.GetAsync).ExcludeFromDescription();
        app.MapGet("/generate/tracker.xlsx", Pages.Generate.GenerateDownload.TrackerAsync).ExcludeFromDescription();
        app.MapGet("/generate/deck.pptx", Pages.Generate.GenerateDownload.DeckAsync).ExcludeFromDescription();
        return app;
    }
}
