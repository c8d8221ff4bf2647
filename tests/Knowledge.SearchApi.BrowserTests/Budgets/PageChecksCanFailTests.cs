using Knowledge.SearchApi.BrowserTests.Fixtures;
using Microsoft.Playwright;

namespace Knowledge.SearchApi.BrowserTests.Budgets;

/// <summary>
/// The page-wide checks pass on every page; these show each one would catch a real fault, by
/// planting it in a served page: an image without text, a block wider than a phone, a CDN request.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class PageChecksCanFailTests(BrowserHost host)
{
    [Fact]
    public async Task Axe_ReportsAnImageWithoutAlternativeText_AsCritical()
    {
        await using var session = await host.OpenAsync(bypassCsp: true);
        await session.GotoAsync("/account/sign-in");
        await session.Page.EvaluateAsync("() => { const i = document.createElement('img'); i.src = '/favicon.svg'; document.getElementById('main').append(i); }");

        var result = await Axe.RunAsync(session.Page);

        var missingAlt = Assert.Single(result.Violations, v => v.Id == "image-alt");
        Assert.True(missingAlt.IsSeriousOrCritical);
    }

    [Fact]
    public async Task ScrollWidth_AtAPhonesWidth_SeesABlockWiderThanTheScreen()
    {
        await using var session = await host.OpenAsync(width: 360, height: 780, mobile: true);
        await session.GotoAsync("/account/sign-in");
        await session.Page.EvaluateAsync("() => { const d = document.createElement('div'); d.style.width = '600px'; d.style.height = '1px'; document.getElementById('main').append(d); }");

        Assert.True(await session.ScrollWidthAsync() > 360);
    }

    [Fact]
    public async Task RequestRecording_SeesAStylesheetFromAnotherOrigin()
    {
        // No network beyond the server: the request is recorded, then refused here before it leaves.
        await using var session = await host.OpenAsync(bypassCsp: true);
        await session.Context.RouteAsync("http://cdn.example.invalid/**", route => route.AbortAsync());
        await session.GotoAsync("/account/sign-in");
        await session.Page.RunAndWaitForRequestAsync(
            () => session.Page.EvaluateAsync("() => { const l = document.createElement('link'); l.rel = 'stylesheet'; l.href = 'http://cdn.example.invalid/site.css'; document.head.append(l); }"),
            "http://cdn.example.invalid/site.css");

        Assert.Equal(["http://cdn.example.invalid/site.css"], session.RequestsOutside(host.Origin));
    }
}
