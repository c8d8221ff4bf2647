using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Knowledge.SearchApi.Health;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Knowledge.SearchApi.BrowserTests.Fixtures;

/// <summary>Every browser test shares one server and one browser, and runs one after the other (2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}

/// <summary>
/// One real server (Kestrel on 127.0.0.1, temp data folder, sample library ingested, an editor
/// and an admin key) and one headless Debian Chromium, shared by every browser test of the run.
/// Each test opens its own browser context, so cookies and recorded requests never leak between tests.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string EditorKey = "editeur-navigateur-0123456789";
    public const string AdminKey = "admin-navigateur-0123456789ab";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
        "--no-first-run", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _data = Path.Combine(Path.GetTempPath(), "knowledge-browser-" + Guid.NewGuid().ToString("N")[..12]);
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    /// <summary>The server's origin, e.g. <c>http://127.0.0.1:5111</c> (no trailing slash).</summary>
    public string Origin { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>A plain HTTP client on the server, for looking up ids through the API.</summary>
    public HttpClient Api { get; private set; } = null!;

    /// <summary>axe-core's script, installed by <c>npm ci</c> (tests/install-deps.sh).</summary>
    public static string AxeScriptPath { get; } = typeof(BrowserHost).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "AxeCorePath").Value!;

    public async ValueTask InitializeAsync()
    {
        // Missing tools fail the run with the command that installs them: a browser suite that
        // silently skips would let CI pass without ever opening a page.
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium est absent ({ChromiumPath}) : lancez `bash tests/install-deps.sh` (il installe le paquet Debian chromium), puis relancez les tests.");
        }

        if (!File.Exists(AxeScriptPath))
        {
            throw new InvalidOperationException(
                $"axe-core est absent ({AxeScriptPath}) : lancez `bash tests/install-deps.sh` (il exécute npm ci dans tests/Knowledge.SearchApi.BrowserTests), puis relancez les tests.");
        }

        // A port from the environment keeps a developer machine's port plan; by default the OS picks a free one.
        var port = int.TryParse(Environment.GetEnvironmentVariable("KNOWLEDGE_BROWSER_TESTS_PORT"), CultureInfo.InvariantCulture, out var p) ? p : 0;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Knowledge:DataPath", _data);
            b.UseSetting("Knowledge:LoadSampleLibrary", "true");
            b.UseSetting("Knowledge:ApiKeys:0:Name", "documentaliste");
            b.UseSetting("Knowledge:ApiKeys:0:Key", EditorKey);
            b.UseSetting("Knowledge:ApiKeys:0:Role", "editor");
            b.UseSetting("Knowledge:ApiKeys:1:Name", "exploitation");
            b.UseSetting("Knowledge:ApiKeys:1:Key", AdminKey);
            b.UseSetting("Knowledge:ApiKeys:1:Role", "admin");
        });
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        _factory.StartServer();

        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Origin = addresses.Single(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)).TrimEnd('/');
        Api = new HttpClient { BaseAddress = new Uri(Origin) };

        var launching = LaunchBrowserAsync();
        await _factory.Services.GetRequiredService<Readiness>().SampleLibraryLoaded.WaitAsync(TimeSpan.FromMinutes(3));
        using (var ready = await Api.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        Browser = await launching;
    }

    private async Task<IBrowser> LaunchBrowserAsync()
    {
        _playwright = await Playwright.CreateAsync();
        return await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public string Url(string pathAndQuery) => Origin + pathAndQuery;

    /// <summary>
    /// A fresh browser context and page that records every request the page makes. Desktop width
    /// unless a width is given; <paramref name="bypassCsp"/> only for the axe scan,
    /// which must inject its script into pages whose CSP allows only the server's own scripts.
    /// </summary>
    public async Task<BrowserSession> OpenAsync(int width = 1280, int height = 800, bool mobile = false, bool bypassCsp = false, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Origin,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = mobile,
            HasTouch = mobile,
            BypassCSP = bypassCsp,
            Locale = "fr-FR",
            AcceptDownloads = true,
            JavaScriptEnabled = javaScript,
        });
        // A missing element fails a test in 20 s rather than Playwright's 30 s, with room for a busy 2-core CI machine.
        context.SetDefaultTimeout(20_000);
        return await BrowserSession.StartAsync(context);
    }

    /// <summary>Signs in through the page's form with an API key, as a person would.</summary>
    public static async Task SignInAsync(IPage page, string key)
    {
        await page.GotoAsync("/account/sign-in");
        var form = page.Locator("form#sign-in-form");
        await form.Locator("input[name=key]").FillAsync(key);
        await Forms.SubmitAsync(page, form);
        Assert.True(await page.Locator("form#sign-out").CountAsync() == 1, $"après connexion, pas de formulaire de déconnexion (form#sign-out) sur {page.Url}");
    }

    /// <summary>The id of the first finding the API returns for a query, to reach finding pages.</summary>
    public async Task<JsonElement> FirstHitAsync(string query)
    {
        var response = await Api.GetFromJsonAsync<JsonElement>(new Uri("/api/search?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        return response.GetProperty("hits")[0];
    }

    public async Task<JsonElement> FindingAsync(string id) =>
        await Api.GetFromJsonAsync<JsonElement>(new Uri("/api/findings/" + Uri.EscapeDataString(id), UriKind.Relative));

    /// <summary>The first document of the library, as the API lists it.</summary>
    public async Task<string> FirstDocumentIdAsync()
    {
        var response = await Api.GetFromJsonAsync<JsonElement>(new Uri("/api/documents", UriKind.Relative));
        return response.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Api?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
