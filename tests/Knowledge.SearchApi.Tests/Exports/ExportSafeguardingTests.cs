using System.Net;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Knowledge.SearchApi.Tests.Uploads;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace Knowledge.SearchApi.Tests.Exports;

/// <summary>Exports never carry a span that could identify a child before review, and each one is a line of the audit log.</summary>
public sealed class ExportSafeguardingTests
{
    private const string Name = "Hadiza";
    private const string Query = "q=traite%20domestique%20Maradi&country=NE";

    private static readonly string[] Paragraphs =
    [
        $"Au Niger, {Name}, victime de traite, a été exploitée comme domestique à Maradi pendant deux ans avant d'être accueillie par une association de protection de l'enfance qui l'a aidée à reprendre l'école.",
        "Au Niger, la traite des enfants à des fins de travail domestique touche surtout les filles des régions rurales de Maradi et de Zinder, placées en ville par des intermédiaires qui promettent aux familles un salaire et une formation. La plupart de ces filles ne retournent jamais à l'école et travaillent sans repos ni contrat.",
        "Les services sociaux de Maradi constatent que les cas de traite à des fins de travail domestique sont rarement signalés à la police. Les employeurs ne sont presque jamais poursuivis, et les enfants retirés de la servitude domestique manquent de places d'accueil et d'accompagnement pour retourner dans leur famille au Niger.",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Exports_MaskUnreviewedSpans_MarkTheCitation_AndEachExportIsAudited()
    {
        await using var factory = new WorkerApiFactory();
        await UploadAsync(factory);
        using var anonymous = factory.CreateClient();
        using var reader = factory.ClientWithKey(WorkerApiFactory.ReaderKey);

        var csv = await anonymous.GetAsync($"/api/search/export?{Query}&format=csv", Ct);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Ct));
        Assert.DoesNotContain(Name, text, StringComparison.Ordinal);
        Assert.Contains("[détail masqué]", text, StringComparison.Ordinal);
        Assert.Contains("(extrait caviardé)", text, StringComparison.Ordinal);

        var xlsx = await reader.GetByteArrayAsync($"/api/search/export?{Query}&format=xlsx&ui=en", Ct);
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            var cells = string.Join("\n", workbook.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.InlineString>()).Select(s => s.InnerText));
            Assert.DoesNotContain(Name, cells, StringComparison.Ordinal);
            Assert.Contains("[détail masqué]", cells, StringComparison.Ordinal); // the passage's own language
            Assert.Contains("(redacted excerpt)", cells, StringComparison.Ordinal); // the reader's language
        }

        using var admin = factory.ClientWithKey(WorkerApiFactory.AdminKey);
        var audit = await admin.GetStringAsync("/api/admin/audit", Ct);
        using var log = JsonDocument.Parse(audit);
        var exports = log.RootElement.EnumerateArray().Where(e => e.GetProperty("action").GetString() == "export").ToList();
        Assert.Equal(2, exports.Count);
        var first = exports.Single(e => e.GetProperty("actor").GetString() == "anonymous");
        Assert.Equal("reader", first.GetProperty("role").GetString());
        Assert.Matches("^source=search; format=csv; rows=\\d+; findings=\\d+; total=\\d+; truncated=no; redacted=1$", first.GetProperty("detail").GetString());
        var second = exports.Single(e => e.GetProperty("actor").GetString() == "lecture");
        Assert.StartsWith("source=search; format=xlsx;", second.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(default, first.GetProperty("at").GetDateTimeOffset());

        // No flagged text, and not the query either: the log says who took what out, not what they searched.
        Assert.DoesNotContain(Name, audit, StringComparison.Ordinal);
        Assert.DoesNotContain("Maradi", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("traite", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_OverItsConfiguredCap_IsCut_AndSaysSoInItsHeaders()
    {
        await using var factory = new WorkerApiFactory(("Knowledge:Exports:MaxRows", "1"));
        await UploadAsync(factory);
        using var client = factory.CreateClient();

        var response = await client.GetAsync($"/api/search/export?{Query}&format=csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1", response.Headers.GetValues("X-Export-Rows").Single());
        var total = int.Parse(response.Headers.GetValues("X-Export-Total").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 1, $"the test needs more than one finding to cut, found {total}");
        Assert.Equal("true", response.Headers.GetValues("X-Export-Truncated").Single());
        Assert.Contains($"Export limité aux 1 premiers passages sur {total}", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_AreRateLimitedPerAddress_LikeDownloads()
    {
        await using var factory = new WorkerApiFactory(("Knowledge:Limits:ExportsPerMinute", "1"));
        using var client = factory.CreateClient();

        var first = await client.GetAsync("/api/search/export?format=csv", Ct);
        var second = await client.GetAsync("/api/search/export?format=ris", Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var csv = await first.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.StartsWith("Extrait,", Encoding.UTF8.GetString(csv[3..]), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.True(second.Headers.RetryAfter is not null);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10001")]
    public void ExportCap_OutOfRange_StopsTheServerAtStartUp_NamingTheSetting(string value)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Knowledge:DataPath", Path.Combine(Path.GetTempPath(), "knowledge-exports-" + Guid.NewGuid().ToString("N")));
            b.UseSetting("Knowledge:LoadSampleLibrary", "false");
            b.UseSetting("Knowledge:Ingest:InProcess", "false");
            b.UseSetting("Knowledge:Exports:MaxRows", value);
        });

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        while (ex is not OptionsValidationException && ex.InnerException is not null)
        {
            ex = ex is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerExceptions[0] : ex.InnerException;
        }

        Assert.Contains("Knowledge:Exports:MaxRows doit être compris entre 1 et 10000.", Assert.IsType<OptionsValidationException>(ex).Message, StringComparison.Ordinal);
    }

    private static async Task UploadAsync(WorkerApiFactory factory)
    {
        using var editor = factory.ClientWithKey(WorkerApiFactory.EditorKey);
        using var form = WorkerApiFactory.Form([("temoignages.docx", Docx(Paragraphs))], ("title", "Étude de cas"), ("year", "2024"), ("countries", "NE"));
        var response = await editor.PostAsync("/api/documents", form, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static byte[] Docx(IEnumerable<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p))))));
        }

        return stream.ToArray();
    }
}
