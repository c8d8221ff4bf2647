using Knowledge.Core.Evidence;
using Knowledge.Core.Safeguarding;
using Knowledge.Core.Search;
using Knowledge.Generators.Exports;
using Knowledge.Generators.Tests.Fakes;
using Knowledge.Generators.Tests.TestData;
using Microsoft.Extensions.Time.Testing;

namespace Knowledge.Generators.Tests.Exports;

/// <summary>
/// A small evidence base built for exports: text with commas, quotes and line breaks, passages a
/// spreadsheet would read as formulas, a span flagged as identifying a child, a Word finding cited by
/// section and paragraph, a publisher full of LaTeX specials, and two documents whose short citation
/// keys collide.
/// </summary>
internal static class ExportFixture
{
    public const string FlaggedSpan = "Aïcha, 14 ans, du village de Tassaou";
    public const string FormulaText = "=HYPERLINK(\"http://example.invalid/\",\"cliquez ici\") est une formule qu'un tableur ne doit jamais exécuter.";
    public const string TrickyText = "Au Niger, 76 % des femmes de 20 à 24 ans ont été mariées avant 18 ans ; on parle de \"mariage précoce\".\nDeuxième ligne du même passage.";
    public const string SpecialPublisher = "Child_Rights & {Network} 100% #1 ~ $5 ^ \\ fin";
    public const string SpecialTitle = "Mariage d'enfants : état des lieux & perspectives (50 % {brouillon})";

    public static readonly DateTimeOffset Now = new(2026, 12, 4, 3, 0, 0, TimeSpan.Zero);

    public static async Task<InMemoryEvidenceIndex> IndexAsync()
    {
        var index = new InMemoryEvidenceIndex(EvidenceFixture.Taxonomy);
        await index.UpsertDocumentAsync(Document("ab12cd0000000001", SpecialTitle, 2023, "fr", SpecialPublisher, DocumentKind.ResearchReport, ["NE"]),
        [
            Passage("ab12cd0000000001", 0, TrickyText, page: 12, pageEnd: 12, kind: FindingKind.Statistic, roles: [FindingRole.Statistic, FindingRole.Problem]),
            Passage("ab12cd0000000001", 1, FormulaText, page: 13, pageEnd: 14),
            Passage("ab12cd0000000001", 2, "+227 est l'indicatif du Niger ; la ligne d'écoute répond jour et nuit aux enfants.", page: 15, pageEnd: 15),
            Passage("ab12cd0000000001", 3, "-5 points : la baisse du mariage des enfants reste trop lente pour atteindre la cible de 2030.", page: 16, pageEnd: 16),
            Passage("ab12cd0000000001", 4, "@SUM(A1:A2) n'est pas un calcul mais une chaîne de caractères.", page: 17, pageEnd: 17),
            Passage("ab12cd0000000001", 5, FlaggedSpan + ", a été mariée de force à un homme de quarante ans.", page: 18, pageEnd: 18) with
            {
                Safeguarding = [new SafeguardingFlag(FlaggedSpan, 0, FlaggedSpan.Length, SafeguardingKind.AgeWithDetail, "age-with-locality")],
            },
        ]);
        await index.UpsertDocumentAsync(Document("ef34ab0000000002", "Country overview: Niger", null, "en", null, DocumentKind.CountryOverview, ["NE", "ML"]),
        [
            Passage("ef34ab0000000002", 0, "In Niger, child marriage remains the norm in rural areas, where girls leave school early.", page: 0, pageEnd: 0) with
            {
                Language = "en", Section = "3.2", Paragraph = 4, ParagraphEnd = 4,
            },
        ]);
        await index.UpsertDocumentAsync(Document("aaaaaa1111111111", "Rapport annuel sur le mariage", 2022, "fr", "ONG A", DocumentKind.Other, ["NE"]),
            [Passage("aaaaaa1111111111", 0, "Le mariage des enfants au Niger recule lentement selon le rapport annuel de l'ONG A.", page: 2, pageEnd: 2)]);
        await index.UpsertDocumentAsync(Document("aaaaaa2222222222", "Rapport annuel sur le mariage", 2022, "fr", "ONG B", DocumentKind.PolicyBrief, ["NE"]),
            [Passage("aaaaaa2222222222", 0, "Le mariage des enfants au Niger est documenté par le rapport annuel de l'ONG B.", page: 3, pageEnd: 3)]);
        return index;
    }

    /// <summary>Everything in the fixture, in index order.</summary>
    public static EvidenceQuery All => new() { Countries = ["NE"] };

    public static async Task<(EvidenceExporter Exporter, EvidenceExport Export)> ExportAsync(int maxRows = 100, DateTimeOffset? at = null, string language = "fr")
    {
        var index = await IndexAsync();
        var exporter = new EvidenceExporter(index, EvidenceFixture.Taxonomy, new FakeTimeProvider(at ?? Now));
        var scope = new ExportScope(language, new Uri("https://knowledge.example.org/"), maxRows, [new("country", "NE"), new("sort", "relevance")]);
        return (exporter, await exporter.FromSearchAsync(All, scope, TestContext.Current.CancellationToken));
    }

    public static async Task<byte[]> BytesAsync(ExportFormat format, int maxRows = 100, DateTimeOffset? at = null)
    {
        var (exporter, export) = await ExportAsync(maxRows, at);
        return exporter.Write(export, format);
    }

    private static SourceDocument Document(string id, string title, int? year, string language, string? publisher, DocumentKind kind, string[] countries) => new()
    {
        Id = id, Sha256 = id + new string('0', 48), Title = title, Year = year, Language = language, Publisher = publisher, Kind = kind,
        Countries = countries, FileName = id + ".pdf", Pages = 20,
        AddedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), UpdatedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    private static Finding Passage(string documentId, int ordinal, string text, int page, int pageEnd, FindingKind kind = FindingKind.Context, FindingRole[]? roles = null) => new()
    {
        Id = Knowledge.Core.Evidence.Finding.MakeId(documentId, ordinal), DocumentId = documentId, DocumentTitle = documentId.StartsWith("ab", StringComparison.Ordinal) ? SpecialTitle : "Document " + documentId,
        Publisher = documentId.StartsWith("ab", StringComparison.Ordinal) ? SpecialPublisher : null,
        Year = 2023, Language = "fr", Page = page, PageEnd = pageEnd, Text = text, Themes = ["child-marriage"], Countries = ["NE"], Kind = kind,
        Roles = roles ?? [FindingRole.Context], Ordinal = ordinal,
    };
}
