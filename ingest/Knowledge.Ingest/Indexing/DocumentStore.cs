namespace Knowledge.Ingest.Indexing;

/// <summary>
/// Keeps a copy of every ingested original under <c>{data}/files/{documentId}{ext}</c>, so a
/// citation can be opened at its page whatever happened to the file it came from.
/// </summary>
public sealed class DocumentStore
{
    private readonly string _root;

    public DocumentStore(string dataFolder)
    {
        _root = Path.Combine(Path.GetFullPath(dataFolder), "files");
    }

    /// <summary>The folder holding the originals.</summary>
    public string Root => _root;

    /// <summary>Stores the bytes (once per document id) and returns the stored path.</summary>
    public async Task<string> SaveAsync(string documentId, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_root);
        var path = PathFor(documentId, fileName);
        if (!File.Exists(path))
        {
            // Write beside and move, so a crash never leaves a half-written original behind.
            var temp = path + ".tmp-" + Guid.NewGuid().ToString("N");
            await File.WriteAllBytesAsync(temp, content, cancellationToken);
            File.Move(temp, path, overwrite: true);
        }

        return path;
    }

    /// <summary>The stored file of a document, or null when none is kept.</summary>
    public string? Find(string documentId)
    {
        if (!Directory.Exists(_root) || documentId.Any(c => !char.IsAsciiLetterOrDigit(c)))
        {
            return null;
        }

        return Directory.EnumerateFiles(_root, documentId + ".*").FirstOrDefault(f => !f.Contains(".tmp-", StringComparison.Ordinal));
    }

    /// <summary>Deletes a document's stored original, if any.</summary>
    public void Delete(string documentId)
    {
        if (Find(documentId) is { } path)
        {
            File.Delete(path);
        }
    }

    private string PathFor(string documentId, string fileName)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (ext.Length > 10 || ext.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '.'))
        {
            ext = ".bin";
        }

        return Path.Combine(_root, documentId + ext);
    }
}
