namespace Knowledge.Tests;

/// <summary>
/// The one way tests and benchmarks reach files outside their project: the repository (the folder
/// holding Knowledge.sln, found from the binaries upwards), the committed sample library, and
/// <c>../shared</c> beside the repository (corpus, Elasticsearch specifications). Linked into every
/// test project by <c>tests/Directory.Build.props</c>, so there is one copy of the search.
/// </summary>
internal static class TestFiles
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);
    private static readonly Lazy<string> SharedRoot = new(FindShared);

    /// <summary>The repository root (the folder holding Knowledge.sln).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>A path in the repository.</summary>
    public static string InRepository(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    /// <summary>A path in the committed sample library (<c>ingest/SampleLibrary</c>).</summary>
    public static string SampleLibrary(params string[] parts) => Path.Combine([RepositoryRoot, "ingest", "SampleLibrary", .. parts]);

    /// <summary>A path in <c>../shared</c>.</summary>
    public static string Shared(params string[] parts) => Path.Combine([SharedRoot.Value, .. parts]);

    /// <summary>The test corpus, <c>../shared/corpus</c>.</summary>
    public static string Corpus => Shared("corpus");

    /// <summary>A corpus file that must exist; its absence is a set-up error named as such.</summary>
    public static string CorpusFile(string relative)
    {
        var path = Path.Combine(Corpus, relative);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Fichier du corpus de test absent : {path}. Le corpus doit se trouver dans ../shared/corpus à côté du dépôt.", path);
        }

        return path;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Knowledge.sln")))
            {
                return dir.FullName;
            }
        }

        // Benchmarks may also run from the repository itself (dotnet run --project …).
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Knowledge.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Knowledge.sln introuvable au-dessus de {AppContext.BaseDirectory} : lancez les tests depuis le dépôt.");
    }

    // ../shared beside the repository root; a git worktree nested deeper (wt/NAME) finds it further up.
    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(RepositoryRoot).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"../shared introuvable à côté de {RepositoryRoot} : le dossier partagé (corpus, spécifications) doit se trouver à côté du dépôt.");
    }
}
