using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace Knowledge.SearchApi.Web;

/// <summary>Passage text for the pages: highlights keep their <c>&lt;mark&gt;</c> and nothing else of markup.</summary>
public static class Passages
{
    private const int PlainLength = 420;
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// The engine's highlight (escaped text with <c>&lt;mark&gt;</c> around matches) rebuilt from
    /// scratch: the text between marks is decoded and encoded again, so markup that slipped through
    /// an engine stays text. Without a highlight, the start of the passage.
    /// </summary>
    public static IHtmlContent Highlighted(string? highlight, string text)
    {
        if (string.IsNullOrEmpty(highlight))
        {
            return new HtmlString(Encoder.Encode(Shorten(text)));
        }

        var sb = new StringBuilder(highlight.Length + 32);
        var rest = highlight.AsSpan();
        while (rest.Length > 0)
        {
            var open = rest.IndexOf("<mark>", StringComparison.Ordinal);
            if (open < 0)
            {
                sb.Append(Encode(rest));
                break;
            }

            sb.Append(Encode(rest[..open]));
            rest = rest[(open + "<mark>".Length)..];
            var close = rest.IndexOf("</mark>", StringComparison.Ordinal);
            var marked = close < 0 ? rest : rest[..close];
            sb.Append("<mark>").Append(Encode(marked)).Append("</mark>");
            rest = close < 0 ? [] : rest[(close + "</mark>".Length)..];
        }

        return new HtmlString(sb.ToString());
    }

    /// <summary>The passage cut at a word boundary near <see cref="PlainLength"/> characters.</summary>
    public static string Shorten(string text, int length = PlainLength)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > length / 2 ? cut : length)].TrimEnd(',', ';', ':') + " …";
    }

    private static string Encode(ReadOnlySpan<char> escaped) => Encoder.Encode(WebUtility.HtmlDecode(escaped.ToString()));
}
