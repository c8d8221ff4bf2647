using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;

namespace Knowledge.Ingest.Tests.Extraction;

public class PdfExtractionTests
{
    private const string Body1 =
        "Au Niger, le mariage des enfants reste très répandu dans les régions rurales où les familles marient leurs filles tôt pour des raisons économiques. " +
        "Les organisations locales signalent que les filles mariées quittent l'école plus tôt et sont exposées à des grossesses précoces. " +
        "Les comités villageois de protection jouent un rôle essentiel dans la prévention et le signalement des cas.";

    private const string Body2 =
        "La traite des enfants à des fins d'exploitation sexuelle touche aussi les sites d'orpaillage, où des adolescentes sont recrutées sous de fausses promesses d'emploi. " +
        "Les services sociaux manquent de moyens pour identifier les victimes et les orienter vers une prise en charge adaptée. " +
        "Les enquêtes judiciaires aboutissent rarement faute de preuves et de coordination entre les services.";

    private const string Body3 =
        "Les plateformes numériques facilitent la sollicitation d'enfants en ligne et la diffusion de contenus d'abus sexuels. " +
        "Peu de pays de la région disposent d'une unité spécialisée dans la cybercriminalité capable de traiter ces affaires. " +
        "Les parents et les enseignants demandent davantage d'information sur les risques et les moyens de protection.";

    [Fact]
    public async Task Extract_RunningHeadersFootersAndPageNumbers_AreRemoved()
    {
        using var pdf = new TestPdf();
        string[] bodies = [Body1, Body2, Body3];
        for (var p = 1; p <= 3; p++)
        {
            pdf.Page()
               .Text(40, 25, "11/22/26, 5:07 PM", 8)
               .Text(250, 25, "Aperçu national – Niger 2024", 8)
               .Text(40, 825, "https://example.org/rapports/apercu-niger.html", 8)
               .Text(540, 825, $"{p}/3", 8);
            pdf.Paragraph(57, 80, 480, bodies[p - 1]);
        }

        var bytes = pdf.Save();
        var result = await IngestRun.RunAsync(bytes);

        Assert.Equal(IngestStatus.Ingested, result.Status);
        var text = IngestRun.AllText(result);
        Assert.DoesNotContain("5:07", text);
        Assert.DoesNotContain("Aperçu national", text);
        Assert.DoesNotContain("example.org", text);
        Assert.DoesNotContain("/3", text);
        Assert.Contains("mariage des enfants reste très répandu", text);
        Assert.Contains("sites d'orpaillage", text);
        Assert.Contains("cybercriminalité", text);
    }

    [Fact]
    public async Task Extract_TwoColumnPage_KeepsColumnOrder()
    {
        using var pdf = new TestPdf().Page();
        pdf.Text(57, 60, "Situation régionale", 16, bold: true);
        var endLeft = pdf.Paragraph(57, 100, 230, Body1 + " " + Body2);
        pdf.Paragraph(310, 100, 230, Body3);

        var result = await IngestRun.RunAsync(pdf.Save());

        var text = IngestRun.AllText(result);
        var leftEnd = text.IndexOf("coordination entre les services", StringComparison.Ordinal);
        var rightStart = text.IndexOf("Les plateformes numériques", StringComparison.Ordinal);
        Assert.True(leftEnd >= 0 && rightStart >= 0, text);
        Assert.True(leftEnd < rightStart, "la colonne de gauche doit précéder celle de droite : " + text);
        Assert.True(endLeft > 200);
        Assert.Contains("Au Niger, le mariage des enfants reste très répandu dans les régions rurales", text);
    }

    [Fact]
    public async Task Extract_LineEndHyphenation_IsUndoneButCompoundsKept()
    {
        using var pdf = new TestPdf().Page();
        var y = 80.0;
        string[] lines =
        [
            "Les filles sont victimes d'exploi-",
            "tation sexuelle dans plusieurs villes frontalières avec la Guinée-",
            "Bissau, où les contrôles sont rares. Cette situation peut-",
            "être expliquée par la pauvreté et par l'absence de services de pro-",
            "tection de l'enfance dans les zones rurales éloignées du pays.",
        ];
        foreach (var line in lines)
        {
            pdf.Text(57, y, line);
            y += 15;
        }

        pdf.Paragraph(57, y + 15, 480, Body1);
        var result = await IngestRun.RunAsync(pdf.Save());

        var text = IngestRun.AllText(result);
        Assert.Contains("d'exploitation sexuelle", text);
        Assert.Contains("Guinée-Bissau", text);
        Assert.Contains("peut-être expliquée", text);
        Assert.Contains("services de protection de l'enfance", text);
        Assert.DoesNotContain("exploi-", text);
    }

    [Fact]
    public async Task Extract_Ligatures_AreExpanded()
    {
        using var pdf = new TestPdf().Page();
        pdf.Paragraph(57, 80, 480, "Les eﬀorts de prévention sont insuﬃsants et le ﬁnancement des services reste ﬂuctuant selon les années. " + Body1);

        var result = await IngestRun.RunAsync(pdf.Save());

        var text = IngestRun.AllText(result);
        Assert.Contains("efforts de prévention sont insuffisants", text);
        Assert.Contains("financement", text);
        Assert.Contains("fluctuant", text);
        Assert.DoesNotContain("ﬁ", text);
    }

    [Fact]
    public async Task Extract_Headings_BecomeSectionPath()
    {
        using var pdf = new TestPdf().Page();
        pdf.Text(57, 60, "Burkina Faso : aperçu national", 20, bold: true);
        pdf.Text(57, 100, "Mariage des enfants", 15, bold: true);
        var y = pdf.Paragraph(57, 125, 480, Body1);
        pdf.Text(57, y + 20, "Traite des enfants", 15, bold: true);
        pdf.Paragraph(57, y + 45, 480, Body2);

        var result = await IngestRun.RunAsync(pdf.Save());

        var marriage = Assert.Single(result.Findings, f => f.Text.Contains("comités villageois", StringComparison.Ordinal));
        Assert.Equal(["Burkina Faso : aperçu national", "Mariage des enfants"], marriage.SectionPath);
        var trafficking = Assert.Single(result.Findings, f => f.Text.Contains("orpaillage", StringComparison.Ordinal));
        Assert.Equal(["Burkina Faso : aperçu national", "Traite des enfants"], trafficking.SectionPath);
        Assert.DoesNotContain(result.Findings, f => f.Text.StartsWith("Mariage des enfants", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extract_NumberedHeadingsOfOneSize_NestByTheirNumbers()
    {
        using var pdf = new TestPdf().Page();
        pdf.Text(57, 60, "Niger : aperçu national", 20, bold: true);
        pdf.Text(57, 100, "1. Mariage des enfants", 14, bold: true);
        pdf.Text(57, 125, "1.1 Ampleur du phénomène", 14, bold: true);
        var y = pdf.Paragraph(57, 150, 480, Body1);
        pdf.Text(57, y + 20, "1.2 Exploitation dans les sites miniers", 14, bold: true);
        y = pdf.Paragraph(57, y + 45, 480, Body2);
        pdf.Text(57, y + 20, "2. Abus en ligne", 14, bold: true);
        pdf.Paragraph(57, y + 45, 480, Body3);

        var result = await IngestRun.RunAsync(pdf.Save());

        string[] Path(string words) => [.. Assert.Single(result.Findings, f => f.Text.Contains(words, StringComparison.Ordinal)).SectionPath];
        Assert.Equal(["Niger : aperçu national", "1. Mariage des enfants", "1.1 Ampleur du phénomène"], Path("comités villageois"));
        Assert.Equal(["Niger : aperçu national", "1. Mariage des enfants", "1.2 Exploitation dans les sites miniers"], Path("orpaillage"));
        Assert.Equal(["Niger : aperçu national", "2. Abus en ligne"], Path("cybercriminalité"));
    }

    [Theory]
    [InlineData(7.0)] // word processors
    [InlineData(9.2)] // browsers print <sup> at about 83 % of the text size
    public async Task Extract_SuperscriptMarkers_LinkToNotesSection(double markerSize)
    {
        using var pdf = new TestPdf().Page();
        const string first = "Selon l'enquête démographique, 76 % des femmes de 20 à 24 ans ont été mariées avant 18 ans";
        pdf.Text(57, 80, first);
        var x = 57 + pdf.Measure(first) + 1;
        pdf.Text(x, 76, "1", markerSize);
        pdf.Paragraph(57, 95, 480, "et les écarts entre régions restent importants. " + Body1);
        pdf.Text(57, 300, "Notes", 15, bold: true);
        pdf.Text(57, 325, "1 Institut national de la statistique, enquête démographique et de santé, 2012.");

        var result = await IngestRun.RunAsync(pdf.Save());

        var finding = Assert.Single(result.Findings, f => f.Text.Contains("76 %", StringComparison.Ordinal));
        Assert.Contains("mariées avant 18 ans et les écarts", finding.Text);
        var note = Assert.Single(finding.Notes);
        Assert.StartsWith("Institut national de la statistique", note);
        Assert.DoesNotContain(result.Findings, f => f.Text.Contains("Institut national de la statistique", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extract_ParagraphAcrossPageBreak_IsJoined()
    {
        using var pdf = new TestPdf().Page();
        pdf.Paragraph(57, 760, 480, "Les autorités ont adopté en 2020 un plan national de lutte contre la traite qui prévoit la création de centres d'accueil pour les");
        pdf.Page();
        pdf.Paragraph(57, 80, 480, "enfants victimes dans chaque région, mais leur financement n'est toujours pas assuré par le budget de l'État. " + Body2);

        var result = await IngestRun.RunAsync(pdf.Save());

        var finding = Assert.Single(result.Findings, f => f.Text.Contains("centres d'accueil", StringComparison.Ordinal));
        Assert.Contains("centres d'accueil pour les enfants victimes dans chaque région", finding.Text);
        Assert.Equal(1, finding.Page);
        Assert.Equal(2, finding.PageEnd);
    }

    [Fact]
    public async Task Extract_Table_KeptAsReadableRows()
    {
        using var pdf = new TestPdf().Page();
        pdf.Paragraph(57, 60, 480, "Le tableau suivant présente la proportion de femmes de 20 à 24 ans mariées avant 18 ans selon les dernières enquêtes nationales disponibles.");
        double[] cols = [57, 220, 380];
        string[][] rows =
        [
            ["Pays", "Mariées avant 18 ans", "Source"],
            ["Niger", "76 %", "EDSN-MICS 2012"],
            ["Burkina Faso", "52 %", "EDS 2010"],
            ["Guinée", "47 %", "EDS 2018"],
        ];
        var y = 120.0;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                pdf.Text(cols[c], y, row[c]);
            }

            y += 18;
        }

        var result = await IngestRun.RunAsync(pdf.Save());

        var text = IngestRun.AllText(result);
        Assert.Contains("Niger | 76 % | EDSN-MICS 2012", text);
        Assert.Contains("Burkina Faso | 52 % | EDS 2010", text);
        Assert.Contains("Pays | Mariées avant 18 ans | Source", text);
    }

    [Fact]
    public async Task Extract_LongParagraph_SplitAtSentencesWithinWordLimits()
    {
        var sentences = Enumerable.Range(1, 40).Select(i => $"La phrase numéro {i} décrit une observation de terrain sur la protection des enfants dans la région du Sahel central.");
        using var pdf = new TestPdf().Page();
        var y = pdf.Paragraph(57, 60, 480, string.Join(" ", sentences.Take(20)), leading: 14);
        pdf.Page();
        pdf.Paragraph(57, 60, 480, string.Join(" ", sentences.Skip(20)), leading: 14);

        var result = await IngestRun.RunAsync(pdf.Save());

        Assert.True(y > 300);
        Assert.True(result.Findings.Count >= 2);
        foreach (var f in result.Findings)
        {
            var words = f.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(words, 40, 350);
            Assert.EndsWith(".", f.Text);
        }

        Assert.Contains("La phrase numéro 40 décrit", IngestRun.AllText(result));
    }

    [Fact]
    public async Task Extract_EncryptedWithUserPassword_NeedsIt()
    {
        using var pdf = new TestPdf().Page();
        pdf.Paragraph(57, 80, 480, Body1);
        var bytes = pdf.Save(userPassword: "secret");

        var without = await IngestRun.RunAsync(bytes);
        var with = await IngestRun.RunAsync(bytes, request: new IngestRequest { Passwords = ["secret"] });
        var wrong = await IngestRun.RunAsync(bytes, request: new IngestRequest { Passwords = ["nope"] });

        Assert.Equal(IngestStatus.Failed, without.Status);
        Assert.Equal("chiffré : mot de passe requis", without.Reason);
        Assert.Equal("chiffré : mot de passe incorrect", wrong.Reason);
        Assert.Equal(IngestStatus.Ingested, with.Status);
        Assert.Contains("comités villageois", IngestRun.AllText(with));
    }

    [Fact]
    public async Task Extract_EncryptedWithEmptyUserPassword_OpensWithoutOne()
    {
        using var pdf = new TestPdf().Page();
        pdf.Paragraph(57, 80, 480, Body1);

        var result = await IngestRun.RunAsync(pdf.Save(ownerPassword: "owner-only"));

        Assert.Equal(IngestStatus.Ingested, result.Status);
        Assert.Contains("comités villageois", IngestRun.AllText(result));
    }

    [Fact]
    public async Task Extract_NeitherTextNorImage_IsRefusedWithoutOcr()
    {
        using var pdf = new TestPdf().Page().Rectangle(50, 50, 300, 200);

        var result = await IngestRun.RunAsync(pdf.Save());

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Equal("no-text", result.ReasonCode);
        Assert.Equal("aucun texte : les pages ne portent ni texte ni image", result.Reason);
        Assert.Empty(result.OcrPages);
    }

    [Fact]
    public async Task Extract_SameFileTwice_YieldsSameIds()
    {
        using var pdf = new TestPdf().Page();
        pdf.Paragraph(57, 80, 480, Body1 + " " + Body2);
        var bytes = pdf.Save();

        var a = await IngestRun.RunAsync(bytes, "a.pdf");
        var b = await IngestRun.RunAsync(bytes, "renamed.pdf");

        Assert.Equal(a.Findings.Select(f => f.Id), b.Findings.Select(f => f.Id));
        Assert.Equal(a.Document!.Id, b.Document!.Id);
        Assert.All(a.Findings, f => Assert.StartsWith(a.Document.Id + "-", f.Id));
    }

    [Fact]
    public async Task Extract_NotAPdf_IsReportedNotThrown()
    {
        var result = await IngestRun.RunAsync("MZ\u0090\u0000 this is not a pdf at all"u8.ToArray(), "rapport.pdf");

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.StartsWith("fichier PDF illisible", result.Reason);
    }
}
