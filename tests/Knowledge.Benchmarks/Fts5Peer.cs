using System.Diagnostics;
using System.Text;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Microsoft.Data.Sqlite;

namespace Knowledge.Benchmarks;

/// <summary>
/// A side-by-side peer for the index bench: SQLite FTS5 over the same findings and the same
/// queries. Text in an FTS5 table (unicode61 tokenizer, diacritics removed, no stemming: FTS5 has
/// none for French), filters and facet values in plain tables; a search is the top hits by bm25,
/// the total, and theme and country counts by GROUP BY — the same work the engine does per query.
/// Query text is the same plan the engine gets: each clause's words and glossary terms OR-ed,
/// clauses AND-ed, phrases as FTS5 phrases.
/// </summary>
internal sealed class Fts5Peer : IDisposable
{
    private readonly SqliteConnection _connection;

    public Fts5Peer(string path)
    {
        _connection = new SqliteConnection($"Data Source={path};Pooling=False");
        _connection.Open();
        Execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" +
            "CREATE VIRTUAL TABLE f USING fts5(text, tokenize='unicode61 remove_diacritics 2');" +
            "CREATE TABLE meta(rowid INTEGER PRIMARY KEY, year INTEGER, lang TEXT, kind TEXT);" +
            "CREATE TABLE theme(rowid INTEGER, code TEXT); CREATE TABLE country(rowid INTEGER, code TEXT);");
    }

    public long Rows { get; private set; }

    /// <summary>Adds findings in one transaction.</summary>
    public void Add(IEnumerable<Finding> findings)
    {
        using var tx = _connection.BeginTransaction();
        using var text = Command("INSERT INTO f(rowid, text) VALUES ($id, $text)", tx);
        using var meta = Command("INSERT INTO meta VALUES ($id, $year, $lang, $kind)", tx);
        using var theme = Command("INSERT INTO theme VALUES ($id, $code)", tx);
        using var country = Command("INSERT INTO country VALUES ($id, $code)", tx);
        foreach (var finding in findings)
        {
            var id = ++Rows;
            Run(text, ("$id", id), ("$text", finding.Text));
            Run(meta, ("$id", id), ("$year", finding.Year ?? 0), ("$lang", finding.Language), ("$kind", finding.Kind.ToCode()));
            foreach (var code in finding.Themes)
            {
                Run(theme, ("$id", id), ("$code", code));
            }

            foreach (var code in finding.Countries)
            {
                Run(country, ("$id", id), ("$code", code));
            }
        }

        tx.Commit();
    }

    /// <summary>Indexes for the filter and facet joins, once everything is in.</summary>
    public void Finish() => Execute("CREATE INDEX theme_row ON theme(rowid); CREATE INDEX country_row ON country(rowid); CREATE INDEX theme_code ON theme(code, rowid); CREATE INDEX country_code ON country(code, rowid); ANALYZE;");

    /// <summary>Runs one search (top hits, total, two facet counts) and returns the total and the elapsed milliseconds.</summary>
    public (long Total, double Ms) Search(EvidenceQuery query, QueryPlan plan)
    {
        var start = Stopwatch.GetTimestamp();
        var match = Match(plan);
        var where = new StringBuilder(match is null ? "WHERE 1" : "WHERE f MATCH $match");
        if (query.YearFrom is { } from)
        {
            where.Append(" AND m.year >= ").Append(from);
        }

        if (query.Languages.Count > 0)
        {
            where.Append(" AND m.lang IN (").Append(string.Join(',', query.Languages.Select(l => $"'{l}'"))).Append(')');
        }

        if (query.Kinds.Count > 0)
        {
            where.Append(" AND m.kind IN (").Append(string.Join(',', query.Kinds.Select(k => $"'{k.ToCode()}'"))).Append(')');
        }

        if (query.Themes.Count > 0)
        {
            where.Append(" AND +f.rowid IN (SELECT rowid FROM theme WHERE code IN (").Append(string.Join(',', query.Themes.Select(t => $"'{t}'"))).Append("))");
        }

        if (query.Countries.Count > 0)
        {
            where.Append(" AND +f.rowid IN (SELECT rowid FROM country WHERE code IN (").Append(string.Join(',', query.Countries.Select(c => $"'{c}'"))).Append("))");
        }

        // CROSS JOIN and the unary + keep SQLite from driving the search from the filter tables and
        // re-running the full-text match once per candidate row.
        var from_ = "FROM f CROSS JOIN meta m ON m.rowid = f.rowid " + where;
        var order = match is null ? "" : "ORDER BY bm25(f)";
        long total;
        using (var top = Command($"SELECT f.rowid {from_} {order} LIMIT {query.PageSize}", null))
        {
            Bind(top, match);
            using var reader = top.ExecuteReader();
            while (reader.Read())
            {
                _ = reader.GetInt64(0);
            }
        }

        using (var count = Command($"SELECT count(*) {from_}", null))
        {
            Bind(count, match);
            total = (long)count.ExecuteScalar()!;
        }

        foreach (var facet in new[] { "theme", "country" })
        {
            using var counts = Command($"SELECT x.code, count(*) FROM {facet} x WHERE x.rowid IN (SELECT f.rowid {from_}) GROUP BY x.code", null);
            Bind(counts, match);
            using var reader = counts.ExecuteReader();
            while (reader.Read())
            {
                _ = reader.GetInt64(1);
            }
        }

        return (total, Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>The FTS5 MATCH expression of a plan, or null when it has no words.</summary>
    private static string? Match(QueryPlan plan)
    {
        var clauses = new List<string>();
        foreach (var clause in plan.Clauses.Where(c => !c.IsPlace || plan.Clauses.All(o => o.IsPlace)))
        {
            var parts = clause.Alternatives.Select(a => a.Text).Concat(clause.Expansions)
                .Select(Phrase).Where(p => p.Length > 2).ToList();
            if (parts.Count > 0)
            {
                clauses.Add("(" + string.Join(" OR ", parts) + ")");
            }
        }

        var excluded = plan.Excluded.Select(e => Phrase(e.Text)).Where(p => p.Length > 2).ToList();
        if (clauses.Count == 0)
        {
            return null;
        }

        var match = string.Join(" AND ", clauses);
        return excluded.Count == 0 ? match : match + " NOT (" + string.Join(" OR ", excluded) + ")";
    }

    /// <summary>Words as an FTS5 phrase: letters and digits only, so no input is read as syntax.</summary>
    private static string Phrase(string text)
    {
        var words = System.Text.RegularExpressions.Regex.Split(text, @"[^\p{L}\p{N}]+").Where(w => w.Length > 0);
        return "\"" + string.Join(' ', words) + "\"";
    }

    private static void Bind(SqliteCommand command, string? match)
    {
        if (match is not null)
        {
            command.Parameters.AddWithValue("$match", match);
        }
    }

    private void Execute(string sql)
    {
        using var command = Command(sql, null);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command;
    }

    private static void Run(SqliteCommand command, params (string Name, object Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
