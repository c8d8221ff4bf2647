using Knowledge.Core.Safeguarding;
using Knowledge.Core.Taxonomy;
using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Safeguarding;
using Knowledge.Worker.Safeguarding;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Knowledge.Worker.Tests.Safeguarding;

public sealed class ReviewStoreTests : IDisposable
{
    private const string Text =
        "Selon l'enquête, Hadiza, victime de traite, a été exploitée à Maradi. Pour tout signalement, appeler le +227 90 12 34 56, " +
        "numéro tenu par les travailleurs sociaux du district, qui orientent les enfants vers les services de protection et de prise en charge adaptés.";

    private readonly string _data = Directory.CreateTempSubdirectory("review").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Decisions_SurviveARestartAndAReingest_DismissedShownConfirmedRedacted()
    {
        var first = await Ingest(new ReviewStore(_data, _time));
        Assert.Equal(2, first.Safeguarding.Count);
        Assert.All(first.Safeguarding, f => Assert.Equal(FlagStatus.Pending, f.Status));

        var store = new ReviewStore(_data, _time);
        var name = first.Safeguarding.Single(f => f.Kind == SafeguardingKind.Name);
        var phone = first.Safeguarding.Single(f => f.Kind == SafeguardingKind.Phone);
        store.Decide(new ReviewDecision(first.DocumentId, name.Kind, SafeguardingReview.SpanKey(name.Text), FlagStatus.Confirmed), first.Id, "documentaliste", "editor");
        store.Decide(new ReviewDecision(first.DocumentId, phone.Kind, SafeguardingReview.SpanKey(phone.Text), FlagStatus.Dismissed), first.Id, "documentaliste", "editor");

        // A new store reads the decisions from disk, as after a restart or a full rebuild.
        var again = await Ingest(new ReviewStore(_data, _time));

        Assert.DoesNotContain("Hadiza", again.Text, StringComparison.Ordinal);
        Assert.Contains("[détail masqué], victime de traite", again.Text, StringComparison.Ordinal);
        Assert.Contains("+227 90 12 34 56", again.Text, StringComparison.Ordinal);
        Assert.Equal(FlagStatus.Confirmed, again.Safeguarding.Single(f => f.Kind == SafeguardingKind.Name).Status);
        Assert.Equal(FlagStatus.Dismissed, again.Safeguarding.Single(f => f.Kind == SafeguardingKind.Phone).Status);
        var forReaders = again.ForReaders();
        Assert.Contains("+227 90 12 34 56", forReaders.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hadiza", forReaders.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditLog_IsAppendOnly_AndHoldsNoFlaggedText()
    {
        var store = new ReviewStore(_data, _time);
        store.Decide(new ReviewDecision("doc", SafeguardingKind.Name, SafeguardingReview.SpanKey("Hadiza"), FlagStatus.Confirmed), "doc-0001", "documentaliste", "editor");
        _time.Advance(TimeSpan.FromMinutes(5));
        store.Audit("exploitation", "admin", "export", detail: "csv");

        var log = store.ReadAudit(10);
        Assert.Equal(["export", "confirm"], log.Select(e => e.Action));
        Assert.Equal(_time.GetUtcNow(), log[0].At);
        Assert.Equal(("documentaliste", "editor", "doc-0001", "name"), (log[1].Actor, log[1].Role, log[1].FindingId, log[1].Kind));

        using var connection = new SqliteConnection($"Data Source={store.DatabasePath}");
        connection.Open();
        using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM audit";
        var ex = Assert.Throws<SqliteException>(() => delete.ExecuteNonQuery());
        Assert.Contains("append-only", ex.Message, StringComparison.Ordinal);
        using var dump = connection.CreateCommand();
        dump.CommandText = "SELECT group_concat(document_id || kind || span_key || status) FROM decisions";
        Assert.DoesNotContain("Hadiza", (string)dump.ExecuteScalar()!, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    private async Task<Knowledge.Core.Evidence.Finding> Ingest(ReviewStore store)
    {
        var pipeline = new IngestPipeline(EvidenceTaxonomy.Default, _time, decisions: store);
        var result = await pipeline.IngestAsync(System.Text.Encoding.UTF8.GetBytes(Text), "cas.txt", cancellationToken: Ct);
        return Assert.Single(result.Findings);
    }
}
