using System.Text.Json;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Elasticsearch.Tests.Fakes;
using Knowledge.Elasticsearch.Tests.OpenApi;

namespace Knowledge.Elasticsearch.Tests;

/// <summary>
/// Every request the engine can make, checked against the official OpenAPI specification of
/// Elasticsearch 9.5 (stateful), as the official client writes them: path and method exist, query parameters are declared and accepted, JSON bodies
/// match their schema, and each bulk line matches on its own (action lines against the bulk operation
/// schema, document lines as objects). Zero violations is the bar.
/// </summary>
public sealed class RequestConformanceTests
{
    private static readonly EvidenceQuery[] Queries =
    [
        new(),
        new() { Text = "mariage d'enfants" },
        new() { Text = "\"mariage précoce\" -Mali OR Niger excision", Themes = ["child-marriage", "fgm"], Countries = ["NE"], Regions = ["sahel"], YearFrom = 2015, YearTo = 2023, Kinds = [FindingKind.Statistic], Languages = ["fr"], DocumentKinds = [DocumentKind.ResearchReport], DocumentIds = ["a1b2c3d4e5f60718"], Page = 3, PageSize = 10, Sort = SearchSort.YearDescending },
        new() { Text = "a+b (2019) l'enfant* ~x \\ |", Sort = SearchSort.YearAscending, Facets = false, Highlight = false, Countries = ["ML"] },
        new() { YearFrom = 2020, Facets = true, Highlight = true },
        Understood("combien de victimes de trafficking au Niger et au Sahel"),
    ];

    private static EvidenceQuery Understood(string text) =>
        new() { Text = text, Plan = new QueryUnderstanding(Core.Taxonomy.EvidenceTaxonomy.Default, Core.Taxonomy.Glossary.Default).Analyse(text) };

    [Fact]
    public async Task EveryRequest_OfEveryOperation_MatchesTheSpecification()
    {
        await using var h = new Harness(aliasesExist: false);
        h.Fake.BulkItemOutcome = (id, attempt) => attempt == 1 && id.Contains("-0001.", StringComparison.Ordinal) ? (429, "es_rejected_execution_exception", "queue full") : null;
        var document = Samples.Document();
        await h.Index.InitializeAsync(TestContext.Current.CancellationToken);
        h.Fake.Aliases["knowledge-findings"] = "knowledge-findings-v1";
        h.Fake.Aliases["knowledge-documents"] = "knowledge-documents-v1";

        await h.Index.UpsertDocumentAsync(document, Samples.Findings(3), TestContext.Current.CancellationToken);
        await h.Index.UpsertDocumentAsync(document, Samples.Findings(2), TestContext.Current.CancellationToken);
        foreach (var query in Queries)
        {
            await h.Index.SearchAsync(query, TestContext.Current.CancellationToken);
            await h.Index.FacetsAsync(query, TestContext.Current.CancellationToken);
        }

        await h.Index.GetFindingAsync("a1b2c3d4e5f60718-0001", TestContext.Current.CancellationToken);
        await h.Index.GetDocumentFindingsAsync(document.Id, TestContext.Current.CancellationToken);
        await h.Index.GetDocumentAsync(document.Id, TestContext.Current.CancellationToken);
        await h.Index.ListDocumentsAsync(2, 25, TestContext.Current.CancellationToken);
        await h.Index.GetStateAsync(TestContext.Current.CancellationToken);
        await using (var rebuild = await h.Index.BeginRebuildAsync(TestContext.Current.CancellationToken))
        {
            await rebuild.AddDocumentAsync(document, Samples.Findings(2), TestContext.Current.CancellationToken);
            await rebuild.AddDocumentAsync(document, Samples.Findings(1), TestContext.Current.CancellationToken);
            await rebuild.CommitAsync(TestContext.Current.CancellationToken);
        }

        await using (var abandoned = await h.Index.BeginRebuildAsync(TestContext.Current.CancellationToken))
        {
        }

        await h.Index.RemoveDocumentAsync(document.Id, TestContext.Current.CancellationToken);

        var violations = new List<string>();
        foreach (var request in h.Fake.Requests)
        {
            violations.AddRange(Validate(request).Select(v => $"{request}: {v}"));
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations.Distinct()));

        // The run covered every kind of request the engine makes.
        var kinds = h.Fake.Requests.Select(r => $"{r.Method} {OpenApiSpec.Shared.MatchPath(r.Method.Method, r.Path)}").ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "GET /", "GET /_alias/{name}", "PUT /{index}", "POST /{index}/_bulk", "POST /{index}/_search", "POST /{index}/_count",
                "POST /{index}/_delete_by_query", "GET /{index}/_doc/{id}", "PUT /{index}/_doc/{id}", "DELETE /{index}/_doc/{id}",
                "POST /_aliases", "POST /{index}/_refresh", "DELETE /{index}", "PUT /{index}/_mapping",
            },
            kinds);
    }

    internal static IReadOnlyList<string> Validate(RecordedRequest request)
    {
        var spec = OpenApiSpec.Shared;
        if (request.Path.EndsWith("/_bulk", StringComparison.Ordinal))
        {
            var lines = request.NdjsonLines;
            using var all = JsonDocument.Parse("[" + string.Join(',', lines) + "]");
            var errors = new List<string>(spec.ValidateRequest(request.Method.Method, request.Path, request.Query, all.RootElement));
            if (!request.Text.EndsWith('\n'))
            {
                errors.Add("NDJSON body must end with a newline");
            }

            for (var i = 0; i < lines.Count; i++)
            {
                using var line = JsonDocument.Parse(lines[i]);
                if (i % 2 == 0)
                {
                    errors.AddRange(spec.ValidateSchema("_global.bulk.OperationContainer", line.RootElement).Select(e => $"line {i + 1}: {e}"));
                }
                else if (line.RootElement.ValueKind != JsonValueKind.Object)
                {
                    errors.Add($"line {i + 1}: document line is not an object");
                }
            }

            return errors;
        }

        if (request.Body.Length == 0)
        {
            return spec.ValidateRequest(request.Method.Method, request.Path, request.Query, body: null);
        }

        using var body = JsonDocument.Parse(request.Body);
        return spec.ValidateRequest(request.Method.Method, request.Path, request.Query, body.RootElement);
    }
}
