using Knowledge.Ingest.Translation;
using Knowledge.Tests;

namespace Knowledge.Ingest.Tests.Fixtures;

/// <summary>Apertium's French–Spanish and English–Spanish pairs, which the pipeline translates passages with.</summary>
internal static class MachineTranslation
{
    /// <summary>
    /// Skips the test when Apertium or one of its two pairs is missing, naming the packages and the script that
    /// installs them; under CI (<c>CI=true</c>), where <c>tests/install-deps.sh</c> has run, fails it.
    /// </summary>
    public static void RequireInstalled()
    {
        var missing = new ApertiumTranslator().Availability.MissingPackages;
        if (missing.Count > 0)
        {
            Prerequisites.Missing($"Traduction automatique indisponible : lancez tests/install-deps.sh ({string.Join(", ", missing)}).");
        }
    }
}
