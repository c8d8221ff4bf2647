using Knowledge.Core.Taxonomy;
using Knowledge.Lucene;

namespace Knowledge.Cli.Indexing;

/// <summary>Opens the embedded index in a data folder the way the server does (same layout: index/, files/).</summary>
internal static class DataFolder
{
    public static (LuceneEvidenceIndex? Index, string? Error) Open(DirectoryInfo folder, EvidenceTaxonomy taxonomy)
    {
        try
        {
            Directory.CreateDirectory(folder.FullName);
            return (LuceneEvidenceIndex.Open(folder.FullName, taxonomy, TimeProvider.System), null);
        }
        catch (IndexLockedException ex)
        {
            return (null, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"dossier de données inutilisable « {folder.FullName} » : {ex.Message}");
        }
    }

    /// <summary>Opens the index for a command; on failure prints why and gives the exit code to return.</summary>
    public static (LuceneEvidenceIndex? Index, int ExitCode) OpenForCommand(DirectoryInfo folder, EvidenceTaxonomy taxonomy, bool mustExist)
    {
        if (mustExist && !Directory.Exists(folder.FullName))
        {
            Console.Error.WriteLine($"erreur : dossier de données introuvable : {folder.FullName}");
            return (null, ExitCodes.Usage);
        }

        var (index, error) = Open(folder, taxonomy);
        if (index is null)
        {
            Console.Error.WriteLine($"erreur : {error}");
            return (null, ExitCodes.SomeFailed);
        }

        return (index, ExitCodes.Ok);
    }

    /// <summary>Loads the taxonomy for a command; on failure prints why and returns null (a usage error).</summary>
    public static EvidenceTaxonomy? TaxonomyForCommand(DirectoryInfo? folder)
    {
        var (taxonomy, error) = Taxonomy(folder);
        if (taxonomy is null)
        {
            Console.Error.WriteLine($"erreur : {error}");
        }

        return taxonomy;
    }

    public static (EvidenceTaxonomy? Taxonomy, string? Error) Taxonomy(DirectoryInfo? folder)
    {
        try
        {
            return (EvidenceTaxonomy.Load(folder?.FullName), null);
        }
        catch (TaxonomyException ex)
        {
            return (null, ex.Message);
        }
    }
}
