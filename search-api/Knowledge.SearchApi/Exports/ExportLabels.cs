using Knowledge.SearchApi.Hosting;

namespace Knowledge.SearchApi.Exports;

/// <summary>The export endpoints' messages, from <c>ExportLabels.resx</c> (French) and <c>ExportLabels.en.resx</c>.</summary>
internal static class ExportLabels
{
    private static readonly ResourceText Resources = new("Knowledge.SearchApi.Exports.ExportLabels");

    public static string Get(string key, string language) => Resources.Get(key, language);

    public static string Format(string key, string language, params object[] values) =>
        string.Format(ResourceText.Culture(language), Get(key, language), values);
}
