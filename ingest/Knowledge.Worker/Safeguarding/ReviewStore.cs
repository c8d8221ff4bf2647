using System.Collections.Concurrent;
using System.Globalization;
using Knowledge.Core.Safeguarding;
using Knowledge.Ingest.Safeguarding;
using Microsoft.Data.Sqlite;

namespace Knowledge.Worker.Safeguarding;

/// <summary>One line of the safeguarding audit log: who did what, when, to which finding.</summary>
/// <param name="Sequence">Position in the log (append order).</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">The name of the key or account that acted (never the key itself).</param>
/// <param name="Role">The role it acted with.</param>
/// <param name="Action">What it did: <c>confirm</c>, <c>dismiss</c> or <c>export</c>.</param>
/// <param name="FindingId">The finding concerned, when there is one.</param>
/// <param name="Kind">The flag's kind, when the action was a decision.</param>
/// <param name="Detail">A short non-sensitive detail (an export's format, say); never flagged text.</param>
public sealed record AuditEntry(long Sequence, DateTimeOffset At, string Actor, string Role, string Action, string? FindingId, string? Kind, string? Detail);

/// <summary>
/// Editors' safeguarding decisions and the audit log, in <c>{data}/ingest/safeguarding.db</c> beside
/// the ledger. Decisions are keyed by document, kind and a hash of the span, so a dismissal survives a
/// re-ingest and a confirmation a full rebuild, and the store never holds the flagged text itself.
/// The audit table refuses updates and deletes (triggers): it is append-only.
/// </summary>
public sealed class ReviewStore : IReviewDecisions
{
    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<(string, SafeguardingKind, string), FlagStatus> _decisions = new();

    public ReviewStore(string dataPath, TimeProvider time)
    {
        _time = time;
        DatabasePath = Path.GetFullPath(Path.Combine(dataPath, "ingest", "safeguarding.db"));
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
        using var connection = Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS decisions (
                    document_id TEXT NOT NULL, kind TEXT NOT NULL, span_key TEXT NOT NULL, status TEXT NOT NULL,
                    decided_at TEXT NOT NULL, PRIMARY KEY (document_id, kind, span_key));
                CREATE TABLE IF NOT EXISTS audit (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL, role TEXT NOT NULL,
                    action TEXT NOT NULL, finding_id TEXT NULL, kind TEXT NULL, detail TEXT NULL);
                CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
                    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
                CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
                    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
                """;
            create.ExecuteNonQuery();
        }

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT document_id, kind, span_key, status FROM decisions";
        using var reader = read.ExecuteReader();
        while (reader.Read())
        {
            if (SafeguardingCodes.TryParseKind(reader.GetString(1), out var kind))
            {
                _decisions[(reader.GetString(0), kind, reader.GetString(2))] = reader.GetString(3) == "confirmed" ? FlagStatus.Confirmed : FlagStatus.Dismissed;
            }
        }
    }

    public string DatabasePath { get; }

    /// <inheritdoc />
    public FlagStatus? Find(string documentId, SafeguardingKind kind, string spanKey) =>
        _decisions.TryGetValue((documentId, kind, spanKey), out var status) ? status : null;

    /// <summary>Records a decision and its audit line in one transaction.</summary>
    public void Decide(ReviewDecision decision, string findingId, string actor, string role)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Status == FlagStatus.Pending)
        {
            throw new ArgumentException("a decision confirms or dismisses", nameof(decision));
        }

        var now = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using (var upsert = connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO decisions (document_id, kind, span_key, status, decided_at) VALUES ($d, $k, $s, $st, $at)
                ON CONFLICT (document_id, kind, span_key) DO UPDATE SET status = excluded.status, decided_at = excluded.decided_at
                """;
            upsert.Parameters.AddWithValue("$d", decision.DocumentId);
            upsert.Parameters.AddWithValue("$k", decision.Kind.ToCode());
            upsert.Parameters.AddWithValue("$s", decision.SpanKey);
            upsert.Parameters.AddWithValue("$st", decision.Status.ToCode());
            upsert.Parameters.AddWithValue("$at", now);
            upsert.ExecuteNonQuery();
        }

        Append(connection, transaction, now, actor, role, decision.Status == FlagStatus.Confirmed ? "confirm" : "dismiss", findingId, decision.Kind.ToCode(), null);
        transaction.Commit();
        _decisions[(decision.DocumentId, decision.Kind, decision.SpanKey)] = decision.Status;
    }

    /// <summary>Appends an audit line for an action that is not a decision (an export, say).</summary>
    public void Audit(string actor, string role, string action, string? findingId = null, string? detail = null)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        Append(connection, transaction, _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture), actor, role, action, findingId, null, detail);
        transaction.Commit();
    }

    /// <summary>The audit log, newest first, from the <paramref name="offset"/>-th newest line on.</summary>
    public IReadOnlyList<AuditEntry> ReadAudit(int limit, int offset = 0)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, at, actor, role, action, finding_id, kind, detail FROM audit ORDER BY seq DESC LIMIT $n OFFSET $o";
        command.Parameters.AddWithValue("$n", limit);
        command.Parameters.AddWithValue("$o", Math.Max(0, offset));
        using var reader = command.ExecuteReader();
        var entries = new List<AuditEntry>();
        while (reader.Read())
        {
            entries.Add(new AuditEntry(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return entries;
    }

    /// <summary>How many lines the audit log holds.</summary>
    public int CountAudit()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM audit";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Append(SqliteConnection connection, SqliteTransaction transaction, string at, string actor, string role, string action, string? findingId, string? kind, string? detail)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO audit (at, actor, role, action, finding_id, kind, detail) VALUES ($at, $a, $r, $ac, $f, $k, $d)";
        insert.Parameters.AddWithValue("$at", at);
        insert.Parameters.AddWithValue("$a", actor);
        insert.Parameters.AddWithValue("$r", role);
        insert.Parameters.AddWithValue("$ac", action);
        insert.Parameters.AddWithValue("$f", (object?)findingId ?? DBNull.Value);
        insert.Parameters.AddWithValue("$k", (object?)kind ?? DBNull.Value);
        insert.Parameters.AddWithValue("$d", (object?)detail ?? DBNull.Value);
        insert.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
