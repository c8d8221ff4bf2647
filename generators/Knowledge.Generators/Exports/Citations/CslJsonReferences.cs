using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Knowledge.Generators.Exports.Citations;

/// <summary>
/// CSL-JSON references (the Citation Style Language's item format, read by Zotero, Pandoc and
/// citeproc): an array of <c>report</c> items, the publisher as <c>publisher</c> (the institution of a
/// report), <c>genre</c> the kind of report, <c>issued</c> as date parts, <c>URL</c> the original file.
/// </summary>
internal static class CslJsonReferences
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Accented letters stay readable; markup-significant characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static byte[] Write(IReadOnlyList<CitedDocument> documents)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var d in documents)
            {
                json.WriteStartObject();
                json.WriteString("id", d.Key);
                json.WriteString("type", "report");
                json.WriteString("title", CitedDocument.OneLine(d.Title));
                if (d.Institution is { } institution)
                {
                    json.WriteString("publisher", CitedDocument.OneLine(institution));
                }

                if (d.Year is { } year)
                {
                    json.WriteStartObject("issued");
                    json.WriteStartArray("date-parts");
                    json.WriteStartArray();
                    json.WriteNumberValue(year);
                    json.WriteEndArray();
                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteString("genre", d.Genre);
                json.WriteString("language", d.Language);
                json.WriteString("URL", d.Url);
                if (d.Countries.Count > 0)
                {
                    json.WriteString("keyword", string.Join(", ", d.Countries));
                }

                json.WriteString("note", "Knowledge: " + d.DocumentId);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
