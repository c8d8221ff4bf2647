using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Knowledge.SearchApi.Tests.Uploads;

namespace Knowledge.SearchApi.Tests.Hostile;

/// <summary>Markup inside a document reaches clients as text: escaped in Markdown, in the JSON preview and in search answers.</summary>
public sealed class HostileContentTests
{
    private const string Script = "<script>alert('xss')</script>";
    private const string Img = "<img src=x onerror=alert(1)>";
    private const string Link = "[cliquez ici](javascript:alert(2))";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ScriptInDocumentText_IsEscapedInMarkdownJsonAndSearch()
    {
        await using var factory = new WorkerApiFactory();
        using var editor = factory.ClientWithKey(WorkerApiFactory.EditorKey);
        using (var form = WorkerApiFactory.Form([("piege.docx", HostileDocx())], ("countries", "NE")))
        {
            var upload = await editor.PostAsync("/api/documents", form, Ct);
            Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        }

        using var client = factory.CreateClient();
        var request = """{"country":"NE","themes":["child-marriage"]}""";

        using var markdownRequest = new HttpRequestMessage(HttpMethod.Post, "/api/generate/position-note") { Content = new StringContent(request, Encoding.UTF8, "application/json") };
        markdownRequest.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));
        var markdownResponse = await client.SendAsync(markdownRequest, Ct);
        Assert.Equal(HttpStatusCode.OK, markdownResponse.StatusCode);
        var markdown = await markdownResponse.Content.ReadAsStringAsync(Ct);

        // The passage was quoted, and its markup shows as characters, never as a tag or a link.
        Assert.Contains("&lt;script&gt;alert('xss')&lt;/script&gt;", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", markdown, StringComparison.Ordinal);
        Assert.Contains("\\[cliquez ici\\](javascript:alert(2))", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", markdown, StringComparison.OrdinalIgnoreCase);

        var preview = await client.PostAsync("/api/generate/position-note", new StringContent(request, Encoding.UTF8, "application/json"), Ct);
        var raw = await preview.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\\u003Cscript\\u003E", raw, StringComparison.Ordinal);
        var json = JsonDocument.Parse(raw).RootElement;
        Assert.DoesNotContain("<script", json.GetProperty("markdown").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(json.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("text").GetString()!.Contains(Script, StringComparison.Ordinal));

        var search = await client.GetAsync("/api/search?q=piegeux", Ct);
        var searchRaw = await search.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("<script", searchRaw, StringComparison.OrdinalIgnoreCase);
        var hit = (await search.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("hits")[0];
        Assert.DoesNotContain("<script", hit.GetProperty("highlight").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("é", searchRaw, StringComparison.Ordinal);
    }

    /// <summary>A Word document whose citable passages carry a script, an image with a handler and a javascript: link.</summary>
    private static byte[] HostileDocx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            for (var i = 0; i < 3; i++)
            {
                body.Append(new Paragraph(new Run(new Text(
                    $"Au Niger, l'étude piegeux {Script} publiée en 2022 indique que {30 + i} pour cent des filles interrogées sont mariées avant dix-huit ans {Img}, " +
                    $"ce qui interrompt leur scolarité et les expose à des grossesses précoces {Link}. Les associations recommandent d'appliquer la loi " +
                    $"sur l'âge du mariage et de soutenir le maintien des filles à l'école, paragraphe piegeux-{i}."))));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }
}
