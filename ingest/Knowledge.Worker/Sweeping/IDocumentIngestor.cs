using Knowledge.Core.Search;
using Knowledge.Ingest.Indexing;
using Knowledge.Ingest.Pipeline;

namespace Knowledge.Worker.Sweeping;

/// <summary>
/// The worker's door into the one ingestion path (<see cref="EvidenceIngestor"/> and
/// <see cref="IngestPipeline"/>). A seam so tests can count extractions: moved and copied files
/// must never reach it.
/// </summary>
public interface IDocumentIngestor
{
    /// <summary>Extracts, stores the original and writes the findings to the live index.</summary>
    Task<IndexedFile> IngestAsync(byte[] content, string fileName, IngestRequest? request, CancellationToken cancellationToken);

    /// <summary>Extracts only (full rebuilds write into the new index themselves).</summary>
    Task<IngestResult> ExtractAsync(byte[] content, string fileName, IngestRequest? request, CancellationToken cancellationToken);

    /// <summary>Scanned pages can be read (Tesseract installed and enabled).</summary>
    bool OcrAvailable => false;

    /// <summary>What keeps OCR from running, naming the Debian package to install; null when nothing does.</summary>
    string? OcrProblem => null;

    /// <summary>What keeps passages from being machine-translated, naming the Debian packages to install; null when nothing does.</summary>
    string? TranslationProblem => null;
}

/// <summary>The production ingestor: the shared pipeline, writing through the resilient index.</summary>
internal sealed class PipelineDocumentIngestor(IngestPipeline pipeline, IEvidenceIndex resilientIndex, DocumentStore store) : IDocumentIngestor
{
    private readonly EvidenceIngestor _ingestor = new(pipeline, resilientIndex, store);

    public Task<IndexedFile> IngestAsync(byte[] content, string fileName, IngestRequest? request, CancellationToken cancellationToken) =>
        _ingestor.IngestAsync(content, fileName, request, cancellationToken);

    public Task<IngestResult> ExtractAsync(byte[] content, string fileName, IngestRequest? request, CancellationToken cancellationToken) =>
        pipeline.IngestAsync(content, fileName, request, cancellationToken);

    public bool OcrAvailable => pipeline.OcrAvailable;

    public string? OcrProblem => pipeline.OcrProblem;

    public string? TranslationProblem => pipeline.TranslationProblem;
}
