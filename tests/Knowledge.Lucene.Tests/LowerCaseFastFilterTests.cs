using Knowledge.Lucene.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Knowledge.Lucene.Tests;

/// <summary>The fast lower-casing gives Lucene's terms exactly, so indexes built before it still match.</summary>
public sealed class LowerCaseFastFilterTests
{
    [Theory]
    [InlineData("Mariage PRÉCOCE des Filles au NIGER")]
    [InlineData("ÉCOLE Élèves ÇA Œuvre ÆTHER Ÿ")]
    [InlineData("İstanbul IĞDIR Straße ΣΟΦΙΑ Ελληνικά")]
    [InlineData("𝐀𝐁𝐂 lettres mathématiques 😀 EMOJI")]
    [InlineData("Code2024 ABC-DEF d'ENFANTS l’ÉTAT 15% Ünïcödé")]
    [InlineData("")]
    public void Terms_AreThoseOfLucenesLowerCaseFilter(string text)
    {
        Assert.Equal(Terms(text, s => new LowerCaseFilter(LuceneVersion.LUCENE_48, s)), Terms(text, s => new LowerCaseFastFilter(s)));
    }

    [Fact]
    public void AsciiAndAccentedTerms_AreLowered()
    {
        Assert.Equal(["mariage", "précoce", "niger", "çà"], Terms("Mariage PRÉCOCE NIGER ÇÀ", s => new LowerCaseFastFilter(s)));
    }

    private static List<string> Terms(string text, Func<TokenStream, TokenStream> filter)
    {
        using var analyzer = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader);
            return new TokenStreamComponents(source, filter(source));
        });
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var terms = new List<string>();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
