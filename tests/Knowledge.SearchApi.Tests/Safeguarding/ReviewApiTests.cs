using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Knowledge.SearchApi.Tests.Uploads;

namespace Knowledge.SearchApi.Tests.Safeguarding;

public sealed class ReviewApiTests
{
    private const string Name = "Hadiza";
    private const string Phone = "+227 90 12 34 56";

    private static readonly string[] Paragraphs =
    [
        $"Au Niger, {Name}, victime de traite, a été exploitée comme domestique à Maradi pendant deux ans avant d'être accueillie par une association de protection de l'enfance qui l'a aidée à reprendre l'école.",
        $"Les familles peuvent signaler un cas au {Phone} ; la ligne est tenue par les travailleurs sociaux du district, qui orientent les enfants vers les services de prise en charge et de protection.",
        "Au Niger, la prévalence du mariage des enfants reste très élevée dans les régions rurales, où les filles quittent l'école tôt et où les services de protection de l'enfance manquent de moyens.",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FlaggedSpans_NeverReachReaders_InSearchTextHighlightOrFinding()
    {
        await using var factory = new WorkerApiFactory();
        await Upload(factory);
        using var reader = factory.CreateClient();

        var search = await reader.GetStringAsync("/api/search?q=traite%20domestique%20signaler%20Hadiza", Ct);
        Assert.DoesNotContain(Name, search, StringComparison.Ordinal);
        Assert.DoesNotContain("90 12 34 56", search, StringComparison.Ordinal);
        Assert.Contains("[détail masqué]", search, StringComparison.Ordinal);

        using var doc = JsonDocument.Parse(search);
        var hit = doc.RootElement.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("safeguarding").GetArrayLength() > 0);
        var finding = await reader.GetStringAsync($"/api/findings/{hit.GetProperty("id").GetString()}", Ct);
        Assert.DoesNotContain(Name, finding, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"pending\"", finding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_ConfirmsAndDismisses_ReadersSeeTheOutcome_AndTheAuditLogRecordsIt()
    {
        await using var factory = new WorkerApiFactory();
        await Upload(factory);
        using var editor = factory.ClientWithKey(WorkerApiFactory.EditorKey);

        var queue = await editor.GetFromJsonAsync<JsonElement>("/api/review", Ct);
        var flags = queue.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("safeguarding").EnumerateArray().Select((f, n) => (Id: i.GetProperty("id").GetString()!, Index: n, Text: f.GetProperty("text").GetString(), Kind: f.GetProperty("kind").GetString())))
            .ToList();
        var named = flags.Single(f => f.Kind == "name");
        var phoned = flags.Single(f => f.Kind == "phone");
        Assert.Equal(Name, named.Text);
        Assert.Equal(Phone, phoned.Text);

        var confirm = await editor.PostAsJsonAsync($"/api/review/{named.Id}/flags/{named.Index}", new { decision = "confirm" }, Ct);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        var dismiss = await editor.PostAsJsonAsync($"/api/review/{phoned.Id}/flags/{phoned.Index}", new { decision = "dismiss" }, Ct);
        Assert.Equal(HttpStatusCode.OK, dismiss.StatusCode);

        using var reader = factory.CreateClient();
        var redacted = await reader.GetStringAsync($"/api/findings/{named.Id}", Ct);
        Assert.DoesNotContain(Name, redacted, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"confirmed\"", redacted, StringComparison.Ordinal);
        var shown = await reader.GetStringAsync($"/api/findings/{phoned.Id}", Ct);
        Assert.Contains("90 12 34 56", shown, StringComparison.Ordinal); // JSON escapes the "+"

        // The editor's own view no longer holds the name either: it was redacted for good.
        var after = await editor.GetStringAsync($"/api/findings/{named.Id}", Ct);
        Assert.DoesNotContain(Name, after, StringComparison.Ordinal);
        Assert.Equal(0, (await editor.GetFromJsonAsync<JsonElement>("/api/review", Ct)).GetProperty("total").GetInt32());

        using var admin = factory.ClientWithKey(WorkerApiFactory.AdminKey);
        var audit = await admin.GetStringAsync("/api/admin/audit", Ct);
        using var log = JsonDocument.Parse(audit);
        var actions = log.RootElement.EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("actor").GetString(), e.GetProperty("role").GetString())).ToList();
        Assert.Contains(("confirm", "documentaliste", "editor"), actions);
        Assert.Contains(("dismiss", "documentaliste", "editor"), actions);
        Assert.DoesNotContain(Name, audit, StringComparison.Ordinal);
        Assert.DoesNotContain("90 12", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_WithUnknownValue_IsA400NamingTheField()
    {
        await using var factory = new WorkerApiFactory();
        await Upload(factory);
        using var editor = factory.ClientWithKey(WorkerApiFactory.EditorKey);
        var queue = await editor.GetFromJsonAsync<JsonElement>("/api/review", Ct);
        var id = queue.GetProperty("items")[0].GetProperty("id").GetString();

        var response = await editor.PostAsJsonAsync($"/api/review/{id}/flags/0", new { decision = "peut-être" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("decision", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_WithoutEditorKey_IsRefused()
    {
        await using var factory = new WorkerApiFactory();
        using var reader = factory.ClientWithKey(WorkerApiFactory.ReaderKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/api/review", Ct)).StatusCode);
        using var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/review", Ct)).StatusCode);
    }

    private static async Task Upload(WorkerApiFactory factory)
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
