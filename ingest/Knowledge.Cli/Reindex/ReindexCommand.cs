using System.CommandLine;
using Knowledge.Cli.Indexing;
using Knowledge.Worker.Runs;
using Microsoft.Extensions.DependencyInjection;

namespace Knowledge.Cli.Reindex;

/// <summary>
/// <c>reindex [--full] [--data DIR] [--folder DIR]...</c>: one sweep of the watched folders (or a full
/// rebuild) through the worker, here and now; or <c>--server URL</c> to ask a running server to do it
/// (the embedded index allows one process per data folder).
/// </summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var full = new Option<bool>("--full") { Description = "Reconstruit tout l'index à côté de l'actuel puis l'échange / rebuild the whole index beside the live one, then swap" };
        var data = new Option<DirectoryInfo?>("--data") { Description = "Dossier de données (défaut : Knowledge:DataPath ou ./data) / data folder" };
        var taxonomy = new Option<DirectoryInfo?>("--taxonomy") { Description = "Dossier de taxonomie personnalisée / custom taxonomy folder" };
        var folders = new Option<string[]>("--folder") { Description = "Dossier surveillé (répétable, en plus de Knowledge:Ingest:Folders et de la boîte de dépôt) / watched folder (repeatable)" };
        var server = new Option<Uri?>("--server") { Description = "Demande le passage à un serveur en marche (ex. http://localhost:5080) / ask a running server" };
        var apiKey = new Option<string?>("--api-key") { Description = "Clé API admin pour --server (ou variable KNOWLEDGE_API_KEY) / admin API key for --server" };
        var command = new Command("reindex", "Passe sur les dossiers surveillés maintenant (ou reconstruit l'index) / sweep the watched folders now (or rebuild the index)")
        {
            full, data, folders, taxonomy, server, apiKey,
        };
        command.SetAction((parse, ct) => parse.GetValue(server) is { } url
            ? RemoteAsync(url, parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("KNOWLEDGE_API_KEY"), parse.GetValue(full), ct)
            : LocalAsync(parse.GetValue(data), parse.GetValue(folders) ?? [], parse.GetValue(taxonomy), parse.GetValue(full), ct));
        return command;
    }

    private static async Task<int> LocalAsync(DirectoryInfo? data, string[] folders, DirectoryInfo? taxonomy, bool full, CancellationToken ct)
    {
        var settings = new List<string>();
        if (data is not null)
        {
            settings.Add($"--Knowledge:DataPath={data.FullName}");
        }

        if (taxonomy is not null)
        {
            settings.Add($"--Knowledge:TaxonomyPath={taxonomy.FullName}");
        }

        // Extra folders go after any configured ones (indexes well past a config file's own entries).
        for (var i = 0; i < folders.Length; i++)
        {
            settings.Add($"--Knowledge:Ingest:Folders:{100 + i}={Path.GetFullPath(folders[i])}");
        }

        var (host, exitCode) = await EvidenceHost.StartAsync(
            settings, withWorker: true, "Si le serveur tourne, demandez-lui le passage : « knowledge reindex --server http://localhost:5080 --api-key … ».", ct);
        if (host is null)
        {
            return exitCode;
        }

        // The engines are IAsyncDisposable only: the host must be disposed asynchronously.
        await using var started = (IAsyncDisposable)host;
        var coordinator = host.Services.GetRequiredService<IngestCoordinator>();
        var run = await coordinator.TryRunAsync("cli", full, ct);
        await host.StopAsync(CancellationToken.None);
        if (run is null)
        {
            await Console.Error.WriteLineAsync("erreur : un autre passage est en cours.");
            return ExitCodes.SomeFailed;
        }

        var detail = coordinator.Run(run.Id) ?? run;
        Print(detail.Status, detail.Counts, detail.Issues.Select(i => (i.Path, i.Code, i.Reason)), detail.Error);
        // As with extract: any file that failed (now in quarantine) makes the exit code say so.
        return detail.Status == IngestRun.Completed && detail.Counts.Failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    private static async Task<int> RemoteAsync(Uri server, string? apiKey, bool full, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(apiKey))
        {
            await Console.Error.WriteLineAsync("erreur : --server demande une clé admin (--api-key ou KNOWLEDGE_API_KEY).");
            return ExitCodes.Usage;
        }

        using var http = new HttpClient { BaseAddress = server };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        using var response = await http.PostAsync(new Uri($"api/admin/reindex?full={(full ? "true" : "false")}", UriKind.Relative), null, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            await Console.Error.WriteLineAsync($"erreur : le serveur a répondu {(int)response.StatusCode} : {body}");
            return ExitCodes.SomeFailed;
        }

        var started = System.Text.Json.JsonDocument.Parse(body).RootElement;
        await Console.Out.WriteLineAsync($"Passage lancé sur le serveur : {server}{started.GetProperty("url").GetString()?.TrimStart('/')}");
        return ExitCodes.Ok;
    }

    private static void Print(string status, RunCounts c, IEnumerable<(string Path, string Code, string Reason)> issues, string? error)
    {
        Console.Out.WriteLine($"Passage {status} : {c.New} nouveau(x), {c.Changed} modifié(s), {c.Moved} déplacé(s), {c.Copied} copie(s), {c.Removed} retiré(s), {c.Failed} en échec, {c.Skipped} ignoré(s), {c.Unchanged} inchangé(s){(c.Rebuilt > 0 ? $", {c.Rebuilt} reconstruit(s)" : string.Empty)}.");
        foreach (var (path, code, reason) in issues)
        {
            Console.Error.WriteLine($"  {path} — {reason} ({code})");
        }

        if (error is not null)
        {
            Console.Error.WriteLine($"  {error}");
        }
    }
}
