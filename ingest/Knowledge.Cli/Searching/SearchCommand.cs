using System.CommandLine;
using System.Net;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Exports;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Knowledge.Cli.Searching;

/// <summary>
/// <c>search "&lt;query&gt;" --data DIR [--country X] [--theme Y]</c>: a readable table of the best findings, searched as the
/// server searches (the same settings and engine, the query understood the same way), with what was understood.
/// </summary>
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
            : RunAsync(parse.GetValue(query)!, parse.GetValue(data)!, parse.GetValue(country) ?? [], parse.GetValue(theme) ?? [], parse.GetValue(region) ?? [], parse.GetValue(limit), parse.GetValue(export.Language)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(string text, DirectoryInfo data, string[] countries, string[] themes, string[] regions, int limit, string language, CancellationToken ct)
    {
        if (limit is < 1 or > EvidenceQuery.MaxPageSize)
        {
            Console.Error.WriteLine($"erreur : --limit doit être compris entre 1 et {EvidenceQuery.MaxPageSize}.");
            return ExitCodes.Usage;
        }

        var (host, exitCode) = await SearchHost.StartAsync(data, ct);
        if (host is null)
        {
            return exitCode;
        }

        // The engines are IAsyncDisposable only: the host must be disposed asynchronously.
        await using ((IAsyncDisposable)host)
        {
            if (SearchHost.Query(host, text, countries, themes, regions) is not { } query)
            {
                return ExitCodes.Usage;
            }

            var results = await host.Services.GetRequiredService<IEvidenceIndex>().SearchAsync(query with { PageSize = limit, Facets = false }, ct);

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
            // What the search understood, as the search page says it: the concepts named, what was also searched, notices.
            var taxonomy = host.Services.GetRequiredService<EvidenceTaxonomy>();
            var lines = new[] { UnderstandingText.Summary(UnderstandingText.Concepts(query.Plan, taxonomy, language), language), UnderstandingText.AlsoSearched(query.Plan, language) }
                .Concat(UnderstandingText.Notices(results, language).Select(n => n.Message));
            foreach (var line in lines.OfType<string>())
            {
                console.MarkupLine(Markup.Escape(line));
            }

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
