using DocumentFormat.OpenXml.Packaging;
using Knowledge.SearchApi.BrowserTests.Fixtures;
using static Knowledge.SearchApi.BrowserTests.Fixtures.Forms;

namespace Knowledge.SearchApi.BrowserTests.Generation;

[Collection(SharedBrowser.Name)]
public sealed class GeneratePageTests(BrowserHost host)
{
    [Fact]
    public async Task NationalPlanForNiger_FromTheForm_PreviewsQuotesLinkedToFindings_AndDownloadsAWordFile()
    {
        await using var session = await host.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/generate");
        var form = page.Locator("form#generate-form");

        await SetAsync(form, "kind", "national-plan");
        await SetAsync(form, "country", "NE");
        await SetAsync(form, "periodStart", "2026");
        await SetAsync(form, "periodEnd", "2030");
        await SubmitAsync(page, form);

        Assert.Equal("/generate/preview", new Uri(page.Url).AbsolutePath);
        var query = Query(page.Url);
        Assert.Equal("national-plan", query["kind"].ToString());
        Assert.Equal("NE", query["country"].ToString());
        var preview = page.Locator("article#preview");
        Assert.Contains("Niger", await preview.InnerTextAsync(), StringComparison.Ordinal);
        var quotes = preview.Locator("blockquote.quote[data-finding]");
        Assert.True(await quotes.CountAsync() > 0, "l'aperçu ne cite aucun passage (blockquote.quote[data-finding])");
        for (var i = 0; i < Math.Min(await quotes.CountAsync(), 5); i++)
        {
            var id = (await quotes.Nth(i).GetAttributeAsync("data-finding"))!;
            Assert.Equal(1, await quotes.Nth(i).Locator($"a[href='/findings/{Uri.EscapeDataString(id)}']").CountAsync());
        }

        var download = page.Locator("a#download-docx");
        var href = new Uri(new Uri(host.Origin), await download.GetAttributeAsync("href"));
        Assert.Equal("/generate/document.docx", href.AbsolutePath);
        Assert.Equal("national-plan", Query(href.ToString())["kind"].ToString());
        Assert.Equal("NE", Query(href.ToString())["country"].ToString());

        var file = await page.RunAndWaitForDownloadAsync(() => download.ClickAsync());
        Assert.EndsWith(".docx", file.SuggestedFilename, StringComparison.Ordinal);
        var saved = await file.PathAsync();
        using var docx = WordprocessingDocument.Open(saved, isEditable: false);
        Assert.Contains("Niger", docx.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NationalPlanWithoutCountry_ShowsTheErrorInFrenchBesideTheCountryField()
    {
        await using var session = await host.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/generate");
        var form = page.Locator("form#generate-form");

        await SetAsync(form, "kind", "national-plan");
        await SetAsync(form, "periodStart", "2026");
        await SetAsync(form, "periodEnd", "2030");
        await page.Locator("form#generate-form [name=country]").First.EvaluateAsync("e => { e.removeAttribute('required'); e.value = ''; }");
        await SubmitAsync(page, form);

        Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(1, await page.Locator("form#generate-form").CountAsync());
        var error = page.Locator("p.field-error#country-error");
        Assert.True(await error.IsVisibleAsync(), "pas de message p.field-error#country-error à côté du champ pays");
        Assert.Contains("pays", (await error.InnerTextAsync()).ToLowerInvariant(), StringComparison.Ordinal);
    }
}
