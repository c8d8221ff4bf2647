namespace Knowledge.SampleLibrary.Tests;

/// <summary>Finds the committed sample library from the test's bin folder by walking up to the solution.</summary>
internal static class SampleLibraryFolders
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Sources => Path.Combine(RepositoryRoot, "ingest", "SampleLibrary", "sources");

    public static string Library => Path.Combine(RepositoryRoot, "ingest", "SampleLibrary", "library");

    public static string EvalQuestions => Path.Combine(RepositoryRoot, "ingest", "SampleLibrary", "eval", "questions.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Knowledge.sln")))
                return dir.FullName;
        }

        throw new DirectoryNotFoundException($"Knowledge.sln not found above {AppContext.BaseDirectory}");
    }
}
