namespace Knowledge.SearchApi.BrowserTests.Fixtures;

/// <summary>
/// Measurements for a human report (axe results, page weights), appended to the file named by
/// <c>KNOWLEDGE_BROWSER_REPORT</c> when set; the test output carries them too.
/// </summary>
public static class Report
{
    private static readonly Lock Gate = new();

    public static void Append(string what, string page, string text)
    {
        if (Environment.GetEnvironmentVariable("KNOWLEDGE_BROWSER_REPORT") is not { Length: > 0 } path)
        {
            return;
        }

        lock (Gate)
        {
            File.AppendAllText(path, $"## {what} — {page}{Environment.NewLine}{text}{Environment.NewLine}{Environment.NewLine}");
        }
    }
}
