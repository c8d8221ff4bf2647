using System.Text.Json;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Ingest.Indexing;
using Knowledge.Ingest.Pipeline;
using Knowledge.SearchApi.Health;
using Knowledge.SearchApi.Hosting;
using Microsoft.Extensions.Options;
using Knowledge.Worker.Hosting;

namespace Knowledge.SearchApi.SampleLibrary;

/// <summary>
/// On the first start of an empty evidence base, ingests the sample library shipped with the
/// server (through the real pipeline) so a new user has something to search. Runs in the
/// background; <c>/health/ready</c> answers 503 until it is done. A marker file in the data folder
/// records that it ran, so documents a user removes later do not come back.
/// </summary>
internal sealed partial class SampleLibraryLoader(
    IOptions<KnowledgeOptions> options,
    IEvidenceIndex index,
    EvidenceIngestor ingestor,
    Readiness readiness,
    ILogger<SampleLibraryLoader> logger) : BackgroundService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string? problem = null;
        try
        {
            problem = await LoadAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            LogLoadFailed(logger, ex);
            problem = "échec du chargement de la bibliothèque d'exemple : " + ex.Message;
        }
        finally
        {
            readiness.MarkSampleLibraryDone(problem);
        }
    }

    /// <summary>Loads the sample library once; returns why it is incomplete, or null.</summary>
    private async Task<string?> LoadAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var marker = Path.Combine(settings.FullDataPath, ".sample-library-loaded");
        if (!settings.LoadSampleLibrary || File.Exists(marker))
        {
            return null;
        }

        var existing = await index.ListDocumentsAsync(1, 1, cancellationToken);
        if (existing.Total > 0)
        {
            return null;
        }

        var folder = settings.SampleLibraryPath ?? Path.Combine(AppContext.BaseDirectory, "SampleLibrary");
        var manifestPath = Path.Combine(folder, "library.json");
        if (!File.Exists(manifestPath))
        {
            LogNoManifest(logger, manifestPath);
            return "bibliothèque d'exemple introuvable : " + manifestPath;
        }

        var manifest = JsonSerializer.Deserialize<Manifest>(await File.ReadAllTextAsync(manifestPath, cancellationToken), Json)
            ?? throw new InvalidDataException($"Manifeste de la bibliothèque d'exemple vide : {manifestPath}");
        var findings = 0;
        var refused = new List<string>();
        foreach (var entry in manifest.Documents)
        {
            var request = new IngestRequest
            {
                Title = entry.Title,
                Year = entry.Year,
                Publisher = entry.Publisher,
                Language = entry.Language,
                Countries = entry.Countries,
                Kind = EvidenceCodes.TryParseDocumentKind(entry.Kind, out var kind) ? kind : null,
            };
            IndexedFile result;
            try
            {
                result = await ingestor.IngestFileAsync(Path.Combine(folder, entry.File), request, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                // One document that fails in an unforeseen way must not stop the others; readiness
                // reports the library incomplete, naming it.
                LogFileCrashed(logger, entry.File, ex);
                refused.Add(entry.File);
                continue;
            }

            if (result.Ingest.Status == IngestStatus.Ingested)
            {
                findings += result.Ingest.Findings.Count;
            }
            else
            {
                LogFileFailed(logger, entry.File, result.Ingest.Reason ?? "?");
                refused.Add(entry.File);
            }
        }

        LogLoaded(logger, manifest.Documents.Count - refused.Count, findings);
        if (refused.Count > 0)
        {
            // No marker: a restart on an empty index tries again, and readiness says what is missing.
            var files = refused.Count == 1 ? "1 fichier non chargé" : $"{refused.Count} fichiers non chargés";
            return $"bibliothèque d'exemple incomplète : {files} sur {manifest.Documents.Count} ({string.Join(", ", refused.Take(5))})";
        }

        Directory.CreateDirectory(settings.FullDataPath);
        await File.WriteAllTextAsync(marker, "loaded\n", cancellationToken);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bibliothèque d'exemple chargée : {Documents} documents, {Findings} passages")]
    private static partial void LogLoaded(ILogger logger, int documents, int findings);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bibliothèque d'exemple : {File} non chargé ({Reason})")]
    private static partial void LogFileFailed(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bibliothèque d'exemple : {File} non chargé à cause d'une erreur inattendue ; les autres documents sont chargés")]
    private static partial void LogFileCrashed(ILogger logger, string file, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bibliothèque d'exemple introuvable : {Path}")]
    private static partial void LogNoManifest(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Échec du chargement de la bibliothèque d'exemple")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception);

    private sealed record Manifest(IReadOnlyList<ManifestEntry> Documents);

    private sealed record ManifestEntry(string File, string? Title, string? Publisher, int? Year, string? Language, string? Kind, IReadOnlyList<string>? Countries);
}
