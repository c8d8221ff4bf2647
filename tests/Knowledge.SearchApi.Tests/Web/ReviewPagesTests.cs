using System.Net;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Knowledge.SearchApi.Tests.Uploads;
using static Knowledge.SearchApi.Tests.Web.WebPage;

namespace Knowledge.SearchApi.Tests.Web;

public sealed class ReviewPagesTests
{
    private const string Name = "Hadiza";
    private const string Phone = "+227 90 12 34 56";

    private static readonly string[] Paragraphs =
    [
        $"Au Niger, {Name}, victime de traite, a été exploitée comme domestique à Maradi pendant deux ans avant d'être accueillie par une association de protection de l'enfance qui l'a aidée à reprendre l'école.",
        $"Les familles peuvent signaler un cas au {Phone} ; la ligne est tenue par les travailleurs sociaux du district, qui orientent les enfants vers les services de prise en charge et de protection.",
        "Au Niger, la prévalence du mariage des enfants reste très élevée dans les régions rurales, où les filles quittent l'école tôt et où les services de protection de l'enfance manquent de moyens.",
    ];

    [Fact]
    public async Task ReviewPage_SendsReadersToSignIn_AndAuditNeedsTheAdminRole()
    {
        await using var factory = new WorkerApiFactory();
        using var anonymous = Browser(factory);
        var refused = await anonymous.GetAsync("/review", Ct);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/sign-in", refused.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);

        using var reader = Browser(factory);
        await SignedInAsync(reader, WorkerApiFactory.ReaderKey);
        Assert.Equal(HttpStatusCode.Redirect, (await reader.GetAsync("/review", Ct)).StatusCode);
        Assert.Null((await GetAsync(reader, "/")).QuerySelector("#nav-review"));

        using var editor = Browser(factory);
        await SignedInAsync(editor, WorkerApiFactory.EditorKey);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/review", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/admin/audit", Ct)).StatusCode);
    }

    [Fact]
    public async Task Editor_SeesThePendingFlags_UnmaskedWithTheSpanMarked_NeverCachedNorIndexed()
    {
        await using var factory = new WorkerApiFactory();
        await UploadAsync(factory, Paragraphs);
        using var editor = Browser(factory);
        await SignedInAsync(editor, WorkerApiFactory.EditorKey);

        var response = await editor.GetAsync("/review", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var page = await ParseAsync(response);
        Assert.Contains("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"), StringComparison.Ordinal);

        var items = page.QuerySelectorAll("#review-list .review-item");
        Assert.Equal(2, items.Length);
        var named = items.Single(i => i.GetAttribute("data-kind") == "name");
        Assert.Equal(Name, named.QuerySelector("mark.flagged")!.TextContent);
        Assert.Equal("Étude de cas", named.QuerySelector(".result-title a")!.TextContent);
        Assert.Contains("2024", named.QuerySelector(".citation")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("à proximité d’un mot qui désigne un enfant", named.TextContent, StringComparison.Ordinal);
        Assert.NotNull(named.QuerySelector(".confirm-form input[name=__RequestVerificationToken]"));
        Assert.NotNull(named.QuerySelector(".dismiss-form input[name=__RequestVerificationToken]"));
        Assert.Equal(Phone, items.Single(i => i.GetAttribute("data-kind") == "phone").QuerySelector("mark.flagged")!.TextContent);
        Assert.Equal("2", page.QuerySelector("#nav-review .badge")!.GetAttribute("data-pending"));

        var phones = await GetAsync(editor, "/review?kind=phone");
        Assert.Equal("phone", Assert.Single(phones.QuerySelectorAll("#review-list .review-item")).GetAttribute("data-kind"));

        var english = await GetAsync(editor, "/review?ui=en");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Confirm (redact)", english.QuerySelector(".confirm-form button")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("A phone number", english.QuerySelector("#review-list")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_RedactsTheSpanForReaders_InSearchAndOnTheFindingPage()
    {
        await using var factory = new WorkerApiFactory();
        await UploadAsync(factory, Paragraphs);
        using var editor = Browser(factory);
        await SignedInAsync(editor, WorkerApiFactory.EditorKey);
        var page = await GetAsync(editor, "/review");
        var named = page.QuerySelectorAll(".review-item").Single(i => i.GetAttribute("data-kind") == "name");
        var findingId = named.GetAttribute("data-finding")!;

        var decided = await PostFormAsync(editor, named, ".confirm-form");
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var back = decided.Headers.Location!.OriginalString;
        Assert.Contains("done=confirmed", back, StringComparison.Ordinal);
        Assert.EndsWith("#review-list", back, StringComparison.Ordinal);
        var after = await GetAsync(editor, back);
        Assert.NotNull(after.QuerySelector("#review-status"));
        Assert.Equal("phone", Assert.Single(after.QuerySelectorAll(".review-item")).GetAttribute("data-kind"));
        var confirmed = await GetAsync(editor, "/review?status=confirmed");
        var done = Assert.Single(confirmed.QuerySelectorAll(".review-item"));
        Assert.Null(done.QuerySelector("form"));

        using var reader = factory.CreateClient();
        var finding = await GetAsync(reader, $"/findings/{findingId}");
        Assert.DoesNotContain(Name, finding.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("[détail masqué]", finding.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var search = await GetAsync(reader, "/?q=traite%20domestique%20Maradi");
        Assert.NotEmpty(search.QuerySelectorAll("#results .result"));
        Assert.DoesNotContain(Name, search.QuerySelector("#results")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("[détail masqué]", search.QuerySelector("#results")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dismiss_ShowsTheSpanToReaders()
    {
        await using var factory = new WorkerApiFactory();
        await UploadAsync(factory, Paragraphs);
        using var editor = Browser(factory);
        await SignedInAsync(editor, WorkerApiFactory.EditorKey);
        var page = await GetAsync(editor, "/review?kind=phone");
        var phoned = Assert.Single(page.QuerySelectorAll(".review-item"));
        using var reader = factory.CreateClient();
        var url = $"/findings/{phoned.GetAttribute("data-finding")}";
        Assert.DoesNotContain("90 12 34 56", (await GetAsync(reader, url)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var decided = await PostFormAsync(editor, phoned, ".dismiss-form");

        Assert.Contains("done=dismissed", decided.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains(Phone, (await GetAsync(reader, url)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Single((await GetAsync(editor, "/review?status=dismissed")).QuerySelectorAll(".review-item"));
    }

    [Fact]
    public async Task Decision_WithoutTheAntiforgeryToken_IsRefused()
    {
        await using var factory = new WorkerApiFactory();
        await UploadAsync(factory, Paragraphs);
        using var editor = Browser(factory);
        await SignedInAsync(editor, WorkerApiFactory.EditorKey);
        var item = (await GetAsync(editor, "/review")).QuerySelector(".review-item")!;

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["finding"] = item.GetAttribute("data-finding")!,
            ["flag"] = item.GetAttribute("data-flag")!,
            ["decision"] = "confirm",
        });
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.PostAsync("/review/decide", form, Ct)).StatusCode);
        Assert.Equal(2, (await GetAsync(editor, "/review")).QuerySelectorAll(".review-item").Length);
    }

    [Fact]
    public async Task Decision_OnAFlagThatMovedSinceThePageWasShown_DecidesNothing()
    {
        await using var factory = new WorkerApiFactory();
        await UploadAsync(factory, Paragraphs);
        using var editor = Browser(factory);
        await SignedInAsync(editor, WorkerApiFactory.EditorKey);
        var page = await GetAsync(editor, "/review");
        var item = page.QuerySelectorAll(".review-item").Single(i => i.GetAttribute("data-kind") == "name");
        var form = item.QuerySelector(".confirm-form")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");

        // The page was shown for another span at this position (as after a re-ingest).
        fields["span"] = "0123456789abcdef0123456789abcdef";
        using var content = new FormUrlEncodedContent(fields);
        var decided = await editor.PostAsync(form.GetAttribute("action"), content, Ct);

        Assert.Contains("done=gone", decided.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(2, (await GetAsync(editor, "/review")).QuerySelectorAll(".review-item").Length);
    }

    [Fact]
    public async Task Decision_OnTheSecondPage_ComesBackToTheSecondPage()
    {
        await using var factory = new WorkerApiFactory();
        await UploadAsync(factory, [.. Enumerable.Range(10, 25).Select(i =>
            $"Dans le district numéro {i}, les familles peuvent signaler la disparition d'un enfant au +227 90 12 34 {i} ; une équipe de travailleurs sociaux se rend ensuite sur place pour rencontrer la famille, évaluer la situation et orienter l'enfant vers les services de prise en charge et de protection adaptés.")]);
        using var editor = Browser(factory);
        await SignedInAsync(editor, WorkerApiFactory.EditorKey);
        var first = await GetAsync(editor, "/review");
        Assert.Equal(20, first.QuerySelectorAll(".review-item").Length);
        var next = first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!;
        var second = await GetAsync(editor, next);
        Assert.Equal(5, second.QuerySelectorAll(".review-item").Length);

        var decided = await PostFormAsync(editor, second.QuerySelector(".review-item")!, ".dismiss-form");

        var back = decided.Headers.Location!.OriginalString;
        Assert.Contains("page=2", back, StringComparison.Ordinal);
        Assert.Equal(4, (await GetAsync(editor, back)).QuerySelectorAll(".review-item").Length);
    }

    [Fact]
    public async Task AuditPage_ListsEachDecisionWithRoleAndTime_AndNoFlaggedText()
    {
        await using var factory = new WorkerApiFactory();
        await UploadAsync(factory, Paragraphs);
        using var editor = Browser(factory);
        await SignedInAsync(editor, WorkerApiFactory.EditorKey);
        var page = await GetAsync(editor, "/review");
        await PostFormAsync(editor, page.QuerySelectorAll(".review-item").Single(i => i.GetAttribute("data-kind") == "name"), ".confirm-form");
        page = await GetAsync(editor, "/review");
        await PostFormAsync(editor, Assert.Single(page.QuerySelectorAll(".review-item")), ".dismiss-form");

        using var admin = Browser(factory);
        await SignedInAsync(admin, WorkerApiFactory.AdminKey);
        var response = await admin.GetAsync("/admin/audit", Ct);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var audit = await ParseAsync(response);

        var rows = audit.QuerySelectorAll("#audit tbody tr");
        Assert.Equal(["dismiss", "confirm"], rows.Select(r => r.GetAttribute("data-action")));
        foreach (var row in rows)
        {
            Assert.Equal("editor", row.GetAttribute("data-role"));
            Assert.Equal("documentaliste", row.QuerySelectorAll("td")[1].TextContent);
            Assert.True(DateTimeOffset.TryParse(row.QuerySelector("time")!.GetAttribute("datetime"), System.Globalization.CultureInfo.InvariantCulture, out _));
        }

        Assert.Equal("Nom", rows[1].QuerySelectorAll("td")[5].TextContent);
        var text = audit.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain(Name, text, StringComparison.Ordinal);
        Assert.DoesNotContain("90 12", text, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, IElement item, string formSelector)
    {
        var form = item.QuerySelector(formSelector) ?? throw new InvalidOperationException($"no {formSelector} in the item");
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(form.GetAttribute("action"), content, Ct);
    }

    private static async Task UploadAsync(WorkerApiFactory factory, IEnumerable<string> paragraphs)
    {
        using var editor = factory.ClientWithKey(WorkerApiFactory.EditorKey);
        using var form = WorkerApiFactory.Form([("temoignages.docx", Docx(paragraphs))], ("title", "Étude de cas"), ("year", "2024"), ("countries", "NE"));
        var response = await editor.PostAsync("/api/documents", form, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static byte[] Docx(IEnumerable<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p))))));
        }

        return stream.ToArray();
    }
}
