using System.CommandLine;
using Knowledge.Cli.Indexing;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators;
using Knowledge.Generators.Audiences;
using Knowledge.Generators.Requests;
using Knowledge.Generators.Templates;

namespace Knowledge.Cli.Generating;

/// <summary>
/// <c>generate &lt;messages|regional-strategy|national-plan|position-note|donor-brief|tracker|deck&gt; … --data DIR --out FILE</c>:
/// writes an evidence-backed document as DOCX (or Markdown when FILE ends in .md), a national plan's
/// advocacy tracker as XLSX, or the synthesis deck of a plan or a strategy as PPTX.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("type") { Description = "messages | regional-strategy | national-plan | position-note | donor-brief | tracker | deck" };
        kind.AcceptOnlyFromAmong("messages", "regional-strategy", "national-plan", "position-note", "donor-brief", "tracker", "deck");
        var data = new Option<DirectoryInfo>("--data") { Description = "Dossier de données / data folder", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Fichier produit (.docx ou .md ; .xlsx pour tracker, .pptx pour deck) / output file", Required = true };
        var basis = new Option<string?>("--basis") { Description = "Base de la présentation (deck) : national-plan | regional-strategy ; par défaut, selon --country ou --region / what the deck is based on" };
        basis.AcceptOnlyFromAmong("national-plan", "regional-strategy");
        var baseUrl = new Option<string?>("--base-url") { Description = "Adresse du serveur, pour les liens vers les constats du tableau de suivi / server address for the tracker's finding links" };
        var country = new Option<string?>("--country") { Description = "Code pays ISO / country code" };
        var region = new Option<string?>("--region") { Description = "Code de région / region code" };
        var themes = new Option<string[]>("--theme") { Description = "Code de thème (répétable) / theme code" };
        var audience = new Option<string?>("--audience") { Description = "Public visé (messages) / audience" };
        var language = new Option<string>("--language") { Description = "fr | en", DefaultValueFactory = _ => "fr" };
        language.AcceptOnlyFromAmong("fr", "en");
        var period = new Option<string?>("--period") { Description = "Période, ex. 2026-2028 / period" };
        var templates = new Option<DirectoryInfo?>("--templates")
        {
            Description = "Dossier de modèles modifiés (templates.fr.json, templates.en.json, audiences.json, taxonomie) / folder of edited templates",
        };

        var command = new Command("generate", "Produit un document de plaidoyer fondé sur les preuves / generate an evidence-backed document")
        {
            kind, data, output, country, region, themes, audience, language, period, templates, basis, baseUrl,
        };
        command.SetAction((parse, ct) => RunAsync(
            new Arguments(parse.GetValue(kind)!, parse.GetValue(data)!, parse.GetValue(output)!, parse.GetValue(country), parse.GetValue(region),
                parse.GetValue(themes) ?? [], parse.GetValue(audience), parse.GetValue(language)!, parse.GetValue(period), parse.GetValue(templates),
                parse.GetValue(basis), parse.GetValue(baseUrl)),
            ct));
        return command;
    }

    private sealed record Arguments(
        string Kind, DirectoryInfo Data, FileInfo Output, string? Country, string? Region, string[] Themes, string? Audience, string Language,
        string? Period, DirectoryInfo? Templates, string? Basis, string? BaseUrl);

    private static async Task<int> RunAsync(Arguments a, CancellationToken ct)
    {
        var (kind, data, output, country, region, themes, audience, language, period, templates) = (a.Kind, a.Data, a.Output, a.Country, a.Region, a.Themes, a.Audience, a.Language, a.Period, a.Templates);
        var year = TimeProvider.System.GetUtcNow().Year;
        var (start, end) = (year, year + 2);
        if (period is not null)
        {
            var parts = period.Split('-', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !int.TryParse(parts[0], out start) || !int.TryParse(parts[1], out end))
            {
                Console.Error.WriteLine("erreur : --period attend deux années, par exemple 2026-2028.");
                return ExitCodes.Usage;
            }
        }

        Uri? server = null;
        if (a.BaseUrl is not null && (!Uri.TryCreate(a.BaseUrl, UriKind.Absolute, out server) || server.Scheme is not ("http" or "https")))
        {
            Console.Error.WriteLine($"erreur : --base-url attend une adresse http(s) complète, par exemple https://kb.example.org (reçu : « {a.BaseUrl} »).");
            return ExitCodes.Usage;
        }

        // A deck rests on a plan (a country) or a strategy (a region); a tracker on a plan.
        var basis = kind switch
        {
            "deck" => a.Basis ?? (region is not null && country is null ? "regional-strategy" : "national-plan"),
            "tracker" => "national-plan",
            _ => kind,
        };
        GenerationRequest request = basis switch
        {
            "messages" => new MessagesRequest { Country = country, Region = region, Audience = audience ?? string.Empty, Themes = themes, Language = language },
            "regional-strategy" => new RegionalStrategyRequest { Region = region ?? string.Empty, PeriodStart = start, PeriodEnd = end, Themes = themes, Language = language },
            "national-plan" => new NationalPlanRequest { Country = country ?? string.Empty, PeriodStart = start, PeriodEnd = end, Themes = themes, Language = language },
            "donor-brief" => new DonorBriefRequest { Country = country, Region = region, Themes = themes, Language = language },
            _ => new PositionNoteRequest { Country = country ?? string.Empty, Themes = themes, Language = language },
        };

        var taxonomy = DataFolder.TaxonomyForCommand(templates);
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
            TemplateCatalog catalog;
            AudienceCatalog audiences;
            try
            {
                catalog = TemplateCatalog.Load(templates?.FullName);
                audiences = AudienceCatalog.Load(templates?.FullName);
            }
            catch (Exception ex) when (ex is TemplateException or TaxonomyException)
            {
                Console.Error.WriteLine($"erreur : {ex.Message}");
                return ExitCodes.Usage;
            }

            var service = new GenerationService(index, taxonomy, audiences, TimeProvider.System, catalog);
            var validation = service.Validate(request);
            if (!validation.IsValid)
            {
                foreach (var e in validation.Errors)
                {
                    Console.Error.WriteLine($"erreur : {e.Field} : {e.Message.Get(language)}");
                }

                return ExitCodes.Usage;
            }

            if (kind == "tracker")
            {
                var tracker = await service.GenerateTrackerAsync((NationalPlanRequest)request, ct);
                var link = server is null ? null : (Func<Knowledge.Generators.Documents.EvidenceSource, string>)(s => new Uri(server, "/findings/" + Uri.EscapeDataString(s.FindingId)).AbsoluteUri);
                await File.WriteAllBytesAsync(output.FullName, GenerationService.RenderXlsx(tracker, link), ct);
                Console.Error.WriteLine($"« {tracker.Title} » écrit dans {output.FullName} ({tracker.Sheets.Count} feuilles, {tracker.Quotes().Count()} citations).");
                return ExitCodes.Ok;
            }

            if (kind == "deck")
            {
                var deck = await service.GenerateDeckAsync(request, ct);
                await File.WriteAllBytesAsync(output.FullName, GenerationService.RenderPptx(deck), ct);
                Console.Error.WriteLine($"« {deck.Title} » écrit dans {output.FullName} ({deck.Slides.Count} diapositives, {deck.Quotes().Count()} citations).");
                return ExitCodes.Ok;
            }

            var document = await service.GenerateAsync(request, ct);
            if (output.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase))
            {
                await File.WriteAllTextAsync(output.FullName, GenerationService.RenderMarkdown(document), ct);
            }
            else
            {
                await File.WriteAllBytesAsync(output.FullName, GenerationService.RenderDocx(document), ct);
            }

            Console.Error.WriteLine($"« {document.Title} » écrit dans {output.FullName} ({document.Quotes().Count()} citations).");
            return ExitCodes.Ok;
        }
    }
}
