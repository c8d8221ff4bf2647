using System.Text;
using Knowledge.Core.Evidence;
using Knowledge.Core.Safeguarding;
using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Safeguarding;
using Knowledge.Ingest.Tagging;
using Knowledge.Ingest.Tests.Fixtures;

namespace Knowledge.Ingest.Tests.Tagging;

/// <summary>
/// A rule pattern that runs out of time (a pathological passage, a machine under heavy load) must
/// not cost the document: the role classifier leaves the finding without roles, the safeguarding
/// detector flags the whole passage for review, and the document is ingested with a warning.
/// The time-out is forced with a one-millisecond limit on a passage far too long to scan in it.
/// </summary>
public sealed class PatternTimeoutTests
{
    private static readonly TimeSpan Tiny = TimeSpan.FromMilliseconds(1);

    // One "sentence" of ~300,000 characters, lower case and without a full stop, so it stays one
    // passage and every pattern must scan all of it: far beyond what one millisecond allows.
    private static readonly string Endless = LongSentence();

    private static readonly string Ordinary = "Au Niger, les services sociaux du district reçoivent chaque mois des familles venues des villages voisins pour demander un appui, et les équipes mobiles se rendent dans les communes éloignées afin de rencontrer les comités locaux de protection, qui signalent les situations préoccupantes aux travailleurs sociaux.";

    [Fact]
    public void RoleClassifier_OnTimeout_LeavesTheFindingWithoutRoles()
    {
        var finding = new Finding { Id = "d-0", DocumentId = "d", DocumentTitle = "Étude", Text = Endless, Language = "fr" };

        var classified = FindingRoleClassifier.Apply(finding, Tiny, out var timedOut);

        Assert.True(timedOut);
        Assert.Empty(classified.Roles);
        Assert.Empty(classified.RoleSpans);
    }

    [Fact]
    public void Detector_OnTimeout_FlagsTheWholePassageForReview()
    {
        var flag = Assert.Single(new ChildIdentityDetector(matchTimeout: Tiny).Detect(Endless));

        Assert.Equal(ChildIdentityDetector.TimeoutReason, flag.Reason);
        Assert.Equal(0, flag.Start);
        Assert.Equal(Endless.Length, flag.Length);
        Assert.Equal(FlagStatus.Pending, flag.Status);
    }

    [Fact]
    public async Task Pipeline_WithATinyPatternTimeout_StillIngestsTheDocument_AndWarns()
    {
        var docx = TestDocx.Build("Étude", TestDocx.Para(Ordinary), TestDocx.Para(Endless));

        var result = await IngestRun.RunAsync(docx, "long.docx", options: new IngestOptions { PatternTimeout = Tiny });

        Assert.Equal(IngestStatus.Ingested, result.Status);
        var endless = Assert.Single(result.Findings, f => f.Text.Length > 100_000);
        Assert.Empty(endless.Roles);
        Assert.Contains(endless.Safeguarding, f => f.Reason == ChildIdentityDetector.TimeoutReason && f.Length == endless.Text.Length);
        Assert.True(endless.HasHiddenSpans());
        Assert.Contains(result.Warnings, w => w.Contains("délai dépassé", StringComparison.Ordinal));

        // The ordinary passage beside it is kept whole. Whether its own patterns finish within a
        // 1 ms limit depends on the machine's load, so only a time-out may explain a flag on it.
        var ordinary = Assert.Single(result.Findings, f => f.Text.Length < 1_000);
        Assert.Equal(Ordinary, ordinary.Text);
        Assert.All(ordinary.Safeguarding, f => Assert.Equal(ChildIdentityDetector.TimeoutReason, f.Reason));
    }

    private static string LongSentence()
    {
        var sb = new StringBuilder();
        while (sb.Length < 300_000)
        {
            sb.Append("les ménages ruraux vivent loin des services publics et des marchés de la commune, ");
        }

        return sb.Append("et cela pèse sur leur quotidien.").ToString();
    }
}
