using System.Text;
using System.Text.Json;
using Json.Schema;
using Knowledge.Generators.Exports;

namespace Knowledge.Generators.Tests.Exports;

public sealed class CitationExportTests
{
    private const string Base = "https://knowledge.example.org/api/documents/";

    [Theory]
    [InlineData(ExportFormat.Ris, "ris")]
    [InlineData(ExportFormat.Bibtex, "bibtex")]
    [InlineData(ExportFormat.CslJson, "csljson")]
    public async Task References_ParseWithCitationJs_AsGreyLiteratureReports(ExportFormat format, string parser)
    {
        var items = CitationJs.Parse(parser, await ExportFixture.BytesAsync(format)).EnumerateArray().ToList();

        Assert.Equal(4, items.Count);
        Assert.All(items, i => Assert.Equal("report", i.GetProperty("type").GetString()));
        var special = items.Single(i => i.GetProperty("URL").GetString() == Base + "ab12cd0000000001/file");
        // Escaping round-trips: the parser reads back exactly the title and the institution.
        Assert.Equal(ExportFixture.SpecialTitle, special.GetProperty("title").GetString());
        Assert.Equal(ExportFixture.SpecialPublisher, special.GetProperty("publisher").GetString());
        Assert.Equal(2023, special.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
        Assert.Equal("Rapport de recherche", special.GetProperty("genre").GetString());

        var english = items.Single(i => i.GetProperty("URL").GetString() == Base + "ef34ab0000000002/file");
        Assert.Equal("Country overview: Niger", english.GetProperty("title").GetString());
        Assert.False(english.TryGetProperty("issued", out _), "no year is known: none is invented");
        Assert.False(english.TryGetProperty("publisher", out _), "no publisher is known: none is invented");
        Assert.Equal(parser == "bibtex" ? "english" : "en", english.GetProperty("language").GetString());
    }

    [Fact]
    public async Task CslJson_IsValidAgainstThePublishedCslDataSchema()
    {
        var schema = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Exports", "csl-data.json"));
        using var json = JsonDocument.Parse(await ExportFixture.BytesAsync(ExportFormat.CslJson));

        var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));

        // The schema itself refuses what it should, so a pass means something.
        using var broken = JsonDocument.Parse("""[{ "id": "x", "type": "grey-report", "institution": "ONG" }]""");
        Assert.False(schema.Evaluate(broken.RootElement).IsValid);
    }

    [Fact]
    public async Task Bibtex_EscapesLatexSpecials_KeepsAccentsAsUtf8_AndGivesUniqueStableKeys()
    {
        var bibtex = Encoding.UTF8.GetString(await ExportFixture.BytesAsync(ExportFormat.Bibtex));

        Assert.Contains(@"institution = {Child\_Rights \& \{Network\} 100\% \#1 \textasciitilde{} \$5 \textasciicircum{} \textbackslash{} fin},", bibtex, StringComparison.Ordinal);
        Assert.Contains(@"title = {{Mariage d'enfants : état des lieux \& perspectives (50 \% \{brouillon\})}},", bibtex, StringComparison.Ordinal);
        Assert.Contains("@techreport{mariage2023-ab12cd,", bibtex, StringComparison.Ordinal);
        Assert.Contains("@techreport{country", bibtex, StringComparison.Ordinal);

        // Two documents whose short keys collide get their whole id; keys never repeat.
        Assert.Contains("@techreport{rapport2022-aaaaaa1111111111,", bibtex, StringComparison.Ordinal);
        Assert.Contains("@techreport{rapport2022-aaaaaa2222222222,", bibtex, StringComparison.Ordinal);
        var keys = System.Text.RegularExpressions.Regex.Matches(bibtex, "@techreport\\{([^,]+),").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());

        // The same keys in RIS (ID) and CSL-JSON (id), so the three formats name each document alike.
        var ris = Encoding.UTF8.GetString(await ExportFixture.BytesAsync(ExportFormat.Ris));
        var csl = JsonDocument.Parse(await ExportFixture.BytesAsync(ExportFormat.CslJson));
        Assert.Equal(keys, csl.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList());
        Assert.All(keys, k => Assert.Contains("ID  - " + k + "\r\n", ris, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ris_IsRprtRecords_WithTagLinesEndingInCrlf()
    {
        var ris = Encoding.UTF8.GetString(await ExportFixture.BytesAsync(ExportFormat.Ris));

        Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(ris, "^TY  - RPRT\r$", System.Text.RegularExpressions.RegexOptions.Multiline));
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(ris, "^ER  - \r$", System.Text.RegularExpressions.RegexOptions.Multiline));
        Assert.All(ris.Split("\r\n").Where(l => l.Length > 0), l => Assert.Matches("^[A-Z][A-Z0-9]  - ", l));
        Assert.Contains("PB  - " + ExportFixture.SpecialPublisher + "\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("UR  - " + Base + "ab12cd0000000001/file\r\n", ris, StringComparison.Ordinal);
    }
}
