using System.Globalization;
using Knowledge.Core.Evidence;
using Knowledge.Core.Safeguarding;
using Knowledge.Generators.Requests;
using Knowledge.Generators.Tests.Fakes;
using Knowledge.Generators.Tests.TestData;
using Knowledge.Generators.Toolkit;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Knowledge.Generators.Tests;

/// <summary>The advocacy tracker (XLSX) and the synthesis deck (PPTX): valid files, the plan's own evidence, verbatim quotes, stable bytes.</summary>
public class ToolkitTests
{
    public static TheoryData<string> Languages() => new("fr", "en");

    public static TheoryData<GenerationRequest> DeckBases()
    {
        var data = new TheoryData<GenerationRequest>();
        foreach (var language in new[] { "fr", "en" })
        {
            data.Add(new NationalPlanRequest { Country = "BF", PeriodStart = 2026, PeriodEnd = 2028, Language = language });
            data.Add(new RegionalStrategyRequest { Region = "ecowas", PeriodStart = 2026, PeriodEnd = 2028, Language = language });
        }

        return data;
    }

    private static NationalPlanRequest Plan(string language = "fr") => new() { Country = "BF", PeriodStart = 2026, PeriodEnd = 2028, Language = language };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Tracker_PassesTheOpenXmlValidator_WithItsSixSheetsInOrder(string language)
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var tracker = await service.GenerateTrackerAsync(Plan(language), TestContext.Current.CancellationToken);
        using var xlsx = OfficeFiles.OpenXlsx(GenerationService.RenderXlsx(tracker, s => "https://kb.example.org/findings/" + s.FindingId));

        Assert.Empty(OfficeFiles.ValidationErrors(xlsx));
        string[] expected = language == "en"
            ? ["Objectives", "Activities", "Outcomes", "Indicators", "Risks", "Sources"]
            : ["Objectifs", "Activités", "Résultats", "Indicateurs", "Risques", "Sources"];
        Assert.Equal(expected, OfficeFiles.Sheets(xlsx).Select(s => s.Name));
    }

    [Fact]
    public async Task Tracker_FreezesHeaders_ValidatesChoicesAndDates_AndWritesRealDates()
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var tracker = await service.GenerateTrackerAsync(Plan(), TestContext.Current.CancellationToken);
        using var xlsx = OfficeFiles.OpenXlsx(GenerationService.RenderXlsx(tracker));
        var sheets = OfficeFiles.Sheets(xlsx).ToDictionary(s => s.Name, s => s.Part);

        foreach (var part in sheets.Values)
        {
            var pane = part.Worksheet!.Descendants<S.Pane>().Single();
            Assert.Equal(S.PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            Assert.NotEmpty(part.Worksheet.Descendants<S.Column>());
        }

        var activities = sheets["Activités"].Worksheet!.Descendants<S.DataValidation>().ToList();
        var type = activities.Single(v => v.Formula1!.Text.Contains("Réunion", StringComparison.Ordinal));
        Assert.Equal("\"Réunion,Soumission,Événement,Médias,Campagne\"", type.Formula1!.Text);
        Assert.Equal("E2:E41", type.SequenceOfReferences!.InnerText);
        Assert.Contains(activities, v => v.Type!.Value == S.DataValidationValues.Date && v.SequenceOfReferences!.InnerText == "B2:B41");
        Assert.Contains(activities, v => v.Formula1!.Text.StartsWith("'Objectifs'!$B$2:$B$", StringComparison.Ordinal));
        var outcomes = sheets["Résultats"].Worksheet!.Descendants<S.DataValidation>().Select(v => v.Formula1!.Text).ToList();
        Assert.Contains("\"Politique,Pratique,Comportement,Engagement,Relation\"", outcomes);
        var risks = sheets["Risques"].Worksheet!.Descendants<S.DataValidation>().Select(v => v.Formula1!.Text).ToList();
        Assert.Contains("\"Forte,Moyenne,Faible\"", risks);

        // The deadline of each objective is a number (a date serial) in a cell whose style has the date format.
        var styles = xlsx.WorkbookPart!.WorkbookStylesPart!.Stylesheet!;
        var formats = styles.CellFormats!.Elements<S.CellFormat>().ToList();
        var dateFormat = styles.NumberingFormats!.Elements<S.NumberingFormat>().Single(f => f.FormatCode!.Value == "dd/mm/yyyy").NumberFormatId!.Value;
        var deadlines = sheets["Objectifs"].Worksheet!.Descendants<S.Cell>().Where(c => c.CellReference!.Value!.StartsWith('H') && c.CellReference.Value != "H1" && c.CellValue is not null).ToList();
        Assert.Equal(tracker.Sheets[0].Rows.Count, deadlines.Count);
        foreach (var cell in deadlines)
        {
            Assert.Null(cell.DataType);
            Assert.Equal(dateFormat, formats[(int)cell.StyleIndex!.Value].NumberFormatId!.Value);
            Assert.Equal(new DateTime(2028, 12, 31, 0, 0, 0, DateTimeKind.Unspecified), DateTime.FromOADate(double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Tracker_QuotesTheSameObjectivesAndBaselinesAsThePlan(string language)
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var plan = await service.GenerateAsync(Plan(language), TestContext.Current.CancellationToken);
        var tracker = await Generation.Service(await EvidenceFixture.IndexAsync()).GenerateTrackerAsync(Plan(language), TestContext.Current.CancellationToken);

        // The Sources sheet lists exactly the plan's quotes, in the plan's order.
        Assert.Equal(plan.Quotes().Select(q => (q.Text, q.Source.FindingId)), tracker.Sheets[5].Rows.Select(r => ((QuoteCell)r[1]!).Quote).Select(q => (q.Text, q.Source.FindingId)));
        // Every baseline quoted in the tracker is one the plan quotes.
        var objectiveQuotes = tracker.Sheets[0].Rows.Select(r => r[4]).OfType<QuoteCell>().Select(c => c.Quote.Text).ToList();
        Assert.All(objectiveQuotes, q => Assert.Contains(q, plan.Quotes().Select(p => p.Text)));
        Assert.Equal(objectiveQuotes, tracker.Sheets[3].Rows.Select(r => r[2]).OfType<QuoteCell>().Select(c => c.Quote.Text));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Tracker_EveryQuoteCell_IsVerbatimFromAFinding_WithItsPageExactCitationBesideIt(string language)
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var tracker = await service.GenerateTrackerAsync(Plan(language), TestContext.Current.CancellationToken);
        using var xlsx = OfficeFiles.OpenXlsx(GenerationService.RenderXlsx(tracker));

        var quotes = 0;
        foreach (var (_, part) in OfficeFiles.Sheets(xlsx))
        {
            foreach (var row in OfficeFiles.Rows(part))
            {
                for (var c = 0; c < row.Count; c++)
                {
                    if (row[c].Style != 5)
                    {
                        continue;
                    }

                    quotes++;
                    var (quote, citation) = (row[c].Text, row[c + 1].Text);
                    var f = EvidenceFixture.AllFindings.FirstOrDefault(f => f.Text.Contains(quote, StringComparison.Ordinal) && f.Citation.Format(language) == citation);
                    Assert.True(f is not null, $"Not verbatim from a finding cited as \"{citation}\": {quote}");
                    Assert.Contains(f.PageEnd > f.Page ? $"pp. {f.Page}-{f.PageEnd}" : $"p. {f.Page}", citation, StringComparison.Ordinal);
                }
            }
        }

        Assert.Equal(tracker.Quotes().Count(), quotes);
        Assert.True(quotes >= 2, $"only {quotes} quotes");
    }

    [Theory]
    [MemberData(nameof(DeckBases))]
    public async Task Deck_PassesTheOpenXmlValidator_WithItsSlidesInTheFieldsOrder(GenerationRequest basis)
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var deck = await service.GenerateDeckAsync(basis, TestContext.Current.CancellationToken);
        using var pptx = OfficeFiles.OpenPptx(GenerationService.RenderPptx(deck));

        Assert.Empty(OfficeFiles.ValidationErrors(pptx));
        var kinds = deck.Slides.Select(s => s.Kind).ToList();
        Assert.Equal(SlideKind.Title, kinds[0]);
        Assert.Equal(SlideKind.KeyMessages, kinds[1]);
        Assert.Equal(SlideKind.Problem, kinds[2]);
        Assert.InRange(kinds.Count(k => k == SlideKind.Evidence), 3, 5);
        Assert.Equal(
            [SlideKind.Title, SlideKind.KeyMessages, SlideKind.Problem, SlideKind.Evidence, SlideKind.GapGrid, SlideKind.Asks, SlideKind.Recommendations, SlideKind.Timeline, SlideKind.Sources],
            kinds.Distinct());
        Assert.True(kinds.SkipWhile(k => k != SlideKind.Evidence).TakeWhile(k => k == SlideKind.Evidence).Count() == kinds.Count(k => k == SlideKind.Evidence), "evidence slides are consecutive");
        var slides = OfficeFiles.Slides(pptx);
        Assert.Equal(deck.Slides.Select(s => s.Title), slides.Select(s => s.Title));
        // Each title is a full-sentence message.
        Assert.All(slides, s => Assert.Matches(@"^[\p{Lu}\d].*\S\.$", s.Title));
        // The gap grid is a real table.
        var grid = slides[kinds.IndexOf(SlideKind.GapGrid)].Part.Slide!.Descendants<DocumentFormat.OpenXml.Drawing.Table>().Single();
        Assert.True(grid.Elements<DocumentFormat.OpenXml.Drawing.TableRow>().Count() >= 2);
    }

    [Theory]
    [MemberData(nameof(DeckBases))]
    public async Task Deck_EveryQuote_IsVerbatimFromAFinding_CitedUnderItAndInTheNotes(GenerationRequest basis)
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var deck = await service.GenerateDeckAsync(basis, TestContext.Current.CancellationToken);
        using var pptx = OfficeFiles.OpenPptx(GenerationService.RenderPptx(deck));

        var quotes = 0;
        foreach (var slide in OfficeFiles.Slides(pptx))
        {
            for (var p = 0; p < slide.Paragraphs.Count; p++)
            {
                foreach (var run in slide.Paragraphs[p].Where(r => r.RunProperties?.Italic?.Value == true))
                {
                    quotes++;
                    var citation = string.Concat(slide.Paragraphs[p + 1].Select(r => r.InnerText)).TrimStart('—', ' ');
                    var f = EvidenceFixture.AllFindings.FirstOrDefault(f => f.Text.Contains(run.InnerText, StringComparison.Ordinal) && f.Citation.Format(basis.Language) == citation);
                    Assert.True(f is not null, $"Not verbatim from a finding cited as \"{citation}\": {run.InnerText}");
                    Assert.Contains(f.PageEnd > f.Page ? $"pp. {f.Page}-{f.PageEnd}" : $"p. {f.Page}", citation, StringComparison.Ordinal);
                    Assert.Contains(citation, slide.Notes, StringComparison.Ordinal);
                }
            }
        }

        Assert.Equal(deck.Quotes().Count(), quotes);
        Assert.True(quotes >= 3, $"only {quotes} quotes");
        var ids = deck.Quotes().Select(q => q.Quote.Source.FindingId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Deck_WithoutEvidence_SaysSoOnEverySlideThatNeedsIt_AndInventsNothing()
    {
        var service = Generation.Service(new InMemoryEvidenceIndex(EvidenceFixture.Taxonomy));
        var deck = await service.GenerateDeckAsync(new NationalPlanRequest { Country = "MR", PeriodStart = 2026, PeriodEnd = 2027 }, TestContext.Current.CancellationToken);

        Assert.Empty(deck.Quotes());
        Assert.Contains(deck.Slides, s => s.Kind == SlideKind.Problem && s.Items.OfType<SlideGap>().Any());
        Assert.Contains(deck.Slides, s => s.Kind == SlideKind.Recommendations && s.Items.OfType<SlideGap>().Any());
        Assert.Equal(3, deck.Slides[1].Items.OfType<SlideGap>().Count());
        using var pptx = OfficeFiles.OpenPptx(GenerationService.RenderPptx(deck));
        Assert.Empty(OfficeFiles.ValidationErrors(pptx));
    }

    [Fact]
    public async Task Deck_RejectsABasisThatIsNeitherAPlanNorAStrategy()
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var ex = await Assert.ThrowsAsync<GenerationRequestException>(() => service.GenerateDeckAsync(new PositionNoteRequest { Country = "NE", Themes = ["justice"] }, TestContext.Current.CancellationToken));
        Assert.Equal("basis", ex.Validation.Errors.Single().Field);
    }

    [Fact]
    public async Task SameRequest_GivesTheSameBytes_AndOnlyTheCreationTimeDiffersOnAnotherDay()
    {
        var index = await EvidenceFixture.IndexAsync();
        var reversed = await EvidenceFixture.IndexAsync(reverse: true);
        var ct = TestContext.Current.CancellationToken;
        var xlsx1 = GenerationService.RenderXlsx(await Generation.Service(index).GenerateTrackerAsync(Plan(), ct));
        var xlsx2 = GenerationService.RenderXlsx(await Generation.Service(reversed).GenerateTrackerAsync(Plan(), ct));
        var pptx1 = GenerationService.RenderPptx(await Generation.Service(index).GenerateDeckAsync(Plan(), ct));
        var pptx2 = GenerationService.RenderPptx(await Generation.Service(reversed).GenerateDeckAsync(Plan(), ct));

        Assert.Equal(xlsx1, xlsx2);
        Assert.Equal(pptx1, pptx2);

        var later = Generation.Now.AddHours(5);
        var pptx3 = GenerationService.RenderPptx(await Generation.Service(index, later).GenerateDeckAsync(Plan(), ct));
        Assert.Equal(Parts(pptx1).Where(p => p.Key != "docProps/core.xml"), Parts(pptx3).Where(p => p.Key != "docProps/core.xml"));
        Assert.NotEqual(Parts(pptx1)["docProps/core.xml"], Parts(pptx3)["docProps/core.xml"]);
    }

    [Fact]
    public async Task AFindingWithAPendingSafeguardingFlag_IsNeverQuoted_AndEveryOutputCountsItAsSetAside()
    {
        var ct = TestContext.Current.CancellationToken;
        // The plan's first quote, flagged as a span that could identify a child and not yet reviewed.
        var plain = await Generation.Service(await EvidenceFixture.IndexAsync()).GenerateAsync(Plan(), ct);
        var target = plain.Quotes().First();
        var index = new InMemoryEvidenceIndex(EvidenceFixture.Taxonomy);
        foreach (var (document, findings) in EvidenceFixture.Documents)
        {
            await index.UpsertDocumentAsync(document, [.. findings.Select(f => f.Id != target.Source.FindingId ? f : f with
            {
                Safeguarding = [new SafeguardingFlag(target.Text[..10], f.Text.IndexOf(target.Text, StringComparison.Ordinal), 10, SafeguardingKind.Name, "name-near-child-word")],
            })], ct);
        }

        var service = Generation.Service(index);
        var plan = await service.GenerateAsync(Plan(), ct);
        var tracker = await service.GenerateTrackerAsync(Plan(), ct);
        var deck = await service.GenerateDeckAsync(Plan(), ct);
        var brief = await service.GenerateAsync(new DonorBriefRequest { Country = "BF" }, ct);

        Assert.DoesNotContain(plan.Quotes(), q => q.Source.FindingId == target.Source.FindingId);
        Assert.DoesNotContain(tracker.Quotes(), q => q.Quote.Source.FindingId == target.Source.FindingId);
        Assert.DoesNotContain(deck.Quotes(), q => q.Quote.Source.FindingId == target.Source.FindingId);
        Assert.DoesNotContain(brief.Quotes(), q => q.Source.FindingId == target.Source.FindingId);
        const string Said = "1 constat a été mis de côté";
        Assert.Equal(1, plan.SetAsideForReview);
        Assert.Contains(Said, Generation.Text(GenerationService.RenderDocx(plan)), StringComparison.Ordinal);
        Assert.Contains(Said, string.Join(" ", tracker.Sheets[5].Notes), StringComparison.Ordinal);
        using (var xlsx = OfficeFiles.OpenXlsx(GenerationService.RenderXlsx(tracker)))
        {
            Assert.Contains(OfficeFiles.Rows(OfficeFiles.Sheets(xlsx)[5].Part).SelectMany(r => r), c => c.Text.Contains(Said, StringComparison.Ordinal));
        }

        using (var pptx = OfficeFiles.OpenPptx(GenerationService.RenderPptx(deck)))
        {
            var sources = OfficeFiles.Slides(pptx).Zip(deck.Slides).Where(s => s.Second.Kind == SlideKind.Sources).Select(s => s.First.Part.Slide!.InnerText).ToList();
            Assert.Contains(sources, s => s.Contains(Said, StringComparison.Ordinal));
        }

        // Without the flag, every output says that nothing was set aside.
        Assert.Equal(0, plain.SetAsideForReview);
        Assert.Contains("aucun constat n'a été écarté", Generation.Text(GenerationService.RenderDocx(plain)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Child safeguarding: 2 findings were set aside")]
    [InlineData("fr", "Protection de l'enfance : 2 constats ont été mis de côté")]
    public async Task SetAsideCount_IsWrittenInThePluralWhenTwoFindingsWait(string language, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        var plain = await Generation.Service(await EvidenceFixture.IndexAsync()).GenerateAsync(Plan(language), ct);
        var targets = plain.Quotes().Take(2).ToDictionary(q => q.Source.FindingId, q => q.Text);
        var index = new InMemoryEvidenceIndex(EvidenceFixture.Taxonomy);
        foreach (var (document, findings) in EvidenceFixture.Documents)
        {
            await index.UpsertDocumentAsync(document, [.. findings.Select(f => !targets.TryGetValue(f.Id, out var quote) ? f : f with
            {
                Safeguarding = [new SafeguardingFlag(quote[..8], f.Text.IndexOf(quote, StringComparison.Ordinal), 8, SafeguardingKind.AgeWithDetail, "age-with-locality")],
            })], ct);
        }

        var plan = await Generation.Service(index).GenerateAsync(Plan(language), ct);

        Assert.Equal(2, plan.SetAsideForReview);
        Assert.Contains(expected, Generation.Text(GenerationService.RenderDocx(plan)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DonorBrief_IsShort_QuotesFiguresWorksAndGaps_AndSaysWhatIsMissing()
    {
        var service = Generation.Service(await EvidenceFixture.IndexAsync());
        var brief = await service.GenerateAsync(new DonorBriefRequest { Country = "NE" }, TestContext.Current.CancellationToken);

        Assert.Equal(Documents.GeneratedKind.DonorBrief, brief.Kind);
        Assert.Equal("Note aux bailleurs : Niger", brief.Title);
        var placements = brief.QuotePlacements().ToList();
        Assert.InRange(placements.Count, 1, 7);
        Assert.All(placements.Where(p => p.Section[0] == "Le problème en chiffres"), p => Assert.Contains(p.Quote.Role, new[] { FindingRole.Statistic, FindingRole.Problem }));
        Assert.All(placements.Where(p => p.Section[0] == "Les lacunes à combler"), p => Assert.Equal(FindingRole.Gap, p.Quote.Role));
        Assert.Contains(brief.Blocks.OfType<Documents.Heading>(), h => h.Text == "Ce que le financement permet");
        Assert.Equal("note-bailleurs-NE-20260314.docx", GenerationService.FileName(brief, "docx"));
    }

    private static Dictionary<string, string> Parts(byte[] package)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(package));
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        });
    }
}
