namespace Knowledge.Ingest.Tests.Safeguarding;

/// <summary>
/// Set I is checked for form only: it is large enough, covers every kind and the hard negatives the
/// issue names in both languages, and shares no passage with sets A to H. It is measured once, by the
/// lead, after it is handed over; until then nothing here runs the detector on it.
/// </summary>
public sealed class HeldOutSetITests(ITestOutputHelper output)
{
    [Fact]
    public void SetI_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToH()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetI.All,
            HeldOutSetI.Marked,
            GeneratedPassages.All.Concat(GeneratedPassages.Fresh).Concat(HeldOutSetC.All).Concat(HeldOutSetD.All).Concat(HeldOutSetE.All).Concat(HeldOutSetF.All).Concat(HeldOutSetG.All).Concat(HeldOutSetH.All),
            new BlindSet.Minimums(Spans: 300, LookAlikes: 240, SpansPerLanguage: 140, LookAlikesPerLanguage: 110, PerKind: 10, PerIssueCategory: 5));

        // The labels' own counts (not the detector's), so the hand-over can quote them.
        foreach (var lang in new[] { "fr", "en" })
        {
            var passages = HeldOutSetI.All.Where(p => p.Language == lang).ToList();
            output.WriteLine($"{lang}: {passages.Count} passages, {passages.Sum(p => p.Positives.Count)} spans, {passages.Sum(p => p.Negatives.Count)} look-alikes");
            output.WriteLine(string.Join(", ", passages.SelectMany(p => p.Positives).GroupBy(s => s.Kind).Select(g => $"{g.Key} {g.Count()}")));
            output.WriteLine(string.Join(", ", passages.SelectMany(p => p.Negatives).GroupBy(n => n.Category).Select(g => $"{g.Key} {g.Count()}")));
        }
    }
}
