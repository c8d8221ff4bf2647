using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Knowledge.SearchApi.Tests.Fixtures;

namespace Knowledge.SearchApi.Tests.Generation;

/// <summary>
/// The generation rules of issue 11, pinned on the sample library through the JSON preview: each
/// quote is verbatim, fills a role its sentences carry in the source, names its section, and no
/// finding or figure repeats; the prose has no "(s)" plurals, no bare country after a preposition
/// and, in English, no French spacing.
/// </summary>
public partial class GenerationRulesTests(SampleLibraryApi api)
{
    private readonly HttpClient _client = api.Client;

    public static TheoryData<string, string> Requests() => new()
    {
        { "messages", """{"country":"NE","audience":"private-sector-tourism","language":"fr"}""" },
        { "messages", """{"country":"BF","audience":"community-religious-leaders","language":"en"}""" },
        { "national-plan", """{"country":"NE","periodStart":2026,"periodEnd":2028,"language":"fr"}""" },
        { "national-plan", """{"country":"GN","periodStart":2026,"periodEnd":2028,"language":"en"}""" },
        { "regional-strategy", """{"region":"west-africa","periodStart":2026,"periodEnd":2030,"language":"fr"}""" },
        { "position-note", """{"country":"BF","themes":["child-marriage"],"language":"fr"}""" },
        { "position-note", """{"country":"MR","themes":["trafficking"],"language":"en"}""" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task EveryQuote_IsVerbatim_FillsARoleOfItsSentences_AndNamesItsSection(string kind, string body)
    {
        var ct = TestContext.Current.CancellationToken;
        var preview = await PreviewAsync(kind, body, ct);

        var quotes = preview.GetProperty("quotes").EnumerateArray().ToList();
        Assert.NotEmpty(quotes);
        var findingIds = new HashSet<string>(StringComparer.Ordinal);
        var figures = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var quote in quotes)
        {
            var text = quote.GetProperty("text").GetString()!;
            var role = quote.GetProperty("role").GetString()!;
            var id = quote.GetProperty("findingId").GetString()!;
            Assert.NotEmpty(quote.GetProperty("section").EnumerateArray());
            Assert.True(findingIds.Add(id), $"finding {id} quoted twice");
            foreach (Match m in Percent().Matches(text))
            {
                var key = m.Value.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
                figures[key] = figures.GetValueOrDefault(key) + 1;
                Assert.True(figures[key] < 2, $"figure {key} quoted twice");
            }

            var finding = await _client.GetFromJsonAsync<JsonElement>($"/api/findings/{id}", ct);
            var source = finding.GetProperty("text").GetString()!;
            var at = source.IndexOf(text, StringComparison.Ordinal);
            Assert.True(at >= 0, $"not verbatim: {text}");

            // The role the quote fills is the role of a sentence it quotes in the source.
            var spans = finding.GetProperty("roleSpans").EnumerateArray()
                .Where(s => s.GetProperty("start").GetInt32() < at + text.Length && s.GetProperty("start").GetInt32() + s.GetProperty("length").GetInt32() > at)
                .Select(s => s.GetProperty("role").GetString())
                .ToList();
            Assert.Contains(role, spans);

            // No flattened table: a quote never carries cell separators or a table caption.
            Assert.DoesNotContain(" | ", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"^(Tableau|Table) \d", text);
            Assert.DoesNotContain("À retenir", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Prose_HasNoParenthesisPlurals_NoBareCountryAfterAPreposition_AndNoInternals(string kind, string body)
    {
        var ct = TestContext.Current.CancellationToken;
        var preview = await PreviewAsync(kind, body, ct);
        var prose = Prose(preview);

        Assert.DoesNotMatch(@"\w\(s\)", prose);
        Assert.DoesNotMatch(@"\b(sur|pour|de|à) (Niger|Guinée|Mauritanie|Burkina Faso|Mali|Sénégal|Afrique de l'Ouest)\b", prose);
        foreach (var internalText in new[] { "Règle de priorisation", "Score de priorité", "Moteur :", "Empreinte de l'index", "Priority score", "Engine:", "Index fingerprint" })
        {
            Assert.DoesNotContain(internalText, prose, StringComparison.Ordinal);
        }

        if (body.Contains("\"en\"", StringComparison.Ordinal))
        {
            // English typography: no space before a colon or semicolon outside quotes.
            Assert.DoesNotMatch(@"\w [:;]", prose);
        }

        Assert.Equal(JsonValueKind.Object, preview.GetProperty("provenance").GetProperty("request").ValueKind);
        Assert.False(string.IsNullOrEmpty(preview.GetProperty("provenance").GetProperty("indexFingerprint").GetString()));
    }

    [Fact]
    public async Task NigerPlan_NamesTheAesAndTheAu_NotTheEcowasCommission()
    {
        var ct = TestContext.Current.CancellationToken;
        var niger = Prose(await PreviewAsync("national-plan", """{"country":"NE","periodStart":2026,"periodEnd":2028}""", ct));
        var senegal = Prose(await PreviewAsync("national-plan", """{"country":"SN","periodStart":2026,"periodEnd":2028}""", ct));

        Assert.DoesNotContain("Commission de la CEDEAO", niger, StringComparison.Ordinal);
        Assert.Contains("(AES)", niger, StringComparison.Ordinal);
        Assert.Contains("Commission de l'Union africaine", niger, StringComparison.Ordinal);
        Assert.Contains("Commission de la CEDEAO", senegal, StringComparison.Ordinal);
        Assert.DoesNotContain("(AES)", senegal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TourismMessages_StartWithTheAudiencesOwnTheme()
    {
        var ct = TestContext.Current.CancellationToken;
        var preview = await PreviewAsync("messages", """{"country":"SN","audience":"private-sector-tourism"}""", ct);

        var sections = preview.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("section")[0].GetString()).ToList();
        Assert.Equal("Exploitation sexuelle des enfants dans le voyage et le tourisme", sections[0]);
    }

    private async Task<JsonElement> PreviewAsync(string kind, string body, CancellationToken ct)
    {
        var response = await _client.PostAsync($"/api/generate/{kind}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(ct);
    }

    /// <summary>The Markdown without its quotes and footnotes: the template prose only.</summary>
    private static string Prose(JsonElement preview)
    {
        var markdown = QuotedRun().Replace(preview.GetProperty("markdown").GetString()!, "");
        return string.Join('\n', markdown.Split('\n').Where(l => !l.StartsWith("[^", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)?[\s\u00A0\u202F]?%")]
    private static partial Regex Percent();

    // Quotes inside table cells and paragraphs: « … » or “…”, with their footnote marks.
    [GeneratedRegex(@"(«[^»]*»|\u201C[^\u201D]*\u201D)(\[\^\d+\])?")]
    private static partial Regex QuotedRun();
}
