using System.Globalization;
using Knowledge.Generators;
using Knowledge.Generators.Requests;
using Microsoft.Extensions.Localization;
using Knowledge.SearchApi.Web;

namespace Knowledge.SearchApi.Pages.Generate;

/// <summary>
/// The generation form, named after the generation request's JSON (<c>kind</c>, <c>country</c>,
/// <c>region</c>, <c>themes</c>, <c>audience</c>, <c>language</c>, <c>periodStart</c>,
/// <c>periodEnd</c>), read from a query string so a preview can be shared and downloaded again.
/// </summary>
public sealed record GenerateForm
{
    public static readonly IReadOnlyList<string> Kinds = ["national-plan", "position-note", "messages", "regional-strategy", "donor-brief"];

    public string Kind { get; init; } = "national-plan";

    public string Country { get; init; } = "";

    public string Region { get; init; } = "";

    public IReadOnlyList<string> Themes { get; init; } = [];

    public string Audience { get; init; } = "";

    public string Language { get; init; } = "fr";

    public string PeriodStart { get; init; } = "";

    public string PeriodEnd { get; init; } = "";

    /// <summary>Errors by field name, in the page's language.</summary>
    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The same request as a query string, for the download link.</summary>
    public string QueryString()
    {
        var query = new List<KeyValuePair<string, List<string>>>
        {
            new("kind", [Kind]), new("country", [Country]), new("region", [Region]), new("themes", [.. Themes]),
            new("audience", [Audience]), new("language", [Language]), new("periodStart", [PeriodStart]), new("periodEnd", [PeriodEnd]),
        };
        return PageUrls.Build("", query);
    }

    public static GenerateForm Read(IQueryCollection q, string pageLanguage, int thisYear) => new()
    {
        Kind = q.ContainsKey("kind") ? q["kind"].ToString() : "national-plan",
        Country = q["country"].ToString().Trim(),
        Region = q["region"].ToString().Trim(),
        Themes = PageUrls.Values(q["themes"]),
        Audience = q["audience"].ToString().Trim(),
        Language = q.ContainsKey("language") ? q["language"].ToString() : pageLanguage,
        PeriodStart = q.ContainsKey("periodStart") ? q["periodStart"].ToString().Trim() : thisYear.ToString(CultureInfo.InvariantCulture),
        PeriodEnd = q.ContainsKey("periodEnd") ? q["periodEnd"].ToString().Trim() : (thisYear + 2).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The request the form describes, checked by the generators' own validator; null with
    /// <see cref="Errors"/> filled when something is wrong. Only the fields the kind uses are read.
    /// </summary>
    public GenerationRequest? ToRequest(GenerationService service, IStringLocalizer<WebText> text, string lang)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(text);
        var start = Year(PeriodStart, "periodStart", text);
        var end = Year(PeriodEnd, "periodEnd", text);
        string? Optional(string s) => s.Length == 0 ? null : s;
        GenerationRequest? request = Kind switch
        {
            "national-plan" => new NationalPlanRequest { Country = Country, PeriodStart = start ?? 0, PeriodEnd = end ?? 0, Themes = Themes, Language = Language },
            "position-note" => new PositionNoteRequest { Country = Country, Themes = Themes, Language = Language },
            "messages" => new MessagesRequest { Country = Optional(Country), Region = Optional(Region), Audience = Audience, Themes = Themes, Language = Language },
            "regional-strategy" => new RegionalStrategyRequest { Region = Region, PeriodStart = start ?? 0, PeriodEnd = end ?? 0, Themes = Themes, Language = Language },
            "donor-brief" => new DonorBriefRequest { Country = Optional(Country), Region = Optional(Region), Themes = Themes, Language = Language },
            _ => null,
        };
        if (request is null)
        {
            Errors["kind"] = [text["Generate.UnknownKind"]];
            return null;
        }

        var usesPeriod = Kind is "national-plan" or "regional-strategy";
        if (!usesPeriod)
        {
            Errors.Remove("periodStart");
            Errors.Remove("periodEnd");
        }

        foreach (var (field, messages) in service.Validate(request).ToDictionary(lang))
        {
            // A period that is not a number already has its own message; the validator's range
            // message about the placeholder 0 would only confuse.
            if (!Errors.ContainsKey(field))
            {
                Errors[field] = messages;
            }
        }

        return Errors.Count == 0 ? request : null;
    }

    private int? Year(string raw, string field, IStringLocalizer<WebText> text)
    {
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        Errors[field] = [raw.Length == 0 ? text["Generate.YearRequired"] : text["Generate.YearNotNumber", raw]];
        return null;
    }
}
