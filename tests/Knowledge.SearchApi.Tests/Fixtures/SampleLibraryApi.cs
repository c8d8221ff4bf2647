using Microsoft.AspNetCore.Hosting;
using Knowledge.SearchApi.Health;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

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
            // Many tests generate on this one server from one address: the per-address limit is
            // tested on its own server (HostileRequestTests), not hit here by accident.
            b.UseSetting("Knowledge:Limits:GenerationPerMinute", "100000");
        });
        Client = Factory.CreateClient();

        // Ready means the sample library is in: wait for the server to say so (bounded).
        var readiness = Factory.Services.GetRequiredService<Readiness>();
        await readiness.SampleLibraryLoaded.WaitAsync(TimeSpan.FromMinutes(3));
        var ready = await Client.GetAsync("/health/ready");
        ready.EnsureSuccessStatusCode();
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
