using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

[assembly: AssemblyFixture(typeof(Knowledge.SearchApi.Tests.Fixtures.SampleLibraryApi))]

namespace Knowledge.SearchApi.Tests.Fixtures;

/// <summary>
/// The real server (embedded engine, temp data folder) with the sample library ingested through
/// the real pipeline, shared by the tests that only read. Tests that write make their own.
/// </summary>
public sealed class SampleLibraryApi : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "knowledge-api-tests-" + Guid.NewGuid().ToString("N"));

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Knowledge:DataPath", _data);
            b.UseSetting("Knowledge:LoadSampleLibrary", "true");
        });
        Client = Factory.CreateClient();

        // Ready means the sample library is in; bounded, no fixed sleep.
        for (var i = 0; i < 600; i++)
        {
            var response = await Client.GetAsync("/health/ready");
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("Le serveur de test n'est pas devenu prêt (bibliothèque d'exemple).");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
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
