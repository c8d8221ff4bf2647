using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Knowledge.SampleLibrary.Builder.Pdf;

/// <summary>
/// PDFsharp stamps every save with random values (font subset prefixes, XMP document and
/// instance uuids, the trailer /ID). They are replaced by values derived from the document's
/// own seed, byte for byte the same length, so cross-reference offsets stay valid and a rebuild
/// reproduces the committed file exactly.
/// </summary>
internal static partial class ReproduciblePdf
{
    public static byte[] Normalize(byte[] pdf, string seed)
    {
        // Latin-1 maps every byte to one char and back, so binary streams survive untouched.
        var text = Encoding.Latin1.GetString(pdf);
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
        text = SubsetPrefix().Replace(text, m =>
        {
            if (!prefixes.TryGetValue(m.Groups[1].Value, out var stable))
            {
                stable = Letters(seed + "/font/" + prefixes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                prefixes[m.Groups[1].Value] = stable;
            }

            return stable + "+DejaVu";
        });

        var uuidIndex = 0;
        text = Uuid().Replace(text, _ => "uuid:" + new Guid(Hash(seed + "/uuid/" + uuidIndex++)[..16]).ToString());
        var id = Convert.ToHexString(Hash(seed + "/id")[..16]);
        text = TrailerId().Replace(text, $"/ID[<{id}><{id}>]");
        return Encoding.Latin1.GetBytes(text);
    }

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));

    private static string Letters(string value) =>
        new(Hash(value).Take(6).Select(b => (char)('A' + b % 26)).ToArray());

    [GeneratedRegex(@"\b([A-Z]{6})\+DejaVu")]
    private static partial Regex SubsetPrefix();

    [GeneratedRegex(@"uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"/ID\s*\[\s*<[0-9A-Fa-f]{32}>\s*<[0-9A-Fa-f]{32}>\s*\]")]
    private static partial Regex TrailerId();
}
