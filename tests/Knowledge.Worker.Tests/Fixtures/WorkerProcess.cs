using System.Diagnostics;

namespace Knowledge.Worker.Tests.Fixtures;

/// <summary>Starts the real worker executable (<c>Knowledge.WorkerHost.dll --once</c>) as a child process.</summary>
internal static class WorkerProcess
{
    public static Process Start(string data, string watched, params string[] extra)
    {
        var worker = Path.Combine(AppContext.BaseDirectory, "Knowledge.WorkerHost.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            worker, "--once",
            $"--Knowledge:DataPath={data}",
            $"--Knowledge:Ingest:Folders:0={watched}",
            "--Logging:LogLevel:Default=Warning",
            "--Knowledge:Ingest:TranslationEnabled=false", // what is measured is recovery, not search: no second a file for Apertium
        }.Concat(extra))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Polls <paramref name="condition"/> while the process runs (bounded, no fixed sleep); true when it held before the process ended.</summary>
    public static bool WaitUntil(Process process, Func<bool> condition, int maxPolls = 3000)
    {
        for (var polls = 0; polls < maxPolls && !process.HasExited; polls++)
        {
            if (condition())
            {
                return true;
            }

            process.WaitForExit(10);
        }

        return !process.HasExited && condition();
    }
}
