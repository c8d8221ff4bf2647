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

    /// <summary>Most distinct themes one request may ask for (the taxonomy has fewer; more is a mistake or an attack).</summary>
    public const int MaxThemes = 20;

    /// <summary>
    /// Entries a theme list may carry before repeats are merged: a person or a form repeats a code
    /// now and then, never thousands of times, so a longer list is refused before any work.
    /// </summary>
    public const int MaxThemeEntries = 5 * MaxThemes;

    /// <summary>Most bad values an error message repeats; the rest are counted, and /api/taxonomy lists the valid ones.</summary>
    public const int MaxEchoedValues = 10;

    /// <summary>Valid values are listed in a message only when there are this few; otherwise it points to /api/taxonomy.</summary>
    private const int MaxListedValidValues = 30;

    /// <summary>Longest part of a caller's value repeated in a message.</summary>
    private const int MaxEchoedLength = 40;

    public RequestValidation Validate(GenerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<FieldError>();
        if (request.Language is not ("fr" or "en"))
        {
            errors.Add(new("language", ValidationText.Message("Language.Unknown", Echo(request.Language))));
        }

        CheckThemes(request.Themes, errors);

        if (request.EvidenceFromYear is < MinYear or > MaxYear)
        {
            errors.Add(new("evidenceFromYear", ValidationText.Message("Year.Range", MinYear, MaxYear)));
        }

        switch (request)
        {
            case MessagesRequest m:
                if ((m.Country is null) == (m.Region is null))
                {
                    errors.Add(new("country", ValidationText.Message("Place.CountryOrRegion")));
                }

                CheckCountry(m.Country, errors, required: false);
                CheckRegion(m.Region, errors, required: false);
                if (string.IsNullOrWhiteSpace(m.Audience))
                {
                    errors.Add(Required("audience", "Audience.Required", audiences.All.Select(a => a.Code)));
                }
                else if (audiences.Find(m.Audience) is null)
                {
                    errors.Add(Unknown("audience", "Audience.Unknown", m.Audience, audiences.All.Select(a => a.Code)));
                }

                break;
            case DonorBriefRequest d:
                if ((d.Country is null) == (d.Region is null))
                {
                    errors.Add(new("country", ValidationText.Message("Place.CountryOrRegion")));
                }

                CheckCountry(d.Country, errors, required: false);
                CheckRegion(d.Region, errors, required: false);
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
                if (p.Themes is not null && p.Themes.Distinct(StringComparer.OrdinalIgnoreCase).Count() != 1)
                {
                    errors.Add(new("themes", ValidationText.Message("PositionNote.OneTheme")));
                }

                break;
        }

        return new RequestValidation(errors);
    }

    /// <summary>
    /// No null list, no null or blank code, at most <see cref="MaxThemeEntries"/> entries and
    /// <see cref="MaxThemes"/> distinct codes (repeats are merged, whatever their case), every code known. Bad codes are reported together, at most
    /// <see cref="MaxEchoedValues"/> of them, each cut short: an answer never grows with the request.
    /// </summary>
    private void CheckThemes(IReadOnlyList<string?>? themes, List<FieldError> errors)
    {
        if (themes is null)
        {
            errors.Add(new("themes", ValidationText.Message("Themes.Null")));
            return;
        }

        if (themes.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add(new("themes", ValidationText.Message("Themes.Blank")));
            return;
        }

        if (themes.Count > MaxThemeEntries)
        {
            errors.Add(new("themes", ValidationText.Message("Themes.TooManyEntries", themes.Count, MaxThemes)));
            return;
        }

        var distinct = themes.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (distinct.Count > MaxThemes)
        {
            errors.Add(new("themes", ValidationText.Message("Themes.TooManyDistinct", distinct.Count, MaxThemes)));
            return;
        }

        var unknown = distinct.Where(t => taxonomy.FindTheme(t!) is null).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(UnknownMany("themes", unknown.Count == 1 ? "Themes.UnknownOne" : "Themes.UnknownMany", unknown, taxonomy.Themes.Select(t => t.Code)));
        }
    }

    private void CheckCountry(string? code, List<FieldError> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            if (required)
            {
                errors.Add(Required("country", "Country.Required", taxonomy.Countries.Select(c => c.Code)));
            }
        }
        else if (taxonomy.FindCountry(code) is null)
        {
            errors.Add(Unknown("country", "Country.Unknown", code, taxonomy.Countries.Select(c => c.Code)));
        }
    }

    private void CheckRegion(string? code, List<FieldError> errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            if (required)
            {
                errors.Add(Required("region", "Region.Required", taxonomy.Regions.Select(r => r.Code)));
            }
        }
        else if (taxonomy.FindRegion(code) is null)
        {
            errors.Add(Unknown("region", "Region.Unknown", code, taxonomy.Regions.Select(r => r.Code)));
        }
    }

    private static void CheckPeriod(int start, int end, List<FieldError> errors)
    {
        if (start is < MinYear or > MaxYear)
        {
            errors.Add(new("periodStart", ValidationText.Message("Period.Start", MinYear, MaxYear)));
        }

        if (end < start || end - start >= MaxPeriodYears)
        {
            errors.Add(new("periodEnd", ValidationText.Message("Period.End", MaxPeriodYears)));
        }
    }

    private static FieldError Required(string field, string key, IEnumerable<string> valid) =>
        new(field, ValidationText.Message(key, language => [List(valid, language)]));

    private static FieldError Unknown(string field, string key, string value, IEnumerable<string> valid) =>
        new(field, ValidationText.Message(key, language => [Echo(value), List(valid, language)]));

    /// <summary>Several bad values in one message: at most <see cref="MaxEchoedValues"/> repeated, the rest counted.</summary>
    private static FieldError UnknownMany(string field, string key, List<string?> values, IEnumerable<string> valid)
    {
        var shown = values.Take(MaxEchoedValues).ToList();
        var more = values.Count - shown.Count;
        return new(field, ValidationText.Message(key, language =>
        {
            var echoed = string.Join(", ", shown.Select(v => ValidationText.Get("Echo", language, Echo(v))));
            var listed = more switch
            {
                0 => echoed,
                1 => ValidationText.Get("Themes.MoreOne", language, echoed),
                _ => ValidationText.Get("Themes.MoreMany", language, echoed, more),
            };
            return [listed, List(valid, language)];
        }));
    }

    /// <summary>A caller's value as repeated in a message: cut short, so a huge value makes no huge answer.</summary>
    private static string Echo(string? value)
    {
        value ??= string.Empty;
        if (value.Length <= MaxEchoedLength)
        {
            return value;
        }

        var cut = char.IsHighSurrogate(value[MaxEchoedLength - 1]) ? MaxEchoedLength - 1 : MaxEchoedLength;
        return value[..cut] + "…";
    }

    private static string List(IEnumerable<string> values, string language)
    {
        var list = values.ToList();
        if (list.Count > MaxListedValidValues)
        {
            return ValidationText.Get("Valid.SeeTaxonomy", language);
        }

        return list.Count == 0 ? ValidationText.Get("Valid.None", language) : string.Join(", ", list);
    }
}
