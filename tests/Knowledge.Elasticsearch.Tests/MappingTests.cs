using System.Text.Json;
using System.Text.Json.Nodes;
using Knowledge.Elasticsearch.Mapping;
using Knowledge.Elasticsearch.Registry;
using Knowledge.Elasticsearch.Tests.Fakes;

namespace Knowledge.Elasticsearch.Tests;

public sealed class MappingTests
{
    [Fact]
    public async Task FirstStart_CreatesBothIndicesWithTheirAliases_StrictMappings()
    {
        await using var h = new Harness(aliasesExist: false);
        await h.Index.InitializeAsync(TestContext.Current.CancellationToken);

        var creations = h.Fake.Requests.Where(r => r.Method == HttpMethod.Put && r.Path.Count(c => c == '/') == 1).ToList();
        Assert.Equal(["/knowledge-findings-v1", "/knowledge-documents-v1"], creations.Select(c => c.Path));
        Assert.True(creations[0].Json.GetProperty("aliases").TryGetProperty("knowledge-findings", out _));
        Assert.True(creations[1].Json.GetProperty("aliases").TryGetProperty("knowledge-documents", out _));
        Assert.All(creations, c => Assert.Equal("strict", c.Json.GetProperty("mappings").GetProperty("dynamic").GetString()));
    }

    [Fact]
    public async Task EveryStart_PutsTheFieldsAddedSinceTheFirstMapping_OnTheFindingsAlias()
    {
        // An index created before the context fields existed would refuse, being strict, every
        // finding that carries them: start-up adds them (adding a field to a mapping is allowed).
        await using var h = new Harness();
        await h.Index.InitializeAsync(TestContext.Current.CancellationToken);

        var put = h.Fake.Sent(HttpMethod.Put, "/knowledge-findings/_mapping").Single();
        var properties = put.Json.GetProperty("properties");
        Assert.Equal(IndexDefinitions.FrenchAnalyzer, properties.GetProperty("context_fr").GetProperty("analyzer").GetString());
        Assert.Equal(IndexDefinitions.EnglishAnalyzer, properties.GetProperty("context_en").GetProperty("analyzer").GetString());

        // The same definitions as a new index gets, so both kinds of index search them alike.
        var created = Wire.Json(IndexDefinitions.FindingsIndex("i", null))["mappings"]!["properties"]!;
        Assert.Equal(created["context_fr"]!.ToJsonString(), System.Text.Json.Nodes.JsonNode.Parse(properties.GetProperty("context_fr").GetRawText())!.ToJsonString());
    }

    [Theory]
    [InlineData("fr", "context_fr")]
    [InlineData("en", "context_en")]
    public void Context_HoldsTitleHeadingsAndATablesIntroduction_InItsLanguageField(string language, string field)
    {
        var finding = Samples.Finding(language: language) with
        {
            Table = new Core.Evidence.FindingTable { Columns = ["Région", "Part"], Rows = [["Maradi", "76 %"]], Introduction = "Le tableau suivant présente la part des filles mariées avant 18 ans." },
        };

        var context = (string)FindingDocument.ToJson(finding, "g")[field]!;
        Assert.StartsWith(finding.DocumentTitle, context, StringComparison.Ordinal);
        Assert.Contains(finding.SectionPath[^1], context, StringComparison.Ordinal);
        Assert.EndsWith("la part des filles mariées avant 18 ans.", context, StringComparison.Ordinal);
    }

    [Fact]
    public void FrenchAnalyzer_ElidesEveryArticle_ThenLowercase_StopWords_LightStemmer_Folding()
    {
        var analysis = Wire.Json(IndexDefinitions.FindingsIndex("i", null))["settings"]!["analysis"]!;
        var analyzer = analysis["analyzer"]![IndexDefinitions.FrenchAnalyzer]!;
        Assert.Equal("custom", (string?)analyzer["type"]);
        Assert.Equal("standard", (string?)analyzer["tokenizer"]);
        var filters = analyzer["filter"]!.AsArray().Select(f => (string)f!).ToList();
        Assert.Equal(["knowledge_french_elision", "lowercase", "knowledge_french_stop", "knowledge_french_stemmer", "asciifolding"], filters);

        var elision = analysis["filter"]!["knowledge_french_elision"]!;
        Assert.Equal("elision", (string?)elision["type"]);
        Assert.True((bool)elision["articles_case"]!);
        Assert.Equal(["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"], elision["articles"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("_french_", (string?)analysis["filter"]!["knowledge_french_stop"]!["stopwords"]);
        Assert.Equal("light_french", (string?)analysis["filter"]!["knowledge_french_stemmer"]!["language"]);
    }

    [Fact]
    public void BothAnalyzers_DropCombiningMarksAndInvisibleCharacters_BeforeTokenising()
    {
        var analysis = Wire.Json(IndexDefinitions.FindingsIndex("i", null))["settings"]!["analysis"]!;
        var filter = analysis["char_filter"]![IndexDefinitions.InvisibleCharFilter]!;
        Assert.Equal("pattern_replace", (string?)filter["type"]);
        Assert.Equal("", (string?)filter["replacement"]);
        foreach (var analyzer in new[] { IndexDefinitions.FrenchAnalyzer, IndexDefinitions.EnglishAnalyzer })
        {
            // The client writes a one-item list as a bare string, which the specification allows.
            var charFilter = analysis["analyzer"]![analyzer]!["char_filter"]!;
            string[] names = charFilter is System.Text.Json.Nodes.JsonArray list ? [.. list.Select(f => (string)f!)] : [(string)charFilter!];
            Assert.Equal([IndexDefinitions.InvisibleCharFilter], names);
        }

        // The pattern's meaning (the same syntax in .NET and Java for these classes): decomposed
        // accents and invisible characters go, precomposed letters and ordinary text stay.
        var pattern = new System.Text.RegularExpressions.Regex((string)filter["pattern"]!);
        Assert.Equal("precoce", pattern.Replace("pre\u0301coce", ""));
        Assert.Equal("mariage precoce", pattern.Replace("ma\u200Briage\u200F pre\u0301coce\uFEFF", ""));
        Assert.Equal("précoce, Côte d'Ivoire", pattern.Replace("précoce, Côte d'Ivoire", ""));
    }

    [Fact]
    public void EnglishAnalyzer_Possessive_Lowercase_StopWords_LightStemmer_Folding()
    {
        var analysis = Wire.Json(IndexDefinitions.FindingsIndex("i", null))["settings"]!["analysis"]!;
        var filters = analysis["analyzer"]![IndexDefinitions.EnglishAnalyzer]!["filter"]!.AsArray().Select(f => (string)f!).ToList();
        Assert.Equal(["knowledge_english_possessive", "lowercase", "knowledge_english_stop", "knowledge_english_stemmer", "asciifolding"], filters);
        Assert.Equal("possessive_english", (string?)analysis["filter"]!["knowledge_english_possessive"]!["language"]);
        Assert.Equal("_english_", (string?)analysis["filter"]!["knowledge_english_stop"]!["stopwords"]);
        Assert.Equal("light_english", (string?)analysis["filter"]!["knowledge_english_stemmer"]!["language"]);
    }

    [Fact]
    public void TextFields_UseTheirLanguageAnalyzer_WithOffsetsForHighlighting_FacetsAreKeywords()
    {
        var properties = Wire.Json(IndexDefinitions.FindingsIndex("i", null))["mappings"]!["properties"]!;
        Assert.Equal(IndexDefinitions.FrenchAnalyzer, (string?)properties["text_fr"]!["analyzer"]);
        Assert.Equal(IndexDefinitions.EnglishAnalyzer, (string?)properties["text_en"]!["analyzer"]);
        Assert.Equal("offsets", (string?)properties["text_fr"]!["index_options"]);
        Assert.Equal("offsets", (string?)properties["text_en"]!["index_options"]);
        foreach (var facet in (string[])["themes", "countries", "kind", "document_kind", "language", "generation", "document_id", "finding_id"])
        {
            Assert.Equal("keyword", (string?)properties[facet]!["type"]);
        }

        Assert.Equal("integer", (string?)properties["year"]!["type"]);
    }

    [Theory]
    [InlineData("fr", "text_fr", "text_en")]
    [InlineData("en", "text_en", "text_fr")]
    public void FindingText_GoesToItsLanguageField(string language, string present, string absent)
    {
        var json = FindingDocument.ToJson(Samples.Finding(language: language), "g");
        Assert.NotNull(json[present]);
        Assert.False(json.ContainsKey(absent));
    }

    [Fact]
    public void EveryFieldTheEngineWrites_IsMapped_SoStrictMappingNeverRefusesIt()
    {
        var findingFields = MappedFields(Wire.Json(IndexDefinitions.FindingsIndex("i", null)));
        var registryFields = MappedFields(Wire.Json(IndexDefinitions.RegistryIndex("i", null)));

        foreach (var language in (string[])["fr", "en"])
        {
            Assert.Subset(findingFields, FieldNames(FindingDocument.ToJson(Samples.Finding(language: language), "g")));
        }

        Assert.Subset(registryFields, FieldNames(RegistryDocument.ToJson(Samples.Document(), "g", "h")));
        Assert.Subset(registryFields, FieldNames(RegistryDocument.LiveState(["a.1"], DateTimeOffset.UnixEpoch)));
    }

    [Fact]
    public void Finding_RoundTripsThroughItsStoredForm()
    {
        foreach (var language in (string[])["fr", "en"])
        {
            var finding = Samples.Finding(ordinal: 3, language: language);
            using var json = JsonDocument.Parse(FindingDocument.ToJson(finding, "g").ToJsonString());
            var back = FindingDocument.FromJson(json.RootElement);
            Assert.Equivalent(finding, back, strict: true);
        }
    }

    [Theory]
    [InlineData("fr", "context_en", "context_fr")]
    [InlineData("en", "context_fr", "context_en")]
    public void Translation_GoesToTheOtherLanguagesContext_AndRoundTrips(string language, string translated, string own)
    {
        var finding = Samples.Finding(ordinal: 3, language: language) with { Translation = "a rough machine translation" };
        var json = FindingDocument.ToJson(finding, "g");
        Assert.Equal("a rough machine translation", (string?)json[translated]);
        Assert.StartsWith(finding.DocumentTitle, (string)json[own]!, StringComparison.Ordinal);

        using var stored = JsonDocument.Parse(json.ToJsonString());
        Assert.Equivalent(finding, FindingDocument.FromJson(stored.RootElement), strict: true);
        Assert.False(FindingDocument.ToJson(finding with { Translation = null }, "g").ContainsKey(translated));
    }

    [Fact]
    public void Document_RoundTripsThroughItsRegistryEntry_ToTheTick()
    {
        var document = Samples.Document() with { UpdatedAt = new DateTimeOffset(2025, 1, 3, 8, 0, 0, TimeSpan.FromHours(1)).AddTicks(1234567), StoredPath = "/data/a.pdf" };
        using var json = JsonDocument.Parse(RegistryDocument.ToJson(document, "g", "h").ToJsonString());
        var back = RegistryDocument.FromJson(json.RootElement);
        Assert.Equivalent(document, back, strict: true);
        Assert.Equal(document.UpdatedAt, back.UpdatedAt);
    }

    private static HashSet<string> MappedFields(JsonObject indexBody) =>
        [.. indexBody["mappings"]!["properties"]!.AsObject().Select(p => p.Key)];

    private static HashSet<string> FieldNames(JsonObject document) =>
        [.. document.Where(p => p.Value is not null).Select(p => p.Key)];
}
