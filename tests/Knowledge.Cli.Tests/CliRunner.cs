using System.Diagnostics;

namespace Knowledge.Cli.Tests;

/// <summary>Runs the real CLI (the built knowledge.dll) as a child process, as a user would.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Out, string Err)> RunAsync(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "knowledge.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>A new folder holding <paramref name="markdown"/> as <c>niger.md</c>, ingested by the CLI into its <c>data</c> folder.</summary>
    public static async Task<(string Folder, string Data)> IngestedAsync(string markdown)
    {
        var folder = TempFolder();
        File.WriteAllText(Path.Combine(folder, "niger.md"), markdown);
        var data = Path.Combine(folder, "data");
        Assert.Equal(0, (await RunAsync("ingest", folder, "--data", data)).ExitCode);
        return (folder, data);
    }

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "knowledge-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
