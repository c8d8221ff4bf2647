using DocumentFormat.OpenXml.Packaging;
using Knowledge.Core.Search;
using Knowledge.Generators.Audiences;
using Knowledge.Generators.Requests;
using Microsoft.Extensions.Time.Testing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Knowledge.Generators.Tests.TestData;

/// <summary>Builds services over the fixture and reads generated DOCX back.</summary>
public static class Generation
{
    public static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public static GenerationService Service(IEvidenceIndex index, DateTimeOffset? now = null) =>
        new(index, EvidenceFixture.Taxonomy, AudienceCatalog.Default, new FakeTimeProvider(now ?? Now));

    /// <summary>One request of each kind, in both languages.</summary>
    public static TheoryData<GenerationRequest> AllKinds()
    {
        var data = new TheoryData<GenerationRequest>();
        foreach (var language in new[] { "fr", "en" })
        {
            data.Add(new MessagesRequest { Country = "BF", Audience = "policy-makers", Language = language });
            data.Add(new MessagesRequest { Region = "sahel", Audience = "private-sector-tourism", Themes = ["sexual-exploitation", "online-exploitation"], Language = language });
            data.Add(new RegionalStrategyRequest { Region = "ecowas", PeriodStart = 2026, PeriodEnd = 2028, Language = language });
            data.Add(new NationalPlanRequest { Country = "BF", PeriodStart = 2026, PeriodEnd = 2027, Language = language });
            data.Add(new PositionNoteRequest { Country = "NE", Themes = ["sexual-exploitation"], Language = language });
            data.Add(new DonorBriefRequest { Country = "NE", Language = language });
            data.Add(new DonorBriefRequest { Region = "sahel", Language = language });
        }

        return data;
    }

    /// <summary>The text of the DOCX body, paragraph by paragraph.</summary>
    public static string Text(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", package.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText));
    }

    /// <summary>Each quote in the DOCX (runs styled EvidenceText) with the text of the footnote that follows it.</summary>
    public static IReadOnlyList<(string Quote, string Footnote)> Quotes(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = package.MainDocumentPart!;
        var notes = main.FootnotesPart!.Footnotes!.Elements<W.Footnote>()
            .ToDictionary(f => f.Id!.Value, f => string.Concat(f.Descendants<W.Text>().Select(t => t.Text)).Trim());
        var result = new List<(string, string)>();
        foreach (var run in main.Document!.Body!.Descendants<W.Run>())
        {
            if (run.RunProperties?.RunStyle?.Val?.Value != "EvidenceText")
            {
                continue;
            }

            var reference = run.ElementsAfter().OfType<W.Run>().Select(r => r.GetFirstChild<W.FootnoteReference>()).First(r => r is not null)!;
            result.Add((string.Concat(run.Elements<W.Text>().Select(t => t.Text)), notes[reference.Id!.Value]));
        }

        return result;
    }
}
