using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Elasticsearch;
using Knowledge.Lucene;
using Knowledge.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Cli.Indexing;

/// <summary>
/// A command's host over the evidence base, composed like the server's (<see cref="EvidenceBase.AddEvidenceBase"/>):
/// <c>Knowledge:Engine</c>, <c>Knowledge:Elasticsearch:*</c> and the other settings come from the
/// environment (<c>Knowledge__Engine=elasticsearch</c>) or <c>appsettings.json</c>, the command's own
/// options from the settings passed to <see cref="StartAsync"/>. A bad setting or an unusable index is printed and turned
/// into an exit code, never a stack trace.
/// </summary>
internal static class EvidenceHost
{
    public static async Task<(IHost? Host, int ExitCode)> StartAsync(IReadOnlyList<string> settings, bool withWorker, string? lockedHint, CancellationToken ct)
    {
        IHost? host = null;
        try
        {
            var builder = Host.CreateApplicationBuilder([.. settings]);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.AddEvidenceBase();
            if (withWorker)
            {
                builder.AddIngestWorker(schedule: false);
            }

            host = builder.Build();
            await host.StartAsync(ct);

            // The embedded engine opens on first use: open it now so a locked folder is reported here.
            host.Services.GetRequiredService<IEvidenceIndex>();
            return (host, ExitCodes.Ok);
        }
        catch (Exception ex) when (ex is IndexLockedException or ElasticsearchException or TaxonomyException or OptionsValidationException)
        {
            if (host is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
            await Console.Error.WriteLineAsync($"erreur : {ex.Message}");
            if (ex is IndexLockedException && lockedHint is not null)
            {
                await Console.Error.WriteLineAsync(lockedHint);
            }

            return (null, ex is TaxonomyException or OptionsValidationException ? ExitCodes.Usage : ExitCodes.SomeFailed);
        }
    }
}
