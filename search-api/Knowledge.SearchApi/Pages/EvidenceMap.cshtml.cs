using System.Globalization;
using Knowledge.Core.Evidence;
using Knowledge.Core.Taxonomy;
using Knowledge.SearchApi.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Knowledge.SearchApi.Pages;

/// <summary>The evidence map: findings per theme and country for a region or a list of countries, read live from the index.</summary>
public sealed class EvidenceMapModel(EvidenceMapBuilder builder, EvidenceTaxonomy taxonomy, Vocabulary vocabulary, IStringLocalizer<WebText> text) : PageModel
{
    public EvidenceMap? Map { get; private set; }

    public string Region { get; private set; } = EvidenceMapBuilder.DefaultRegion;

    public IReadOnlyList<string> Countries { get; private set; } = [];

    public int? YearFrom { get; private set; }

    public int? YearTo { get; private set; }

    public IReadOnlyList<string> Kinds { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public Vocabulary Words => vocabulary;

    public EvidenceTaxonomy Taxonomy => taxonomy;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var q = Request.Query;
        var region = q["region"].ToString();
        if (region.Length > 0)
        {
            if (taxonomy.FindRegion(region) is { } r)
            {
                Region = r.Code;
            }
            else
            {
                Errors["region"] = text["Map.UnknownRegion", region];
            }
        }

        var countries = new List<string>();
        foreach (var code in PageUrls.Values(q["country"]))
        {
            if (taxonomy.FindCountry(code) is { } c)
            {
                countries.Add(c.Code);
            }
            else
            {
                Errors["country"] = text["Map.UnknownCountry", code];
            }
        }

        Countries = [.. countries.Distinct(StringComparer.Ordinal)];
        YearFrom = Year("yearFrom");
        YearTo = Year("yearTo");
        var kinds = new List<FindingKind>();
        foreach (var code in PageUrls.Values(q["kind"]))
        {
            if (EvidenceCodes.TryParseFindingKind(code, out var k))
            {
                kinds.Add(k);
            }
            else
            {
                Errors["kind"] = text["Map.UnknownKind", code];
            }
        }

        Kinds = [.. kinds.Select(k => k.ToCode())];
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Map = await builder.BuildAsync(new EvidenceMapRequest(Region, Countries, YearFrom, YearTo, kinds), cancellationToken);
    }

    /// <summary>The search behind one cell: the theme and country with this map's years and kinds.</summary>
    public string CellSearch(string theme, string country)
    {
        var query = new List<KeyValuePair<string, List<string>>>
        {
            new("theme", [theme]),
            new("country", [country]),
        };
        if (YearFrom is int from)
        {
            query.Add(new("yearFrom", [from.ToString(CultureInfo.InvariantCulture)]));
        }

        if (YearTo is int to)
        {
            query.Add(new("yearTo", [to.ToString(CultureInfo.InvariantCulture)]));
        }

        if (Kinds.Count > 0)
        {
            query.Add(new("kind", [.. Kinds]));
        }

        return PageUrls.Build("/", query);
    }

    private int? Year(string name)
    {
        var raw = Request.Query[name].ToString();
        if (raw.Length == 0)
        {
            return null;
        }

        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
        {
            return year;
        }

        Errors[name] = text["Map.BadYear"];
        return null;
    }
}
