using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using static Knowledge.Tests.ThesaurusFiles;

namespace Knowledge.Core.Tests.Search;

/// <summary>Query understanding gives each word its thesaurus synonyms, from the query's language, for the engines to search when no finding holds the word.</summary>
public sealed class FallbackUnderstandingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("knowledge-fallback-").FullName;
    private readonly Thesaurus _thesaurus;
    private readonly QueryUnderstanding _understanding;

    public FallbackUnderstandingTests()
    {
        Write(_folder, "th_fr_FR_v2",
            new Entry("sépulture", ("Nom", ["tombe", "tombeau"])),
            new Entry("pilleur", ("Nom", ["pillard", "voleur"])),
            new Entry("gravure", ("Nom", ["estampe", "illustration"])),
            new Entry("enfant", ("Nom", ["gamin", "petit"])),
            new Entry("niger", ("Nom", ["fleuve"])));
        Write(_folder, "th_en_US_v2",
            new Entry("gravure", ("noun", ["rotogravure", "printing"])),
            new Entry("shortage", ("noun", ["deficit", "lack"])));
        _thesaurus = Thesaurus.Load(_folder);
        _understanding = new QueryUnderstanding(EvidenceTaxonomy.Default, Glossary.Default, _thesaurus);
    }

    public void Dispose()
    {
        _thesaurus.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static IReadOnlyList<string> FallbacksOf(QueryPlan plan, string word) =>
        Assert.Single(plan.Clauses, c => c.SingleWord == word).Fallbacks;

    [Fact]
    public void EachWord_CarriesItsSynonyms()
    {
        var plan = _understanding.Analyse("sépultures profanées par des pilleurs");
        Assert.Equal(["tombe", "tombeau"], FallbacksOf(plan, "sépultures"));
        Assert.Equal(["pillard", "voleur"], FallbacksOf(plan, "pilleurs"));
        Assert.Empty(FallbacksOf(plan, "profanées"));
    }

    [Fact]
    public void TheQuerysLanguage_ChoosesTheThesaurus()
    {
        Assert.Equal(["estampe", "illustration"], FallbacksOf(_understanding.Analyse("les enfants de la gravure"), "gravure"));
        Assert.Equal(["rotogravure", "printing"], FallbacksOf(_understanding.Analyse("children in the gravure"), "gravure"));
        Assert.Equal(["estampe", "rotogravure", "illustration", "printing"], FallbacksOf(_understanding.Analyse("gravure"), "gravure")); // each meaning in turn
    }

    [Fact]
    public void GlossaryWords_HaveNone() =>
        Assert.Empty(FallbacksOf(_understanding.Analyse("enfant"), "enfant")); // the glossary's terms are its meaning here

    [Fact]
    public void PlacesAndPhrases_HaveNone()
    {
        var plan = _understanding.Analyse("\"shortage\" Niger");
        Assert.All(plan.Clauses, c => Assert.Empty(c.Fallbacks));
    }

    [Fact]
    public void StopWords_HaveNone()
    {
        // Neither engine searches « les » or "the", so their synonyms could never stand for them.
        Write(_folder, "th_fr_FR_v2", new Entry("les", ("Article", ["ces", "des"])), new Entry("sépulture", ("Nom", ["tombe"])));
        using var thesaurus = Thesaurus.Load(_folder);
        var plan = new QueryUnderstanding(EvidenceTaxonomy.Default, Glossary.Default, thesaurus).Analyse("les sépultures");
        Assert.Empty(FallbacksOf(plan, "les"));
        Assert.Equal(["tombe"], FallbacksOf(plan, "sépultures"));
    }

    [Fact]
    public void WithoutAThesaurus_NoWordHasAny() =>
        Assert.All(new QueryUnderstanding(EvidenceTaxonomy.Default, Glossary.Default).Analyse("sépultures shortage").Clauses, c => Assert.Empty(c.Fallbacks));

    [Theory]
    [InlineData("les enfants de la mine", "fr")]
    [InlineData("children in the mine", "en")]
    [InlineData("mine", null)]
    [InlineData("as on", null)] // stop words of both languages
    public void StopWords_TellTheLanguage(string query, string? language) =>
        Assert.Equal(language, StopWords.LanguageOf(query.Split(' ')));
}
