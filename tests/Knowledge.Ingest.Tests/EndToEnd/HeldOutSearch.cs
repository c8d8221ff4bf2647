using System.Globalization;
using System.Text;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;

using Knowledge.Ingest.Tests.Fixtures;

namespace Knowledge.Ingest.Tests.EndToEnd;

/// <summary>
/// Scores held-out research questions over unseen reports the way <c>/api/search</c> searches: the
/// request's <c>q</c>, <c>country</c> and <c>theme</c> become an <see cref="EvidenceQuery"/> (codes resolved
/// by the taxonomy, as <c>SearchRequestParser</c> does), its plan comes from
/// <see cref="QueryUnderstanding.Analyse"/>, and the engine ranks. A question is answered at rank r
/// when the r-th hit is a finding of the expected document containing its phrase.
/// </summary>
internal static class HeldOutSearch
{
    /// <summary>Every style a question may carry (<see cref="SearchOverUnseenDocumentsTests.Question.Styles"/>), in the order the report prints them.</summary>
    public static readonly string[] Styles = ["cross", "junk", "noaccent", "paraphrase", "filtered", "table"];

    /// <summary>The figures against the issue's floors: recall@10, MRR, and the cross-language and junk-word questions outside the top 10.</summary>
    internal sealed record Score(double Recall, double Mrr, IReadOnlyList<string> CrossMissed, IReadOnlyList<string> JunkMissed);

    /// <summary>Ranks every question, prints the table per language and style and every question's rank, and returns the figures.</summary>
    public static async Task<Score> MeasureAsync(IReadOnlyList<SearchOverUnseenDocumentsTests.Question> questions, UnseenSearchIndex evidence, ITestOutputHelper output)
    {
        // The levels were measured with the thesauri installed (without them a word no passage holds has no synonym)
        // and with Apertium translating the passages (without it a question reaches the other language only through the glossary).
        ThesaurusFiles.RequireInstalled();
        MachineTranslation.RequireInstalled();
        var ranks = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var q in questions)
        {
            ranks[q.Id] = await RankAsync(q, evidence);
        }

        var c = CultureInfo.InvariantCulture;
        var report = new StringBuilder();
        report.AppendLine(c, $"{"group",-12} {"n",3} {"recall@10",10} {"MRR",6}");
        var groups = new List<(string, List<SearchOverUnseenDocumentsTests.Question>)>
        {
            ("all", [.. questions]),
            ("fr", [.. questions.Where(q => q.Language == "fr")]),
            ("en", [.. questions.Where(q => q.Language == "en")]),
        };
        groups.AddRange(Styles.Select(style => (style, questions.Where(q => q.Styles.Contains(style)).ToList())));
        foreach (var (group, list) in groups.Where(g => g.Item2.Count > 0))
        {
            report.AppendLine(c, $"{group,-12} {list.Count,3} {Recall(list),10:F3} {Mrr(list),6:F3}");
        }

        foreach (var q in questions)
        {
            report.AppendLine(c, $"{q.Id,-9} {(ranks[q.Id] is int r ? r.ToString(c) : "miss"),4}  [{string.Join(",", q.Styles)}] {q.Text}");
        }

        output.WriteLine(report.ToString());
        var score = new Score(
            Recall(questions),
            Mrr(questions),
            [.. questions.Where(q => q.Styles.Contains("cross") && ranks[q.Id] is null).Select(q => q.Id)],
            [.. questions.Where(q => q.Styles.Contains("junk") && ranks[q.Id] is null).Select(q => q.Id)]);
        output.WriteLine(string.Create(c, $"issue floors: recall@10 {score.Recall:F3} of 0.95, MRR {score.Mrr:F3} of 0.90, cross-language outside the top 10: {(score.CrossMissed.Count == 0 ? "none" : string.Join(", ", score.CrossMissed))}"));
        return score;

        double Recall(IReadOnlyCollection<SearchOverUnseenDocumentsTests.Question> list) => list.Count(q => ranks[q.Id] is not null) / (double)list.Count;
        double Mrr(IReadOnlyCollection<SearchOverUnseenDocumentsTests.Question> list) => list.Sum(q => ranks[q.Id] is int r ? 1.0 / r : 0) / list.Count;
    }

    /// <summary>The 1-based rank of the first top-10 hit that answers <paramref name="q"/>, or null.</summary>
    private static async Task<int?> RankAsync(SearchOverUnseenDocumentsTests.Question q, UnseenSearchIndex evidence)
    {
        var taxonomy = EvidenceTaxonomy.Default;
        // As SearchRequestParser: codes resolved through the taxonomy (an unknown one is a test error here).
        var query = new EvidenceQuery
        {
            Text = q.Text,
            Countries = q.Country is null ? [] : [taxonomy.FindCountry(q.Country)?.Code ?? throw new ArgumentException(q.Country)],
            Themes = q.Theme is null ? [] : [taxonomy.FindTheme(q.Theme)?.Code ?? throw new ArgumentException(q.Theme)],
            PageSize = 10,
        };
        query = query with { Plan = evidence.Understanding.Analyse(query.Text) };
        var results = await evidence.Index.SearchAsync(query, TestContext.Current.CancellationToken);
        var documentId = evidence.DocumentIds[q.File];
        for (var i = 0; i < Math.Min(10, results.Hits.Count); i++)
        {
            var finding = results.Hits[i].Finding;
            if (finding.DocumentId == documentId && finding.Text.Contains(q.Phrase, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }
}
