using System.Globalization;

namespace Knowledge.SearchApi.Hosting;

/// <summary>
/// The API's messages (problem titles and details, validation errors), from <c>ApiText.resx</c>
/// (French) and <c>ApiText.en.resx</c> (English), chosen by <see cref="UserLanguage"/>.
/// </summary>
internal static class ApiText
{
    private static readonly ResourceText Resources = new("Knowledge.SearchApi.Hosting.ApiText");

    /// <summary>The message <paramref name="key"/> in <paramref name="language"/> (<c>en</c>, else French).</summary>
    public static string Get(string language, string key) => Resources.Get(key, language);

    /// <summary>The message with its placeholders filled; numbers are written without grouping, as in the URLs.</summary>
    public static string Format(string language, string key, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, Get(language, key), values);

    /// <summary>A size as people read it: megabytes from 1 MB, bytes below.</summary>
    public static string Size(string language, long bytes) => bytes >= 1024 * 1024
        ? Format(language, "Megabytes", (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture))
        : Format(language, "Bytes", bytes);
}
