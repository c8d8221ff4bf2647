using Knowledge.SearchApi.BrowserTests.Fixtures;
using static Knowledge.SearchApi.BrowserTests.Fixtures.Forms;

namespace Knowledge.SearchApi.BrowserTests.Review;

[Collection(SharedBrowser.Name)]
public sealed class ReviewPageTests(BrowserHost host)
{
    [Fact]
    public async Task Editor_ConfirmsAFlagOnTheReviewPage_AndTheFindingPageMasksIt()
    {
        var documentId = await FlaggedDocument.EnsureAsync(host);
        await using var session = await host.OpenAsync();
        var page = session.Page;
        await BrowserHost.SignInAsync(page, BrowserHost.EditorKey);

        // The nav leads editors to the review page, with the number of flags waiting.
        var nav = page.Locator("nav a#nav-review[href='/review']");
        Assert.Equal(1, await nav.CountAsync());
        Assert.True(int.Parse(await nav.Locator(".badge").GetAttributeAsync("data-pending") ?? "0", System.Globalization.CultureInfo.InvariantCulture) >= 1);

        await session.GotoAsync("/review?kind=name&document=" + Uri.EscapeDataString(documentId));
        var item = page.Locator("#review-list li.review-item", new() { HasText = FlaggedDocument.ChildName }).First;
        Assert.Equal(FlaggedDocument.ChildName, await item.Locator("mark.flagged").InnerTextAsync());
        var findingId = await item.GetAttributeAsync("data-finding");

        await NavigateByAsync(page, () => item.Locator("form.confirm-form button[type=submit]").ClickAsync());

        Assert.True(await page.Locator("#review-status").IsVisibleAsync(), $"pas de message d'état après la décision ({page.Url})");
        Assert.Contains("#review-list", page.Url, StringComparison.Ordinal);

        await using var reader = await host.OpenAsync();
        await reader.GotoAsync("/findings/" + Uri.EscapeDataString(findingId!));
        var text = await reader.Page.Locator("main").InnerTextAsync();
        Assert.Contains("[détail masqué]", text, StringComparison.Ordinal);
        Assert.DoesNotContain(FlaggedDocument.ChildName, text, StringComparison.Ordinal);
    }
}
