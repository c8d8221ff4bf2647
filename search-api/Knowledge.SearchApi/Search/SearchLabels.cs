using Knowledge.SearchApi.Hosting;

namespace Knowledge.SearchApi.Search;

/// <summary>
/// The feed's words, from <c>SearchLabels.resx</c> (French) and <c>SearchLabels.en.resx</c>. What a search understood, also
/// searched and noticed is worded by <see cref="Knowledge.Generators.Exports.UnderstandingText"/>, shared with the exports and the CLI.
/// </summary>
internal static class SearchLabels
{
    private static readonly ResourceText Resources = new("Knowledge.SearchApi.Search.SearchLabels");

    public static string Get(string key, string language) => Resources.Get(key, language);

    public static string Format(string key, string language, params object[] values) =>
        string.Format(ResourceText.Culture(language), Get(key, language), values);
}
