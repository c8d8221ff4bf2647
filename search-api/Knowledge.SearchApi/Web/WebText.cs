[assembly: System.Resources.NeutralResourcesLanguage("fr")]

namespace Knowledge.SearchApi.Web;

/// <summary>
/// The words of the pages: <c>WebText.resx</c> (French, the neutral language) and
/// <c>WebText.en.resx</c> (English), read through <c>IStringLocalizer&lt;WebText&gt;</c>.
/// </summary>
public sealed class WebText;
