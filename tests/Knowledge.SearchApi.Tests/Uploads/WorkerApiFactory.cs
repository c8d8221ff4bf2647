using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Knowledge.SearchApi.Tests.Uploads;

/// <summary>
/// The server on an empty embedded index in a temp folder, with one key per role, no sample library
/// and no schedule (runs are started by the tests).
/// </summary>
public sealed class WorkerApiFactory : WebApplicationFactory<Program>
{
    public const string ReaderKey = "lecteur-0123456789abcdef";
    public const string EditorKey = "editeur-0123456789abcdef";
    public const string AdminKey = "admin-0123456789abcdef01";
    public const long MaxUploadBytes = 64 * 1024;

    private readonly Dictionary<string, string> _settings;

    public WorkerApiFactory(params (string Key, string Value)[] extra)
    {
        DataPath = Path.Combine(Path.GetTempPath(), "knowledge-api-" + Guid.NewGuid().ToString("N")[..12]);
        _settings = new Dictionary<string, string>
        {
            ["Knowledge:DataPath"] = DataPath,
            ["Knowledge:LoadSampleLibrary"] = "false",
            ["Knowledge:Ingest:InProcess"] = "false",
            ["Knowledge:Ingest:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Knowledge:ApiKeys:0:Name"] = "lecture",
            ["Knowledge:ApiKeys:0:Key"] = ReaderKey,
            ["Knowledge:ApiKeys:0:Role"] = "reader",
            ["Knowledge:ApiKeys:1:Name"] = "documentaliste",
            ["Knowledge:ApiKeys:1:Key"] = EditorKey,
            ["Knowledge:ApiKeys:1:Role"] = "editor",
            ["Knowledge:ApiKeys:2:Name"] = "exploitation",
            ["Knowledge:ApiKeys:2:Key"] = AdminKey,
            ["Knowledge:ApiKeys:2:Role"] = "admin",
        };
        foreach (var (key, value) in extra)
        {
            _settings[key] = value;
        }
    }

    public string DataPath { get; }

    public string InboxPath => Path.Combine(DataPath, "inbox");

    public HttpClient ClientWithKey(string? key)
    {
        var client = CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    /// <summary>A multipart body with the given files (name, bytes) and form fields.</summary>
    public static MultipartFormDataContent Form(IEnumerable<(string Name, byte[] Bytes)> files, params (string Key, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "files", name);
        }

        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        return form;
    }

    /// <summary>A small Word document with citable paragraphs carrying <paramref name="marker"/>.</summary>
    public static byte[] Docx(string marker, int paragraphs = 3)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            for (var i = 0; i < paragraphs; i++)
            {
                body.Append(new Paragraph(new Run(new Text(
                    $"Au Niger, l'étude {marker} publiée en 2022 indique que {20 + i} pour cent des filles interrogées dans les régions rurales sont mariées avant dix-huit ans, " +
                    "ce qui interrompt leur scolarité et les expose à des grossesses précoces et à des violences. Les associations consultées recommandent " +
                    $"d'appliquer la loi et de soutenir le maintien des filles à l'école, paragraphe {marker}-{i}."))));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }
}
