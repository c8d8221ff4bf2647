using PdfSharp.Fonts;

namespace Knowledge.SampleLibrary.Builder.Pdf;

/// <summary>
/// PDFsharp's Core build has no system fonts on Linux, so every face is read from the DejaVu
/// files Debian ships (package fonts-dejavu-core). DejaVu covers French accents, typographic
/// quotes and the dashes the sources use.
/// </summary>
internal sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private static readonly Dictionary<string, string> Faces = new(StringComparer.Ordinal)
    {
        ["DejaVuSans"] = "DejaVuSans.ttf",
        ["DejaVuSans-Bold"] = "DejaVuSans-Bold.ttf",
        ["DejaVuSans-Oblique"] = "DejaVuSans-Oblique.ttf",
        ["DejaVuSans-BoldOblique"] = "DejaVuSans-BoldOblique.ttf",
    };

    private readonly string _folder;

    private DejaVuFontResolver(string folder) => _folder = folder;

    /// <summary>Checks every face up front so a missing font fails before any page is drawn.</summary>
    public static DejaVuFontResolver Create(string folder = "/usr/share/fonts/truetype/dejavu")
    {
        var missing = Faces.Values.Where(f => !File.Exists(Path.Combine(folder, f))).ToList();
        if (missing.Count > 0)
        {
            throw new FileNotFoundException(
                $"DejaVu fonts not found in {folder} (missing: {string.Join(", ", missing)}). " +
                "Install them with 'apt-get install -y fonts-dejavu-core'.");
        }

        return new DejaVuFontResolver(folder);
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic)
    {
        if (!string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase))
            return null;

        var face = (isBold, isItalic) switch
        {
            (true, true) => "DejaVuSans-BoldOblique",
            (true, false) => "DejaVuSans-Bold",
            (false, true) => "DejaVuSans-Oblique",
            _ => "DejaVuSans",
        };
        return new FontResolverInfo(face);
    }

    public byte[]? GetFont(string faceName) =>
        Faces.TryGetValue(faceName, out var file) ? File.ReadAllBytes(Path.Combine(_folder, file)) : null;
}
