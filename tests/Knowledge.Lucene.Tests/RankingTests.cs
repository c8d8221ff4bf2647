using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.Search.Conformance;
using Microsoft.Extensions.Time.Testing;

namespace Knowledge.Lucene.Tests;

/// <summary>How the embedded engine weighs what matched: BM25 statistics per language, synonyms, function words.</summary>
public sealed class RankingTests : IDisposable
{
    private static readonly QueryUnderstanding Understanding = new(TestData.Taxonomy, Glossary.Default);

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task EnglishPassage_InAMostlyFrenchLibrary_ScoresAsAFrenchOneOfTheSameLength()
    {
        await using var index = LuceneEvidenceIndex.Open(_folder.Path, TestData.Taxonomy, _time);
        var fr = TestData.Document("rapport-fr", language: "fr");
        var en = TestData.Document("report-en", language: "en");

        // Ten French passages and five English ones; in each language every passage has as many
        // terms once analysed as the others (five in French, seven in English), and one in five holds
        // "Tillabéri": the word is as rare, and the passage as long, in either language.
        var french = Enumerable.Range(0, 10).Select(i => TestData.Finding(fr, i, i % 5 == 0
            ? "Les services de Tillabéri restent rares dans les campagnes."
            : "Les services sociaux restent rares dans les campagnes.")).ToList();
        await index.UpsertDocumentAsync(fr, french, Ct);
        var english = Enumerable.Range(0, 5).Select(i => TestData.Finding(en, i, i == 0
            ? "Children in Tillabéri remain without lasting schooling today."
            : "Children in rural areas remain without lasting schooling today.")).ToList();
        await index.UpsertDocumentAsync(en, english, Ct);

        var hits = (await index.SearchAsync(new EvidenceQuery { Text = "Tillabéri" }, Ct)).Hits;
        var frenchScore = hits.First(h => h.Finding.Language == "fr").Score;
        var englishScore = Assert.Single(hits, h => h.Finding.Language == "en").Score;

        // Lucene 4.8 took each field's average length and idf over the whole index (five English
        // passages among seventeen entries): the English passage scored 0.8 of the French one.
        // What remains is the small-sample idf and the one-byte length norms.
        Assert.Equal(frenchScore, englishScore, 0.1 * frenchScore);
    }

    [Fact]
    public async Task LongQuestion_FindsAPassageHoldingAThirdOfItsWords_RankedBelowFullerOnes()
    {
        await using var index = LuceneEvidenceIndex.Open(_folder.Path, TestData.Taxonomy, _time);
        var doc = TestData.Document("rapport-mines");
        await index.UpsertDocumentAsync(doc, TestData.Findings(doc,
            "Dans les galeries, les plus jeunes travaillent sans casque ni harnais.",
            "Les garçons descendent dans les puits sans casque, sans harnais et sans lampe, malgré les éboulements.",
            "Les services sociaux du pays restent concentrés dans les villes et manquent de moyens."), Ct);

        // Six words typed, all known to the index: the passage holding two of them (casque, harnais)
        // is a candidate, as a third of the question; with half required (three) it was not found at all.
        var hits = (await index.SearchAsync(new EvidenceQuery { Text = "garçons puits casque harnais lampe éboulements" }, Ct)).Hits;
        Assert.Equal([1, 0], hits.Select(h => h.Finding.Ordinal));
    }

    [Fact]
    public async Task SynonymsOfOneWord_AddLittleBeyondTheBestOne()
    {
        await using var index = LuceneEvidenceIndex.Open(_folder.Path, TestData.Taxonomy, _time);
        var doc = TestData.Document("rapport-traite");
        await index.UpsertDocumentAsync(doc, TestData.Findings(doc,
            "Traite des personnes, traite des enfants, traite des êtres humains : ces mots désignent le même phénomène ici.",
            "Les enquêteurs ont constaté que la traite frappe surtout les villages isolés et pauvres du nord du pays.",
            "Les services sociaux du pays restent concentrés dans les villes et manquent de moyens."), Ct);

        var hits = (await index.SearchAsync(Understood("trafficking"), Ct)).Hits;
        var stacked = Assert.Single(hits, h => h.Finding.Ordinal == 0).Score;
        var once = Assert.Single(hits, h => h.Finding.Ordinal == 1).Score;

        // Each glossary term of "trafficking" is an alternative of the one word typed: the best one
        // counts, the others a tenth. What remains is BM25's own reward for "traite" four times (1.8x);
        // summed, the four terms made the first passage score five times the second.
        Assert.InRange(stacked / once, 1.0, 2.5);
    }

    [Fact]
    public async Task RareFunctionWord_DoesNotOutrankTheSubject()
    {
        await using var index = LuceneEvidenceIndex.Open(_folder.Path, TestData.Taxonomy, _time);
        var doc = TestData.Document("rapport-dette");
        await index.UpsertDocumentAsync(doc, TestData.Findings(doc,
            "Les passeurs exigent le remboursement envers eux de chaque étape du voyage.",
            "La dette contractée auprès des passeurs tient les filles migrantes en servitude.",
            "Les services sociaux du pays restent concentrés dans les villes et manquent de moyens.",
            "Les écoles des zones rurales manquent de maîtres et de manuels scolaires."), Ct);

        var hits = (await index.SearchAsync(Understood("dette envers les passeurs"), Ct)).Hits;

        // "envers" is in one passage only, so as a searched word it weighed more than "dette".
        Assert.StartsWith("La dette contractée", hits[0].Finding.Text, StringComparison.Ordinal);
    }

    private static EvidenceQuery Understood(string text) => new() { Text = text, Plan = Understanding.Analyse(text) };
}
