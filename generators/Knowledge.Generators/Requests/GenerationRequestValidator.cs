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
            errors.Add(new("language", new(
                $"Langue inconnue : « {Echo(request.Language)} ». Langues valides : fr, en.",
                $"Unknown language: \"{Echo(request.Language)}\". Valid languages: fr, en.")));
        }

        CheckThemes(request.Themes, errors);

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
            case DonorBriefRequest d:
                if ((d.Country is null) == (d.Region is null))
                {
                    errors.Add(new("country", new("Indiquez soit un pays, soit une région (l'un des deux, pas les deux).", "Give either a country or a region (one of them, not both).")));
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
                    errors.Add(new("themes", new("Une note de position porte sur exactement un thème.", "A position note covers exactly one theme.")));
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
            errors.Add(new("themes", new(
                "themes ne peut pas valoir null : omettez-le ou envoyez une liste de codes de thème (voir /api/taxonomy).",
                "themes cannot be null: leave it out or send a list of theme codes (see /api/taxonomy).")));
            return;
        }

        if (themes.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add(new("themes", new(
                "themes ne peut pas contenir de valeur nulle ou vide.",
                "themes cannot contain a null or empty value.")));
            return;
        }

        if (themes.Count > MaxThemeEntries)
        {
            errors.Add(new("themes", new(
                $"Trop de valeurs : {themes.Count} codes envoyés pour {MaxThemes} thèmes au plus.",
                $"Too many values: {themes.Count} codes sent for at most {MaxThemes} themes.")));
            return;
        }

        var distinct = themes.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (distinct.Count > MaxThemes)
        {
            errors.Add(new("themes", new(
                $"Trop de thèmes : {distinct.Count} codes différents pour {MaxThemes} au plus.",
                $"Too many themes: {distinct.Count} distinct codes for at most {MaxThemes}.")));
            return;
        }

        var unknown = distinct.Where(t => taxonomy.FindTheme(t!) is null).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(UnknownMany("themes", unknown.Count == 1 ? "Thème inconnu" : "Thèmes inconnus", unknown.Count == 1 ? "Unknown theme" : "Unknown themes", unknown, taxonomy.Themes.Select(t => t.Code)));
        }
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
        $"Indiquez {fr}. Valeurs valides : {List(valid, "aucune", "fr")}.",
        $"Give {en}. Valid values: {List(valid, "none", "en")}."));

    private static FieldError Unknown(string field, string fr, string en, string value, IEnumerable<string> valid) => new(field, new(
        $"{fr} inconnu(e) : « {Echo(value)} ». Valeurs valides : {List(valid, "aucune", "fr")}.",
        $"Unknown {en}: \"{Echo(value)}\". Valid values: {List(valid, "none", "en")}."));

    private static FieldError UnknownMany(string field, string fr, string en, List<string?> values, IEnumerable<string> valid)
    {
        var shown = values.Take(MaxEchoedValues).ToList();
        var more = values.Count - shown.Count;
        return new(field, new(
            $"{fr} : {string.Join(", ", shown.Select(v => $"« {Echo(v)} »"))}"
                + (more switch { 0 => string.Empty, 1 => " et 1 autre", _ => $" et {more} autres" })
                + $". Valeurs valides : {List(valid, "aucune", "fr")}.",
            $"{en}: {string.Join(", ", shown.Select(v => $"\"{Echo(v)}\""))}"
                + (more > 0 ? $" and {more} more" : string.Empty)
                + $". Valid values: {List(valid, "none", "en")}."));
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

    private static string List(IEnumerable<string> values, string none, string language)
    {
        var list = values.ToList();
        if (list.Count > MaxListedValidValues)
        {
            return language == "fr" ? "voir /api/taxonomy" : "see /api/taxonomy";
        }

        return list.Count == 0 ? none : string.Join(", ", list);
    }
}
