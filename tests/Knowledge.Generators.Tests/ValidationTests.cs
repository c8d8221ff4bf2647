using System.Text.RegularExpressions;
using System.Xml.Linq;
using Knowledge.Generators.Audiences;
using Knowledge.Generators.Requests;
using Knowledge.Generators.Tests.Fakes;
using Knowledge.Generators.Tests.TestData;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Generators.Tests;

public partial class ValidationTests
{
    private static readonly GenerationRequestValidator Validator = new(EvidenceFixture.Taxonomy, AudienceCatalog.Default);

    [Fact]
    public void UnknownCodes_AreReportedPerField_WithTheValidOnes_InBothLanguages()
    {
        var result = Validator.Validate(new MessagesRequest { Country = "XX", Audience = "aliens", Themes = ["nope"], Language = "de" });

        var fr = result.ToDictionary("fr");
        var en = result.ToDictionary("en");
        Assert.Equal(["audience", "country", "language", "themes"], fr.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("« nope »", fr["themes"][0], StringComparison.Ordinal);
        Assert.Contains("child-marriage", fr["themes"][0], StringComparison.Ordinal);
        Assert.Contains("Unknown theme: \"nope\"", en["themes"][0], StringComparison.Ordinal);
        Assert.Contains("BF, NE, ML, SN", fr["country"][0], StringComparison.Ordinal);
        Assert.Contains("private-sector-tourism", en["audience"][0], StringComparison.Ordinal);
        Assert.Contains("fr, en", fr["language"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_NeedExactlyOneOfCountryOrRegion()
    {
        Assert.Contains("country", Validator.Validate(new MessagesRequest { Country = "BF", Region = "sahel", Audience = "media" }).ToDictionary().Keys);
        Assert.Contains("country", Validator.Validate(new MessagesRequest { Audience = "media" }).ToDictionary().Keys);
        Assert.True(Validator.Validate(new MessagesRequest { Region = "sahel", Audience = "media" }).IsValid);
    }

    [Fact]
    public void PeriodsAndPositionNoteTheme_AreChecked()
    {
        var plan = Validator.Validate(new NationalPlanRequest { Country = "BF", PeriodStart = 2028, PeriodEnd = 2026 }).ToDictionary();
        Assert.Equal(["periodEnd"], plan.Keys);
        var strategy = Validator.Validate(new RegionalStrategyRequest { Region = "", PeriodStart = 0, PeriodEnd = 0 }).ToDictionary("en");
        Assert.Contains("sahel, ecowas", strategy["region"][0], StringComparison.Ordinal);
        Assert.Contains("periodStart", strategy.Keys);
        var note = Validator.Validate(new PositionNoteRequest { Country = "NE", Themes = ["justice", "trafficking"] }).ToDictionary();
        Assert.Equal(["themes"], note.Keys);
    }

    [Fact]
    public async Task GenerateAsync_RejectsAnInvalidRequest_BeforeQueryingTheIndex()
    {
        var service = Generation.Service(new InMemoryEvidenceIndex(EvidenceFixture.Taxonomy));

        var ex = await Assert.ThrowsAsync<GenerationRequestException>(() => service.GenerateAsync(new PositionNoteRequest { Country = "ZZ", Themes = ["trafficking"] }, TestContext.Current.CancellationToken));
        Assert.Equal(["country"], ex.Validation.ToDictionary().Keys);
    }

    [Fact]
    public async Task CodesAreMatchedWhateverTheirCase_AndRecordedAsTheTaxonomySpellsThem()
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var document = await service.GenerateAsync(new PositionNoteRequest { Country = "ne", Themes = ["Sexual-Exploitation"] }, TestContext.Current.CancellationToken);

        var request = Assert.IsType<PositionNoteRequest>(document.Request);
        Assert.Equal("NE", request.Country);
        Assert.Equal(["sexual-exploitation"], request.Themes);
        Assert.NotEmpty(document.Quotes());
    }

    [Fact]
    public async Task EvidenceFromYear_KeepsOlderAndUndatedFindingsOut()
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var document = await service.GenerateAsync(new RegionalStrategyRequest { Region = "ecowas", PeriodStart = 2026, PeriodEnd = 2027, EvidenceFromYear = 2022 }, TestContext.Current.CancellationToken);

        var years = document.Quotes().Select(q => q.Source.Citation.Year).ToList();
        Assert.NotEmpty(years);
        Assert.All(years, y => Assert.True(y >= 2022, $"year {y}"));
    }

    [Fact]
    public async Task AddGenerators_ResolvesTheService_OverTheRegisteredIndex()
    {
        var services = new ServiceCollection();
        services.AddSingleton(EvidenceFixture.Taxonomy);
        services.AddSingleton<Knowledge.Core.Search.IEvidenceIndex>(await EvidenceFixture.IndexAsync());
        services.AddGenerators();
        await using var provider = services.BuildServiceProvider();

        var service = provider.GetRequiredService<GenerationService>();
        var document = await service.GenerateAsync(new PositionNoteRequest { Country = "SN", Themes = ["sexual-exploitation"], Language = "en" }, TestContext.Current.CancellationToken);
        Assert.NotEmpty(document.Quotes());
        Assert.NotNull(provider.GetRequiredService<GenerationRequestValidator>());
    }

    [Fact]
    public void ValidationText_FrenchAndEnglish_HaveTheSameKeysAndPlaceholders_AndEveryKeyTheCodeAsksForExists()
    {
        var folder = TestFiles.InRepository("generators", "Knowledge.Generators");
        var fr = ReadResx(Path.Combine(folder, "Requests", "ValidationText.resx"));
        var en = ReadResx(Path.Combine(folder, "Requests", "ValidationText.en.resx"));
        Assert.Equal(fr.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in fr)
        {
            Assert.True(
                Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)
                    .SequenceEqual(Placeholder().Matches(en[key]).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)),
                $"{key}: « {text} » and \"{en[key]}\" do not take the same values");
        }

        var asked = new[] { Path.Combine(folder, "Requests", "GenerationRequestValidator.cs"), Path.Combine(folder, "Requests", "GenerationRequests.cs"), Path.Combine(folder, "GenerationService.cs") }
            .SelectMany(File.ReadLines)
            .Where(l => l.Contains("ValidationText.", StringComparison.Ordinal) || l.Contains("Required(", StringComparison.Ordinal) || l.Contains("Unknown", StringComparison.Ordinal))
            .SelectMany(l => Key().Matches(l).Select(m => m.Groups[1].Value))
            .ToList();
        Assert.True(asked.Count >= 20, $"only {asked.Count} keys found in the code");
        Assert.All(asked, k => Assert.True(fr.ContainsKey(k), $"the code asks for « {k} », absent from ValidationText.resx"));
    }

    private static Dictionary<string, string> ReadResx(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    // A dotted PascalCase literal ("Country.Unknown") on a line that builds a validation message: a message key.
    [GeneratedRegex("\"([A-Z][A-Za-z]+\\.[A-Za-z]+)\"")]
    private static partial Regex Key();
}
