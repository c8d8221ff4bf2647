using System.Runtime.CompilerServices;
using Knowledge.Core.Taxonomy;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Knowledge.Lucene.Analysis;

/// <summary>
/// French passage analysis: elision, lower case, stop words, accent folding, light stemming.
/// Folding runs before stemming so that the stemmer sees the same letters whether or not the
/// writer typed the accents ("precoce" and "précoces" end up as one term).
/// </summary>
internal sealed class FrenchEvidenceAnalyzer(GlossaryPhrases? phrases = null) : Analyzer
{
    /// <summary>The full set of elided French words, not only Lucene's default (which lacks lorsqu', puisqu'…).</summary>
    public static readonly IReadOnlySet<string> ElidedWords = new HashSet<string>(
        ["l", "d", "j", "qu", "n", "s", "c", "m", "t", "lorsqu", "puisqu", "jusqu", "quoiqu"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly CharArraySet Articles = new(LuceneVersion.LUCENE_48, ElidedWords.ToList(), ignoreCase: true);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new ElisionFilter(source, Articles);
        stream = new LowerCaseFastFilter(stream);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, FrenchAnalyzer.DefaultStopSet);
        stream = new ASCIIFoldingFilter(stream);
        stream = new FrenchLightStemFilter(stream);
        if (phrases is not null)
        {
            stream = new GlossaryPhraseFilter(stream, phrases, "fr");
        }

        return new TokenStreamComponents(source, stream);
    }
}

/// <summary>
/// English passage analysis: possessives, lower case, stop words, accent folding, Porter stemming
/// ("trafficked" and "trafficking" share a stem).
/// </summary>
internal sealed class EnglishEvidenceAnalyzer(GlossaryPhrases? phrases = null) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, source);
        stream = new LowerCaseFastFilter(stream);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new ASCIIFoldingFilter(stream);
        stream = new PorterStemFilter(stream);
        if (phrases is not null)
        {
            stream = new GlossaryPhraseFilter(stream, phrases, "en");
        }

        return new TokenStreamComponents(source, stream);
    }
}

/// <summary>
/// The two passage analyzers (for queries and highlights) and the per-field routing the index
/// writer uses, whose text analysis also marks the glossary's phrases (<see cref="GlossaryPhrases"/>)
/// when a glossary is given.
/// </summary>
internal sealed class EvidenceAnalyzers : IDisposable
{
    private static readonly ConditionalWeakTable<Glossary, GlossaryPhrases> PhrasesByGlossary = [];

    private readonly Analyzer _indexFrench;
    private readonly Analyzer _indexEnglish;

    public EvidenceAnalyzers(Glossary? glossary = null)
    {
        French = new FrenchEvidenceAnalyzer();
        English = new EnglishEvidenceAnalyzer();
        // Built once per glossary: the phrases only depend on it and on the analysis (the same in every
        // instance), and reading thousands of glossary and lexicon terms through both analyzers costs a
        // few hundred milliseconds at each index opened.
        Phrases = glossary is null ? null : PhrasesByGlossary.GetValue(glossary, g => new GlossaryPhrases(g, For));
        _indexFrench = Phrases is null ? French : new FrenchEvidenceAnalyzer(Phrases);
        _indexEnglish = Phrases is null ? English : new EnglishEvidenceAnalyzer(Phrases);
        PerField = new PerFieldAnalyzerWrapper(
            new KeywordAnalyzer(),
            new Dictionary<string, Analyzer>(StringComparer.Ordinal)
            {
                [FieldNames.Text("fr")] = _indexFrench,
                [FieldNames.Context("fr")] = _indexFrench,
                [FieldNames.Text("en")] = _indexEnglish,
                [FieldNames.Context("en")] = _indexEnglish,
            });
    }

    public Analyzer French { get; }

    public Analyzer English { get; }

    /// <summary>The glossary's phrases the index writer marks; null when the analyzers were built without a glossary.</summary>
    public GlossaryPhrases? Phrases { get; }

    /// <summary>Routes text fields to their language's analyzer (marking glossary phrases); keyword fields stay whole.</summary>
    public Analyzer PerField { get; }

    public Analyzer For(string language) => language == "en" ? English : French;

    /// <summary>The analysed terms of <paramref name="text"/> with their positions.</summary>
    public static List<(string Term, int Position)> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        PerField.Dispose();
        if (Phrases is not null)
        {
            _indexFrench.Dispose();
            _indexEnglish.Dispose();
        }

        French.Dispose();
        English.Dispose();
    }
}
