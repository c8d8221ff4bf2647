using Knowledge.Core.Taxonomy;
using Knowledge.Ingest.Pipeline;
using Microsoft.Extensions.Time.Testing;

namespace Knowledge.Ingest.Tests.Fixtures;

/// <summary>Runs the real pipeline on bytes the test made.</summary>
internal static class IngestRun
{
    /// <summary>The pipeline with <paramref name="options"/>; without them, the defaults but no machine translation, which only search tests need (and it costs about a second a document).</summary>
    public static IngestPipeline Pipeline(IngestOptions? options = null) =>
        new(EvidenceTaxonomy.Default, new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero)), options ?? new IngestOptions { TranslationEnabled = false });

    public static Task<IngestResult> RunAsync(byte[] pdf, string name = "test.pdf", IngestRequest? request = null, IngestOptions? options = null) =>
        Pipeline(options).IngestAsync(pdf, name, request, TestContext.Current.CancellationToken);

    public static string AllText(IngestResult result) => string.Join("\n", result.Findings.Select(f => f.Text));
}
