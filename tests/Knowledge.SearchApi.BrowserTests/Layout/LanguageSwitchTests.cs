using Knowledge.SearchApi.BrowserTests.Fixtures;
using Microsoft.Playwright;

namespace Knowledge.SearchApi.BrowserTests.Layout;

[Collection(SharedBrowser.Name)]
public sealed class LanguageSwitchTests(BrowserHost host)
{
    private static readonly string[] Sections = ["/", "/documents", "/evidence-map", "/generate"];

    [Fact]
    public async Task EnglishSwitch_TranslatesTheInterface_SetsHtmlLang_AndIsRemembered()
    {
        await using var session = await host.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/");
        Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));
        var french = await NavLabelsAsync(page);
        Assert.Equal(["Recherche", "Bibliothèque", "Carte des données probantes", "Générer"], french);

        var toEnglish = page.Locator("a#lang-switch[hreflang=en]");
        Assert.Equal("English", (await toEnglish.InnerTextAsync()).Trim());
        await Forms.NavigateByAsync(page, () => toEnglish.ClickAsync());

        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        var english = await NavLabelsAsync(page);
        Assert.Equal("Search", english[0]);
        Assert.All(english.Zip(french), pair => Assert.NotEqual(pair.Second, pair.First));
        Assert.Equal("Français", (await page.Locator("a#lang-switch[hreflang=fr]").InnerTextAsync()).Trim());

        // The choice is remembered (cookie `ui`) on a page reached without ?ui=.
        await session.GotoAsync("/evidence-map");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(english, await NavLabelsAsync(page));

        await session.GotoAsync("/?ui=fr");
        Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));
    }

    private static async Task<List<string>> NavLabelsAsync(IPage page)
    {
        var labels = new List<string>();
        foreach (var href in Sections)
        {
            labels.Add((await page.Locator($"nav a[href='{href}']").First.InnerTextAsync()).Trim());
        }

        return labels;
    }
}
