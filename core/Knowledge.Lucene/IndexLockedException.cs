namespace Knowledge.Lucene;

/// <summary>The index folder is already open in another process (or another instance in this one).</summary>
public sealed class IndexLockedException : IOException
{
    /// <summary>Creates the exception.</summary>
    public IndexLockedException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public IndexLockedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public IndexLockedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    internal static IndexLockedException ForFolder(string indexFolder, Exception inner) =>
        new($"L'index « {indexFolder} » est déjà ouvert par un autre processus (serveur en cours ?). Arrêtez-le ou choisissez un autre dossier de données.", inner);
}
