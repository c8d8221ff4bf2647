using System.Globalization;
using Knowledge.Worker.Runs;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Knowledge.Worker.Ledger;

/// <summary>One file the worker knows: where it is, what its bytes hash to and which document they became.</summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="Sha256">SHA-256 of its bytes (lowercase hex).</param>
/// <param name="DocumentId">The document its bytes became, or null when the file was skipped (unsupported).</param>
/// <param name="Size">Length in bytes when last seen, to avoid rehashing untouched files.</param>
/// <param name="LastWriteUtcTicks">Last write time when last seen.</param>
/// <param name="UpdatedAt">When the ledger last changed this entry.</param>
public sealed record LedgerEntry(string Path, string Sha256, string? DocumentId, long Size, long LastWriteUtcTicks, DateTimeOffset UpdatedAt);

/// <summary>A file moved to quarantine, with the hash of the bytes that failed.</summary>
/// <param name="QuarantinePath">Where the file now lies.</param>
/// <param name="Sha256">Hash of the failed bytes.</param>
/// <param name="OriginalPath">Where it was found.</param>
/// <param name="Code">Stable failure code.</param>
/// <param name="Reason">The reason, in French.</param>
/// <param name="At">When it failed.</param>
public sealed record QuarantineEntry(string QuarantinePath, string Sha256, string OriginalPath, string Code, string Reason, DateTimeOffset At);

/// <summary>
/// The worker's durable memory, one SQLite file under <c>{data}/ingest/ledger.db</c>: files by path
/// and content hash, quarantined files, and the history of runs. SQLite (WAL, synchronous=FULL)
/// is used rather than a JSON file because each document's outcome is committed on its own, in a
/// transaction that survives a kill at any instant, without rewriting the whole ledger each time.
/// A damaged file (truncated, garbled, a bad page, emptied) never stops the host: it is moved aside
/// under a dated name and a new ledger is started, which the next sweep fills from the index
/// (<see cref="Recovery"/> says so until then).
/// </summary>
public sealed partial class IngestLedger
{
    private readonly string _connectionString;
    private readonly Lock _recoverySync = new();
    private LedgerRecovery? _recovery;

    public IngestLedger(string databasePath, TimeProvider? time = null, ILogger? logger = null)
    {
        DatabasePath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
        logger ??= NullLogger.Instance;
        var now = (time ?? TimeProvider.System).GetUtcNow();

        // Judge the file only while no run holds it: another process creating or writing it must not
        // have a half-written file taken for a damaged one. When a run holds it, that process checked it.
        using var runLock = TryLockRuns();
        if (runLock is not null && !File.Exists(DatabasePath))
        {
            _recovery = new LedgerRecovery(LedgerRecoveryKind.Missing, "registre absent", null, now);
            LogMissing(logger, DatabasePath);
        }
        else if (runLock is not null && Damage() is { } damage)
        {
            var aside = MoveAside(now);
            _recovery = new LedgerRecovery(LedgerRecoveryKind.Damaged, damage, aside, now);
            LogDamaged(logger, DatabasePath, damage, aside);
        }

        CreateSchema();
    }

    /// <summary>The run lock (<c>run.lock</c> beside the ledger, the one runs hold), or null when a run holds it.</summary>
    private FileStream? TryLockRuns()
    {
        try
        {
            return new FileStream(Path.Combine(Path.GetDirectoryName(DatabasePath)!, "run.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public string DatabasePath { get; }

    /// <summary>Set when this ledger was started afresh (missing or damaged file) and not yet filled from the index.</summary>
    public LedgerRecovery? Recovery
    {
        get
        {
            lock (_recoverySync)
            {
                return _recovery;
            }
        }
    }

    /// <summary>The index's documents are now recorded: the ledger knows all it should again.</summary>
    public void MarkRebuiltFromIndex()
    {
        lock (_recoverySync)
        {
            _recovery = null;
        }
    }

    /// <summary>Why the file cannot serve as a ledger, or null when it can.</summary>
    private string? Damage()
    {
        if (new FileInfo(DatabasePath).Length == 0)
        {
            // SQLite would take an empty file for a new database and silently forget everything.
            return "fichier vide (0 octet)";
        }

        try
        {
            using var connection = Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check";
            var problems = new List<string>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    problems.Add(reader.GetString(0));
                }
            }

            if (problems is not ["ok"])
            {
                return "contrôle d'intégrité en échec : " + string.Join(" ; ", problems.Take(3));
            }

            // A file of another program can pass the check: the ledger's tables must read too.
            Execute(connection, "SELECT COUNT(*) FROM sqlite_master");
            return null;
        }
        catch (SqliteException ex)
        {
            return ex.SqliteErrorCode switch
            {
                26 => "ce n'est pas une base SQLite (contenu illisible)",
                11 => "base SQLite endommagée (" + ex.Message + ")",
                _ => "ouverture impossible (" + ex.Message + ")",
            };
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>Moves the damaged file and its journal files aside as <c>ledger.damaged-yyyyMMdd-HHmmss.db</c>.</summary>
    private string MoveAside(DateTimeOffset now)
    {
        var folder = Path.GetDirectoryName(DatabasePath)!;
        var stem = Path.GetFileNameWithoutExtension(DatabasePath);
        var stamp = now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var aside = Path.Combine(folder, $"{stem}.damaged-{stamp}{Path.GetExtension(DatabasePath)}");
        for (var i = 2; File.Exists(aside); i++)
        {
            aside = Path.Combine(folder, $"{stem}.damaged-{stamp}-{i}{Path.GetExtension(DatabasePath)}");
        }

        File.Move(DatabasePath, aside);
        foreach (var suffix in new[] { "-wal", "-shm", "-journal" })
        {
            // A journal left beside a new file would be replayed into it.
            if (File.Exists(DatabasePath + suffix))
            {
                File.Move(DatabasePath + suffix, aside + suffix, overwrite: true);
            }
        }

        return aside;
    }

    private void CreateSchema()
    {
        using var connection = Open();
        Execute(connection, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS files (
                path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, document_id TEXT NULL,
                size INTEGER NOT NULL, mtime INTEGER NOT NULL, updated_at TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS files_sha ON files(sha256);
            CREATE TABLE IF NOT EXISTS quarantine (
                path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, original_path TEXT NOT NULL,
                code TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS quarantine_sha ON quarantine(sha256);
            CREATE TABLE IF NOT EXISTS runs (
                id TEXT PRIMARY KEY, trigger TEXT NOT NULL, full INTEGER NOT NULL, status TEXT NOT NULL,
                started_at TEXT NOT NULL, ended_at TEXT NULL,
                new INTEGER NOT NULL DEFAULT 0, changed INTEGER NOT NULL DEFAULT 0, moved INTEGER NOT NULL DEFAULT 0,
                copied INTEGER NOT NULL DEFAULT 0, removed INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0,
                skipped INTEGER NOT NULL DEFAULT 0, unchanged INTEGER NOT NULL DEFAULT 0, rebuilt INTEGER NOT NULL DEFAULT 0,
                error TEXT NULL);
            CREATE TABLE IF NOT EXISTS run_issues (
                run_id TEXT NOT NULL, seq INTEGER NOT NULL, path TEXT NOT NULL, code TEXT NOT NULL, reason TEXT NOT NULL,
                PRIMARY KEY (run_id, seq));
            """);
    }

    public IReadOnlyList<LedgerEntry> Files()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT path, sha256, document_id, size, mtime, updated_at FROM files";
        return ReadEntries(command);
    }

    /// <summary>The documents the ledger's files became.</summary>
    public IReadOnlySet<string> DocumentIds()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT document_id FROM files WHERE document_id IS NOT NULL";
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Changes when any file entry changes: lets a reader cache what it computed from the ledger.</summary>
    public string Version()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) || '/' || IFNULL(MAX(updated_at), '') || '/' || IFNULL(SUM(LENGTH(path)), 0) FROM files";
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
    }

    public int FileCount()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM files";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public LedgerEntry? Find(string path)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT path, sha256, document_id, size, mtime, updated_at FROM files WHERE path = $p";
        command.Parameters.AddWithValue("$p", path);
        return ReadEntries(command).FirstOrDefault();
    }

    /// <summary>Records a file (insert or replace), in its own transaction.</summary>
    public void Put(LedgerEntry entry) => Put([entry], []);

    /// <summary>Records and forgets paths in one transaction (a move is both).</summary>
    public void Put(IReadOnlyList<LedgerEntry> entries, IReadOnlyList<string> removedPaths)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        foreach (var path in removedPaths)
        {
            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM files WHERE path = $p";
            delete.Parameters.AddWithValue("$p", path);
            delete.ExecuteNonQuery();
        }

        foreach (var e in entries)
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT OR REPLACE INTO files (path, sha256, document_id, size, mtime, updated_at)
                VALUES ($p, $s, $d, $z, $m, $u)
                """;
            insert.Parameters.AddWithValue("$p", e.Path);
            insert.Parameters.AddWithValue("$s", e.Sha256);
            insert.Parameters.AddWithValue("$d", (object?)e.DocumentId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$z", e.Size);
            insert.Parameters.AddWithValue("$m", e.LastWriteUtcTicks);
            insert.Parameters.AddWithValue("$u", e.UpdatedAt.ToString("O", CultureInfo.InvariantCulture));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Remove(string path) => Put([], [path]);

    public IReadOnlyList<QuarantineEntry> Quarantined()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT path, sha256, original_path, code, reason, at FROM quarantine";
        return ReadQuarantine(command);
    }

    public QuarantineEntry? FindQuarantinedHash(string sha256)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT path, sha256, original_path, code, reason, at FROM quarantine WHERE sha256 = $s LIMIT 1";
        command.Parameters.AddWithValue("$s", sha256);
        return ReadQuarantine(command).FirstOrDefault();
    }

    public void PutQuarantine(QuarantineEntry entry)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO quarantine (path, sha256, original_path, code, reason, at)
            VALUES ($p, $s, $o, $c, $r, $a)
            """;
        command.Parameters.AddWithValue("$p", entry.QuarantinePath);
        command.Parameters.AddWithValue("$s", entry.Sha256);
        command.Parameters.AddWithValue("$o", entry.OriginalPath);
        command.Parameters.AddWithValue("$c", entry.Code);
        command.Parameters.AddWithValue("$r", entry.Reason);
        command.Parameters.AddWithValue("$a", entry.At.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    public void RemoveQuarantine(string quarantinePath)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM quarantine WHERE path = $p";
        command.Parameters.AddWithValue("$p", quarantinePath);
        command.ExecuteNonQuery();
    }

    /// <summary>Records the start of a run.</summary>
    public void StartRun(IngestRun run)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO runs (id, trigger, full, status, started_at) VALUES ($i, $t, $f, $s, $a)";
        command.Parameters.AddWithValue("$i", run.Id);
        command.Parameters.AddWithValue("$t", run.Trigger);
        command.Parameters.AddWithValue("$f", run.Full ? 1 : 0);
        command.Parameters.AddWithValue("$s", run.Status);
        command.Parameters.AddWithValue("$a", run.StartedAt.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    /// <summary>Writes a run's counts, status and issues (called as it goes and when it ends).</summary>
    public void SaveRun(IngestRun run)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                UPDATE runs SET status = $s, ended_at = $e, new = $n, changed = $c, moved = $m, copied = $cp,
                    removed = $r, failed = $fl, skipped = $sk, unchanged = $u, rebuilt = $rb, error = $er
                WHERE id = $i
                """;
            var c = run.Counts;
            command.Parameters.AddWithValue("$i", run.Id);
            command.Parameters.AddWithValue("$s", run.Status);
            command.Parameters.AddWithValue("$e", run.EndedAt is { } e ? e.ToString("O", CultureInfo.InvariantCulture) : DBNull.Value);
            command.Parameters.AddWithValue("$n", c.New);
            command.Parameters.AddWithValue("$c", c.Changed);
            command.Parameters.AddWithValue("$m", c.Moved);
            command.Parameters.AddWithValue("$cp", c.Copied);
            command.Parameters.AddWithValue("$r", c.Removed);
            command.Parameters.AddWithValue("$fl", c.Failed);
            command.Parameters.AddWithValue("$sk", c.Skipped);
            command.Parameters.AddWithValue("$u", c.Unchanged);
            command.Parameters.AddWithValue("$rb", c.Rebuilt);
            command.Parameters.AddWithValue("$er", (object?)run.Error ?? DBNull.Value);
            command.ExecuteNonQuery();
        }

        using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM run_issues WHERE run_id = $i";
            delete.Parameters.AddWithValue("$i", run.Id);
            delete.ExecuteNonQuery();
        }

        for (var i = 0; i < run.Issues.Count; i++)
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO run_issues (run_id, seq, path, code, reason) VALUES ($i, $q, $p, $c, $r)";
            insert.Parameters.AddWithValue("$i", run.Id);
            insert.Parameters.AddWithValue("$q", i);
            insert.Parameters.AddWithValue("$p", run.Issues[i].Path);
            insert.Parameters.AddWithValue("$c", run.Issues[i].Code);
            insert.Parameters.AddWithValue("$r", run.Issues[i].Reason);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Marks runs left "running" by a process that died as abandoned.</summary>
    public int AbandonUnfinishedRuns(DateTimeOffset now)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE runs SET status = 'abandoned', ended_at = $e, error = 'processus interrompu pendant le passage' WHERE status = 'running'";
        command.Parameters.AddWithValue("$e", now.ToString("O", CultureInfo.InvariantCulture));
        return command.ExecuteNonQuery();
    }

    /// <summary>Most recent runs first.</summary>
    public IReadOnlyList<IngestRun> Runs(int limit)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"{RunColumns} ORDER BY started_at DESC, id DESC LIMIT $l";
        command.Parameters.AddWithValue("$l", limit);
        return ReadRuns(command, withIssues: false);
    }

    public IngestRun? Run(string id)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"{RunColumns} WHERE id = $i";
        command.Parameters.AddWithValue("$i", id);
        var run = ReadRuns(command, withIssues: false).FirstOrDefault();
        if (run is null)
        {
            return null;
        }

        using var issues = connection.CreateCommand();
        issues.CommandText = "SELECT path, code, reason FROM run_issues WHERE run_id = $i ORDER BY seq";
        issues.Parameters.AddWithValue("$i", id);
        var list = new List<RunIssue>();
        using var reader = issues.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new RunIssue(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return run with { Issues = list };
    }

    private const string RunColumns =
        "SELECT id, trigger, full, status, started_at, ended_at, new, changed, moved, copied, removed, failed, skipped, unchanged, rebuilt, error, " +
        "(SELECT COUNT(*) FROM run_issues WHERE run_issues.run_id = runs.id) FROM runs";

    private static List<IngestRun> ReadRuns(SqliteCommand command, bool withIssues)
    {
        _ = withIssues;
        var runs = new List<IngestRun>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            runs.Add(new IngestRun
            {
                Id = reader.GetString(0),
                Trigger = reader.GetString(1),
                Full = reader.GetInt64(2) != 0,
                Status = reader.GetString(3),
                StartedAt = DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture),
                EndedAt = reader.IsDBNull(5) ? null : DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
                Counts = new RunCounts
                {
                    New = reader.GetInt32(6),
                    Changed = reader.GetInt32(7),
                    Moved = reader.GetInt32(8),
                    Copied = reader.GetInt32(9),
                    Removed = reader.GetInt32(10),
                    Failed = reader.GetInt32(11),
                    Skipped = reader.GetInt32(12),
                    Unchanged = reader.GetInt32(13),
                    Rebuilt = reader.GetInt32(14),
                },
                Error = reader.IsDBNull(15) ? null : reader.GetString(15),
                IssueCount = reader.GetInt32(16),
            });
        }

        return runs;
    }

    private static List<LedgerEntry> ReadEntries(SqliteCommand command)
    {
        var list = new List<LedgerEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new LedgerEntry(
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetInt64(3),
                reader.GetInt64(4),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    private static List<QuarantineEntry> ReadQuarantine(SqliteCommand command)
    {
        var list = new List<QuarantineEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new QuarantineEntry(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // Every commit reaches the disk before the call returns: the ledger is only written after the
        // index write it records, so a lost ledger commit would make the next run redo work, never lose it.
        Execute(connection, "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Registre d'ingestion endommagé ({Damage}) : {Path} mis de côté sous {Aside} ; un registre neuf le remplace, rempli depuis l'index au prochain passage")]
    private static partial void LogDamaged(ILogger logger, string path, string damage, string aside);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registre d'ingestion absent : {Path} créé ; les documents de l'index y seront inscrits au prochain passage")]
    private static partial void LogMissing(ILogger logger, string path);
}

/// <summary>Why the ledger was started afresh.</summary>
public enum LedgerRecoveryKind
{
    /// <summary>No file (first start, or deleted).</summary>
    Missing,

    /// <summary>The file was damaged and moved aside.</summary>
    Damaged,
}

/// <summary>A ledger started afresh: why, where the damaged file went, and when.</summary>
/// <param name="Kind">Missing or damaged.</param>
/// <param name="Reason">What was wrong, in French.</param>
/// <param name="AsidePath">Where the damaged file was moved, when it was.</param>
/// <param name="At">When.</param>
public sealed record LedgerRecovery(LedgerRecoveryKind Kind, string Reason, string? AsidePath, DateTimeOffset At);
