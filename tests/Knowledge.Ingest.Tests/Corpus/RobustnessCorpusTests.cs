using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;

namespace Knowledge.Ingest.Tests.Corpus;

/// <summary>Every hostile real-world PDF is either ingested or reported with a reason: no crash, no hang.</summary>
public class RobustnessCorpusTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(TestFiles.Corpus, "robustness"), "*.pdf").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Ingest_RobustnessFile_IsIngestedOrReportedWithReason(string file)
    {
        var result = await IngestRun.Pipeline(new IngestOptions { DocumentTimeout = TimeSpan.FromSeconds(60) })
            .IngestFileAsync(TestFiles.CorpusFile(Path.Combine("robustness", file)), null, TestContext.Current.CancellationToken);

        if (result.Status == IngestStatus.Ingested)
        {
            Assert.NotEmpty(result.Findings);
            Assert.True(result.Pages > 0);
            Assert.All(result.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Text)));
        }
        else
        {
            Assert.Equal(IngestStatus.Failed, result.Status);
            Assert.False(string.IsNullOrWhiteSpace(result.Reason), $"{file}: un échec doit dire pourquoi");
            Assert.NotNull(result.ReasonCode);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{file}: {result.Status} {result.Reason} pages={result.Pages} findings={result.Findings.Count} {result.ElapsedMs} ms");
    }

    [Fact]
    public async Task Ingest_EncryptedFile_NeedsPasswordAndOpensWithIt()
    {
        var path = TestFiles.CorpusFile("robustness/encrypted-password-is-password.pdf");
        var pipeline = IngestRun.Pipeline();

        var without = await pipeline.IngestFileAsync(path, null, TestContext.Current.CancellationToken);
        var with = await pipeline.IngestFileAsync(path, new IngestRequest { Passwords = ["password"] }, TestContext.Current.CancellationToken);

        Assert.Equal("chiffré : mot de passe requis", without.Reason);
        Assert.Equal(IngestStatus.Ingested, with.Status);
        Assert.NotEmpty(with.Findings);
    }

    [Theory]
    [InlineData("iron-ore-q2-q3-2013.pdf")]
    [InlineData("r4_aesv2_no_length.pdf")]
    public async Task Ingest_EmptyUserPassword_OpensWithoutOne(string file)
    {
        var result = await IngestRun.Pipeline().IngestFileAsync(TestFiles.CorpusFile("robustness/" + file), null, TestContext.Current.CancellationToken);

        Assert.NotEqual("encrypted", result.ReasonCode);
        Assert.NotEqual("bad-password", result.ReasonCode);
    }

    [Fact]
    public async Task Ingest_FileWithFailingPagesAndDocstrumTrap_KeepsEveryPage()
    {
        var result = await IngestRun.Pipeline().IngestFileAsync(TestFiles.CorpusFile("robustness/FailedToParseContentForPage32.pdf"), null, TestContext.Current.CancellationToken);

        Assert.Equal(IngestStatus.Ingested, result.Status);
        Assert.Equal(147, result.Pages);
        Assert.Contains(result.Findings, f => f.Page == 13);
        Assert.Contains(result.Findings, f => f.Page >= 140);
    }

    [Fact]
    public async Task Ingest_NotActuallyAPdf_FailsWithParserReason()
    {
        var result = await IngestRun.Pipeline().IngestFileAsync(TestFiles.CorpusFile("robustness/stackoverflow_error.pdf"), null, TestContext.Current.CancellationToken);

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.StartsWith("fichier PDF illisible", result.Reason);
    }
}
