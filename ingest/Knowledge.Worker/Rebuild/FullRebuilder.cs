using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Ingest.Indexing;
using Knowledge.Ingest.Pipeline;
using Knowledge.Worker.Ledger;
using Knowledge.Worker.Runs;
using Knowledge.Worker.Sweeping;
using System.Security.Cryptography;

namespace Knowledge.Worker.Rebuild;

/// <summary>
/// Full rebuild: every document of the registry is extracted again from its stored original into a
/// new index beside the live one, which is swapped in only when all are in. A failure or a kill
/// before the swap leaves the live index as it was. Descriptions people gave (title, year, kind,
/// countries, publisher, language) are carried over; only the passages are cut again.
/// </summary>
public sealed class FullRebuilder(IEvidenceIndex index, IDocumentIngestor ingestor, DocumentStore store, IngestLedger ledger)
{
    private const int PageSize = 100;

    public async Task RebuildAsync(IngestRun run, List<RunIssue> issues, CancellationToken cancellationToken)
    {
        var documents = await AllDocumentsAsync(cancellationToken);
        var ledgerPaths = ledger.Files()
            .Where(e => e.DocumentId is not null)
            .GroupBy(e => e.DocumentId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Path).ToList(), StringComparer.Ordinal);

        await using var rebuild = await index.BeginRebuildAsync(cancellationToken);
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = await OriginalAsync(document.Id, document.Sha256, ledgerPaths.GetValueOrDefault(document.Id) ?? [], cancellationToken);
            if (bytes is not null)
            {
                var result = await ingestor.ExtractAsync(bytes, document.FileName, RequestFrom(document), cancellationToken);
                if (result is { Status: IngestStatus.Ingested, Document: { } extracted })
                {
                    await rebuild.AddDocumentAsync(
                        extracted with { StoredPath = document.StoredPath, AddedAt = document.AddedAt },
                        result.Findings,
                        cancellationToken);
                    run.Counts.Rebuilt++;
                    continue;
                }

                issues.Add(new RunIssue(document.FileName, result.ReasonCode ?? "failed", $"relecture impossible ({result.Reason}) : passages précédents conservés"));
            }
            else
            {
                issues.Add(new RunIssue(document.FileName, "no-original", "original introuvable : passages précédents conservés"));
            }

            // Nothing is lost: a document that cannot be read again keeps the findings it had.
            await rebuild.AddDocumentAsync(document, await index.GetDocumentFindingsAsync(document.Id, cancellationToken), cancellationToken);
        }

        // Whatever the ledger says was indexed: a document it records that the live index lost is
        // read again from its stored original, so a rebuild never carries a loss forward.
        var known = documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var lost = ledger.Files()
            .Where(e => e.DocumentId is not null && !known.Contains(e.DocumentId))
            .GroupBy(e => e.DocumentId!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var entries in lost)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sha = entries.First().Sha256;
            var shown = entries.Select(e => e.Path).FirstOrDefault(p => !p.StartsWith(store.Root, StringComparison.Ordinal)) ?? entries.First().Path;
            var bytes = await OriginalAsync(entries.Key, sha, [.. entries.Select(e => e.Path)], cancellationToken);
            if (bytes is null)
            {
                issues.Add(new RunIssue(shown, "no-original", "document absent de l'index et original introuvable"));
                continue;
            }

            var result = await ingestor.ExtractAsync(bytes, Path.GetFileName(shown), null, cancellationToken);
            if (result is { Status: IngestStatus.Ingested, Document: { } restored })
            {
                var stored = store.Find(restored.Id) ?? await store.SaveAsync(restored.Id, Path.GetFileName(shown), bytes, cancellationToken);
                await rebuild.AddDocumentAsync(restored with { StoredPath = stored }, result.Findings, cancellationToken);
                run.Counts.Rebuilt++;
            }
            else
            {
                issues.Add(new RunIssue(shown, result.ReasonCode ?? "failed", $"relecture impossible ({result.Reason})"));
            }
        }

        await rebuild.CommitAsync(cancellationToken);
    }

    private async Task<List<SourceDocument>> AllDocumentsAsync(CancellationToken cancellationToken)
    {
        var all = new List<SourceDocument>();
        for (var page = 1; ; page++)
        {
            var batch = await index.ListDocumentsAsync(page, PageSize, cancellationToken);
            all.AddRange(batch.Items);
            if (batch.Items.Count < PageSize || all.Count >= batch.Total)
            {
                return all;
            }
        }
    }

    private async Task<byte[]?> OriginalAsync(string documentId, string sha256, List<string> ledgerPaths, CancellationToken cancellationToken)
    {
        IEnumerable<string?> candidates = [store.Find(documentId), .. ledgerPaths];
        foreach (var path in candidates.OfType<string>().Where(File.Exists))
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            if (string.Equals(Convert.ToHexStringLower(SHA256.HashData(bytes)), sha256, StringComparison.OrdinalIgnoreCase))
            {
                return bytes;
            }
        }

        return null;
    }

    private static IngestRequest RequestFrom(SourceDocument d) => new()
    {
        Title = d.Title,
        Year = d.Year,
        Kind = d.Kind,
        Countries = d.Countries,
        Publisher = d.Publisher,
        Language = d.Language,
    };
}
