using Knowledge.Ingest.Indexing;
using Knowledge.Ingest.Pipeline;
using Knowledge.Worker.Sweeping;

namespace Knowledge.Worker.Tests.Fixtures;

/// <summary>Counts how often the pipeline is asked to extract, by file name.</summary>
internal sealed class CountingIngestor(IDocumentIngestor inner) : IDocumentIngestor
{
    private int _extractions;

    public int Extractions => _extractions;

    public List<string> Files { get; } = [];

    /// <summary>Set to say whether OCR is installed, whatever this machine has.</summary>
    public bool? OcrAvailableOverride { get; set; }

    public bool OcrAvailable => OcrAvailableOverride ?? inner.OcrAvailable;

    public string? OcrProblem => inner.OcrProblem;

    public async Task<IndexedFile> IngestAsync(byte[] content, string fileName, IngestRequest? request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _extractions);
        lock (Files)
        {
            Files.Add(fileName);
        }

        return await inner.IngestAsync(content, fileName, request, cancellationToken);
    }

    public async Task<IngestResult> ExtractAsync(byte[] content, string fileName, IngestRequest? request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _extractions);
        return await inner.ExtractAsync(content, fileName, request, cancellationToken);
    }
}
