using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;

namespace Knowledge.Search.Conformance;

/// <summary>
/// Query understanding, glossary expansion, leniency and phrase-true highlights: every engine
/// consumes the same <see cref="QueryPlan"/> and must find and mark the same things.
/// </summary>
public abstract partial class EvidenceIndexConformanceTests
{
    private static readonly QueryUnderstanding Understanding = new(TestData.Taxonomy, Glossary.Default);

    protected static EvidenceQuery Understood(string text) => new() { Text = text, Plan = Understanding.Analyse(text) };

    [Fact]
    public async Task Expansion_EnglishWord_FindsFrenchPassage()
    {
        await using var index = await CreateSampleIndexAsync();

        // Without the glossary the English word only reaches the English passage.
        var literal = await TextsAsync(index, new EvidenceQuery { Text = "trafficking" });
        Assert.DoesNotContain(literal, t => t.Contains("traite", StringComparison.Ordinal));

        var expanded = await TextsAsync(index, Understood("trafficking"));
        Assert.Contains(expanded, t => t.Contains("réprime la traite des personnes", StringComparison.Ordinal));
        Assert.Contains(expanded, t => t.Contains("Child trafficking networks", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Expansion_MultiWordTerm_FindsTheOtherLanguagesPhrase()
    {
        await using var index = await CreateSampleIndexAsync();
        var texts = await TextsAsync(index, Understood("child marriage"));
        Assert.Contains(texts, t => t.StartsWith("Au Niger, le mariage des enfants", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("Les mariages précoces", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("Governments should end child marriage", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnderstoodCountry_BoostsItsFindings_WithoutFilteringOthers()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, Understood("trafficking Niger"));
        Assert.Equal("NE", Assert.Single(results.Hits[0].Finding.Countries));
        Assert.Contains(results.Hits, h => h.Finding.Countries.Contains("SN"));
    }

    [Fact]
    public async Task MachineTranslation_BringsAQuestionInTheOtherLanguage_BelowPassagesThatSayItThemselves()
    {
        await using var index = await CreateIndexAsync();
        var french = TestData.Document("captivite");
        var english = TestData.Document("captivity", language: "en");
        await index.UpsertDocumentAsync(french, [
            TestData.Finding(french, 0, "Les filles revenues de captivité sont rejetées par leur communauté.") with
            {
                Translation = "daughters gone back captivity refused",
            },
            TestData.Finding(french, 1, "La captivité dure parfois plusieurs années."),
        ], Ct);
        await index.UpsertDocumentAsync(english, TestData.Findings(english, "Children who return from captivity need care."), Ct);

        // No glossary term links « captivité » and "captivity": only the translation does, for the passage that has one.
        var results = await SearchAsync(index, Understood("captivity"));
        Assert.Equal(2, results.Total);
        Assert.StartsWith("Children who return", results.Hits[0].Finding.Text, StringComparison.Ordinal);
        var reached = results.Hits[1];
        Assert.StartsWith("Les filles revenues", reached.Finding.Text, StringComparison.Ordinal);

        // The reader gets the passage as written: the translation is never shown nor marked.
        Assert.DoesNotContain("<mark>", reached.Highlight ?? "", StringComparison.Ordinal);
        Assert.Equal(2, (await SearchAsync(index, Understood("captivité"))).Total);
    }

    [Fact]
    public async Task UnknownWord_IsIgnoredWithNotice_AndTheRestStillMatches()
    {
        await using var index = await CreateSampleIndexAsync();
        var plain = await SearchAsync(index, Understood("orpaillage"));
        var junk = await SearchAsync(index, Understood("orpaillage xyzzyq"));
        Assert.Equal(plain.Total, junk.Total);
        Assert.True(junk.Total > 0);
        Assert.Equal("xyzzyq", Assert.Single(junk.IgnoredWords).Word);
    }

    [Fact]
    public async Task UnknownWord_IsLeftOutOfTheFacetCountsToo()
    {
        await using var index = await CreateSampleIndexAsync();
        var plain = await index.FacetsAsync(Understood("orpaillage"), TestContext.Current.CancellationToken);
        var junk = await index.FacetsAsync(Understood("orpaillage xyzzyq"), TestContext.Current.CancellationToken);
        Assert.NotEmpty(junk.Themes);
        Assert.Equal(plain.Themes, junk.Themes);
        Assert.Equal(plain.Countries, junk.Countries);
    }

    [Fact]
    public async Task OnlyUnknownWords_FindNothing_WithANoticeForEach()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, Understood("xyzzyq qwzzyx"));
        Assert.Equal(0, results.Total);
        Assert.Equal(["xyzzyq", "qwzzyx"], results.IgnoredWords.Select(w => w.Word));
    }

    [Fact]
    public async Task Misspelling_GetsDidYouMeanFromTheIndexVocabulary()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, Understood("orpallage"));
        Assert.Equal(0, results.Total);
        Assert.Equal("orpaillage", Assert.Single(results.IgnoredWords).Suggestion);
    }

    [Fact]
    public async Task WordsThatNeverMeet_RelaxToAnyWord_InsteadOfNothing()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, Understood("orpaillage naissances"));
        var gold = await SearchAsync(index, Understood("orpaillage"));
        var births = await SearchAsync(index, Understood("naissances"));
        Assert.True(results.Relaxed);
        // No passage holds both, so relaxed matching finds each word's passages (expansions included).
        Assert.True(gold.Total > 0 && births.Total > 0);
        Assert.Equal(gold.Total + births.Total, results.Total);
    }

    [Fact]
    public async Task FewFullMatches_AreFollowedByFindingsHoldingSomeOfTheWords_OnStablePages()
    {
        await using var index = await CreateSampleIndexAsync();
        var query = new EvidenceQuery { Text = "mariage precoce" };
        var results = await SearchAsync(index, query);
        var either = await SearchAsync(index, new EvidenceQuery { Text = "mariage OR precoce" });

        // One passage holds both words; those holding either follow it, counted and faceted with it.
        Assert.True(results.Relaxed);
        Assert.Equal(1, results.FullMatches);
        Assert.Equal(either.Total, results.Total);
        Assert.Contains("précoces", results.Hits[0].Finding.Text, StringComparison.Ordinal);
        Assert.All(results.Hits.Skip(1), h => Assert.DoesNotContain("précoce", h.Finding.Text, StringComparison.Ordinal));
        Assert.Equivalent(results.Facets, await index.FacetsAsync(query, TestContext.Current.CancellationToken), strict: true);

        // Pages cut the same order.
        var second = await index.SearchAsync(query with { Page = 2, PageSize = 1 }, TestContext.Current.CancellationToken);
        Assert.Equal(results.Hits[1].Finding.Id, Assert.Single(second.Hits).Finding.Id);
        Assert.Equal(1, second.FullMatches);
    }

    [Fact]
    public async Task SortedByYear_KeepsOnlyTheFullMatches()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, new EvidenceQuery { Text = "mariage precoce", Sort = SearchSort.YearDescending });
        Assert.False(results.Relaxed);
        Assert.Equal(1, results.Total);
        Assert.Equal(1, results.FullMatches);
    }

    [Fact]
    public async Task Highlight_QuotedPhrase_MarksThePhraseOnly()
    {
        await using var index = await CreateSampleIndexAsync();
        var hit = Assert.Single((await SearchAsync(index, Understood("\"code pénal\""))).Hits);
        Assert.Contains("<mark>code pénal</mark>", hit.Highlight, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>Le</mark>", hit.Highlight, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Highlight_Expansion_MarksTheGlossaryTermInTheOtherLanguage()
    {
        await using var index = await CreateSampleIndexAsync();
        var hits = (await SearchAsync(index, Understood("trafficking"))).Hits;
        var french = Assert.Single(hits, h => h.Finding.Language == "fr");
        Assert.Contains("<mark>traite des personnes</mark>", french.Highlight, StringComparison.Ordinal);
    }

    /// <summary>A small thesaurus of the tests' own (<see cref="ThesaurusFiles"/>), written once per run.</summary>
    private static readonly Lazy<QueryUnderstanding> WithThesaurus = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("knowledge-conformance-thesaurus-").FullName;
        ThesaurusFiles.Write(folder, "th_fr_FR_v2",
            new ThesaurusFiles.Entry("épousailles", ("Nom", ["union", "mariage", "noces"])),
            new ThesaurusFiles.Entry("mariage", ("Nom", ["union", "alliance"])),
            new ThesaurusFiles.Entry("bidule", ("Nom", ["machin", "truc"])));
        ThesaurusFiles.Write(folder, "th_en_US_v2", new ThesaurusFiles.Entry("nuptials", ("noun", ["matrimony", "marriage"])));
        var thesaurus = Thesaurus.Load(folder);
        Directory.Delete(folder, recursive: true); // the data file stays open, and is read from the open handle
        return new QueryUnderstanding(TestData.Taxonomy, Glossary.Default, thesaurus);
    });

    private static EvidenceQuery WithSynonyms(string text) => new() { Text = text, Plan = WithThesaurus.Value.Analyse(text) };

    [Fact]
    public async Task UnknownWord_IsSearchedThroughTheSynonymsTheIndexHolds_WithANotice()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, WithSynonyms("épousailles précoces"));
        Assert.Equal(1, results.FullMatches);
        var hit = results.Hits[0];
        Assert.StartsWith("Les mariages précoces", hit.Finding.Text, StringComparison.Ordinal);
        Assert.Contains("<mark>mariages</mark>", hit.Highlight, StringComparison.Ordinal);
        Assert.Empty(results.IgnoredWords);
        var replaced = Assert.Single(results.ReplacedWords);
        Assert.Equal("épousailles", replaced.Word);
        Assert.Equal(["mariage"], replaced.Synonyms); // « union » and « noces » are in no finding
    }

    [Fact]
    public async Task UnknownEnglishWord_IsSearchedThroughItsSynonym()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, WithSynonyms("nuptials"));
        Assert.Equal(["marriage"], Assert.Single(results.ReplacedWords).Synonyms);
        Assert.Contains(results.Hits, h => h.Finding.Text.StartsWith("Governments should end child marriage", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownWord_WhoseSynonymsNoFindingHolds_IsIgnoredAsBefore()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, WithSynonyms("orpaillage bidule"));
        Assert.Equal("bidule", Assert.Single(results.IgnoredWords).Word);
        Assert.Empty(results.ReplacedWords);
        Assert.Equal((await SearchAsync(index, Understood("orpaillage"))).Total, results.Total);
    }

    [Fact]
    public async Task KnownWord_IsNeverReplacedByItsSynonyms()
    {
        await using var index = await CreateSampleIndexAsync();
        var plain = await SearchAsync(index, Understood("mariage"));
        var results = await SearchAsync(index, WithSynonyms("mariage"));
        Assert.NotEmpty(plain.Hits);
        Assert.Empty(results.ReplacedWords);
        Assert.Equal(plain.Hits.Select(h => (h.Finding.Id, h.Score)), results.Hits.Select(h => (h.Finding.Id, h.Score)));
    }

    [Fact]
    public async Task DecomposedAccents_FindWhatComposedOnesFind()
    {
        await using var index = await CreateSampleIndexAsync();
        var composed = await TextsAsync(index, new EvidenceQuery { Text = "précoces" });
        var decomposed = await TextsAsync(index, new EvidenceQuery { Text = "pre\u0301coces\u200B" });
        Assert.NotEmpty(composed);
        Assert.Equal(composed, decomposed);
    }
}
