using System.Globalization;
using System.Resources;

namespace Knowledge.SearchApi.Search;

/// <summary>The search page's words (what was understood, what was also searched, notices, feed), from <c>SearchLabels.resx</c> (French) and <c>SearchLabels.en.resx</c>.</summary>
internal static class SearchLabels
{
    private static readonly ResourceManager Resources = new("Knowledge.SearchApi.Search.SearchLabels", typeof(SearchLabels).Assembly);
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static string Get(string key, string language) =>
        Resources.GetString(key, language == "en" ? English : French)
        ?? throw new InvalidOperationException($"Libellé « {key} » absent de SearchLabels.resx.");

    public static string Format(string key, string language, params object[] values) =>
        string.Format(language == "en" ? English : French, Get(key, language), values);
}
