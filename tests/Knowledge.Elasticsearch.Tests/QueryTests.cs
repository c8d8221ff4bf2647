using System.Text.Json;
using System.Text.Json.Nodes;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Elasticsearch.Querying;
using Knowledge.Elasticsearch.Tests.Fakes;

namespace Knowledge.Elasticsearch.Tests;

public sealed class QueryTests
{
    private static readonly SearchRequestBuilder Builder = new(EvidenceTaxonomy.Default, "knowledge-documents");

    [Theory]
    [InlineData("mariage enfants", "mariage enfants")]
    [InlineData("\"mariage précoce\" Niger", "\"mariage précoce\" Niger")]
    [InlineData("excision -Mali", "excision -Mali")]
    [InlineData("-\"travail domestique\" filles", "-\"travail domestique\" filles")]
    [InlineData("Niger OR Mali excision", "(Niger | Mali) excision")]
    [InlineData("a OR b OR c", "(a | b | c)")]
    [InlineData("OR enfants OR", "enfants")]
    [InlineData("enfants or filles", "enfants or filles")]
    [InlineData("l'enfant*", "l'enfant\\*")]
    [InlineData("a+b (2019) x|y ~2", "a\\+b \\(2019\\) x\\|y \\~2")]
    [InlineData("âge-limite", "âge\\-limite")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("\"unclosed phrase", "\"unclosed phrase\"")]
    [InlineData("\"with \\ inside\"", "\"with \\\\ inside\"")]
    [InlineData(" - ", "\\-")]
    public void UserSyntax_TranslatesToSafeSimpleQueryString(string user, string expected) =>
        Assert.Equal(expected, SimpleQueryTranslator.Translate(user));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("OR")]
    public void NothingSearchable_TranslatesToNull(string? user) => Assert.Null(SimpleQueryTranslator.Translate(user));

    [Fact]
    public void Search_UsesSimpleQueryString_OnBothLanguages_NeverQueryString()
    {
        var body = Search(Builder, new EvidenceQuery { Text = "mariage OR union" });
        var text = body.ToJsonString();
        Assert.DoesNotContain("\"query_string\"", text, StringComparison.Ordinal);
        var sqs = Items(body["query"]!["bool"]!["must"])[0]["simple_query_string"]!;
        Assert.Equal("(mariage | union)", (string?)sqs["query"]);
        // The passage's text, and its title, headings and table introduction at the embedded engine's context weight.
        Assert.Equal(["text_fr", "text_en", "context_fr^0.4", "context_en^0.4"], sqs["fields"]!.AsArray().Select(f => (string)f!));
        Assert.Equal("and", (string?)sqs["default_operator"]);
        Assert.Equal("ESCAPE|NOT|OR|PHRASE|PRECEDENCE|WHITESPACE", (string?)sqs["flags"]);
        Assert.True((bool)body["track_total_hits"]!);
        Assert.NotNull(body["aggregations"]);
        Assert.Null(body["aggs"]);
    }

    [Fact]
    public void Facets_AreMultiSelect_EachCountedWithTheOtherFiltersButNotItsOwn()
    {
        var body = Search(Builder, new EvidenceQuery { Themes = ["child-marriage"], Countries = ["NE"], YearFrom = 2015 });

        // Hits honour every facet filter, through post_filter.
        var post = body["post_filter"]!["bool"]!["filter"]!.AsArray().Select(f => f!.ToJsonString()).ToList();
        Assert.Equal(3, post.Count);

        var themes = Filters(body, "themes");
        Assert.DoesNotContain(themes, f => f.Contains("\"themes\"", StringComparison.Ordinal));
        Assert.Contains(themes, f => f.Contains("\"countries\"", StringComparison.Ordinal));
        Assert.Contains(themes, f => f.Contains("\"range\"", StringComparison.Ordinal));

        var countries = Filters(body, "countries");
        Assert.Contains(countries, f => f.Contains("\"themes\"", StringComparison.Ordinal));
        Assert.DoesNotContain(countries, f => f.Contains("\"countries\"", StringComparison.Ordinal));

        var years = Filters(body, "years");
        Assert.DoesNotContain(years, f => f.Contains("\"range\"", StringComparison.Ordinal));
        Assert.Equal("desc", (string?)body["aggregations"]!["years"]!["aggregations"]!["values"]!["terms"]!["order"]!["_key"]);

        // Unfiltered facets count over the whole query.
        Assert.NotNull(body["aggregations"]!["languages"]!["filter"]!["bool"]);
        Assert.Equal(3, Filters(body, "languages").Count);

        // The query itself holds only what every count shares: the live generations.
        var queryFilters = Items(body["query"]!["bool"]!["filter"]);
        Assert.Single(queryFilters);
        Assert.Equal("knowledge-documents", (string?)queryFilters[0]!["terms"]!["generation"]!["index"]);
    }

    [Fact]
    public void WithoutFacets_FiltersGoInTheQuery_AndNoPostFilter()
    {
        var body = Search(Builder, new EvidenceQuery { Themes = ["child-marriage"], Kinds = [FindingKind.Statistic], Facets = false });
        Assert.Null(body["post_filter"]);
        Assert.Null(body["aggregations"]);
        Assert.Equal(3, body["query"]!["bool"]!["filter"]!.AsArray().Count);
    }

    [Fact]
    public void Regions_ExpandToTheirCountries()
    {
        var countries = new[] { "NE", "ML", "BF", "SN" }.Select(c => new Country { Code = c, Name = new LocalizedText(c, c) });
        var sahel = new Region { Code = "sahel", Label = new LocalizedText("Sahel", "Sahel"), Countries = ["NE", "ML", "BF"] };
        var builder = new SearchRequestBuilder(new EvidenceTaxonomy([], countries, [sahel]), "knowledge-documents");

        var body = Search(builder, new EvidenceQuery { Regions = ["sahel"], Countries = ["sn"], Facets = false });
        var terms = body["query"]!["bool"]!["filter"]![1]!["terms"]!["countries"]!.AsArray().Select(c => (string)c!);
        Assert.Equal(["BF", "ML", "NE", "SN"], terms);

        // A region the taxonomy does not know selects nothing, not everything.
        var unknown = Search(builder, new EvidenceQuery { Regions = ["atlantide"], Facets = false });
        Assert.Empty(unknown["query"]!["bool"]!["filter"]![1]!["terms"]!["countries"]!.AsArray());
    }

    [Fact]
    public void Highlight_Unified_MarkTags_HtmlEncoder_OnlyWhenThereIsText()
    {
        var body = Search(Builder, new EvidenceQuery { Text = "enfants" });
        var highlight = body["highlight"]!;
        Assert.Equal("unified", (string?)highlight["type"]);
        Assert.Equal("html", (string?)highlight["encoder"]);
        Assert.Equal("<mark>", (string?)highlight["pre_tags"]![0]);
        Assert.Equal("</mark>", (string?)highlight["post_tags"]![0]);
        Assert.Equal(["text_fr", "text_en"], Items(highlight["fields"]).Select(f => Assert.Single(f.AsObject()).Key));

        Assert.Null(Search(Builder, new EvidenceQuery())["highlight"]);
        Assert.Null(Search(Builder, new EvidenceQuery { Text = "enfants", Highlight = false })["highlight"]);
    }

    [Theory]
    [InlineData(SearchSort.Relevance, "{\"_score\":{}}")]
    [InlineData(SearchSort.YearDescending, "{\"year\":{\"missing\":\"_last\",\"order\":\"desc\"}}")]
    [InlineData(SearchSort.YearAscending, "{\"year\":{\"missing\":\"_last\",\"order\":\"asc\"}}")]
    public void Sort_PutsTheChosenOrderFirst_TiesBrokenByDocumentAndOrdinal(SearchSort sort, string first)
    {
        var body = Search(Builder, new EvidenceQuery { Sort = sort, Page = 2, PageSize = 10 });
        var sorts = body["sort"]!.AsArray();
        Assert.Equal(first, sorts[0]!.ToJsonString());
        Assert.Equal("{\"ordinal\":{\"order\":\"asc\"}}", sorts[^1]!.ToJsonString());
        Assert.Equal(10, (int)body["from"]!);
        Assert.Equal(10, (int)body["size"]!);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(1, 0)]
    [InlineData(1, 101)]
    [InlineData(501, 20)]
    public async Task InvalidPaging_IsRefusedBeforeAnyRequest(int page, int pageSize)
    {
        await using var h = new Harness();
        await Assert.ThrowsAsync<ArgumentException>(() => h.Index.SearchAsync(new EvidenceQuery { Page = page, PageSize = pageSize }, TestContext.Current.CancellationToken));
        Assert.Empty(h.Fake.Requests);
    }

    [Fact]
    public async Task SearchResponse_WithHitsFacetsAndHighlights_IsRead()
    {
        await using var h = new Harness();
        var finding = Samples.Finding(ordinal: 2);
        var source = Mapping.FindingDocument.ToJson(finding, "a1b2c3d4e5f60718.g1");
        h.Fake.SearchResponse = _ => new JsonObject
        {
            ["took"] = 4,
            ["timed_out"] = false,
            ["hits"] = new JsonObject
            {
                ["total"] = new JsonObject { ["value"] = 37, ["relation"] = "eq" },
                ["max_score"] = 7.5,
                ["hits"] = new JsonArray(new JsonObject
                {
                    ["_index"] = "knowledge-findings-v1",
                    ["_id"] = "a1b2c3d4e5f60718-0002.g1",
                    ["_score"] = 7.5,
                    ["_source"] = source.DeepClone(), // answered twice: the word-count request, then the search
                    ["highlight"] = new JsonObject { ["text_fr"] = new JsonArray("Au Niger, 76 % des <mark>filles</mark> sont &lt;mariées&gt;") },
                    ["sort"] = new JsonArray(7.5, "a1b2c3d4e5f60718", 2),
                }),
            },
            ["aggregations"] = new JsonObject
            {
                ["filter#themes"] = Facet(("child-marriage", 30), ("education", 7)),
                ["filter#countries"] = Facet(("NE", 25), ("ML", 12)),
                ["filter#years"] = new JsonObject { ["doc_count"] = 37, ["lterms#values"] = new JsonObject { ["buckets"] = new JsonArray(new JsonObject { ["key"] = 2021, ["doc_count"] = 20 }, new JsonObject { ["key"] = 2019, ["doc_count"] = 17 }) } },
                ["filter#document_kinds"] = Facet(("research-report", 37)),
                ["filter#kinds"] = Facet(("statistic", 21), ("context", 16)),
                ["filter#languages"] = Facet(("fr", 35), ("en", 2)),
                ["filter#regions"] = new JsonObject
                {
                    ["doc_count"] = 37,
                    ["filters#values"] = new JsonObject
                    {
                        ["buckets"] = new JsonArray(
                            new JsonObject { ["key"] = "ecowas", ["doc_count"] = 30 },
                            new JsonObject { ["key"] = "sahel", ["doc_count"] = 33 },
                            new JsonObject { ["key"] = "uemoa", ["doc_count"] = 0 }),
                    },
                },
            },
        }.ToJsonString();

        var results = await h.Index.SearchAsync(new EvidenceQuery { Text = "filles" }, TestContext.Current.CancellationToken);

        Assert.Equal(37, results.Total);
        var hit = Assert.Single(results.Hits);
        Assert.Equivalent(finding, hit.Finding, strict: true);
        Assert.Equal(7.5, hit.Score);
        Assert.Equal("Au Niger, 76 % des <mark>filles</mark> sont &lt;mariées&gt;", hit.Highlight);
        Assert.Equal([new FacetValue("child-marriage", 30), new FacetValue("education", 7)], results.Facets.Themes);
        Assert.Equal([new FacetValue("2021", 20), new FacetValue("2019", 17)], results.Facets.Years);
        Assert.Equal([new FacetValue("fr", 35), new FacetValue("en", 2)], results.Facets.Languages);
        Assert.Equal(2, results.Facets.Countries.Count);
        Assert.Equal([new FacetValue("sahel", 33), new FacetValue("ecowas", 30)], results.Facets.Regions);
    }

    [Fact]
    public void RegionFacet_IsANamedFiltersAggregation_WithoutThePlaceFilters()
    {
        var countries = new[] { "NE", "ML", "BF", "SN" }.Select(c => new Country { Code = c, Name = new LocalizedText(c, c) });
        Region[] regionList =
        [
            new() { Code = "sahel", Label = new LocalizedText("Sahel", "Sahel"), Countries = ["NE", "ML", "BF"] },
            new() { Code = "ecowas", Label = new LocalizedText("CEDEAO", "ECOWAS"), Countries = ["NE", "ML", "BF", "SN"] },
        ];
        var builder = new SearchRequestBuilder(new EvidenceTaxonomy([], countries, regionList), "knowledge-documents");
        var body = Search(builder, new EvidenceQuery { Regions = ["sahel"], Themes = ["child-marriage"] });

        var regions = body["aggregations"]!["regions"]!;
        var keyed = regions["aggregations"]!["values"]!["filters"]!["filters"]!.AsObject();
        Assert.Equal(["sahel", "ecowas"], [.. keyed.Select(p => p.Key)]);
        Assert.Equal(["NE", "ML", "BF", "SN"], keyed["ecowas"]!["terms"]!["countries"]!.AsArray().Select(c => (string)c!));
        Assert.False((bool)regions["aggregations"]!["values"]!["filters"]!["keyed"]!);
        // The theme filter applies to the region counts; the region (place) filter does not.
        var filter = regions["filter"]!.ToJsonString();
        Assert.Contains("child-marriage", filter, StringComparison.Ordinal);
        Assert.DoesNotContain("\"countries\"", filter, StringComparison.Ordinal);
    }

    [Fact]
    public void UnderstoodConcepts_MultiplyTheTextScore_WithTheEmbeddedEnginesWeights()
    {
        var plan = new QueryUnderstanding(EvidenceTaxonomy.Default, Glossary.Default).Analyse("combien de victimes de trafficking au Niger");
        var body = Search(Builder, new EvidenceQuery { Text = plan.Text, Plan = plan });

        var scored = Items(body["query"]!["bool"]!["must"])[0]["function_score"]!;
        // "victimes" and "trafficking" (with its glossary terms), both required; Niger is left to the boost.
        Assert.Equal(2, Items(scored["query"]!["bool"]!["must"]).Count(q => q["simple_query_string"] is not null));
        Assert.Equal("sum", (string?)scored["score_mode"]);
        Assert.Equal("multiply", (string?)scored["boost_mode"]);
        var functions = scored["functions"]!.AsArray().Select(f => (Filter: f!["filter"]!.ToJsonString(), Weight: (double)f["weight"]!)).ToList();
        Assert.Equal((new JsonObject { ["match_all"] = new JsonObject() }.ToJsonString(), 1.0), functions[0]);
        Assert.All(scored["functions"]!.AsArray(), f => Assert.Equal("1", (string?)f!["script_score"]!["script"]!["source"]));
        Assert.Contains(functions, f => f.Filter.Contains("\"countries\":[\"NE\"]", StringComparison.Ordinal) && f.Weight == RankingWeights.PlaceBoost);
        Assert.Contains(functions, f => f.Filter.Contains("\"themes\":[\"trafficking\"]", StringComparison.Ordinal) && f.Weight == RankingWeights.ThemeBoost);
        Assert.Contains(functions, f => f.Filter.Contains("\"statistic\"", StringComparison.Ordinal) && f.Weight == Math.Round(RankingWeights.FiguresBoost, 4));
    }

    [Fact]
    public void NothingUnderstood_LeavesTheTextScoreAlone()
    {
        var plan = new QueryUnderstanding(EvidenceTaxonomy.Default, Glossary.Default).Analyse("rapport");
        var body = Search(Builder, new EvidenceQuery { Text = plan.Text, Plan = plan });
        Assert.NotNull(Items(body["query"]!["bool"]!["must"])[0]["simple_query_string"]);
    }

    /// <summary>
    /// The embedded engine's matching: of five words a finding holds three (<see cref="RankingWeights.MostOf"/>),
    /// a quoted phrase is required, an exclusion excluded, and a stop word of either language is no word
    /// ("les" would otherwise be sought in English passages).
    /// </summary>
    [Fact]
    public void FiveWords_MostOfThem_PhrasesRequired_StopWordsDropped()
    {
        var body = Search(Builder, new EvidenceQuery { Text = "\"mariage précoce\" les filles orphelines déscolarisées Zinder sahel -Mali" });
        var text = Items(body["query"]!["bool"]!["must"])[0]["bool"]!;
        var must = Items(text["must"]);
        Assert.Equal("\"mariage précoce\"", (string?)must[0]["simple_query_string"]!["query"]);
        var most = must[1]["bool"]!;
        Assert.Equal(["filles", "orphelines", "déscolarisées", "Zinder", "sahel"], Items(most["should"]).Select(q => (string)q["simple_query_string"]!["query"]!));
        Assert.Equal(3, (int)most["minimum_should_match"]!);
        Assert.Equal("Mali", (string?)Items(text["must_not"])[0]["simple_query_string"]!["query"]);
        Assert.DoesNotContain("\"les\"", body.ToJsonString(), StringComparison.Ordinal);

        var relaxed = Items(Wire.Json(Builder.Search("knowledge-findings", new EvidenceQuery { Text = "filles orphelines -Mali" }, relaxed: true))["query"]!["bool"]!["must"])[0]["bool"]!;
        Assert.Equal(1, (int)relaxed["minimum_should_match"]!);
        Assert.Equal(2, Items(relaxed["should"]).Count);
        Assert.Single(Items(relaxed["must_not"]));
    }

    /// <summary>
    /// Too few findings hold enough of the words: those that hold any of them follow, in a second request
    /// (one of any word, deep enough for the page), and the page is cut from that order, as the embedded
    /// engine does; a search sorted by year keeps only the full matches.
    /// </summary>
    [Fact]
    public async Task FewFullMatches_AreFollowedByFindingsHoldingAnyWord()
    {
        await using var h = new Harness();
        Finding[] found = [Samples.Finding(ordinal: 1), Samples.Finding(ordinal: 2), Samples.Finding(ordinal: 3)];
        h.Fake.SearchResponse = r => r.Text.Contains("\"minimum_should_match\":1", StringComparison.Ordinal)
            ? Hits(found[2], found[0], found[1])
            : Hits(found[0]);
        var query = new EvidenceQuery { Text = "filles orphelines", PageSize = 2 };

        var results = await h.Index.SearchAsync(query, TestContext.Current.CancellationToken);
        Assert.True(results.Relaxed);
        Assert.Equal(1, results.FullMatches);
        Assert.Equal(3, results.Total);
        Assert.Equal([found[0].Id, found[2].Id], results.Hits.Select(hit => hit.Finding.Id));
        var relaxed = h.Fake.Requests.Last(r => r.Path.EndsWith("/_search", StringComparison.Ordinal)).Json;
        Assert.Equal(0, relaxed.GetProperty("from").GetInt32());
        Assert.Equal(3, relaxed.GetProperty("size").GetInt32());

        var page2 = await h.Index.SearchAsync(query with { Page = 2 }, TestContext.Current.CancellationToken);
        Assert.Equal([found[1].Id], page2.Hits.Select(hit => hit.Finding.Id));

        h.Fake.Requests.Clear();
        var sorted = await h.Index.SearchAsync(query with { Sort = SearchSort.YearDescending }, TestContext.Current.CancellationToken);
        Assert.False(sorted.Relaxed);
        Assert.Equal(1, sorted.Total);
        Assert.DoesNotContain(h.Fake.Requests, r => r.Text.Contains("\"minimum_should_match\":1", StringComparison.Ordinal));
    }

    private static string Hits(params Finding[] findings) => new JsonObject
    {
        ["took"] = 1,
        ["timed_out"] = false,
        ["hits"] = new JsonObject
        {
            ["total"] = new JsonObject { ["value"] = findings.Length, ["relation"] = "eq" },
            ["max_score"] = 1.0,
            ["hits"] = new JsonArray([.. findings.Select(f => (JsonNode)new JsonObject
            {
                ["_index"] = "knowledge-findings-v1",
                ["_id"] = f.Id + ".g1",
                ["_score"] = 1.0,
                ["_source"] = Mapping.FindingDocument.ToJson(f, "a1b2c3d4e5f60718.g1"),
            })]),
        },
    }.ToJsonString();

    [Fact]
    public async Task UnknownWord_IsLeftOutWithNotice_AndTheRestIsSearched()
    {
        await using var h = new Harness();
        var plan = new QueryUnderstanding(EvidenceTaxonomy.Default, Glossary.Default).Analyse("orpaillage xyzzyq");

        // The count request answers: the first clause is in 12 findings, the second in none.
        h.Fake.SearchResponse = r => r.Text.Contains("clause_1", StringComparison.Ordinal)
            ? """{"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},"hits":{"total":{"value":40,"relation":"eq"},"max_score":null,"hits":[]},"aggregations":{"filter#clause_0":{"doc_count":12},"filter#clause_1":{"doc_count":0}}}"""
            : FakeElasticsearch.EmptySearch;
        var results = await h.Index.SearchAsync(new EvidenceQuery { Text = plan.Text, Plan = plan }, TestContext.Current.CancellationToken);

        Assert.Equal("xyzzyq", Assert.Single(results.IgnoredWords).Word);
        var searches = h.Fake.Requests.Where(r => r.Path.EndsWith("/_search", StringComparison.Ordinal)).ToList();

        // Counts, then a did-you-mean for the word left out (none here), then the search.
        Assert.Equal(3, searches.Count);
        Assert.Equal(0, searches[0].Json.GetProperty("size").GetInt32());
        Assert.True(searches[1].Json.TryGetProperty("suggest", out _));
        var text = searches[2].Text;
        Assert.Contains("orpaillage", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xyzzyq", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// A word no finding holds is searched through the thesaurus synonyms some finding holds, as the embedded
    /// engine does: one more count request, by synonym, made only because the word was unknown, and the
    /// search ORs the found synonyms with the word. All requests match the specification.
    /// </summary>
    [Fact]
    public async Task UnknownWord_IsSearchedThroughTheSynonymsTheIndexHolds()
    {
        await using var h = new Harness();
        var plan = new QueryUnderstanding(EvidenceTaxonomy.Default, Glossary.Default).Analyse("orpaillage sépultures");
        plan = plan with { Clauses = [plan.Clauses[0], plan.Clauses[1] with { Fallbacks = ["tombes", "caveaux", "stèles"] }] };

        // The second clause is in no finding; of its synonyms, « tombes » is in 3 and « stèles » in 1.
        h.Fake.SearchResponse = r =>
            r.Text.Contains("clause_1", StringComparison.Ordinal) ? Aggregations(("clause_0", 12), ("clause_1", 0))
            : r.Text.Contains("fallback_0_0", StringComparison.Ordinal) ? Aggregations(("fallback_0_0", 3), ("fallback_0_1", 0), ("fallback_0_2", 1))
            : FakeElasticsearch.EmptySearch;
        var results = await h.Index.SearchAsync(new EvidenceQuery { Text = plan.Text, Plan = plan }, TestContext.Current.CancellationToken);

        Assert.Empty(results.IgnoredWords);
        var replaced = Assert.Single(results.ReplacedWords);
        Assert.Equal("sépultures", replaced.Word);
        Assert.Equal(["tombes", "stèles"], replaced.Synonyms);

        // Counts, synonym counts, then the search (and its relaxed form, as this cluster finds nothing): no
        // did-you-mean, since nothing was left out.
        var searches = h.Fake.Requests.Where(r => r.Path.EndsWith("/_search", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, searches.Count);
        Assert.DoesNotContain(searches, r => r.Text.Contains("\"suggest\"", StringComparison.Ordinal));
        Assert.Equal(0, searches[1].Json.GetProperty("size").GetInt32());
        Assert.Equal("\"tombes\"", searches[1].Json.GetProperty("aggregations").GetProperty("fallback_0_0").GetProperty("filter").GetProperty("simple_query_string").GetProperty("query").GetString());
        var search = System.Text.RegularExpressions.Regex.Unescape(searches[2].Text);
        Assert.Contains("orpaillage", search, StringComparison.Ordinal);
        Assert.Contains("\"tombes\"", search, StringComparison.Ordinal);
        Assert.Contains("\"stèles\"", search, StringComparison.Ordinal);
        Assert.DoesNotContain("caveaux", search, StringComparison.Ordinal);
        Assert.All(searches, r => Assert.Empty(RequestConformanceTests.Validate(r)));
    }

    [Fact]
    public async Task UnknownWord_WhoseSynonymsNoFindingHolds_IsLeftOutAsBefore()
    {
        await using var h = new Harness();
        var plan = new QueryUnderstanding(EvidenceTaxonomy.Default, Glossary.Default).Analyse("orpaillage sépultures");
        plan = plan with { Clauses = [plan.Clauses[0], plan.Clauses[1] with { Fallbacks = ["tombes"] }] };
        h.Fake.SearchResponse = r =>
            r.Text.Contains("clause_1", StringComparison.Ordinal) ? Aggregations(("clause_0", 12), ("clause_1", 0))
            : r.Text.Contains("fallback_0_0", StringComparison.Ordinal) ? Aggregations(("fallback_0_0", 0))
            : FakeElasticsearch.EmptySearch;
        var results = await h.Index.SearchAsync(new EvidenceQuery { Text = plan.Text, Plan = plan }, TestContext.Current.CancellationToken);

        Assert.Equal("sépultures", Assert.Single(results.IgnoredWords).Word);
        Assert.Empty(results.ReplacedWords);
        var search = System.Text.RegularExpressions.Regex.Unescape(h.Fake.Requests.Last(r => r.Path.EndsWith("/_search", StringComparison.Ordinal)).Text);
        Assert.Contains("orpaillage", search, StringComparison.Ordinal);
        Assert.DoesNotContain("tombes", search, StringComparison.Ordinal);
    }

    private static string Aggregations(params (string Name, int DocCount)[] counts) =>
        """{"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},"hits":{"total":{"value":40,"relation":"eq"},"max_score":null,"hits":[]},"aggregations":{"""
        + string.Join(",", counts.Select(c => $"\"filter#{c.Name}\":{{\"doc_count\":{c.DocCount.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}"))
        + "}}";

    /// <summary>
    /// A misspelt word gets the embedded engine's did-you-mean: the term suggester's closest option
    /// over the analysed term, shown as the passage holding it writes it (without its elided article),
    /// in two spec-valid requests made only because a word was left out.
    /// </summary>
    [Fact]
    public async Task MisspeltWord_GetsDidYouMean_ShownAsAPassageWritesIt()
    {
        await using var h = new Harness();
        var plan = new QueryUnderstanding(EvidenceTaxonomy.Default, Glossary.Default).Analyse("orpallage");
        h.Fake.SearchResponse = UnknownWordCluster(
            Suggestions(("text_fr", "orpallag", [("orpaillag", 3), ("orpailleur", 9)]), ("text_en", "orpallage", [])),
            Highlighted("text_fr", "Sur les sites d'\\u0002orpaillage\\u0003 du Sahel central"));

        var results = await h.Index.SearchAsync(new EvidenceQuery { Text = plan.Text, Plan = plan }, TestContext.Current.CancellationToken);

        var ignored = Assert.Single(results.IgnoredWords);
        Assert.Equal("orpallage", ignored.Word);
        Assert.Equal("orpaillage", ignored.Suggestion);
        var searches = h.Fake.Requests.Where(r => r.Path.EndsWith("/_search", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, searches.Count);
        var suggest = searches[1].Json;
        Assert.Equal(0, suggest.GetProperty("size").GetInt32());
        Assert.Equal("text_fr", suggest.GetProperty("suggest").GetProperty("word_0_text_fr").GetProperty("term").GetProperty("field").GetString());
        var must = searches[2].Json.GetProperty("query").GetProperty("bool").GetProperty("must");
        var term = must.ValueKind == JsonValueKind.Array ? must[0] : must;
        Assert.Equal("orpaillag", term.GetProperty("term").GetProperty("text_fr").GetProperty("value").GetString());
        Assert.All(searches, r => Assert.Empty(RequestConformanceTests.Validate(r)));
    }

    /// <summary>
    /// Options farther than the embedded engine allows (one edit up to seven letters) are not offered,
    /// and nothing more is asked of the cluster.
    /// </summary>
    [Fact]
    public async Task DistantOptions_AreNotOffered()
    {
        await using var h = new Harness();
        var plan = new QueryUnderstanding(EvidenceTaxonomy.Default, Glossary.Default).Analyse("talibis");
        h.Fake.SearchResponse = UnknownWordCluster(Suggestions(("text_fr", "talibi", [("talib", 12), ("tribal", 2)]), ("text_en", "talibi", [])));

        var results = await h.Index.SearchAsync(new EvidenceQuery { Text = plan.Text, Plan = plan }, TestContext.Current.CancellationToken);

        // "talib" is one edit from "talibi": offered; had only "tribal" (four edits) answered, nothing would be.
        Assert.Equal("talib", Assert.Single(results.IgnoredWords).Suggestion);

        h.Fake.Requests.Clear();
        h.Fake.SearchResponse = UnknownWordCluster(Suggestions(("text_fr", "talibi", [("tribal", 2)]), ("text_en", "talibi", [("tribes", 4)])));
        results = await h.Index.SearchAsync(new EvidenceQuery { Text = plan.Text, Plan = plan }, TestContext.Current.CancellationToken);
        Assert.Null(Assert.Single(results.IgnoredWords).Suggestion);
        Assert.Equal(2, h.Fake.Requests.Count(r => r.Path.EndsWith("/_search", StringComparison.Ordinal)));
    }

    /// <summary>A cluster where the query's one clause is in no finding, answering the suggestion request and the passage search as given.</summary>
    private static Func<RecordedRequest, string> UnknownWordCluster(string suggestions, string? passage = null) => r =>
        r.Text.Contains("clause_0", StringComparison.Ordinal) ? ClauseCount(0)
        : r.Text.Contains("\"suggest\"", StringComparison.Ordinal) ? suggestions
        : passage is not null && r.Text.Contains("\"highlight\"", StringComparison.Ordinal) ? passage
        : FakeElasticsearch.EmptySearch;

    private static string ClauseCount(int docCount) =>
        """{"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},"hits":{"total":{"value":40,"relation":"eq"},"max_score":null,"hits":[]},"aggregations":{"filter#clause_0":{"doc_count":"""
        + docCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}}}";

    private static string Suggestions(params (string Field, string Typed, (string Text, int Freq)[] Options)[] entries)
    {
        var suggest = new JsonObject();
        foreach (var (field, typed, options) in entries)
        {
            suggest[$"term#word_0_{field}"] = new JsonArray(new JsonObject
            {
                ["text"] = typed,
                ["offset"] = 0,
                ["length"] = typed.Length,
                ["options"] = new JsonArray([.. options.Select(o => (JsonNode)new JsonObject { ["text"] = o.Text, ["score"] = 0.8, ["freq"] = o.Freq })]),
            });
        }

        return $$$"""{"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},"hits":{"total":{"value":0,"relation":"eq"},"max_score":null,"hits":[]},"suggest":{{{suggest.ToJsonString()}}}}""";
    }

    private static string Highlighted(string field, string fragment) =>
        $$$"""{"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},"hits":{"total":{"value":1,"relation":"eq"},"max_score":1.0,"hits":[{"_index":"knowledge-findings-v1","_id":"a1b2c3d4e5f60718-0001","_score":1.0,"highlight":{"{{{field}}}":["{{{fragment}}}"]}}]}}""";

    [Fact]
    public async Task EveryWordUnknown_FindsNothing_WithoutSearchingTheText()
    {
        await using var h = new Harness();
        var plan = new QueryUnderstanding(EvidenceTaxonomy.Default, Glossary.Default).Analyse("xyzzyq");
        h.Fake.SearchResponse = UnknownWordCluster(FakeElasticsearch.EmptySearch);
        var results = await h.Index.SearchAsync(new EvidenceQuery { Text = plan.Text, Plan = plan }, TestContext.Current.CancellationToken);

        Assert.Equal(0, results.Total);
        Assert.Equal("xyzzyq", Assert.Single(results.IgnoredWords).Word);

        // The counts and the did-you-mean only: the text itself is never searched.
        var searches = h.Fake.Requests.Where(r => r.Path.EndsWith("/_search", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, searches.Count);
        Assert.True(searches[1].Json.TryGetProperty("suggest", out _));
        Assert.False(searches[1].Json.TryGetProperty("query", out _));
    }

    [Fact]
    public void SpecExample_SearchResponse_IsRead()
    {
        using var json = JsonDocument.Parse(OpenApi.SpecExamples.Value("_global.search.200_response.SearchResponseExample1.yaml"));
        var results = SearchResponseReader.Read(Wire.Read<Elastic.Clients.Elasticsearch.SearchResponse<JsonElement>>(json.RootElement.GetRawText()));
        Assert.Equal(20, results.Total);
        var hit = Assert.Single(results.Hits);
        Assert.Equal(1.3862942, hit.Score, 6);
        Assert.Null(hit.Highlight);
        Assert.Same(FacetCounts.Empty, results.Facets);
    }

    private static JsonObject Facet(params (string Key, int Count)[] buckets) => new()
    {
        ["doc_count"] = buckets.Sum(b => b.Count),
        ["sterms#values"] = new JsonObject
        {
            ["doc_count_error_upper_bound"] = 0,
            ["sum_other_doc_count"] = 0,
            ["buckets"] = new JsonArray([.. buckets.Select(b => (JsonNode)new JsonObject { ["key"] = b.Key, ["doc_count"] = b.Count })]),
        },
    };

    private static JsonObject Search(SearchRequestBuilder builder, EvidenceQuery query) => Wire.Json(builder.Search("knowledge-findings", query));

    private static List<string> Filters(JsonObject body, string facet)
    {
        var filter = body["aggregations"]![facet]!["filter"]!;
        return filter["bool"]?["filter"] is { } list ? [.. Items(list).Select(f => f.ToJsonString())] : [];
    }

    // The client writes a one-element list as the element itself, which the API accepts for these fields.
    private static List<JsonNode> Items(JsonNode? node) => node switch
    {
        JsonArray array => [.. array.Select(n => n!)],
        null => [],
        _ => [node],
    };
}
