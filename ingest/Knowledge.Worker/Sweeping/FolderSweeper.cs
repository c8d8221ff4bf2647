using System.Security.Cryptography;
using Knowledge.Core.Search;
using Knowledge.Ingest.Indexing;
using Knowledge.Ingest.Pipeline;
using Knowledge.Worker.Hosting;
using Knowledge.Worker.Ledger;
using Knowledge.Worker.Quarantine;
using Knowledge.Worker.Runs;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;

namespace Knowledge.Worker.Sweeping;

/// <summary>What became of one file in a sweep or an upload.</summary>
public enum FileOutcome
{
    New,
    Changed,
    Moved,
    Copied,
    Unchanged,
    Skipped,
    Failed,

    /// <summary>The index could not take it now; the file is left as it is for the next run.</summary>
    Deferred,
}

/// <summary>The outcome of one file, with the document it became when there is one.</summary>
public sealed record FileResult(string Path, FileOutcome Outcome, string? DocumentId, int Findings, string? Code, string? Reason);

/// <summary>
/// One pass over the watched folders. Files are recognised by the SHA-256 of their bytes, kept in
/// the ledger with their path: a new path with known bytes is a move (when the old path is gone)
/// or a copy, and costs no extraction; a path whose bytes changed is re-ingested and the old
/// document removed once no file holds it; a vanished path's document is removed (or kept, by
/// setting). The ledger is written only after the index write it records, so a run killed at any
/// point is repaired by the next one; bytes already in the index are adopted without extraction,
/// which is also how a lost ledger is rebuilt.
/// </summary>
public sealed partial class FolderSweeper(
    IngestWorkerOptions options,
    IngestLedger ledger,
    QuarantineFolder quarantine,
    IDocumentIngestor ingestor,
    IEvidenceIndex index,
    TimeProvider time,
    ILogger<FolderSweeper> logger,
    IngestOptions? ingestOptions = null)
{
    private int _ocrProblemLogged;
    private int _translationProblemLogged;
    private readonly long _maxFileBytes = (ingestOptions ?? new IngestOptions()).MaxFileBytes;

    /// <summary>Sweeps every watched folder; counts and issues go into <paramref name="run"/>.</summary>
    public async Task SweepAsync(IngestRun run, List<RunIssue> issues, CancellationToken cancellationToken)
    {
        var state = new SweepState(run, issues);
        if (ingestor.OcrProblem is { } ocrProblem && Interlocked.Exchange(ref _ocrProblemLogged, 1) == 0)
        {
            LogOcrProblem(logger, ocrProblem);
        }

        if (ingestor.TranslationProblem is { } translationProblem && Interlocked.Exchange(ref _translationProblemLogged, 1) == 0)
        {
            LogTranslationProblem(logger, translationProblem);
        }

        await RetryQuarantinedAsync(state, cancellationToken);
        var disk = Scan(state);
        var ledgerFiles = ledger.Files();
        foreach (var entry in ledgerFiles)
        {
            state.Track(entry);
        }

        // Paths the ledger knows that are no longer on disk: candidates for moves, then deletions.
        foreach (var entry in ledgerFiles)
        {
            // A stored original stands for a document no watched file holds: never a deletion.
            if (!disk.ContainsKey(entry.Path) && !state.Unreachable.Contains(entry.Path) && !IsStoredOriginal(entry.Path))
            {
                state.Missing[entry.Path] = entry;
            }
        }

        foreach (var (path, info) in disk.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (state.Stop is not null)
            {
                break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            await ProcessAsync(state, path, info, request: null, cancellationToken);
        }

        if (state.Stop is null)
        {
            await RemoveMissingAsync(state, cancellationToken);
        }

        if (state.Stop is { } stop)
        {
            run.Status = IngestRun.Incomplete;
            run.Error = stop;
        }
        else if (issues.Any(i => i.Code is "index-error" or "io"))
        {
            run.Status = IngestRun.Incomplete;
        }
    }

    /// <summary>Ingests one file already stored in a watched folder (an upload), as a sweep would.</summary>
    public async Task<FileResult> IngestOneAsync(IngestRun run, List<RunIssue> issues, string path, IngestRequest? request, CancellationToken cancellationToken)
    {
        var state = new SweepState(run, issues);
        foreach (var entry in ledger.Files())
        {
            state.Track(entry);
            if (!File.Exists(entry.Path) && !IsStoredOriginal(entry.Path))
            {
                state.Missing[entry.Path] = entry;
            }
        }

        var info = new FileInfo(path);
        return await ProcessAsync(state, info.FullName, info, request, cancellationToken);
    }

    private Dictionary<string, FileInfo> Scan(SweepState state)
    {
        var files = new Dictionary<string, FileInfo>(StringComparer.Ordinal);
        var enumeration = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        Directory.CreateDirectory(options.InboxPath);
        foreach (var folder in options.WatchedFolders)
        {
            if (!Directory.Exists(folder))
            {
                // An unmounted share must not look like every file in it was deleted.
                state.Issues.Add(new RunIssue(folder, "folder-missing", "dossier surveillé introuvable : ses fichiers sont laissés tels quels"));
                foreach (var known in ledger.Files().Where(e => IsUnder(e.Path, folder)))
                {
                    state.Unreachable.Add(known.Path);
                }

                continue;
            }

            foreach (var path in Directory.EnumerateFiles(folder, "*", enumeration))
            {
                if (IsIgnored(path))
                {
                    continue;
                }

                files[Path.GetFullPath(path)] = new FileInfo(path);
            }
        }

        return files;
    }

    /// <summary>
    /// Names a sweep passes over: hidden files, Office lock files (<c>~$…</c>), files being written
    /// (<c>….tmp-…</c>) and quarantine reasons. Uploads are stored under names that never match.
    /// </summary>
    internal static bool IsIgnoredName(string name) =>
        name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal) || name.Contains(".tmp-", StringComparison.Ordinal)
        || name.EndsWith(QuarantineFolder.ReasonSuffix, StringComparison.Ordinal);

    private bool IsIgnored(string path)
    {
        if (IsIgnoredName(Path.GetFileName(path)))
        {
            return true;
        }

        // The data folder holds the index, the originals and the quarantine: only its inbox is swept.
        return IsUnder(path, options.FullDataPath) && !IsUnder(path, options.InboxPath);
    }

    private bool IsStoredOriginal(string path) => IsUnder(path, options.OriginalsPath);

    private static bool IsUnder(string path, string folder) =>
        Path.GetFullPath(path).StartsWith(
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar,
            OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private async Task<FileResult> ProcessAsync(SweepState state, string path, FileInfo info, IngestRequest? request, CancellationToken cancellationToken)
    {
        var known = state.ByPath.GetValueOrDefault(path);
        if (known is not null && known.Size == info.Length && known.LastWriteUtcTicks == info.LastWriteTimeUtc.Ticks)
        {
            state.Run.Counts.Unchanged++;
            return new FileResult(path, FileOutcome.Unchanged, known.DocumentId, 0, null, null);
        }

        string hash;
        try
        {
            hash = await HashAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Probably still being copied: leave it for the next run.
            return Issue(state, path, FileOutcome.Deferred, "io", $"lecture impossible pour l'instant : {ex.Message}");
        }

        var now = time.GetUtcNow();
        if (known is not null && known.Sha256 == hash)
        {
            // Touched, not changed.
            Record(state, known with { Size = info.Length, LastWriteUtcTicks = info.LastWriteTimeUtc.Ticks, UpdatedAt = now });
            state.Run.Counts.Unchanged++;
            return new FileResult(path, FileOutcome.Unchanged, known.DocumentId, 0, null, null);
        }

        var changed = known is not null;
        FileResult result;
        // A vanished twin makes this a move; a present one, a copy.
        if (state.PathsOf(hash).Where(p => p != path).OrderBy(p => state.Missing.ContainsKey(p) ? 0 : IsStoredOriginal(p) ? 1 : 2).ThenBy(p => p, StringComparer.Ordinal).FirstOrDefault() is { } twin)
        {
            result = Twin(state, path, info, hash, twin, changed, now);
        }
        else if (ledger.FindQuarantinedHash(hash) is { } failedBefore && StaysQuarantined(failedBefore, state.Run.Full))
        {
            // The same broken bytes again: no point reading them a second time.
            var target = quarantine.Quarantine(path, failedBefore.Code, failedBefore.Reason, now);
            ledger.PutQuarantine(failedBefore with { QuarantinePath = target, OriginalPath = path, At = now });
            ForgetPath(state, path);
            state.Run.Counts.Failed++;
            result = Issue(state, path, FileOutcome.Failed, failedBefore.Code, failedBefore.Reason + " (contenu déjà en quarantaine)");
        }
        else if (await AdoptableAsync(hash, cancellationToken) is { } documentId)
        {
            Record(state, new LedgerEntry(path, hash, documentId, info.Length, info.LastWriteTimeUtc.Ticks, now));
            Count(state, changed);
            result = new FileResult(path, changed ? FileOutcome.Changed : FileOutcome.New, documentId, 0, null, null);
        }
        else
        {
            result = await IngestAsync(state, path, info, request, changed, cancellationToken);
        }

        if (known is not null && known.Sha256 != hash && result.Outcome is not FileOutcome.Deferred)
        {
            await ReleaseHashAsync(state, known, cancellationToken);
        }

        return result;
    }

    /// <summary>Known bytes at a new path: a move when the old path is gone, a copy otherwise.</summary>
    private FileResult Twin(SweepState state, string path, FileInfo info, string hash, string twin, bool changed, DateTimeOffset now)
    {
        var source = state.ByPath[twin];
        var entry = new LedgerEntry(path, hash, source.DocumentId, info.Length, info.LastWriteTimeUtc.Ticks, now);
        if (IsStoredOriginal(twin) && !changed)
        {
            // The document was recorded against its stored original (from the index, after the ledger
            // was lost); the file that holds it takes its place, and a later deletion of it counts again.
            ledger.Put([entry], [twin]);
            state.Untrack(twin);
            state.Track(entry);
            state.Run.Counts.Unchanged++;
            return new FileResult(path, FileOutcome.Unchanged, source.DocumentId, 0, null, null);
        }

        var moved = state.Missing.Remove(twin);
        if (moved)
        {
            ledger.Put([entry], [twin]);
            state.Untrack(twin);
            state.Track(entry);
        }
        else
        {
            Record(state, entry);
        }

        if (changed)
        {
            state.Run.Counts.Changed++;
            return new FileResult(path, FileOutcome.Changed, source.DocumentId, 0, null, null);
        }

        if (moved)
        {
            state.Run.Counts.Moved++;
            LogMoved(logger, twin, path);
            return new FileResult(path, FileOutcome.Moved, source.DocumentId, 0, null, null);
        }

        state.Run.Counts.Copied++;
        return new FileResult(path, FileOutcome.Copied, source.DocumentId, 0, null, null);
    }

    private async Task<string?> AdoptableAsync(string hash, CancellationToken cancellationToken)
    {
        var id = hash[..16];
        var existing = await index.GetDocumentAsync(id, cancellationToken);
        return existing is not null && string.Equals(existing.Sha256, hash, StringComparison.OrdinalIgnoreCase) ? id : null;
    }

    private async Task<FileResult> IngestAsync(SweepState state, string path, FileInfo info, IngestRequest? request, bool changed, CancellationToken cancellationToken)
    {
        if (info.Length > _maxFileBytes)
        {
            return Fail(state, path, null, "too-large", $"fichier trop volumineux : {info.Length / (1024 * 1024)} Mo (limite {_maxFileBytes / (1024 * 1024)} Mo)");
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Issue(state, path, FileOutcome.Deferred, "io", $"lecture impossible pour l'instant : {ex.Message}");
        }

        // Hash what is actually ingested: the file may have changed since it was hashed.
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        IndexedFile indexed;
        try
        {
            indexed = await ingestor.IngestAsync(bytes, Path.GetFileName(path), request, cancellationToken);
        }
        catch (BrokenCircuitException ex)
        {
            state.Stop ??= "index indisponible : passage interrompu, les fichiers restants seront repris au prochain passage";
            LogIndexUnavailable(logger, ex);
            return Issue(state, path, FileOutcome.Deferred, "index-unavailable", "index indisponible : fichier repris au prochain passage");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogIndexError(logger, path, ex);
            return Issue(state, path, FileOutcome.Deferred, "index-error", $"écriture dans l'index impossible : {ex.Message}");
        }

        var now = time.GetUtcNow();
        var ingest = indexed.Ingest;
        switch (ingest.Status)
        {
            case IngestStatus.Ingested when ingest.Document is not null:
                Record(state, new LedgerEntry(path, hash, ingest.Document.Id, bytes.LongLength, info.LastWriteTimeUtc.Ticks, now));
                Count(state, changed);
                return new FileResult(path, changed ? FileOutcome.Changed : FileOutcome.New, ingest.Document.Id, ingest.Findings.Count, null, null);
            case IngestStatus.Skipped:
                Record(state, new LedgerEntry(path, hash, null, bytes.LongLength, info.LastWriteTimeUtc.Ticks, now));
                state.Run.Counts.Skipped++;
                return Issue(state, path, FileOutcome.Skipped, ingest.ReasonCode ?? "unsupported", ingest.Reason ?? "format non pris en charge");
            default:
                return Fail(state, path, hash, ingest.ReasonCode ?? "failed", ingest.Reason ?? "échec de lecture");
        }
    }

    private FileResult Fail(SweepState state, string path, string? hash, string code, string reason)
    {
        var now = time.GetUtcNow();
        hash ??= HashNow(path);
        var target = quarantine.Quarantine(path, code, reason, now);
        ledger.PutQuarantine(new QuarantineEntry(target, hash, path, code, reason, now));
        ForgetPath(state, path);
        state.Run.Counts.Failed++;
        LogQuarantined(logger, path, code);
        return Issue(state, path, FileOutcome.Failed, code, reason);
    }

    /// <summary>
    /// Unchanged bytes that failed stay failed, except on a full rebuild, and except a scan that
    /// failed for want of OCR now that OCR is here. A file that unfolds past the limits (a zip bomb)
    /// is never read again, not even by a full rebuild, until its bytes change.
    /// </summary>
    private bool StaysQuarantined(QuarantineEntry entry, bool full) =>
        !(ingestor.OcrAvailable && IngestReasonCodes.AwaitsOcr(entry.Code, entry.Reason))
        && (!full || entry.Code == IngestReasonCodes.Oversized);

    /// <summary>A file in quarantine whose bytes changed is tried again; on success it goes back to the inbox.</summary>
    private async Task RetryQuarantinedAsync(SweepState state, CancellationToken cancellationToken)
    {
        var entries = ledger.Quarantined().ToDictionary(e => e.QuarantinePath, StringComparer.Ordinal);
        foreach (var gone in entries.Keys.Where(p => !File.Exists(p)).ToList())
        {
            ledger.RemoveQuarantine(gone);
        }

        foreach (var path in quarantine.Files().Order(StringComparer.Ordinal).ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            string hash;
            try
            {
                hash = await HashAsync(path, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            var entry = entries.GetValueOrDefault(path);
            if (entry is not null && entry.Sha256 == hash && StaysQuarantined(entry, state.Run.Full))
            {
                continue;
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            IndexedFile indexed;
            try
            {
                indexed = await ingestor.IngestAsync(bytes, Path.GetFileName(path), null, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Issue(state, path, FileOutcome.Deferred, "index-error", $"écriture dans l'index impossible : {ex.Message}");
                if (ex is BrokenCircuitException)
                {
                    state.Stop ??= "index indisponible";
                    return;
                }

                continue;
            }

            var now = time.GetUtcNow();
            if (indexed.Ingest is { Status: IngestStatus.Ingested, Document: { } document })
            {
                var released = quarantine.Release(path, options.InboxPath);
                var info = new FileInfo(released);
                ledger.Put(new LedgerEntry(released, hash, document.Id, info.Length, info.LastWriteTimeUtc.Ticks, now));
                ledger.RemoveQuarantine(path);
                state.Run.Counts.New++;
            }
            else
            {
                var code = indexed.Ingest.ReasonCode ?? "failed";
                var reason = indexed.Ingest.Reason ?? "échec de lecture";
                QuarantineFolder.WriteReason(path, entry?.OriginalPath ?? path, code, reason, now);
                ledger.PutQuarantine(new QuarantineEntry(path, hash, entry?.OriginalPath ?? path, code, reason, now));
                state.Run.Counts.Failed++;
                Issue(state, path, FileOutcome.Failed, code, reason);
            }
        }
    }

    /// <summary>Forgets vanished paths; their documents leave the index when no file holds their bytes any more.</summary>
    private async Task RemoveMissingAsync(SweepState state, CancellationToken cancellationToken)
    {
        foreach (var entry in state.Missing.Values.OrderBy(e => e.Path, StringComparer.Ordinal).ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                state.Untrack(entry.Path);
                var removed = await ReleaseHashAsync(state, entry, cancellationToken);
                ledger.Remove(entry.Path);
                state.Missing.Remove(entry.Path);
                if (removed)
                {
                    state.Run.Counts.Removed++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                state.Track(entry);
                Issue(state, entry.Path, FileOutcome.Deferred, "index-error", $"retrait de l'index impossible : {ex.Message}");
                if (ex is BrokenCircuitException)
                {
                    state.Stop ??= "index indisponible";
                    return;
                }
            }
        }
    }

    /// <summary>Removes a document from the index once no known file holds its bytes (deleted files obey the setting).</summary>
    private async Task<bool> ReleaseHashAsync(SweepState state, LedgerEntry previous, CancellationToken cancellationToken)
    {
        if (previous.DocumentId is null || state.PathsOf(previous.Sha256).Any(p => p != previous.Path))
        {
            return false;
        }

        var deleted = !File.Exists(previous.Path);
        if (deleted && options.DeletedFiles == DeletedFilesPolicy.Keep)
        {
            return false;
        }

        return await index.RemoveDocumentAsync(previous.DocumentId, cancellationToken);
    }

    private void Record(SweepState state, LedgerEntry entry)
    {
        ledger.Put(entry);
        if (state.ByPath.TryGetValue(entry.Path, out var old))
        {
            state.Untrack(old.Path);
        }

        state.Track(entry);
    }

    private void ForgetPath(SweepState state, string path)
    {
        if (state.ByPath.ContainsKey(path))
        {
            ledger.Remove(path);
            state.Untrack(path);
        }
    }

    private static void Count(SweepState state, bool changed)
    {
        if (changed)
        {
            state.Run.Counts.Changed++;
        }
        else
        {
            state.Run.Counts.New++;
        }
    }

    private static FileResult Issue(SweepState state, string path, FileOutcome outcome, string code, string reason)
    {
        state.Issues.Add(new RunIssue(path, code, reason));
        return new FileResult(path, outcome, null, 0, code, reason);
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    private static string HashNow(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fichier déplacé, reconnu sans relecture : {From} → {To}")]
    private static partial void LogMoved(ILogger logger, string from, string to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Les documents scannés ne seront pas lus : {Problem}")]
    private static partial void LogOcrProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Les passages ne seront cherchés que dans leur langue : {Problem}")]
    private static partial void LogTranslationProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fichier mis en quarantaine : {Path} ({Code})")]
    private static partial void LogQuarantined(ILogger logger, string path, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Écriture dans l'index impossible pour {Path}")]
    private static partial void LogIndexError(ILogger logger, string path, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Index indisponible (circuit ouvert) : passage interrompu")]
    private static partial void LogIndexUnavailable(ILogger logger, Exception exception);

    /// <summary>The ledger as this run sees it, kept in step with every write.</summary>
    private sealed class SweepState(IngestRun run, List<RunIssue> issues)
    {
        public IngestRun Run { get; } = run;

        public List<RunIssue> Issues { get; } = issues;

        public Dictionary<string, LedgerEntry> ByPath { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, HashSet<string>> ByHash { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, LedgerEntry> Missing { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Unreachable { get; } = new(StringComparer.Ordinal);

        /// <summary>Why the run stopped early, if it did.</summary>
        public string? Stop { get; set; }

        public HashSet<string> PathsOf(string hash) => ByHash.TryGetValue(hash, out var paths) ? paths : [];

        public void Track(LedgerEntry entry)
        {
            ByPath[entry.Path] = entry;
            if (!ByHash.TryGetValue(entry.Sha256, out var paths))
            {
                ByHash[entry.Sha256] = paths = new HashSet<string>(StringComparer.Ordinal);
            }

            paths.Add(entry.Path);
        }

        public void Untrack(string path)
        {
            if (ByPath.Remove(path, out var entry) && ByHash.TryGetValue(entry.Sha256, out var paths))
            {
                paths.Remove(path);
            }
        }
    }
}
