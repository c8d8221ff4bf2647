using Microsoft.AspNetCore.Http.HttpResults;

namespace Knowledge.SearchApi.Hosting;

/// <summary>problem+json answers that name what went wrong, in the user's language.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string lang, string whatFr, string whatEn, string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: UserLanguage.Pick(lang, "Introuvable", "Not found"),
        detail: UserLanguage.Pick(lang, $"Aucun {whatFr} avec l'identifiant « {Clip(id)} ».", $"No {whatEn} with id \"{Clip(id)}\"."));

    private static string Clip(string s) => s.Length > 80 ? s[..80] + "…" : s;
}
