using System.Globalization;

namespace Knowledge.SearchApi.BrowserTests.Fixtures;

/// <summary>
/// The pages every page-wide check (axe, 360 px, own origin only, weight) visits, by name, so a
/// failure names its page. Pages that need an id look it up through the API of the running server.
/// </summary>
public static class SitePages
{
    public static TheoryData<string> Names => new(
        "search", "results", "finding", "documents", "document", "evidence-map", "generate", "generate-preview", "sign-in", "documents-editor", "admin", "review", "audit");

    public sealed record Target(string Path, string? SignInKey);

    public static async Task<Target> ResolveAsync(BrowserHost host, string name) => name switch
    {
        "search" => new("/", null),
        "results" => new(ResultsPage, null),
        "finding" => new("/findings/" + Uri.EscapeDataString((await host.FirstHitAsync("mariage des enfants")).GetProperty("id").GetString()!), null),
        "documents" => new("/documents", null),
        "document" => new("/documents/" + Uri.EscapeDataString(await host.FirstDocumentIdAsync()), null),
        "evidence-map" => new("/evidence-map", null),
        "generate" => new("/generate", null),
        "generate-preview" => new(NationalPlanPreview, null),
        "sign-in" => new("/account/sign-in", null),
        "documents-editor" => new("/documents", BrowserHost.EditorKey),
        "admin" => new("/admin", BrowserHost.AdminKey),
        // The review page with flags on it: a case study uploaded for the purpose, whatever the sample library holds.
        "review" => new("/review?document=" + Uri.EscapeDataString(await FlaggedDocument.EnsureAsync(host)), BrowserHost.EditorKey),
        "audit" => new("/admin/audit", BrowserHost.AdminKey),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "page inconnue"),
    };

    /// <summary>A full page of results with facets: the page whose weight is budgeted.</summary>
    public const string ResultsPage = "/?q=mariage+des+enfants";

    public static string NationalPlanPreview { get; } = string.Create(CultureInfo.InvariantCulture,
        $"/generate/preview?kind=national-plan&country=NE&periodStart=2026&periodEnd=2030&language=fr");

    /// <summary>Where to save screenshots, when <c>KNOWLEDGE_BROWSER_SHOTS</c> names a folder (never inside the repo).</summary>
    public static string? ShotsFolder => Environment.GetEnvironmentVariable("KNOWLEDGE_BROWSER_SHOTS") is { Length: > 0 } folder
        ? Directory.CreateDirectory(folder).FullName
        : null;
}
