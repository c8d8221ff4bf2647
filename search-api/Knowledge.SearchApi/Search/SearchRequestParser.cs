using System.Globalization;
using Knowledge.Core.Evidence;
using Knowledge.Core.Search;
using Knowledge.Core.Taxonomy;
using Knowledge.SearchApi.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Knowledge.SearchApi.Search;

/// <summary>
/// Turns the query string of <c>GET /api/search</c> into an <see cref="EvidenceQuery"/>, collecting
/// one message per bad parameter (French or English) instead of failing on the first.
/// </summary>
internal static class SearchRequestParser
{
    public const int MaxQueryLength = 1000;

    public static (EvidenceQuery? Query, Dictionary<string, string[]> Errors) Parse(SearchRequest request, EvidenceTaxonomy taxonomy, string lang)
    {
        ArgumentNullException.ThrowIfNull(request);
        var q = new QueryCollection(new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase)
        {
            ["q"] = request.Q,
            ["theme"] = request.Theme,
            ["country"] = request.Country,
            ["region"] = request.Region,
            ["yearFrom"] = request.YearFrom,
            ["yearTo"] = request.YearTo,
            ["kind"] = request.Kind,
            ["lang"] = request.Lang,
            ["documentKind"] = request.DocumentKind,
            ["sort"] = request.Sort,
            ["page"] = request.Page,
            ["pageSize"] = request.PageSize,
        });
        return Parse(q, taxonomy, lang);
    }

    public static (EvidenceQuery? Query, Dictionary<string, string[]> Errors) Parse(IQueryCollection q, EvidenceTaxonomy taxonomy, string lang)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Error(string field, string key, object?[] values) =>
            errors[field] = [.. errors.GetValueOrDefault(field) ?? [], ApiText.Format(lang, key, values)];

        var text = q["q"].ToString();
        if (text.Length > MaxQueryLength)
        {
            Error("q", "QueryTooLong", [MaxQueryLength]);
        }

        var themes = Codes(q, "theme", c => taxonomy.FindTheme(c)?.Code, () => taxonomy.Themes.Select(t => t.Code), ApiText.Get(lang, "CodeTheme"), Error);
        var countries = Codes(q, "country", c => taxonomy.FindCountry(c)?.Code, () => taxonomy.Countries.Select(t => t.Code), ApiText.Get(lang, "CodeCountry"), Error);
        var regions = Codes(q, "region", c => taxonomy.FindRegion(c)?.Code, () => taxonomy.Regions.Select(t => t.Code), ApiText.Get(lang, "CodeRegion"), Error);
        var kinds = Codes(q, "kind", c => EvidenceCodes.TryParseFindingKind(c, out var k) ? k.ToCode() : null, () => EvidenceCodes.FindingKinds.Select(k => k.ToCode()), ApiText.Get(lang, "CodeFindingKind"), Error);
        var documentKinds = Codes(q, "documentKind", c => EvidenceCodes.TryParseDocumentKind(c, out var k) ? k.ToCode() : null, () => EvidenceCodes.DocumentKinds.Select(k => k.ToCode()), ApiText.Get(lang, "CodeDocumentKind"), Error);
        var langs = Codes(q, "lang", c => c.ToLowerInvariant() is "fr" or "en" ? c.ToLowerInvariant() : null, () => ["fr", "en"], ApiText.Get(lang, "CodeLanguage"), Error);

        var yearFrom = Int(q, "yearFrom", 1900, 2100, Error);
        var yearTo = Int(q, "yearTo", 1900, 2100, Error);
        if (yearFrom is int from && yearTo is int to && from > to)
        {
            Error("yearTo", "YearOrder", []);
        }

        var page = Int(q, "page", 1, 10_000, Error) ?? 1;
        var pageSize = Int(q, "pageSize", 1, EvidenceQuery.MaxPageSize, Error) ?? 20;
        if ((long)page * pageSize > 10_000)
        {
            Error("page", "PageWindow", []);
        }

        var sort = SearchSort.Relevance;
        switch (q["sort"].ToString().ToLowerInvariant())
        {
            case "" or "relevance":
                break;
            case "year" or "year-desc":
                sort = SearchSort.YearDescending;
                break;
            case "year-asc":
                sort = SearchSort.YearAscending;
                break;
            default:
                Error("sort", "UnknownSort", []);
                break;
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new EvidenceQuery
        {
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            Themes = themes,
            Countries = countries,
            Regions = regions,
            YearFrom = yearFrom,
            YearTo = yearTo,
            Kinds = [.. kinds.Select(k => EvidenceCodes.TryParseFindingKind(k, out var v) ? v : FindingKind.Context)],
            DocumentKinds = [.. documentKinds.Select(k => EvidenceCodes.TryParseDocumentKind(k, out var v) ? v : DocumentKind.Other)],
            Languages = langs,
            Page = page,
            PageSize = pageSize,
            Sort = sort,
        }, errors);
    }

    private static List<string> Codes(
        IQueryCollection q,
        string name,
        Func<string, string?> resolve,
        Func<IEnumerable<string>> valid,
        string what,
        Action<string, string, object?[]> error)
    {
        var result = new List<string>();
        foreach (var raw in q[name])
        {
            foreach (var value in (raw ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var code = resolve(value);
                if (code is null)
                {
                    var list = string.Join(", ", valid());
                    error(name, "UnknownCode", [what, Truncate(value), list]);
                }
                else if (!result.Contains(code))
                {
                    result.Add(code);
                }
            }
        }

        return result;
    }

    private static int? Int(IQueryCollection q, string name, int min, int max, Action<string, string, object?[]> error)
    {
        var raw = q[name].ToString();
        if (raw.Length == 0)
        {
            return null;
        }

        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            error(name, "IntegerRange", [name, min, max]);
            return null;
        }

        return value;
    }

    private static string Truncate(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
