using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Knowledge.Generators.Tests.Exports;

/// <summary>
/// Runs citation-js (RIS, BibTeX and CSL-JSON parsers) through node on an exported file and gives
/// back the CSL items it read. Without node or the npm packages the tests fail, naming
/// tests/install-deps.sh: a parser test that skips would let CI pass without parsing anything.
/// </summary>
internal static class CitationJs
{
    private static readonly string Folder = typeof(CitationJs).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CitationJsFolder").Value!;

    public static JsonElement Parse(string format, byte[] file)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@citation-js", "plugin-ris")))
        {
            Assert.Fail($"citation-js absent de {Folder} : lancez tests/install-deps.sh (npm ci dans ce dossier).");
        }

        var path = Path.Combine(Path.GetTempPath(), $"knowledge-citations-{Guid.NewGuid():N}.{format}");
        File.WriteAllBytes(path, file);
        try
        {
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = Folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("parse.mjs");
            start.ArgumentList.Add(format);
            start.ArgumentList.Add(path);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception ex)
            {
                Assert.Fail($"node introuvable ({ex.Message}) : lancez tests/install-deps.sh (paquet nodejs).");
                throw;
            }

            using (process)
            {
                var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
                var stdout = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, $"citation-js a refusé le fichier {format} : {stderr.Result}");
                using var json = JsonDocument.Parse(stdout);
                return json.RootElement.Clone();
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
