using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;
using static Knowledge.Ingest.Tests.Fixtures.TestDocx;

namespace Knowledge.Ingest.Tests.Extraction;

/// <summary>Word files have no fixed pages: every finding is cited by a locator the file really has.</summary>
public class DocxLocatorTests
{
    // Each paragraph is long enough (40+ words) to be a finding of its own.
    private static string Long(string topic) =>
        $"Au Niger, les équipes de terrain observent que {topic} touche d'abord les enfants des familles les plus pauvres, " +
        "qui quittent l'école tôt pour travailler ou se marier. Les services sociaux manquent de moyens pour les suivre, " +
        "et les associations locales demandent un financement durable des dispositifs communautaires de protection.";

    [Fact]
    public async Task Docx_WithoutRecordedPages_CitesSectionAndParagraphNeverAPage()
    {
        var bytes = Build(
            "Note Niger",
            Heading(1, "Contexte"),
            Para(Long("la pauvreté")),
            Para(Long("la déscolarisation")),
            Heading(1, "Causes"),
            Heading(2, "Pauvreté"),
            Para(Long("l'endettement")),
            Para(Long("la migration saisonnière")),
            Para(Long("l'insécurité alimentaire")));

        var result = await IngestRun.RunAsync(bytes, "note.docx");

        Assert.Equal(IngestStatus.Ingested, result.Status);
        Assert.Equal(0, result.Document!.Pages);
        var locators = result.Findings.Select(f => (f.Page, f.PageEnd, f.Section, f.Paragraph)).ToList();
        Assert.Equal(
            [(0, 0, "1", 1), (0, 0, "1", 2), (0, 0, "2.1", 1), (0, 0, "2.1", 2), (0, 0, "2.1", 3)],
            locators);
        var migration = Assert.Single(result.Findings, f => f.Text.Contains("migration saisonnière", StringComparison.Ordinal));
        Assert.Equal("Note Niger, s. d., § 2.1, al. 2", migration.Citation.Format("fr"));
        Assert.Equal("Note Niger, n.d., § 2.1, para. 2", migration.Citation.Format("en"));
    }

    [Fact]
    public async Task Docx_WithRecordedPageBreaks_CitesOnlyPagesTheFileHas()
    {
        var bytes = Build(
            "Rapport Mali",
            Heading(1, "Contexte"),
            Para(Long("la pauvreté")),
            PageBreak(),
            Para(Long("la déscolarisation")),
            ParaOverRenderedBreak(Long("l'endettement").TrimEnd('.') + " et", " ses effets durent des années dans les villages visités."),
            Para("Dans les sites d'orpaillage du Mali, les enquêteurs ont rencontré des enfants qui travaillent dix heures par jour, exposés au mercure et aux éboulements, loin de leurs familles et de toute école, et dont les parents"),
            new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                new DocumentFormat.OpenXml.Wordprocessing.Run(
                    new DocumentFormat.OpenXml.Wordprocessing.LastRenderedPageBreak(),
                    new DocumentFormat.OpenXml.Wordprocessing.Text("ignorent souvent les risques encourus."))),
            PageBreak(),
            // Word writes a rendered break where the explicit one opened the page: still page 5, not 6.
            new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                new DocumentFormat.OpenXml.Wordprocessing.Run(
                    new DocumentFormat.OpenXml.Wordprocessing.LastRenderedPageBreak(),
                    new DocumentFormat.OpenXml.Wordprocessing.Text(Long("le travail domestique")))));

        var result = await IngestRun.RunAsync(bytes, "rapport.docx");

        Assert.Equal(IngestStatus.Ingested, result.Status);
        Assert.Equal(5, result.Document!.Pages);
        Assert.All(result.Findings, f => Assert.InRange(f.Page, 1, 5));
        Assert.All(result.Findings, f => Assert.InRange(f.PageEnd, f.Page, 5));
        Assert.Equal([(1, 1), (2, 2), (2, 3), (3, 4), (5, 5)], result.Findings.Select(f => (f.Page, f.PageEnd)).ToList());

        // The sentence a page break cut in two is one finding, with no line break inside it.
        var mines = Assert.Single(result.Findings, f => f.Text.Contains("orpaillage", StringComparison.Ordinal));
        Assert.Contains("dont les parents ignorent souvent", mines.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', mines.Text);
        Assert.Equal("Rapport Mali, s. d., pp. 3-4", mines.Citation.Format("fr"));
    }

    [Fact]
    public async Task Docx_SectionNumberPrintedInHeading_IsTheOneCited()
    {
        var bytes = Build("Stratégie", Heading(1, "3 Priorités"), Heading(2, "3.2 Justice adaptée aux enfants"), Para(Long("la détention")));

        var result = await IngestRun.RunAsync(bytes, "strategie.docx");

        var finding = Assert.Single(result.Findings);
        Assert.Equal("3.2", finding.Section);
        Assert.Equal("Stratégie, s. d., § 3.2, al. 1", finding.Citation.Format("fr"));
    }
}

/// <summary>The sample library's Word file, checked against the file itself read another way (the SDK's tree).</summary>
public class SampleLibraryDocxLocatorTests
{
    [Fact]
    public async Task SampleLibraryDocx_EveryFindingCarriesALocatorThatExistsInTheFile()
    {
        var path = Path.Combine(TestFiles.RepositoryRoot, "ingest", "SampleLibrary", "library", "mr-apercu-pays-2024.docx");
        var result = await IngestRun.Pipeline().IngestFileAsync(path, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(IngestStatus.Ingested, result.Status);

        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var breaks = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.LastRenderedPageBreak>().Count()
            + body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Break>().Count(b => b.Type?.Value == DocumentFormat.OpenXml.Wordprocessing.BreakValues.Page);

        // Paragraphs (and tables) by the heading above them and their rank under it.
        var byLocator = new Dictionary<(string Heading, int Rank), string>();
        var heading = string.Empty;
        var rank = 0;
        foreach (var element in body.ChildElements)
        {
            var text = string.Join(' ', element.InnerText.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var style = (element as DocumentFormat.OpenXml.Wordprocessing.Paragraph)?.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            if (style is not null && (style.StartsWith("Heading", StringComparison.Ordinal) || style == "Title"))
            {
                (heading, rank) = (text, 0);
            }
            else if (element is DocumentFormat.OpenXml.Wordprocessing.Table table)
            {
                byLocator[(heading, ++rank)] = string.Join(' ', table.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText));
            }
            else if (element is DocumentFormat.OpenXml.Wordprocessing.Paragraph && text.Length > 0)
            {
                byLocator[(heading, ++rank)] = text;
            }
        }

        Assert.NotEmpty(result.Findings);
        foreach (var f in result.Findings)
        {
            if (f.Page > 0)
            {
                Assert.True(breaks > 0, "une page citée alors que le fichier n'en enregistre aucune");
                Assert.InRange(f.PageEnd, f.Page, breaks + 1);
                continue;
            }

            Assert.Equal(0, breaks);
            var under = f.SectionPath.Count > 0 ? f.SectionPath[^1] : string.Empty;
            Assert.True(byLocator.TryGetValue((under, f.Paragraph), out var paragraph), $"{f.Citation} : aucun paragraphe {f.Paragraph} sous « {under} »");
            var start = f.Text.Split('\n')[0];
            var table = start.Contains(" | ", StringComparison.Ordinal);
            var probe = table ? start.Split(" | ")[0] : start[..Math.Min(30, start.Length)];
            Assert.Contains(probe, paragraph, StringComparison.Ordinal);
            Assert.Matches(@", (\d{4}|s\. d\.), (§ [\d.]+, )?al\. \d+(-\d+)?$", f.Citation.Format("fr"));
        }
    }
}
