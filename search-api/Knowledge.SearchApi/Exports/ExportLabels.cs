using System.Globalization;
using System.Resources;

namespace Knowledge.SearchApi.Exports;

/// <summary>The export endpoints' messages, from <c>ExportLabels.resx</c> (French) and <c>ExportLabels.en.resx</c>.</summary>
internal static class ExportLabels
{
    private static readonly ResourceManager Resources = new("Knowledge.SearchApi.Exports.ExportLabels", typeof(ExportLabels).Assembly);
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static string Get(string key, string language) =>
        Resources.GetString(key, language == "en" ? English : French)
        ?? throw new InvalidOperationException($"Libellé « {key} » absent de ExportLabels.resx.");

    public static string Format(string key, string language, params object[] values) =>
        string.Format(language == "en" ? English : French, Get(key, language), values);
}
