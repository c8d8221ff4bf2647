namespace Knowledge.Ingest.Tests.Fixtures;

/// <summary>The one way tests reach files outside the test project: the repository and ../shared.</summary>
internal static class Paths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Corpus => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    public static string CorpusFile(string relative)
    {
        var path = Path.Combine(Corpus, relative);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Fichier du corpus de test absent : {path}. Le corpus doit se trouver dans ../shared/corpus à côté du dépôt.", path);
        }

        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Knowledge.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Knowledge.sln introuvable au-dessus du dossier des tests.");
    }
}
