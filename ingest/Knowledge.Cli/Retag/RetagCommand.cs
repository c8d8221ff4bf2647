using System.CommandLine;
using Knowledge.Cli.Indexing;
using Knowledge.Ingest.Tagging;

namespace Knowledge.Cli.Retag;

/// <summary><c>retag --data DIR</c>: re-classifies the rhetorical roles of every indexed finding, without re-extraction.</summary>
internal static class RetagCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "Dossier de données / data folder", Required = true };
        var command = new Command("retag", "Reclasse les rôles des constats indexés sans réextraction / re-tag finding roles without re-extraction") { data };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(data)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo data, CancellationToken ct)
    {
        var taxonomy = DataFolder.TaxonomyForCommand(null);
        if (taxonomy is null)
        {
            return ExitCodes.Usage;
        }

        var (index, exitCode) = DataFolder.OpenForCommand(data, taxonomy, mustExist: true);
        if (index is null)
        {
            return exitCode;
        }

        await using (index)
        {
            var result = await RoleRetagger.RetagAsync(index, ct);
            Console.Error.WriteLine($"Index « {data.FullName} » : {result.Documents} documents, {result.Findings} passages relus, {result.Changed} reclassés.");
        }

        return ExitCodes.Ok;
    }
}
