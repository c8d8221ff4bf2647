using System.Text.RegularExpressions;
using Knowledge.SearchApi.BrowserTests.Fixtures;
using Microsoft.Playwright;
using static Knowledge.SearchApi.BrowserTests.Fixtures.Forms;

namespace Knowledge.SearchApi.BrowserTests.Search;

[Collection(SharedBrowser.Name)]
public sealed partial class SearchPageTests(BrowserHost host)
{
    [Fact]
    public async Task Search_ThenTickNiger_UrlCarriesBothAndResultsAndFacetsNarrow()
    {
        await using var session = await host.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/");
        var form = page.Locator("form#search-form[role=search]");

        await form.Locator("input#q[type=search][name=q]").FillAsync("mariage des enfants");
        await SubmitAsync(page, form);

        Assert.Equal("mariage des enfants", Query(page.Url)["q"].ToString());
        var total = await NumberInAsync(page.Locator("#result-count"));
        var countries = await FacetAsync(page, "country");
        var themes = await FacetAsync(page, "theme");
        Assert.True(countries.TryGetValue("NE", out var niger), "la facette pays ne propose pas le Niger (NE)");
        Assert.InRange(niger, 1, total - 1);
        Assert.True(await page.Locator("#results > li.result p.passage mark").CountAsync() > 0, "aucun terme surligné (<mark>) dans les passages");

        var nigerBox = form.Locator("fieldset.facet[data-facet=country] input[name=country][value=NE]");
        if (!await nigerBox.IsVisibleAsync())
        {
            // Long facets fold their tail under « more »: open it as a reader would.
            await form.Locator("fieldset.facet[data-facet=country] details > summary").ClickAsync();
        }

        await nigerBox.CheckAsync();
        await SubmitAsync(page, form);

        var query = Query(page.Url);
        Assert.Equal("mariage des enfants", query["q"].ToString());
        Assert.Equal(["NE"], query["country"].ToArray());
        // Multi-select semantics: a country's count is what ticking it alone yields.
        Assert.Equal(niger, await NumberInAsync(page.Locator("#result-count")));
        Assert.True(await page.Locator("fieldset.facet[data-facet=country] input[value=NE]").IsCheckedAsync());
        Assert.NotEqual(themes, await FacetAsync(page, "theme"));
        var results = page.Locator("#results > li.result");
        Assert.Equal(Math.Min(niger, 20), await results.CountAsync());
        Assert.True(await results.First.Locator(".kind-label").CountAsync() == 1, "un résultat sans étiquette de type (.kind-label)");
        Assert.True(await results.First.Locator(".citation cite").CountAsync() == 1, "un résultat sans citation (.citation cite)");
    }

    [Fact]
    public async Task SourceLink_OpensTheOriginalPdfInlineAtTheFindingsPage()
    {
        await using var session = await host.OpenAsync();
        var page = session.Page;
        await session.GotoAsync(SitePages.ResultsPage);
        // The first result printed from a PDF: a Word finding has no page to open at.
        var result = page.Locator("#results > li.result").Filter(new() { Has = page.Locator("a.source-link[href*='#page=']") }).First;
        var findingId = FindingHref().Match((await result.Locator("h2.result-title a").GetAttributeAsync("href"))!).Groups[1].Value;
        var link = result.Locator("a.source-link");
        var href = (await link.GetAttributeAsync("href"))!;

        var finding = await host.FindingAsync(Uri.UnescapeDataString(findingId));
        var target = new Uri(new Uri(host.Origin), href);
        Assert.Equal(
            $"/api/documents/{finding.GetProperty("documentId").GetString()}/file#page={finding.GetProperty("page").GetInt32()}",
            target.PathAndQuery + target.Fragment);

        // Follow the link as a reader does: the browser must be told to show the PDF, not to save it.
        var opened = new TaskCompletionSource<IResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Context.Response += (_, r) =>
        {
            if (r.Url.Contains("/file", StringComparison.Ordinal))
            {
                opened.TrySetResult(r);
            }
        };
        await link.ClickAsync();
        var response = await opened.Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);

        Assert.Equal(200, response.Status);
        var headers = await response.AllHeadersAsync();
        Assert.StartsWith("application/pdf", headers["content-type"], StringComparison.Ordinal);
        Assert.StartsWith("inline", headers.GetValueOrDefault("content-disposition") ?? "(absent)", StringComparison.Ordinal);
        Assert.Equal("nosniff", headers.GetValueOrDefault("x-content-type-options"));
    }

    [GeneratedRegex("^/findings/([^/?#]+)$")]
    private static partial Regex FindingHref();
}
