using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Elasticsearch.Tests.Fakes;

namespace Knowledge.Elasticsearch.Tests.Cluster;

/// <summary>
/// Behaviour on a real cluster: analysis, atomic replacement, multi-select facets, highlights, rebuild.
/// The shared conformance suite (tests/Knowledge.Search.Conformance) derives from the same fixture:
/// see <see cref="ElasticsearchClusterFixture.CreateIndexAsync"/>.
/// </summary>
public sealed class ElasticsearchClusterTests(ElasticsearchClusterFixture cluster) : IClassFixture<ElasticsearchClusterFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FrenchAnalysis_ElisionStemmingAndFolding_MatchAcrossForms()
    {
        await using var index = await cluster.CreateIndexAsync();
        await index.UpsertDocumentAsync(Samples.Document(), [Samples.Finding(text: "L'enfant est protégé jusqu'à l'âge de 18 ans lorsqu'il est scolarisé.")], Ct);

        foreach (var text in (string[])["enfants", "ENFANT", "age", "protege", "\"l'enfant est protégé\""])
        {
            var results = await index.SearchAsync(new EvidenceQuery { Text = text }, Ct);
            Assert.True(results.Total == 1, $"« {text} » should match");
        }

        Assert.Equal(0, (await index.SearchAsync(new EvidenceQuery { Text = "enfants -âge" }, Ct)).Total);
    }

    [Fact]
    public async Task DecomposedAccentsAndInvisibleCharacters_InIndexedText_MatchTheComposedQuery()
    {
        await using var index = await cluster.CreateIndexAsync();
        await index.UpsertDocumentAsync(Samples.Document(), [Samples.Finding(text: "Le mariage pre\u0301coce\u200B touche les filles de la re\u0301gion.")], Ct);

        foreach (var text in (string[])["précoce", "région", "\"mariage précoce\""])
        {
            var results = await index.SearchAsync(new EvidenceQuery { Text = text }, Ct);
            Assert.True(results.Total == 1, $"« {text} » should match the decomposed text");
        }
    }

    [Fact]
    public async Task EnglishAnalysis_PossessiveAndStemming()
    {
        await using var index = await cluster.CreateIndexAsync();
        await index.UpsertDocumentAsync(Samples.Document(language: "en"), [Samples.Finding(language: "en", text: "The child's marriages were registered by the ministries.")], Ct);
        Assert.Equal(1, (await index.SearchAsync(new EvidenceQuery { Text = "child marriage ministry" }, Ct)).Total);
    }

    [Fact]
    public async Task Upsert_ReplacesAllFindings_AndRemoveHidesThem()
    {
        await using var index = await cluster.CreateIndexAsync();
        var document = Samples.Document();
        await index.UpsertDocumentAsync(document, Samples.Findings(3), Ct);
        var result = await index.UpsertDocumentAsync(document, Samples.Findings(2), Ct);

        Assert.Equal(2, result.Indexed);
        Assert.Equal(2, (await index.GetDocumentFindingsAsync(document.Id, Ct)).Count);
        Assert.Null(await index.GetFindingAsync(Finding.MakeId(document.Id, 2), Ct));
        Assert.Equal(2, (await index.GetStateAsync(Ct)).Findings);

        Assert.True(await index.RemoveDocumentAsync(document.Id, Ct));
        Assert.Equal(0, (await index.SearchAsync(new EvidenceQuery(), Ct)).Total);
    }

    [Fact]
    public async Task Facets_AreMultiSelect_AndHighlightsMarkTerms()
    {
        await using var index = await cluster.CreateIndexAsync();
        var document = Samples.Document();
        var findings = new[]
        {
            Samples.Finding(ordinal: 0) with { Countries = ["NE"], Text = "Les filles <b>mariées</b> au Niger." },
            Samples.Finding(ordinal: 1) with { Countries = ["ML"], Text = "Les filles mariées au Mali." },
        };
        await index.UpsertDocumentAsync(document, findings, Ct);

        var results = await index.SearchAsync(new EvidenceQuery { Text = "mariées", Countries = ["NE"] }, Ct);

        Assert.Equal(1, results.Total);
        Assert.Equal(["ML", "NE"], results.Facets.Countries.Select(c => c.Value).Order(StringComparer.Ordinal));
        Assert.Contains("<mark>mariées</mark>", results.Hits[0].Highlight, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", results.Hits[0].Highlight, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_SwapsAtomically_AndDiscardLeavesLiveIndexAlone()
    {
        await using var index = await cluster.CreateIndexAsync();
        await index.UpsertDocumentAsync(Samples.Document(), Samples.Findings(2), Ct);

        await using (var discarded = await index.BeginRebuildAsync(Ct))
        {
            await discarded.AddDocumentAsync(Samples.Document("0000111122223333"), Samples.Findings(1, "0000111122223333"), Ct);
        }

        Assert.Equal(2, (await index.GetStateAsync(Ct)).Findings);

        await using (var rebuild = await index.BeginRebuildAsync(Ct))
        {
            await rebuild.AddDocumentAsync(Samples.Document("0000111122223333"), Samples.Findings(1, "0000111122223333"), Ct);
            Assert.Equal(2, (await index.GetStateAsync(Ct)).Findings);
            await rebuild.CommitAsync(Ct);
        }

        var state = await index.GetStateAsync(Ct);
        Assert.Equal(1, state.Documents);
        Assert.Equal(1, state.Findings);
    }
}
