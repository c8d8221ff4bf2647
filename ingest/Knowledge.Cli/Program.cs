using System.CommandLine;
using Knowledge.Cli.Extract;
using Knowledge.Cli.Generating;
using Knowledge.Cli.Indexing;
using Knowledge.Cli.Reindex;
using Knowledge.Cli.Retag;
using Knowledge.Cli.Searching;

var root = new RootCommand("Knowledge : base de preuves pour le plaidoyer en protection de l'enfance / evidence base for child-protection advocacy");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(ReindexCommand.Create());
root.Subcommands.Add(RetagCommand.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"erreur : {error.Message}");
    }

    Console.Error.WriteLine("Voir « knowledge --help ».");
    return ExitCodes.Usage;
}

return await parse.InvokeAsync();

/// <summary>Process exit codes shared by every command.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int Usage = 2;
}
