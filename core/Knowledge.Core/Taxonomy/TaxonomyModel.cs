using System.Text.Json.Serialization;

namespace Knowledge.Core.Taxonomy;

/// <summary>A text in French and English. French is the default.</summary>
/// <param name="Fr">French text.</param>
/// <param name="En">English text.</param>
public sealed record LocalizedText(
    [property: JsonPropertyName("fr")] string Fr,
    [property: JsonPropertyName("en")] string En)
{
    /// <summary>The text in <paramref name="language"/> (<c>fr</c> or <c>en</c>); French otherwise.</summary>
    public string Get(string? language) =>
        string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? En : Fr;
}

/// <summary>
/// Keyword patterns for tagging, per language. A pattern is a phrase matched on word boundaries
/// against accent-folded, lower-cased text; a word ending in <c>*</c> matches any ending
/// ("mariage* precoce*" matches "mariages précoces"). A pattern starting with <c>re:</c> is a
/// .NET regular expression over the same folded text. A pattern starting with <c>!</c> blocks a
/// phrase: hits of the same theme (or place) inside it are ignored ("!loi du silence").
/// </summary>
public sealed record KeywordPatterns
{
    /// <summary>French patterns.</summary>
    [JsonPropertyName("fr")]
    public IReadOnlyList<string> Fr { get; init; } = [];

    /// <summary>English patterns.</summary>
    [JsonPropertyName("en")]
    public IReadOnlyList<string> En { get; init; } = [];

    /// <summary>Both languages' patterns (a French report quotes English titles and vice versa).</summary>
    [JsonIgnore]
    public IEnumerable<string> All => Fr.Concat(En);
}

/// <summary>A theme of the evidence base: a manifestation of exploitation, a response area or a cross-cutting issue.</summary>
public sealed record Theme
{
    /// <summary>Stable code, e.g. <c>child-marriage</c>.</summary>
    [JsonPropertyName("code")]
    public required string Code { get; init; }

    /// <summary>Group: <c>manifestation</c>, <c>response</c> or <c>cross-cutting</c>.</summary>
    [JsonPropertyName("group")]
    public required string Group { get; init; }

    /// <summary>Labels.</summary>
    [JsonPropertyName("label")]
    public required LocalizedText Label { get; init; }

    /// <summary>The theme as prose names it, with its article ("le mariage d'enfants, précoce et forcé"); the label when absent.</summary>
    [JsonPropertyName("phrase")]
    public LocalizedText? Phrase { get; init; }

    /// <summary>A one-word label for narrow table columns ("Mariage"); the label when absent.</summary>
    [JsonPropertyName("short")]
    public LocalizedText? ShortLabel { get; init; }

    /// <summary>Tagging patterns.</summary>
    [JsonPropertyName("patterns")]
    public KeywordPatterns Patterns { get; init; } = new();

    /// <summary>
    /// How many distinct pattern hits a passage needs before it is tagged (1 by default; broad
    /// themes such as funding use 2 so that a passing word does not tag a whole passage).
    /// </summary>
    [JsonPropertyName("minHits")]
    public int MinHits { get; init; } = 1;
}

/// <summary>A country (ISO 3166-1 alpha-2) with its names, variants and demonyms.</summary>
public sealed record Country
{
    /// <summary>ISO 3166-1 alpha-2 code, upper case.</summary>
    [JsonPropertyName("code")]
    public required string Code { get; init; }

    /// <summary>Short names.</summary>
    [JsonPropertyName("name")]
    public required LocalizedText Name { get; init; }

    /// <summary>
    /// Other names, spellings, demonyms and cities, as tagging patterns (both languages); the names
    /// are matched too. A <c>!</c> variant blocks a phrase that would otherwise name the country
    /// ("!golfe de Guinée", "!fleuve Niger").
    /// </summary>
    [JsonPropertyName("variants")]
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>
    /// First-level divisions and district towns ("Borno", "Extrême-Nord", "Kambia"), tagging patterns
    /// like <see cref="Variants"/>. A question naming one is understood as the country but keeps the
    /// word to find, since it is narrower than the country; and unlike the variants' cities, they are
    /// not known places to the safeguarding detector, for a child's village must still be flagged.
    /// </summary>
    [JsonPropertyName("localities")]
    public IReadOnlyList<string> Localities { get; init; } = [];

    /// <summary>How prose names the country ("au Niger", "du Niger", "le Niger"); derived from the name when absent.</summary>
    [JsonPropertyName("grammar")]
    public PlaceGrammar? Grammar { get; init; }
}

/// <summary>The forms prose needs to name a place: "au Niger", "du Niger", "le Niger".</summary>
/// <param name="In">After a verb of place: "au Niger", "en Guinée", "in the Gambia".</param>
/// <param name="Of">As a complement: "du Niger", "de la Guinée", "of the Gambia".</param>
/// <param name="The">As a subject or after "sur": "le Niger", "la Guinée", "the Gambia".</param>
public sealed record PlaceForms(
    [property: JsonPropertyName("in")] string In,
    [property: JsonPropertyName("of")] string Of,
    [property: JsonPropertyName("the")] string The);

/// <summary>A place's forms per language; a missing language is derived from the name.</summary>
public sealed record PlaceGrammar
{
    /// <summary>French forms.</summary>
    [JsonPropertyName("fr")]
    public PlaceForms? Fr { get; init; }

    /// <summary>English forms.</summary>
    [JsonPropertyName("en")]
    public PlaceForms? En { get; init; }
}

/// <summary>A past or dated membership of a regional grouping.</summary>
public sealed record Membership
{
    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    [JsonPropertyName("country")]
    public required string Country { get; init; }

    /// <summary>First day of membership, when it matters (a recent accession).</summary>
    [JsonPropertyName("from")]
    public DateOnly? From { get; init; }

    /// <summary>Day the membership ended (withdrawal took effect); null while in force.</summary>
    [JsonPropertyName("to")]
    public DateOnly? To { get; init; }
}

/// <summary>A regional grouping advocates use (CEDEAO/ECOWAS, Sahel, UEMOA…).</summary>
public sealed record Region
{
    /// <summary>Stable code, e.g. <c>ecowas</c>.</summary>
    [JsonPropertyName("code")]
    public required string Code { get; init; }

    /// <summary>Labels.</summary>
    [JsonPropertyName("label")]
    public required LocalizedText Label { get; init; }

    /// <summary>Names and acronyms, as tagging patterns.</summary>
    [JsonPropertyName("variants")]
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>Member countries, ISO 3166-1 alpha-2.</summary>
    [JsonPropertyName("countries")]
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>How prose names the region ("en Afrique de l'Ouest", "au Sahel").</summary>
    [JsonPropertyName("grammar")]
    public PlaceGrammar? Grammar { get; init; }

    /// <summary>
    /// Dated memberships: withdrawals (Niger, Mali and Burkina Faso left ECOWAS on 29 January 2025)
    /// and recent accessions. A member of <see cref="Countries"/> with no entry has always been one.
    /// </summary>
    [JsonPropertyName("memberships")]
    public IReadOnlyList<Membership> Memberships { get; init; } = [];

    /// <summary>True when <paramref name="country"/> is a member on <paramref name="date"/>.</summary>
    public bool IsMemberOn(string country, DateOnly date)
    {
        foreach (var m in Memberships)
        {
            if (string.Equals(m.Country, country, StringComparison.OrdinalIgnoreCase)
                && (m.From is null || m.From <= date) && (m.To is null || date < m.To))
            {
                return true;
            }
        }

        return Countries.Contains(country, StringComparer.OrdinalIgnoreCase)
            && !Memberships.Any(m => string.Equals(m.Country, country, StringComparison.OrdinalIgnoreCase));
    }
}
