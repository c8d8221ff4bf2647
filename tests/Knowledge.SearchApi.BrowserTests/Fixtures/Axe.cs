using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Knowledge.SearchApi.BrowserTests.Fixtures;

/// <summary>Runs axe-core (from npm, see package.json) in a page against WCAG 2.0/2.1 A and AA.</summary>
public static class Axe
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static async Task<AxeResult> RunAsync(IPage page)
    {
        // The page's CSP allows only the server's scripts; the scan's context bypasses it (BypassCSP).
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = BrowserHost.AxeScriptPath });
        var result = await page.EvaluateAsync<JsonElement>(
            "async tags => { const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } }); " +
            "const slim = list => list.map(v => ({ id: v.id, impact: v.impact, help: v.help, " +
            "nodes: v.nodes.map(n => ({ target: n.target.join(' '), summary: n.failureSummary })) })); " +
            "return { violations: slim(r.violations), incomplete: slim(r.incomplete), passes: r.passes.length }; }",
            WcagTags);

        return new AxeResult(
            Rules(result.GetProperty("violations")),
            Rules(result.GetProperty("incomplete")),
            result.GetProperty("passes").GetInt32());
    }

    private static List<AxeRule> Rules(JsonElement list) =>
        [.. list.EnumerateArray().Select(v => new AxeRule(
            v.GetProperty("id").GetString()!,
            v.GetProperty("impact").ValueKind == JsonValueKind.String ? v.GetProperty("impact").GetString()! : "none",
            v.GetProperty("help").GetString()!,
            [.. v.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("target").GetString()!)]))];
}

public sealed record AxeRule(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
{
    public bool IsSeriousOrCritical => Impact is "serious" or "critical";

    public override string ToString() => $"{Id} ({Impact}) {Help} : {string.Join(" | ", Targets)}";
}

public sealed record AxeResult(IReadOnlyList<AxeRule> Violations, IReadOnlyList<AxeRule> Incomplete, int Passes)
{
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append($"axe-core : {Passes} règles satisfaites, {Violations.Count} violations, {Incomplete.Count} à vérifier à la main");
        foreach (var v in Violations)
        {
            text.AppendLine().Append("  violation ").Append(v);
        }

        foreach (var v in Incomplete)
        {
            // Incomplete rules can list dozens of nodes: the first few say where to look.
            text.AppendLine().Append("  à vérifier ").Append(v with { Targets = [.. v.Targets.Take(5)] });
        }

        return text.ToString();
    }
}
