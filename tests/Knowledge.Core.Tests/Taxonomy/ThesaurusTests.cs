using Knowledge.Core.Taxonomy;
using static Knowledge.Tests.ThesaurusFiles;

namespace Knowledge.Core.Tests.Taxonomy;

/// <summary>The MyThes thesauri: lookups by dictionary form, both languages, and files refused with their line.</summary>
public sealed class ThesaurusTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("knowledge-thesaurus-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Thesaurus Sample()
    {
        Write(_folder, "th_fr_FR_v2",
            new Entry("sépulture", ("Nom", ["tombe", "tombeau", "caveau"]), ("Nom", ["inhumation", "enterrement"])),
            new Entry("railler", ("Verbe", ["moquer", "ridiculiser"])),
            new Entry("école", ("Nom", ["établissement scolaire", "classe"])),
            new Entry("de", ("Préposition", ["depuis"])));
        Write(_folder, "th_en_US_v2",
            new Entry("reveal", ("verb", ["disclose", "uncover (generic term)"])),
            new Entry("shortage", ("noun", ["deficit", "lack", "shortfall"])),
            new Entry("de", ("noun", ["Delaware", "First State"])));
        return Thesaurus.Load(_folder);
    }

    [Fact]
    public void Synonyms_TakeTheFirstOfEachMeaningFirst()
    {
        using var thesaurus = Sample();
        Assert.Equal(["tombe", "inhumation", "tombeau", "enterrement", "caveau"], thesaurus.SynonymsOf("sépulture"));
        Assert.Equal(["deficit", "lack", "shortfall"], thesaurus.SynonymsOf("shortage"));
    }

    [Theory]
    [InlineData("sépultures", "tombe")] // a plural
    [InlineData("SEPULTURE", "tombe")] // case and accents
    [InlineData("raillés", "moquer")] // a participle
    [InlineData("raillent", "moquer")] // a conjugated verb
    [InlineData("l'école", "établissement scolaire")] // an elided article
    [InlineData("revealing", "disclose")] // an English -ing
    [InlineData("shortages", "deficit")]
    public void AnInflectedWord_FindsItsDictionaryForm(string word, string first)
    {
        using var thesaurus = Sample();
        Assert.Equal(first, thesaurus.SynonymsOf(word)[0]);
    }

    [Fact]
    public void NotesInBrackets_AreDropped()
    {
        using var thesaurus = Sample();
        Assert.Equal(["disclose", "uncover"], thesaurus.SynonymsOf("reveal"));
    }

    [Fact]
    public void TheQuerysLanguage_ChoosesTheThesaurus()
    {
        using var thesaurus = Sample();
        Assert.Equal(["depuis"], thesaurus.SynonymsOf("de", "fr"));
        Assert.Equal(["Delaware", "First State"], thesaurus.SynonymsOf("de", "en"));
        Assert.Equal(["depuis", "Delaware", "First State"], thesaurus.SynonymsOf("de"));
        Assert.Empty(thesaurus.SynonymsOf("shortage", "fr"));
    }

    [Fact]
    public void AnUnknownWord_HasNoSynonyms()
    {
        using var thesaurus = Sample();
        Assert.Empty(thesaurus.SynonymsOf("xyzzyq"));
        Assert.Empty(Thesaurus.Empty.SynonymsOf("sépulture"));
    }

    [Fact]
    public void AFolderWithoutThesauri_GivesTheEmptyThesaurus()
    {
        var thesaurus = Thesaurus.Load(_folder);
        Assert.Same(Thesaurus.Empty, thesaurus);
        Assert.Empty(thesaurus.Languages);
    }

    [Fact]
    public void AMalformedIndex_IsRefused_NamingTheFileAndTheLine()
    {
        Write(_folder, "th_fr_FR_v2", new Entry("sépulture", ("Nom", ["tombe"])));
        File.AppendAllText(Path.Combine(_folder, "th_fr_FR_v2.idx"), "tombe sans position\n");
        var ex = Assert.Throws<TaxonomyException>(() => Thesaurus.Load(_folder));
        Assert.Contains("th_fr_FR_v2.idx » est mal formé (ligne 4)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherEncoding_IsRefused()
    {
        Write(_folder, "th_en_US_v2", new Entry("reveal", ("verb", ["disclose"])));
        var index = Path.Combine(_folder, "th_en_US_v2.idx");
        File.WriteAllText(index, "ISO8859-1" + File.ReadAllText(index)[5..]);
        var ex = Assert.Throws<TaxonomyException>(() => Thesaurus.Load(_folder));
        Assert.Contains("encodé en « ISO8859-1 »", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LongEntries_AreReadWhole()
    {
        var synonyms = Enumerable.Range(0, 40).Select(i => "synonyme" + i + new string('x', 60)).ToArray();
        Write(_folder, "th_fr_FR_v2", new Entry("abri", [.. Enumerable.Range(0, 40).Select(i => ("Nom", synonyms))]), new Entry("zèbre", ("Nom", ["équidé"])));
        using var thesaurus = Thesaurus.Load(_folder);
        Assert.Equal(synonyms.Take(Thesaurus.MaxSynonyms), thesaurus.SynonymsOf("abri"));
        Assert.Equal(["équidé"], thesaurus.SynonymsOf("zèbre"));
    }

    /// <summary>The thesauri <c>tests/install-deps.sh</c> installs, as the search uses them.</summary>
    [Fact]
    public void TheInstalledThesauri_KnowBothLanguages()
    {
        RequireInstalled();
        Assert.Equal(["fr", "en"], Thesaurus.Installed.Languages);
        Assert.Contains("tombes", Thesaurus.Installed.SynonymsOf("sépultures", "fr"));
        Assert.Contains("lack", Thesaurus.Installed.SynonymsOf("shortage", "en"));
    }
}
