using System.Text.RegularExpressions;
using Knowledge.Core.Safeguarding;
using Knowledge.Ingest.Safeguarding;

namespace Knowledge.Ingest.Tests.Safeguarding;

public sealed partial class ChildIdentityDetectorTests(ITestOutputHelper output)
{
    private static readonly ChildIdentityDetector Detector = new();

    [Fact]
    public void HeldOut_RecallAndPrecision_MeetTheSafeguardingFloor()
    {
        var score = Evaluate(LabelledPassages.HeldOut);
        Report("held-out", score);
        Assert.True(score.Recall >= 0.95, $"rappel {score.Recall:P1} < 95 %");
        Assert.True(score.Precision >= 0.80, $"précision {score.Precision:P1} < 80 %");
    }

    [Fact]
    public void Development_RecallAndPrecision_MeetTheSafeguardingFloor()
    {
        var score = Evaluate(LabelledPassages.Development);
        Report("development", score);
        Assert.True(score.Recall >= 0.95, $"rappel {score.Recall:P1} < 95 %");
        Assert.True(score.Precision >= 0.80, $"précision {score.Precision:P1} < 80 %");
    }

    [Theory]
    [InlineData("Le ministre de la Justice, M. Boubacar Ba, a présenté la réforme.")]
    [InlineData("Selon Traoré (2019), la prévalence reste élevée chez les filles.")]
    [InlineData("Dans la région de Zinder, 89 % des filles sont mariées avant 18 ans.")]
    [InlineData("La loi n° 2014-035 du 16 mai 2014 protège l'enfant.")]
    [InlineData("Girls aged 15 to 19 are the most exposed.")]
    [InlineData("En 2022, 335 000 enfants ont été recensés.")]
    public void PublicOrPolicyText_IsNotFlagged(string text) => Assert.Empty(Detector.Detect(text));

    [Fact]
    public void Flag_CarriesTheSpanAsItStandsWithItsOffsets()
    {
        const string text = "Selon le rapport, Hadiza, victime de traite, vit à Maradi.";
        var flag = Assert.Single(Detector.Detect(text));
        Assert.Equal("Hadiza", flag.Text);
        Assert.Equal(text.IndexOf("Hadiza", StringComparison.Ordinal), flag.Start);
        Assert.Equal(6, flag.Length);
        Assert.Equal(SafeguardingKind.Name, flag.Kind);
        Assert.Equal(FlagStatus.Pending, flag.Status);
    }

    [Fact]
    public void AgeWithVillage_IsOneFlagCoveringBoth()
    {
        const string text = "Une fille de 13 ans originaire de Kouré a été retrouvée.";
        var flag = Assert.Single(Detector.Detect(text));
        Assert.Equal(SafeguardingKind.AgeWithDetail, flag.Kind);
        Assert.Contains("13 ans", flag.Text, StringComparison.Ordinal);
        Assert.Contains("Kouré", flag.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EditedLexicon_AddsANameTheShippedOneLacks()
    {
        var folder = Directory.CreateTempSubdirectory("lexicon").FullName;
        try
        {
            // Not set beside the child word, so only the lexicon can tell that Tsayba is a name (the shipped one lacks it).
            const string text = "Selon sa tante, Tsayba travaillait déjà chez une voisine quand elle était adolescente.";
            Assert.Empty(new ChildIdentityDetector().Detect(text));
            File.WriteAllText(Path.Combine(folder, SafeguardingLexicon.FileName), """
                { "firstNames": ["Tsayba"], "childWords": { "fr": ["adolescente"] } }
                """);
            var flag = Assert.Single(new ChildIdentityDetector(SafeguardingLexicon.Load(folder)).Detect(text));
            Assert.Equal("Tsayba", flag.Text);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void BrokenLexicon_FailsNamingTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("lexicon").FullName;
        try
        {
            var path = Path.Combine(folder, SafeguardingLexicon.FileName);
            File.WriteAllText(path, "{ \"firstNames\": [ ");
            var ex = Assert.Throws<InvalidDataException>(() => SafeguardingLexicon.Load(folder));
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private void Report(string set, Score score)
    {
        output.WriteLine($"{set}: recall {score.Recall:F3}, precision {score.Precision:F3} ({score.Expected} spans, {score.Detected} flags)");
        foreach (var (kind, (found, total)) in score.PerKind.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {kind,-16} recall {found}/{total}");
        }

        foreach (var miss in score.Misses)
        {
            output.WriteLine($"  missed: {miss}");
        }

        foreach (var fp in score.FalsePositives)
        {
            output.WriteLine($"  false positive: {fp}");
        }
    }

    internal static Score Evaluate(IReadOnlyList<string> passages)
    {
        int expected = 0, matched = 0, detected = 0, correct = 0;
        var perKind = new Dictionary<string, (int Found, int Total)>();
        var misses = new List<string>();
        var falsePositives = new List<string>();
        foreach (var labelled in passages)
        {
            var (text, spans) = Parse(labelled);
            var flags = Detector.Detect(text);
            foreach (var span in spans)
            {
                expected++;
                var hit = flags.Any(f => f.Start < span.Start + span.Length && span.Start < f.Start + f.Length);
                var (found, total) = perKind.GetValueOrDefault(span.Kind);
                perKind[span.Kind] = (found + (hit ? 1 : 0), total + 1);
                if (hit)
                {
                    matched++;
                }
                else
                {
                    misses.Add($"{span.Kind}: « {text.Substring(span.Start, span.Length)} » in « {text} »");
                }
            }

            foreach (var flag in flags)
            {
                detected++;
                if (spans.Any(s => flag.Start < s.Start + s.Length && s.Start < flag.Start + flag.Length))
                {
                    correct++;
                }
                else
                {
                    falsePositives.Add($"{flag.Kind.ToCode()}: « {flag.Text} » in « {text} »");
                }
            }
        }

        return new Score(
            expected == 0 ? 1 : (double)matched / expected,
            detected == 0 ? 1 : (double)correct / detected,
            expected,
            detected,
            perKind,
            misses,
            falsePositives);
    }

    private static (string Text, List<(int Start, int Length, string Kind)> Spans) Parse(string labelled)
    {
        var spans = new List<(int, int, string)>();
        var text = new System.Text.StringBuilder();
        var at = 0;
        foreach (Match m in Mark().Matches(labelled))
        {
            text.Append(labelled, at, m.Index - at);
            var inner = m.Groups["t"].Value;
            spans.Add((text.Length, inner.Length, KindOf(inner)));
            text.Append(inner);
            at = m.Index + m.Length;
        }

        text.Append(labelled, at, labelled.Length - at);
        return (text.ToString(), spans);
    }

    // The kind a labelled span is, for per-kind recall, told from its shape.
    private static string KindOf(string span) => span switch
    {
        _ when span.Contains('@', StringComparison.Ordinal) => "email",
        _ when PhoneShape().IsMatch(span) => "phone",
        _ when span.StartsWith("Photo", StringComparison.Ordinal) => "photo-caption",
        _ when span.StartsWith('«') || span.StartsWith('"') || span.Contains("J'", StringComparison.Ordinal) || span.StartsWith("My ", StringComparison.Ordinal) || span.StartsWith("Je ", StringComparison.Ordinal) || span.StartsWith("On m", StringComparison.Ordinal) => "testimony",
        _ when CaseShape().IsMatch(span) => "case-number",
        _ when span.Contains('°', StringComparison.Ordinal) || CoordinateShape().IsMatch(span) => "coordinates",
        _ when span.StartsWith("rue", StringComparison.OrdinalIgnoreCase) => "address",
        _ when AgeShape().IsMatch(span) => "age-with-detail",
        _ => "name",
    };

    internal sealed record Score(double Recall, double Precision, int Expected, int Detected, Dictionary<string, (int Found, int Total)> PerKind, List<string> Misses, List<string> FalsePositives);

    [GeneratedRegex(@"\[\[(?<t>.+?)\]\]")]
    private static partial Regex Mark();

    [GeneratedRegex(@"^[+0-9][0-9 ]{7,}$")]
    private static partial Regex PhoneShape();

    [GeneratedRegex(@"(?i)(dossier|affaire|case|complaint)")]
    private static partial Regex CaseShape();

    [GeneratedRegex(@"^-?\d+\.\d{3,}")]
    private static partial Regex CoordinateShape();

    [GeneratedRegex(@"(?i)(\d+ ans|\d+-year-old|âgée)")]
    private static partial Regex AgeShape();
}
