using Knowledge.Ingest.Tests.Fixtures;
using Knowledge.SearchApi.BrowserTests.Fixtures;
using Microsoft.Playwright;
using static Knowledge.SearchApi.BrowserTests.Fixtures.Forms;

namespace Knowledge.SearchApi.BrowserTests.Library;

[Collection(SharedBrowser.Name)]
public sealed class UploadPageTests(BrowserHost host)
{
    /// <summary>With scripts the form uploads with a progress bar and shows the outcome in place; without, it posts and the server answers with the outcome page.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Editor_SignsInWithKey_UploadsAPdf_SeesItAccepted_AndFindsItsPassages(bool javaScript)
    {
        await using var session = await host.OpenAsync(javaScript: javaScript);
        var page = session.Page;

        await BrowserHost.SignInAsync(page, BrowserHost.EditorKey);

        var cookies = await session.Context.CookiesAsync();
        Assert.Contains(cookies, c => c.HttpOnly && c.Name != "ui" && !c.Name.Contains("Antiforgery", StringComparison.OrdinalIgnoreCase));
        await session.GotoAsync("/documents");
        var form = page.Locator("form#upload-form[method=post][enctype='multipart/form-data']");
        Assert.Equal(1, await form.Locator("input[type=hidden][name=__RequestVerificationToken]").CountAsync());

        // A word the sample library cannot contain, so that finding it proves this upload was indexed.
        var marker = "balisetest" + new string([.. Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16)))]);
        var fileName = marker + ".pdf";
        await form.Locator("input[type=file][name=files][multiple]").SetInputFilesAsync(new FilePayload
        {
            Name = fileName,
            MimeType = "application/pdf",
            Buffer = Pdf(marker),
        });
        await SetAsync(form, "title", "Note de terrain " + marker);
        await SetAsync(form, "year", "2025");
        await SetAsync(form, "kind", "research-report");
        await SetAsync(form, "countries", "NE");
        await form.Locator("[type=submit]").First.ClickAsync();

        // Ingestion runs before the answer: allow a slow machine a minute.
        var outcome = page.Locator("li.upload-outcome");
        await outcome.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.Equal(1, await outcome.CountAsync());
        Assert.Equal("new", await outcome.GetAttributeAsync("data-outcome"));
        Assert.Contains(fileName, await outcome.InnerTextAsync(), StringComparison.Ordinal);

        await session.GotoAsync("/?q=" + marker);
        Assert.True(await NumberInAsync(page.Locator("#result-count")) >= 1, $"la recherche de « {marker} » ne trouve pas le document envoyé");
        Assert.Contains(marker, await page.Locator("#results > li.result h2.result-title").First.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithAWrongKey_ReShowsTheFormWithAnError_AndSignsNobodyIn()
    {
        await using var session = await host.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/account/sign-in");
        var form = page.Locator("form#sign-in-form");
        Assert.Equal(1, await form.Locator("input[type=hidden][name=__RequestVerificationToken]").CountAsync());

        await form.Locator("input[name=key][type=password]").FillAsync("pas-une-cle-valide-0123456789");
        await SubmitAsync(page, form);

        Assert.True(await page.Locator("p.form-error").IsVisibleAsync(), "pas de message p.form-error après une clé refusée");
        Assert.Equal(1, await page.Locator("form#sign-in-form").CountAsync());
        Assert.Equal(0, await page.Locator("form#sign-out").CountAsync());
        Assert.Equal(1, await page.Locator("a#sign-in").CountAsync());
    }

    /// <summary>A one-page French report about Niger with three citable paragraphs carrying the marker.</summary>
    private static byte[] Pdf(string marker)
    {
        using var pdf = new TestPdf().Page();
        pdf.Text(60, 80, "Note de terrain " + marker, size: 16, bold: true);
        var y = 120.0;
        for (var i = 0; i < 3; i++)
        {
            y = pdf.Paragraph(60, y, 470,
                $"Au Niger, l'enquête {marker} menée en 2024 auprès de {300 + i} familles de Zinder et de Maradi montre que " +
                "près d'une fille sur trois est mariée avant quinze ans, ce qui interrompt sa scolarité et l'expose à des grossesses " +
                "précoces. Les associations locales recommandent d'appliquer la loi, de renforcer l'état civil et de soutenir le maintien " +
                $"des filles à l'école jusqu'à la fin du cycle secondaire (paragraphe {i + 1}).") + 12;
        }

        return pdf.Save();
    }
}
