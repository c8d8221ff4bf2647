using System.Globalization;
using System.Resources;
using Knowledge.Core.Taxonomy;

namespace Knowledge.Generators.Requests;

/// <summary>
/// The messages a generation request's validation returns, from <c>ValidationText.resx</c> (French)
/// and <c>ValidationText.en.resx</c>: each message is built in both languages at once, because the
/// caller's language is chosen only when the problem is written.
/// </summary>
internal static class ValidationText
{
    private static readonly ResourceManager Resources = new("Knowledge.Generators.Requests.ValidationText", typeof(ValidationText).Assembly);
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The message <paramref name="key"/> in French and English, its placeholders filled.</summary>
    public static LocalizedText Message(string key, params object[] values) =>
        new(Format(key, French, values), Format(key, English, values));

    /// <summary>
    /// A message whose placeholders are themselves language-dependent: <paramref name="values"/> is
    /// asked once per language (<c>fr</c>, then <c>en</c>).
    /// </summary>
    public static LocalizedText Message(string key, Func<string, object[]> values) =>
        new(Format(key, French, values("fr")), Format(key, English, values("en")));

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/> (French unless <c>en</c>), placeholders filled.</summary>
    public static string Get(string key, string language, params object[] values) =>
        Format(key, language == "en" ? English : French, values);

    private static string Format(string key, CultureInfo culture, object[] values)
    {
        var text = Resources.GetString(key, culture)
            ?? throw new InvalidOperationException($"Message « {key} » absent de ValidationText.resx.");
        return values.Length == 0 ? text : string.Format(culture, text, values);
    }
}
