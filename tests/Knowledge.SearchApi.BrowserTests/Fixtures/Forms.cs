using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Playwright;

namespace Knowledge.SearchApi.BrowserTests.Fixtures;

/// <summary>Filling forms and reading pages the way a person does, whatever control a field uses.</summary>
public static class Forms
{
    /// <summary>
    /// Sets a field by its name: picks options in a select, ticks checkboxes or radios by value,
    /// types into anything else (several values joined by commas).
    /// </summary>
    public static async Task SetAsync(ILocator form, string name, params string[] values)
    {
        var field = form.Locator($"[name='{name}']");
        Assert.True(await field.CountAsync() > 0, $"le formulaire n'a pas de champ « {name} »");
        var control = await field.First.EvaluateAsync<string>("e => e.tagName.toLowerCase() + ':' + (e.type || '')");
        switch (control)
        {
            case "select:select-one" or "select:select-multiple":
                await field.First.SelectOptionAsync(values);
                break;
            case "input:checkbox" or "input:radio":
                foreach (var value in values)
                {
                    await form.Locator($"[name='{name}'][value='{value}']").CheckAsync();
                }

                break;
            default:
                await field.First.FillAsync(string.Join(",", values));
                break;
        }
    }

    /// <summary>Presses the form's submit button and waits for the page it leads to.</summary>
    public static Task SubmitAsync(IPage page, ILocator form) =>
        NavigateByAsync(page, () => form.Locator("[type=submit]").First.ClickAsync());

    /// <summary>
    /// Runs what starts a navigation (a click) and waits until the new page has loaded. Waiting for the
    /// load state alone could return at once on the old page and let the test read a half-parsed one.
    /// </summary>
    public static async Task NavigateByAsync(IPage page, Func<Task> action)
    {
        var response = await page.RunAndWaitForResponseAsync(action, r => r.Request.ResourceType == "document" && r.Frame == page.MainFrame);
        var options = new PageWaitForURLOptions { WaitUntil = WaitUntilState.Load };
        if (response.Status is >= 300 and < 400)
        {
            await page.WaitForURLAsync(url => url != response.Url, options);
        }
        else
        {
            await page.WaitForURLAsync(response.Url, options);
        }
    }

    /// <summary>The number in a text such as « 1 234 résultats » (any digit grouping).</summary>
    public static async Task<long> NumberInAsync(ILocator element)
    {
        // Text content, not rendered text: a count inside a closed <details> still counts.
        var text = await element.TextContentAsync() ?? "";
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        Assert.True(digits.Length > 0, $"pas de nombre dans « {text} »");
        return long.Parse(digits, CultureInfo.InvariantCulture);
    }

    public static Dictionary<string, StringValues> Query(string url) => QueryHelpers.ParseQuery(new Uri(url).Query);

    /// <summary>A facet's options as value → count, from the search form.</summary>
    public static async Task<Dictionary<string, long>> FacetAsync(IPage page, string facet)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var labels = page.Locator($"fieldset.facet[data-facet='{facet}'] label");
        for (var i = 0; i < await labels.CountAsync(); i++)
        {
            var label = labels.Nth(i);
            counts[(await label.Locator("input").GetAttributeAsync("value"))!] = await NumberInAsync(label.Locator(".count"));
        }

        return counts;
    }
}
