using Knowledge.Core.Taxonomy;

namespace Knowledge.Core.Tests.Taxonomy;

/// <summary>The glossary and the general lexicon load from the taxonomy folder when they are there, from the embedded files otherwise.</summary>
public sealed class GlossaryLoadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("knowledge-glossary-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Default_HoldsTheGlossaryAndTheLexicon()
    {
        var glossary = Glossary.Load(null);
        var mercury = Assert.Single(glossary.Concepts, c => c.En.Contains("mercury"));
        Assert.Contains("mercure", mercury.Fr);
        Assert.Contains(glossary.Concepts, c => c.Fr.Contains("traite"));
    }

    [Fact]
    public void LexiconInTheFolder_ReplacesTheEmbeddedOne_AndFollowsTheGlossary()
    {
        File.WriteAllText(Path.Combine(_folder, Glossary.LexiconFileName), """
            // Two words only.
            [
              { "fr": ["pirogue"], "en": ["canoe"] },
              { "fr": ["filet"], "en": ["net"] },
            ]
            """);
        var embedded = Glossary.Load(null);
        var local = Glossary.Load(_folder);
        Assert.DoesNotContain(local.Concepts, c => c.En.Contains("mercury"));
        Assert.Equal(["canoe"], local.Concepts[^2].En);
        Assert.Equal(["net"], local.Concepts[^1].En);
        // The embedded glossary still comes first.
        Assert.Equal(embedded.Concepts[0].All, local.Concepts[0].All);
        Assert.Equal(embedded.Concepts.Count(c => c.Fr.Contains("traite")), local.Concepts.Count(c => c.Fr.Contains("traite")));
    }

    [Fact]
    public void MalformedLexicon_IsRefused_NamingTheFileAndTheLine()
    {
        File.WriteAllText(Path.Combine(_folder, Glossary.LexiconFileName), "[\n  { \"fr\": [\"pirogue\"], \"en\": [\"canoe\"] }\n  { \"fr\": [\"filet\"] }\n]");
        var ex = Assert.Throws<TaxonomyException>(() => Glossary.Load(_folder));
        Assert.Contains("« lexicon.json » est mal formé (ligne 3)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LexiconConceptWithoutTerms_IsRefused_NumberedInItsOwnFile()
    {
        File.WriteAllText(Path.Combine(_folder, Glossary.LexiconFileName), """[ { "fr": ["pirogue"], "en": ["canoe"] }, { "fr": [], "en": [] } ]""");
        var ex = Assert.Throws<TaxonomyException>(() => Glossary.Load(_folder));
        Assert.Equal("Le fichier « lexicon.json » contient un concept sans aucun terme (concept n° 2).", ex.Message);
    }

    [Fact]
    public void LexiconTermWithoutAWord_IsRefused_NumberedInItsOwnFile()
    {
        File.WriteAllText(Path.Combine(_folder, Glossary.LexiconFileName), """[ { "fr": ["pirogue"], "en": ["canoe"] }, { "fr": ["filet"], "en": ["—"] } ]""");
        var ex = Assert.Throws<TaxonomyException>(() => Glossary.Load(_folder));
        Assert.Equal("Le terme « — » du fichier « lexicon.json » (concept n° 2) ne contient aucun mot.", ex.Message);
    }
}
