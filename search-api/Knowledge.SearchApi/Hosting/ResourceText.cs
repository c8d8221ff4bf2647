using System.Globalization;
using System.Resources;

namespace Knowledge.SearchApi.Hosting;

/// <summary>
/// One resource file pair (<c>Name.resx</c> French, <c>Name.en.resx</c> English) read by key in a
/// user's language: what the API's message classes (<see cref="ApiText"/>, the search and export
/// labels) share. A missing key is a bug and throws, naming the file.
/// </summary>
internal sealed class ResourceText(string baseName)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private readonly ResourceManager _resources = new(baseName, typeof(ResourceText).Assembly);

    /// <summary>The culture of a language code: English for <c>en</c>, French otherwise.</summary>
    public static CultureInfo Culture(string language) => language == "en" ? English : French;

    public string Get(string key, string language) =>
        _resources.GetString(key, Culture(language))
        ?? throw new InvalidOperationException($"Libellé « {key} » absent de {baseName[(baseName.LastIndexOf('.') + 1)..]}.resx.");
}
