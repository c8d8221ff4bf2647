using System.Text;
using Microsoft.Extensions.Primitives;

namespace Knowledge.SearchApi.Web;

/// <summary>Links that keep a page's state in its URL, under the API's parameter names.</summary>
internal static class PageUrls
{
    /// <summary>The current URL with <c>ui</c> set, for the language switch.</summary>
    public static string WithLanguage(HttpRequest request, string language)
    {
        var query = Copy(request.Query);
        query["ui"] = [language];
        return Build(request.Path.HasValue ? request.Path.Value! : "/", query);
    }

    /// <summary>The current search with one change applied; the page number is reset unless the change sets it.</summary>
    public static string Search(IQueryCollection current, Action<Dictionary<string, List<string>>> change)
    {
        var query = Copy(current);
        query.Remove("page");
        query.Remove("ui");
        change(query);
        return Build("/", query);
    }

    public static string Build(string path, IEnumerable<KeyValuePair<string, List<string>>> query)
    {
        var sb = new StringBuilder(path);
        var first = true;
        foreach (var (key, values) in query)
        {
            foreach (var value in values.Where(v => !string.IsNullOrEmpty(v)))
            {
                sb.Append(first ? '?' : '&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
                first = false;
            }
        }

        return sb.ToString();
    }

    public static Dictionary<string, List<string>> Copy(IQueryCollection query)
    {
        var copy = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, values) in query)
        {
            copy[key] = [.. values.Where(v => v is not null).Select(v => v!)];
        }

        return copy;
    }

    /// <summary>Values of a repeatable parameter, comma-separated ones split as the API does.</summary>
    public static IReadOnlyList<string> Values(StringValues values) =>
        [.. values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
}
