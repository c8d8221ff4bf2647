using System.Security.Cryptography;
using System.Text;

namespace Knowledge.Worker.Tests.Fixtures;

/// <summary>Generated Markdown reports: distinct bytes per marker, several citable passages each.</summary>
internal static class Corpus
{
    public static string Markdown(string marker, int paragraphs = 3)
    {
        var text = new StringBuilder().Append("# Rapport ").Append(marker).Append("\n\n");
        for (var i = 0; i < paragraphs; i++)
        {
            text.Append("Au Burkina Faso, l'enquête ").Append(marker).Append(" menée en 2021 montre que ")
                .Append(12 + i).Append(" pour cent des enfants interrogés dans les sites miniers travaillent plus de huit heures par jour, ")
                .Append("ce qui les expose à des violences, à l'exploitation économique et à l'abandon scolaire. ")
                .Append("Les services sociaux et les associations locales consultées recommandent de renforcer les contrôles ")
                .Append("et l'accompagnement des familles, paragraphe ").Append(marker).Append('-').Append(i).Append(".\n\n");
        }

        return text.ToString();
    }

    /// <summary>Writes a generated report into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder, string fileName, string marker, int paragraphs = 3)
    {
        var path = Path.Combine(folder, fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Markdown(marker, paragraphs), new UTF8Encoding(false));
        return path;
    }

    public static string DocumentId(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..16];
}
