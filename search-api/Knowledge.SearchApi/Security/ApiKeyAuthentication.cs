using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Knowledge.SearchApi.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Knowledge.SearchApi.Security;

/// <summary>
/// <c>X-Api-Key</c> authentication. Keys are compared in constant time (over their SHA-256, so
/// length leaks nothing either) against every configured key, and never written to a log.
/// 401 and 403 answers are problem+json in the user's language.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<ApiKeyOptions> keys,
    IProblemDetailsService problems,
    FailedKeyAttempts failures,
    AuthAudit audit) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    private const string ThrottledItem = "Knowledge.ApiKey.Throttled";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || string.IsNullOrEmpty(values.ToString()))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var address = RequestLimits.ClientAddress(Context);
        if (failures.IsBlocked(address, out var retryAfter))
        {
            // Too many wrong keys from here: this one is not even compared.
            Context.Items[ThrottledItem] = retryAfter;
            audit.Throttled(address, Request.Method, Request.Path);
            return Task.FromResult(AuthenticateResult.Fail("trop de clés API erronées depuis cette adresse"));
        }

        var match = Find(keys.Value.ApiKeys, values.ToString());
        if (match is null)
        {
            failures.Record(address);
            audit.Failed(address, Request.Method, Request.Path);

            // The message is about the request, never the key it carried.
            return Task.FromResult(AuthenticateResult.Fail("clé API inconnue"));
        }

        audit.Succeeded(match.Name, match.Role, address, Request.Method, Request.Path);
        var claims = new List<Claim> { new(ClaimTypes.Name, match.Name) };
        claims.AddRange(ApiRoles.Including(match.Role).Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    /// <summary>The configured key equal to <paramref name="presented"/>; every key is compared, in constant time.</summary>
    internal static ApiKey? Find(IEnumerable<ApiKey> configured, string presented)
    {
        var presentedHash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        ApiKey? match = null;
        foreach (var key in configured)
        {
            var equal = CryptographicOperations.FixedTimeEquals(presentedHash, SHA256.HashData(Encoding.UTF8.GetBytes(key.Key)));
            if (equal && match is null)
            {
                match = key;
            }
        }

        return match;
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[ThrottledItem] is TimeSpan retryAfter)
        {
            await RequestLimits.WriteTooManyAsync(Context, retryAfter);
            return;
        }

        var lang = UserLanguage.Of(Context);
        var missing = !Request.Headers.ContainsKey(Header);
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = SchemeName + " header=\"" + Header + "\"";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = ApiText.Get(lang, "KeyRequiredTitle"),
                Detail = missing
                    ? ApiText.Format(lang, "KeyMissing", Header)
                    : ApiText.Format(lang, "KeyUnknown", Header),
            },
        });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var lang = UserLanguage.Of(Context);
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = ApiText.Get(lang, "ForbiddenTitle"),
                Detail = ApiText.Get(lang, "ForbiddenDetail"),
            },
        });
    }
}

/// <summary>Registration and middleware of API keys.</summary>
internal static class ApiKeys
{
    public const string ReaderPolicy = "reader";
    public const string EditorPolicy = "editor";
    public const string AdminPolicy = "admin";

    public static IHostApplicationBuilder AddApiKeys(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiKeyOptions>()
            .BindConfiguration("Knowledge")
            .ValidateDataAnnotations()
            .Validate(o => o.ApiKeys.Select(k => k.Key).Distinct(StringComparer.Ordinal).Count() == o.ApiKeys.Count,
                "Knowledge:ApiKeys : deux entrées ont la même clé.")
            .ValidateOnStart();
        builder.Services.AddSingleton<AuthAudit>();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ReaderPolicy, p => p.RequireRole(ApiRoles.Reader))
            .AddPolicy(EditorPolicy, p => p.RequireRole(ApiRoles.Editor))
            .AddPolicy(AdminPolicy, p => p.RequireRole(ApiRoles.Admin));
        return builder;
    }

    /// <summary>
    /// Authentication and authorisation, plus the reader gate: when <c>Knowledge:RequireReaderKey</c>
    /// is true, <c>/api</c> endpoints that ask for no particular role still need a valid key.
    /// </summary>
    public static WebApplication UseApiKeys(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(async (context, next) =>
        {
            var settings = context.RequestServices.GetRequiredService<IOptions<ApiKeyOptions>>().Value;
            var endpoint = context.GetEndpoint();
            if (settings.RequireReaderKey
                && context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                && endpoint?.Metadata.GetMetadata<IAuthorizeData>() is null
                && endpoint?.Metadata.GetMetadata<IAllowAnonymous>() is null
                && context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync(ApiKeyAuthenticationHandler.SchemeName);
                return;
            }

            await next(context);
        });
        return app;
    }
}
