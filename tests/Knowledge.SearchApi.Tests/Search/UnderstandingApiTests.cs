using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Knowledge.SearchApi.Tests.Fixtures;

namespace Knowledge.SearchApi.Tests.Search;

/// <summary>What the search understood, what it also searched, its notices, and the Atom feed of a search.</summary>
public class UnderstandingApiTests(SampleLibraryApi api)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Search_EnglishThemeAndCountry_SaysWhatItUnderstoodAndAlsoSearched_InFrench()
    {
        var result = await GetAsync("/api/search?q=trafficking%20Niger&ui=fr");
        Assert.True(result.GetProperty("total").GetInt64() > 0);
        var understanding = result.GetProperty("understanding");
        Assert.Contains("Pays : Niger", understanding.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("Thème : ", understanding.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("trafficking → traite", understanding.GetProperty("alsoSearched").GetString(), StringComparison.Ordinal);
        Assert.Contains(understanding.GetProperty("concepts").EnumerateArray(), c => c.GetProperty("filter").GetString() == "country=NE");
        Assert.Contains("NE", result.GetProperty("hits")[0].GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Search_JunkWord_IsIgnoredWithNotice_AndTheRestStillFinds()
    {
        var plain = await GetAsync("/api/search?q=mariage&ui=en");
        var junk = await GetAsync("/api/search?q=mariage%20xyzzy&ui=en");
        Assert.Equal(plain.GetProperty("total").GetInt64(), junk.GetProperty("total").GetInt64());
        var notice = Assert.Single(junk.GetProperty("understanding").GetProperty("notices").EnumerateArray());
        Assert.Equal("ignored", notice.GetProperty("kind").GetString());
        Assert.Equal("No results for “xyzzy”: word ignored.", notice.GetProperty("message").GetString());
    }

    /// <summary>A word no passage holds is searched through its synonyms (the installed thesaurus), and the notice says which.</summary>
    [Fact]
    public async Task Search_WordNoPassageHolds_IsSearchedThroughItsSynonyms_WithANotice()
    {
        ThesaurusFiles.RequireInstalled();
        var replaced = await GetAsync("/api/search?q=%C3%A9pousailles%20pr%C3%A9coces&ui=fr");
        Assert.Contains("mariage", replaced.GetProperty("hits")[0].GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        var notice = Assert.Single(replaced.GetProperty("understanding").GetProperty("notices").EnumerateArray(), n => n.GetProperty("kind").GetString() == "replaced");
        Assert.Equal("épousailles", notice.GetProperty("word").GetString());
        Assert.Equal(["mariages"], notice.GetProperty("terms").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Aucun passage ne contient « épousailles » ; synonymes recherchés à la place : mariages.", notice.GetProperty("message").GetString());

        var english = await GetAsync("/api/search?q=%C3%A9pousailles%20pr%C3%A9coces&ui=en");
        Assert.Contains(english.GetProperty("understanding").GetProperty("notices").EnumerateArray(),
            n => n.GetProperty("message").GetString() == "No passage contains “épousailles”; synonyms searched instead: mariages.");
    }

    /// <summary>
    /// Few passages hold enough of the words: those holding only some follow, the response says how many come
    /// first, and the page lists the others under their own heading.
    /// </summary>
    [Fact]
    public async Task Search_FewFullMatches_AreFollowedByPartialOnes_UnderTheirOwnHeading()
    {
        var result = await GetAsync("/api/search?q=mariage%20Zinder%20fistule&ui=fr");
        var understanding = result.GetProperty("understanding");
        var full = understanding.GetProperty("fullMatches").GetInt64();
        Assert.True(understanding.GetProperty("relaxed").GetBoolean());
        Assert.InRange(full, 1, 9);
        Assert.True(result.GetProperty("total").GetInt64() > full);
        var notice = Assert.Single(understanding.GetProperty("notices").EnumerateArray());
        Assert.Equal("relaxed", notice.GetProperty("kind").GetString());
        Assert.Contains("les suivants n’en contiennent qu’une partie", notice.GetProperty("message").GetString(), StringComparison.Ordinal);

        var page = await AngleSharp.Html.Parser.HtmlParserExtensions.ParseDocumentAsync(new AngleSharp.Html.Parser.HtmlParser(),
            await api.Client.GetStringAsync("/?q=mariage%20Zinder%20fistule", TestContext.Current.CancellationToken));
        Assert.Equal(full, page.QuerySelectorAll("#results > li.result").Length);
        Assert.NotNull(page.QuerySelector("#partial-heading"));
        Assert.Equal((full + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("#results-partial")!.GetAttribute("start"));
        Assert.NotEmpty(page.QuerySelectorAll("#results-partial > li.result"));
    }

    [Fact]
    public async Task Search_Misspelling_OffersDidYouMean()
    {
        var result = await GetAsync("/api/search?q=orpallage&ui=fr");
        var notice = Assert.Single(result.GetProperty("understanding").GetProperty("notices").EnumerateArray());
        Assert.Equal("orpaillage", notice.GetProperty("suggestion").GetString());
        Assert.Contains("Vouliez-vous dire « orpaillage » ?", notice.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_DecomposedAccents_FindWhatComposedOnesFind()
    {
        var composed = await GetAsync("/api/search?q=" + Uri.EscapeDataString("précoce"));
        var decomposed = await GetAsync("/api/search?q=" + Uri.EscapeDataString("pre\u0301coce\u200F"));
        Assert.True(composed.GetProperty("total").GetInt64() > 0);
        Assert.Equal(composed.GetProperty("total").GetInt64(), decomposed.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Feed_IsWellFormedAtom_WithUnderstoodFiltersAndACitationPerEntry()
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await api.Client.GetAsync("/api/search/feed?q=mariage%20Niger&kind=statistic&ui=fr", ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync(ct)).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.NotEmpty(feed.Element(Atom + "id")!.Value);
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, out _));
        Assert.Contains("Pays : Niger", feed.Element(Atom + "subtitle")!.Value, StringComparison.Ordinal);
        Assert.Contains("Donnée chiffrée", feed.Element(Atom + "subtitle")!.Value, StringComparison.Ordinal);
        Assert.Contains(feed.Elements(Atom + "category"), c => (string?)c.Attribute("term") == "country=NE");
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e =>
        {
            Assert.StartsWith("urn:knowledge:finding:", e.Element(Atom + "id")!.Value, StringComparison.Ordinal);
            Assert.StartsWith("Source : ", e.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
            Assert.NotNull(e.Element(Atom + "updated"));
            Assert.NotEmpty(e.Element(Atom + "title")!.Value);
        });
    }

    [Fact]
    public async Task Feed_BadParameter_IsAValidationProblem()
    {
        using var response = await api.Client.GetAsync("/api/search/feed?country=ZZ", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<JsonElement> GetAsync(string url) =>
        await api.Client.GetFromJsonAsync<JsonElement>(url, TestContext.Current.CancellationToken);
}
