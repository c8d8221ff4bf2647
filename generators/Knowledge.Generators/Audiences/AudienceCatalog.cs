using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Knowledge.Core.Taxonomy;

namespace Knowledge.Generators.Audiences;

/// <summary>An audience of advocacy: who is addressed, what is asked of them, by whom and how.</summary>
public sealed record Audience
{
    [JsonPropertyName("code")]
    public required string Code { get; init; }

    [JsonPropertyName("label")]
    public required LocalizedText Label { get; init; }

    /// <summary>The evidence the audience cares about; its messages prefer it.</summary>
    [JsonPropertyName("evidence")]
    public AudienceEvidence Evidence { get; init; } = new();

    /// <summary>Typical actors to target within the audience (power map rows).</summary>
    [JsonPropertyName("targets")]
    public IReadOnlyList<AudienceTarget> Targets { get; init; } = [];

    /// <summary>Why the evidence matters to this audience (template prose).</summary>
    [JsonPropertyName("whyItMatters")]
    public required LocalizedText WhyItMatters { get; init; }

    /// <summary>The specific ask; <c>{theme}</c> is replaced by the theme as prose names it, with its article.</summary>
    [JsonPropertyName("ask")]
    public required LocalizedText Ask { get; init; }

    [JsonPropertyName("messengers")]
    public IReadOnlyList<LocalizedText> Messengers { get; init; } = [];

    [JsonPropertyName("channels")]
    public IReadOnlyList<LocalizedText> Channels { get; init; } = [];

    public string AskFor(string themePhrase, string language) => Ask.Get(language).Replace("{theme}", themePhrase, StringComparison.Ordinal);

    /// <summary>
    /// The targets to name for a scope: a target tied to a regional organisation only when one of
    /// <paramref name="countries"/> is a member on <paramref name="date"/> (none given: all targets).
    /// </summary>
    public IEnumerable<AudienceTarget> TargetsFor(EvidenceTaxonomy taxonomy, IReadOnlyList<string> countries, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(countries);
        return Targets.Where(t => t.Organisation is null || countries.Count == 0
            || (taxonomy.FindRegion(t.Organisation) is { } region && countries.Any(c => region.IsMemberOn(c, date))));
    }
}

/// <summary>The evidence an audience cares about.</summary>
public sealed record AudienceEvidence
{
    /// <summary>Theme codes, most relevant first.</summary>
    [JsonPropertyName("themes")]
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Finding roles its messages quote first (<c>statistic</c>, <c>recommendation</c>…).</summary>
    [JsonPropertyName("roles")]
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The kinds of ask it can act on, as a search query over recommendations ("The Code" OR hôtel…).</summary>
    [JsonPropertyName("askTerms")]
    public string? AskTerms { get; init; }
}

/// <summary>An actor to target, optionally tied to a regional organisation (a region code) whose membership decides whether it applies.</summary>
public sealed record AudienceTarget(
    [property: JsonPropertyName("fr")] string Fr,
    [property: JsonPropertyName("en")] string En,
    [property: JsonPropertyName("organisation")] string? Organisation = null)
{
    public string Get(string? language) => string.Equals(language, "en", StringComparison.OrdinalIgnoreCase) ? En : Fr;
}

/// <summary>
/// The audiences, loaded from <c>audiences.json</c> (embedded default, overridable from a folder
/// so networks can edit asks, messengers and channels without a release).
/// </summary>
public sealed class AudienceCatalog
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<AudienceCatalog> DefaultInstance = new(() => Load(null));

    private readonly FrozenDictionary<string, Audience> _byCode;

    public AudienceCatalog(IEnumerable<Audience> audiences)
    {
        All = [.. audiences];
        var map = new Dictionary<string, Audience>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in All)
        {
            if (!map.TryAdd(a.Code, a))
            {
                throw new TaxonomyException($"Code de public en double dans audiences.json : « {a.Code} ».");
            }
        }

        _byCode = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static AudienceCatalog Default => DefaultInstance.Value;

    public IReadOnlyList<Audience> All { get; }

    public Audience? Find(string? code) => code is null ? null : _byCode.GetValueOrDefault(code);

    /// <summary>Reads <c>audiences.json</c> from <paramref name="folder"/> when present there, the embedded default otherwise.</summary>
    /// <exception cref="TaxonomyException">The file is malformed; the message names it and the problem.</exception>
    public static AudienceCatalog Load(string? folder)
    {
        const string FileName = "audiences.json";
        try
        {
            using var stream = folder is not null && File.Exists(Path.Combine(folder, FileName))
                ? File.OpenRead(Path.Combine(folder, FileName))
                : Assembly.GetExecutingAssembly().GetManifestResourceStream("Knowledge.Generators.Audiences." + FileName)
                    ?? throw new TaxonomyException($"Le fichier « {FileName} » manque dans l'assemblage.");
            var file = JsonSerializer.Deserialize<AudiencesFile>(stream, JsonOptions)
                ?? throw new TaxonomyException($"Le fichier « {FileName} » est vide.");
            return new AudienceCatalog(file.Audiences);
        }
        catch (JsonException ex)
        {
            throw new TaxonomyException($"Le fichier « {FileName} » est mal formé (ligne {ex.LineNumber + 1}) : {ex.Message}", ex);
        }
    }

    private sealed record AudiencesFile(IReadOnlyList<Audience> Audiences);
}
