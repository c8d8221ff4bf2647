using System.CommandLine;
using System.Net;
using Knowledge.Cli.Indexing;
using Knowledge.Core.Search;
using Spectre.Console;

namespace Knowledge.Cli.Searching;

/// <summary><c>search "&lt;query&gt;" --data DIR [--country X] [--theme Y]</c>: a readable table of the best findings.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("requête") { Description = "Texte recherché : mots, \"phrase exacte\", -exclure, OR / query text" };
        var data = new Option<DirectoryInfo>("--data") { Description = "Dossier de données / data folder", Required = true };
        var country = new Option<string[]>("--country") { Description = "Code pays ISO (répétable) / country code" };
        var theme = new Option<string[]>("--theme") { Description = "Code de thème (répétable) / theme code" };
        var region = new Option<string[]>("--region") { Description = "Code de région (répétable) / region code" };
        var limit = new Option<int>("--limit") { Description = "Nombre de résultats / number of results", DefaultValueFactory = _ => 10 };
        var export = ExportCommand.Options();

        var command = new Command("search", "Cherche des passages dans l'index, ou les exporte (--export) / search findings, or export them")
        {
            query, data, country, theme, region, limit, export.Format, export.Out, export.BaseUrl, export.MaxRows, export.Language,
        };
        command.SetAction((parse, ct) => parse.GetValue(export.Format) is { } format
            ? ExportCommand.RunAsync(parse, export, format, parse.GetValue(query)!, parse.GetValue(data)!, parse.GetValue(country) ?? [], parse.GetValue(theme) ?? [], parse.GetValue(region) ?? [], ct)
            : RunAsync(parse.GetValue(query)!, parse.GetValue(data)!, parse.GetValue(country) ?? [], parse.GetValue(theme) ?? [], parse.GetValue(region) ?? [], parse.GetValue(limit), ct));
        return command;
    }

    private static async Task<int> RunAsync(string text, DirectoryInfo data, string[] countries, string[] themes, string[] regions, int limit, CancellationToken ct)
    {
        var taxonomy = DataFolder.TaxonomyForCommand(null);
        if (taxonomy is null)
        {
            return ExitCodes.Usage;
        }

        var unknown = countries.Where(c => taxonomy.FindCountry(c) is null).Select(c => $"pays « {c} »")
            .Concat(themes.Where(t => taxonomy.FindTheme(t) is null).Select(t => $"thème « {t} »"))
            .Concat(regions.Where(r => taxonomy.FindRegion(r) is null).Select(r => $"région « {r} »"))
            .ToList();
        if (unknown.Count > 0 || limit is < 1 or > EvidenceQuery.MaxPageSize)
        {
            foreach (var u in unknown)
            {
                Console.Error.WriteLine($"erreur : code inconnu : {u} (voir GET /api/taxonomy)");
            }

            if (limit is < 1 or > EvidenceQuery.MaxPageSize)
            {
                Console.Error.WriteLine($"erreur : --limit doit être compris entre 1 et {EvidenceQuery.MaxPageSize}.");
            }

            return ExitCodes.Usage;
        }

        var (index, exitCode) = DataFolder.OpenForCommand(data, taxonomy, mustExist: true);
        if (index is null)
        {
            return exitCode;
        }

        await using (index)
        {
            var results = await index.SearchAsync(new EvidenceQuery
            {
                Text = text,
                Countries = [.. countries.Select(c => c.ToUpperInvariant())],
                Themes = [.. themes.Select(t => taxonomy.FindTheme(t)!.Code)],
                Regions = [.. regions.Select(r => taxonomy.FindRegion(r)!.Code)],
                PageSize = limit,
                Facets = false,
            }, ct);

            var table = new Table().Border(TableBorder.Rounded).Expand();
            table.AddColumn("#");
            table.AddColumn("Passage");
            table.AddColumn("Source");
            var rank = 0;
            foreach (var hit in results.Hits)
            {
                rank++;
                var f = hit.Finding;
                table.AddRow(
                    new Markup(rank.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new Markup(ToMarkup(hit.Highlight ?? WebUtility.HtmlEncode(f.Text))),
                    new Markup(Markup.Escape($"{f.Citation.Format("fr")}\n{string.Join(", ", f.Countries)} · {string.Join(", ", f.Themes)}\n{f.Id}")));
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
            console.Write(table);
            console.MarkupLine(Markup.Escape($"{results.Total} passage(s) trouvé(s)."));
            return ExitCodes.Ok;
        }
    }

    /// <summary>The highlighter's HTML (escaped text and &lt;mark&gt;) as Spectre markup.</summary>
    internal static string ToMarkup(string highlight)
    {
        const string open = "\u0001", close = "\u0002";
        var marked = highlight.Replace("<mark>", open, StringComparison.Ordinal).Replace("</mark>", close, StringComparison.Ordinal);
        return Markup.Escape(WebUtility.HtmlDecode(marked)).Replace(open, "[bold yellow]", StringComparison.Ordinal).Replace(close, "[/]", StringComparison.Ordinal);
    }
}
