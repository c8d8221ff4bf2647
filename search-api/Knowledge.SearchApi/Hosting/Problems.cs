using Microsoft.AspNetCore.Http.HttpResults;

namespace Knowledge.SearchApi.Hosting;

/// <summary>problem+json answers that name what went wrong, in the user's language.</summary>
internal static class Problems
{
    /// <summary>404 naming what was looked for; <paramref name="messageKey"/> is the <c>NotFound…</c> message in ApiText.resx.</summary>
    public static ProblemHttpResult NotFound(string lang, string messageKey, string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: ApiText.Get(lang, "NotFoundTitle"),
        detail: ApiText.Format(lang, messageKey, Clip(id)));

    private static string Clip(string s) => s.Length > 80 ? s[..80] + "…" : s;
}
