using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Knowledge.Ingest.Tools;

/// <summary>
/// The Debian tools ingestion runs (pdftoppm, Tesseract, Apertium): one process at a time, with a time limit, its
/// standard input written and its output read side by side, and killed with its children when the limit or the caller
/// stops it.
/// </summary>
internal static class ExternalProcess
{
    /// <summary>Runs <paramref name="command"/> and returns its exit code, standard output and standard error.</summary>
    /// <param name="command">The executable.</param>
    /// <param name="arguments">Its arguments, each passed as one.</param>
    /// <param name="timeout">Longest time it may take.</param>
    /// <param name="cancellationToken">Stops it (the process is killed).</param>
    /// <param name="input">Written to its standard input (UTF-8), which is then closed; none when null.</param>
    /// <param name="environment">Variables added to its environment.</param>
    /// <exception cref="TimeoutException">It ran past <paramref name="timeout"/>; the message names it.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(
        string command,
        IReadOnlyList<string> arguments,
        TimeSpan timeout,
        CancellationToken cancellationToken,
        string? input = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(command)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            CreateNoWindow = true,
        };
        if (input is not null)
        {
            start.StandardInputEncoding = new UTF8Encoding(false);
            start.StandardOutputEncoding = Encoding.UTF8;
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} n'a pas démarré");
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var output = process.StandardOutput.ReadToEndAsync(limit.Token);
        var error = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input.AsMemory(), limit.Token).ConfigureAwait(false);
                process.StandardInput.Close();
            }

            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            return (process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(command)} a dépassé {timeout.TotalSeconds:0} s"));
        }
    }

    /// <summary>The French clause that names Debian packages to install: « installez le paquet x (apt-get install x) ».</summary>
    public static string InstallHint(IReadOnlyList<string> packages) =>
        $"installez {(packages.Count == 1 ? "le paquet" : "les paquets")} {string.Join(", ", packages)} (apt-get install {string.Join(' ', packages)})";
}
