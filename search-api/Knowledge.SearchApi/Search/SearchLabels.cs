using Knowledge.SearchApi.Hosting;

namespace Knowledge.SearchApi.Search;

/// <summary>The search page's words (what was understood, what was also searched, notices, feed), from <c>SearchLabels.resx</c> (French) and <c>SearchLabels.en.resx</c>.</summary>
internal static class SearchLabels
{
    private static readonly ResourceText Resources = new("Knowledge.SearchApi.Search.SearchLabels");

    public static string Get(string key, string language) => Resources.Get(key, language);

    public static string Format(string key, string language, params object[] values) =>
        string.Format(ResourceText.Culture(language), Get(key, language), values);
}
