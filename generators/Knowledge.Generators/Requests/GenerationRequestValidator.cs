using Knowledge.Core.Taxonomy;
using Knowledge.Generators.Audiences;

namespace Knowledge.Generators.Requests;

/// <summary>One invalid field, explained in French and English. <see cref="Field"/> is the camelCase wire name.</summary>
public sealed record FieldError(string Field, LocalizedText Message);

/// <summary>The outcome of validating a request.</summary>
public sealed record RequestValidation(IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>Errors grouped by field in one language, the shape of an RFC 7807 validation problem.</summary>
    public IDictionary<string, string[]> ToDictionary(string? language = "fr") =>
        Errors.GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message.Get(language)).ToArray(), StringComparer.Ordinal);
}

/// <summary>A request failed validation; <see cref="Validation"/> says which fields and why.</summary>
public sealed class GenerationRequestException : Exception
{
    public GenerationRequestException(RequestValidation validation)
        : base(string.Join(" ", (validation ?? throw new ArgumentNullException(nameof(validation))).Errors.Select(e => $"{e.Field}: {e.Message.Fr}")))
    {
        Validation = validation;
    }

    public GenerationRequestException()
    {
        Validation = new RequestValidation([]);
    }

    public GenerationRequestException(string message)
        : base(message)
    {
        Validation = new RequestValidation([]);
    }

    public GenerationRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Validation = new RequestValidation([]);
    }

    public RequestValidation Validation { get; }
}

/// <summary>
/// Checks a request against the taxonomy and audience catalogue before any query is run. Unknown
/// codes are reported with the list of valid ones so the caller can correct them.
/// </summary>
public sealed class GenerationRequestValidator(EvidenceTaxonomy taxonomy, AudienceCatalog audiences)
{
    private const int MinYear = 1990;
    private const int MaxYear = 2100;
    private const int MaxPeriodYears = 10;

    public RequestValidation Validate(GenerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        if (request.Language is not ("fr" or "en"))
        {
            errors.Add(new("language", new(
                $"Langue inconnue : « {request.Language} ». Langues valides : fr, en.",
                $"Unknown language: \"{request.Language}\". Valid languages: fr, en.")));
        }

        foreach (var theme in request.Themes)
        {
            if (taxonomy.FindTheme(theme) is null)
            {
                errors.Add(Unknown("themes", "Thème", "theme", theme, taxonomy.Themes.Select(t => t.Code)));
            }
        }

        if (request.EvidenceFromYear is < MinYear or > MaxYear)
        {
            errors.Add(new("evidenceFromYear", new($"L'année doit être comprise entre {MinYear} et {MaxYear}.", $"The year must be between {MinYear} and {MaxYear}.")));
        }

        switch (request)
        {
            case MessagesRequest m:
                if ((m.Country is null) == (m.Region is null))
                {
                    errors.Add(new("country", new("Indiquez soit un pays, soit une région (l'un des deux, pas les deux).", "Give either a country or a region (one of them, not both).")));
                }

                CheckCountry(m.Country, errors, required: false);
                CheckRegion(m.Region, errors, required: false);
                if (string.IsNullOrWhiteSpace(m.Audience))
                {
                    errors.Add(Required("audience", "le public", "the audience", audiences.All.Select(a => a.Code)));
                }
                else if (audiences.Find(m.Audience) is null)
                {
                    errors.Add(Unknown("audience", "Public", "audience", m.Audience, audiences.All.Select(a => a.Code)));
                }

                break;
            case RegionalStrategyRequest s:
                CheckRegion(s.Region, errors, required: true);
                CheckPeriod(s.PeriodStart, s.PeriodEnd, errors);
                break;
            case NationalPlanRequest n:
                CheckCountry(n.Country, errors, required: true);
                CheckPeriod(n.PeriodStart, n.PeriodEnd, errors);
                break;
            case PositionNoteRequest p:
                CheckCountry(p.Country, errors, required: true);
                if (p.Themes.Count != 1)
                {
                    errors.Add(new("themes", new("Une note de position porte sur exactement un thème.", "A position note covers exactly one theme.")));
                }

                break;
        }

        return new RequestValidation(errors);
    }

    private void CheckCountry(string? code, List<FieldError> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            if (required)
            {
                errors.Add(Required("country", "le pays", "the country", taxonomy.Countries.Select(c => c.Code)));
            }
        }
        else if (taxonomy.FindCountry(code) is null)
        {
            errors.Add(Unknown("country", "Pays", "country", code, taxonomy.Countries.Select(c => c.Code)));
        }
    }

    private void CheckRegion(string? code, List<FieldError> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            if (required)
            {
                errors.Add(Required("region", "la région", "the region", taxonomy.Regions.Select(r => r.Code)));
            }
        }
        else if (taxonomy.FindRegion(code) is null)
        {
            errors.Add(Unknown("region", "Région", "region", code, taxonomy.Regions.Select(r => r.Code)));
        }
    }

    private static void CheckPeriod(int start, int end, List<FieldError> errors)
    {
        if (start is < MinYear or > MaxYear)
        {
            errors.Add(new("periodStart", new($"L'année de début doit être comprise entre {MinYear} et {MaxYear}.", $"The start year must be between {MinYear} and {MaxYear}.")));
        }

        if (end < start || end - start >= MaxPeriodYears)
        {
            errors.Add(new("periodEnd", new(
                $"L'année de fin doit suivre l'année de début, sur {MaxPeriodYears} ans au plus.",
                $"The end year must follow the start year, within {MaxPeriodYears} years.")));
        }
    }

    private static FieldError Required(string field, string fr, string en, IEnumerable<string> valid) => new(field, new(
        $"Indiquez {fr}. Valeurs valides : {List(valid, "aucune")}.",
        $"Give {en}. Valid values: {List(valid, "none")}."));

    private static FieldError Unknown(string field, string fr, string en, string value, IEnumerable<string> valid) => new(field, new(
        $"{fr} inconnu(e) : « {value} ». Valeurs valides : {List(valid, "aucune")}.",
        $"Unknown {en}: \"{value}\". Valid values: {List(valid, "none")}."));

    private static string List(IEnumerable<string> values, string none)
    {
        var list = values.ToList();
        return list.Count == 0 ? none : string.Join(", ", list);
    }
}
