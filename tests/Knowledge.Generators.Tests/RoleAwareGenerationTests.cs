using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Audiences;
using Knowledge.Generators.Documents;
using Knowledge.Generators.Requests;
using Knowledge.Generators.Tests.Fakes;
using Knowledge.Generators.Tests.TestData;
using Microsoft.Extensions.Time.Testing;

namespace Knowledge.Generators.Tests;

/// <summary>
/// Sections quote the sentences whose role they need, at the right grain, once per document, about
/// their own country; on documents these tests build, with the shipped taxonomy and audiences.
/// </summary>
public class RoleAwareGenerationTests
{
    private static readonly EvidenceTaxonomy Taxonomy = EvidenceTaxonomy.Default;

    [Fact]
    public async Task PositionNote_QuotesEachSectionsOwnRole_AndLeavesLabelsOut()
    {
        var document = await GenerateAsync(new PositionNoteRequest { Country = "NE", Themes = ["child-marriage"] },
            Doc("ne", "Aperçu pays : Niger", DocumentKind.CountryOverview,
                Passage(["child-marriage"], ["NE"],
                    ("Au Niger, 76 % des femmes de 20 à 24 ans ont été mariées avant 18 ans.", FindingRole.Statistic),
                    ("À retenir.", null)),
                Passage(["child-marriage"], ["NE"],
                    ("Le Code civil fixe l'âge minimum du mariage des filles à 15 ans.", FindingRole.Legal),
                    ("Il n'a pas été modifié depuis.", FindingRole.Context)),
                Passage(["child-marriage"], ["NE"],
                    ("Les conséquences sur la scolarité des filles sont lourdes.", FindingRole.Consequence)),
                Passage(["child-marriage"], ["NE"],
                    ("Le contexte démographique est décrit ailleurs.", FindingRole.Context),
                    ("Relever à 18 ans l'âge minimum du mariage.", FindingRole.Recommendation)),
                Passage(["child-marriage"], ["NE"],
                    ("Aucune donnée récente ne mesure le mariage avant 15 ans.", FindingRole.Gap))));

        var placements = document.QuotePlacements().ToList();
        QuotePlacement In(string heading) => Assert.Single(placements, p => p.Section[^1] == heading);
        var problem = placements.Where(p => p.Section[^1] == "Le problème").Select(p => (p.Quote.Role, p.Quote.Text)).ToList();
        Assert.Equal(
            [(FindingRole.Statistic, "Au Niger, 76 % des femmes de 20 à 24 ans ont été mariées avant 18 ans."), (FindingRole.Consequence, "Les conséquences sur la scolarité des filles sont lourdes.")],
            problem);
        Assert.Equal("Le Code civil fixe l'âge minimum du mariage des filles à 15 ans.", In("Cadre juridique").Quote.Text);
        Assert.Equal(FindingRole.Gap, In("Lacunes de la réponse").Quote.Role);
        var recommendation = In("Recommandations").Quote;
        Assert.Equal(FindingRole.Recommendation, recommendation.Role);
        Assert.Equal("Relever à 18 ans l'âge minimum du mariage.", recommendation.Text);
        Assert.DoesNotContain(placements, p => p.Quote.Text.Contains("À retenir", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Section_WithNothingOfItsRole_SaysSoPlainly_AndQuotesNothingElse()
    {
        var document = await GenerateAsync(new PositionNoteRequest { Country = "NE", Themes = ["child-marriage"] },
            Doc("ne", "Aperçu pays : Niger", DocumentKind.CountryOverview,
                Passage(["child-marriage"], ["NE"], ("Le mariage d'enfants persiste dans les zones rurales.", FindingRole.Problem))));

        var headings = document.Blocks.ToList();
        var recommendations = headings.FindIndex(b => b is Heading { Text: "Recommandations" });
        Assert.IsType<GapNotice>(headings[recommendations + 1]);
        Assert.Contains("Aucune recommandation sur le mariage d'enfants, précoce et forcé au Niger", ((GapNotice)headings[recommendations + 1]).Text, StringComparison.Ordinal);
        var legal = headings.FindIndex(b => b is Heading { Text: "Cadre juridique" });
        Assert.Contains("n'apportent pas ce que cette section demande : une disposition juridique", Assert.IsType<GapNotice>(headings[legal + 1]).Text, StringComparison.Ordinal);
        Assert.Single(document.Quotes());
    }

    [Fact]
    public async Task SameFigure_IsQuotedOnce_EvenFromTwoSources()
    {
        var document = await GenerateAsync(new NationalPlanRequest { Country = "NE", PeriodStart = 2026, PeriodEnd = 2028, Themes = ["child-marriage"] },
            Doc("a", "Note régionale", DocumentKind.Strategy,
                Passage(["child-marriage"], ["NE"], ("Au Niger, 76 % des femmes de 20 à 24 ans étaient mariées avant 18 ans en 2012.", FindingRole.Statistic))),
            Doc("b", "Aperçu pays : Niger", DocumentKind.CountryOverview,
                Passage(["child-marriage"], ["NE"], ("Selon l'EDSN-MICS, 76 % des jeunes femmes avaient été mariées avant 18 ans.", FindingRole.Statistic))));

        Assert.Single(document.Quotes(), q => q.Text.Contains("76 %", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FlattenedTable_IsNeverQuotedAsProse()
    {
        var document = await GenerateAsync(new PositionNoteRequest { Country = "NE", Themes = ["child-marriage"] },
            Doc("ne", "Aperçu pays : Niger", DocumentKind.CountryOverview,
                Passage(["child-marriage"], ["NE"],
                    ("Tableau 1 – Le mariage d'enfants au Niger en chiffres", FindingRole.Context),
                    ("Femmes mariées avant 18 ans | 76 % | EDSN-MICS 2012", FindingRole.Statistic))));

        Assert.Empty(document.Quotes());
    }

    [Fact]
    public async Task CountrySection_SkipsAPassageWhoseQuoteIsAboutAnotherCountry()
    {
        var document = await GenerateAsync(new PositionNoteRequest { Country = "ML", Themes = ["trafficking"] },
            Doc("gn", "Aperçu pays : Guinée", DocumentKind.CountryOverview,
                Passage(["trafficking"], ["GN", "SN", "ML"], ("Des enfants guinéens sont envoyés vers le Sénégal ou le Mali et contraints à la mendicité.", FindingRole.Problem))),
            Doc("ml", "Aperçu pays : Mali", DocumentKind.CountryOverview,
                Passage(["trafficking"], ["ML"], ("Au Mali, des filles recrutées pour le travail domestique sont exploitées.", FindingRole.Problem))));

        var quote = Assert.Single(document.Quotes());
        Assert.StartsWith("Au Mali", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TourismMessages_PreferTheAudiencesThemes_AndSayWhenTheCountryHasNone()
    {
        var document = await GenerateAsync(new MessagesRequest { Country = "NE", Audience = "private-sector-tourism" },
            Doc("ne", "Aperçu pays : Niger", DocumentKind.CountryOverview,
                Passage(["child-marriage"], ["NE"], ("Au Niger, 76 % des femmes de 20 à 24 ans ont été mariées avant 18 ans.", FindingRole.Statistic))),
            Doc("sn", "Overview: Senegal", DocumentKind.CountryOverview,
                Passage(["travel-tourism"], ["SN"], ("Hotel staff said they had no procedure to report suspicious situations.", FindingRole.Gap))));

        var gap = Assert.Single(document.Blocks.OfType<GapNotice>(), g => g.Text.Contains("sur les sujets propres à ce public", StringComparison.Ordinal));
        Assert.Contains("au Niger", gap.Text, StringComparison.Ordinal);
        Assert.Contains("l'exploitation sexuelle des enfants dans le voyage et le tourisme", gap.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TourismMessages_LeadWithTourismEvidence_WhenTheCountryHasSome()
    {
        var document = await GenerateAsync(new MessagesRequest { Country = "SN", Audience = "private-sector-tourism" },
            Doc("sn", "Overview: Senegal", DocumentKind.CountryOverview,
                Passage(["child-marriage"], ["SN"], ("In Senegal, 31% of women aged 20 to 24 were married before 18.", FindingRole.Statistic)),
                Passage(["child-marriage"], ["SN"], ("In Senegal, girls married early are forced to leave school.", FindingRole.Problem)),
                Passage(["travel-tourism"], ["SN"], ("In Senegal, girls are exploited by travellers in hotels on the Petite Côte.", FindingRole.Problem))));

        var first = document.Blocks.OfType<Heading>().First(h => h.Level == 1 && h.Text != "Introduction");
        Assert.Equal("Exploitation sexuelle des enfants dans le voyage et le tourisme", first.Text);
    }

    [Fact]
    public async Task Prose_UsesArticlesAndRealPlurals()
    {
        var one = await GenerateAsync(new PositionNoteRequest { Country = "GN", Themes = ["child-marriage"] },
            Doc("gn", "Aperçu pays : Guinée", DocumentKind.CountryOverview,
                Passage(["child-marriage"], ["GN"], ("En Guinée, le mariage d'enfants persiste.", FindingRole.Problem))));
        var text = string.Join("\n", one.Blocks.SelectMany(b => b.Inlines()).OfType<TextRun>().Select(t => t.Text));

        Assert.Contains("La base de connaissances compte 1 constat sur le mariage d'enfants, précoce et forcé en Guinée.", text, StringComparison.Ordinal);
        Assert.Contains("En Guinée, protéger les enfants contre le mariage d'enfants, précoce et forcé exige", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(s)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(Mariage", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NE", false, true)]
    [InlineData("ML", false, true)]
    [InlineData("SN", true, false)]
    public async Task PowerMap_NamesOnlyRegionalBodiesTheCountryBelongsToOnTheDay(string country, bool ecowas, bool aes)
    {
        var document = await GenerateAsync(new NationalPlanRequest { Country = country, PeriodStart = 2026, PeriodEnd = 2028 },
            Doc("x", "Aperçu", DocumentKind.CountryOverview, Passage(["child-marriage"], [country], ("Le mariage d'enfants persiste.", FindingRole.Problem))));

        var power = document.Blocks.OfType<Table>().Single(t => t.Header[0] == "Acteur");
        var actors = power.Rows.Select(r => ((TextRun)r[0][0]).Text).ToList();
        Assert.Equal(ecowas, actors.Any(a => a.StartsWith("Commission de la CEDEAO", StringComparison.Ordinal)));
        Assert.Equal(aes, actors.Any(a => a.Contains("(AES)", StringComparison.Ordinal)));
        Assert.Contains(actors, a => a.StartsWith("Comité africain d'experts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BeforeTheWithdrawal_NigersPlanStillNamedTheEcowasCommission()
    {
        var document = await GenerateAsync(new NationalPlanRequest { Country = "NE", PeriodStart = 2024, PeriodEnd = 2026 },
            new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero),
            Doc("x", "Aperçu", DocumentKind.CountryOverview, Passage(["child-marriage"], ["NE"], ("Le mariage d'enfants persiste.", FindingRole.Problem))));

        var power = document.Blocks.OfType<Table>().Single(t => t.Header[0] == "Acteur");
        Assert.Contains(power.Rows, r => ((TextRun)r[0][0]).Text.StartsWith("Commission de la CEDEAO", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnglishDocument_UsesEnglishTypography()
    {
        var document = await GenerateAsync(new PositionNoteRequest { Country = "NE", Themes = ["child-marriage"], Language = "en" },
            Doc("ne", "Overview: Niger", DocumentKind.CountryOverview,
                Passage(["child-marriage"], ["NE"], ("In Niger, 76% of women aged 20 to 24 were married before 18.", FindingRole.Statistic))));
        var md = GenerationService.RenderMarkdown(document);

        Assert.Contains("In Niger, protecting children from child, early and forced marriage", md, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\w [:;](?!\))", string.Join('\n', md.Split('\n').Where(l => !l.StartsWith("> ", StringComparison.Ordinal))));
    }

    private static Task<GeneratedDocument> GenerateAsync(GenerationRequest request, params (SourceDocument, IReadOnlyList<Finding>)[] documents) =>
        GenerateAsync(request, Generation.Now, documents);

    private static async Task<GeneratedDocument> GenerateAsync(GenerationRequest request, DateTimeOffset now, params (SourceDocument, IReadOnlyList<Finding>)[] documents)
    {
        var index = new InMemoryEvidenceIndex(Taxonomy);
        foreach (var (document, findings) in documents)
        {
            await index.UpsertDocumentAsync(document, findings);
        }

        var service = new GenerationService(index, Taxonomy, AudienceCatalog.Default, new FakeTimeProvider(now));
        return await service.GenerateAsync(request, TestContext.Current.CancellationToken);
    }

    private static (string[] Themes, string[] Countries, (string Sentence, FindingRole? Role)[] Sentences) Passage(
        string[] themes, string[] countries, params (string Sentence, FindingRole? Role)[] sentences) => (themes, countries, sentences);

    /// <summary>A source document whose findings carry role spans, as ingest would store them (a label has none).</summary>
    private static (SourceDocument, IReadOnlyList<Finding>) Doc(string id, string title, DocumentKind kind,
        params (string[] Themes, string[] Countries, (string Sentence, FindingRole? Role)[] Sentences)[] passages)
    {
        var documentId = id.PadRight(16, '0');
        var document = new SourceDocument
        {
            Id = documentId, Sha256 = documentId + new string('0', 48), Title = title, Year = 2023, Language = "fr", Kind = kind,
            FileName = id + ".pdf", Pages = 10, FindingCount = passages.Length,
            AddedAt = Generation.Now, UpdatedAt = Generation.Now,
        };
        var findings = passages.Select((p, i) =>
        {
            var text = string.Join(" ", p.Sentences.Select(s => s.Sentence));
            var spans = new List<RoleSpan>();
            var at = 0;
            foreach (var (sentence, role) in p.Sentences)
            {
                if (role is { } r)
                {
                    spans.Add(new RoleSpan(at, sentence.Length, r));
                }

                at += sentence.Length + 1;
            }

            return new Finding
            {
                Id = Finding.MakeId(documentId, i), DocumentId = documentId, DocumentTitle = title, DocumentKind = kind, Year = 2023,
                Language = "fr", Page = i + 1, PageEnd = i + 1, Text = text, Themes = p.Themes, Countries = p.Countries,
                Kind = FindingKind.Context, Ordinal = i, RoleSpans = spans, Roles = [.. spans.Select(s => s.Role).Distinct()],
            };
        }).ToList();
        return (document, findings);
    }
}
