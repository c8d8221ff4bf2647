using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Knowledge.Core.Evidence;
using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;

namespace Knowledge.Ingest.Tests.Extraction;

public class WordAndTextExtractionTests
{
    private const string Para1 =
        "En Mauritanie, les filles issues des familles les plus pauvres sont mariées plus tôt que les autres, souvent avant la fin de l'école primaire. " +
        "Les organisations de la société civile relèvent que les mariages sont rarement enregistrés à l'état civil, ce qui rend l'âge des épouses difficile à établir.";

    private const string Para2 =
        "Le Code général de protection de l'enfant fixe à dix-huit ans l'âge de la majorité et interdit toute forme d'exploitation sexuelle des enfants. " +
        "Son application reste limitée faute de moyens pour les brigades de protection des mineurs et de formation des magistrats.";

    [Fact]
    public async Task Docx_HeadingsTablesAndFootnotes_BecomeFindings()
    {
        var bytes = BuildDocx();

        var result = await IngestRun.RunAsync(bytes, "apercu-mauritanie.docx");

        Assert.Equal(IngestStatus.Ingested, result.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", result.Document!.MediaType);
        Assert.Equal("Aperçu pays : Mauritanie", result.Document.Title);
        var marriage = Assert.Single(result.Findings, f => f.Text.Contains("état civil", StringComparison.Ordinal));
        Assert.Equal(["Mariage des enfants"], marriage.SectionPath);
        Assert.Contains(marriage.Notes, n => n.Contains("MICS 2015", StringComparison.Ordinal));
        var table = Assert.Single(result.Findings, f => f.Table is not null);
        Assert.Contains("Mauritanie — Taux : 37 % — Source : MICS 2015", table.Text.Split('\n'));
        Assert.Equal(["Mauritanie", "37 %", "MICS 2015"], table.Table!.Rows[0]);
        Assert.Contains("MR", marriage.Countries);
    }

    [Fact]
    public async Task Docx_WithoutText_IsReportedNotThrown()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            doc.AddMainDocumentPart().Document = new Document(new Body(new Paragraph()));
        }

        var result = await IngestRun.RunAsync(stream.ToArray(), "vide.docx");

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Equal("no-text", result.ReasonCode);
    }

    [Fact]
    public async Task Markdown_FrontMatterHeadingsListsTablesAndNotes_AreRead()
    {
        var md = $"""
            ---
            title: Note de position – Guinée
            year: 2024
            kind: policy-brief
            ---
            # Contexte

            {Para1} La Guinée[^1] est aussi concernée.

            ## Recommandations

            Le réseau recommande aux autorités :

            - d'adopter un plan national de lutte contre le mariage des enfants doté d'un budget ;
            - de former les officiers d'état civil à l'enregistrement systématique des mariages ;
            - de soutenir le maintien des filles à l'école secondaire dans les régions rurales.

            | Pays | Taux |
            |---|---|
            | Guinée | 47 % |

            [^1]: EDS 2018, Institut national de la statistique.
            """;

        var result = await IngestRun.RunAsync(System.Text.Encoding.UTF8.GetBytes(md), "note.md");

        Assert.Equal(IngestStatus.Ingested, result.Status);
        Assert.Equal("Note de position – Guinée", result.Document!.Title);
        Assert.Equal(2024, result.Document.Year);
        Assert.Equal(DocumentKind.PolicyBrief, result.Document.Kind);
        var context = Assert.Single(result.Findings, f => f.Text.Contains("rarement enregistrés", StringComparison.Ordinal));
        Assert.Equal(["EDS 2018, Institut national de la statistique."], context.Notes);
        Assert.DoesNotContain("[^1]", context.Text);
        var asks = Assert.Single(result.Findings, f => f.Text.Contains("plan national", StringComparison.Ordinal));
        Assert.Equal(["Contexte", "Recommandations"], asks.SectionPath);
        var table = Assert.Single(result.Findings, f => f.Text.Contains("47 %", StringComparison.Ordinal));
        Assert.Contains("Guinée — Taux : 47 %", table.Text.Split('\n'));
        Assert.Equal(["Pays", "Taux"], table.Table!.Columns);
    }

    [Fact]
    public async Task UnknownFormat_IsSkippedWithAReason()
    {
        var result = await IngestRun.RunAsync([0x4D, 0x5A, 0x90, 0x00, 0x03], "programme.exe");

        Assert.Equal(IngestStatus.Skipped, result.Status);
        Assert.StartsWith("format non pris en charge", result.Reason);
    }

    private static byte[] BuildDocx()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            doc.PackageProperties.Title = "Aperçu pays : Mauritanie";
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new Style(new StyleName { Val = "heading 1" }, new StyleParagraphProperties(new OutlineLevel { Val = 0 }))
            {
                Type = StyleValues.Paragraph,
                StyleId = "Heading1",
            });
            var footnotes = main.AddNewPart<FootnotesPart>();
            footnotes.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new Text("separator")))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new Text("ONS, enquête MICS 2015.")))) { Id = 1 });

            Paragraph Heading(string text) => new(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text(text)));
            Paragraph Body(string text, bool note = false)
            {
                var p = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                if (note)
                {
                    p.Append(new Run(new FootnoteReference { Id = 1 }));
                }

                return p;
            }

            TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell(new Paragraph(new Run(new Text(c))))));
            main.Document = new Document(new Body(
                Heading("Mariage des enfants"),
                Body(Para1, note: true),
                new Table(Row("Pays", "Taux", "Source"), Row("Mauritanie", "37 %", "MICS 2015")),
                Heading("Cadre juridique"),
                Body(Para2)));
        }

        return stream.ToArray();
    }
}
