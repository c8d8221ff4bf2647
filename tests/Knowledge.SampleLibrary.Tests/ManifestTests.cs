using System.Globalization;
using Knowledge.SampleLibrary.Builder.Manifest;
using Knowledge.SampleLibrary.Builder.Sources;

namespace Knowledge.SampleLibrary.Tests;

public sealed class ManifestTests
{
    private static readonly string[] Kinds = ["country-overview", "research-report", "strategy", "policy-brief", "other"];

    private readonly LibraryManifest _manifest = LibraryManifest.Load(TestFiles.SampleLibrary("library"));

    [Fact]
    public void Manifest_ListsBetweenEightAndTwelveFiles_ThatAllExist()
    {
        Assert.InRange(_manifest.Documents.Count, 8, 12);
        Assert.All(_manifest.Documents, d => Assert.True(
            File.Exists(Path.Combine(TestFiles.SampleLibrary("library"), d.File)), $"{d.File} is listed but missing"));
        Assert.Equal(_manifest.Documents.Count, _manifest.Documents.Select(d => d.File).Distinct().Count());
    }

    [Fact]
    public void Manifest_EveryEntry_HasKnownKindLanguageAndMetadata()
    {
        Assert.All(_manifest.Documents, d =>
        {
            Assert.Contains(d.Kind, Kinds);
            Assert.Contains(d.Language, new[] { "fr", "en" });
            Assert.False(string.IsNullOrWhiteSpace(d.Title), $"{d.File}: no title");
            Assert.Contains("(", d.Publisher, StringComparison.Ordinal); // "(exemple)" / "(sample)" marks sample material
            Assert.InRange(d.Year, 2015, 2030);
        });
    }

    [Fact]
    public void Manifest_EveryCountry_IsAnIsoAlpha2Code()
    {
        Assert.All(_manifest.Documents.SelectMany(d => d.Countries.Select(c => (d.File, Code: c))), x =>
        {
            Assert.Matches("^[A-Z]{2}$", x.Code);
            var region = new RegionInfo(x.Code);
            Assert.Equal(x.Code, region.TwoLetterISORegionName);
        });
    }

    [Fact]
    public void Library_HasADocxAndAnEnglishDocument_AndSeveralKinds()
    {
        Assert.Contains(_manifest.Documents, d => d.File.EndsWith(".docx", StringComparison.Ordinal));
        Assert.Contains(_manifest.Documents, d => d.Language == "en");
        Assert.True(_manifest.Documents.Select(d => d.Kind).Distinct().Count() >= 3, "fewer than three document kinds");
    }

    [Fact]
    public void EverySource_HasAMatchingOutput_AndManifestEntry()
    {
        var sources = Directory.GetFiles(TestFiles.SampleLibrary("sources"), "*.md");
        Assert.NotEmpty(sources);
        foreach (var path in sources)
        {
            var source = ReportSourceParser.Parse(path);
            var entry = Assert.Single(_manifest.Documents, d => d.Source == source.SourceFile);
            Assert.Equal(source.OutputFile, entry.File);
            Assert.Equal(source.Title, entry.Title);
            Assert.Equal(source.Countries, entry.Countries);
            Assert.True(File.Exists(Path.Combine(TestFiles.SampleLibrary("library"), source.OutputFile)), $"{source.OutputFile} not built");
        }

        Assert.Equal(sources.Length, _manifest.Documents.Count);
    }
}
