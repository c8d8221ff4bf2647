using System.Text.Json.Serialization;

namespace Knowledge.Generators.Requests;

/// <summary>
/// What a member asks the generators for. Codes are taxonomy codes (themes, ISO countries,
/// regions) and audience codes; <see cref="Language"/> is the language of the template prose.
/// Records are plain data so HTTP and CLI layers can bind them directly.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(MessagesRequest), "messages")]
[JsonDerivedType(typeof(RegionalStrategyRequest), "regional-strategy")]
[JsonDerivedType(typeof(NationalPlanRequest), "national-plan")]
[JsonDerivedType(typeof(PositionNoteRequest), "position-note")]
[JsonDerivedType(typeof(DonorBriefRequest), "donor-brief")]
public abstract record GenerationRequest
{
    /// <summary><c>fr</c> (default) or <c>en</c>.</summary>
    public string Language { get; init; } = "fr";

    /// <summary>Theme codes; empty means "the themes the evidence covers best".</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Only evidence published in or after this year, when set.</summary>
    public int? EvidenceFromYear { get; init; }
}

/// <summary>Advocacy messages for themes in a country or region, for one audience.</summary>
public sealed record MessagesRequest : GenerationRequest
{
    /// <summary>Country (ISO alpha-2); give this or <see cref="Region"/>.</summary>
    public string? Country { get; init; }

    /// <summary>Region code; give this or <see cref="Country"/>.</summary>
    public string? Region { get; init; }

    /// <summary>Audience code (see audiences.json).</summary>
    public string Audience { get; init; } = "";
}

/// <summary>A regional advocacy strategy draft for a region and a period.</summary>
public sealed record RegionalStrategyRequest : GenerationRequest
{
    public string Region { get; init; } = "";

    /// <summary>First year of the strategy period.</summary>
    public int PeriodStart { get; init; }

    /// <summary>Last year of the strategy period.</summary>
    public int PeriodEnd { get; init; }
}

/// <summary>A national advocacy plan template for a country.</summary>
public sealed record NationalPlanRequest : GenerationRequest
{
    public string Country { get; init; } = "";

    public int PeriodStart { get; init; }

    public int PeriodEnd { get; init; }
}

/// <summary>A 2–4 page position note on one theme in one country.</summary>
public sealed record PositionNoteRequest : GenerationRequest
{
    public string Country { get; init; } = "";
}

/// <summary>A two-page brief for funders on a country or a region: the problem in figures, what works, what funding buys, the gaps.</summary>
public sealed record DonorBriefRequest : GenerationRequest
{
    /// <summary>Country (ISO alpha-2); give this or <see cref="Region"/>.</summary>
    public string? Country { get; init; }

    /// <summary>Region code; give this or <see cref="Country"/>.</summary>
    public string? Region { get; init; }
}

/// <summary>
/// A synthesis deck: a national plan (<see cref="Country"/>) or a regional strategy
/// (<see cref="Region"/>), named by <see cref="Basis"/>; without it, a country means a plan and a
/// region a strategy. The other fields are the basis request's.
/// </summary>
public sealed record DeckRequest
{
    /// <summary><c>national-plan</c> or <c>regional-strategy</c>; inferred from country or region when left out.</summary>
    public string? Basis { get; init; }

    public string? Country { get; init; }

    public string? Region { get; init; }

    public int PeriodStart { get; init; }

    public int PeriodEnd { get; init; }

    public string Language { get; init; } = "fr";

    public IReadOnlyList<string> Themes { get; init; } = [];

    public int? EvidenceFromYear { get; init; }

    /// <summary>The plan or strategy request the deck rests on, or the field error that prevents it.</summary>
    public (GenerationRequest? Request, FieldError? Error) ToBasis()
    {
        var basis = Basis ?? (Country is null && Region is not null ? "regional-strategy" : Country is not null && Region is null ? "national-plan" : null);
        return basis switch
        {
            "national-plan" => (new NationalPlanRequest { Country = Country ?? "", PeriodStart = PeriodStart, PeriodEnd = PeriodEnd, Language = Language, Themes = Themes, EvidenceFromYear = EvidenceFromYear }, null),
            "regional-strategy" => (new RegionalStrategyRequest { Region = Region ?? "", PeriodStart = PeriodStart, PeriodEnd = PeriodEnd, Language = Language, Themes = Themes, EvidenceFromYear = EvidenceFromYear }, null),
            null => (null, new FieldError("basis", ValidationText.Message("Basis.Missing"))),
            _ => (null, new FieldError("basis", ValidationText.Message("Basis.Unknown", basis.Length > 40 ? basis[..40] + "…" : basis))),
        };
    }
}
