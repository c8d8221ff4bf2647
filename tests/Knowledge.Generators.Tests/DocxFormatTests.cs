using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Requests;
using Knowledge.Generators.Tests.TestData;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Knowledge.Generators.Tests;

public class DocxFormatTests
{
    [Theory]
    [MemberData(nameof(Generation.AllKinds), MemberType = typeof(Generation))]
    public async Task Docx_PassesOpenXmlValidator_WithZeroErrors(GenerationRequest request)
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var bytes = GenerationService.RenderDocx(await service.GenerateAsync(request, TestContext.Current.CancellationToken));

        using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package, TestContext.Current.CancellationToken).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public async Task Docx_HasHeadingStyles_TocField_PageFooter_TablesWithHeaders_AndProperties()
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var document = await service.GenerateAsync(new NationalPlanRequest { Country = "BF", PeriodStart = 2026, PeriodEnd = 2027 }, TestContext.Current.CancellationToken);
        using var package = WordprocessingDocument.Open(new MemoryStream(GenerationService.RenderDocx(document)), false);
        var main = package.MainDocumentPart!;
        var body = main.Document!.Body!;

        var styleIds = main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().Select(s => s.StyleId!.Value).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Heading1", "Heading2", "Heading3", "FootnoteText", "FootnoteReference", "TableGrid", "ToComplete" }, styleIds);
        var used = body.Descendants<W.ParagraphStyleId>().Select(s => s.Val!.Value).ToHashSet();
        Assert.Contains("Heading1", used);
        Assert.Contains("Heading2", used);

        Assert.Contains(body.Descendants<W.FieldCode>(), c => c.Text.Contains("TOC \\o \"1-3\" \\h", StringComparison.Ordinal));
        Assert.Contains(body.Descendants<W.FieldChar>(), c => c.FieldCharType?.Value == W.FieldCharValues.Begin && c.Dirty?.Value == true);
        Assert.True(main.DocumentSettingsPart!.Settings!.GetFirstChild<W.UpdateFieldsOnOpen>()?.Val?.Value);

        var footer = main.FooterParts.Single().Footer!;
        Assert.Contains(footer.Descendants<W.FieldCode>(), c => c.Text.Trim() == "PAGE");

        var tables = body.Descendants<W.Table>().ToList();
        Assert.True(tables.Count >= 8, $"{tables.Count} tables");
        Assert.All(tables, t => Assert.NotNull(t.Elements<W.TableRow>().First().TableRowProperties?.GetFirstChild<W.TableHeader>()));
        Assert.Contains(body.Descendants<W.SdtRun>(), s => s.SdtProperties?.GetFirstChild<W.Tag>()?.Val?.Value == "to-complete"
            && s.InnerText.StartsWith("[À compléter : ", StringComparison.Ordinal));
        // A quote in a table cell (a baseline) carries its footnote there.
        Assert.Equal(
            document.Blocks.OfType<Table>().Sum(t => t.Inlines().OfType<QuotedEvidence>().Count()),
            tables.SelectMany(t => t.Descendants<W.TableCell>()).Sum(c => c.Descendants<W.FootnoteReference>().Count()));

        var props = package.PackageProperties;
        Assert.Equal("Knowledge", props.Creator);
        Assert.Equal(document.Title, props.Title);
        Assert.Equal(document.Subject, props.Subject);
        Assert.Contains("Burkina Faso", props.Keywords, StringComparison.Ordinal);
        Assert.Equal(Generation.Now.UtcDateTime, props.Created);
        var custom = package.CustomFilePropertiesPart!.Properties!.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>().ToDictionary(p => p.Name!.Value!, p => p.InnerText);
        Assert.Equal(document.IndexState.Fingerprint, custom["KnowledgeIndexFingerprint"]);
        Assert.Contains("\"country\":\"BF\"", custom["KnowledgeRequest"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Generation.AllKinds), MemberType = typeof(Generation))]
    public async Task SameIndexAndRequest_GiveIdenticalBytes_EvenWhenTheIndexWasFilledInAnotherOrder(GenerationRequest request)
    {
        var first = GenerationService.RenderDocx(await Generation.Service(await EvidenceFixture.IndexAsync()).GenerateAsync(request, TestContext.Current.CancellationToken));
        var second = GenerationService.RenderDocx(await Generation.Service(await EvidenceFixture.IndexAsync(reverse: true)).GenerateAsync(request, TestContext.Current.CancellationToken));

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task OnlyTheCreationTimeChangesTheBytes_AndZipEntriesCarryAFixedTimestamp()
    {
        var request = new PositionNoteRequest { Country = "NE", Themes = ["sexual-exploitation"] };
        var index = await EvidenceFixture.IndexAsync();
        var early = GenerationService.RenderDocx(await Generation.Service(index).GenerateAsync(request, TestContext.Current.CancellationToken));
        var late = GenerationService.RenderDocx(await Generation.Service(index, Generation.Now.AddDays(3)).GenerateAsync(request, TestContext.Current.CancellationToken));

        using var a = new ZipArchive(new MemoryStream(early));
        using var b = new ZipArchive(new MemoryStream(late));
        Assert.Equal(a.Entries.Select(e => e.FullName), b.Entries.Select(e => e.FullName));
        Assert.All(a.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        var changed = a.Entries.Where(e => !Read(e).SequenceEqual(Read(b.GetEntry(e.FullName)!))).Select(e => e.FullName).ToList();
        // The date is in the core properties only: the body lists sources, not internals.
        Assert.Equal(["docProps/core.xml"], changed.Order(StringComparer.Ordinal));
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
