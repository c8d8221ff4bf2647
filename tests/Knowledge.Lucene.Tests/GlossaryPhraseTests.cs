using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Search.Conformance;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Knowledge.Lucene.Tests;

/// <summary>
/// Glossary terms indexed as single tokens: an expansion searched as its token finds exactly what the
/// phrase (one position of slack) found, and an index built with another glossary falls back to the
/// phrase, with a warning, until it is rebuilt.
/// </summary>
public sealed class GlossaryPhraseTests : IDisposable
{
    private static readonly Glossary WithForcedMarriage = new(
        [new GlossaryConcept { Fr = ["mariage forcé"], En = ["forced marriage"] }],
        []);

    private static readonly Glossary WithoutIt = new(
        [new GlossaryConcept { Fr = ["traite des enfants"], En = ["child trafficking"] }],
        []);

    // Which passages the phrase "mariag forc"~1 matches: adjacent or one word apart, in order.
    private static readonly string[] Passages =
    [
        "Le mariage forcé touche surtout les filles des zones rurales.",
        "Les mariages forcés restent nombreux dans la région.",
        "Un mariage souvent forcé par la famille élargie.",
        "Le mariage de la cousine fut très vite et mal forcé.",
        "Forcé de quitter l'école, il évoque un mariage.",
        "Le mariage civil reste rare ; les unions coutumières dominent.",
    ];

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly ListLogger _logger = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_ExpansionIndexedAsToken_FindsWhatThePhraseFound()
    {
        var asPhrase = await ExpandedHitsAsync(built: WithoutIt, running: WithForcedMarriage, "phrase");
        var asToken = await ExpandedHitsAsync(built: WithForcedMarriage, running: WithForcedMarriage, "token");

        Assert.False(asPhrase.UsedToken);
        Assert.True(asToken.UsedToken);
        Assert.Equal([0, 1, 2], asPhrase.Ordinals);
        Assert.Equal(asPhrase.Ordinals, asToken.Ordinals);
        Assert.Equal(asPhrase.Highlights, asToken.Highlights);
    }

    [Fact]
    public async Task Open_IndexBuiltWithAnotherGlossary_WarnsInFrenchAndSearchesPhrasesUntilRebuilt()
    {
        var document = TestData.Document("mariages");
        var findings = TestData.Findings(document, Passages);
        await using (var first = Open(WithoutIt))
        {
            await first.UpsertDocumentAsync(document, findings, Ct);
        }

        Assert.Empty(_logger.Warnings);
        await using var index = Open(WithForcedMarriage);
        var warning = Assert.Single(_logger.Warnings);
        Assert.Contains("autre glossaire", warning, StringComparison.Ordinal);
        Assert.Contains("reindex", warning, StringComparison.Ordinal);

        var query = Query(WithForcedMarriage);
        Assert.DoesNotContain("§", index.Describe(query), StringComparison.Ordinal);
        Assert.Equal(3, (await index.SearchAsync(query, Ct)).FullMatches);

        // A change written now keeps the index's glossary: only a rebuild makes it current.
        await index.UpsertDocumentAsync(document, findings, Ct);
        Assert.DoesNotContain("§", index.Describe(query), StringComparison.Ordinal);

        await using (var rebuild = await index.BeginRebuildAsync(Ct))
        {
            await rebuild.AddDocumentAsync(document, findings, Ct);
            await rebuild.CommitAsync(Ct);
        }

        Assert.Contains("§mariag forc", index.Describe(query), StringComparison.Ordinal);
        Assert.Equal(3, (await index.SearchAsync(query, Ct)).FullMatches);
    }

    [Fact]
    public async Task Open_IndexBuiltWithTheSameGlossary_DoesNotWarn()
    {
        var document = TestData.Document("mariages");
        await using (var first = Open(WithForcedMarriage))
        {
            await first.UpsertDocumentAsync(document, TestData.Findings(document, Passages), Ct);
        }

        await using var index = Open(WithForcedMarriage);
        Assert.Empty(_logger.Warnings);
        Assert.Contains("§mariag forc", index.Describe(Query(WithForcedMarriage)), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static EvidenceQuery Query(Glossary glossary) => new()
    {
        Text = "forced marriage",
        Plan = new QueryUnderstanding(TestData.Taxonomy, glossary).Analyse("forced marriage"),
        PageSize = 20,
    };

    private LuceneEvidenceIndex Open(Glossary glossary, string name = "data") =>
        LuceneEvidenceIndex.Open(new LuceneIndexOptions { DataPath = _folder.Sub(name) }, TestData.Taxonomy, _time, glossary, _logger);

    private async Task<(bool UsedToken, int[] Ordinals, string?[] Highlights)> ExpandedHitsAsync(Glossary built, Glossary running, string name)
    {
        var document = TestData.Document("mariages");
        await using (var first = Open(built, name))
        {
            await first.UpsertDocumentAsync(document, TestData.Findings(document, Passages), Ct);
        }

        await using var index = Open(running, name);
        var query = Query(running);
        var results = await index.SearchAsync(query, Ct);
        var hits = results.Hits.Take((int)results.FullMatches).OrderBy(h => h.Finding.Ordinal).ToList();
        return (index.Describe(query).Contains('§', StringComparison.Ordinal), [.. hits.Select(h => h.Finding.Ordinal)], [.. hits.Select(h => h.Highlight)]);
    }

    private sealed class ListLogger : ILogger
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Warnings.Add(formatter(state, exception));
            }
        }
    }
}
