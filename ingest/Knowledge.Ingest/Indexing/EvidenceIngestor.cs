using Knowledge.Core.Search;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Ingest.Indexing;

/// <summary>What happened to one file on its way into the index.</summary>
/// <param name="Ingest">Extraction outcome.</param>
/// <param name="Write">Index write outcome, when findings were written.</param>
public sealed record IndexedFile(IngestResult Ingest, IndexWriteResult? Write);

/// <summary>
/// File → findings → evidence index: extracts with the pipeline, keeps the original beside the
/// index and replaces the document's findings in one step. The one path every entry point uses
/// (CLI <c>ingest</c>, the server's sample library, the worker's sweeps and uploads).
/// </summary>
public sealed class EvidenceIngestor(IngestPipeline pipeline, IEvidenceIndex index, DocumentStore store)
{
    public async Task<IndexedFile> IngestFileAsync(string path, IngestRequest? request = null, CancellationToken cancellationToken = default)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return await IngestAsync(bytes, Path.GetFileName(path), request, cancellationToken);
    }

    public async Task<IndexedFile> IngestAsync(byte[] content, string fileName, IngestRequest? request = null, CancellationToken cancellationToken = default)
    {
        var result = await pipeline.IngestAsync(content, fileName, request, cancellationToken);
        if (result.Status != IngestStatus.Ingested || result.Document is null)
        {
            return new IndexedFile(result, null);
        }

        var stored = await store.SaveAsync(result.Document.Id, fileName, content, cancellationToken);
        var existing = await index.GetDocumentAsync(result.Document.Id, cancellationToken);
        var document = result.Document with
        {
            StoredPath = stored,
            AddedAt = existing?.AddedAt ?? result.Document.AddedAt,
        };
        var write = await index.UpsertDocumentAsync(document, result.Findings, cancellationToken);
        return new IndexedFile(result with { Document = document }, write);
    }
}
