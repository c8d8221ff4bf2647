namespace Knowledge.Elasticsearch.Tests;

/// <summary>The one way tests reach shared fixtures: <c>../shared</c> beside the repository root (the folder holding Knowledge.sln).</summary>
internal static class SharedFiles
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    public static string RepoRoot => Root.Value;

    private static readonly Lazy<string> Shared = new(FindShared);

    public static string Elasticsearch(params string[] parts) => Path.Combine([Shared.Value, "elasticsearch", .. parts]);

    // ../shared beside the repository root; a git worktree nested deeper (wt/NAME) finds it further up.
    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(RepoRoot).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "elasticsearch")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"../shared/elasticsearch introuvable à côté de {RepoRoot}.");
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Knowledge.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Knowledge.sln introuvable au-dessus de {AppContext.BaseDirectory}.");
    }
}
