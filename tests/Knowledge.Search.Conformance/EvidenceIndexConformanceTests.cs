using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Microsoft.Extensions.Time.Testing;

namespace Knowledge.Search.Conformance;

/// <summary>
/// The behaviour every evidence index engine must have. An engine's test project derives from this
/// class and supplies <see cref="CreateIndexAsync"/>; the engine is done when all of it passes.
/// </summary>
public abstract partial class EvidenceIndexConformanceTests
{
    /// <summary>The clock the engine under test must be given.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The taxonomy the engine under test must be given.</summary>
    protected static EvidenceTaxonomy Taxonomy => TestData.Taxonomy;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty index using <see cref="Time"/> and <see cref="Taxonomy"/>; each call gives a separate index.</summary>
    protected abstract Task<IEvidenceIndex> CreateIndexAsync();

    protected async Task<IEvidenceIndex> CreateSampleIndexAsync()
    {
        var index = await CreateIndexAsync();
        foreach (var (document, findings) in TestData.SampleLibrary())
        {
            await index.UpsertDocumentAsync(document, findings, Ct);
        }

        return index;
    }

    protected static Task<SearchResults> SearchAsync(IEvidenceIndex index, EvidenceQuery query) =>
        index.SearchAsync(query with { PageSize = EvidenceQuery.MaxPageSize }, Ct);

    /// <summary>The texts of the findings that hold enough of the query's words (those that hold fewer, which follow them when they are few, have their own cases).</summary>
    protected static async Task<string[]> TextsAsync(IEvidenceIndex index, EvidenceQuery query)
    {
        var results = await SearchAsync(index, query);
        return [.. results.Hits.Take((int)results.FullMatches).Select(h => h.Finding.Text).Order(StringComparer.Ordinal)];
    }

    private static string Sample(string documentName, int ordinal) =>
        TestData.SampleLibrary().Single(d => d.Document.FileName == documentName + ".pdf").Findings[ordinal].Text;

    private static string[] Sorted(params string[] texts) => [.. texts.Order(StringComparer.Ordinal)];

    // ---------- Filters ----------

    [Fact]
    public async Task Search_NoTextNoFilter_ReturnsEveryFinding()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, new EvidenceQuery());
        Assert.Equal(9, results.Total);
        Assert.Equal(9, results.Hits.Select(h => h.Finding.Id).Distinct().Count());
    }

    [Fact]
    public async Task Filter_Themes_KeepsOnlyTaggedFindings()
    {
        await using var index = await CreateSampleIndexAsync();
        var texts = await TextsAsync(index, new EvidenceQuery { Themes = ["child-marriage"] });
        Assert.Equal(Sorted(Sample("rapport-bf-2019", 0), Sample("apercu-ne-2021", 0), Sample("brief-sn-2023", 1)), texts);
    }

    [Fact]
    public async Task Filter_Countries_ValuesAreOred()
    {
        await using var index = await CreateSampleIndexAsync();
        var texts = await TextsAsync(index, new EvidenceQuery { Countries = ["NE", "gn"] });
        Assert.Equal(Sorted(Sample("apercu-ne-2021", 0), Sample("apercu-ne-2021", 1), Sample("strategie-gn-2022", 0)), texts);
    }

    [Fact]
    public async Task Filter_Region_ExpandsToMemberCountries()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, new EvidenceQuery { Regions = ["sahel"] });
        Assert.Equal(6, results.Total);
        Assert.All(results.Hits, h => Assert.Contains(h.Finding.Countries, c => c is "BF" or "ML" or "MR" or "NE"));
        Assert.Contains(results.Hits, h => h.Finding.Text == Sample("brief-sn-2023", 0));
    }

    [Fact]
    public async Task Filter_YearRange_IsInclusive()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, new EvidenceQuery { YearFrom = 2021, YearTo = 2022 });
        Assert.Equal(3, results.Total);
        Assert.All(results.Hits, h => Assert.InRange(h.Finding.Year!.Value, 2021, 2022));
        Assert.Equal(6, (await SearchAsync(index, new EvidenceQuery { YearFrom = 2021 })).Total);
        Assert.Equal(3, (await SearchAsync(index, new EvidenceQuery { YearTo = 2019 })).Total);
    }

    [Fact]
    public async Task Filter_FindingKinds()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, new EvidenceQuery { Kinds = [FindingKind.Statistic, FindingKind.Legal] });
        Assert.Equal(4, results.Total);
        Assert.All(results.Hits, h => Assert.True(h.Finding.Kind is FindingKind.Statistic or FindingKind.Legal));
    }

    [Fact]
    public async Task Filter_Languages()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, new EvidenceQuery { Languages = ["en"] });
        Assert.Equal(3, results.Total);
        Assert.All(results.Hits, h => Assert.Equal("en", h.Finding.Language));
    }

    [Fact]
    public async Task Filter_DocumentKinds()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, new EvidenceQuery { DocumentKinds = [DocumentKind.CountryOverview, DocumentKind.Strategy] });
        Assert.Equal(3, results.Total);
        Assert.All(results.Hits, h => Assert.True(h.Finding.DocumentKind is DocumentKind.CountryOverview or DocumentKind.Strategy));
    }

    [Fact]
    public async Task Filter_DocumentIds()
    {
        await using var index = await CreateSampleIndexAsync();
        var gn = TestData.SampleLibrary()[3].Document;
        var results = await SearchAsync(index, new EvidenceQuery { DocumentIds = [gn.Id] });
        Assert.Equal(Sample("strategie-gn-2022", 0), Assert.Single(results.Hits).Finding.Text);
    }

    [Fact]
    public async Task Filters_AcrossDimensions_AreAnded()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, new EvidenceQuery { Themes = ["child-marriage"], Countries = ["SN"], Languages = ["en"] });
        Assert.Equal(Sample("brief-sn-2023", 1), Assert.Single(results.Hits).Finding.Text);
        Assert.Equal(0, (await SearchAsync(index, new EvidenceQuery { Themes = ["child-marriage"], Countries = ["GN"] })).Total);
    }

    [Fact]
    public async Task Filter_TextAndFilters_Combine()
    {
        await using var index = await CreateSampleIndexAsync();
        var texts = await TextsAsync(index, new EvidenceQuery { Text = "mariage", Countries = ["NE"] });
        Assert.Equal([Sample("apercu-ne-2021", 0)], texts);
    }

    // ---------- Facets ----------

    [Fact]
    public async Task Facets_CountEveryDimension_InDocumentedOrder()
    {
        await using var index = await CreateSampleIndexAsync();
        var facets = (await SearchAsync(index, new EvidenceQuery())).Facets;
        Assert.Equal([new("child-marriage", 3), new("birth-registration", 2), new("sexual-exploitation", 2), new("trafficking", 2)], facets.Themes);
        Assert.Equal([new("BF", 3), new("SN", 3), new("NE", 2), new("GN", 1), new("ML", 1)], facets.Countries);
        Assert.Equal([new("2023", 3), new("2022", 1), new("2021", 2), new("2019", 3)], facets.Years);
        Assert.Equal([new("fr", 6), new("en", 3)], facets.Languages);
        Assert.Equal([new("recommendation", 3), new("statistic", 3), new("context", 1), new("gap", 1), new("legal", 1)], facets.Kinds);
        Assert.Equal([new("policy-brief", 3), new("research-report", 3), new("country-overview", 2), new("strategy", 1)], facets.DocumentKinds);
    }

    [Fact]
    public async Task Facets_MultiSelect_EachFacetIgnoresOnlyItsOwnFilter()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, new EvidenceQuery { Themes = ["child-marriage"], Countries = ["NE"] });

        Assert.Equal(Sample("apercu-ne-2021", 0), Assert.Single(results.Hits).Finding.Text);
        // Countries are counted over child-marriage findings, whatever their country: the user can widen to BF or SN.
        Assert.Equal([new("BF", 1), new("NE", 1), new("SN", 1)], results.Facets.Countries);
        // Themes are counted over Niger findings, whatever their theme.
        Assert.Equal([new("child-marriage", 1), new("trafficking", 1)], results.Facets.Themes);
        // Other facets see both filters.
        Assert.Equal([new("fr", 1)], results.Facets.Languages);
        Assert.Equal([new("2021", 1)], results.Facets.Years);
    }

    [Fact]
    public async Task Facets_Regions_CountEachFindingOncePerRegion()
    {
        await using var index = await CreateSampleIndexAsync();
        var facets = (await SearchAsync(index, new EvidenceQuery())).Facets;

        // The Mali–Senegal trafficking finding has two ECOWAS countries and counts once for ECOWAS.
        Assert.Equal([new("ecowas", 9), new("sahel", 6)], facets.Regions);
    }

    [Fact]
    public async Task Facets_Regions_IgnorePlaceFilters_HonourTheOthers()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, new EvidenceQuery { Regions = ["sahel"], Kinds = [FindingKind.Statistic] });

        string[] texts = [.. results.Hits.Select(h => h.Finding.Text).Order(StringComparer.Ordinal)];
        Assert.Equal(Sorted(Sample("rapport-bf-2019", 0), Sample("apercu-ne-2021", 0)), texts);
        // Counted over every statistic, whatever its place, as the country facet is: ticking ECOWAS would widen to Senegal.
        Assert.Equal([new("ecowas", 3), new("sahel", 2)], results.Facets.Regions);
        Assert.Equal([new("BF", 1), new("NE", 1), new("SN", 1)], results.Facets.Countries);

        var narrowed = await SearchAsync(index, new EvidenceQuery { Themes = ["child-marriage"], Countries = ["NE"] });
        Assert.Equal([new("ecowas", 3), new("sahel", 2)], narrowed.Facets.Regions);
    }

    [Fact]
    public async Task Facets_MultiSelect_OrWithinAFacet()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, new EvidenceQuery { Countries = ["NE", "GN"], Kinds = [FindingKind.Recommendation] });
        Assert.Equal(Sample("strategie-gn-2022", 0), Assert.Single(results.Hits).Finding.Text);
        Assert.Equal([new("legal", 1), new("recommendation", 1), new("statistic", 1)], results.Facets.Kinds);
        Assert.Equal([new("BF", 1), new("GN", 1), new("SN", 1)], results.Facets.Countries);
    }

    [Fact]
    public async Task Facets_YearFacetIgnoresYearRange()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, new EvidenceQuery { YearFrom = 2023, Languages = ["fr"] });
        Assert.Equal(0, results.Total);
        Assert.Equal([new("2022", 1), new("2021", 2), new("2019", 3)], results.Facets.Years);
    }

    [Fact]
    public async Task FacetsAsync_MatchesSearchFacets()
    {
        await using var index = await CreateSampleIndexAsync();
        var query = new EvidenceQuery { Text = "enfants OR children", Countries = ["BF", "SN"] };
        var fromSearch = (await index.SearchAsync(query, Ct)).Facets;
        var alone = await index.FacetsAsync(query, Ct);
        Assert.Equivalent(fromSearch, alone, strict: true);
        Assert.NotEmpty(alone.Countries);
    }

    [Fact]
    public async Task Search_FacetsAndHighlightsOff_AreEmpty()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await index.SearchAsync(new EvidenceQuery { Text = "mariage", Facets = false, Highlight = false }, Ct);
        Assert.NotEmpty(results.Hits);
        Assert.Empty(results.Facets.Themes);
        Assert.Empty(results.Facets.Countries);
        Assert.All(results.Hits, h => Assert.Null(h.Highlight));
    }

    // ---------- Text analysis and query syntax ----------

    [Fact]
    public async Task French_UnaccentedSingular_FindsAccentedPlural()
    {
        await using var index = await CreateSampleIndexAsync();
        var texts = await TextsAsync(index, new EvidenceQuery { Text = "mariage precoce" });
        Assert.Equal([Sample("rapport-bf-2019", 0)], texts);
    }

    [Fact]
    public async Task French_Elision_IsRemoved()
    {
        await using var index = await CreateSampleIndexAsync();
        var texts = await TextsAsync(index, new EvidenceQuery { Text = "exploitation" });
        Assert.Contains(Sample("rapport-bf-2019", 1), texts); // "L'exploitation"
        Assert.Contains(Sample("strategie-gn-2022", 0), texts); // "d'exploitation"
    }

    [Fact]
    public async Task English_InflectedForms_Match()
    {
        await using var index = await CreateSampleIndexAsync();
        var texts = await TextsAsync(index, new EvidenceQuery { Text = "trafficked children" });
        Assert.Equal([Sample("brief-sn-2023", 0)], texts);
    }

    [Fact]
    public async Task OneQuery_ReachesBothLanguages()
    {
        await using var index = await CreateSampleIndexAsync();
        var texts = await TextsAsync(index, new EvidenceQuery { Text = "exploitation OR trafficking" });
        Assert.Equal(Sorted(Sample("rapport-bf-2019", 1), Sample("strategie-gn-2022", 0), Sample("brief-sn-2023", 0)), texts);
    }

    [Fact]
    public async Task QuotedPhrase_MustAppearInOrder()
    {
        await using var index = await CreateSampleIndexAsync();
        Assert.Equal([Sample("apercu-ne-2021", 0)], await TextsAsync(index, new EvidenceQuery { Text = "\"mariage des enfants\"" }));
        Assert.Empty(await TextsAsync(index, new EvidenceQuery { Text = "\"enfants mariage\"" }));
    }

    [Fact]
    public async Task MinusWord_Excludes()
    {
        await using var index = await CreateSampleIndexAsync();
        Assert.Equal([Sample("rapport-bf-2019", 0)], await TextsAsync(index, new EvidenceQuery { Text = "mariage -Niger" }));
        Assert.Equal(8, (await SearchAsync(index, new EvidenceQuery { Text = "-\"mariage des enfants\"" })).Total);
    }

    [Fact]
    public async Task Or_MatchesEitherAlternative()
    {
        await using var index = await CreateSampleIndexAsync();
        var texts = await TextsAsync(index, new EvidenceQuery { Text = "orpaillage OR naissances" });
        Assert.Equal(Sorted(Sample("rapport-bf-2019", 1), Sample("rapport-bf-2019", 2)), texts);
    }

    [Fact]
    public async Task ManyWords_DoNotAllNeedToAppear()
    {
        await using var index = await CreateSampleIndexAsync();
        // A paraphrase: "chiffres" appears nowhere, yet the passage carrying the other words is found first.
        var results = await SearchAsync(index, new EvidenceQuery { Text = "mariage enfants Niger chiffres" });
        Assert.Equal(Sample("apercu-ne-2021", 0), results.Hits[0].Finding.Text);
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("-")]
    [InlineData("--")]
    [InlineData("- \"")]
    [InlineData("\"\"")]
    [InlineData("*")]
    [InlineData("mari*")]
    [InlineData(":")]
    [InlineData("theme:child-marriage")]
    [InlineData("(mariage")]
    [InlineData("mariage)")]
    [InlineData("[2010 TO 2020]")]
    [InlineData("OR")]
    [InlineData("OR OR mariage OR")]
    [InlineData("mariage AND NOT")]
    [InlineData("~2 ^3 \\ / ! ? { } &&")]
    [InlineData("le la les des")]
    [InlineData("<script>alert(1)</script>")]
    public async Task BadUserSyntax_NeverThrows(string text)
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await index.SearchAsync(new EvidenceQuery { Text = text }, Ct);
        Assert.InRange(results.Total, 0, 9);
        await index.FacetsAsync(new EvidenceQuery { Text = text }, Ct);
    }

    [Fact]
    public async Task HugeUserInput_NeverThrows()
    {
        await using var index = await CreateSampleIndexAsync();
        var text = string.Join(' ', Enumerable.Repeat("mariage \"enfants -Niger OR (", 20_000));
        var results = await index.SearchAsync(new EvidenceQuery { Text = text }, Ct);
        Assert.InRange(results.Total, 0, 9);
    }

    // ---------- Highlights ----------

    [Fact]
    public async Task Highlight_MarksMatchedTermsInTheirOriginalForm()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, new EvidenceQuery { Text = "mariage precoce" });
        Assert.Equal(1, results.FullMatches);
        var hit = results.Hits[0];
        Assert.Contains("<mark>mariages</mark>", hit.Highlight, StringComparison.Ordinal);
        Assert.Contains("<mark>précoces</mark>", hit.Highlight, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>Burkina</mark>", hit.Highlight, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Highlight_EscapesHtmlOutsideMarks()
    {
        await using var index = await CreateIndexAsync();
        var doc = TestData.Document("html");
        await index.UpsertDocumentAsync(doc, TestData.Findings(doc, "Les filles <b>mariées</b> & déscolarisées \"avant\" 15 ans."), Ct);
        var hit = Assert.Single((await SearchAsync(index, new EvidenceQuery { Text = "mariées" })).Hits);
        Assert.Contains("<mark>mariées</mark>", hit.Highlight, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", hit.Highlight, StringComparison.Ordinal);
        Assert.Contains("&amp;", hit.Highlight, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", hit.Highlight, StringComparison.Ordinal);
        var unmarked = hit.Highlight!.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
        Assert.Equal(hit.Finding.Text, System.Net.WebUtility.HtmlDecode(unmarked));
    }

    [Fact]
    public async Task Highlight_LongPassage_GivesAFragmentAroundTheMatch()
    {
        await using var index = await CreateIndexAsync();
        var doc = TestData.Document("long");
        var filler = string.Join(' ', Enumerable.Repeat("La protection sociale reste un chantier important pour les familles.", 25));
        var text = $"{filler} Les cas d'orpaillage sont nombreux. {filler}";
        await index.UpsertDocumentAsync(doc, TestData.Findings(doc, text), Ct);
        var hit = Assert.Single((await SearchAsync(index, new EvidenceQuery { Text = "orpaillage" })).Hits);
        Assert.Contains("<mark>orpaillage</mark>", hit.Highlight, StringComparison.Ordinal);
        Assert.InRange(hit.Highlight!.Length, 40, 400);
        Assert.StartsWith("…", hit.Highlight, StringComparison.Ordinal);
        Assert.EndsWith("…", hit.Highlight, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Highlight_NoText_IsNull()
    {
        await using var index = await CreateSampleIndexAsync();
        var results = await SearchAsync(index, new EvidenceQuery { Themes = ["trafficking"] });
        Assert.All(results.Hits, h => Assert.Null(h.Highlight));
    }

    // ---------- Paging and sorting ----------

    [Fact]
    public async Task Paging_CoversEveryHitOnceWithStableTotal()
    {
        await using var index = await CreateSampleIndexAsync();
        var ids = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var results = await index.SearchAsync(new EvidenceQuery { Page = page, PageSize = 4 }, Ct);
            Assert.Equal(9, results.Total);
            Assert.Equal(page < 3 ? 4 : 1, results.Hits.Count);
            ids.AddRange(results.Hits.Select(h => h.Finding.Id));
        }

        Assert.Equal(9, ids.Distinct().Count());
        Assert.Empty((await index.SearchAsync(new EvidenceQuery { Page = 4, PageSize = 4 }, Ct)).Hits);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(1, 0)]
    [InlineData(1, 101)]
    [InlineData(-1, 10)]
    public async Task Paging_OutOfRange_ThrowsArgumentException(int page, int pageSize)
    {
        await using var index = await CreateSampleIndexAsync();
        await Assert.ThrowsAnyAsync<ArgumentException>(() => index.SearchAsync(new EvidenceQuery { Page = page, PageSize = pageSize }, Ct));
    }

    [Fact]
    public async Task Sort_ByYear_BothDirections()
    {
        await using var index = await CreateSampleIndexAsync();
        var desc = (await SearchAsync(index, new EvidenceQuery { Sort = SearchSort.YearDescending })).Hits.Select(h => h.Finding.Year!.Value).ToList();
        var asc = (await SearchAsync(index, new EvidenceQuery { Sort = SearchSort.YearAscending })).Hits.Select(h => h.Finding.Year!.Value).ToList();
        Assert.Equal(desc.OrderDescending(), desc);
        Assert.Equal(asc.Order(), asc);
        Assert.Equal(9, desc.Count);
        Assert.Equal(2023, desc[0]);
        Assert.Equal(2019, asc[0]);
    }

    [Fact]
    public async Task Sort_ByYear_UndatedFindingsComeLast_InBothDirections()
    {
        await using var index = await CreateSampleIndexAsync();
        var undated = TestData.Document("sans-date", year: null);
        await index.UpsertDocumentAsync(undated, TestData.Findings(undated, "Un passage d'un document sans date."), Ct);
        foreach (var sort in new[] { SearchSort.YearDescending, SearchSort.YearAscending })
        {
            var years = (await SearchAsync(index, new EvidenceQuery { Sort = sort })).Hits.Select(h => h.Finding.Year).ToList();
            Assert.Equal(10, years.Count);
            Assert.Null(years[^1]);
            Assert.All(years[..^1], y => Assert.NotNull(y));
        }
    }

    [Fact]
    public async Task Sort_Relevance_TiesFollowDocumentOrder()
    {
        await using var index = await CreateSampleIndexAsync();
        var hits = (await SearchAsync(index, new EvidenceQuery { Countries = ["BF"] })).Hits;
        Assert.Equal([0, 1, 2], hits.Select(h => h.Finding.Ordinal));
    }

    [Fact]
    public async Task Sort_Relevance_BetterMatchFirst()
    {
        await using var index = await CreateSampleIndexAsync();
        var hits = (await SearchAsync(index, new EvidenceQuery { Text = "child marriage" })).Hits;
        Assert.Equal(Sample("brief-sn-2023", 1), hits[0].Finding.Text);
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public async Task Table_IsFoundByTheWordsOfTheParagraphThatIntroducesIt_WithoutShowingThem()
    {
        await using var index = await CreateIndexAsync();
        var doc = TestData.Document("tableau-fistule");
        const string introduction = "Le tableau suivant présente, pour chaque centre, la part des patientes répudiées par leur mari.";
        var table = new FindingTable
        {
            Caption = "Tableau 1 : Patientes opérées, par centre",
            Columns = ["Centre", "Reçues", "Abandonnées"],
            Rows = [["Maradi", "176", "64 %"]],
            Introduction = introduction,
        };
        var rows = TestData.Finding(doc, 1, "Tableau 1 : Patientes opérées, par centre\nMaradi — Reçues : 176 — Abandonnées : 64 %", kind: FindingKind.Statistic) with { Table = table };
        await index.UpsertDocumentAsync(doc, [TestData.Finding(doc, 0, introduction), rows, TestData.Finding(doc, 2, "Les patientes attendent souvent plusieurs mois avant d'être opérées.")], Ct);

        // The rows never write "répudiées": only the paragraph that says what the table shows does.
        var hits = (await SearchAsync(index, new EvidenceQuery { Text = "répudiées" })).Hits;
        Assert.Equal([0, 1], hits.Select(h => h.Finding.Ordinal).Order());
        var table1 = hits.Single(h => h.Finding.Ordinal == 1).Finding;
        Assert.Equal(rows.Text, table1.Text);
        Assert.Equal(introduction, table1.Table?.Introduction);
    }

    // ---------- Documents and findings ----------

    [Fact]
    public async Task GetFinding_ReturnsTheRecordAsWritten()
    {
        await using var index = await CreateIndexAsync();
        var doc = TestData.Document("complet", title: "Titre complet");
        var finding = TestData.Finding(doc, 3, "Un passage avec des notes.", ["trafficking"], ["NE", "ML"], FindingKind.Legal, page: 7, sectionPath: ["Partie 1", "Chapitre 2"], notes: ["Note 1 : source."]) with { PageEnd = 8 };
        await index.UpsertDocumentAsync(doc, [finding], Ct);
        var read = await index.GetFindingAsync(finding.Id, Ct);
        Assert.Equivalent(finding, read, strict: true);
        Assert.Null(await index.GetFindingAsync("inconnu-0000", Ct));
    }

    [Fact]
    public async Task GetDocumentFindings_InDocumentOrder()
    {
        await using var index = await CreateIndexAsync();
        var doc = TestData.Document("ordre");
        var findings = Enumerable.Range(0, 12).Select(i => TestData.Finding(doc, i, $"Passage numéro {i}.")).Reverse().ToList();
        await index.UpsertDocumentAsync(doc, findings, Ct);
        var read = await index.GetDocumentFindingsAsync(doc.Id, Ct);
        Assert.Equal(Enumerable.Range(0, 12), read.Select(f => f.Ordinal));
        Assert.Empty(await index.GetDocumentFindingsAsync("inconnu", Ct));
    }

    [Fact]
    public async Task Upsert_WritesRegistryEntry()
    {
        await using var index = await CreateSampleIndexAsync();
        var (doc, findings) = TestData.SampleLibrary()[0];
        var entry = await index.GetDocumentAsync(doc.Id, Ct);
        Assert.NotNull(entry);
        Assert.Equal(doc.Sha256, entry.Sha256);
        Assert.Equal(doc.FileName, entry.FileName);
        Assert.Equal(doc.Title, entry.Title);
        Assert.Equal(findings.Count, entry.FindingCount);
        Assert.Equal(Time.GetUtcNow(), entry.UpdatedAt);
        Assert.Null(await index.GetDocumentAsync("inconnu", Ct));
    }

    [Fact]
    public async Task Upsert_ReplacesFindingsAndRegistryEntry()
    {
        await using var index = await CreateSampleIndexAsync();
        var (old, oldFindings) = TestData.SampleLibrary()[0];
        var addedAt = (await index.GetDocumentAsync(old.Id, Ct))!.AddedAt;
        Time.Advance(TimeSpan.FromHours(2));

        var revised = TestData.Document("rapport-bf-2019", 2020, revision: 2, countries: ["BF"]);
        await index.UpsertDocumentAsync(revised, [TestData.Finding(revised, 0, "Les mutilations génitales féminines reculent lentement.", countries: ["BF"])], Ct);

        Assert.Equal(0, (await SearchAsync(index, new EvidenceQuery { Text = "orpaillage" })).Total);
        Assert.Equal(1, (await SearchAsync(index, new EvidenceQuery { Text = "mutilations" })).Total);
        Assert.Null(await index.GetFindingAsync(oldFindings[2].Id, Ct));
        Assert.Single(await index.GetDocumentFindingsAsync(old.Id, Ct));
        Assert.Equal(7, (await SearchAsync(index, new EvidenceQuery())).Total);

        var entry = await index.GetDocumentAsync(old.Id, Ct);
        Assert.Equal(revised.Sha256, entry!.Sha256);
        Assert.Equal(1, entry.FindingCount);
        Assert.Equal(2020, entry.Year);
        Assert.Equal(addedAt, entry.AddedAt);
        Assert.Equal(Time.GetUtcNow(), entry.UpdatedAt);
    }

    [Fact]
    public async Task Upsert_SameDocumentTwice_SameIdsNoDuplicates()
    {
        await using var index = await CreateSampleIndexAsync();
        var before = (await SearchAsync(index, new EvidenceQuery())).Hits.Select(h => h.Finding.Id).Order(StringComparer.Ordinal).ToList();
        foreach (var (document, findings) in TestData.SampleLibrary())
        {
            await index.UpsertDocumentAsync(document, findings, Ct);
        }

        var after = await SearchAsync(index, new EvidenceQuery());
        Assert.Equal(9, after.Total);
        Assert.Equal(before, after.Hits.Select(h => h.Finding.Id).Order(StringComparer.Ordinal));
        Assert.Equal(4, (await index.GetStateAsync(Ct)).Documents);
    }

    [Fact]
    public async Task Upsert_RejectsFindingsOfAnotherDocument_AndIndexesTheRest()
    {
        await using var index = await CreateIndexAsync();
        var doc = TestData.Document("a");
        var other = TestData.Document("b");
        var result = await index.UpsertDocumentAsync(doc, [TestData.Finding(doc, 0, "Un passage valable."), TestData.Finding(other, 1, "Un passage égaré.")], Ct);
        Assert.Equal(1, result.Indexed);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(Finding.MakeId(other.Id, 1), rejected.FindingId);
        Assert.False(string.IsNullOrWhiteSpace(rejected.Reason));
        Assert.Equal(1, (await index.GetDocumentAsync(doc.Id, Ct))!.FindingCount);
    }

    [Fact]
    public async Task Remove_DeletesFindingsAndRegistryEntry()
    {
        await using var index = await CreateSampleIndexAsync();
        var (doc, findings) = TestData.SampleLibrary()[2];
        Assert.True(await index.RemoveDocumentAsync(doc.Id, Ct));
        Assert.Null(await index.GetDocumentAsync(doc.Id, Ct));
        Assert.Null(await index.GetFindingAsync(findings[0].Id, Ct));
        Assert.Equal(6, (await SearchAsync(index, new EvidenceQuery())).Total);
        Assert.False(await index.RemoveDocumentAsync(doc.Id, Ct));
    }

    [Fact]
    public async Task ListDocuments_MostRecentlyUpdatedFirst_Paged()
    {
        await using var index = await CreateIndexAsync();
        var first = TestData.Document("premier");
        var second = TestData.Document("second");
        await index.UpsertDocumentAsync(first, TestData.Findings(first, "Premier passage."), Ct);
        Time.Advance(TimeSpan.FromMinutes(5));
        await index.UpsertDocumentAsync(second, TestData.Findings(second, "Second passage."), Ct);

        var all = await index.ListDocumentsAsync(1, 10, Ct);
        Assert.Equal(2, all.Total);
        Assert.Equal([second.Id, first.Id], all.Items.Select(d => d.Id));

        var page2 = await index.ListDocumentsAsync(2, 1, Ct);
        Assert.Equal(2, page2.Total);
        Assert.Equal(first.Id, Assert.Single(page2.Items).Id);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => index.ListDocumentsAsync(0, 10, Ct));
    }

    // ---------- State ----------

    [Fact]
    public async Task State_CountsAndFingerprint()
    {
        await using var index = await CreateIndexAsync();
        var empty = await index.GetStateAsync(Ct);
        Assert.Equal(0, empty.Documents);
        Assert.Equal(0, empty.Findings);

        foreach (var (document, findings) in TestData.SampleLibrary())
        {
            await index.UpsertDocumentAsync(document, findings, Ct);
        }

        var full = await index.GetStateAsync(Ct);
        Assert.Equal(4, full.Documents);
        Assert.Equal(9, full.Findings);
        Assert.NotEqual(empty.Fingerprint, full.Fingerprint);
        Assert.Equal(Time.GetUtcNow(), full.UpdatedAt);
        Assert.False(string.IsNullOrWhiteSpace(index.Engine));
        Assert.Equal(index.Engine, full.Engine);

        var revised = TestData.Document("apercu-ne-2021", revision: 2);
        await index.UpsertDocumentAsync(revised, TestData.Findings(revised, "Nouveau texte."), Ct);
        Assert.NotEqual(full.Fingerprint, (await index.GetStateAsync(Ct)).Fingerprint);
    }

    [Fact]
    public async Task State_SameFileRetagged_FingerprintChanges()
    {
        await using var index = await CreateSampleIndexAsync();
        var before = await index.GetStateAsync(Ct);
        var (document, findings) = TestData.SampleLibrary()[1];
        await index.UpsertDocumentAsync(document, [.. findings.Select(f => f with { Themes = ["trafficking"] })], Ct);
        Assert.NotEqual(before.Fingerprint, (await index.GetStateAsync(Ct)).Fingerprint);

        await index.UpsertDocumentAsync(document, findings, Ct);
        Assert.Equal(before.Fingerprint, (await index.GetStateAsync(Ct)).Fingerprint);
    }

    [Fact]
    public async Task State_EqualContent_EqualFingerprint()
    {
        await using var a = await CreateSampleIndexAsync();
        await using var b = await CreateIndexAsync();
        foreach (var (document, findings) in TestData.SampleLibrary().Reverse())
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            await b.UpsertDocumentAsync(document, findings, Ct);
        }

        Assert.Equal((await a.GetStateAsync(Ct)).Fingerprint, (await b.GetStateAsync(Ct)).Fingerprint);
        await b.RemoveDocumentAsync(TestData.SampleLibrary()[0].Document.Id, Ct);
        Assert.NotEqual((await a.GetStateAsync(Ct)).Fingerprint, (await b.GetStateAsync(Ct)).Fingerprint);
    }

    // ---------- Rebuild ----------

    [Fact]
    public async Task Rebuild_LiveIndexServesUntilCommit_ThenOnlyNewContent()
    {
        await using var index = await CreateSampleIndexAsync();
        var fresh = TestData.Document("nouveau", 2024);
        await using (var rebuild = await index.BeginRebuildAsync(Ct))
        {
            var written = await rebuild.AddDocumentAsync(fresh, TestData.Findings(fresh, "La mendicité forcée des talibés persiste.", "Les enfants en mobilité manquent de protection."), Ct);
            Assert.Equal(2, written.Indexed);

            Assert.Equal(9, (await SearchAsync(index, new EvidenceQuery())).Total);
            Assert.Equal(0, (await SearchAsync(index, new EvidenceQuery { Text = "talibés" })).Total);
            Assert.Null(await index.GetDocumentAsync(fresh.Id, Ct));

            await rebuild.CommitAsync(Ct);
        }

        Assert.Equal(2, (await SearchAsync(index, new EvidenceQuery())).Total);
        Assert.Equal(1, (await SearchAsync(index, new EvidenceQuery { Text = "talibés" })).Total);
        Assert.NotNull(await index.GetDocumentAsync(fresh.Id, Ct));
        Assert.Null(await index.GetDocumentAsync(TestData.SampleLibrary()[0].Document.Id, Ct));
        var state = await index.GetStateAsync(Ct);
        Assert.Equal(1, state.Documents);
        Assert.Equal(2, state.Findings);

        // Writes after the swap go to the new live index.
        var later = TestData.Document("ensuite");
        await index.UpsertDocumentAsync(later, TestData.Findings(later, "Un passage ajouté après la reconstruction."), Ct);
        Assert.Equal(3, (await SearchAsync(index, new EvidenceQuery())).Total);
    }

    [Fact]
    public async Task Rebuild_DisposedWithoutCommit_LeavesLiveIndexUntouched()
    {
        await using var index = await CreateSampleIndexAsync();
        var before = await index.GetStateAsync(Ct);
        var fresh = TestData.Document("abandonne");
        await using (var rebuild = await index.BeginRebuildAsync(Ct))
        {
            await rebuild.AddDocumentAsync(fresh, TestData.Findings(fresh, "Un passage jamais publié."), Ct);
        }

        Assert.Equal(9, (await SearchAsync(index, new EvidenceQuery())).Total);
        Assert.Null(await index.GetDocumentAsync(fresh.Id, Ct));
        Assert.Equal(before.Fingerprint, (await index.GetStateAsync(Ct)).Fingerprint);

        // A new rebuild can start once the abandoned one is gone.
        await using var again = await index.BeginRebuildAsync(Ct);
        await again.CommitAsync(Ct);
        Assert.Equal(0, (await SearchAsync(index, new EvidenceQuery())).Total);
    }
}
