using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Tests.Fixtures;

namespace Knowledge.Ingest.Tests.Extraction;

/// <summary>
/// A table's rows name their figures in a few header words; the paragraph that says what the table
/// shows is its legend in prose. The table finding carries that paragraph (to be searched with its
/// rows), which stays a finding of its own and is never quoted as part of the table.
/// </summary>
public sealed class TableIntroductionTests
{
    private const string Opening =
        "Cette étude porte sur les adolescentes atteintes de fistule obstétricale au Niger, dans les régions de Maradi et de Zinder. " +
        "Elle repose sur des entretiens avec les patientes, leurs familles et les équipes des centres de réparation.";

    private const string Legend =
        "Le tableau suivant présente, pour chaque centre, le nombre de patientes reçues et la part de celles qui disent avoir été répudiées par leur mari.";

    [Fact]
    public async Task ParagraphBeforeTheTable_ThatSpeaksOfIt_IsItsIntroduction_AndStaysAFindingOfItsOwn()
    {
        var result = await IngestTableAsync(1, before: Legend);

        var table = Assert.Single(result.Findings, f => f.Table is not null);
        Assert.Equal(Legend, table.Table!.Introduction);
        Assert.DoesNotContain("répudiées par leur mari", table.Text, StringComparison.Ordinal);
        Assert.Single(result.Findings, f => f.Table is null && f.Text.Contains(Legend, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ParagraphAfterTheTable_ThatNamesItsNumber_IsItsIntroduction_WhenTheOneBeforeSaysNothingOfIt()
    {
        const string after = "Le tableau 2 montre que la part des patientes répudiées dépasse la moitié dans les deux centres.";
        var result = await IngestTableAsync(2, after: after);

        Assert.Equal(after, Assert.Single(result.Findings, f => f.Table is not null).Table!.Introduction);
    }

    [Theory]
    [InlineData("Le tableau 3 montre que la part des patientes répudiées dépasse la moitié dans les deux centres.")]
    [InlineData("Les patientes répudiées retournent rarement dans leur village après l'opération, même guéries.")]
    public async Task ProseThatIsNotTheTablesLegend_IsNotItsIntroduction(string after)
    {
        // Before: a paragraph that neither speaks of a table nor leads into it. After: another
        // table's number, or no table at all.
        var result = await IngestTableAsync(2, after: after);

        Assert.Null(Assert.Single(result.Findings, f => f.Table is not null).Table!.Introduction);
    }

    [Theory]
    [InlineData("Le tableau 1 montre que la part des patientes répudiées est plus forte à Maradi qu'à Zinder.")]
    [InlineData("Une table ronde a réuni les chirurgiens, les sages-femmes et les associations de patientes à Niamey.")]
    public async Task ParagraphBeforeTheTable_AboutAnotherTableOrARoundTable_IsNotItsIntroduction(string before)
    {
        var result = await IngestTableAsync(2, before: before);

        Assert.Null(Assert.Single(result.Findings, f => f.Table is not null).Table!.Introduction);
    }

    /// <summary>
    /// Ingests a section holding the opening paragraph, then <paramref name="before"/> when given, the
    /// table numbered <paramref name="number"/> under its caption, then <paramref name="after"/> when given.
    /// </summary>
    private static async Task<IngestResult> IngestTableAsync(int number, string? before = null, string? after = null)
    {
        var markdown = $"""
            ---
            title: Fistule obstétricale au Niger
            year: 2024
            ---
            # Résultats

            {Opening}

            {before}

            Tableau {number} : Patientes reçues, par centre (2024)

            | Centre | Patientes reçues | Répudiées |
            |---|---|---|
            | Maradi | 176 | 64 % |
            | Zinder | 143 | 58 % |

            {after}
            """;
        var result = await IngestRun.RunAsync(System.Text.Encoding.UTF8.GetBytes(markdown), "fistule.md");
        Assert.Equal(IngestStatus.Ingested, result.Status);
        return result;
    }
}
