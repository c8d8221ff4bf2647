using Knowledge.Core.Evidence;

namespace Knowledge.Elasticsearch.Tests.Fakes;

/// <summary>An engine wired, through the official client and our handler chain, to a <see cref="FakeElasticsearch"/>, with aliases already in place unless asked otherwise.</summary>
internal sealed class Harness : IAsyncDisposable
{
    public Harness(Action<ElasticsearchOptions>? configure = null, bool aliasesExist = true)
    {
        Options = new ElasticsearchOptions { Url = new Uri("http://es.test:9200"), RetryBaseDelay = TimeSpan.Zero };
        configure?.Invoke(Options);
        if (aliasesExist)
        {
            Fake.Aliases[$"{Options.IndexPrefix}-findings"] = $"{Options.IndexPrefix}-findings-v1";
            Fake.Aliases[$"{Options.IndexPrefix}-documents"] = $"{Options.IndexPrefix}-documents-v1";
        }

        Client = Transport.ElasticsearchClientFactory.Create(Options, Time, Fake);
        Index = new ElasticsearchEvidenceIndex(Client, Options, Time);
    }

    public FakeElasticsearch Fake { get; } = new();

    public FixedTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero));

    public ElasticsearchOptions Options { get; }

    public Elastic.Clients.Elasticsearch.ElasticsearchClient Client { get; }

    public ElasticsearchEvidenceIndex Index { get; }

    public async ValueTask DisposeAsync()
    {
        await Index.DisposeAsync();
    }
}

/// <summary>Builders for the evidence types, with French-first defaults close to the real corpus.</summary>
internal static class Samples
{
    public static SourceDocument Document(string id = "a1b2c3d4e5f60718", string language = "fr") => new()
    {
        Id = id,
        Sha256 = id + new string('0', 48),
        Title = "Étude sur l'exploitation sexuelle des enfants au Niger",
        Publisher = "ECPAT France",
        Year = 2021,
        Language = language,
        Kind = DocumentKind.ResearchReport,
        Countries = ["NE"],
        FileName = "etude-niger.pdf",
        Pages = 48,
        FindingCount = 3,
        AddedAt = new DateTimeOffset(2025, 1, 2, 8, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2025, 1, 3, 8, 0, 0, TimeSpan.Zero),
    };

    public static Finding Finding(string documentId = "a1b2c3d4e5f60718", int ordinal = 0, string language = "fr", string? text = null) => new()
    {
        Id = Core.Evidence.Finding.MakeId(documentId, ordinal),
        DocumentId = documentId,
        DocumentTitle = "Étude sur l'exploitation sexuelle des enfants au Niger",
        DocumentKind = DocumentKind.ResearchReport,
        Publisher = "ECPAT France",
        Year = 2021,
        Language = language,
        Page = 12 + ordinal,
        PageEnd = 12 + ordinal,
        SectionPath = ["2. Résultats", "2.1 Mariage d'enfants"],
        Text = text ?? (language == "en"
            ? "In Niger, 76% of girls are married before the age of 18, one of the highest rates in the world."
            : "Au Niger, 76 % des filles sont mariées avant l'âge de 18 ans, l'un des taux les plus élevés au monde."),
        Themes = ["child-marriage"],
        Countries = ["NE"],
        Kind = FindingKind.Statistic,
        Notes = ["UNICEF, 2019."],
        Ordinal = ordinal,
    };

    public static IReadOnlyList<Finding> Findings(int count, string documentId = "a1b2c3d4e5f60718") =>
        [.. Enumerable.Range(0, count).Select(i => Finding(documentId, i, i % 2 == 0 ? "fr" : "en"))];
}

/// <summary>
/// A clock that says what the test sets. Only "now" matters to these tests (retry delays are zero),
/// so a fixed clock is enough and timers never need advancing.
/// </summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
