namespace Knowledge.Ingest.Tests.Safeguarding;

public sealed class HeldOutSetADTests(ITestOutputHelper output)
{
    [Fact]
    public void SetAD_IsWellFormed_LargeEnough_CoversEveryKind_InBothLanguages_SharesNoPassageWithSetsAToAC()
    {
        BlindSet.AssertWellFormed(
            HeldOutSetAD.All,
            HeldOutSetAD.Marked,
            BlindSet.WrittenBefore(HeldOutSetAD.All),
            new BlindSet.Minimums(Spans: 240, LookAlikes: 200, SpansPerLanguage: 110, LookAlikesPerLanguage: 90, PerKind: 8, PerIssueCategory: 4));
    }

    /// <summary>
    /// Set AD, written blind to the detector and to sets A–AC (safeguarding investigations inside aid organisations:
    /// complaints, statements, whistleblower e-mails, incident registers, board notes; and child-labour monitoring in
    /// cocoa, cotton, cashew and gold supply chains: household visit forms, remediation plans, cooperative registers,
    /// audits), measured once on the detector frozen at commit b560b68, alongside set AE: recall 0.903 (307/340 spans),
    /// precision 0.941 (319/339 flags), 22/230 look-alikes flagged; French 0.899/0.930, English 0.907/0.952; names
    /// 113/127, ages 46/49, testimonies 17/25. The build this session started from (1c6f402) scored 0.891 / 0.938.
    /// </summary>
    [Fact]
    [Trait("Category", "HeldOut")]
    public void SetAD_KeepsItsMeasuredLevel_AndPrintsTheGapToTheIssueFloors()
    {
        var score = BlindSet.Measure(output, HeldOutSetAD.All, "set AD (held out, blind)");
        BlindSet.AssertKeeps(score, recall: 0.90, precision: 0.94);
    }
}
