using System.Security.Cryptography;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Ingest.Indexing;
using Knowledge.Worker.Ledger;
using Knowledge.Worker.Runs;
using Knowledge.Worker.Sweeping;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;

namespace Knowledge.Worker.Reconciling;

/// <summary>How far the ledger and the index disagree.</summary>
/// <param name="MissingFromIndex">Documents the ledger records as indexed that the index does not hold (lost: restored by the next sweep).</param>
/// <param name="UnknownToLedger">Documents the index holds that no ledger entry names (recorded by the next sweep).</param>
/// <param name="Recovery">Set when the ledger was started afresh and not yet filled from the index.</param>
public sealed record LedgerAgreement(int MissingFromIndex, int UnknownToLedger, LedgerRecovery? Recovery)
{
    /// <summary>True when documents are missing from the index, or a damaged ledger has not been rebuilt yet.</summary>
    public bool Degraded => MissingFromIndex > 0 || Recovery is { Kind: LedgerRecoveryKind.Damaged };

    /// <summary>Why readiness is degraded, in French; null when it is not.</summary>
    public string? Reason
    {
        get
        {
            var reasons = new List<string>();
            if (MissingFromIndex > 0)
            {
                reasons.Add($"{MissingFromIndex} document(s) du registre d'ingestion absent(s) de l'index : restauré(s) depuis leur original au prochain passage");
            }

            if (Recovery is { Kind: LedgerRecoveryKind.Damaged } r)
            {
                reasons.Add($"registre d'ingestion endommagé ({r.Reason}), mis de côté sous {Path.GetFileName(r.AsidePath)} : reconstruit depuis l'index au prochain passage");
            }

            return reasons.Count == 0 ? null : string.Join(" ; ", reasons);
        }
    }
}

/// <summary>
/// Keeps the ledger and the index in agreement. A sweep trusts the ledger to skip untouched files,
/// so a lost or rolled-back index would otherwise stay lost: after each sweep, a document the
/// ledger records but the index lacks is ingested again from its stored original (or the file that
/// holds its bytes), and a document the index holds but the ledger does not name is recorded against
/// its stored original, which is how a damaged ledger is rebuilt from the index.
/// </summary>
public sealed partial class LedgerReconciler(
    IngestLedger ledger,
    IEvidenceIndex index,
    DocumentStore store,
    IDocumentIngestor ingestor,
    TimeProvider time,
    ILogger<LedgerReconciler> logger)
{
    private const int PageSize = 100;
    private readonly Lock _cacheSync = new();
    private (string Key, LedgerAgreement Agreement)? _cache;

    /// <summary>Compares the ledger with the index (cached while neither changes).</summary>
    public async Task<LedgerAgreement> CheckAsync(CancellationToken cancellationToken)
    {
        var state = await index.GetStateAsync(cancellationToken);
        var key = state.Fingerprint + "|" + state.Documents + "|" + ledger.Version();
        lock (_cacheSync)
        {
            if (_cache is { } cached && cached.Key == key)
            {
                return cached.Agreement with { Recovery = ledger.Recovery };
            }
        }

        var indexed = await IndexDocumentsAsync(cancellationToken);
        var recorded = ledger.DocumentIds();
        var agreement = new LedgerAgreement(
            recorded.Count(id => !indexed.ContainsKey(id)),
            indexed.Keys.Count(id => !recorded.Contains(id)),
            ledger.Recovery);
        lock (_cacheSync)
        {
            _cache = (key, agreement);
        }

        return agreement;
    }

    /// <summary>Restores documents missing from the index and records documents missing from the ledger.</summary>
    public async Task ReconcileAsync(IngestRun run, List<RunIssue> issues, CancellationToken cancellationToken)
    {
        var indexed = await IndexDocumentsAsync(cancellationToken);
        var byDocument = ledger.Files()
            .Where(e => e.DocumentId is not null)
            .GroupBy(e => e.DocumentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        foreach (var (documentId, entries) in byDocument.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (indexed.ContainsKey(documentId))
            {
                continue;
            }

            try
            {
                await RestoreAsync(run, issues, documentId, entries, cancellationToken);
            }
            catch (BrokenCircuitException ex)
            {
                LogIndexUnavailable(logger, ex);
                issues.Add(new RunIssue(entries[0].Path, "index-unavailable", "index indisponible : restauration reprise au prochain passage"));
                run.Status = IngestRun.Incomplete;
                return;
            }
        }

        var now = time.GetUtcNow();
        var recorded = 0;
        foreach (var document in indexed.Values.Where(d => !byDocument.ContainsKey(d.Id)).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            if (store.Find(document.Id) is not { } original)
            {
                // Nothing on disk to record it against (an index shared with other machines keeps its originals there).
                continue;
            }

            var info = new FileInfo(original);
            ledger.Put(new LedgerEntry(info.FullName, document.Sha256.ToLowerInvariant(), document.Id, info.Length, info.LastWriteTimeUtc.Ticks, now));
            recorded++;
        }

        if (recorded > 0)
        {
            LogRecorded(logger, recorded);
        }

        if (ledger.Recovery is not null && run.Status == IngestRun.Running)
        {
            ledger.MarkRebuiltFromIndex();
            LogLedgerRebuilt(logger, ledger.DatabasePath, indexed.Count);
        }
    }

    /// <summary>True when <paramref name="path"/> is a stored original (recorded for a document no watched file holds).</summary>
    public bool IsStoredOriginal(string path) =>
        Path.GetFullPath(path).StartsWith(Path.TrimEndingDirectorySeparator(store.Root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private async Task RestoreAsync(IngestRun run, List<RunIssue> issues, string documentId, List<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        var sha = entries[0].Sha256;
        var bytes = await OriginalAsync(documentId, sha, entries, cancellationToken);
        var shown = entries.Select(e => e.Path).FirstOrDefault(p => !IsStoredOriginal(p)) ?? entries[0].Path;
        if (bytes is null)
        {
            // Neither the stored original nor any file holds these bytes: the ledger names a document
            // nobody can bring back. Forget it, loudly, rather than report it missing for ever.
            ledger.Put([], [.. entries.Select(e => e.Path)]);
            issues.Add(new RunIssue(shown, "no-original", "document absent de l'index et original introuvable : retiré du registre"));
            LogLost(logger, documentId, shown);
            return;
        }

        var name = Path.GetFileName(shown);
        var result = await ingestor.IngestAsync(bytes, name, request: null, cancellationToken);
        if (result.Ingest is { Status: Knowledge.Ingest.Pipeline.IngestStatus.Ingested, Document: not null })
        {
            run.Counts.Rebuilt++;
            LogRestored(logger, documentId, shown);
        }
        else
        {
            issues.Add(new RunIssue(shown, result.Ingest.ReasonCode ?? "failed", $"restauration impossible ({result.Ingest.Reason})"));
        }
    }

    private async Task<byte[]?> OriginalAsync(string documentId, string sha256, List<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        IEnumerable<string?> candidates = [store.Find(documentId), .. entries.Select(e => e.Path)];
        foreach (var path in candidates.OfType<string>().Distinct(StringComparer.Ordinal).Where(File.Exists))
        {
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), sha256, StringComparison.OrdinalIgnoreCase))
            {
                return bytes;
            }
        }

        return null;
    }

    private async Task<Dictionary<string, SourceDocument>> IndexDocumentsAsync(CancellationToken cancellationToken)
    {
        var all = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var batch = await index.ListDocumentsAsync(page, PageSize, cancellationToken);
            foreach (var document in batch.Items)
            {
                all[document.Id] = document;
            }

            if (batch.Items.Count < PageSize || all.Count >= batch.Total)
            {
                return all;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {DocumentId} absent de l'index : restauré depuis son original ({Path})")]
    private static partial void LogRestored(ILogger logger, string documentId, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Document {DocumentId} absent de l'index et original introuvable ({Path}) : retiré du registre")]
    private static partial void LogLost(ILogger logger, string documentId, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} document(s) de l'index inscrit(s) au registre d'ingestion")]
    private static partial void LogRecorded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registre d'ingestion {Path} reconstruit depuis l'index ({Documents} documents)")]
    private static partial void LogLedgerRebuilt(ILogger logger, string path, int documents);

    [LoggerMessage(Level = LogLevel.Error, Message = "Index indisponible (circuit ouvert) : restauration interrompue")]
    private static partial void LogIndexUnavailable(ILogger logger, Exception exception);
}
