using Knowledge.Lucene.Searching;
using Knowledge.Lucene.Storage;

namespace Knowledge.Lucene.Tests;

/// <summary>The top-level document numbers a bitset or a matcher holds, for comparing with a reference.</summary>
internal static class MatchedDocs
{
    /// <summary>Every document <paramref name="matcher"/> matches, slice by slice, over <paramref name="searcher"/>.</summary>
    public static SortedSet<int> Of(Matcher matcher, EvidenceSearcher searcher)
    {
        var docs = new SortedSet<int>();
        foreach (var (leaf, start, end) in searcher.Slices().SelectMany(s => s))
        {
            using var bits = matcher.Match(leaf, start, end);
            Add(bits, docs, leaf.DocBase);
        }

        return docs;
    }

    /// <summary>Adds the documents of <paramref name="bits"/>, numbered from <paramref name="docBase"/>, to <paramref name="docs"/>.</summary>
    public static void Add(DocBits bits, SortedSet<int> docs, int docBase = 0)
    {
        var add = new AddTo(docs, docBase);
        bits.ForEach(ref add);
    }

    private readonly struct AddTo(SortedSet<int> docs, int docBase) : IDocAction
    {
        public void On(int doc) => docs.Add(docBase + doc);
    }
}
