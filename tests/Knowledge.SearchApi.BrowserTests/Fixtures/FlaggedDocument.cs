using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Knowledge.SearchApi.BrowserTests.Fixtures;

/// <summary>
/// A case study with details that identify a child (a name beside a victim word, a phone number,
/// an email address), uploaded once per test host through the API with the editor's key, so the
/// review page has flags to show whatever the sample library holds.
/// </summary>
public static class FlaggedDocument
{
    public const string ChildName = "Ramatou";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (BrowserHost Host, string DocumentId)? _uploaded;

    private static readonly string[] Paragraphs =
    [
        $"À Maradi, {ChildName}, victime de traite, a été placée comme domestique chez une commerçante pendant deux ans avant d'être accueillie par un centre de transit qui l'a aidée à reprendre l'école.",
        "Les familles peuvent signaler un cas au +227 96 55 14 27 ; la ligne est tenue par les travailleurs sociaux du district, qui orientent les enfants vers les services de prise en charge.",
        "Pour le suivi de la jeune fille, l'assistante sociale a noté l'adresse de sa tante, tante.maradi2019@exemple.org, afin de garder le contact avec la famille après son retour au village.",
    ];

    /// <summary>The document's id, uploading it on first use.</summary>
    public static async Task<string> EnsureAsync(BrowserHost host)
    {
        await Gate.WaitAsync();
        try
        {
            if (_uploaded is { } done && ReferenceEquals(done.Host, host))
            {
                return done.DocumentId;
            }

            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(Docx());
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "files", "etude-de-cas-maradi.docx");
            form.Add(new StringContent("Étude de cas : traite des filles à Maradi"), "title");
            form.Add(new StringContent("2024"), "year");
            form.Add(new StringContent("NE"), "countries");
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/documents", UriKind.Relative)) { Content = form };
            request.Headers.Add("X-Api-Key", BrowserHost.EditorKey);
            using var response = await host.Api.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
            var id = answer.GetProperty("files")[0].GetProperty("documentId").GetString()!;
            _uploaded = (host, id);
            return id;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(Paragraphs.Select(p => new Paragraph(new Run(new Text(p))))));
        }

        return stream.ToArray();
    }
}
