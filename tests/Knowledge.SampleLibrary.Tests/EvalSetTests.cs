using System.Text.Json;
using System.Text.Json.Serialization;
using Knowledge.SampleLibrary.Builder.Manifest;
using Knowledge.SampleLibrary.Builder.Sources;

namespace Knowledge.SampleLibrary.Tests;

/// <summary>
/// The held-out questions are only useful if every one is answerable: its phrase must be in the
/// source and must survive rendering and extraction, and its filters must admit the expected document.
/// </summary>
public sealed class EvalSetTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static readonly EvalSet Eval = JsonSerializer.Deserialize<EvalSet>(
        File.ReadAllText(TestFiles.SampleLibrary("eval", "questions.json")), Web)!;

    private static readonly LibraryManifest Manifest = LibraryManifest.Load(TestFiles.SampleLibrary("library"));

    public static TheoryData<string> QuestionIds() => new(Eval.Questions.Select(q => q.Id));

    [Fact]
    public void EvalSet_HasFiftyFourUniqueQuestions_InBothLanguages()
    {
        Assert.Equal(54, Eval.Questions.Count);
        Assert.Equal(Eval.Questions.Count, Eval.Questions.Select(q => q.Id).Distinct().Count());
        Assert.Contains(Eval.Questions, q => q.Language == "en");
        Assert.Contains(Eval.Questions, q => q.Filters is not null);
    }

    [Theory]
    [MemberData(nameof(QuestionIds))]
    public void Question_ExpectedPhrase_IsInSourceAndInExtractedOutput(string id)
    {
        var question = Eval.Questions.Single(q => q.Id == id);
        Assert.NotEmpty(question.Expected);
        foreach (var expected in question.Expected)
        {
            var entry = Assert.Single(Manifest.Documents, d => d.File == expected.File);
            var source = ReportSourceParser.Parse(Path.Combine(TestFiles.SampleLibrary("sources"), entry.Source));
            Assert.Contains(expected.Phrase, PlainText(source), StringComparison.Ordinal);
            Assert.Contains(expected.Phrase, OutputText(source), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(QuestionIds))]
    public void Question_Filters_AdmitEveryExpectedDocument(string id)
    {
        var question = Eval.Questions.Single(q => q.Id == id);
        if (question.Filters is not { } filters)
            return;

        foreach (var entry in question.Expected.Select(e => Manifest.Documents.Single(d => d.File == e.File)))
        {
            if (filters.Countries is { Count: > 0 })
                Assert.True(filters.Countries.Intersect(entry.Countries).Any(), $"{id}: {entry.File} has none of {string.Join(",", filters.Countries)}");
            if (filters.Languages is { Count: > 0 })
                Assert.Contains(entry.Language, filters.Languages);
            if (filters.DocumentKinds is { Count: > 0 })
                Assert.Contains(entry.Kind, filters.DocumentKinds);
            if (filters.YearFrom is { } from)
                Assert.True(entry.Year >= from, $"{id}: {entry.File} is from {entry.Year}");
        }
    }

    private static string PlainText(ReportSource source)
    {
        IEnumerable<IReadOnlyList<Run>> runs = source.Blocks.SelectMany(b => b switch
        {
            Paragraph p => [p.Runs],
            BulletItem i => [i.Runs],
            Callout c => [c.Runs],
            Table t => t.Rows.SelectMany(r => r),
            _ => Array.Empty<IReadOnlyList<Run>>(),
        });
        return string.Join(' ', runs.Select(r => string.Concat(r.Where(x => x.Style != RunStyle.NoteMarker).Select(x => x.Text))));
    }

    /// <summary>Extracted text without running headers, footers and note markers, as an ingester would clean it.</summary>
    private static string OutputText(ReportSource source)
    {
        var path = Path.Combine(TestFiles.SampleLibrary("library"), source.OutputFile);
        if (source.Format == OutputFormat.Docx)
            return ExtractedText.Of(path);

        var text = ExtractedText.PdfContentOrder(path)
            .Replace(source.ShortTitle, " ", StringComparison.Ordinal)
            .Replace(source.Publisher, " ", StringComparison.Ordinal)
            .Replace(source.IsFrench ? $"Document d’exemple · {source.Year}" : $"Sample document · {source.Year}", " ", StringComparison.Ordinal);
        text = System.Text.RegularExpressions.Regex.Replace(text, @"\b\d+ / \d+\b", " ");
        return ExtractedText.Normalize(text);
    }

    private sealed record EvalSet(string Description, IReadOnlyList<Question> Questions);

    private sealed record Question(string Id, string Query, string Language, QuestionFilters? Filters, IReadOnlyList<ExpectedHit> Expected);

    private sealed record ExpectedHit(string File, string Phrase);

    private sealed record QuestionFilters(
        IReadOnlyList<string>? Countries,
        IReadOnlyList<string>? Languages,
        IReadOnlyList<string>? DocumentKinds,
        IReadOnlyList<string>? Kinds,
        [property: JsonPropertyName("yearFrom")] int? YearFrom);
}
