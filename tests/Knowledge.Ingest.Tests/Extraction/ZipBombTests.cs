using Knowledge.Ingest.Extraction;
using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;

namespace Knowledge.Ingest.Tests.Extraction;

/// <summary>
/// Word files that inflate far beyond their size are refused with a reason, within bounded memory.
/// The bound asserted here is the one the benchmark measured (`bench zipbomb`: peak managed
/// allocation per bomb, see README), with room for the runtime's own variation.
/// </summary>
public class ZipBombTests
{
    /// <summary>Bytes one bomb may make the extractor allocate (measured: see README, benchmark "zipbomb").</summary>
    private const long AllocationBound = 512L * 1024 * 1024;

    [Fact]
    public async Task Docx_OneHugeRun_IsRefusedAsTooLargeOnceDecompressed()
    {
        // 100 million letters in one run: under the header check (256 MB), caught while reading.
        var bomb = TestDocx.HugeRun;
        Assert.True(bomb.Length < 1024 * 1024);

        var result = await IngestRun.RunAsync(bomb, "rapport.docx");

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Equal(IngestReasonCodes.Oversized, result.ReasonCode);
        Assert.StartsWith("document trop volumineux une fois décompressé : ", result.Reason);
        Assert.Contains("millions de caractères", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_MillionsOfParagraphs_IsRefusedAsTooLargeOnceDecompressed()
    {
        var bomb = TestDocx.MillionsOfParagraphs;

        var result = await IngestRun.RunAsync(bomb, "liste.docx");

        Assert.Equal(IngestReasonCodes.Oversized, result.ReasonCode);
        Assert.Equal("document trop volumineux une fois décompressé : plus de 200000 paragraphes", result.Reason);
    }

    [Fact]
    public async Task Docx_PartDeclaredLargerThanTheLimit_IsRefusedBeforeInflating()
    {
        var bomb = TestDocx.OneHugeRun(5_000_000);

        var result = await IngestRun.RunAsync(bomb, "rapport.docx", options: new IngestOptions { MaxPartChars = 1_000_000 });

        Assert.Equal(IngestReasonCodes.Oversized, result.ReasonCode);
        Assert.Contains("la partie word/document.xml se décompresse en", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run")]
    [InlineData("paragraphs")]
    public void Docx_Bomb_AllocatesWithinTheMeasuredBound(string kind)
    {
        var bomb = kind == "run" ? TestDocx.HugeRun : TestDocx.MillionsOfParagraphs;
        using var stream = new MemoryStream(bomb, writable: false);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var refused = Assert.Throws<ExtractionException>(() => DocxTextExtractor.Extract(stream, new ExtractionLimits(), TestContext.Current.CancellationToken));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(IngestReasonCodes.Oversized, refused.Code);
        Assert.InRange(allocated, 0, AllocationBound);
    }

    [Fact]
    public async Task Pdf_MorePagesThanTheLimit_IsRefused()
    {
        using var pdf = new TestPdf();
        for (var i = 0; i < 4; i++)
        {
            pdf.Page().Text(57, 80, "Page courte.");
        }

        var result = await IngestRun.RunAsync(pdf.Save(), options: new IngestOptions { MaxPages = 3 });

        Assert.Equal(IngestReasonCodes.Oversized, result.ReasonCode);
        Assert.Equal("document trop volumineux une fois décompressé : 4 pages (limite 3)", result.Reason);
    }

    [Fact]
    public async Task Pdf_PageDrawingMoreTextThanTheLimit_IsRefused()
    {
        using var pdf = new TestPdf().Page();
        pdf.Paragraph(57, 80, 480, string.Join(' ', Enumerable.Repeat("enfants protégés", 40)));

        var result = await IngestRun.RunAsync(pdf.Save(), options: new IngestOptions { MaxPageChars = 200 });

        Assert.Equal(IngestReasonCodes.Oversized, result.ReasonCode);
        Assert.StartsWith("document trop volumineux une fois décompressé : la page 1 porte ", result.Reason);
    }
}
