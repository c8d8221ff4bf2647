using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("fr")]

namespace Knowledge.Generators.Exports;

/// <summary>
/// The words of exported files (column headers, the query sheet, notices), from <c>ExportText.resx</c>
/// (French) and <c>ExportText.en.resx</c>, picked by key in the language the person works in.
/// </summary>
public static class ExportText
{
    private static readonly ResourceManager Resources = new("Knowledge.Generators.Exports.ExportText", typeof(ExportText).Assembly);
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The culture numbers and dates are written in: French or English.</summary>
    public static CultureInfo Culture(string language) => language == "en" ? English : French;

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/> (French unless <c>en</c>).</summary>
    public static string Get(string key, string language) =>
        Resources.GetString(key, Culture(language))
        ?? throw new InvalidOperationException($"Libellé « {key} » absent de ExportText.resx.");

    /// <summary>The text of <paramref name="key"/> with its placeholders filled.</summary>
    public static string Format(string key, string language, params object[] values) =>
        string.Format(Culture(language), Get(key, language), values);
}
