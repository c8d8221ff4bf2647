namespace Knowledge.Tests;

/// <summary>
/// What a test does when something <c>tests/install-deps.sh</c> installs is missing: under CI (<c>CI=true</c>),
/// where the script has run, it fails; elsewhere it is skipped, the reason naming what to install.
/// </summary>
internal static class Prerequisites
{
    /// <summary>Fails the test under CI, skips it elsewhere, with <paramref name="reason"/>.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public static void Missing(string reason)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
    }
}
