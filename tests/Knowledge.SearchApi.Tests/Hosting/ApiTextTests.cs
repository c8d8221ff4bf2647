using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Knowledge.SearchApi.Tests.Hosting;

/// <summary>The API's messages live in ApiText.resx (French) and ApiText.en.resx: both complete, both used the same way.</summary>
public sealed partial class ApiTextTests
{
    private static readonly string Folder = TestFiles.InRepository("search-api", "Knowledge.SearchApi");

    [Fact]
    public void FrenchAndEnglish_HaveTheSameKeys_AndTheSamePlaceholders()
    {
        var fr = Read("Hosting/ApiText.resx");
        var en = Read("Hosting/ApiText.en.resx");

        Assert.Equal(fr.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in fr)
        {
            Assert.True(Placeholders(text).SequenceEqual(Placeholders(en[key])), $"{key}: « {text} » and \"{en[key]}\" do not take the same values");
            Assert.False(string.IsNullOrWhiteSpace(text), key);
        }
    }

    [Fact]
    public void EveryKeyTheCodeAsksFor_Exists()
    {
        var keys = Read("Hosting/ApiText.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var asked = Directory.EnumerateFiles(Folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)).Where(l => l.Contains("ApiText.", StringComparison.Ordinal) || l.Contains("Problems.NotFound", StringComparison.Ordinal) || l.Contains("Problem(lang,", StringComparison.Ordinal))
                .SelectMany(l => Key().Matches(l).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value))))
            .Where(k => !k.Key.StartsWith("DocumentKind", StringComparison.Ordinal) && !k.Key.StartsWith("FindingKind", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(asked);
        Assert.All(asked, k => Assert.True(keys.Contains(k.Key), $"{k.File} asks for « {k.Key} », absent from ApiText.resx"));
    }

    private static Dictionary<string, string> Read(string relative) =>
        XDocument.Load(Path.Combine(Folder, relative)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    private static IEnumerable<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    // A PascalCase string literal on a line that asks ApiText for a message: a message key.
    [GeneratedRegex("\"([A-Z][A-Za-z]+)\"")]
    private static partial Regex Key();
}
