using System.Text;
using Knowledge.Core.Taxonomy;
using Knowledge.Ingest.Pipeline;
using Knowledge.Ingest.Safeguarding;

namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// The learned name model: trained on the labelled sets, reproducible, and worth its place (it finds
/// names the rules miss on a set it was not trained on, without flooding the look-alikes).
/// </summary>
public sealed class NameModelTests(ITestOutputHelper output)
{
    /// <summary>The sets the shipped model is trained on: every labelled set written up to AE (the later ones are measured, not trained on).</summary>
    internal static IEnumerable<GeneratedPassage> TrainingSets =>
        BlindSet.WrittenThrough(HeldOutSetAE.All);

    internal static LabelledText Labelled(GeneratedPassage p) => new(
        p.Text,
        [.. p.Positives.Where(s => s.Kind == "name").Select(s => (s.Start, s.Length))],
        [.. p.Positives.Where(s => s.Kind != "name").Select(s => (s.Start, s.Length))]);

    /// <summary>
    /// The shipped weights are exactly what training on sets A–AE gives. After adding labelled passages,
    /// retrain: this test writes the new model where its message says, to be copied over the shipped one.
    /// </summary>
    [Fact]
    public void ShippedModel_IsWhatTrainingOnTheLabelledSetsGives()
    {
        var trained = NameModel.Train(TrainingSets.Select(Labelled), SafeguardingLexicon.Default);
        var shipped = NameModel.Default;
        var differing = trained.Weights.Keys.Union(shipped.Weights.Keys)
            .Count(k => trained.Weights.GetValueOrDefault(k) != shipped.Weights.GetValueOrDefault(k));
        if (differing > 0 || trained.Threshold != shipped.Threshold)
        {
            var path = Path.Combine(Path.GetTempPath(), NameModel.FileName);
            using (var file = File.Create(path))
            {
                trained.Save(file);
            }

            Assert.Fail($"{differing} weights differ from the shipped model: the retrained one is at {path}; copy it to ingest/Knowledge.Ingest/Safeguarding/Data/{NameModel.FileName}");
        }
    }

    /// <summary>
    /// Trained on sets A–G only, the model finds names of set H that the rules miss, and the detector
    /// with it still flags few of H's look-alikes: the model generalises to a writer it never read,
    /// which is why it is there. (Measured: the rules as they stood after the round on H found 102 of
    /// H's 122 names and the model 9 more; after the rounds on I and J the rules find 104 and the model
    /// 7 more; after the rounds on N–U, which flag every mention of a flagged name, the rules find 114 and
    /// the model 4 more. The rules have been tuned on H since, so the margin asked here is the smaller one.)
    /// </summary>
    [Fact]
    public void TrainedWithoutSetH_FindsNamesOfSetHTheRulesMiss_AndKeepsPrecision()
    {
        var withoutH = BlindSet.WrittenBefore(HeldOutSetH.All);
        var model = NameModel.Train(withoutH.Select(Labelled), SafeguardingLexicon.Default);
        var rulesOnly = DetectorScore.Measure(new ChildIdentityDetector(names: Silent()), HeldOutSetH.All);
        var withModel = DetectorScore.Measure(new ChildIdentityDetector(names: model), HeldOutSetH.All);
        output.WriteLine(rulesOnly.Table("set H, rules only"));
        output.WriteLine(withModel.Table("set H, rules and a model trained on A–G"));

        var (rulesFound, names) = rulesOnly.RecallByKind["name"];
        var (modelFound, _) = withModel.RecallByKind["name"];
        Assert.True(modelFound >= rulesFound + 3, $"names found: {modelFound}/{names} with the model, {rulesFound}/{names} without");
        Assert.True(withModel.Precision >= 0.90, $"precision {withModel.Precision:F3}");
    }

    [Fact]
    public void SavedModel_LoadsBackTheSameWeights()
    {
        var model = NameModel.Train(HeldOutSetD.All.Select(Labelled), SafeguardingLexicon.Default);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NameModel.Load(stream, "test");
        Assert.Equal(model.Threshold, loaded.Threshold);
        Assert.Equal(model.Weights.OrderBy(w => w.Key, StringComparer.Ordinal), loaded.Weights.OrderBy(w => w.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{ not json", "modèle de noms illisible : data/name-model.json")]
    [InlineData("{\"threshold\": 0.3, \"weights\": {}}", "le modèle doit avoir des poids")]
    [InlineData("{\"threshold\": 1.5, \"weights\": {\"bias\": 1}}", "un seuil entre 0 et 1")]
    public void BrokenModelFile_IsRefused_NamingTheFileAndTheFault(string json, string expected)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var error = Assert.Throws<InvalidDataException>(() => NameModel.Load(stream, "data/name-model.json"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("data/name-model.json", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// <c>Knowledge:Ingest:SafeguardingPath</c> reaches the detector: a model file there is read, and a
    /// broken one stops the pipeline before its first document, naming the file.
    /// </summary>
    [Fact]
    public void IngestPipeline_ReadsTheModelOfItsSafeguardingFolder_AndRefusesABrokenOneNamingIt()
    {
        var folder = Directory.CreateTempSubdirectory("knowledge-safeguarding-").FullName;
        try
        {
            var path = Path.Combine(folder, NameModel.FileName);
            File.WriteAllText(path, "{ \"threshold\": 0.3, \"weights\": {} }");
            var pipeline = new IngestPipeline(EvidenceTaxonomy.Default, TimeProvider.System, new IngestOptions { SafeguardingPath = folder });
            var error = Assert.Throws<InvalidDataException>(pipeline.EnsureReady);
            Assert.Contains(path, error.Message, StringComparison.Ordinal);

            File.Delete(path);
            new IngestPipeline(EvidenceTaxonomy.Default, TimeProvider.System, new IngestOptions { SafeguardingPath = folder }).EnsureReady();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // A model that never fires: the detector's rules alone.
    private static NameModel Silent()
    {
        using var stream = new MemoryStream("{\"threshold\": 0.99, \"weights\": {\"bias\": -30}}"u8.ToArray());
        return NameModel.Load(stream, "silent");
    }
}
