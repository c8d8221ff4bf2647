using Knowledge.SearchApi.BrowserTests.Fixtures;
using Microsoft.Playwright;

namespace Knowledge.SearchApi.BrowserTests.Budgets;

/// <summary>The budgets every page keeps: accessibility, a phone's width, the server's own origin, weight.</summary>
[Collection(SharedBrowser.Name)]
public sealed class EveryPageTests(BrowserHost host)
{
    private const int BudgetBytes = 200_000;

    [Theory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task Page_HasNoSeriousOrCriticalWcagViolations(string name)
    {
        await using var session = await OpenAsync(name, bypassCsp: true, until: WaitUntilState.Load);

        var result = await Axe.RunAsync(session.Page);

        TestContext.Current.TestOutputHelper?.WriteLine($"{name} ({session.Page.Url}) — {result}");
        Report.Append("axe", name, result.ToString());
        Assert.Empty(result.Violations.Where(v => v.IsSeriousOrCritical).Select(v => v.ToString()));
    }

    [Theory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task Page_At360PixelsWide_DoesNotScrollSideways(string name)
    {
        // A phone: touch, mobile viewport rules (a page without a viewport meta lays out at 980 px).
        await using var session = await OpenAsync(name, width: 360, height: 780, mobile: true, until: WaitUntilState.Load);

        var width = await session.ScrollWidthAsync();
        await ScreenshotAsync(session.Page, name, 360);

        Assert.True(width <= 360, $"{name} : la page fait {width} px de large à 360 px ; elle défile de côté.");
    }

    [Theory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task Page_RequestsNothingFromAnotherOrigin(string name)
    {
        await using var session = await OpenAsync(name);

        var weight = await session.WeighAsync();
        TestContext.Current.TestOutputHelper?.WriteLine($"{name} ({session.Page.Url}) — {weight}");
        Report.Append("poids", name, weight.ToString());
        await ScreenshotAsync(session.Page, name, 1280);

        var elsewhere = session.RequestsOutside(host.Origin);
        Assert.NotEmpty(session.RequestedUrls);
        Assert.True(elsewhere.Count == 0, $"{name} demande à d'autres origines que {host.Origin} : {string.Join(", ", elsewhere)}");
    }

    [Fact]
    public async Task ApiReferencePage_RequestsNothingFromAnotherOrigin()
    {
        await using var session = await host.OpenAsync();
        await session.GotoAsync("/docs");

        var elsewhere = session.RequestsOutside(host.Origin);
        Assert.True(elsewhere.Count == 0, $"/docs demande à d'autres origines que {host.Origin} : {string.Join(", ", elsewhere)}");
    }

    [Fact]
    public async Task ResultsPage_TransfersAtMost200KilobytesInAll_Compressed()
    {
        await using var session = await OpenAsync("results");

        var weight = await session.WeighAsync();
        TestContext.Current.TestOutputHelper?.WriteLine(weight.ToString());

        var html = Assert.Single(weight.Resources, r => r.ContentType.StartsWith("text/html", StringComparison.Ordinal));
        Assert.True(html.ContentEncoding is "br" or "gzip", $"la page de résultats part sans compression (Content-Encoding « {html.ContentEncoding} »)");
        Assert.True(weight.TransferredBytes <= BudgetBytes, $"la page de résultats pèse {weight.TransferredBytes:N0} o transférés, au-delà de {BudgetBytes:N0} o :{Environment.NewLine}{weight}");
    }

    private async Task<BrowserSession> OpenAsync(string name, int width = 1280, int height = 800, bool mobile = false, bool bypassCsp = false, WaitUntilState until = WaitUntilState.NetworkIdle)
    {
        var target = await SitePages.ResolveAsync(host, name);
        var session = await host.OpenAsync(width, height, mobile, bypassCsp);
        try
        {
            if (target.SignInKey is { } key)
            {
                await BrowserHost.SignInAsync(session.Page, key);
            }

            session.ClearRecording();
            var response = await session.GotoAsync(target.Path, until);
            Assert.True(response.Status == 200, $"{name} : {target.Path} répond {response.Status}");
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private static async Task ScreenshotAsync(IPage page, string name, int width)
    {
        if (SitePages.ShotsFolder is { } folder)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });
        }
    }
}
