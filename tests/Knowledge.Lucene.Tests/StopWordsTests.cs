using Knowledge.Core.Search;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;

namespace Knowledge.Lucene.Tests;

/// <summary>
/// The shared stop list (which the Elasticsearch engine and query understanding read) is exactly what the
/// embedded engine's analyzers drop, so that both engines leave out the same words.
/// </summary>
public sealed class StopWordsTests
{
    [Fact]
    public void SharedList_IsLucenesFrenchAndEnglishDefaults()
    {
        var lucene = FrenchAnalyzer.DefaultStopSet.Concat(EnglishAnalyzer.DefaultStopSet).Select(o => o.ToString()!).ToHashSet(StringComparer.Ordinal);
        Assert.True(lucene.SetEquals(StopWords.All), $"only in Lucene: {string.Join(", ", lucene.Except(StopWords.All))}; only shared: {string.Join(", ", StopWords.All.Except(lucene))}");
    }
}
