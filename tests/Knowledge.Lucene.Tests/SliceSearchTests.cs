using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Lucene.Analysis;
using Knowledge.Lucene.Facets;
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
/// The bitset search against references computed another way: text matches against Lucene's own
/// scorers, totals and multi-select facet counts against a brute-force pass over the findings,
/// top hits and scores against Lucene's filtered search. The index has several segments and
/// deleted findings, and is searched both in one slice and in slices cut mid-segment.
/// </summary>
public sealed class SliceSearchTests : IDisposable
{
    private static readonly string[] FrenchWords =
    [
        "mariage", "précoce", "filles", "enfants", "traite", "exploitation", "sexuelle", "travail",
        "mines", "école", "justice", "mendicité", "talibés", "naissances", "enregistrement", "violences",
    ];

    private static readonly string[] EnglishWords =
    [
        "marriage", "early", "girls", "children", "trafficking", "exploitation", "sexual", "labour",
        "mines", "school", "justice", "begging", "birth", "registration", "violence", "online",
    ];

    private static readonly string[] Themes = ["child-marriage", "trafficking", "child-labour", "justice", "online-abuse"];
    private static readonly string[] Countries = ["BF", "NE", "GN", "MR", "ML", "SN"];

    private readonly RAMDirectory _directory = new();
    private readonly EvidenceAnalyzers _analyzers = new();
    private readonly Dictionary<string, Finding> _findings = new(StringComparer.Ordinal);
    private readonly DirectoryReader _reader;

    public SliceSearchTests()
    {
        var random = new Random(20261122);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzers.PerField)
        {
            Similarity = new BM25Similarity(),
            MergePolicy = NoMergePolicy.COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var d = 0; d < 48; d++)
            {
                var document = TestData.Document($"doc-{d}", year: d % 7 == 0 ? null : 2010 + random.Next(14), language: random.Next(3) == 0 ? "en" : "fr");
                for (var i = 0; i < 30; i++)
                {
                    var finding = RandomFinding(random, document, i);
                    _findings[finding.Id] = finding;
                    writer.AddDocument(EntryMapping.ToDocument(finding));
                }

                // A registry entry per document, as in the real index: it must never count as a finding.
                writer.AddDocument(EntryMapping.ToDocument(document, "hash"));
                if (d % 8 == 7)
                {
                    writer.Commit();
                }

                if (d % 5 == 4)
                {
                    // Re-ingesting some findings leaves deleted copies behind in earlier segments.
                    foreach (var id in _findings.Keys.Where((_, k) => k % 11 == d % 11).Take(6).ToList())
                    {
                        writer.DeleteDocuments(new Term(FieldNames.FindingId, id));
                        writer.AddDocument(EntryMapping.ToDocument(_findings[id]));
                    }
                }
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
    }

    public static TheoryData<string?> Texts => new(
        null,
        "mariage",
        "children",
        "mariage précoce",
        "traite exploitation sexuelle",
        "enfants travail mines école",
        "\"exploitation sexuelle\"",
        "traite OR trafficking",
        "exploitation -sexuelle",
        "-mariage",
        "\"early marriage\" girls",
        "precoce filles",
        "justice violences talibés mendicité naissances");

    [Fact]
    public void Index_HasSeveralSegmentsAndDeletions()
    {
        Assert.True(_reader.Leaves.Count >= 5);
        Assert.True(_reader.NumDeletedDocs > 0);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Matcher_MatchesExactlyWhatLuceneScorersMatch(string? text)
    {
        foreach (var threshold in new[] { int.MaxValue, 0 })
        {
            var searcher = Searcher(threshold);
            var query = TextQuery(text);
            var expected = new SortedSet<int>();
            searcher.Search(query, new AllDocs(expected));

            var actual = MatchedDocs.Of(Matcher.For(query, searcher), searcher);

            Assert.NotEmpty(expected);
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Search_TotalsFacetsAndTopHitsMatchBruteForce(string? text)
    {
        var random = new Random(text?.Length ?? 0);
        for (var round = 0; round < 12; round++)
        {
            var filters = RandomFilters(random);
            foreach (var threshold in new[] { int.MaxValue, 0 })
            {
                var searcher = Searcher(threshold);
                var query = TextQuery(text);
                var matched = new SortedSet<int>();
                searcher.Search(query, new AllDocs(matched));
                var findings = matched.ToDictionary(doc => doc, doc => _findings[Stored(searcher, doc).Id]);

                var sort = new Sort(SortField.FIELD_SCORE, new SortField(FieldNames.DocumentId, SortFieldType.STRING), new SortField(FieldNames.Ordinal, SortFieldType.INT64));
                var (total, facets, top) = new SliceSearch(Matcher.For(query, searcher), null, HitScorer.For(query, searcher), filters, facets: true, sort, numHits: 2000)
                    .Run(searcher);

                var hits = findings.Where(p => Passes(p.Value, filters, except: null)).Select(p => p.Key).ToHashSet();
                Assert.Equal(hits.Count, total);
                AssertFacets(findings.Values, filters, facets.ToFacetCounts());

                // Scores: Lucene's own search of the same query, restricted to the same hits.
                var reference = searcher.Search(new FilteredQuery(query, new DocsFilter(hits)), 2000);
                var scores = reference.ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
                Assert.Equal(hits.Count, top!.ScoreDocs.Length);
                foreach (var scoreDoc in top.ScoreDocs)
                {
                    Assert.Equal(scores[scoreDoc.Doc], scoreDoc.Score, 4);
                }
            }
        }
    }

    public static TheoryData<string?> UnderstoodTexts => new(
        [.. Texts.Select(t => (string?)t.Data),
        "trafficking Niger",
        "mariage précoce au Mali",
        "how many child marriages Burkina Faso",
        "violences sexuelles enfants Guinée justice",
        "early marriage girls school"]);

    /// <summary>
    /// Top hits sorted by relevance pass over the hits that cannot reach them: the first n hits, their
    /// order and their scores are those of the same search collecting every hit, with the glossary's
    /// expansions, coordination and the boosts for understood places, themes and figures; totals and
    /// facets still count every hit. Across the cases, some hits are left unscored.
    /// </summary>
    [Theory]
    [MemberData(nameof(UnderstoodTexts))]
    public void TopHits_SkippingHitsThatCannotReachThem_AreTheTopOfAllHitsScored(string? text)
    {
        var understanding = new QueryUnderstanding(EvidenceTaxonomy.Default, Glossary.Default);
        var plan = understanding.Analyse(text);
        var boosts = ConceptBoosts.From(plan, EvidenceTaxonomy.Default);
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(FieldNames.DocumentId, SortFieldType.STRING), new SortField(FieldNames.Ordinal, SortFieldType.INT64));
        var random = new Random(text?.Length ?? 0);
        long scored = 0, total = 0;
        foreach (Similarity similarity in new Similarity[] { new BM25Similarity(), new CoverageSimilarity() })
        {
            for (var round = 0; round < 6; round++)
            {
                var filters = round == 0 ? new FacetFilters(null, null, null, null, null, null, null) : RandomFilters(random);
                foreach (var threshold in new[] { int.MaxValue, 0 })
                {
                    var searcher = new EvidenceSearcher(_reader, threshold) { Similarity = similarity };
                    var query = new QueryTranslator(_analyzers).Translate(plan, _reader).Query
                        ?? new ConstantScoreQuery(new TermQuery(new Term(FieldNames.Type, FieldNames.FindingType)));
                    var all = new SliceSearch(Matcher.For(query, searcher), null, HitScorer.For(query, searcher), filters, facets: true, sort, numHits: 2000, boosts).Run(searcher);
                    foreach (var n in new[] { 1, 3, 10, 25 })
                    {
                        var search = new SliceSearch(Matcher.For(query, searcher), null, HitScorer.For(query, searcher), filters, facets: true, sort, numHits: n, boosts);
                        var (count, facets, top) = search.Run(searcher);
                        Assert.Equal(all.Total, count);
                        Assert.Equal(all.Facets.ToFacetCounts().Themes, facets.ToFacetCounts().Themes);
                        var expected = all.Top!.ScoreDocs.Take(n).Select(d => (d.Doc, d.Score)).ToList();
                        Assert.Equal(expected, top!.ScoreDocs.Select(d => (d.Doc, d.Score)).ToList());
                        Assert.True(search.Scored <= count);
                        scored += search.Scored;
                        total += count;
                    }
                }
            }
        }

        Assert.True(scored <= total);
    }

    /// <summary>
    /// Where the words differ in rarity, as in real passages, most hits cannot reach the top: a
    /// thousand findings hold two common words, twenty of them also a rare one. Asked for the three,
    /// the top five hold the rare word, and the findings holding only the common words are
    /// counted and faceted without being scored once five findings with the rare word have been seen
    /// (the floor a hit must beat is the fifth best score so far).
    /// </summary>
    [Fact]
    public void TopHits_CommonWordsOnly_AreCountedButNotScored()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzers.PerField) { Similarity = new CoverageSimilarity() }))
        {
            var document = TestData.Document("common-words", year: 2020, language: "fr");
            for (var i = 0; i < 1000; i++)
            {
                var text = i % 50 == 7 ? "Le budget de la protection des enfants reste faible." : "La protection des enfants reste un défi pour les services sociaux.";
                writer.AddDocument(EntryMapping.ToDocument(TestData.Finding(document, i, text, ["funding"], ["BF"], FindingKind.Context)));
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new EvidenceSearcher(reader, int.MaxValue) { Similarity = new CoverageSimilarity() };
        var query = new QueryTranslator(_analyzers).Translate(QueryPlan.Literal("budget protection enfants"), reader).Query!;
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(FieldNames.DocumentId, SortFieldType.STRING), new SortField(FieldNames.Ordinal, SortFieldType.INT64));
        var filters = new FacetFilters(null, null, null, null, null, null, null);
        var search = new SliceSearch(Matcher.For(query, searcher), null, HitScorer.For(query, searcher), filters, facets: true, sort, numHits: 5);

        var (total, facets, top) = search.Run(searcher);

        Assert.Equal(1000, total);
        Assert.Equal(1000, facets.ToFacetCounts().Themes.Single().Count);
        Assert.All(top!.ScoreDocs, d => Assert.Contains("budget", Stored(searcher, d.Doc).Text, StringComparison.Ordinal));
        Assert.Equal(5, top.ScoreDocs.Length);
        // The first 208 hits (up to the fifth rare one) are scored, then only the other 15 rare ones.
        Assert.True(search.Scored <= 208 + 15, $"{search.Scored} of 1000 hits scored");
    }

    /// <summary>
    /// A hit holding the rare word may still fall short: five short findings say "budget" twice,
    /// three hundred long ones once. Asked for the five, once the short ones are collected a long
    /// one cannot reach them even with the common words at their most (its real "budget" score
    /// plus the bounds of the others), so it is counted without its common words being read.
    /// </summary>
    [Fact]
    public void TopHits_HitsWithTheRareWordThatCannotReachThem_AreCountedButNotScored()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzers.PerField) { Similarity = new BM25Similarity() }))
        {
            var document = TestData.Document("rare-word", year: 2020, language: "fr");
            for (var i = 0; i < 1000; i++)
            {
                var text = i < 5 ? "Budget, budget : la protection des enfants."
                    : i % 3 == 0 ? "Le budget de la protection des enfants reste faible face aux besoins des services sociaux, des écoles, des centres de santé et des familles des régions rurales du pays."
                    : "La protection des enfants reste un défi pour les services sociaux.";
                writer.AddDocument(EntryMapping.ToDocument(TestData.Finding(document, i, text, ["funding"], ["BF"], FindingKind.Context)));
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new EvidenceSearcher(reader, int.MaxValue) { Similarity = new BM25Similarity() };
        var query = new QueryTranslator(_analyzers).Translate(QueryPlan.Literal("budget protection enfants"), reader).Query!;
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(FieldNames.DocumentId, SortFieldType.STRING), new SortField(FieldNames.Ordinal, SortFieldType.INT64));
        var filters = new FacetFilters(null, null, null, null, null, null, null);
        var search = new SliceSearch(Matcher.For(query, searcher), null, HitScorer.For(query, searcher), filters, facets: true, sort, numHits: 5);

        var (total, _, top) = search.Run(searcher);

        Assert.Equal(1000, total);
        Assert.Equal(Enumerable.Range(0, 5), top!.ScoreDocs.Select(d => Stored(searcher, d.Doc).Ordinal).Order());
        // The five short findings come first; of the 332 long ones with "budget", none is scored.
        Assert.True(search.Scored <= 5 + 10, $"{search.Scored} of 1000 hits scored");
    }

    /// <summary>
    /// A hit is bounded by its own boost, not by the highest any hit can get: a thousand findings say
    /// the same about trafficking, ten of them about Niger. Asked "traite Niger" for the five best,
    /// once five Niger findings are collected (their text score doubled) a finding about another
    /// country cannot reach them on text alone, so it is counted and faceted without its words being
    /// read. Bounded by the highest factor, every one of them would be scored.
    /// </summary>
    [Fact]
    public void TopHits_HitsWithoutTheNamedPlace_ThatCannotReachTheBoostedOnes_AreCountedButNotScored()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzers.PerField) { Similarity = new BM25Similarity() }))
        {
            var document = TestData.Document("named-place", year: 2020, language: "fr");
            for (var i = 0; i < 1000; i++)
            {
                string[] countries = i % 100 == 42 ? ["NE"] : ["BF"];
                writer.AddDocument(EntryMapping.ToDocument(TestData.Finding(document, i, "La traite, la traite, toujours la traite des enfants.", ["trafficking"], countries, FindingKind.Context)));
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new EvidenceSearcher(reader, int.MaxValue) { Similarity = new BM25Similarity() };
        var plan = new QueryUnderstanding(EvidenceTaxonomy.Default, Glossary.Default).Analyse("traite Niger");
        var boosts = ConceptBoosts.From(plan, EvidenceTaxonomy.Default);
        Assert.NotNull(boosts);
        var query = new QueryTranslator(_analyzers).Translate(plan, reader).Query!;
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(FieldNames.DocumentId, SortFieldType.STRING), new SortField(FieldNames.Ordinal, SortFieldType.INT64));
        var filters = new FacetFilters(null, null, null, null, null, null, null);
        var search = new SliceSearch(Matcher.For(query, searcher), null, HitScorer.For(query, searcher), filters, facets: true, sort, numHits: 5, boosts);

        var (total, facets, top) = search.Run(searcher);

        Assert.Equal(1000, total);
        Assert.Equal(1000, facets.ToFacetCounts().Themes.Single().Count);
        Assert.Equal([42, 142, 242, 342, 442], top!.ScoreDocs.Select(d => Stored(searcher, d.Doc).Ordinal));
        // Up to the fifth Niger finding (ordinal 442) every hit is scored, then only the other five Niger ones.
        Assert.True(search.Scored <= 443 + 5, $"{search.Scored} of 1000 hits scored");
    }

    /// <summary>
    /// Facets are counted document by document over sparse hits and value by value (the hits ANDed
    /// with each value's bitset) over dense ones: on random sets of findings, sparse to dense, both
    /// ways give the counts of a pass over the stored findings, regions included (a finding counts
    /// once for a region when any of its countries is a member).
    /// </summary>
    [Theory]
    [InlineData(0.02)]
    [InlineData(0.3)]
    [InlineData(1.0)]
    public void FacetTally_ByDocumentAndByValueBitsets_CountWhatTheFindingsCarry(double density)
    {
        var taxonomy = EvidenceTaxonomy.Default;
        var regions = RegionMembership.For(taxonomy);
        var random = new Random((int)(density * 100));
        var byDocument = new FacetTally(regions, wordsPerDocumentValue: 0);
        var byBits = new FacetTally(regions, wordsPerDocumentValue: int.MaxValue);
        var picked = new List<Finding>();
        var searcher = Searcher(int.MaxValue);
        foreach (var leaf in _reader.Leaves)
        {
            var segment = SegmentFacetValues.For(leaf.AtomicReader);
            byDocument.Refresh();
            byBits.Refresh();
            using var docs = Matcher.AnyTerm(FieldNames.Type, [FieldNames.FindingType]).Match(leaf, 0, leaf.AtomicReader.MaxDoc);
            using var chosen = DocBits.Empty(0, leaf.AtomicReader.MaxDoc);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (docs.Get(doc) && random.NextDouble() < density)
                {
                    chosen.Set(doc);
                    picked.Add(Stored(searcher, leaf.DocBase + doc));
                }
            }

            byDocument.Count(FilterBits.Dimensions, segment, chosen);
            byBits.Count(FilterBits.Dimensions, segment, chosen);
        }

        static Dictionary<string, long> Tally(IEnumerable<string> values) =>
            values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);

        static Dictionary<string, long> Actual(IReadOnlyList<FacetValue> values) =>
            values.ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);

        Assert.NotEmpty(picked);
        foreach (var counts in new[] { byDocument.ToFacetCounts(), byBits.ToFacetCounts() })
        {
            Assert.Equal(Tally(picked.SelectMany(f => f.Themes)), Actual(counts.Themes));
            Assert.Equal(Tally(picked.SelectMany(f => f.Countries)), Actual(counts.Countries));
            Assert.Equal(Tally(picked.Where(f => f.Year is not null).Select(f => f.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))), Actual(counts.Years));
            Assert.Equal(Tally(picked.Select(f => f.Kind.ToCode())), Actual(counts.Kinds));
            Assert.Equal(Tally(picked.Select(f => f.Language)), Actual(counts.Languages));
            Assert.Equal(
                Tally(picked.SelectMany(f => taxonomy.Regions.Where(r => r.Countries.Any(c => f.Countries.Contains(c.ToUpperInvariant()))).Select(r => r.Code))),
                Actual(counts.Regions));
        }

        Assert.NotEmpty(byBits.ToFacetCounts().Regions);
        Assert.Equal(byDocument.ToFacetCounts().Regions, byBits.ToFacetCounts().Regions);
    }

    [Fact]
    public void DocBits_RangesNotOnWordBoundaries_KeepOnlyTheirOwnDocuments()
    {
        var segment = new long[4];
        Array.Fill(segment, -1L);
        using var all = DocBits.Empty(70, 200);
        all.OrSegment(segment);
        Assert.Equal(130, all.Count());
        Assert.False(all.Get(69));
        Assert.True(all.Get(70));
        Assert.True(all.Get(199));
        Assert.False(all.Get(200));

        using var some = DocBits.Empty(70, 200);
        some.Set(70);
        some.Set(128);
        some.Set(199);
        using var copy = all.Clone();
        copy.AndNot(some);
        Assert.Equal(127, copy.Count());
        copy.Or(some);
        Assert.Equal(130, copy.Count());
        copy.And(some);
        var seen = new SortedSet<int>();
        MatchedDocs.Add(copy, seen);
        Assert.Equal([70, 128, 199], seen);

        using var other = DocBits.Empty(0, 200);
        Assert.Throws<ArgumentException>(() => copy.And(other));
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzers.Dispose();
    }

    private static Finding RandomFinding(Random random, SourceDocument document, int ordinal)
    {
        var words = document.Language == "en" ? EnglishWords : FrenchWords;
        var text = string.Join(' ', Enumerable.Range(0, 4 + random.Next(10)).Select(_ => words[random.Next(words.Length)])) + ".";
        var themes = Enumerable.Range(0, random.Next(3)).Select(_ => Themes[random.Next(Themes.Length)]).Distinct().ToList();
        var countries = Enumerable.Range(0, random.Next(3)).Select(_ => Countries[random.Next(Countries.Length)]).Distinct().ToList();
        return TestData.Finding(document, ordinal, text, themes, countries, (FindingKind)random.Next(5));
    }

    private static FacetFilters RandomFilters(Random random)
    {
        HashSet<string>? Pick(string[] values) =>
            random.Next(3) == 0 ? [.. Enumerable.Range(0, 1 + random.Next(2)).Select(_ => values[random.Next(values.Length)])] : null;

        var years = random.Next(3) == 0;
        return new FacetFilters(
            Themes: Pick(Themes),
            Countries: Pick([.. Countries, "TD"]),
            YearFrom: years ? 2012 + random.Next(5) : null,
            YearTo: years && random.Next(2) == 0 ? 2018 + random.Next(5) : null,
            DocumentKinds: null,
            Kinds: Pick([.. Enum.GetValues<FindingKind>().Select(k => k.ToCode())]),
            Languages: Pick(["fr", "en"]));
    }

    private static bool Passes(Finding finding, FacetFilters filters, FacetDimension? except)
    {
        bool Check(FacetDimension dimension, bool passes) => dimension == except || passes;

        return Check(FacetDimension.Theme, filters.Themes is null || finding.Themes.Any(filters.Themes.Contains))
            && Check(FacetDimension.Country, filters.Countries is null || finding.Countries.Any(filters.Countries.Contains))
            && Check(FacetDimension.Year, !filters.HasYearFilter || (finding.Year is { } y && y >= (filters.YearFrom ?? int.MinValue) && y <= (filters.YearTo ?? int.MaxValue)))
            && Check(FacetDimension.DocumentKind, filters.DocumentKinds is null || filters.DocumentKinds.Contains(finding.DocumentKind.ToCode()))
            && Check(FacetDimension.Kind, filters.Kinds is null || filters.Kinds.Contains(finding.Kind.ToCode()))
            && Check(FacetDimension.Language, filters.Languages is null || filters.Languages.Contains(finding.Language));
    }

    private static void AssertFacets(IEnumerable<Finding> matched, FacetFilters filters, FacetCounts actual)
    {
        var list = matched.ToList();
        Dictionary<string, long> Expected(FacetDimension dimension, Func<Finding, IEnumerable<string>> values) =>
            list.Where(f => Passes(f, filters, dimension))
                .SelectMany(values)
                .GroupBy(v => v, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);

        static Dictionary<string, long> Actual(IReadOnlyList<FacetValue> values) =>
            values.ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);

        Assert.Equal(Expected(FacetDimension.Theme, f => f.Themes), Actual(actual.Themes));
        Assert.Equal(Expected(FacetDimension.Country, f => f.Countries), Actual(actual.Countries));
        Assert.Equal(Expected(FacetDimension.Year, f => f.Year is { } y ? [y.ToString(System.Globalization.CultureInfo.InvariantCulture)] : []), Actual(actual.Years));
        Assert.Equal(Expected(FacetDimension.DocumentKind, f => [f.DocumentKind.ToCode()]), Actual(actual.DocumentKinds));
        Assert.Equal(Expected(FacetDimension.Kind, f => [f.Kind.ToCode()]), Actual(actual.Kinds));
        Assert.Equal(Expected(FacetDimension.Language, f => [f.Language]), Actual(actual.Languages));
    }

    private static Finding Stored(IndexSearcher searcher, int doc) => EntryMapping.ToFinding(searcher.Doc(doc, EntryMapping.JsonField));

    private EvidenceSearcher Searcher(int parallelThreshold) =>
        new(_reader, parallelThreshold) { Similarity = new BM25Similarity() };

    private Query TextQuery(string? text) =>
        new QueryTranslator(_analyzers).Translate(QueryPlan.Literal(text), _reader).Query
        ?? new ConstantScoreQuery(new TermQuery(new Term(FieldNames.Type, FieldNames.FindingType)));

    /// <summary>Records every matching document (top-level ids).</summary>
    private sealed class AllDocs(SortedSet<int> docs) : ICollector
    {
        private int _docBase;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc) => docs.Add(_docBase + doc);
    }

    /// <summary>A filter of given top-level document ids.</summary>
    private sealed class DocsFilter(HashSet<int> docs) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
            foreach (var doc in docs.Where(d => d >= context.DocBase && d < context.DocBase + context.AtomicReader.MaxDoc))
            {
                bits.Set(doc - context.DocBase);
            }

            return BitsFilteredDocIdSet.Wrap(bits, acceptDocs);
        }
    }
}
