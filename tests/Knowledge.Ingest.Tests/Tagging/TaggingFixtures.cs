namespace Knowledge.Ingest.Tests.Tagging;

/// <summary>Where the tagging fixtures are copied next to the test binaries.</summary>
internal static class TaggingFixtures
{
    public static string PathOf(string fileName) =>
        Path.Combine(AppContext.BaseDirectory, "Tagging", "Fixtures", fileName);
}
