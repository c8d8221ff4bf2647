using Knowledge.SearchApi.BrowserTests.Fixtures;
using Microsoft.Playwright;
using static Knowledge.SearchApi.BrowserTests.Fixtures.Forms;

namespace Knowledge.SearchApi.BrowserTests.EvidenceMap;

[Collection(SharedBrowser.Name)]
public sealed class EvidenceMapPageTests(BrowserHost host)
{
    [Fact]
    public async Task OnlineExploitationRow_CountsLinkToTheirSearch_AndGapsSayThereIsNoEvidence()
    {
        await using var session = await host.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/evidence-map");
        var table = page.Locator("table#evidence-map");

        // A full matrix: one cell per theme row and country column.
        var themes = await table.Locator("th[scope=row]").CountAsync();
        var countries = await table.Locator("td[data-country]").EvaluateAllAsync<int>("cells => new Set(cells.map(c => c.dataset.country)).size");
        Assert.True(themes > 1 && countries > 1, $"la carte a {themes} lignes de thèmes et {countries} pays");
        Assert.True(await table.Locator("th[scope=col]").CountAsync() >= countries, "un pays de la carte n'a pas d'en-tête de colonne (th[scope=col])");
        Assert.Equal(themes * countries, await table.Locator("td[data-theme][data-country][data-count]").CountAsync());

        // West Africa by default: the sample library reads online exploitation in nine countries, not all sixteen.
        var row = table.Locator("td[data-theme=online]");
        var cells = new List<(string Country, long Count, ILocator Cell)>();
        for (var i = 0; i < await row.CountAsync(); i++)
        {
            var cell = row.Nth(i);
            cells.Add(((await cell.GetAttributeAsync("data-country"))!, long.Parse((await cell.GetAttributeAsync("data-count"))!, System.Globalization.CultureInfo.InvariantCulture), cell));
        }

        Assert.Contains(cells, c => c.Country == "NE" && c.Count > 0);
        Assert.Contains(cells, c => c.Count == 0);
        foreach (var (country, count, cell) in cells.Where(c => c.Count == 0))
        {
            Assert.Equal(0, await cell.Locator("a").CountAsync());
            var said = await cell.EvaluateAsync<string>("c => (c.textContent + ' ' + (c.getAttribute('aria-label') ?? '') + ' ' + [...c.querySelectorAll('[aria-label],[title]')].map(e => e.getAttribute('aria-label') ?? e.getAttribute('title')).join(' ')).toLowerCase()");
            Assert.True(said.Contains("aucune donnée", StringComparison.Ordinal), $"la case vide online × {country} ne dit pas « aucune donnée » : « {said.Trim()} »");
            Assert.Contains("level-0", (await cell.GetAttributeAsync("class")) ?? "", StringComparison.Ordinal);
        }

        var niger = cells.Single(c => c.Country == "NE");
        Assert.DoesNotContain("level-0", (await niger.Cell.GetAttributeAsync("class")) ?? "", StringComparison.Ordinal);
        var link = niger.Cell.Locator("a");
        Assert.Equal(niger.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), (await link.InnerTextAsync()).Trim());

        await NavigateByAsync(page, () => link.ClickAsync());

        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        var query = Query(page.Url);
        Assert.Equal(["online"], query["theme"].ToArray());
        Assert.Equal(["NE"], query["country"].ToArray());
        Assert.Equal(niger.Count, await NumberInAsync(page.Locator("#result-count")));
    }

    [Fact]
    public async Task YearFilter_KeepsOnlyThoseYearsCounts_AndStaysInTheUrl()
    {
        await using var session = await host.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/evidence-map");
        var all = await TotalAsync(page);

        var form = page.Locator("form:has([name=yearFrom])").First;
        await SetAsync(form, "yearFrom", "2024");
        await SubmitAsync(page, form);

        Assert.Equal("2024", Query(page.Url)["yearFrom"].ToString());
        var since2024 = await TotalAsync(page);
        // The sample library has 2023 and 2024 publications in West Africa: dropping 2023 must lower the total, not empty it.
        Assert.InRange(since2024, 1, all - 1);
    }

    private static async Task<long> TotalAsync(IPage page) =>
        await page.Locator("table#evidence-map td[data-count]").EvaluateAllAsync<long>("cells => cells.reduce((s, c) => s + Number(c.dataset.count), 0)");
}
