using Knowledge.Core.Search;
using Knowledge.Lucene.Analysis;
using Knowledge.Lucene.Storage;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Knowledge.Lucene.Querying;

/// <summary>
/// Did-you-mean from the index vocabulary: the indexed term closest to a word the index does not
/// hold, by edit distance over the analysed (folded, stemmed) terms of both languages, the most
/// frequent among equally close ones. The term is shown as a reader wrote it: the word of a passage
/// that carries it, so "mariag" is offered as "mariage".
/// </summary>
internal static class Vocabulary
{
    public static string? Suggest(string word, IndexReader reader, EvidenceAnalyzers analyzers)
    {
        (string Field, string Term, int Distance, int DocFreq)? best = null;
        foreach (var language in FieldNames.Languages)
        {
            var field = FieldNames.Text(language);
            var analysed = EvidenceAnalyzers.Terms(analyzers.For(language), field, word);
            if (analysed.Count != 1 || analysed[0].Term.Length < Spelling.MinTermLength)
            {
                continue;
            }

            var typed = analysed[0].Term;
            var terms = MultiFields.GetTerms(reader, field);
            if (terms is null)
            {
                continue;
            }

            // One edit up to seven letters, two beyond: the two-edit automaton costs milliseconds on a large vocabulary.
            var maxEdits = Spelling.MaxEdits(typed.Length);
            var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, typed), maxEdits, 1, true);
            while (fuzzy.MoveNext())
            {
                var text = fuzzy.Term.Utf8ToString();
                var distance = Spelling.Distance(typed, text);
                var docFreq = fuzzy.DocFreq;
                if (distance > 0 && distance <= maxEdits
                    && (best is null || distance < best.Value.Distance || (distance == best.Value.Distance && docFreq > best.Value.DocFreq)))
                {
                    best = (field, text, distance, docFreq);
                }
            }
        }

        return best is { } found ? SurfaceForm(reader, analyzers, found.Field, found.Term) : null;
    }

    /// <summary>The word, as written in a passage holding <paramref name="term"/>, that analyses to it; the term itself if none does.</summary>
    private static string SurfaceForm(IndexReader reader, EvidenceAnalyzers analyzers, string field, string term)
    {
        var searcher = new IndexSearcher(reader);
        var top = searcher.Search(new TermQuery(new Term(field, term)), 1);
        if (top.TotalHits == 0)
        {
            return term;
        }

        var text = EntryMapping.ToFinding(searcher.Doc(top.ScoreDocs[0].Doc, EntryMapping.JsonField)).Text;
        var analyzer = analyzers.For(field == FieldNames.Text("en") ? "en" : "fr");
        using var stream = analyzer.GetTokenStream(field, text);
        var termAttribute = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        string? surface = null;
        while (surface is null && stream.IncrementToken())
        {
            if (termAttribute.ToString() == term && offset.EndOffset <= text.Length && offset.EndOffset > offset.StartOffset)
            {
                surface = Spelling.SurfaceWord(text[offset.StartOffset..offset.EndOffset]);
            }
        }

        stream.End();
        return surface ?? term;
    }
}
