using System.Globalization;

namespace Knowledge.Lucene.Storage;

/// <summary>
/// The layout of <c>{dataFolder}/index</c>: generation folders <c>gen-000N</c>, the pointer file
/// <c>current</c> naming the live one, and <c>engine.lock</c> held while a process has it open.
/// The pointer is replaced by write-then-rename, so a crash leaves either the old or the new name,
/// never half of one; generations the pointer does not name are leftovers and are deleted on open.
/// </summary>
internal sealed class IndexFolder : IDisposable
{
    private const string PointerFile = "current";
    private const string LockFile = "engine.lock";
    private const string GenerationPrefix = "gen-";

    private readonly FileStream _lock;

    private IndexFolder(string root, FileStream lockStream)
    {
        Root = root;
        _lock = lockStream;
    }

    public string Root { get; }

    /// <summary>Takes the folder for this process.</summary>
    /// <exception cref="IndexLockedException">Another process (or another instance) has it open.</exception>
    public static IndexFolder Acquire(string dataFolder)
    {
        var root = Path.GetFullPath(Path.Combine(dataFolder, "index"));
        Directory.CreateDirectory(root);
        try
        {
            // FileShare.None takes an OS-level exclusive lock; it is released if the process dies.
            var stream = new FileStream(Path.Combine(root, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new IndexFolder(root, stream);
        }
        catch (IOException ex)
        {
            throw IndexLockedException.ForFolder(root, ex);
        }
    }

    /// <summary>The live generation's name, or null for a new index.</summary>
    public string? ReadPointer()
    {
        var path = Path.Combine(Root, PointerFile);
        if (!File.Exists(path))
        {
            return null;
        }

        var name = File.ReadAllText(path).Trim();
        if (!IsGenerationName(name) || !Directory.Exists(Path.Combine(Root, name)))
        {
            throw new InvalidDataException(
                $"Le fichier « {path} » désigne l'index « {name} », introuvable : le dossier d'index est endommagé.");
        }

        return name;
    }

    public void WritePointer(string generation)
    {
        var path = Path.Combine(Root, PointerFile);
        var temp = path + ".tmp";
        using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(file))
        {
            writer.Write(generation);
            writer.Flush();
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    public string NextGenerationName()
    {
        var max = Generations().Select(Number).DefaultIfEmpty(0).Max();
        return GenerationPrefix + (max + 1).ToString("D4", CultureInfo.InvariantCulture);
    }

    /// <summary>Deletes every generation but <paramref name="keep"/>: rebuilds that never committed, or old live indexes.</summary>
    public void DeleteGenerationsExcept(string? keep)
    {
        foreach (var name in Generations())
        {
            if (name != keep)
            {
                DeleteGeneration(name);
            }
        }

        File.Delete(Path.Combine(Root, PointerFile + ".tmp"));
    }

    /// <summary>Best effort: a folder still held open elsewhere is left for the next start-up to remove.</summary>
    public void DeleteGeneration(string name)
    {
        try
        {
            Directory.Delete(Path.Combine(Root, name), recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public void Dispose() => _lock.Dispose();

    private IEnumerable<string> Generations() =>
        Directory.EnumerateDirectories(Root).Select(Path.GetFileName).OfType<string>().Where(IsGenerationName);

    private static bool IsGenerationName(string name) =>
        name.StartsWith(GenerationPrefix, StringComparison.Ordinal) && Number(name) > 0;

    private static int Number(string name) =>
        int.TryParse(name.AsSpan(GenerationPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
