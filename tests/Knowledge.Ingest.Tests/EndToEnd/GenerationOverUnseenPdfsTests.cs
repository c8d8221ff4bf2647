using System.Text.RegularExpressions;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators;
using Knowledge.Generators.Audiences;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Requests;
using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;
using Knowledge.Lucene;
using Microsoft.Extensions.Time.Testing;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// The generation rules, end to end, on documents nobody tuned the rules on: the tests write a
/// French country overview (Guinée) and an English thematic paper (Mauritania) as PDFs, the real
/// pipeline extracts, tags and classifies their sentences, and the generators draft from them. Each
/// source sentence is planted with the role it has, so a quote's role can be checked against the
/// source rather than against the classifier's own opinion.
/// </summary>
public sealed partial class GenerationOverUnseenPdfsTests(UnseenPdfEvidence evidence) : IClassFixture<UnseenPdfEvidence>
{
    internal const string GuineaTitle = "Aperçu pays : le mariage des enfants en Guinée";
    internal const string MauritaniaTitle = "Online child sexual exploitation in Mauritania";

    internal static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // ---- The French country overview: Guinée, child marriage ----
    private static readonly string[] GuineaStatistics =
    [
        "En Guinée, 47 % des femmes âgées de 20 à 24 ans ont été mariées avant l'âge de 18 ans.",
        "Près de 17 % des filles guinéennes sont mariées avant l'âge de 15 ans.",
    ];

    private static readonly string[] GuineaLegal =
    [
        "Le Code de l'enfant guinéen de 2019 fixe à 18 ans l'âge minimum du mariage pour les filles comme pour les garçons.",
        "La Guinée a ratifié la Convention relative aux droits de l'enfant en 1990 et la Charte africaine des droits et du bien-être de l'enfant en 1999.",
    ];

    private static readonly string[] GuineaRecommendations =
    [
        "Le gouvernement guinéen doit appliquer strictement l'âge minimum de 18 ans prévu par le Code de l'enfant.",
        "Il est recommandé de renforcer l'enregistrement des naissances dans les zones rurales de Guinée afin de prouver l'âge des filles.",
        "Les partenaires techniques et financiers devraient soutenir le maintien des filles guinéennes à l'école jusqu'à la fin du cycle secondaire.",
    ];

    // ---- The English thematic paper: Mauritania, online exploitation ----
    private static readonly string[] MauritaniaStatistics =
    [
        "In Mauritania, 32% of young people surveyed said they had received sexual messages online from an adult they did not know.",
    ];

    private static readonly string[] MauritaniaLegal =
    [
        "Mauritania's 2021 law on cybercrime criminalises the production and distribution of child sexual abuse material.",
    ];

    private static readonly string[] MauritaniaRecommendations =
    [
        "The government of Mauritania should establish a national hotline for reporting child sexual abuse material online.",
        "Internet service providers in Mauritania must block access to known child sexual abuse material.",
    ];

    public static TheoryData<string> Requests() => [.. RequestsByName.Keys];

    private static readonly Dictionary<string, GenerationRequest> RequestsByName = new()
    {
        ["plan GN fr"] = new NationalPlanRequest { Country = "GN", PeriodStart = 2026, PeriodEnd = 2028, Language = "fr" },
        ["plan GN en"] = new NationalPlanRequest { Country = "GN", PeriodStart = 2026, PeriodEnd = 2028, Language = "en" },
        ["note GN fr"] = new PositionNoteRequest { Country = "GN", Themes = ["child-marriage"], Language = "fr" },
        ["messages GN fr"] = new MessagesRequest { Country = "GN", Audience = "policy-makers", Language = "fr" },
        ["note MR en"] = new PositionNoteRequest { Country = "MR", Themes = ["online"], Language = "en" },
        ["note MR fr"] = new PositionNoteRequest { Country = "MR", Themes = ["online"], Language = "fr" },
        ["messages MR en"] = new MessagesRequest { Country = "MR", Audience = "private-sector-ict", Language = "en" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Quotes_KeepTheirSourceRole_AreVerbatimOnTheirPage_AndComeFromTheirCountry(string name)
    {
        var request = RequestsByName[name];
        var document = await evidence.Service.GenerateAsync(request, Ct);
        var country = request switch { NationalPlanRequest p => p.Country, PositionNoteRequest n => n.Country, MessagesRequest m => m.Country, _ => null };
        var quotes = document.Quotes().ToList();
        Assert.NotEmpty(quotes);

        foreach (var quote in quotes)
        {
            var finding = await evidence.Index.GetFindingAsync(quote.Source.FindingId, Ct);
            Assert.NotNull(finding);
            Assert.Contains(quote.Text, finding.Text, StringComparison.Ordinal);
            Assert.Equal(finding.Page, quote.Source.Citation.Page);
            Assert.Null(finding.Table);
            Assert.Contains(country!, finding.Countries);

            switch (quote.Role)
            {
                case FindingRole.Recommendation:
                    Assert.True(Planted(GuineaRecommendations.Concat(MauritaniaRecommendations), quote.Text), $"{name}: quoted as a recommendation, but the source does not recommend it: « {quote.Text} »");
                    break;
                case FindingRole.Legal:
                    Assert.True(Planted(GuineaLegal.Concat(MauritaniaLegal), quote.Text), $"{name}: quoted as law, but the source sentence is not a legal provision: « {quote.Text} »");
                    Assert.Matches(LawName(), quote.Text);
                    break;
                case FindingRole.Statistic:
                    Assert.Matches(Figure(), quote.Text);
                    break;
            }
        }

        // No finding twice, and no figure three times.
        Assert.Equal(quotes.Count, quotes.Select(q => q.Source.FindingId).Distinct().Count());
        var figures = quotes.SelectMany(q => StatisticFigure().Matches(q.Text).Select(m => m.Value)).GroupBy(f => f).Where(g => g.Count() > 2).Select(g => g.Key).ToList();
        Assert.Empty(figures);
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Prose_HasRealPlurals_PlaceArticles_AndTheLanguagesTypography(string name)
    {
        var request = RequestsByName[name];
        var document = await evidence.Service.GenerateAsync(request, Ct);
        // Quotes and the sources' own titles (cited as they stand, in their own language) are not the template's prose.
        var prose = string.Join('\n', GenerationService.RenderMarkdown(document).Split('\n').Where(l => !l.StartsWith('>')))
            .Replace(GuineaTitle, "", StringComparison.Ordinal).Replace(MauritaniaTitle, "", StringComparison.Ordinal);

        Assert.DoesNotContain("(s)", prose, StringComparison.Ordinal);
        Assert.DoesNotMatch(BarePlace(), prose);
        if (request.Language == "en")
        {
            Assert.DoesNotMatch(@"\w [:;!?]", prose);
            Assert.DoesNotContain("« ", prose, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public async Task ARecommendationSection_UsesTheRecommendationsOfADocumentAboutTheTheme_ThatDoNotNameTheTheme(string language)
    {
        // The overview's recommendations speak of the Code, birth registration and schooling, not of
        // "mariage des enfants": they are not tagged child-marriage, yet they are what the document recommends on it.
        var document = await evidence.Service.GenerateAsync(new PositionNoteRequest { Country = "GN", Themes = ["child-marriage"], Language = language }, Ct);

        var recommendations = document.Quotes().Where(q => q.Role == FindingRole.Recommendation).ToList();
        Assert.NotEmpty(recommendations);
        Assert.All(recommendations, q => Assert.True(Planted(GuineaRecommendations, q.Text), q.Text));
    }

    [Fact]
    public async Task ThePipeline_FoundThePlantedRoles_InBothDocuments()
    {
        var findings = (await evidence.Index.SearchAsync(new EvidenceQuery { PageSize = EvidenceQuery.MaxPageSize, Highlight = false }, Ct)).Hits.Select(h => h.Finding).ToList();

        foreach (var sentence in GuineaRecommendations.Concat(MauritaniaRecommendations))
        {
            Assert.Equal(FindingRole.Recommendation, RoleOf(findings, sentence));
        }

        foreach (var sentence in GuineaLegal.Concat(MauritaniaLegal))
        {
            Assert.Equal(FindingRole.Legal, RoleOf(findings, sentence));
        }

        foreach (var sentence in GuineaStatistics.Concat(MauritaniaStatistics))
        {
            Assert.Equal(FindingRole.Statistic, RoleOf(findings, sentence));
        }
    }

    private static FindingRole? RoleOf(List<Finding> findings, string sentence)
    {
        var finding = findings.FirstOrDefault(f => f.Text.Contains(sentence, StringComparison.Ordinal));
        Assert.True(finding is not null, $"sentence not found whole in any finding: « {sentence} »");
        var start = finding.Text.IndexOf(sentence, StringComparison.Ordinal);
        return finding.RoleSpans.FirstOrDefault(s => s.Start <= start && s.Start + s.Length >= start + sentence.Length)?.Role;
    }

    private static bool Planted(IEnumerable<string> sentences, string quote) =>
        sentences.Any(s => s.Contains(quote, StringComparison.Ordinal) || quote.Contains(s, StringComparison.Ordinal));

    internal static byte[] GuineaOverview()
    {
        using var pdf = new TestPdf();
        var y = Heading(pdf.Page(), 60, "Aperçu pays : le mariage des enfants en Guinée", 16);
        y = Section(pdf, y, "1. Contexte",
            "La Guinée compte environ 13,5 millions d'habitants, dont près de la moitié ont moins de 18 ans. Les régions de Labé et de Kankan restent les plus touchées par le mariage des enfants.");
        y = Section(pdf, y, "2. Données clés", GuineaStatistics);
        y = Section(pdf, y, "3. Cadre juridique", GuineaLegal);
        y = Section(pdf.Page(), 70, "4. Causes et conséquences",
            "La pauvreté des ménages et la pression sociale poussent de nombreuses familles guinéennes à marier leurs filles très jeunes.",
            "Ces mariages précoces entraînent l'abandon scolaire et exposent les adolescentes à des grossesses à risque.");
        y = Section(pdf, y, "5. Lacunes", "Aucune donnée officielle ne mesure en Guinée les mariages célébrés sans acte d'état civil.");
        _ = Section(pdf, y, "6. Recommandations", GuineaRecommendations);
        return pdf.Save();
    }

    internal static byte[] MauritaniaPaper()
    {
        using var pdf = new TestPdf();
        var y = Heading(pdf.Page(), 60, "Online child sexual exploitation in Mauritania", 16);
        y = Section(pdf, y, "1. Background",
            "Rapid growth in mobile internet access in Mauritania has outpaced parents' awareness of online risks.");
        y = Section(pdf, y, "2. Key figures", MauritaniaStatistics);
        y = Section(pdf, y, "3. Legal framework", MauritaniaLegal);
        y = Section(pdf, y, "4. Consequences",
            "Victims in Mauritania often suffer lasting psychological harm and rarely report the abuse to the police.");
        y = Section(pdf.Page(), 70, "5. Gaps", "No national data exist in Mauritania on the number of reported cases of online child sexual exploitation.");
        _ = Section(pdf, y, "6. Recommendations", MauritaniaRecommendations);
        return pdf.Save();
    }

    private static double Heading(TestPdf pdf, double y, string text, double size = 13)
    {
        pdf.Text(60, y, text, size, bold: true);
        return y + (size * 2);
    }

    /// <summary>A heading, then each text as its own paragraph with a blank line between them.</summary>
    private static double Section(TestPdf pdf, double y, string heading, params string[] paragraphs)
    {
        y = Heading(pdf, y, heading);
        foreach (var paragraph in paragraphs)
        {
            y = pdf.Paragraph(60, y, TestPdf.Width - 120, paragraph) + 12;
        }

        return y + 8;
    }

    // Any number: what a statistic quote must carry.
    [GeneratedRegex(@"\d")]
    private static partial Regex Figure();

    // A statistic's figure (a share or a count of people), not an age or a year in a law.
    [GeneratedRegex(@"\d+(?:[ ,.]\d+)?\s?%|\d+(?:[ ,.]\d+)?\s(?:millions?|million)\b")]
    private static partial Regex StatisticFigure();

    [GeneratedRegex(@"\b(Code|Convention|Charte|Loi|loi|Protocole|law|Law|Act|Charter|Convention|Protocol)\b")]
    private static partial Regex LawName();

    // A country name after the wrong preposition ("à Guinée", "au Mauritanie": French says "en"), or with an article in English.
    [GeneratedRegex(@"\b(à|au|aux) (Guinée|Mauritanie)\b|\b(in|to) the (Guinea|Mauritania)\b")]
    private static partial Regex BarePlace();
}

/// <summary>The two unseen PDFs, written, ingested and indexed once for all the tests of the class.</summary>
public sealed class UnseenPdfEvidence : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string Folder = Path.Combine(Path.GetTempPath(), "knowledge-e2e-" + Guid.NewGuid().ToString("N")[..12]);
    private LuceneEvidenceIndex? _index;
    private GenerationService? _service;

    public LuceneEvidenceIndex Index => _index!;

    public GenerationService Service => _service!;

    public async ValueTask InitializeAsync()
    {
        var time = new FakeTimeProvider(GenerationOverUnseenPdfsTests.Now);
        _index = LuceneEvidenceIndex.Open(Folder, EvidenceTaxonomy.Default, time);
        var pipeline = IngestRun.Pipeline();
        foreach (var (pdf, name, request) in new[]
        {
            (GenerationOverUnseenPdfsTests.GuineaOverview(), "apercu-guinee-2024.pdf", new IngestRequest { Title = GenerationOverUnseenPdfsTests.GuineaTitle, Year = 2024, Kind = DocumentKind.CountryOverview, Countries = ["GN"], Publisher = "Réseau d'essai" }),
            (GenerationOverUnseenPdfsTests.MauritaniaPaper(), "mauritania-online-2025.pdf", new IngestRequest { Title = GenerationOverUnseenPdfsTests.MauritaniaTitle, Year = 2025, Kind = DocumentKind.ResearchReport, Countries = ["MR"], Publisher = "Test Network" }),
        })
        {
            var result = await pipeline.IngestAsync(pdf, name, request, Ct);
            Assert.Equal(IngestStatus.Ingested, result.Status);
            await _index.UpsertDocumentAsync(result.Document!, result.Findings, Ct);
        }

        _service = new GenerationService(_index, EvidenceTaxonomy.Default, AudienceCatalog.Default, time);
    }

    public async ValueTask DisposeAsync()
    {
        if (_index is not null)
        {
            await _index.DisposeAsync();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

}
