using Knowledge.Ingest.Indexing;
using Knowledge.Ingest.Pipeline;
using Knowledge.Worker.Sweeping;

namespace Knowledge.Worker.Tests.Fixtures;

/// <summary>Holds the first extraction until released, so a test can act while a run is in the middle of a document.</summary>
internal sealed class GatedIngestor(IDocumentIngestor inner) : IDocumentIngestor
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    /// <summary>Completes when the first extraction has started.</summary>
    public Task Entered => _entered.Task;

    public void Release() => _release.TrySetResult();

    public bool OcrAvailable => inner.OcrAvailable;

    public string? OcrProblem => inner.OcrProblem;

    public async Task<IndexedFile> IngestAsync(byte[] content, string fileName, IngestRequest? request, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _calls) == 1)
        {
            _entered.TrySetResult();
            await _release.Task.WaitAsync(cancellationToken);
        }

        return await inner.IngestAsync(content, fileName, request, cancellationToken);
    }

    public Task<IngestResult> ExtractAsync(byte[] content, string fileName, IngestRequest? request, CancellationToken cancellationToken) =>
        inner.ExtractAsync(content, fileName, request, cancellationToken);
}
