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
