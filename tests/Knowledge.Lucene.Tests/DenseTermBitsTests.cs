using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Lucene.Analysis;
using Knowledge.Lucene.Querying;
using Knowledge.Lucene.Searching;
using Knowledge.Lucene.Storage;
using Knowledge.Search.Conformance;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Knowledge.Lucene.Tests;

/// <summary>
/// Matching keeps the bitsets of common terms per segment reader: a kept set gives the same
/// documents as the postings, a reader that sees new deletions does not reuse the set of the
/// reader before them, and rare terms are not kept.
/// </summary>
public sealed class DenseTermBitsTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly EvidenceAnalyzers _analyzers = new();
    private readonly IndexWriter _writer;

    public DenseTermBitsTests()
    {
        _writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzers.PerField) { Similarity = new BM25Similarity() });
        var document = TestData.Document("dense", year: 2020, language: "fr");
        for (var i = 0; i < 200; i++)
        {
            // Every finding holds "enfants"; one in fifty also "budget" (too rare to keep).
            var text = i % 50 == 3 ? "Le budget de la protection des enfants reste faible." : "La protection des enfants reste un défi pour les services sociaux.";
            _writer.AddDocument(EntryMapping.ToDocument(TestData.Finding(document, i, text, ["funding"], ["BF"], FindingKind.Context)));
        }

        _writer.Commit();
    }

    [Fact]
    public void ACommonTerm_IsKeptAndMatchesAsItsPostings_AndNewDeletionsAreNotServedFromTheOldSet()
    {
        using var before = DirectoryReader.Open(_directory);
        Assert.Equal(200, Matches(before, "enfants").Count);
        // Asked again on the same reader, the kept set answers: the same documents.
        Assert.Equal(200, Matches(before, "enfants").Count);
        var segment = before.Leaves.Single().AtomicReader;
        var term = new Term(FieldNames.Text("fr"), "enfant");
        var termsEnum = segment.GetTerms(term.Field)!.GetEnumerator();
        Assert.True(termsEnum.SeekExact(term.Bytes));
        Assert.NotNull(DenseTermBits.For(segment).Get(term, termsEnum, segment.LiveDocs));

        _writer.DeleteDocuments(new Term(FieldNames.FindingId, Finding.MakeId(TestData.Document("dense").Id, 7)));
        _writer.Commit();
        using var after = DirectoryReader.OpenIfChanged(before)!;
        var matched = Matches(after, "enfants");

        Assert.Equal(199, matched.Count);
        Assert.DoesNotContain(7, matched);
        // The old reader still sees its own documents.
        Assert.Equal(200, Matches(before, "enfants").Count);
    }

    [Fact]
    public void ARareTerm_IsNotKept_AndStillMatches()
    {
        using var reader = DirectoryReader.Open(_directory);
        var segment = reader.Leaves.Single().AtomicReader;
        var term = new Term(FieldNames.Text("fr"), "budget");
        var termsEnum = segment.GetTerms(term.Field)!.GetEnumerator();
        Assert.True(termsEnum.SeekExact(term.Bytes));

        Assert.Null(DenseTermBits.For(segment).Get(term, termsEnum, segment.LiveDocs));
        Assert.Equal(4, Matches(reader, "budget").Count);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _directory.Dispose();
    }

    private SortedSet<int> Matches(DirectoryReader reader, string text)
    {
        var searcher = new EvidenceSearcher(reader, int.MaxValue);
        var query = new QueryTranslator(_analyzers).Translate(QueryPlan.Literal(text), reader).Query!;
        return MatchedDocs.Of(Matcher.For(query, searcher), searcher);
    }
}
